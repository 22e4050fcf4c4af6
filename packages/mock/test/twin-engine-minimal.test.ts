/**
 * The engine's general rules on a vendor of its own, a few lines of spec and module, so that each rule is seen
 * apart from any real vendor: a status documented without a body, a scope every request implies (an account in the
 * path, or the credentials' one), pagination that sees its request (links, a documented redirect), a 429 injected
 * where the spec documents none, the cap's refusal in a status the operation does not document, and a seed read
 * from an answer's examples. The vendors' twins are tested through these rules in their own files.
 */
import { describe, expect, it } from 'vitest';
import { Engine, type EngineOptions } from '../src/twin/engine.js';
import type { Answer, OperationRow, TwinRecord, VendorTwin } from '../src/twin/types.js';

const thing = {
  type: 'object',
  required: ['id', 'name'],
  properties: { id: { type: 'string' }, name: { type: 'string' } },
};
const fault = {
  type: 'object',
  required: ['fault'],
  properties: { fault: { type: 'object', required: ['message'], properties: { message: { type: 'string' } } } },
};
const notFound = {
  description: 'not found',
  content: {
    'application/json': { schema: fault, examples: { gone: { value: { fault: { message: 'not found' } } } } },
  },
};
const accountId = { name: 'accountId', in: 'path', required: true, schema: { type: 'string' } };
const pageParameters = [
  { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1 } },
  { name: 'pageSize', in: 'query', schema: { type: 'integer', minimum: 1 } },
];
const list = {
  parameters: pageParameters,
  responses: {
    '200': {
      description: 'the things',
      content: {
        'application/json': {
          schema: {
            type: 'object',
            required: ['things'],
            properties: {
              things: { type: 'array', items: thing },
              links: {
                type: 'array',
                items: { type: 'object', properties: { rel: { type: 'string' }, href: { type: 'string' } } },
              },
            },
          },
          examples: { one: { value: { things: [{ id: 't1', name: 'one' }] } } },
        },
      },
    },
    '303': {
      description: 'too many to list whole',
      headers: { Location: { required: true, schema: { type: 'string' }, example: '/things?page=1&pageSize=2' } },
    },
    '404': notFound,
  },
};

const document = {
  openapi: '3.1.0',
  info: { title: 'things', version: '1' },
  paths: {
    '/accounts/{accountId}/things': {
      parameters: [accountId],
      get: { operationId: 'listAccountThings', ...list },
      post: {
        operationId: 'createThing',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['thing'],
                properties: { thing: { type: 'object', properties: { name: { type: 'string' } } } },
              },
            },
          },
        },
        responses: {
          '201': {
            description: 'made',
            content: {
              'application/json': {
                schema: { type: 'object', required: ['thing'], properties: { thing } },
                examples: { made: { value: { thing: { id: 't9', name: 'nine' } } } },
              },
            },
          },
          '404': notFound,
        },
      },
    },
    // in this order on purpose: the template that would take `detail` as an id comes first
    '/accounts/{accountId}/things/{thingId}': {
      parameters: [accountId, { name: 'thingId', in: 'path', required: true, schema: { type: 'string' } }],
      get: { operationId: 'getAccountThing', responses: { '200': { description: 'the thing' }, '404': notFound } },
    },
    '/accounts/{accountId}/things/detail': {
      parameters: [accountId],
      get: { operationId: 'listAccountThingDetails', ...list },
    },
    '/things': { get: { operationId: 'listThings', ...list } },
    '/things/{thingId}': {
      parameters: [{ name: 'thingId', in: 'path', required: true, schema: { type: 'string' } }],
      get: {
        operationId: 'getThing',
        responses: {
          '200': {
            description: 'the thing',
            content: { 'application/json': { schema: { type: 'object', required: ['thing'], properties: { thing } } } },
          },
          '404': notFound,
        },
      },
      delete: { operationId: 'deleteThing', responses: { '204': { description: 'gone, no body' }, '404': notFound } },
    },
  },
};

const row = (operationId: string, method: string, path: string, verb: OperationRow['verb'], status: number) =>
  ({
    operationId,
    method,
    path,
    name: `things.${operationId}`,
    verb,
    resource: 'thing',
    ...(verb === 'list' ? { key: 'things' } : verb === 'delete' ? {} : { key: 'thing' }),
    lookups: {},
    pathParams: [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1] as string),
    status,
    served: 'stateful',
  }) satisfies OperationRow;

const rows: OperationRow[] = [
  row('listAccountThings', 'get', '/accounts/{accountId}/things', 'list', 200),
  row('createThing', 'post', '/accounts/{accountId}/things', 'create', 201),
  row('listThings', 'get', '/things', 'list', 200),
  { ...row('getAccountThing', 'get', '/accounts/{accountId}/things/{thingId}', 'action', 200), served: 'examples' },
  row('listAccountThingDetails', 'get', '/accounts/{accountId}/things/detail', 'list', 200),
  row('getThing', 'get', '/things/{thingId}', 'get', 200),
  row('deleteThing', 'delete', '/things/{thingId}', 'delete', 204),
];

const plain = (status: number, message: string) => ({
  status,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ fault: { message } }),
});

const vendor: VendorTwin = {
  vendor: 'things',
  resources: { thing: {}, account: {} },
  fields: (context) => (context.body.thing ?? {}) as Record<string, unknown>,
  pagination: {
    page(query, items, context) {
      if (query.page === undefined && items.length > 2) {
        context.twin.refuse({ status: 303, headers: { location: `${context.request.pathname}?page=1&pageSize=2` } });
      }
      const size = Number(query.pageSize ?? items.length);
      const page = Number(query.page ?? 1);
      const more = page * size < items.length;
      const next = `${context.request.pathname}?page=${page + 1}&pageSize=${size}`;
      return {
        items: items.slice((page - 1) * size, page * size),
        extra: query.page === undefined ? {} : { links: more ? [{ rel: 'next', href: next }] : [] },
      };
    },
  },
  collectionFull: (_context, resource, max): Answer => ({
    status: 403,
    body: { fault: { message: `at most ${max} ${resource}` } },
    own: true,
  }),
  scope(context) {
    const named = context.path.accountId;
    const account = named ?? context.twin.store.all('account')[0]?.id;
    if (account === undefined) return {};
    if (!context.twin.store.get('account', account)) context.twin.fail(404);
    return { account };
  },
  errors: {
    routeNotFound: () => plain(404, 'no route'),
    methodNotAllowed: () => plain(405, 'no method'),
    malformedJson: () => plain(400, 'bad json'),
    payloadTooLarge: () => plain(413, 'too large'),
    rateLimited: (limit) => plain(429, `slow down: ${limit} a minute`),
    invalidRequest: () => plain(400, 'invalid'),
    missingCredentials: () => plain(401, 'who are you'),
  },
  retryAfter: false,
  seed(source) {
    const [example] = source.examples('listThings') as [{ things: TwinRecord[] }];
    return {
      account: [{ id: 'acme' }, { id: 'other' }],
      thing: example.things.map((record) => ({ ...record, $parents: { account: 'acme' } })),
    };
  },
};

function engine(options: EngineOptions = {}): Engine {
  return new Engine(vendor, document, rows, { clock: { mode: 'manual' }, ...options });
}

async function call(
  twin: Engine,
  method: string,
  target: string,
  body?: unknown,
  // biome-ignore lint/suspicious/noExplicitAny: the tests read answers of several shapes, each checked by its assertions
): Promise<{ status: number; headers: Record<string, string>; body: any }> {
  const answer = await twin.handle({
    method,
    target,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : new TextEncoder().encode(JSON.stringify(body)),
  });
  return {
    status: answer.status,
    headers: answer.headers,
    body: answer.body === '' ? undefined : JSON.parse(answer.body),
  };
}

const ids = (answer: { body: { things: { id: string }[] } }) => answer.body.things.map((item) => item.id);

describe('twin engine, on a minimal vendor', () => {
  it('seed: records read from an answer’s examples (SeedSource.examples), under the parents the module gives', async () => {
    const twin = engine();
    expect(twin.store.all('thing')).toEqual([{ id: 't1', name: 'one' }]);
    expect(twin.store.parents('thing', 't1')).toEqual({ account: 'acme' });
  });

  it('a status documented without a body: the generic delete answers 204 with none, then the thing is not found', async () => {
    const twin = engine();
    const deleted = await call(twin, 'DELETE', '/things/t1');
    expect(deleted).toMatchObject({ status: 204, body: undefined });
    expect(twin.violations()).toEqual([]);
    expect((await call(twin, 'GET', '/things/t1')).status).toBe(404);
  });

  it('scope: the account in the path narrows lists and lookups, the short form is the first account, a create goes under it', async () => {
    const twin = engine();
    expect(ids(await call(twin, 'GET', '/accounts/acme/things'))).toEqual(['t1']);
    expect(ids(await call(twin, 'GET', '/accounts/other/things'))).toEqual([]);
    const made = await call(twin, 'POST', '/accounts/other/things', { thing: { name: 'theirs' } });
    expect(made.status).toBe(201);
    expect(twin.store.parents('thing', made.body.thing.id)).toEqual({ account: 'other' });
    expect(ids(await call(twin, 'GET', '/accounts/other/things'))).toEqual([made.body.thing.id]);
    // the short form acts on the first account: the other account's thing is neither listed nor found
    expect(ids(await call(twin, 'GET', '/things'))).toEqual(['t1']);
    expect((await call(twin, 'GET', `/things/${made.body.thing.id}`)).status).toBe(404);
    expect((await call(twin, 'GET', '/things/t1')).status).toBe(200);
  });

  it('scope: an account the twin does not hold is the vendor’s not-found, for a list and a create alike', async () => {
    const twin = engine();
    const listed = await call(twin, 'GET', '/accounts/nobody/things');
    expect(listed).toMatchObject({ status: 404, body: { fault: { message: 'not found' } } });
    expect((await call(twin, 'POST', '/accounts/nobody/things', { thing: { name: 'x' } })).status).toBe(404);
    expect(twin.store.all('thing')).toHaveLength(1);
  });

  it('pagination sees its request: the next link repeats the path; refuse() answers the documented 303 with its Location', async () => {
    const twin = engine();
    for (const name of ['b', 'c']) await call(twin, 'POST', '/accounts/acme/things', { thing: { name } });
    const first = await call(twin, 'GET', '/accounts/acme/things?page=1&pageSize=2');
    expect(first.body.links).toEqual([{ rel: 'next', href: '/accounts/acme/things?page=2&pageSize=2' }]);
    const whole = await call(twin, 'GET', '/accounts/acme/things');
    expect(whole.status).toBe(303);
    expect(whole.headers.location).toBe('/accounts/acme/things?page=1&pageSize=2');
    expect(whole.body).toBeUndefined();
    expect(twin.violations()).toEqual([]);
  });

  it('routing: a more specific template wins over one the spec lists first (things/detail is not the thing `detail`)', async () => {
    const twin = engine();
    const detail = await call(twin, 'GET', '/accounts/acme/things/detail');
    expect(detail.status).toBe(200);
    expect(twin.requests().at(-1)?.operationId).toBe('listAccountThingDetails');
    await call(twin, 'GET', '/accounts/acme/things/t1');
    expect(twin.requests().at(-1)?.operationId).toBe('getAccountThing');
  });

  it('a 429 injected where the operation documents none: the vendor’s rate-limit answer, then normal answers', async () => {
    const twin = engine();
    twin.faults.add({ operationId: 'listThings', status: 429, count: 2 });
    const answers = [await call(twin, 'GET', '/things'), await call(twin, 'GET', '/things')];
    expect(answers.map((answer) => [answer.status, answer.body.fault.message])).toEqual([
      [429, 'slow down: 0 a minute'],
      [429, 'slow down: 0 a minute'],
    ]);
    expect((await call(twin, 'GET', '/things')).status).toBe(200);
    expect(twin.violations()).toEqual([]);
  });

  it('the cap’s refusal marked own: sent in the vendor’s form though the operation documents no 403, not a 500', async () => {
    const twin = engine({ maxRecords: 2 });
    expect((await call(twin, 'POST', '/accounts/acme/things', { thing: { name: 'b' } })).status).toBe(201);
    const refused = await call(twin, 'POST', '/accounts/acme/things', { thing: { name: 'c' } });
    expect(refused).toMatchObject({ status: 403, body: { fault: { message: 'at most 2 thing' } } });
    expect(twin.requests().at(-1)?.note).toBe('refused by the twin (403)');
    expect(twin.violations()).toEqual([]);
    expect(twin.store.all('thing')).toHaveLength(2);
  });
});
