/** pnpm spec:compare on small synthetic documents: what it reports, what it normalises away, how departures apply. */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import {
  compareDocuments,
  type Difference,
  locationMatches,
  parseDocument,
  type Report,
  renderText,
  summaryLine,
} from '../lib/spec-compare.ts';

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
    .map(({ op, d }) => `${op.method} ${op.path} | ${d.at} | ${d.kind} | ${d.vendor} | ${d.ours}`);
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
      'GET /servers/{server_id} | request.header.x-extra | extra | absent | string',
      'GET /servers/{server_id} | request.path.server_id | type | integer | string',
      'GET /servers/{server_id} | request.query.limit | required | optional | required',
      'GET /servers/{server_id} | request.query.sort | missing | string | absent',
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
      'POST /vms | request.body.ours_only | extra | absent | boolean',
      'POST /vms | request.body.size | required | required | optional',
      'POST /vms | request.body.size | enum | m, s | l, m, s',
      'POST /vms | request.body.vendor_only | missing | string | null | absent',
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
    expect(diffs(report)).toEqual(['GET /a | response.200.body.a.id | missing | string | absent']);
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
  const flatError = (code: string) => ({
    type: 'object',
    properties: { code: { type: 'string', enum: [code] }, description: { type: 'string' } },
  });
  const wrapped = (code: string) => ({
    type: 'object',
    properties: {
      error: { type: 'object', properties: { code: { type: 'string', enum: [code] }, detail: { type: 'object' } } },
    },
  });

  it('errors: compared by status and code only (wrapped vs flat bodies are equal); codes per status', () => {
    const report = compareDocuments(
      ours({
        '/zones/zone': {
          get: {
            responses: {
              '200': { description: 'ok' },
              '404': { description: 'nf', ...json({ oneOf: [wrapped('zone_not_found'), wrapped('ours_only_code')] }) },
              '409': { description: 'conflict', ...json(wrapped('conflict')) },
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
      'GET /zones/zone | status 404 error ours_only_code | error-code | absent | documented',
      'GET /zones/zone | status 409 | status | absent | documented',
      'GET /zones/zone | status 429 | status | documented | absent',
      'GET /zones/zone | status 500 | status | documented | absent',
    ]);
  });

  it('errors: a vendor error status without a body (no codes) only checks the status exists', () => {
    const report = compareDocuments(
      ours({
        '/a': {
          get: {
            responses: {
              '400': { description: 'bad', ...json({ type: 'object', properties: { code: { const: 'x' } } }) },
            },
          },
        },
      }),
      vendor({ '/a': { get: { responses: { '400': { description: 'Bad Request' } } } } }),
    );
    expect(only(report)).toEqual([]);
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
          { at: 'status 404', kind: 'status', vendor: 'documented', ours: 'absent', why: 'never sent' },
          // `response.200.body.vm` is a prefix of `…vms` only as a string, not on a boundary: it must not match it
          { at: 'response.200.body.vm', kind: 'type', why: 'type of vm fields' },
        ],
        schema: [
          { at: 'package', kind: 'nullable', vendor: 'non-null', ours: 'nullable', why: 'null without a package' },
        ],
        root: [{ at: 'operation', kind: 'operation', operation: 'get:zones', why: 'zones are out of scope' }],
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
      source: 'schema #/components/schemas/VM',
    });
    expect(report.summary).toMatchObject({ unexplained: 2, explained: 4, unusedDepartures: 0 });
  });

  it('departures: a kind that does not match leaves the difference unexplained, and the departure is reported unused', () => {
    const report = compareDocuments(
      oursDoc({ schema: [{ at: 'package', kind: 'type', why: 'wrong kind' }] }),
      vendorDoc,
    );
    expect(diffs(report)).toContain('GET /vms/vm | response.200.body.vm.package | nullable | non-null | nullable');
    expect(report.unusedDepartures).toMatchObject([
      { at: 'package', kind: 'type', source: 'schema #/components/schemas/VM' },
    ]);
  });

  it('departures: `at: *` at root with a kind explains every difference of that kind', () => {
    const report = compareDocuments(
      oursDoc({ root: [{ at: '*', kind: 'type', why: 'types differ by design' }] }),
      vendorDoc,
    );
    expect(diffs(report, true)).toEqual([
      'GET /vms/vm | response.200.body.vm.name | type | string | integer',
      'GET /vms/vm | response.200.body.vms | type | string | integer',
    ]);
  });

  it('departures: malformed entries are reported and never applied', () => {
    const report = compareDocuments(
      oursDoc({ operation: [{ at: 'status 404' }, { at: 'status 404', kind: 'gone', why: 'x' }], root: { at: 'x' } }),
      vendorDoc,
    );
    expect(report.invalidDepartures).toEqual([
      'root: x-departures must be a list of {at, kind?, vendor, ours, why}',
      'operation GET /vms/vm: x-departures[0] (status 404) has no `why`',
      expect.stringMatching(
        /^operation GET \/vms\/vm: x-departures\[1\] \(status 404\) has unknown kind gone; use one of /,
      ),
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
                    'x-departures': [{ at: '*', kind: 'type', why: 'ints on the wire' }],
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
      ours(oursPaths, { 'x-departures': [{ at: 'response.200.body.a', kind: 'type', why: 'integers on the wire' }] }),
      vendor({ ...paths, '/theirs': { get: { operationId: 'get:theirs', responses: {} } } }),
    );
    const text = renderText('acme', report);
    expect(text).toContain('Only in the vendor document (1):\n\n  GET /theirs  [vendor get:theirs]\n');
    expect(text).toContain('Only in our spec (1):\n\n  GET /mine  [ours mine]\n');
    expect(text).toContain(
      'Explained by x-departures (7):\n\n  root · at response.200.body.a (type) — 7 differences in 7 operations\n',
    );
    expect(text.match(/why: integers on the wire/g)).toHaveLength(1);
    expect(text).not.toContain('Departures that explain nothing');
    const stale = compareDocuments(
      ours(oursPaths, {
        'x-departures': [
          { at: 'response.200.body.b', why: 'gone' },
          { at: 'security', why: 'not compared' },
        ],
      }),
      vendor(paths),
    );
    expect(renderText('acme', stale)).toContain(
      [
        'Departures that explain nothing (stale, or `at`/`kind` does not match a difference):',
        '',
        '    root: at response.200.body.b',
        '    root: at security — not a location the compare reports (operation, status …, request.…, response.…)',
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
        '',
      ].join('\n'),
    );
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
          'x-departures': [{ at: 'request.query.page', kind: 'missing', why: 'acme ignores page' }],
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
        '  operation GET /zones · at request.query.page (missing) — 1 difference in 1 operation',
        '    why: acme ignores page',
        '    GET /zones  request.query.page  missing: vendor integer · ours absent',
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
