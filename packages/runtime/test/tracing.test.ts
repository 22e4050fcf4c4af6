/**
 * Tracing with OpenTelemetry's own SDK and in-memory exporter: span names, attributes, parentage, error spans, retry
 * and rate-limit events, traceparent on the wire, and no secret in anything a span holds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as api from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import {
  AlwaysOffSampler,
  BasicTracerProvider,
  InMemorySpanExporter,
  type ReadableSpan,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import ts from 'typescript';
import { afterAll, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import { ConfigurationError, NotFoundError, RateLimiter, TimeoutError } from '../src/index.js';
import { type OperationIdTable, openTelemetryTracing } from '../src/vendor-kit.js';
import { connectionReset, fakeFetch, json, stallUntilAborted } from './support/fake-fetch.js';
import { katapultError, TOKEN, testClient } from './support/katapult-like.js';

const baseUrl = 'https://api.example.test/core/v1';
const operationIds: OperationIdTable = {
  '/ping': { get: 'ping' },
  '/items': { get: 'listItems', post: 'createItem' },
  '/items/{id}': { get: 'getItem', put: 'replaceItem', patch: 'updateItem', delete: 'deleteItem' },
};
const loadIds = () => Promise.resolve(operationIds);

const exporter = new InMemorySpanExporter();
const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
/** What the Katapult package's generated `openTelemetry({ api })` makes, over this fixture's table. */
const tracing = openTelemetryTracing('katapult', { api }, loadIds);

beforeAll(() => {
  api.trace.setGlobalTracerProvider(provider);
  api.context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  api.propagation.setGlobalPropagator(new W3CTraceContextPropagator());
});

afterAll(() => {
  api.trace.disable();
  api.context.disable();
  api.propagation.disable();
});

beforeEach(() => exporter.reset());

function onlySpan(): ReadableSpan {
  const spans = exporter.getFinishedSpans();
  expect(spans).toHaveLength(1);
  return spans[0] as ReadableSpan;
}

/** Everything a span would export, as text: to look for secrets in. */
function exported(span: ReadableSpan): string {
  return JSON.stringify({
    name: span.name,
    attributes: span.attributes,
    events: span.events,
    status: span.status,
    links: span.links,
  });
}

describe('one span per call', () => {
  test('named vendor.operationId, kind CLIENT, with the HTTP attributes, the vendor and the operationId', async () => {
    const fake = fakeFetch(json(201, { id: 'it_1', name: 'a' }));
    const { client } = testClient({ baseUrl, fetch: fake.fetch, tracing });
    await client.POST('/items', { body: { name: 'a' } });
    const span = onlySpan();
    expect(span.name).toBe('katapult.createItem');
    expect(span.kind).toBe(api.SpanKind.CLIENT);
    expect(span.instrumentationScope.name).toBe('@cloudspecs/runtime');
    expect(span.attributes).toEqual({
      'http.request.method': 'POST',
      'url.template': '/items',
      'url.full': `${baseUrl}/items`,
      'server.address': 'api.example.test',
      'server.port': 443,
      'http.response.status_code': 201,
      'cloudspecs.vendor': 'katapult',
      'cloudspecs.operation_id': 'createItem',
    });
    expect(span.status.code).toBe(api.SpanStatusCode.UNSET);
    expect(span.events).toEqual([]);
  });

  test('traceparent on the wire carries the span: its trace id and its span id, sampled', async () => {
    const fake = fakeFetch(json(200, { ok: true }));
    const { client } = testClient({ baseUrl, fetch: fake.fetch, tracing });
    await client.GET('/ping');
    const { traceId, spanId } = onlySpan().spanContext();
    expect(fake.requests[0]?.headers.get('traceparent')).toBe(`00-${traceId}-${spanId}-01`);
  });

  test('a call made inside an active span is its child, and the span is active while the request is sent', async () => {
    let activeInFetch: string | undefined;
    const fetch = async () => {
      activeInFetch = api.trace.getActiveSpan()?.spanContext().spanId;
      return json(200, { ok: true });
    };
    const { client } = testClient({ baseUrl, fetch, tracing });
    const tracer = api.trace.getTracer('the user');
    await tracer.startActiveSpan('provision', async (parent) => {
      await client.GET('/ping');
      parent.end();
    });
    const spans = exporter.getFinishedSpans();
    const parent = spans.find((s) => s.name === 'provision');
    const child = spans.find((s) => s.name === 'katapult.ping');
    expect(child?.parentSpanContext?.spanId).toBe(parent?.spanContext().spanId);
    expect(child?.spanContext().traceId).toBe(parent?.spanContext().traceId);
    expect(activeInFetch).toBe(child?.spanContext().spanId);
  });

  test('without an operationId for the path (no table, or a path not in it) the span is named by method and template', async () => {
    const fake = fakeFetch(json(200, { ok: true }));
    const untabled = testClient({ baseUrl, fetch: fake.fetch, tracing: openTelemetryTracing('katapult', { api }) });
    await untabled.client.GET('/items/{id}', { params: { path: { id: 'it_1' } } });
    const empty = openTelemetryTracing('katapult', { api }, async () => ({}));
    const { client } = testClient({ baseUrl, fetch: fake.fetch, tracing: empty });
    await client.request('options' as 'get', '/items');
    expect(exporter.getFinishedSpans().map((s) => [s.name, s.attributes['cloudspecs.operation_id']])).toEqual([
      ['GET /items/{id}', undefined],
      ['OPTIONS /items', undefined],
    ]);
  });

  test('the table of operationIds is loaded once, by the first traced call, for every client given the option', async () => {
    const fake = fakeFetch(json(200, { ok: true }));
    const load = vi.fn(loadIds);
    const shared = openTelemetryTracing('katapult', { api }, load);
    const first = testClient({ baseUrl, fetch: fake.fetch, tracing: shared }).client;
    const second = testClient({ baseUrl, fetch: fake.fetch, tracing: shared }).client;
    expect(load).not.toHaveBeenCalled();
    await Promise.all([first.GET('/ping'), second.GET('/ping')]);
    await first.GET('/ping');
    expect(load).toHaveBeenCalledTimes(1);
    expect(exporter.getFinishedSpans().map((s) => s.name)).toEqual(['katapult.ping', 'katapult.ping', 'katapult.ping']);
  });

  test('a table that fails to load never fails a call: its spans are named by method and template', async () => {
    const fake = fakeFetch(json(200, { ok: true }));
    const failing = openTelemetryTracing('katapult', { api }, () => Promise.reject(new Error('no module')));
    const { client } = testClient({ baseUrl, fetch: fake.fetch, tracing: failing });
    await expect(client.GET('/ping')).resolves.toMatchObject({ data: { ok: true } });
    expect(onlySpan().name).toBe('GET /ping');
  });

  test('a tracerProvider given with the API gets the spans instead of the registered one', async () => {
    const own = new InMemorySpanExporter();
    const tracerProvider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(own)] });
    const fake = fakeFetch(json(200, { ok: true }));
    const { client } = testClient({
      baseUrl,
      fetch: fake.fetch,
      tracing: openTelemetryTracing('katapult', { api, tracerProvider }, loadIds),
    });
    await client.GET('/ping');
    expect(own.getFinishedSpans().map((s) => s.name)).toEqual(['katapult.ping']);
    expect(exporter.getFinishedSpans()).toEqual([]);
  });

  test('a call the sampler drops records nothing and still tells the server it was not sampled', async () => {
    const own = new InMemorySpanExporter();
    const tracerProvider = new BasicTracerProvider({
      sampler: new AlwaysOffSampler(),
      spanProcessors: [new SimpleSpanProcessor(own)],
    });
    const fake = fakeFetch(json(200, { ok: true }));
    const { client } = testClient({
      baseUrl,
      fetch: fake.fetch,
      tracing: openTelemetryTracing('katapult', { api, tracerProvider }),
    });
    await client.GET('/ping');
    expect(own.getFinishedSpans()).toEqual([]);
    expect(fake.requests[0]?.headers.get('traceparent')).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-00$/);
  });

  test.each([[{ api: {} }], [{ api: { ...api, propagation: undefined } }], [{ api, tracerProvider: {} }], [api]])(
    'openTelemetry() given anything but { api } with the OpenTelemetry API is a ConfigurationError: %#',
    (value) => {
      const attempt = () => openTelemetryTracing('katapult', value as never);
      expect(attempt).toThrow(ConfigurationError);
      expect(attempt).toThrow(/openTelemetry\(\) takes \{ api \} with the OpenTelemetry API/);
    },
  );

  test("the tracing option must be made by openTelemetry() of the client package: { api } alone, or another vendor's, is refused", () => {
    const plain = () => testClient({ baseUrl, tracing: { api } as never });
    expect(plain).toThrow(ConfigurationError);
    expect(plain).toThrow(
      /option "tracing" must be made by the client package's openTelemetry\(\): `tracing: openTelemetry\(\{ api \}\)`/,
    );
    const hostways = () => testClient({ baseUrl, tracing: openTelemetryTracing('hostway', { api }) });
    expect(hostways).toThrow(/made by the openTelemetry\(\) of the hostway client package/);
  });
});

describe('error spans', () => {
  test('a 404 in result style: status ERROR, error.type "404", no exception', async () => {
    const fake = fakeFetch(json(404, katapultError('item_not_found')));
    const { client } = testClient({ baseUrl, fetch: fake.fetch, tracing });
    await client.GET('/items/{id}', { params: { path: { id: 'it_9' } } });
    const span = onlySpan();
    expect(span.status).toEqual({ code: api.SpanStatusCode.ERROR });
    expect(span.attributes).toMatchObject({ 'error.type': '404', 'http.response.status_code': 404 });
    expect(span.events).toEqual([]);
  });

  test('a thrown NotFoundError: error.type "404", the status message and an exception event with its class', async () => {
    const fake = fakeFetch(json(404, katapultError('item_not_found')));
    const { client } = testClient({ baseUrl, fetch: fake.fetch, tracing, throwOnError: true });
    const error = await client.GET('/items/{id}', { params: { path: { id: 'it_9' } } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    const span = onlySpan();
    expect(span.status).toEqual({ code: api.SpanStatusCode.ERROR, message: (error as Error).message });
    expect(span.attributes).toMatchObject({ 'error.type': '404', 'http.response.status_code': 404 });
    expect(span.events.map((e) => [e.name, e.attributes?.['exception.type']])).toEqual([
      ['exception', 'NotFoundError'],
    ]);
  });

  test('a timeout: error.type is the class, TimeoutError; the retries are events and resend_count counts them', async () => {
    const fake = fakeFetch(stallUntilAborted);
    const { client } = testClient({ baseUrl, fetch: fake.fetch, tracing, timeout: 10, maxRetries: 1 });
    await expect(client.GET('/ping')).rejects.toThrow(TimeoutError);
    const span = onlySpan();
    expect(span.attributes).toMatchObject({ 'error.type': 'TimeoutError', 'http.request.resend_count': 1 });
    expect(span.attributes['http.response.status_code']).toBeUndefined();
    expect(span.events.map((e) => e.name)).toEqual(['cloudspecs.retry', 'exception']);
    expect(span.events[0]?.attributes).toEqual({
      'cloudspecs.attempt': 1,
      'cloudspecs.retry.delay_ms': 250,
      'cloudspecs.retry.reason': 'timed out after 10 ms',
    });
  });

  test('a 503 then a 200: a retry event with the status, resend_count 1, and the span ends OK', async () => {
    const fake = fakeFetch(json(503, katapultError('service_unavailable')), json(200, { ok: true }));
    const { client } = testClient({ baseUrl, fetch: fake.fetch, tracing });
    await client.GET('/ping');
    const span = onlySpan();
    expect(span.status.code).toBe(api.SpanStatusCode.UNSET);
    expect(span.attributes).toMatchObject({ 'http.response.status_code': 200, 'http.request.resend_count': 1 });
    expect(span.events.map((e) => [e.name, e.attributes?.['http.response.status_code']])).toEqual([
      ['cloudspecs.retry', 503],
    ]);
  });

  test('a connection error of a POST: error.type ConnectionError, nothing sent again', async () => {
    const fake = fakeFetch(connectionReset());
    const { client } = testClient({ baseUrl, fetch: fake.fetch, tracing });
    await expect(client.POST('/items', { body: { name: 'a' } })).rejects.toThrow();
    expect(onlySpan().attributes['error.type']).toBe('ConnectionError');
    expect(fake.requests).toHaveLength(1);
  });
});

describe('rate limits in the span', () => {
  test('a wait in the limiter and a 429 hit are events of the span', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
    try {
      let first = true;
      const fetch = async () => {
        if (first) {
          first = false;
          return json(429, katapultError('rate_limit_reached'), { 'retry-after': '1' });
        }
        return json(200, { ok: true });
      };
      const rateLimiter = new RateLimiter({ maxInFlight: 1 });
      const { client } = testClient({ baseUrl, fetch, tracing, rateLimiter });
      const call = client.GET('/ping');
      await vi.advanceTimersByTimeAsync(1_000);
      await call;
    } finally {
      vi.useRealTimers();
    }
    const span = onlySpan();
    expect(span.events.map((e) => [e.name, e.attributes])).toEqual([
      [
        'cloudspecs.rate_limit.hit',
        {
          'cloudspecs.rate_limit.class': 'read',
          'cloudspecs.rate_limit.retry_after_ms': 1_000,
          'cloudspecs.rate_limit.retry_count': 0,
          'cloudspecs.rate_limit.will_retry': true,
          'http.response.status_code': 429,
          'cloudspecs.error_code': 'rate_limit_reached',
        },
      ],
      [
        'cloudspecs.retry',
        {
          'cloudspecs.attempt': 1,
          'cloudspecs.retry.delay_ms': 1_000,
          'cloudspecs.retry.reason': '429 rate_limit_reached: rate limited',
          'http.response.status_code': 429,
        },
      ],
      [
        'cloudspecs.rate_limit.wait',
        { 'cloudspecs.rate_limit.class': 'read', 'cloudspecs.rate_limit.waited_ms': 1_000, 'cloudspecs.attempt': 2 },
      ],
    ]);
    expect(span.attributes).toMatchObject({ 'http.response.status_code': 200, 'http.request.resend_count': 1 });
  });
});

describe('secrets', () => {
  test('no token in any name, attribute, event or status: in the URL, echoed in an error code and message, in a retry reason', async () => {
    const echo = json(
      503,
      { error: { code: `service_unavailable_${TOKEN}`, description: `token ${TOKEN} refused`, detail: {} } },
      {},
    );
    const fake = fakeFetch(echo, json(404, { error: { code: TOKEN, description: `no ${TOKEN}`, detail: {} } }));
    const { client } = testClient({ baseUrl, fetch: fake.fetch, tracing, throwOnError: true });
    await expect(
      client.GET('/items/{id}', { params: { path: { id: TOKEN }, query: { verbose: true } } }),
    ).rejects.toThrow(NotFoundError);
    const span = onlySpan();
    expect(span.events.map((e) => e.name)).toEqual(['cloudspecs.retry', 'exception']);
    expect(span.attributes['url.full']).toBe(`${baseUrl}/items/[REDACTED]?verbose=true`);
    expect(exported(span)).not.toContain(TOKEN);
  });

  test('an error from a middleware quoting the token is redacted in the span too', async () => {
    const fake = fakeFetch(json(200, { ok: true }));
    const { client } = testClient({ baseUrl, fetch: fake.fetch, tracing });
    client.use({
      onRequest() {
        throw new Error(`refusing to send ${TOKEN}`);
      },
    });
    await expect(client.GET('/ping')).rejects.toThrow(TOKEN);
    const span = onlySpan();
    expect(span.status.message).toBe('refusing to send [REDACTED]');
    expect(exported(span)).not.toContain(TOKEN);
  });
});

test('the runtime imports nothing from @opentelemetry: no import, type import, import() or require() of it', () => {
  // TypeScript's own reading of a module's imports (static, type-only, dynamic and require), comments left aside.
  const importsOf = (text: string) => ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
  expect(
    importsOf("import type { Span } from '@opentelemetry/api';\nconst a = () => import('@opentelemetry/api');"),
  ).toEqual(['@opentelemetry/api', '@opentelemetry/api']);
  const src = join(import.meta.dirname, '..', 'src');
  const all = readdirSync(src).flatMap((file) => importsOf(readFileSync(join(src, file), 'utf8')));
  expect(all).toContain('./tracing.js');
  expect(all.filter((name) => name.startsWith('@opentelemetry'))).toEqual([]);
});
