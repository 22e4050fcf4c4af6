/** pnpm spec:compare on small synthetic documents: what it reports, what it normalises away, how departures apply. */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { locationMatches } from '../lib/spec-compare/departures.ts';
import { parseDocument } from '../lib/spec-compare/load.ts';
import type { Difference, Report } from '../lib/spec-compare/model.ts';
import { compareDocuments, renderText, summaryLine } from '../lib/spec-compare/report.ts';

type Obj = Record<string, unknown>;

const repo = join(import.meta.dirname, '..', '..');
const tsx = join(repo, 'node_modules', '.bin', 'tsx');

/** A 3.1 document with the given paths and components. */
function ours(paths: Obj, extra: Obj = {}): Obj {
  return { openapi: '3.1.0', info: { title: 'ours', version: '1' }, paths, ...extra };
}
/** A 3.0 document, as vendors often publish. */
function vendor(paths: Obj, extra: Obj = {}): Obj {
  return { openapi: '3.0.0', info: { title: 'vendor', version: '1' }, paths, ...extra };
}
function json(schema: unknown): Obj {
  return { content: { 'application/json': { schema } } };
}
function ok(schema: unknown): Obj {
  return { '200': { description: 'ok', ...json(schema) } };
}
function diffs(report: Report, explained = false): string[] {
  return report.operations
    .flatMap((op) => op.differences.map((d) => ({ op, d })))
    .filter(({ d }) => Boolean(d.explainedBy) === explained)
    .map(
      ({ op, d }) =>
        `${op.method} ${op.path} | ${d.at} | ${d.category}${d.aspect ? `/${d.aspect}` : ''} | ${d.vendor} | ${d.ours}`,
    );
}
function only(report: Report): Difference[] {
  return report.operations.flatMap((op) => op.differences);
}

describe('operations', () => {
  it('operations: only-in-vendor and only-in-ours are reported; path parameter names do not matter', () => {
    const report = compareDocuments(
      ours({
        '/servers/{server_id}': { get: { operationId: 'getServer', responses: {} } },
        '/ours-only': { post: { responses: {} } },
      }),
      vendor({
        '/servers/{serverId}': { get: { operationId: 'get:server', responses: {} } },
        '/servers': { get: { operationId: 'get:servers', responses: {} } },
      }),
    );
    expect(diffs(report)).toEqual([
      'POST /ours-only | operation | operation | absent | documented',
      'GET /servers | operation | operation | documented | absent',
    ]);
    const shared = report.operations.find((op) => op.ours && op.vendor);
    expect(shared).toMatchObject({
      path: '/servers/{server_id}',
      ours: { operationId: 'getServer' },
      vendor: { path: '/servers/{serverId}', operationId: 'get:server' },
    });
    expect(report.summary).toMatchObject({ inBoth: 1, onlyInVendor: 1, onlyInOurs: 1, vendorOperations: 2 });
    expect(summaryLine('acme', report.summary)).toBe(
      'acme: 1/2 operations in both · 1 only in vendor · 1 only in ours · 2 unexplained · 0 explained',
    );
  });

  it('operations: identical documents have no difference', () => {
    const paths = {
      '/zones': {
        get: {
          parameters: [{ name: 'page', in: 'query', schema: { type: 'integer' } }],
          responses: ok({ type: 'object', properties: { zones: { type: 'array', items: { type: 'string' } } } }),
        },
      },
    };
    const report = compareDocuments(ours(paths), vendor(paths));
    expect(only(report)).toEqual([]);
    expect(report.summary.unexplained).toBe(0);
  });
});

describe('parameters', () => {
  it('parameters: missing, extra, required and type differences; path parameters are named as ours', () => {
    const report = compareDocuments(
      ours({
        '/servers/{server_id}': {
          parameters: [{ name: 'server_id', in: 'path', required: true, schema: { type: 'string' } }],
          get: {
            parameters: [
              { name: 'limit', in: 'query', required: true, schema: { type: 'integer' } },
              { name: 'x-extra', in: 'header', schema: { type: 'string' } },
              { name: 'X-Trace', in: 'header', schema: { type: 'string' } },
            ],
            responses: {},
          },
        },
      }),
      vendor({
        '/servers/{id}': {
          get: {
            parameters: [
              { name: 'id', in: 'path', required: true, schema: { type: 'integer' } },
              { name: 'limit', in: 'query', schema: { type: 'integer' } },
              { name: 'sort', in: 'query', schema: { type: 'string', enum: ['asc', 'desc'] } },
              { name: 'x-trace', in: 'header', schema: { type: 'string' } },
            ],
            responses: {},
          },
        },
      }),
    );
    expect(diffs(report)).toEqual([
      'GET /servers/{server_id} | request.header.x-extra | header | absent | string',
      'GET /servers/{server_id} | request.path.server_id | type | integer | string',
      'GET /servers/{server_id} | request.query.limit | required | optional | required',
      'GET /servers/{server_id} | request.query.sort | parameter | string | absent',
    ]);
  });

  it('parameters: deepObject lookups and arrays equal the vendor bracket parameters; null and T|T[] are wire-equal', () => {
    const lookup = {
      oneOf: [
        { type: 'object', properties: { id: { type: 'string' }, permalink: false }, required: ['id'] },
        { type: 'object', properties: { id: false, permalink: { type: 'string' } }, required: ['permalink'] },
      ],
    };
    const report = compareDocuments(
      ours({
        '/zones/zone': {
          get: {
            parameters: [
              { name: 'zone', in: 'query', required: true, style: 'deepObject', explode: true, schema: lookup },
              { name: 'state', in: 'query', schema: { type: 'array', items: { type: 'string', enum: ['on', 'off'] } } },
              { name: 'name', in: 'query', schema: { type: 'string' } },
              {
                name: 'annotations',
                in: 'query',
                style: 'deepObject',
                schema: {
                  type: 'array',
                  items: { type: 'object', properties: { key: { type: 'string' }, value: { type: 'string' } } },
                },
              },
            ],
            responses: {},
          },
        },
      }),
      vendor(
        {
          '/zones/zone': {
            get: {
              parameters: [
                { name: 'zone[id]', in: 'query', schema: { type: 'string' } },
                { name: 'zone[permalink]', in: 'query', schema: { type: 'string' } },
                {
                  name: 'state',
                  in: 'query',
                  schema: {
                    nullable: true,
                    anyOf: [
                      { type: 'array', items: { $ref: '#/components/schemas/S' } },
                      { $ref: '#/components/schemas/S' },
                    ],
                  },
                },
                { name: 'name', in: 'query', schema: { type: 'string', nullable: true } },
                { name: 'annotations[][key]', in: 'query', schema: { type: 'array', items: { type: 'string' } } },
                { name: 'annotations[][value]', in: 'query', schema: { type: 'array', items: { type: 'integer' } } },
              ],
              responses: {},
            },
          },
        },
        { components: { schemas: { S: { type: 'string', enum: ['on', 'off'] } } } },
      ),
    );
    expect(diffs(report)).toEqual(['GET /zones/zone | request.query.annotations[][value][] | type | integer | string']);
  });
});

describe('bodies', () => {
  it('bodies: missing, extra, type, enum, nullable and required fields, recursively through arrays', () => {
    const report = compareDocuments(
      ours({
        '/vms': {
          post: {
            requestBody: json({
              type: 'object',
              required: ['name'],
              properties: {
                name: { type: 'string' },
                size: { type: 'string', enum: ['s', 'm', 'l'] },
                ours_only: { type: 'boolean' },
              },
            }),
            responses: ok({
              type: 'object',
              required: ['vms'],
              properties: {
                vms: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['id'],
                    properties: {
                      id: { type: 'string' },
                      package: { type: 'object', properties: { id: { type: 'string' } } },
                    },
                  },
                },
              },
            }),
          },
        },
      }),
      vendor({
        '/vms': {
          post: {
            requestBody: json({
              type: 'object',
              required: ['name', 'size'],
              properties: {
                name: { type: 'integer' },
                size: { type: 'string', enum: ['s', 'm'] },
                vendor_only: { type: 'string', nullable: true },
              },
            }),
            responses: ok({
              type: 'object',
              required: ['vms'],
              properties: {
                vms: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['id'],
                    properties: {
                      id: { type: 'string' },
                      package: { nullable: true, type: 'object', properties: { id: { type: 'string' } } },
                    },
                  },
                },
              },
            }),
          },
        },
      }),
    );
    expect(diffs(report)).toEqual([
      'POST /vms | request.body.name | type | integer | string',
      'POST /vms | request.body.ours_only | field | absent | boolean',
      'POST /vms | request.body.size | required | required | optional',
      'POST /vms | request.body.size | enum | m, s | l, m, s',
      'POST /vms | request.body.vendor_only | field | string | null | absent',
      'POST /vms | response.200.body.vms[].package | nullable | nullable | non-null',
    ]);
  });

  it('bodies: 3.0 nullable equals 3.1 null types; allOf wrappers and oneOf lookups with false keys are normalised', () => {
    const report = compareDocuments(
      ours(
        {
          '/vms/vm': {
            patch: {
              requestBody: json({
                type: 'object',
                properties: {
                  vm: {
                    oneOf: [
                      { type: 'object', properties: { id: { type: 'string' }, name: false }, required: ['id'] },
                      { type: 'object', properties: { id: false, name: { type: 'string' } }, required: ['name'] },
                    ],
                  },
                },
              }),
              responses: ok({
                type: 'object',
                properties: {
                  description: { type: ['string', 'null'] },
                  group: { oneOf: [{ $ref: '#/components/schemas/Group' }, { type: 'null' }] },
                  state: { enum: ['on', 'off', null] },
                },
              }),
            },
          },
        },
        { components: { schemas: { Group: { type: 'object', properties: { id: { type: 'string' } } } } } },
      ),
      vendor(
        {
          '/vms/vm': {
            patch: {
              requestBody: json({ properties: { vm: { $ref: '#/components/schemas/VMLookup' } } }),
              responses: ok({
                properties: {
                  description: { type: 'string', nullable: true },
                  group: { allOf: [{ $ref: '#/components/schemas/Group' }], nullable: true },
                  state: { allOf: [{ $ref: '#/components/schemas/StateEnum' }], nullable: true },
                },
              }),
            },
          },
        },
        {
          components: {
            schemas: {
              VMLookup: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } } },
              Group: { type: 'object', properties: { id: { type: 'string' } } },
              StateEnum: { type: 'string', enum: ['on', 'off'] },
            },
          },
        },
      ),
    );
    expect(diffs(report)).toEqual([]);
  });

  it('bodies: `nullable: true` counts in a 3.1 vendor document too; readOnly fields are not part of a request', () => {
    const server = (name: Obj) => ({
      type: 'object',
      properties: { id: { type: 'string', readOnly: true }, name },
    });
    const report = compareDocuments(
      ours({
        '/s': {
          post: {
            requestBody: json({ type: 'object', properties: { name: { type: ['string', 'null'] } } }),
            responses: ok(server({ type: ['string', 'null'] })),
          },
        },
      }),
      {
        ...vendor({
          '/s': {
            post: {
              requestBody: json(server({ type: 'string', nullable: true })),
              responses: ok(server({ type: 'string', nullable: true })),
            },
          },
        }),
        openapi: '3.1.0',
      },
    );
    expect(diffs(report)).toEqual([]);
  });

  it('bodies: a vendor response object that states no `required` says nothing about presence; a request one does', () => {
    const item = { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } } };
    const oursItem = { ...item, required: ['id'] };
    const report = compareDocuments(
      ours({ '/a': { post: { requestBody: json(oursItem), responses: ok(oursItem) } } }),
      vendor({ '/a': { post: { requestBody: json(item), responses: ok(item) } } }),
    );
    expect(diffs(report)).toEqual(['POST /a | request.body.id | required | optional | required']);
  });

  it('bodies: the one key of a lookup of ours is required where the vendor lookup states no `required`', () => {
    const lookup = (required?: string[]) => ({
      type: 'object',
      required: ['task'],
      properties: {
        task: { type: 'object', properties: { id: { type: 'string' } }, ...(required ? { required } : {}) },
      },
    });
    const op = (schema: unknown, param: Obj) => ({
      '/tasks/task': {
        get: { parameters: [param], responses: {} },
        post: { requestBody: json(schema), responses: {} },
      },
    });
    const deep = {
      name: 'task',
      in: 'query',
      required: true,
      style: 'deepObject',
      schema: lookup(['id']).properties.task,
    };
    const report = compareDocuments(
      ours(op(lookup(['id']), deep)),
      vendor(op(lookup(), { name: 'task[id]', in: 'query', schema: { type: 'string' } })),
    );
    expect(diffs(report)).toEqual([]);
    // A vendor that does state it is still compared.
    const stated = compareDocuments(
      ours(op(lookup(['id']), deep)),
      vendor(op(lookup([]), { name: 'task[id]', in: 'query', schema: { type: 'string' } })),
    );
    expect(diffs(stated)).toEqual(['POST /tasks/task | request.body.task.id | required | optional | required']);
  });

  it('bodies: ours untyped where the vendor has a type is a type difference; a vendor untyped field allows ours', () => {
    const report = compareDocuments(
      ours({ '/a': { get: { responses: ok({ type: 'object', properties: { a: {}, b: { type: 'string' } } }) } } }),
      vendor({ '/a': { get: { responses: ok({ type: 'object', properties: { a: { type: 'string' }, b: {} } }) } } }),
    );
    expect(diffs(report)).toEqual(['GET /a | response.200.body.a | type | string | any']);
  });

  it('bodies: a free-form object of ours misses the fields the vendor lists; a free-form vendor object says nothing', () => {
    const fields = { type: 'object', properties: { id: { type: 'string' } } };
    const report = compareDocuments(
      ours({ '/a': { get: { responses: ok({ type: 'object', properties: { a: { type: 'object' }, b: fields } }) } } }),
      vendor({
        '/a': { get: { responses: ok({ type: 'object', properties: { a: fields, b: { type: 'object' } } }) } },
      }),
    );
    expect(diffs(report)).toEqual(['GET /a | response.200.body.a.id | field | string | absent']);
  });

  it('bodies: $ref cycles terminate: a schema met again inside itself is not compared a second time', () => {
    const node = (extra: Obj) => ({
      type: 'object',
      properties: {
        name: { type: 'string', ...extra },
        children: { type: 'array', items: { $ref: '#/components/schemas/Node' } },
      },
    });
    const report = compareDocuments(
      ours(
        { '/tree': { get: { responses: ok({ $ref: '#/components/schemas/Node' }) } } },
        { components: { schemas: { Node: node({}) } } },
      ),
      vendor(
        { '/tree': { get: { responses: ok({ $ref: '#/components/schemas/Node' }) } } },
        { components: { schemas: { Node: node({ nullable: true }) } } },
      ),
    );
    expect(diffs(report)).toEqual(['GET /tree | response.200.body.name | nullable | nullable | non-null']);
  });
});

describe('statuses and errors', () => {
  const flatError = (code: string, detail: Obj = { type: 'object' }) => ({
    type: 'object',
    properties: { code: { type: 'string', enum: [code] }, description: { type: 'string' }, detail },
  });
  const wrapped = (code: string, detail: Obj = { type: 'object' }) => ({
    type: 'object',
    required: ['error'],
    properties: { error: flatError(code, detail) },
  });
  const envelope = { category: 'envelope', at: 'response', property: 'error', why: 'the server wraps errors' };

  it('errors: statuses on one side, and per status the error codes on one side only', () => {
    const report = compareDocuments(
      ours({
        '/zones/zone': {
          get: {
            responses: {
              '200': { description: 'ok' },
              '404': { description: 'nf', ...json({ oneOf: [flatError('zone_not_found'), flatError('ours_only')] }) },
              '409': { description: 'conflict', ...json(flatError('conflict')) },
            },
          },
        },
      }),
      vendor({
        '/zones/zone': {
          get: {
            responses: {
              '200': { description: 'ok' },
              '404': {
                description: 'nf',
                ...json({ oneOf: [flatError('zone_not_found'), flatError('data_center_not_found')] }),
              },
              '429': { description: 'rl', ...json(flatError('rate_limit_reached')) },
              '500': { description: 'no body' },
            },
          },
        },
      }),
    );
    expect(diffs(report)).toEqual([
      'GET /zones/zone | status 404 error data_center_not_found | error-code | documented | absent',
      'GET /zones/zone | status 404 error ours_only | error-code | absent | documented',
      'GET /zones/zone | status 409 | status | absent | documented',
      'GET /zones/zone | status 429 | status | documented | absent',
      'GET /zones/zone | status 500 | status | documented | absent',
    ]);
  });

  it('errors: each shared code has its own body compared, field by field, as category error-body', () => {
    const detail = (fields: Obj, extra: Obj = {}) => ({ type: 'object', properties: fields, ...extra });
    const report = compareDocuments(
      ours({
        '/ips': {
          post: {
            responses: {
              '403': {
                description: 'forbidden',
                ...json({
                  oneOf: [
                    flatError('scope_not_granted', detail({ scopes: { type: 'array', items: { type: 'string' } } })),
                    flatError(
                      'permission_denied',
                      detail({ reason: { type: 'integer' } }, { additionalProperties: false }),
                    ),
                  ],
                }),
              },
            },
          },
        },
      }),
      vendor({
        '/ips': {
          post: {
            responses: {
              '403': {
                description: 'forbidden',
                ...json({
                  oneOf: [
                    flatError('permission_denied', detail({ reason: { type: 'string' } })),
                    flatError('scope_not_granted', detail({ missing: { type: 'string' } })),
                  ],
                }),
              },
            },
          },
        },
      }),
    );
    expect(diffs(report)).toEqual([
      'POST /ips | response.403.body(permission_denied).detail | error-body/additional-properties | open | closed',
      'POST /ips | response.403.body(permission_denied).detail.reason | error-body/type | string | integer',
      'POST /ips | response.403.body(scope_not_granted).detail.missing | error-body/field | string | absent',
      'POST /ips | response.403.body(scope_not_granted).detail.scopes | error-body/field | absent | array',
    ]);
    expect(report.summary.categories['error-body']).toEqual({ unexplained: 4, explained: 0 });
  });

  it('errors: an envelope departure unwraps our error bodies before comparing, and counts as used', () => {
    const paths = (body: (code: string) => Obj, extra: Obj = {}) => ({
      '/a': {
        get: {
          ...extra,
          responses: { '404': { description: 'nf', ...json({ oneOf: [body('a_not_found'), body('b_not_found')] }) } },
        },
      },
    });
    const vendorDoc = vendor(paths((code) => flatError(code)));
    const unwrapped = compareDocuments(
      ours(
        paths((code) => wrapped(code)),
        { 'x-departures': [envelope] },
      ),
      vendorDoc,
    );
    expect(only(unwrapped)).toEqual([]);
    expect(unwrapped.unusedDepartures).toEqual([]);

    // Without the departure the wrapper is a difference of every code's body.
    const plain = compareDocuments(ours(paths((code) => wrapped(code))), vendorDoc);
    expect(diffs(plain)).toContain(
      'GET /a | response.404.body(a_not_found).error | error-body/field | absent | object, required',
    );
    expect(diffs(plain)).toContain('GET /a | response.404.body(b_not_found).code | error-body/field | string | absent');

    // Inside the envelope, differences are located in our body's terms.
    const narrowed = compareDocuments(
      ours(
        paths((code) => wrapped(code, { type: 'object', additionalProperties: false })),
        {
          'x-departures': [envelope],
        },
      ),
      vendorDoc,
    );
    expect(diffs(narrowed)).toEqual([
      'GET /a | response.404.body(a_not_found).error.detail | error-body/additional-properties | open | closed',
      'GET /a | response.404.body(b_not_found).error.detail | error-body/additional-properties | open | closed',
    ]);

    // An envelope with nothing to unwrap (our bodies are flat too) is stale.
    const flat = compareDocuments(
      ours(
        paths((code) => flatError(code)),
        { 'x-departures': [envelope] },
      ),
      vendorDoc,
    );
    expect(flat.unusedDepartures).toMatchObject([{ category: 'envelope', at: 'response', where: 'root' }]);
  });

  it('errors: a vendor status without a body says nothing of codes; a body of ours there is an error-body difference', () => {
    const report = compareDocuments(
      ours({
        '/a': {
          get: {
            responses: {
              '400': { description: 'bad', ...json({ type: 'object', properties: { code: { const: 'x' } } }) },
              '404': { description: 'nf' },
            },
          },
        },
      }),
      vendor({ '/a': { get: { responses: { '400': { description: 'Bad Request' }, '404': { description: 'nf' } } } } }),
    );
    expect(diffs(report)).toEqual(['GET /a | response.400.body | error-body/field | absent | object']);
  });

  it('errors: without codes the bodies are compared whole (an array of validation errors)', () => {
    const list = (loc: Obj) => ({
      type: 'array',
      items: { type: 'object', properties: { loc: { type: 'array', items: loc }, msg: { type: 'string' } } },
    });
    const report = compareDocuments(
      ours({
        '/a': { post: { responses: { '400': { description: 'x', ...json(list({ type: ['string', 'integer'] })) } } } },
      }),
      vendor({ '/a': { post: { responses: { '400': { description: 'x', ...json(list({ type: 'string' })) } } } } }),
    );
    expect(diffs(report)).toEqual([
      'POST /a | response.400.body[].loc[] | error-body/type | string | integer | string',
    ]);
  });

  it('errors: codes are read under errors[] too', () => {
    const list = (code: string) => ({
      type: 'object',
      properties: { errors: { type: 'array', items: { type: 'object', properties: { code: { enum: [code] } } } } },
    });
    const report = compareDocuments(
      ours({ '/a': { get: { responses: { '422': { description: 'x', ...json(list('invalid')) } } } } }),
      vendor({ '/a': { get: { responses: { '422': { description: 'x', ...json(list('validation_error')) } } } } }),
    );
    expect(diffs(report)).toEqual([
      'GET /a | status 422 error invalid | error-code | absent | documented',
      'GET /a | status 422 error validation_error | error-code | documented | absent',
    ]);
  });
});

describe('departures', () => {
  const vendorDoc = vendor(
    {
      '/vms/vm': {
        get: {
          responses: {
            '200': {
              description: 'ok',
              ...json({
                type: 'object',
                properties: { vm: { $ref: '#/components/schemas/VM' }, vms: { type: 'string' } },
              }),
            },
            '404': { description: 'nf' },
          },
        },
      },
      '/zones': { get: { operationId: 'get:zones', responses: {} } },
      '/disks': { get: { operationId: 'get:disks', responses: {} } },
    },
    {
      components: {
        schemas: {
          VM: {
            type: 'object',
            properties: {
              package: { type: 'object', properties: { id: { type: 'string' } } },
              name: { type: 'string' },
            },
          },
        },
      },
    },
  );
  const oursDoc = (departures: { root?: unknown; operation?: unknown; schema?: unknown }) =>
    ours(
      {
        '/vms/vm': {
          get: {
            ...(departures.operation === undefined ? {} : { 'x-departures': departures.operation }),
            responses: {
              '200': {
                description: 'ok',
                ...json({
                  type: 'object',
                  properties: { vm: { $ref: '#/components/schemas/VM' }, vms: { type: 'integer' } },
                }),
              },
            },
          },
        },
      },
      {
        ...(departures.root === undefined ? {} : { 'x-departures': departures.root }),
        components: {
          schemas: {
            VM: {
              ...(departures.schema === undefined ? {} : { 'x-departures': departures.schema }),
              type: 'object',
              properties: {
                package: { type: ['object', 'null'], properties: { id: { type: 'string' } } },
                name: { type: 'integer' },
              },
            },
          },
        },
      },
    );

  it('departures: without any, every difference is unexplained', () => {
    const report = compareDocuments(oursDoc({}), vendorDoc);
    expect(diffs(report)).toEqual([
      'GET /disks | operation | operation | documented | absent',
      'GET /vms/vm | response.200.body.vm.name | type | string | integer',
      'GET /vms/vm | response.200.body.vm.package | nullable | non-null | nullable',
      'GET /vms/vm | response.200.body.vms | type | string | integer',
      'GET /vms/vm | status 404 | status | documented | absent',
      'GET /zones | operation | operation | documented | absent',
    ]);
  });

  it('departures: operation, schema-relative and root (per operation) departures explain; a prefix stops at boundaries', () => {
    const report = compareDocuments(
      oursDoc({
        operation: [
          { at: 'status 404', category: 'status', vendor: 'documented', ours: 'absent', why: 'never sent' },
          // `response.200.body.vm` is a prefix of `…vms` only as a string, not on a boundary: it must not match it
          { at: 'response.200.body.vm', category: 'type', why: 'type of vm fields' },
        ],
        schema: [
          { at: 'package', category: 'nullable', vendor: 'non-null', ours: 'nullable', why: 'null without a package' },
        ],
        root: [{ at: 'operation', category: 'operation', operation: 'get:zones', why: 'zones are out of scope' }],
      }),
      vendorDoc,
    );
    expect(diffs(report)).toEqual([
      'GET /disks | operation | operation | documented | absent',
      'GET /vms/vm | response.200.body.vms | type | string | integer',
    ]);
    expect(diffs(report, true)).toEqual([
      'GET /vms/vm | response.200.body.vm.name | type | string | integer',
      'GET /vms/vm | response.200.body.vm.package | nullable | non-null | nullable',
      'GET /vms/vm | status 404 | status | documented | absent',
      'GET /zones | operation | operation | documented | absent',
    ]);
    const explained = only(report).find((d) => d.at === 'response.200.body.vm.package');
    expect(explained?.explainedBy).toMatchObject({
      why: 'null without a package',
      where: 'schema #/components/schemas/VM',
    });
    expect(report.summary).toMatchObject({ unexplained: 2, explained: 4, unusedDepartures: 0 });
  });

  it('departures: a category that does not match leaves the difference unexplained, and the departure is reported unused', () => {
    const report = compareDocuments(
      oursDoc({ schema: [{ at: 'package', category: 'type', why: 'wrong category' }] }),
      vendorDoc,
    );
    expect(diffs(report)).toContain('GET /vms/vm | response.200.body.vm.package | nullable | non-null | nullable');
    expect(report.unusedDepartures).toMatchObject([
      { at: 'package', category: 'type', where: 'schema #/components/schemas/VM' },
    ]);
  });

  it('departures: `at: *` at root with a category explains every difference of that category', () => {
    const report = compareDocuments(
      oursDoc({ root: [{ at: '*', category: 'type', why: 'types differ by design' }] }),
      vendorDoc,
    );
    expect(diffs(report, true)).toEqual([
      'GET /vms/vm | response.200.body.vm.name | type | string | integer',
      'GET /vms/vm | response.200.body.vms | type | string | integer',
    ]);
  });

  it('departures: malformed entries are reported and never applied', () => {
    const report = compareDocuments(
      oursDoc({
        operation: [
          { at: 'status 404', category: 'status' },
          { at: 'status 404', category: 'gone', why: 'x' },
          { at: 'status 404', why: 'no category' },
          { at: 'operation', category: 'inferred', why: 'from elsewhere' },
          { at: 'response', category: 'envelope', why: 'wrapped' },
        ],
        root: { at: 'x' },
      }),
      vendorDoc,
    );
    expect(report.invalidDepartures).toEqual([
      'root: x-departures must be a list of {category, at, why, vendor?, ours?}',
      'operation GET /vms/vm: x-departures[0] (status 404) has no `why`',
      expect.stringMatching(
        /^operation GET \/vms\/vm: x-departures\[1\] \(status 404\) has unknown category gone; use one of operation, /,
      ),
      expect.stringMatching(/^operation GET \/vms\/vm: x-departures\[2\] \(status 404\) has no category; use one of /),
      "operation GET /vms/vm: x-departures[3] (operation) is inferred but names no `source` (where the spec's version comes from)",
      "operation GET /vms/vm: x-departures[4] (response) is an envelope but names no `property` (the one that wraps the vendor's body)",
    ]);
    expect(report.summary.explained).toBe(0);
  });

  it('departures: keywords next to a $ref apply with it (an inline x-departures, a 3.0-style nullable)', () => {
    const report = compareDocuments(
      ours(
        {
          '/a': {
            get: {
              responses: ok({
                type: 'object',
                properties: {
                  one: {
                    $ref: '#/components/schemas/S',
                    'x-departures': [{ at: '*', category: 'type', why: 'ints on the wire' }],
                  },
                  two: { $ref: '#/components/schemas/S', nullable: true },
                },
              }),
            },
          },
        },
        { components: { schemas: { S: { type: 'integer' } } } },
      ),
      vendor({
        '/a': {
          get: { responses: ok({ type: 'object', properties: { one: { type: 'string' }, two: { type: 'integer' } } }) },
        },
      }),
    );
    expect(diffs(report)).toEqual(['GET /a | response.200.body.two | nullable | non-null | nullable']);
    expect(diffs(report, true)).toEqual(['GET /a | response.200.body.one | type | string | integer']);
  });

  it('locationMatches: equal, or a prefix ending on `.`, `[` or a space', () => {
    expect(locationMatches('status 404', 'status 404 error zone_not_found')).toBe(true);
    expect(locationMatches('response.200.body.zones', 'response.200.body.zones[].name')).toBe(true);
    expect(locationMatches('response.200.body.zone', 'response.200.body.zones[].name')).toBe(false);
    expect(locationMatches('status 40', 'status 404')).toBe(false);
  });
});

describe('formats, constraints and additionalProperties', () => {
  const field = (schema: Obj) => ok({ type: 'object', properties: { a: schema } });
  const pair = (oursSchema: Obj, vendorSchema: Obj) =>
    compareDocuments(
      ours({ '/a': { get: { responses: field(oursSchema) } } }),
      vendor({ '/a': { get: { responses: field(vendorSchema) } } }),
    );

  it('formats: a format on one side only, or two formats, is a difference; the same format is none', () => {
    expect(diffs(pair({ type: 'number' }, { type: 'number', format: 'float' }))).toEqual([
      'GET /a | response.200.body.a | format | float | no format',
    ]);
    expect(diffs(pair({ type: 'string', format: 'uuid' }, { type: 'string' }))).toEqual([
      'GET /a | response.200.body.a | format | no format | uuid',
    ]);
    expect(diffs(pair({ type: 'string', format: 'date' }, { type: 'string', format: 'date-time' }))).toEqual([
      'GET /a | response.200.body.a | format | date-time | date',
    ]);
    expect(
      diffs(pair({ type: ['number', 'null'], format: 'float' }, { type: 'number', nullable: true, format: 'float' })),
    ).toEqual([]);
  });

  it('constraints: each keyword on one side only or with another value is a difference, named with its value', () => {
    const report = pair(
      { type: 'string', maxLength: 64, minLength: 1 },
      { type: 'string', maxLength: 63, minLength: 1, pattern: '^[a-z]*$' },
    );
    expect(diffs(report)).toEqual([
      'GET /a | response.200.body.a | constraint | maxLength 63 | maxLength 64',
      'GET /a | response.200.body.a | constraint | pattern "^[a-z]*$" | no pattern',
    ]);
    expect(
      diffs(
        pair({ type: 'array', items: { type: 'string' } }, { type: 'array', maxItems: 5, items: { type: 'string' } }),
      ),
    ).toEqual(['GET /a | response.200.body.a | constraint | maxItems 5 | no maxItems']);
    expect(diffs(pair({ type: 'integer', minimum: 0 }, { type: 'integer', maximum: 10, minimum: 0 }))).toEqual([
      'GET /a | response.200.body.a | constraint | maximum 10 | no maximum',
    ]);
  });

  it('constraints: a 3.0 boolean exclusiveMinimum equals the 3.1 number; uniqueItems false says nothing', () => {
    expect(
      diffs(pair({ type: 'number', exclusiveMinimum: 0 }, { type: 'number', minimum: 0, exclusiveMinimum: true })),
    ).toEqual([]);
    expect(
      diffs(
        pair(
          { type: 'array', items: { type: 'string' } },
          { type: 'array', uniqueItems: false, items: { type: 'string' } },
        ),
      ),
    ).toEqual([]);
  });

  it('additionalProperties: closed, open and a map differ; true, absent and an empty schema are all open', () => {
    const object = (extra: Obj) => ({ type: 'object', properties: { id: { type: 'string' } }, ...extra });
    expect(diffs(pair(object({ additionalProperties: false }), object({})))).toEqual([
      'GET /a | response.200.body.a | additional-properties | open | closed',
    ]);
    expect(diffs(pair(object({ additionalProperties: { type: 'string' } }), object({})))).toEqual([
      'GET /a | response.200.body.a | additional-properties | open | a map',
    ]);
    expect(diffs(pair(object({ additionalProperties: true }), object({ additionalProperties: {} })))).toEqual([]);
    expect(diffs(pair(object({ unevaluatedProperties: false }), object({ additionalProperties: false })))).toEqual([]);
    // A lookup of ours (closed single-key branches) against the vendor's open object of optional keys.
    const lookup = {
      oneOf: [
        {
          type: 'object',
          required: ['id'],
          properties: { id: { type: 'string' }, slug: false },
          additionalProperties: false,
        },
        {
          type: 'object',
          required: ['slug'],
          properties: { id: false, slug: { type: 'string' } },
          additionalProperties: false,
        },
      ],
    };
    expect(
      diffs(pair(lookup, { type: 'object', properties: { id: { type: 'string' }, slug: { type: 'string' } } })),
    ).toEqual(['GET /a | response.200.body.a | additional-properties | open | closed']);
  });

  it('objects: a vendor schema with `properties` and no type is an object, also with no properties at all', () => {
    expect(diffs(pair({ type: 'object', properties: {} }, { properties: {} }))).toEqual([]);
    expect(diffs(pair({ type: 'object', additionalProperties: false }, { properties: {} }))).toEqual([
      'GET /a | response.200.body.a | additional-properties | open | closed',
    ]);
  });
});

describe('headers, content types, security and API versions', () => {
  it('headers: request header parameters and response headers on one side only are category header', () => {
    const report = compareDocuments(
      ours({
        '/a': {
          get: {
            parameters: [{ name: 'Accept-Language', in: 'header', schema: { type: 'string' } }],
            responses: {
              '200': {
                description: 'ok',
                headers: {
                  'X-Request-Id': { schema: { type: 'string' } },
                  Location: { required: true, schema: { type: 'string' } },
                },
              },
              '404': {
                description: 'nf',
                headers: { 'x-api-schema': { schema: { type: 'string', enum: ['json-error'] } } },
              },
            },
          },
        },
      }),
      vendor({
        '/a': {
          get: {
            responses: {
              '200': {
                description: 'ok',
                headers: {
                  location: { schema: { type: 'string', format: 'uri' } },
                  ETag: { schema: { type: 'string' } },
                },
              },
              '404': { description: 'nf' },
            },
          },
        },
      }),
    );
    expect(diffs(report)).toEqual([
      'GET /a | request.header.Accept-Language | header | absent | string',
      'GET /a | response.200.header.ETag | header | string | absent',
      'GET /a | response.200.header.Location | required | optional | required',
      'GET /a | response.200.header.Location | format | uri | no format',
      'GET /a | response.200.header.X-Request-Id | header | absent | string',
      'GET /a | response.404.header.x-api-schema | header | absent | string',
    ]);
    expect(report.summary.categories.header).toEqual({ unexplained: 4, explained: 0 });
  });

  it('content types: the media types of a request body and of each response, when both sides give some', () => {
    const body = (types: string[]) =>
      Object.fromEntries(types.map((type) => [type, { schema: { type: 'object', properties: {} } }]));
    const report = compareDocuments(
      ours({
        '/a': {
          post: {
            requestBody: { content: body(['application/json']) },
            responses: {
              '200': { description: 'ok', content: body(['application/json', 'text/plain']) },
              '204': { description: 'none' },
            },
          },
        },
      }),
      vendor({
        '/a': {
          post: {
            requestBody: { content: body(['application/json; charset=utf-8', 'application/x-www-form-urlencoded']) },
            responses: {
              '200': { description: 'ok', content: body(['application/json']) },
              '204': { description: 'none' },
            },
          },
        },
      }),
    );
    expect(diffs(report)).toEqual([
      'POST /a | request.content | content-type | application/json, application/x-www-form-urlencoded | application/json',
      'POST /a | response.200.content | content-type | application/json | application/json, text/plain',
    ]);
  });

  it('security: schemes are compared by what goes on the wire, scopes per scheme; names do not matter', () => {
    const doc = (make: typeof ours, schemes: Obj, security: unknown[]) =>
      make({ '/a': { get: { security, responses: {} } } }, { components: { securitySchemes: schemes } });
    const bearer = { type: 'http', scheme: 'bearer' };
    const same = compareDocuments(
      doc(ours, { ApiToken: bearer }, [{ ApiToken: ['ips'] }, { ApiToken: ['ips:read'] }]),
      doc(vendor, { Authenticator: { type: 'http', scheme: 'Bearer' } }, [{ Authenticator: ['ips', 'ips:read'] }]),
    );
    expect(only(same)).toEqual([]);
    const different = compareDocuments(
      doc(
        ours,
        {
          Key: { type: 'apiKey', in: 'header', name: 'Scp-AccessKey' },
          Sig: { type: 'apiKey', in: 'header', name: 'Scp-Signature' },
        },
        [{ Key: [], Sig: [] }],
      ),
      doc(vendor, { Token: { type: 'apiKey', in: 'header', name: 'X-Auth-Token' } }, [{ Token: [] }]),
    );
    expect(diffs(different)).toEqual([
      'GET /a | security | security | apiKey header x-auth-token | apiKey header scp-accesskey + apiKey header scp-signature',
    ]);
    const scopes = compareDocuments(
      doc(ours, { ApiToken: bearer }, [{ ApiToken: ['ips'] }]),
      doc(vendor, { ApiToken: bearer }, [{ ApiToken: ['ips', 'ips:read'] }]),
    );
    expect(diffs(scopes)).toEqual([
      'GET /a | security | security | http bearer; http bearer scopes ips, ips:read | http bearer; http bearer scopes ips',
    ]);
  });

  it('api-version: the vendor operation version must be among ours with its status and date; ours may list more', () => {
    const oursOp = (versions: unknown[]) =>
      ours({ '/a': { post: { 'x-acme-api-versions': versions, responses: {} } } });
    const vendorDoc = vendor({
      '/a': {
        post: { 'x-api-version': '1.0', 'x-api-status': 'CURRENT', 'x-not-before': '2026-07-01', responses: {} },
      },
    });
    expect(
      only(compareDocuments(oursOp([{ version: '1.0', status: 'CURRENT', notBefore: '2026-07-01' }]), vendorDoc)),
    ).toEqual([]);
    const report = compareDocuments(
      oursOp([
        { version: '1.1', status: 'CURRENT', notBefore: null },
        { version: '1.0', status: 'DEPRECATED', notBefore: '2025-12-31' },
      ]),
      vendorDoc,
    );
    expect(diffs(report)).toEqual([
      'POST /a | api-version 1.1 | api-version | absent | CURRENT, not before none',
      'POST /a | api-version 1.0 | api-version | CURRENT, not before 2026-07-01 | DEPRECATED, not before 2025-12-31',
    ]);
    expect(diffs(compareDocuments(oursOp([]), vendorDoc))).toEqual([
      'POST /a | api-version 1.0 | api-version | CURRENT, not before 2026-07-01 | absent',
    ]);
  });
});

describe('departure patterns, inferred and the count per category', () => {
  const vendorDoc = vendor({
    '/a': {
      get: {
        responses: {
          '404': { description: 'nf' },
          '409': { description: 'conflict' },
        },
      },
    },
  });
  const oursDoc = (departures: unknown[], extraPaths: Obj = {}) =>
    ours(
      {
        '/a': {
          get: {
            responses: {
              '404': { description: 'nf', headers: { 'x-api-schema': { schema: { type: 'string' } } } },
              '409': { description: 'conflict', headers: { 'x-api-schema': { schema: { type: 'string' } } } },
            },
          },
        },
        ...extraPaths,
      },
      { 'x-departures': departures },
    );

  it('patterns: `*` matches one step of a location and `**` any run; a pattern is still a prefix on boundaries', () => {
    expect(locationMatches('response.*.header.x-api-schema', 'response.404.header.x-api-schema')).toBe(true);
    expect(locationMatches('response.*.header.x-api-schema', 'response.404.body.x-api-schema')).toBe(false);
    expect(locationMatches('response.*.body', 'response.404.body(zone_not_found).error.detail')).toBe(true);
    expect(locationMatches('response.**.detail', 'response.404.body(zone_not_found).error.detail')).toBe(true);
    expect(locationMatches('response.4*', 'response.404.body')).toBe(true);
    expect(locationMatches('response.4*', 'response.200.body')).toBe(false);
    expect(locationMatches('request.body', 'request.bodyguard')).toBe(false);
    const report = compareDocuments(
      oursDoc([{ category: 'header', at: 'response.*.header.x-api-schema', why: 'marks error bodies' }]),
      vendorDoc,
    );
    expect(diffs(report, true)).toEqual([
      'GET /a | response.404.header.x-api-schema | header | absent | string',
      'GET /a | response.409.header.x-api-schema | header | absent | string',
    ]);
    expect(report.summary.categories.header).toEqual({ unexplained: 0, explained: 2 });
  });

  it('inferred: explains what the vendor document lacks (an operation, a status, a field), nothing it has', () => {
    const inferred = {
      category: 'inferred',
      at: 'operation',
      source: 'OpenStack Compute v2: PUT /servers/{id}',
      why: 'the vendor follows it throughout',
    };
    const report = compareDocuments(
      ours(
        {
          '/a': { get: { responses: {} } },
          '/servers/{id}': { put: { 'x-departures': [inferred], responses: { '200': { description: 'ok' } } } },
        },
        {},
      ),
      vendor({ '/a': { get: { responses: {} } } }),
    );
    expect(diffs(report, true)).toEqual(['PUT /servers/{id} | operation | operation | absent | documented']);
    expect(report.operations.find((op) => op.path === '/servers/{id}')?.differences[0]?.explainedBy).toMatchObject({
      category: 'inferred',
      source: 'OpenStack Compute v2: PUT /servers/{id}',
      where: 'operation PUT /servers/{id}',
    });
    const wrong = compareDocuments(
      oursDoc([{ ...inferred, at: 'response' }]),
      vendor({
        '/a': {
          get: {
            responses: {
              '404': { description: 'nf', headers: { 'x-api-schema': { schema: { type: 'integer' } } } },
              '409': { description: 'c', headers: { 'x-api-schema': { schema: { type: 'string' } } } },
            },
          },
        },
      }),
    );
    expect(diffs(wrong)).toEqual(['GET /a | response.404.header.x-api-schema | type | integer | string']);
  });

  it('summary: every category is counted, also those with nothing to report, and the text prints the table', () => {
    const report = compareDocuments(oursDoc([]), vendorDoc);
    expect(Object.keys(report.summary.categories)).toEqual([
      'operation',
      'api-version',
      'security',
      'status',
      'error-code',
      'error-body',
      'parameter',
      'header',
      'content-type',
      'field',
      'type',
      'enum',
      'nullable',
      'required',
      'format',
      'constraint',
      'additional-properties',
    ]);
    expect(report.summary.categories.header).toEqual({ unexplained: 2, explained: 0 });
    expect(report.summary.categories.format).toEqual({ unexplained: 0, explained: 0 });
    const text = renderText('acme', report);
    expect(text).toContain('Compared, per category (unexplained / explained):');
    expect(text).toMatch(/\n {2}header {16}\s+2 \/ 0 {5}request and response headers on one side only\n/);
    expect(text).toMatch(/\n {2}format {16}\s+0 \/ 0 {5}formats\n/);
  });
});

describe('renderText', () => {
  it('renderText: one-sided operations apart, unexplained by operation, explained by departure with its reason once', () => {
    const paths: Obj = {};
    for (let i = 0; i < 7; i++)
      paths[`/things${i}`] = { get: { responses: ok({ type: 'object', properties: { a: { type: 'string' } } }) } };
    const oursPaths: Obj = {};
    for (let i = 0; i < 7; i++)
      oursPaths[`/things${i}`] = { get: { responses: ok({ type: 'object', properties: { a: { type: 'integer' } } }) } };
    oursPaths['/mine'] = { get: { operationId: 'mine', responses: {} } };
    const report = compareDocuments(
      ours(oursPaths, {
        'x-departures': [{ at: 'response.200.body.a', category: 'type', why: 'integers on the wire' }],
      }),
      vendor({ ...paths, '/theirs': { get: { operationId: 'get:theirs', responses: {} } } }),
    );
    const text = renderText('acme', report);
    expect(text).toContain('Only in the vendor document (1):\n\n  GET /theirs  [vendor get:theirs]\n');
    expect(text).toContain('Only in our spec (1):\n\n  GET /mine  [ours mine]\n');
    expect(text).toContain(
      'Explained by x-departures (7):\n\n  root · type at response.200.body.a — 7 differences in 7 operations\n',
    );
    expect(text.match(/why: integers on the wire/g)).toHaveLength(1);
    expect(text).not.toContain('Departures that explain nothing');
    const stale = compareDocuments(
      ours(oursPaths, {
        'x-departures': [
          { at: 'response.200.body.b', category: 'type', why: 'gone' },
          { at: 'security', category: 'security', why: 'same on both sides' },
        ],
      }),
      vendor(paths),
    );
    expect(renderText('acme', stale)).toContain(
      [
        'Departures that explain nothing (stale, or `category`/`at` does not match a difference):',
        '',
        '    root · type at response.200.body.b',
        '    root · security at security',
      ].join('\n'),
    );
    expect(text).toContain(
      '    GET /things4  response.200.body.a  type: vendor string · ours integer\n    … and 2 more (--json lists every one)',
    );
    expect(text.trim().split('\n').at(-1)).toBe(
      'acme: 7/8 operations in both · 1 only in vendor · 1 only in ours · 2 unexplained · 7 explained',
    );
  });
});

describe('parseDocument', () => {
  it('parseDocument: JSON and YAML; a non-OpenAPI file is refused with its name', () => {
    expect(parseDocument('{"openapi":"3.0.0","paths":{}}', 'a.json')).toMatchObject({ openapi: '3.0.0' });
    expect(parseDocument('openapi: 3.1.0\npaths: {}\n', 'a.yaml')).toMatchObject({ openapi: '3.1.0' });
    expect(() => parseDocument('name: x\n', 'b.yaml')).toThrow(/b\.yaml is not an OpenAPI document/);
    expect(() => parseDocument('swagger: "2.0"\n', 'c.yaml')).toThrow(/Swagger 2\.0; convert it to OpenAPI 3/);
  });
});

// Each run starts tsx and loads Redocly: seconds apiece on a busy machine.
describe('pnpm spec:compare (the command)', { timeout: 180_000 }, () => {
  let scratch: string;
  let server: Server;
  let url: string;

  function run(...args: string[]): Promise<{ code: number | null; out: string; err: string }> {
    return new Promise((resolve) => {
      const child = spawn(tsx, [join(repo, 'scripts', 'spec-compare.ts'), '--root', scratch, ...args], {
        cwd: scratch,
        env: { ...process.env, INIT_CWD: scratch, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      });
      let out = '';
      let err = '';
      child.stdout.on('data', (chunk) => {
        out += chunk;
      });
      child.stderr.on('data', (chunk) => {
        err += chunk;
      });
      child.on('close', (code) => resolve({ code, out, err }));
    });
  }

  const vendorYaml = stringify(
    vendor({
      '/zones': {
        get: {
          operationId: 'get:zones',
          parameters: [{ name: 'page', in: 'query', schema: { type: 'integer' } }],
          responses: ok({ type: 'object', properties: { zones: { type: 'array', items: { type: 'string' } } } }),
        },
      },
    }),
  );

  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'cloudspecs-spec-compare-'));
    mkdirSync(join(scratch, 'specs', 'acme', 'paths'), { recursive: true });
    writeFileSync(
      join(scratch, 'redocly.yaml'),
      [
        'apis:',
        '  acme@v1:',
        '    root: specs/acme/openapi.yaml',
        '    x-package: acme-client',
        '    x-name: Acme',
        '    x-factory: createAcmeClient',
        '    x-credentials:',
        '      - { option: token, env: ACME_API_TOKEN, description: an Acme API token }',
        // a second document of the vendor (as SCP has one per service), compared on its own
        '  acme@widgets:',
        '    root: specs/acme/widgets.yaml',
        '',
      ].join('\n'),
    );
    const widgets = {
      '/widgets': {
        get: {
          operationId: 'listWidgets',
          responses: ok({ type: 'object', properties: { widgets: { type: 'array', items: { type: 'string' } } } }),
        },
      },
    };
    writeFileSync(
      join(scratch, 'specs', 'acme', 'widgets.yaml'),
      stringify({ openapi: '3.1.0', info: { title: 'Acme widgets', version: '1' }, paths: widgets }),
    );
    writeFileSync(join(scratch, 'vendor-widgets.yaml'), stringify(vendor(widgets)));
    // Our spec is split into files: the command must bundle it.
    writeFileSync(
      join(scratch, 'specs', 'acme', 'openapi.yaml'),
      stringify({
        openapi: '3.1.0',
        info: { title: 'Acme', version: '1' },
        paths: { '/zones': { $ref: 'paths/zones.yaml' } },
      }),
    );
    writeFileSync(
      join(scratch, 'specs', 'acme', 'paths', 'zones.yaml'),
      stringify({
        get: {
          operationId: 'listZones',
          'x-departures': [{ at: 'request.query.page', category: 'parameter', why: 'acme ignores page' }],
          responses: ok({ type: 'object', properties: { zones: { type: 'array', items: { type: 'integer' } } } }),
        },
      }),
    );
    writeFileSync(join(scratch, 'vendor.yaml'), vendorYaml);
    server = createServer((request, response) => {
      if (request.url === '/openapi.yaml') response.writeHead(200).end(vendorYaml);
      else response.writeHead(404).end('not found');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('spec:compare: a split spec is bundled; an unexplained difference exits 1 with the summary line', async () => {
    const result = await run('acme', 'vendor.yaml');
    expect(result.code, result.err).toBe(1);
    expect(result.out).toContain('GET /zones  [ours listZones · vendor get:zones]');
    expect(result.out).toContain('response.200.body.zones[]  type: vendor string · ours integer');
    expect(result.out).toContain(
      [
        'Explained by x-departures (1):',
        '',
        '  operation GET /zones · parameter at request.query.page — 1 difference in 1 operation',
        '    why: acme ignores page',
        '    GET /zones  request.query.page  parameter: vendor integer · ours absent',
      ].join('\n'),
    );
    expect(result.out.trim().split('\n').at(-1)).toBe(
      'acme: 1/1 operations in both · 0 only in vendor · 0 only in ours · 1 unexplained · 1 explained',
    );
  });

  it('spec:compare --json: the report as JSON, from a URL', async () => {
    const result = await run('acme', `${url}/openapi.yaml`, '--json');
    expect(result.code, result.err).toBe(1);
    const report = JSON.parse(result.out) as Report & { vendor: string };
    expect(report.vendor).toBe('acme');
    expect(report.summary).toMatchObject({ inBoth: 1, unexplained: 1, explained: 1 });
    expect(report.operations[0]?.differences.map((d) => d.at)).toEqual([
      'request.query.page',
      'response.200.body.zones[]',
    ]);
  });

  it('spec:compare: exits 0 when every difference is explained', async () => {
    expect(vendorYaml.match(/type: string/g)).toHaveLength(1);
    writeFileSync(join(scratch, 'vendor-int.yaml'), vendorYaml.replace('type: string', 'type: integer'));
    const result = await run('acme', 'vendor-int.yaml');
    expect(result.code, result.out).toBe(0);
    expect(result.out).toContain(
      'acme: 1/1 operations in both · 0 only in vendor · 0 only in ours · 0 unexplained · 1 explained',
    );
  });

  it('spec:compare: <vendor>@<document> compares that document of the vendor alone; an unknown one exits 2, naming them', async () => {
    const [widgets, unknown] = await Promise.all([
      run('acme@widgets', 'vendor-widgets.yaml'),
      run('acme@gadgets', 'vendor-widgets.yaml'),
    ]);
    expect(widgets.code, widgets.err).toBe(0);
    expect(widgets.out.trim().split('\n').at(-1)).toBe(
      'acme@widgets: 1/1 operations in both · 0 only in vendor · 0 only in ours · 0 unexplained · 0 explained',
    );
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('acme has no document gadgets; its documents are acme@v1, acme@widgets');
  });

  it('spec:compare: an unknown vendor, a missing file or a failing URL exits 2 and says what to do', async () => {
    const [unknown, missing, http, usage] = await Promise.all([
      run('nope', 'vendor.yaml'),
      run('acme', 'missing.json'),
      run('acme', `${url}/gone.yaml`),
      run('acme'),
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('unknown vendor nope; the registry (redocly.yaml) has acme');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('cannot read the vendor document missing.json (ENOENT)');
    expect(http.code).toBe(2);
    expect(http.err).toContain('HTTP 404');
    expect(usage.code).toBe(2);
    expect(usage.err).toContain('usage: pnpm spec:compare');
  });
});
