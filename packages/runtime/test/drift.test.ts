/**
 * Drift reporting in the runtime (`validate`, `onDrift`): what a report holds and never holds, de-duplication per
 * client, the logger, strict mode's DriftError, nothing at all when off, and validators that cannot be loaded. The
 * validators are those `pnpm generate` compiles from the fixture spec (support/fixture-openapi.yaml).
 */
import { describe, expect, test, vi } from 'vitest';
import {
  CloudspecsError,
  ConfigurationError,
  type DriftReport,
  DriftError,
  type LogEntry,
  NotFoundError,
  type ValidatorsLoader,
} from '../src/index.js';
import { defineValidators, MAX_DISTINCT_REPORTS, MAX_REPORTS_PER_ANSWER } from '../src/drift.js';
import { createApiClient, type VendorProfile } from '../src/vendor-kit.js';
import { fakeFetch, json } from './support/fake-fetch.js';
import type { paths } from './support/fixture-paths.js';
import { validators } from './support/generated/validators.js';
import { countingBearerAuth, katapultLike, TOKEN } from './support/katapult-like.js';

const BASE = 'https://api.example.test';
/** The fixture's validators are generated for the vendor named like the fixture. */
const profile: VendorProfile = { ...katapultLike, name: validators.vendor };
const load = vi.fn(async () => ({ validators }));
/** A value of the body that must never show up in a report, a log line or an error. */
const SECRET_VALUE = 'value-only-the-body-holds-91c2';

function driftClient(
  options: Parameters<typeof createApiClient<paths>>[0]['options'],
  answers: Response[],
  loader: ValidatorsLoader = load,
) {
  const fake = fakeFetch(...answers);
  const client = createApiClient<paths>({
    vendor: profile,
    defaultBaseUrl: BASE,
    auth: countingBearerAuth(),
    options: { fetch: fake.fetch, ...options },
    validators: { module: '@cloudspecs/fixture/validators', load: loader },
  });
  return { client, fake };
}

const drifted = () =>
  json(200, { id: 42, state: 'paused', extra: SECRET_VALUE, tags: [SECRET_VALUE, 7] /* name missing */ });

describe("validate: 'report'", () => {
  test('a body that breaks the spec: one report per place, naming the operation and the path template, never a value', async () => {
    const reports: DriftReport[] = [];
    const { client } = driftClient({ validate: 'report', onDrift: (report) => reports.push(report) }, [drifted()]);
    const { data } = await client.GET('/items/{id}', { params: { path: { id: 'it-8f2c' } } });
    // Report mode changes nothing about the call.
    expect(data).toMatchObject({ id: 42, state: 'paused' });
    const common = {
      vendor: 'runtime',
      operationId: 'getItem',
      method: 'GET',
      path: '/items/{id}',
      status: 200,
      spec: validators.spec,
    };
    expect(reports).toEqual([
      {
        ...common,
        pointer: '/id',
        kind: 'type',
        severity: 'error',
        expected: 'string',
        seen: 'integer',
        schema: '/components/schemas/Item/properties/id',
      },
      {
        ...common,
        pointer: '/name',
        kind: 'missing',
        severity: 'error',
        expected: 'string',
        seen: 'missing',
        schema: '/components/schemas/Item/properties/name',
      },
      {
        ...common,
        pointer: '/state',
        kind: 'enum',
        severity: 'new',
        expected: 'one of "active", "archived"',
        seen: 'string',
        schema: '/components/schemas/Item/properties/state',
      },
      {
        ...common,
        pointer: '/tags/*',
        kind: 'type',
        severity: 'error',
        expected: 'string',
        seen: 'integer',
        schema: '/components/schemas/Item/properties/tags/items',
      },
      {
        ...common,
        pointer: '/extra',
        kind: 'property',
        severity: 'new',
        expected: 'only the properties the spec declares',
        seen: 'string',
        schema: '/components/schemas/Item',
      },
    ]);
    const text = JSON.stringify(reports);
    expect(text).not.toContain(SECRET_VALUE);
    expect(text).not.toContain('paused');
    expect(text).not.toContain('it-8f2c'); // the path parameter: the URL is never in a report
  });

  test('reports are de-duplicated per client: the same drift again is not reported, another client reports it', async () => {
    const onDrift = vi.fn();
    const { client } = driftClient({ validate: 'report', onDrift }, [drifted(), drifted(), json(200, { id: 'a' })]);
    await client.GET('/items/{id}', { params: { path: { id: 'a' } } });
    expect(onDrift).toHaveBeenCalledTimes(5);
    await client.GET('/items/{id}', { params: { path: { id: 'b' } } });
    expect(onDrift).toHaveBeenCalledTimes(5);
    // `name` missing again: known; nothing else is wrong with this body.
    await client.GET('/items/{id}', { params: { path: { id: 'c' } } });
    expect(onDrift).toHaveBeenCalledTimes(5);
    const other = driftClient({ validate: 'report', onDrift }, [drifted()]);
    await other.client.GET('/items/{id}', { params: { path: { id: 'a' } } });
    expect(onDrift).toHaveBeenCalledTimes(10);
  });

  test('every item of a list with the same drift is one report', async () => {
    const onDrift = vi.fn();
    const items = Array.from({ length: 30 }, (_, i) => ({ id: `i${i}`, name: 7 }));
    const { client } = driftClient({ validate: 'report', onDrift }, [
      json(200, { items, pagination: { current_page: 1, total_pages: 1 } }),
    ]);
    await client.GET('/items');
    expect(onDrift.mock.calls.map(([report]) => [report.pointer, report.kind])).toEqual([['/items/*/name', 'type']]);
  });

  test("each report goes to the client's logger as a warn entry, with the report and without a URL", async () => {
    const entries: LogEntry[] = [];
    const { client } = driftClient({ validate: 'report', logger: { level: 'warn', sink: (e) => entries.push(e) } }, [
      drifted(),
    ]);
    await client.GET('/items/{id}', { params: { path: { id: 'it-8f2c' } } });
    const drift = entries.filter((entry) => entry.drift !== undefined);
    expect(drift).toHaveLength(5);
    expect(drift[0]).toMatchObject({
      level: 'warn',
      vendor: 'runtime',
      method: 'GET',
      status: 200,
      message:
        'runtime: drift (error): GET /items/{id} 200: /id: string expected, integer seen [/components/schemas/Item/properties/id]',
    });
    expect(drift[0]).not.toHaveProperty('url');
    expect(JSON.stringify(entries)).not.toContain(SECRET_VALUE);
  });

  test('an undeclared property named like a credential is reported redacted', async () => {
    const reports: DriftReport[] = [];
    const { client } = driftClient({ validate: 'report', onDrift: (r) => reports.push(r) }, [
      json(200, { id: 'a', name: 'b', [TOKEN]: true }),
    ]);
    await client.GET('/items/{id}', { params: { path: { id: 'a' } } });
    expect(reports.map((r) => r.pointer)).toEqual(['/[REDACTED]']);
  });

  test('an error body is checked too, and the call fails as it would anyway', async () => {
    const reports: DriftReport[] = [];
    const { client } = driftClient({ validate: 'strict', onDrift: (r) => reports.push(r) }, [
      json(404, { error: { code: 'item_gone' } }),
    ]);
    await expect(client.GET('/items/{id}', { params: { path: { id: 'a' } }, throwOnError: true })).rejects.toThrow(
      NotFoundError,
    );
    expect(reports.map((r) => [r.status, r.pointer, r.kind])).toEqual([[404, '/error/description', 'missing']]);
  });

  test('a status the operation does not document, answered in JSON, is reported as new; a proxy page is not', async () => {
    const reports: DriftReport[] = [];
    const { client } = driftClient({ validate: 'report', onDrift: (r) => reports.push(r) }, [
      json(409, { error: { code: 'conflict', description: 'x' } }),
      new Response('<html>bad gateway</html>', { status: 502, headers: { 'content-type': 'text/html' } }),
    ]);
    await client.GET('/items/{id}', { params: { path: { id: 'a' } }, maxRetries: 0 });
    await client.GET('/items/{id}', { params: { path: { id: 'a' } }, maxRetries: 0 });
    expect(reports).toMatchObject([
      {
        status: 409,
        pointer: '',
        kind: 'status',
        severity: 'new',
        expected: 'a documented status (200, 404)',
        seen: 'object',
        schema: '/paths/~1items~1{id}/get/responses',
      },
    ]);
  });

  test('a throwing onDrift changes nothing about the call', async () => {
    const { client } = driftClient(
      {
        validate: 'report',
        onDrift: () => {
          throw new Error('broken callback');
        },
      },
      [drifted()],
    );
    const { data } = await client.GET('/items/{id}', { params: { path: { id: 'a' } } });
    expect(data).toMatchObject({ id: 42 });
  });

  test('middleware between the client and the answer: the answer it returns is checked', async () => {
    const onDrift = vi.fn();
    const { client } = driftClient({ validate: 'report', onDrift }, [json(200, { id: 'a', name: 'b' })]);
    client.use({ onResponse: () => json(200, { id: 'a' }) });
    await client.GET('/items/{id}', { params: { path: { id: 'a' } } });
    expect(onDrift.mock.calls.map(([report]) => report.pointer)).toEqual(['/name']);
  });

  test(`at most ${MAX_REPORTS_PER_ANSWER} reports per answer, ${MAX_DISTINCT_REPORTS} distinct per client, then one warning`, async () => {
    const onDrift = vi.fn();
    const entries: LogEntry[] = [];
    const bodies = Array.from({ length: 25 }, (_, call) =>
      json(200, {
        id: 'a',
        name: 'b',
        ...Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`new_${call}_${i}`, 1])),
      }),
    );
    const { client } = driftClient(
      { validate: 'report', onDrift, logger: { level: 'warn', sink: (e) => entries.push(e) } },
      bodies,
    );
    await client.GET('/items/{id}', { params: { path: { id: 'a' } } });
    expect(onDrift).toHaveBeenCalledTimes(MAX_REPORTS_PER_ANSWER);
    for (let call = 1; call < 25; call++) await client.GET('/items/{id}', { params: { path: { id: 'a' } } });
    expect(onDrift).toHaveBeenCalledTimes(MAX_DISTINCT_REPORTS);
    expect(entries.filter((e) => e.message.includes('distinct reports from this client'))).toHaveLength(1);
  });
});

describe("validate: 'strict'", () => {
  test('a 2xx body the spec does not allow throws DriftError, with the reports JSON Schema refuses and no value', async () => {
    const { client } = driftClient({ validate: 'strict' }, [drifted()]);
    const error = await client.GET('/items/{id}', { params: { path: { id: 'it-8f2c' } } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DriftError);
    expect(error).toBeInstanceOf(CloudspecsError);
    const drift = error as DriftError;
    expect(drift.name).toBe('DriftError');
    expect(drift).toMatchObject({ vendor: 'runtime', operationId: 'getItem', method: 'GET', path: '/items/{id}' });
    // The new property is new, not refused: the object is open.
    expect(drift.reports.map((r) => `${r.kind} ${r.pointer}`)).toEqual([
      'type /id',
      'missing /name',
      'enum /state',
      'type /tags/*',
    ]);
    expect(drift.message).toBe(
      "runtime: GET /items/{id} (getItem) answered 200 with a body the spec does not allow: /id: string expected, integer seen (and 3 more: see `reports`). Use validate: 'report' to be told without failing, and send the reports to the project (pnpm spec:drift).",
    );
    const json = JSON.stringify(drift);
    expect(JSON.parse(json)).toMatchObject({ name: 'DriftError', status: 200, reports: drift.reports });
    for (const text of [json, String(drift), drift.stack ?? '']) {
      expect(text).not.toContain(SECRET_VALUE);
      expect(text).not.toContain('it-8f2c');
    }
  });

  test('only new properties: nothing is thrown, the report is made', async () => {
    const onDrift = vi.fn();
    const { client } = driftClient({ validate: 'strict', onDrift }, [json(200, { id: 'a', name: 'b', added: 1 })]);
    const { data } = await client.GET('/items/{id}', { params: { path: { id: 'a' } } });
    expect(data).toEqual({ id: 'a', name: 'b', added: 1 });
    expect(onDrift).toHaveBeenCalledTimes(1);
  });

  test('the same drift throws on every call, while it is reported once', async () => {
    const onDrift = vi.fn();
    const { client } = driftClient({ validate: 'strict', onDrift }, [json(200, { id: 1, name: 'b' })]);
    await expect(client.GET('/items/{id}', { params: { path: { id: 'a' } } })).rejects.toThrow(DriftError);
    await expect(client.GET('/items/{id}', { params: { path: { id: 'a' } } })).rejects.toThrow(DriftError);
    expect(onDrift).toHaveBeenCalledTimes(1);
  });
});

describe('validation off', () => {
  for (const validate of [undefined, 'off'] as const) {
    test(`validate: ${String(validate)}: the validators are never loaded, nothing is reported, the body is returned`, async () => {
      const loader = vi.fn(async () => ({ validators }));
      const onDrift = vi.fn();
      const entries: LogEntry[] = [];
      const { client } = driftClient(
        { ...(validate ? { validate } : {}), onDrift, logger: { level: 'debug', sink: (e) => entries.push(e) } },
        [drifted()],
        loader,
      );
      const { data } = await client.GET('/items/{id}', { params: { path: { id: 'a' } } });
      expect(data).toMatchObject({ id: 42 });
      expect(loader).not.toHaveBeenCalled();
      expect(onDrift).not.toHaveBeenCalled();
      expect(entries.filter((e) => e.drift !== undefined || e.message.includes('drift'))).toEqual([]);
    });
  }
});

describe('validators that cannot be used', () => {
  const failing = async () => {
    throw new Error("Cannot find module '@cloudspecs/fixture/validators'");
  };

  test('report mode: one error log entry saying how to give them, and every call still answers', async () => {
    const entries: LogEntry[] = [];
    const { client } = driftClient(
      { validate: 'report', logger: { level: 'error', sink: (e) => entries.push(e) } },
      [json(200, { id: 'a', name: 'b' })],
      failing,
    );
    await client.GET('/items/{id}', { params: { path: { id: 'a' } } });
    await client.GET('/items/{id}', { params: { path: { id: 'a' } } });
    expect(entries.map((e) => e.message)).toEqual([
      "runtime: validate: 'report' could not load the response validators (Cannot find module '@cloudspecs/fixture/validators'). In an app built by a bundler, pass the option validators: () => import('@cloudspecs/fixture/validators'). Responses are not checked.",
    ]);
  });

  test('strict mode: every call fails with ConfigurationError naming the validators option', async () => {
    const { client } = driftClient({ validate: 'strict' }, [json(200, { id: 'a', name: 'b' })], failing);
    const error = await client.GET('/items/{id}', { params: { path: { id: 'a' } } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error).toMatchObject({ option: 'validators' });
  });

  test("another vendor's validators are refused", async () => {
    const other = defineValidators({ vendor: 'elsewhere', spec: '1+0', nodes: [], operations: {} });
    const { client } = driftClient({ validate: 'strict' }, [json(200, { id: 'a', name: 'b' })], async () => ({
      validators: other,
    }));
    await expect(client.GET('/items/{id}', { params: { path: { id: 'a' } } })).rejects.toThrow(
      `runtime: validate: 'strict' could not load the response validators (runtime: the response validators given are "elsewhere"'s, not runtime's).`,
    );
  });

  test('a client whose vendor package has no validators and no validators option: strict mode says so', async () => {
    const client = createApiClient<paths>({
      vendor: profile,
      defaultBaseUrl: BASE,
      auth: countingBearerAuth(),
      options: { validate: 'strict', fetch: fakeFetch(json(200, { id: 'a', name: 'b' })).fetch },
    });
    await expect(client.GET('/items/{id}', { params: { path: { id: 'a' } } })).rejects.toThrow(
      'could not load the response validators (this client comes without them: give the validators option)',
    );
  });

  test("the validators option wins over the vendor's own", async () => {
    const own = vi.fn(async () => ({ validators }));
    const onDrift = vi.fn();
    const { client } = driftClient(
      { validate: 'report', onDrift, validators: own },
      [json(200, { id: 1, name: 'b' })],
      failing,
    );
    await client.GET('/items/{id}', { params: { path: { id: 'a' } } });
    expect(own).toHaveBeenCalledTimes(1);
    expect(onDrift).toHaveBeenCalledTimes(1);
  });
});

describe('the options', () => {
  test('validate must be off, report or strict; onDrift and validators functions', () => {
    const make = (options: object) => () => driftClient(options as never, [json(200, {})]);
    expect(make({ validate: 'loud' })).toThrow(ConfigurationError);
    expect(make({ validate: 'loud' })).toThrow(
      'runtime: option "validate" must be one of off, report, strict; got "loud".',
    );
    expect(make({ validate: 'report', onDrift: 'log' })).toThrow(/option "onDrift" must be a function/);
    expect(make({ validate: 'report', validators: '@x/validators' })).toThrow(/option "validators" must be a function/);
  });
});
