/**
 * Hardening, round two (issue 24): the surfaces added after round one (the resource layer, lists, waits) under a
 * careless caller and a hostile server. Each test is named `round 2 #N: …` after the item it pins.
 */
import { inspect } from 'node:util';
import { describe, expect, test } from 'vitest';
import { ConfigurationError, PaginationError, TimeoutError } from '../src/index.js';
import {
  type BearerToken,
  basicAuth,
  bearerAuth,
  createApiClient,
  markerList,
  nextLinkList,
  pageNumberList,
  poll,
  RESOURCE_FLAGS,
  waitOptions,
  type ResourceTable,
  resourceClass,
} from '../src/vendor-kit.js';
import { type FakeFetch, fakeFetch, json } from './support/fake-fetch.js';
import type { paths } from './support/fixture-paths.js';
import { katapultError, katapultLike, TOKEN, testClient } from './support/katapult-like.js';

const BASE = 'https://api.example.test';

/** Every text an error shows a user or a log: message, stack, String, JSON and inspect output. */
function textsOf(error: unknown): string[] {
  return [
    String(error),
    (error as Error).stack ?? '',
    JSON.stringify(error),
    inspect(error, { depth: 20, showHidden: true }),
  ];
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

const operations = {
  items: {
    get: ['get', '/items/{id}'],
    create: ['post', '/items', RESOURCE_FLAGS.bodyRequired],
    // Katapult's release: the lookup goes in the query or the optional body, and must be given.
    release: ['delete', '/items/item', RESOURCE_FLAGS.bodyOptional | RESOURCE_FLAGS.lookup, ['item'], ['item']],
  },
} as const satisfies ResourceTable;

type Call = (params?: unknown, options?: unknown) => Promise<unknown>;
interface Api {
  client: { GET: (path: string, init: object) => Promise<unknown> };
  items: Record<keyof (typeof operations)['items'], Call>;
}

function api(fake: FakeFetch, callOptions?: readonly string[]): Api {
  const Api = resourceClass({
    vendor: 'katapult',
    factory: ((options: object) => testClient({ baseUrl: BASE, ...options, fetch: fake.fetch }).client) as (
      options: never,
    ) => unknown,
    operations,
    callOptions,
  });
  return new Api({ maxRetries: 0 }) as Api;
}

describe('round 2 #1: a path parameter that serialises to no segment is refused', () => {
  test('round 2 #1: {}, a Date, [], [""] and a symbol never send DELETE /items/ (the collection)', async () => {
    const fake = fakeFetch(new Response(null, { status: 204 }));
    const { client } = testClient({ baseUrl: BASE, fetch: fake.fetch });
    for (const id of [{}, new Date(), [], [''], Object.create(null), Symbol('x'), () => 'x']) {
      const error = await rejection(client.DELETE('/items/{id}', { params: { path: { id: id as never } } }));
      expect(error, String(typeof id)).toBeInstanceOf(ConfigurationError);
      expect((error as Error).message).toMatch(/path parameter "id" of \/items\/\{id\} must be a non-empty value/);
    }
    expect(
      (await rejection(client.DELETE('/items/{id}', { params: { path: { id: new Date() as never } } }))) as Error,
    ).toHaveProperty('message', expect.stringContaining('got a Date, which the path serialises to ""'));
    expect(fake.requests).toHaveLength(0);
  });

  test('round 2 #1: values that make a segment are sent as openapi-fetch serialises them', async () => {
    const fake = fakeFetch(new Response(null, { status: 204 }));
    const { client } = testClient({ baseUrl: BASE, fetch: fake.fetch });
    for (const id of [5, 'it_1', { a: 'b' }, ['x', 'y'], 0, false]) {
      await client.DELETE('/items/{id}', { params: { path: { id: id as never } } });
    }
    expect(fake.requests.map((r) => new URL(r.url).pathname)).toEqual([
      '/items/5',
      '/items/it_1',
      '/items/a,b',
      '/items/x,y',
      '/items/0',
      '/items/false',
    ]);
  });

  test('round 2 #1: the resource layer refuses them too', async () => {
    const fake = fakeFetch(json(200, {}));
    await expect(api(fake).items.get({ id: new Date() })).rejects.toThrow(ConfigurationError);
    await expect(api(fake).items.get({ id: {} })).rejects.toThrow(ConfigurationError);
    expect(fake.requests).toHaveLength(0);
  });
});

describe('round 2 #2: an own __proto__ key of the argument object', () => {
  const hostile = () => JSON.parse('{"id": "it_1", "__proto__": {"admin": 1}}') as Record<string, unknown>;

  test('round 2 #2: goes to the query literally, as the path-style client sends it, never as top-level keys', async () => {
    const fake = fakeFetch(json(200, { id: 'it_1', name: 'a' }));
    const resources = api(fake);
    await resources.items.get(hostile());
    await resources.client.GET('/items/{id}', {
      params: { path: { id: 'it_1' }, query: JSON.parse('{"__proto__": {"admin": 1}}') },
    });
    const [layer, pathStyle] = fake.requests.map((r) => new URL(r.url));
    expect(layer?.searchParams.get('admin')).toBeNull();
    expect(layer?.href).toBe(pathStyle?.href);
    expect(layer?.search).toBe('?__proto__[admin]=1');
  });

  test('round 2 #2: goes to the body as a key, not dropped as the body prototype', async () => {
    const fake = fakeFetch(json(201, { id: 'it_1', name: 'a' }));
    await api(fake).items.create(JSON.parse('{"name": "a", "__proto__": {"admin": true}}'));
    expect(fake.requests[0]?.body).toBe('{"name":"a","__proto__":{"admin":true}}');
  });
});

describe('round 2 #3: unknown option keys and non-objects are refused, with "did you mean"', () => {
  test('round 2 #3: a body field among the call options ({ pool }) is refused, nothing sent', () => {
    const fake = fakeFetch(json(201, {}));
    const error = thrown(() => api(fake).items.create({ name: 'a' }, { pool: 'ams' }));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toBe(
      'katapult: items.create() does not take "pool"; it takes timeout, maxRetries, signal, headers, maxResponseBytes. Parameters and body fields go in the first argument.',
    );
    expect(fake.requests).toHaveLength(0);
  });

  test('round 2 #3: a misspelt call option names the one it probably meant', () => {
    const fake = fakeFetch(json(200, {}));
    expect(() => api(fake).items.get({ id: 'x' }, { timout: 5 })).toThrow(
      /does not take "timout" \(did you mean "timeout"\?\)/,
    );
    expect(() => api(fake).items.get({ id: 'x' }, { MaxRetries: 1 })).toThrow(/did you mean "maxRetries"/);
  });

  test('round 2 #3: the vendor’s own call options are known (SCP apiVersion)', async () => {
    const fake = fakeFetch(json(200, {}));
    await api(fake, ['apiVersion']).items.get({ id: 'x' }, { apiVersion: '1.1' });
    expect(() => api(fake, ['apiVersion']).items.get({ id: 'x' }, { apiversion: '1.1' })).toThrow(
      /did you mean "apiVersion"/,
    );
  });

  test('round 2 #3: an already-aborted AbortSignal as the options argument is refused, not ignored', () => {
    const fake = fakeFetch(json(200, {}));
    const error = thrown(() => api(fake).items.get({ id: 'x' }, AbortSignal.abort()));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(
      /must be an object .*; got an AbortSignal\. Pass a signal as \{ signal \}\./,
    );
    expect(() => api(fake).items.get({ id: 'x' }, new Map())).toThrow(/got a Map/);
    expect(fake.requests).toHaveLength(0);
  });

  test('round 2 #3: unknown client options from JavaScript (timeOut, retries, maxretries) are refused', () => {
    const make = (options: object) => () => testClient({ baseUrl: BASE, ...options } as never);
    expect(make({ timeOut: 5 })).toThrow(/the client does not take "timeOut" \(did you mean "timeout"\?\)/);
    expect(make({ retries: 3 })).toThrow(/"retries" \(did you mean "maxRetries"\?\)/);
    expect(make({ maxretries: 3 })).toThrow(/"maxretries" \(did you mean "maxRetries"\?\)/);
    expect(make({ maxRetries: 3 })).not.toThrow();
  });

  test('round 2 #3: a vendor’s own option names are suggested too, and only the key is quoted', async () => {
    const { clientOptions } = await import('../src/vendor-kit.js');
    const error = thrown(() => clientOptions('katapult', { tokn: TOKEN } as object, ['token'], ['token']));
    expect((error as Error).message).toMatch(/^katapult: the client does not take "tokn" \(did you mean "token"\?\)/);
    for (const text of textsOf(error)) expect(text).not.toContain(TOKEN);
    expect(clientOptions('katapult', { token: TOKEN, timeout: 5 }, ['token'], ['token'])).toEqual({
      token: TOKEN,
      timeout: 5,
    });
  });

  test('round 2 #3: client options that are not a plain object are refused (an AbortSignal, a Map)', () => {
    expect(() => testClient(AbortSignal.abort() as never)).toThrow(
      /client options must be an object; got an AbortSignal/,
    );
    expect(() => testClient(new Map() as never)).toThrow(/client options must be an object; got a Map/);
  });
});

describe('round 2 #3: a wait’s options are checked the same way', () => {
  test('round 2 #3: { timeout } (for timeoutMs) would leave the default 30 minutes in force: refused', () => {
    expect(() => waitOptions('hostway', 'waitForServer', { timeout: 60_000 } as never)).toThrow(
      /^hostway: waitForServer\(\) does not take "timeout" \(did you mean "timeoutMs"\?\); it takes intervalMs, maxIntervalMs, timeoutMs, signal, onProgress\.$/,
    );
    expect(() => waitOptions('scp', 'waitForServer', 5_000 as never)).toThrow(/must be an object .*; got a number/);
    expect(waitOptions('scp', 'waitForServer', undefined)).toEqual({});
    expect(waitOptions('scp', 'waitForServer', { timeoutMs: 5 })).toEqual({ timeoutMs: 5 });
  });
});

describe('round 2 #4: a header that cannot be sent is a ConfigurationError naming it, never its value', () => {
  const secret = 'Basic cHJveHk6c2VjcmV0LXByb3h5LXBhc3M=';

  test('round 2 #4: a call header with CR/LF (Proxy-Authorization) names the header, not the value', async () => {
    const fake = fakeFetch(json(200, { ok: true }));
    const { client } = testClient({ baseUrl: BASE, fetch: fake.fetch });
    const error = await rejection(
      client.GET('/ping', { headers: { 'Proxy-Authorization': `${secret}\r\nX-Injected: 1` } }),
    );
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(
      /^katapult: per-request option "headers": the value of header "Proxy-Authorization" contains a line break/,
    );
    for (const text of textsOf(error)) expect(text).not.toContain(secret.slice(6, 20));
    expect(fake.requests).toHaveLength(0);
  });

  test('round 2 #4: the same through the resource layer, and for a character above U+00FF', async () => {
    const fake = fakeFetch(json(200, {}));
    const error = await rejection(api(fake).items.get({ id: 'x' }, { headers: { 'X-Note': `${secret}…` } }));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(/header "X-Note" contains a character above U\+00FF/);
    for (const text of textsOf(error)) expect(text).not.toContain(secret.slice(6, 20));
  });

  test('round 2 #4: a client-wide header is checked when the client is made', () => {
    const error = thrown(() => testClient({ baseUrl: BASE, headers: { 'X-Api-Key': `${secret}\nX-Injected: 1` } }));
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(/option "headers": the value of header "X-Api-Key"/);
    for (const text of textsOf(error)) expect(text).not.toContain(secret.slice(6, 20));
  });

  test('round 2 #4: a name with the value in it shows only its valid start', async () => {
    const { client } = testClient({ baseUrl: BASE, fetch: fakeFetch(json(200, {})).fetch });
    const error = await rejection(client.GET('/ping', { headers: { [`Authorization: ${secret}`]: '' } }));
    expect((error as Error).message).toMatch(/the header name "Authorization"… is not a valid HTTP header name/);
    for (const text of textsOf(error)) expect(text).not.toContain(secret.slice(6, 20));
  });
});

describe('round 2 #5: an operation whose lookup travels in the query or the body needs one', () => {
  test('round 2 #5: release() with no argument, {} or a lookup with no key is refused, nothing sent', () => {
    const fake = fakeFetch(json(200, {}));
    const resources = api(fake);
    for (const params of [undefined, {}, { item: {} }, { item: null }, { item: { id: undefined } }]) {
      const error = thrown(() => resources.items.release(params));
      expect(error, JSON.stringify(params)).toBeInstanceOf(ConfigurationError);
      expect((error as Error).message).toMatch(/^katapult: items\.release\(\) needs "item", naming what it acts on/);
    }
    expect(fake.requests).toHaveLength(0);
  });

  test('round 2 #5: with a lookup it is sent in the query and the body', async () => {
    const fake = fakeFetch(json(200, {}));
    await api(fake).items.release({ item: { id: 'it_1' } });
    expect(fake.requests[0]?.url).toBe(`${BASE}/items/item?item[id]=it_1`);
    expect(fake.requests[0]?.body).toBe('{"item":{"id":"it_1"}}');
  });
});

/** An answer that fails the test once a list has asked for more than 20 pages (a list that never ends). */
function bounded(answer: () => Response): () => Response {
  let requests = 0;
  return () => {
    if (++requests > 20) throw new Error('the list kept asking for pages');
    return answer();
  };
}

/** A Katapult-style page. */
const numberedPage = (current: number, total: number | null, perPage: number, items: unknown[]) =>
  json(200, { items, pagination: { current_page: current, total_pages: total, per_page: perPage } });

/** Walks a list to its end or its error; a list that would never end fails the test after 20 items or pages. */
async function walk(paginator: AsyncIterable<unknown>): Promise<{ items: unknown[]; error: unknown }> {
  const items: unknown[] = [];
  try {
    for await (const item of paginator) {
      items.push(item);
      if (items.length > 20) throw new Error('the list kept going');
    }
  } catch (error) {
    return { items, error };
  }
  return { items, error: undefined };
}

describe('round 2 #6: per_page 0 and empty pages that claim more', () => {
  test('round 2 #6: per_page 0 (and -1, 1.5) is refused before any request', () => {
    const fake = fakeFetch(numberedPage(1, null, 0, []));
    const { client } = testClient({ baseUrl: BASE, fetch: fake.fetch });
    for (const perPage of [0, -1, 1.5]) {
      expect(() => pageNumberList({ client, vendor: 'katapult', path: '/items', itemsKey: 'items', perPage })).toThrow(
        /"per_page" of GET \/items must be a whole number of items, 1 or more/,
      );
    }
    expect(() => nextLinkList({ client, vendor: 'hostway', path: '/items', itemsKey: 'items', pageSize: 0 })).toThrow(
      /"pageSize"/,
    );
    expect(() => markerList({ client, vendor: 'scp', path: '/items', itemsKey: 'items', limit: 0 })).toThrow(/"limit"/);
    expect(fake.requests).toHaveLength(0);
  });

  test('round 2 #6: a server that answers per_page 0 with empty pages and no total stops with PaginationError', async () => {
    let page = 0;
    const fake = fakeFetch(bounded(() => numberedPage(++page, null, 0, [])));
    const { client } = testClient({ baseUrl: BASE, fetch: fake.fetch });
    const { error } = await walk(pageNumberList({ client, vendor: 'katapult', path: '/items', itemsKey: 'items' }));
    expect(error).toBeInstanceOf(PaginationError);
    expect(error).toMatchObject({ reason: 'empty-page', pages: 1, cursor: '2' });
    expect((error as Error).message).toMatch(/^katapult GET \/items: page 1 holds no items but names a page after it/);
    expect(fake.requests).toHaveLength(1);
  });
});

describe('round 2 #7: an SCP page that is full but whose last item has no usable id', () => {
  test('round 2 #7: raises PaginationError instead of ending the list short', async () => {
    const fake = fakeFetch(json(200, { items: [{ id: 'a' }, { name: 'no id' }] }));
    const { client } = testClient({ baseUrl: BASE, fetch: fake.fetch });
    const { items, error } = await walk(
      markerList({ client, vendor: 'scp', path: '/items', itemsKey: 'items', limit: 2 }),
    );
    expect(items).toHaveLength(2);
    expect(error).toBeInstanceOf(PaginationError);
    expect(error).toMatchObject({ reason: 'missing-cursor', pages: 1, cursor: '' });
    expect((error as Error).message).toMatch(/page 1 is full \(2 items, limit 2\) but its last item has no "id"/);
  });

  test('round 2 #7: a short last page still ends the list', async () => {
    const fake = fakeFetch(json(200, { items: [{ id: 'a' }, { id: 'b' }] }), json(200, { items: [{ name: 'x' }] }));
    const { client } = testClient({ baseUrl: BASE, fetch: fake.fetch });
    const { items, error } = await walk(
      markerList({ client, vendor: 'scp', path: '/items', itemsKey: 'items', limit: 2 }),
    );
    expect(error).toBeUndefined();
    expect(items).toHaveLength(3);
  });
});

describe('round 2 #8: a server that claims an absurd total_pages', () => {
  test('round 2 #8: total_pages 10⁹ stops at the first empty page that is not the last', async () => {
    let page = 0;
    const fake = fakeFetch(
      bounded(() => {
        page++;
        return numberedPage(page, 1_000_000_000, 2, page === 1 ? [{ id: 'a' }, { id: 'b' }] : []);
      }),
    );
    const { client } = testClient({ baseUrl: BASE, fetch: fake.fetch });
    const { items, error } = await walk(
      pageNumberList({ client, vendor: 'katapult', path: '/items', itemsKey: 'items' }),
    );
    expect(items).toHaveLength(2);
    expect(error).toBeInstanceOf(PaginationError);
    expect(error).toMatchObject({ reason: 'empty-page', pages: 2, cursor: '3' });
    expect(fake.requests).toHaveLength(2);
  });

  test('round 2 #8: a next link on an empty page stops too', async () => {
    let page = 0;
    const fake = fakeFetch(
      bounded(() => json(200, { items: [], links: [{ rel: 'next', href: `/items?page=${++page + 1}&pageSize=100` }] })),
    );
    const { client } = testClient({ baseUrl: BASE, fetch: fake.fetch });
    const { error } = await walk(
      nextLinkList({ client, vendor: 'hostway', path: '/items', itemsKey: 'items', pageSize: 100 }),
    );
    expect(error).toMatchObject({ name: 'PaginationError', reason: 'empty-page' });
  });
});

describe('round 2 #11: a PaginationError never quotes a credential the server echoed as a cursor', () => {
  test('round 2 #11: an SCP marker that is the token (ignored by the server) is redacted everywhere', async () => {
    const fake = fakeFetch(json(200, { items: [{ id: 'a' }, { id: TOKEN }] }));
    const { client } = testClient({ baseUrl: BASE, fetch: fake.fetch });
    const { error } = await walk(markerList({ client, vendor: 'scp', path: '/items', itemsKey: 'items', limit: 2 }));
    expect(error).toMatchObject({ name: 'PaginationError', reason: 'repeated-cursor', cursor: '"[REDACTED]"' });
    for (const text of textsOf(error)) expect(text).not.toContain(TOKEN);
  });

  test('round 2 #11: so is one echoed percent-encoded with "/" kept, as Python quote() writes it', async () => {
    const signature = 'sig/abc+def/ghi==';
    const echoed = 'sig/abc%2Bdef/ghi%3D%3D';
    const auth = { apply: () => {}, secrets: () => [signature] };
    const fake = fakeFetch(json(200, { items: [{ id: 'a' }, { id: echoed }] }));
    const client = createApiClient<paths>({
      vendor: katapultLike,
      defaultBaseUrl: BASE,
      auth,
      options: { fetch: fake.fetch },
    });
    const { error } = await walk(markerList({ client, vendor: 'scp', path: '/items', itemsKey: 'items', limit: 2 }));
    expect(error).toBeInstanceOf(PaginationError);
    for (const text of textsOf(error)) {
      expect(text).not.toContain(echoed);
      expect(text).not.toContain(signature);
    }
  });
});

describe('round 2 #12: a wait’s TimeoutError and AbortError are built without the client’s secrets', () => {
  const { client } = testClient({ baseUrl: BASE, fetch: fakeFetch(json(200, {})).fetch });

  test('round 2 #12: a description made of what the server sent (a Location, an id) is redacted', async () => {
    const error = await rejection(
      poll({
        client,
        description: `server /servers/${TOKEN} to become ACTIVE`,
        intervalMs: 1,
        maxIntervalMs: 1,
        timeoutMs: 20,
        check: async () => ({ done: false }),
      }),
    );
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ description: 'server /servers/[REDACTED] to become ACTIVE' });
    for (const text of textsOf(error)) expect(text).not.toContain(TOKEN);
  });

  test('round 2 #12: the AbortError, its description and its cause (the signal’s reason) too', async () => {
    const controller = new AbortController();
    const waiting = poll({
      client,
      description: `task ${TOKEN}`,
      intervalMs: 1_000,
      signal: controller.signal,
      check: async () => ({ done: false }),
    });
    controller.abort(new Error(`stopped while holding ${TOKEN}`));
    const error = await rejection(waiting);
    expect(error).toMatchObject({ name: 'AbortError', description: 'task [REDACTED]' });
    for (const text of textsOf(error)) expect(text).not.toContain(TOKEN);
  });
});

describe('round 2 #15: a short test credential does not wreck messages', () => {
  test('round 2 #15: with password "p", an error message keeps https and computeFault whole', async () => {
    const fake = fakeFetch(json(500, { computeFault: { message: 'p', code: 500 } }));
    const client = createApiClient<paths>({
      vendor: { ...katapultLike, name: 'hostway', errorCode: (body) => Object.keys(body as object)[0] },
      defaultBaseUrl: BASE,
      auth: basicAuth('user', 'p', { vendor: 'hostway' }),
      options: { fetch: fake.fetch, maxRetries: 0, throwOnError: true },
    });
    const error = await rejection(client.GET('/ping'));
    const message = (error as Error).message;
    expect(message).toContain('https://api.example.test/ping');
    expect(message).toContain('computeFault');
    expect(message).toContain('"message":"[REDACTED]"');
  });

  test('round 2 #15: a token function that hands out a short token follows the same rule', async () => {
    const token: BearerToken = () => 'kt';
    const fake = fakeFetch(json(404, katapultError('not_found', 'no such thing: kt')));
    const client = createApiClient<paths>({
      vendor: katapultLike,
      defaultBaseUrl: BASE,
      auth: bearerAuth(token, { vendor: 'katapult', option: 'token' }),
      options: { fetch: fake.fetch, throwOnError: true },
    });
    const message = ((await rejection(client.GET('/ping'))) as Error).message;
    expect(message).toMatch(/^katapult: GET https:\/\/api\.example\.test\/ping failed with 404/);
    expect(message).toContain('no such thing: [REDACTED]');
  });
});
