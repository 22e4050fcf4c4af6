/**
 * What the engine offers vendor modules for SCP's needs, on a small spec of its own (things, each with parts under
 * `/v1/things/{thing_id}/parts`): a handler that gives a bodyless answer a body fails loudly, a vendor's own form for
 * a lookup that names nothing held, a check of every request before its operation, path parameters that name a
 * parent, pagination that knows its operation, each collection's cap as handlers see it, and what the spec says of
 * an operation beyond its row. (twin-engine-minimal.test.ts has the rules a vendor with accounts needed.)
 */
import { describe, expect, it } from 'vitest';
import { Engine, type RawAnswer } from '../src/twin/engine.js';
import type { OperationRow, VendorTwin } from '../src/twin/types.js';

type Json = Record<string, unknown>;

const thing = {
  type: 'object',
  required: ['id', 'name'],
  properties: { id: { type: 'string' }, name: { type: 'string' } },
};
const part = {
  type: 'object',
  required: ['id', 'label'],
  properties: { id: { type: 'string' }, label: { type: 'string' }, thing_id: { type: 'string' } },
};
const json = (schema: Json, example: unknown) => ({ content: { 'application/json': { schema, example } } });
const refusal = json({ type: 'array', items: { type: 'object' } }, [{ loc: ['path'], msg: 'refused' }]);
const thingId = { name: 'thing_id', in: 'path', required: true, schema: { type: 'string' } };

const document: Json = {
  openapi: '3.1.0',
  info: { title: 'things', version: '1' },
  paths: {
    '/v1/things': {
      get: {
        operationId: 'listThings',
        'x-api-versions': ['1.0', '1.1'],
        parameters: [
          { name: 'limit', in: 'query', schema: { type: 'integer' } },
          { name: 'with_count', in: 'query', schema: { type: 'boolean' } },
        ],
        responses: {
          '200': json(
            {
              type: 'object',
              required: ['things'],
              properties: { things: { type: 'array', items: thing }, count: { type: 'integer' } },
            },
            { things: [{ id: 'thing-0001', name: 'first' }], count: 1 },
          ),
        },
      },
      post: {
        operationId: 'createThing',
        requestBody: { required: true, content: { 'application/json': { schema: thing } } },
        responses: { '201': json(thing, { id: 'thing-0002', name: 'second' }), '400': refusal },
      },
    },
    '/v1/things/{thing_id}': {
      parameters: [thingId],
      // no 404 documented: a vendor that answers an unknown id in another form says which
      get: {
        operationId: 'showThing',
        responses: { '200': json(thing, { id: 'thing-0001', name: 'first' }), '400': refusal },
      },
      delete: {
        operationId: 'deleteThing',
        responses: { '202': { description: 'accepted, no body' }, '400': refusal },
      },
    },
    '/v1/things/{thing_id}/parts': {
      parameters: [thingId],
      get: {
        operationId: 'listThingParts',
        responses: {
          '200': json(
            { type: 'object', required: ['parts'], properties: { parts: { type: 'array', items: part } } },
            {
              parts: [{ id: 'part-0001', label: 'a', thing_id: 'thing-0001' }],
            },
          ),
          '404': { description: 'no such thing' },
        },
      },
      post: {
        operationId: 'createThingPart',
        requestBody: { required: true, content: { 'application/json': { schema: part } } },
        responses: { '201': json(part, { id: 'part-0002', label: 'b' }), '404': { description: 'no such thing' } },
      },
    },
    '/v1/things/{thing_id}/parts/{part_id}': {
      parameters: [thingId, { name: 'part_id', in: 'path', required: true, schema: { type: 'string' } }],
      get: {
        operationId: 'showThingPart',
        responses: { '200': json(part, { id: 'part-0001', label: 'a' }), '404': { description: 'no such part' } },
      },
    },
  },
};

const row = (operationId: string, method: string, path: string, rest: Partial<OperationRow>): OperationRow => ({
  operationId,
  method,
  path,
  name: operationId,
  verb: 'get',
  lookups: {},
  pathParams: [],
  status: 200,
  served: 'stateful',
  ...rest,
});

const rows: OperationRow[] = [
  row('listThings', 'get', '/v1/things', { verb: 'list', resource: 'thing', key: 'things' }),
  row('createThing', 'post', '/v1/things', { verb: 'create', resource: 'thing', key: '', status: 201 }),
  row('showThing', 'get', '/v1/things/{thing_id}', { resource: 'thing', key: '', pathParams: ['thing_id'] }),
  row('deleteThing', 'delete', '/v1/things/{thing_id}', {
    verb: 'delete',
    resource: 'thing',
    pathParams: ['thing_id'],
    status: 202,
  }),
  row('listThingParts', 'get', '/v1/things/{thing_id}/parts', {
    verb: 'list',
    resource: 'part',
    key: 'parts',
    pathParams: ['thing_id'],
  }),
  row('createThingPart', 'post', '/v1/things/{thing_id}/parts', {
    verb: 'create',
    resource: 'part',
    key: '',
    pathParams: ['thing_id'],
    status: 201,
  }),
  row('showThingPart', 'get', '/v1/things/{thing_id}/parts/{part_id}', {
    resource: 'part',
    key: '',
    pathParams: ['thing_id', 'part_id'],
  }),
];

const raw = (status: number, body: string): RawAnswer => ({
  status,
  headers: { 'content-type': 'application/json' },
  body,
});

/** A vendor of things: the generic verbs, and whatever a test adds. */
function vendor(extra: Partial<VendorTwin> = {}): VendorTwin {
  return {
    vendor: 'things',
    resources: { thing: {}, part: {} },
    fields: (context) => ({ ...context.body }),
    pagination: {
      page: (query, items) => ({ items: items.slice(0, Number(query.limit ?? items.length)), extra: {} }),
    },
    collectionFull: () => ({ status: 400, body: [{ loc: ['body'], msg: 'full' }] }),
    errors: {
      routeNotFound: () => raw(404, ''),
      methodNotAllowed: () => raw(405, ''),
      malformedJson: () => raw(400, '[]'),
      payloadTooLarge: () => raw(413, ''),
      rateLimited: () => raw(429, ''),
      invalidRequest: () => raw(400, '[]'),
      missingCredentials: () => raw(401, ''),
    },
    retryAfter: false,
    ...extra,
  };
}

async function call(engine: Engine, method: string, target: string, body?: unknown, headers: Json = {}) {
  const answer = await engine.handle({
    method,
    target,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(headers as Record<string, string>),
    },
    body: body === undefined ? undefined : new TextEncoder().encode(JSON.stringify(body)),
  });
  return { status: answer.status, body: answer.body === '' ? undefined : (JSON.parse(answer.body) as unknown) };
}

describe('twin engine: answers documented without a body', () => {
  it('a handler that gives a bodyless answer properties is a loud 500 naming them, not a body the spec lacks', async () => {
    const engine = new Engine(
      vendor({ operations: { deleteThing: (context) => context.answer({ deleted: true }) } }),
      document,
      rows,
    );
    const answer = await call(engine, 'DELETE', '/v1/things/thing-0001');
    expect(answer.status).toBe(500);
    expect(JSON.stringify(answer.body)).toMatch(/answers 202 without a body, but the handler gave it deleted/);
  });
});

describe("twin engine: the vendor's answer to a lookup that names nothing held", () => {
  it('showThing documents no 404: without a notFound form an unknown id is a loud 500 (the spec has no answer for it)', async () => {
    const engine = new Engine(vendor(), document, rows);
    expect((await call(engine, 'GET', '/v1/things/thing-9999')).status).toBe(500);
  });

  it("showThing: the vendor's notFound form answers instead (here its documented 400), and is checked like any answer", async () => {
    const seen: string[] = [];
    const engine = new Engine(
      vendor({
        notFound(context, lookup) {
          seen.push(`${context.row.operationId} ${lookup}`);
          if (context.row.operationId !== 'showThing') return undefined;
          return { status: 400, body: [{ loc: ['path', 'thing_id'], msg: `no ${lookup} ${context.path.thing_id}` }] };
        },
      }),
      document,
      rows,
    );
    expect(await call(engine, 'GET', '/v1/things/thing-9999')).toEqual({
      status: 400,
      body: [{ loc: ['path', 'thing_id'], msg: 'no thing thing-9999' }],
    });
    // undefined: the operation's documented 404
    expect((await call(engine, 'GET', '/v1/things/thing-0001/parts/part-9999')).status).toBe(404);
    expect(seen).toEqual(['showThing thing', 'showThingPart part']);
    expect(engine.violations()).toEqual([]);
  });

  it('a handler reaches the same answer with context.notFound(name)', async () => {
    const engine = new Engine(
      vendor({
        notFound: (_, lookup) => ({ status: 400, body: [{ loc: ['path'], msg: `no ${lookup}` }] }),
        operations: { showThing: (context) => context.notFound('widget') },
      }),
      document,
      rows,
    );
    expect(await call(engine, 'GET', '/v1/things/thing-0001')).toEqual({
      status: 400,
      body: [{ loc: ['path'], msg: 'no widget' }],
    });
  });
});

describe('twin engine: a check of every request before its operation (admit)', () => {
  it('a request the vendor refuses is answered with its refusal and changes nothing; the others are served', async () => {
    const engine = new Engine(
      vendor({
        admit: (context) =>
          context.request.headers['api-version'] === '0.9'
            ? { status: 400, body: [{ loc: ['header', 'Api-Version'], msg: 'unsupported version 0.9' }] }
            : undefined,
      }),
      document,
      rows,
    );
    const before = engine.store.count('thing');
    const refused = await call(engine, 'POST', '/v1/things', { id: 'x', name: 'third' }, { 'api-version': '0.9' });
    expect(refused).toEqual({
      status: 400,
      body: [{ loc: ['header', 'Api-Version'], msg: 'unsupported version 0.9' }],
    });
    expect(engine.store.count('thing')).toBe(before);
    const served = await call(engine, 'POST', '/v1/things', { id: 'x', name: 'third' }, { 'api-version': '1.0' });
    expect(served.status).toBe(201);
    expect(engine.store.count('thing')).toBe(before + 1);
  });
});

describe('twin engine: path parameters that name a parent (pathParents)', () => {
  const world = {
    thing: [{ id: 'thing-0001', name: 'first' }],
    part: [{ id: 'part-0001', label: 'a', thing_id: 'thing-0001' }],
  };
  const nested = () => new Engine(vendor({ pathParents: { thing_id: 'thing' } }), document, rows, { world });

  it('listThingParts: only the parts of the thing the path names, by the create it was made under or by its own field', async () => {
    const engine = nested();
    await call(engine, 'POST', '/v1/things', { id: 'x', name: 'other' });
    const other = engine.store.all('thing').find((record) => record.name === 'other')?.id as string;
    const made = await call(engine, 'POST', `/v1/things/${other}/parts`, { id: 'x', label: 'made under other' });
    expect(made.status).toBe(201);
    const first = await call(engine, 'GET', '/v1/things/thing-0001/parts');
    // the seed part says thing_id: thing-0001; the new one was made under the other thing
    expect((first.body as { parts: Json[] }).parts.map((p) => p.label)).toEqual(['a']);
    const second = await call(engine, 'GET', `/v1/things/${other}/parts`);
    expect((second.body as { parts: Json[] }).parts.map((p) => p.label)).toEqual(['made under other']);
  });

  it('showThingPart: a part of another thing is not found there, and a thing not held is not found', async () => {
    const engine = nested();
    expect((await call(engine, 'GET', '/v1/things/thing-0001/parts/part-0001')).status).toBe(200);
    await call(engine, 'POST', '/v1/things', { id: 'x', name: 'other' });
    const other = engine.store.all('thing').find((record) => record.name === 'other')?.id as string;
    expect((await call(engine, 'GET', `/v1/things/${other}/parts/part-0001`)).status).toBe(404);
    expect((await call(engine, 'GET', '/v1/things/thing-9999/parts')).status).toBe(404);
    expect((await call(engine, 'POST', '/v1/things/thing-9999/parts', { id: 'x', label: 'orphan' })).status).toBe(404);
    expect(engine.store.all('part').map((record) => record.label)).toEqual(['a']);
  });

  it('without pathParents the nested list is not narrowed (what the engine did before)', async () => {
    const engine = new Engine(vendor(), document, rows, { world });
    await call(engine, 'POST', '/v1/things', { id: 'x', name: 'other' });
    const other = engine.store.all('thing').find((record) => record.name === 'other')?.id as string;
    await call(engine, 'POST', `/v1/things/${other}/parts`, { id: 'x', label: 'b' });
    const first = await call(engine, 'GET', '/v1/things/thing-0001/parts');
    expect((first.body as { parts: Json[] }).parts).toHaveLength(2);
  });
});

describe('twin engine: pagination knows its list operation', () => {
  it('page() gets the list request: a vendor can count only where a list takes with_count, leaving the example’s out', async () => {
    const seen: string[] = [];
    const engine = new Engine(
      vendor({
        pagination: {
          page(query, items, context) {
            seen.push(context.row.operationId);
            // the answer starts from the list's example (count 1): a property set undefined is left out
            return { items: [...items], extra: { count: query.with_count === true ? items.length : undefined } };
          },
        },
      }),
      document,
      rows,
    );
    const counted = await call(engine, 'GET', '/v1/things?with_count=true');
    expect(counted.body).toMatchObject({ count: engine.store.count('thing') });
    expect(await call(engine, 'GET', '/v1/things')).not.toHaveProperty('body.count');
    expect(engine.violations()).toEqual([]);
    expect(seen).toEqual(['listThings', 'listThings']);
  });
});

describe("twin engine: each collection's cap, as handlers see it", () => {
  it("twin.maxRecords(resource): the resource's own cap, else the twin's; the generic create stops there", async () => {
    const caps: number[] = [];
    const engine = new Engine(
      vendor({
        resources: { thing: { maxRecords: 2 }, part: {} },
        operations: {
          showThing(context) {
            caps.push(context.twin.maxRecords('thing'), context.twin.maxRecords('part'));
            return context.generic();
          },
        },
      }),
      document,
      rows,
      { maxRecords: 50, world: { thing: [{ id: 'thing-0001', name: 'first' }] } },
    );
    await call(engine, 'GET', '/v1/things/thing-0001');
    expect(caps).toEqual([2, 50]);
    expect((await call(engine, 'POST', '/v1/things', { id: 'x', name: 'second' })).status).toBe(201);
    expect(await call(engine, 'POST', '/v1/things', { id: 'x', name: 'third' })).toEqual({
      status: 400,
      body: [{ loc: ['body'], msg: 'full' }],
    });
  });
});

describe('twin engine: what the spec says of an operation beyond its row', () => {
  it("context.spec: the statuses it documents and its x- extensions, for a vendor's own rules", async () => {
    const seen: unknown[] = [];
    const engine = new Engine(
      vendor({
        admit(context) {
          seen.push([context.row.operationId, context.spec.statuses, context.spec.extensions]);
          return undefined;
        },
      }),
      document,
      rows,
    );
    await call(engine, 'GET', '/v1/things');
    await call(engine, 'GET', '/v1/things/thing-0001');
    expect(seen).toEqual([
      ['listThings', [200], { 'x-api-versions': ['1.0', '1.1'] }],
      ['showThing', [200, 400], {}],
    ]);
  });
});
