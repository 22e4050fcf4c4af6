import { describe, expect, expectTypeOf, test } from 'vitest';
import {
  ApiError,
  type ApiPromise,
  ConfigurationError,
  type ListPromise,
  type OperationData,
  type OperationParams,
  type RequestOptions,
} from '../src/index.js';
import {
  type ListWalker,
  type OperationEntry,
  pageNumberScheme,
  RESOURCE_FLAGS,
  type ResourceTable,
  resourceClass,
} from '../src/vendor-kit.js';
import { fakeFetch, json } from './support/fake-fetch.js';
import type { components, operations } from './support/fixture-paths.js';
import { katapultError, testClient } from './support/katapult-like.js';

type Item = components['schemas']['Item'];
type ItemsPage = OperationData<operations['listItems']>;

const operationTable = {
  items: {
    list: ['get', '/items', RESOURCE_FLAGS.list],
    create: ['post', '/items', RESOURCE_FLAGS.bodyRequired],
    get: ['get', '/items/{id}'],
    update: ['patch', '/items/{id}', RESOURCE_FLAGS.bodyOptional],
    delete: ['delete', '/items/{id}'],
    // The same operation with `name` sent both as the path's id-like query and in the body, to test bothKeys.
    rename: ['put', '/items/{id}', RESOURCE_FLAGS.bodyRequired, ['verbose'], ['id']],
  },
  health: { ping: ['get', '/ping', RESOURCE_FLAGS.text] },
} as const satisfies ResourceTable;

const listPages: ListWalker = (client, path, params, init) =>
  pageNumberScheme.walk(
    {
      client: client as { GET: unknown },
      vendor: 'katapult',
      path,
      itemsKey: 'items',
      pathParams: params.path,
      query: params.query,
      init,
    },
    undefined,
  );

interface Fixture {
  readonly client: unknown;
  items: {
    list(params?: OperationParams<operations['listItems']>, options?: RequestOptions): ListPromise<ItemsPage, Item>;
    create(params: OperationParams<operations['createItem']>, options?: RequestOptions): ApiPromise<Item>;
    get(params: OperationParams<operations['getItem']>, options?: RequestOptions): ApiPromise<Item>;
    update(params: OperationParams<operations['updateItem']>, options?: RequestOptions): ApiPromise<Item>;
    delete(params: OperationParams<operations['deleteItem']>, options?: RequestOptions): ApiPromise<undefined>;
    rename(params: Record<string, unknown>, options?: RequestOptions): ApiPromise<Item>;
    wait(id: string): Promise<string>;
  };
  health: { ping(params?: object, options?: RequestOptions): ApiPromise<string> };
}

function fixture(fetch: (request: Request) => Promise<Response>): Fixture {
  const Fixture = resourceClass({
    vendor: 'katapult',
    factory: ((options: object) => testClient({ baseUrl: 'https://api.example.test', ...options, fetch }).client) as (
      options: never,
    ) => unknown,
    operations: operationTable,
    list: listPages,
    helpers: { items: { wait: (client: unknown, id: string) => Promise.resolve(`${typeof client} ${id}`) } },
  });
  return new Fixture({ maxRetries: 1 }) as Fixture;
}

const item = { id: 'it_1', name: 'one' };
const page = (current: number, total: number, ...names: string[]) =>
  json(200, {
    items: names.map((name) => ({ id: `it_${name}`, name })),
    pagination: { current_page: current, total_pages: total, per_page: 2 },
  });

describe('the resource layer', () => {
  test('one argument object: path parameters go to the path, the rest of a GET to the query', async () => {
    const fake = fakeFetch(json(200, item));
    const api = fixture(fake.fetch);
    const got = await api.items.get({ id: 'it_1', verbose: true });
    expect(got).toEqual(item);
    expect(fake.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'GET https://api.example.test/items/it_1?verbose=true',
    ]);
  });

  test('the rest of an operation with a body goes to the body; the call resolves to the data', async () => {
    const fake = fakeFetch(json(201, item));
    const created = await fixture(fake.fetch).items.create({ name: 'one' });
    expect(created).toEqual(item);
    expect(fake.requests[0]?.method).toBe('POST');
    expect(JSON.parse(fake.requests[0]?.body ?? '')).toEqual({ name: 'one' });
  });

  test('an optional body is sent only when a key goes to it', async () => {
    const fake = fakeFetch(json(200, item));
    const api = fixture(fake.fetch);
    await api.items.update({ id: 'it_1' });
    await api.items.update({ id: 'it_1', name: 'two' });
    expect(fake.requests.map((r) => r.body)).toEqual(['', '{"name":"two"}']);
  });

  test('queryKeys go to the query although the operation has a body; bothKeys go to both places', async () => {
    const fake = fakeFetch(json(200, item));
    await fixture(fake.fetch).items.rename({ id: 'it_1', verbose: false, name: 'x' });
    expect(fake.requests[0]?.url).toBe('https://api.example.test/items/it_1?verbose=false');
    expect(JSON.parse(fake.requests[0]?.body ?? '')).toEqual({ id: 'it_1', name: 'x' });
  });

  test('keys whose value is undefined are left out', async () => {
    const fake = fakeFetch(json(200, item));
    await fixture(fake.fetch).items.get({ id: 'it_1', verbose: undefined } as { id: string });
    expect(fake.requests[0]?.url).toBe('https://api.example.test/items/it_1');
  });

  test('withResponse() gives the data with its Response, from the same single request', async () => {
    const fake = fakeFetch(json(201, item, { 'x-request-id': 'req_1' }));
    const call = fixture(fake.fetch).items.create({ name: 'one' });
    const { data, response } = await call.withResponse();
    expect(data).toEqual(item);
    expect(response.status).toBe(201);
    expect(response.headers.get('x-request-id')).toBe('req_1');
    expect(await call).toEqual(item);
    expect(fake.requests).toHaveLength(1);
  });

  test('a call is sent when it is made, awaited or not', async () => {
    const fake = fakeFetch(new Response(null, { status: 204 }));
    void fixture(fake.fetch).items.delete({ id: 'it_1' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fake.requests.map((r) => r.method)).toEqual(['DELETE']);
  });

  test('a non-2xx answer throws the error classes, typed', async () => {
    const fake = fakeFetch(json(404, katapultError('item_not_found')));
    const error = await fixture(fake.fetch)
      .items.get({ id: 'nope' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(404);
    expect((error as ApiError).code).toBe('item_not_found');
  });

  test('per-call options reach the request: headers, maxRetries, signal', async () => {
    const fake = fakeFetch(json(503, katapultError('service_unavailable')));
    const api = fixture(fake.fetch);
    await expect(api.items.create({ name: 'a' }, { maxRetries: 0, headers: { 'x-trace': 't1' } })).rejects.toThrow(
      ApiError,
    );
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]?.headers.get('x-trace')).toBe('t1');
    const aborted = AbortSignal.abort();
    await expect(api.items.get({ id: 'it_1' }, { signal: aborted })).rejects.toThrow();
  });

  test('a text/plain operation resolves to the text', async () => {
    const fake = fakeFetch(new Response('pong', { headers: { 'content-type': 'text/plain' } }));
    expect(await fixture(fake.fetch).health.ping()).toBe('pong');
  });

  test('a list, awaited, is its first page; nothing is sent until it is awaited or iterated', async () => {
    const fake = fakeFetch(page(1, 3, 'a', 'b'));
    const list = fixture(fake.fetch).items.list();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(fake.requests).toHaveLength(0);
    const first = await list;
    expect(first.items.map((i) => i.name)).toEqual(['a', 'b']);
    expect(first.pagination.total_pages).toBe(3);
    expect(fake.requests).toHaveLength(1);
  });

  test('a list, iterated, walks every item across three pages, one request per page', async () => {
    const fake = fakeFetch(page(1, 3, 'a', 'b'), page(2, 3, 'c'), page(3, 3, 'd'));
    const names: string[] = [];
    for await (const it of fixture(fake.fetch).items.list({}, { headers: { 'x-trace': 'pages' } })) {
      expectTypeOf(it).toEqualTypeOf<Item>();
      names.push(it.name);
    }
    expect(names).toEqual(['a', 'b', 'c', 'd']);
    expect(fake.requests.map((r) => new URL(r.url).searchParams.get('page'))).toEqual(['1', '2', '3']);
    expect(fake.requests.every((r) => r.headers.get('x-trace') === 'pages')).toBe(true);
  });

  test('pages() yields whole pages', async () => {
    const fake = fakeFetch(page(1, 2, 'a'), page(2, 2, 'b'));
    const seen: number[] = [];
    for await (const p of fixture(fake.fetch).items.list().pages()) seen.push(p.pagination.current_page);
    expect(seen).toEqual([1, 2]);
  });

  test('helpers sit in their namespace, bound to the path client', async () => {
    const api = fixture(fakeFetch(json(200, item)).fetch);
    expect(await api.items.wait('b_1')).toBe('object b_1');
  });

  test('the client underneath is the path-style client, throwing on non-2xx', async () => {
    const fake = fakeFetch(json(404, katapultError('item_not_found')));
    const { client } = fixture(fake.fetch) as { client: { GET: (path: string, init: object) => Promise<unknown> } };
    await expect(client.GET('/items/{id}', { params: { path: { id: 'x' } } })).rejects.toThrow(ApiError);
  });

  test('wrong arguments are ConfigurationErrors that say what to pass, thrown where the call is written', () => {
    const api = fixture(fakeFetch(json(200, item)).fetch) as unknown as {
      items: Record<string, (...args: unknown[]) => unknown>;
    };
    expect(() => api.items.get?.('it_1')).toThrow(/items\.get\(\) must be an object of its parameters/);
    expect(() => api.items.get?.({ id: 'x' }, 5000)).toThrow(/options of items\.get\(\) must be an object/);
    expect(() => api.items.create?.({ name: 'a' }, { body: { name: 'b' } })).toThrow(
      /does not take "body" among its options/,
    );
    expect(() => api.items.get?.([])).toThrow(ConfigurationError);
  });

  test('client options must be an object', () => {
    const Fixture = resourceClass({ vendor: 'katapult', factory: () => ({}), operations: {} });
    // A string here is often the token itself: the message names only its kind.
    const error = (() => {
      try {
        new Fixture('kt-SECRET-token');
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error?.message).toBe('katapult: the client options must be an object; got a string.');
  });

  test('throwOnError: false is refused: the resource client always throws', () => {
    const Fixture = resourceClass({ vendor: 'katapult', factory: () => ({}), operations: {} });
    expect(() => new Fixture({ throwOnError: false })).toThrow(/always throws the error classes/);
    expect(() => new Fixture({ throwOnError: true })).not.toThrow();
  });

  test('a list operation without a way to walk it is refused when the client is made', () => {
    const Fixture = resourceClass({
      vendor: 'katapult',
      factory: () => ({ GET: () => undefined }),
      operations: { items: { list: ['get', '/items', RESOURCE_FLAGS.list] as OperationEntry } },
    });
    expect(() => new Fixture()).toThrow(/items\.list \(GET \/items\) is a list, but the vendor gave no way/);
  });
});

describe('the types of the resource layer', () => {
  test('OperationParams: path, query and body fields side by side, with their required-ness', () => {
    expectTypeOf<OperationParams<operations['getItem']>>().toMatchTypeOf<{ id: string; verbose?: boolean }>();
    expectTypeOf<{ id: string; verbose?: boolean }>().toMatchTypeOf<OperationParams<operations['getItem']>>();
    expectTypeOf<OperationParams<operations['createItem']>>().toMatchTypeOf<{ name: string }>();
    expectTypeOf<OperationParams<operations['updateItem']>>().toMatchTypeOf<{ id: string; name?: string }>();
    // @ts-expect-error a required body field is missing
    const missing: OperationParams<operations['createItem']> = {};
    // @ts-expect-error an unknown key
    const excess: OperationParams<operations['getItem']> = { id: 'x', verbos: true };
    void missing;
    void excess;
  });

  test('OperationData: the 2xx JSON body, undefined for no content', () => {
    expectTypeOf<OperationData<operations['createItem']>>().toEqualTypeOf<Item>();
    expectTypeOf<OperationData<operations['deleteItem']>>().toEqualTypeOf<undefined>();
  });

  test('an ApiPromise is a Promise; withResponse gives data and Response', () => {
    expectTypeOf<ApiPromise<Item>>().toMatchTypeOf<Promise<Item>>();
    expectTypeOf<Awaited<ReturnType<ApiPromise<Item>['withResponse']>>>().toEqualTypeOf<{
      data: Item;
      response: Response;
    }>();
  });
});
