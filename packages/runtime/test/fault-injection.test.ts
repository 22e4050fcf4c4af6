/**
 * The runtime against a real HTTP server over a real socket, with scripted faults. Every test checks the outcome and
 * how many requests the server received: a POST is never executed twice.
 */
import { inspect } from 'node:util';
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import {
  AbortError,
  ApiError,
  AuthenticationError,
  ConnectionError,
  type LogEntry,
  NotFoundError,
  RateLimitError,
  ResponseParseError,
  ServerError,
  ServiceUnavailableError,
  TimeoutError,
} from '../src/index.js';
import { type FaultServer, closedPort, startFaultServer } from './support/fault-server.js';
import { TOKEN, katapultError, testClient } from './support/katapult-like.js';

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());
afterEach(() => server.reset());

const item = { id: 'it_1', name: 'a' };

describe('429 and Retry-After', () => {
  test('GET: 429 with Retry-After in seconds is retried after that many seconds', async () => {
    server.script(
      { status: 429, headers: { 'retry-after': '2' }, json: katapultError('rate_limit_reached') },
      { status: 200, json: item },
    );
    const { client, delays } = testClient({ baseUrl: server.url });
    const result = await client.GET('/items/{id}', { params: { path: { id: 'it_1' } } });
    expect(result.data).toEqual(item);
    expect(delays).toEqual([2_000]);
    expect(server.received).toHaveLength(2);
  });

  test('POST: 429 with Retry-After as an HTTP date is retried (the server did not execute it)', async () => {
    const date = new Date(Date.now() + 3_000).toUTCString();
    server.script(
      { status: 429, headers: { 'retry-after': date }, json: katapultError('rate_limit_reached') },
      { status: 201, json: item },
    );
    const { client, delays } = testClient({ baseUrl: server.url });
    const result = await client.POST('/items', { body: { name: 'a' } });
    expect(result.data).toEqual(item);
    expect(delays).toHaveLength(1);
    // An HTTP date has whole seconds: the wait is between 1 and 3 s.
    expect(delays[0]).toBeGreaterThanOrEqual(1_000);
    expect(delays[0]).toBeLessThanOrEqual(3_000);
    expect(server.received.map((r) => r.body)).toEqual(['{"name":"a"}', '{"name":"a"}']);
  });

  test('GET: 429 with a Retry-After over the 60 s cap is not waited for: RateLimitError with retryAfterMs', async () => {
    server.script({ status: 429, headers: { 'retry-after': '3600' }, json: katapultError('rate_limit_reached') });
    const { client, delays } = testClient({ baseUrl: server.url, throwOnError: true });
    const error = await client.GET('/ping').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ status: 429, code: 'rate_limit_reached', retryAfterMs: 3_600_000, attempts: 1 });
    expect(delays).toEqual([]);
    expect(server.received).toHaveLength(1);
  });

  test('GET: 429 on every attempt ends in RateLimitError after maxRetries', async () => {
    server.script(
      ...Array.from({ length: 3 }, () => ({
        status: 429,
        headers: { 'retry-after': '0' },
        json: katapultError('rate_limit_reached'),
      })),
    );
    const { client } = testClient({ baseUrl: server.url, maxRetries: 2, throwOnError: true });
    const error = await client.GET('/ping').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).attempts).toBe(3);
    expect(server.received).toHaveLength(3);
  });
});

describe('503 with Katapult codes', () => {
  test('POST: 503 service_unavailable is retried (the vendor says it was not executed)', async () => {
    server.script({ status: 503, json: katapultError('service_unavailable') }, { status: 201, json: item });
    const { client, delays } = testClient({ baseUrl: server.url });
    const result = await client.POST('/items', { body: { name: 'a' } });
    expect(result.data).toEqual(item);
    expect(delays).toEqual([250]); // full jitter: random 0.5 of the first ceiling, 500 ms
    expect(server.received).toHaveLength(2);
  });

  test('POST: 503 no_available_addresses is not retried', async () => {
    server.script({ status: 503, json: katapultError('no_available_addresses', 'There are no available addresses') });
    const { client } = testClient({ baseUrl: server.url, throwOnError: true });
    const error = await client.POST('/items', { body: { name: 'a' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect(error).toMatchObject({ status: 503, code: 'no_available_addresses', method: 'POST', attempts: 1 });
    expect((error as Error).message).toContain('There are no available addresses');
    expect(server.received).toHaveLength(1);
  });

  test('GET: 503 no_available_addresses is retried until maxRetries (GET is idempotent)', async () => {
    server.script(...Array.from({ length: 3 }, () => ({ status: 503, json: katapultError('no_available_addresses') })));
    const { client, delays } = testClient({ baseUrl: server.url, maxRetries: 2 });
    const result = await client.GET('/ping');
    expect(result.response.status).toBe(503);
    expect(ApiError.from(result)).toBeInstanceOf(ServiceUnavailableError);
    expect(delays).toEqual([250, 500]);
    expect(server.received).toHaveLength(3);
  });
});

describe('connection resets', () => {
  test('POST: a connection reset before the body is read is not retried', async () => {
    server.script({ reset: 'before-body' }, { status: 201, json: item });
    const { client } = testClient({ baseUrl: server.url });
    const error = await client.POST('/items', { body: { name: 'a' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toMatch(
      /^katapult: POST http:\/\/127\.0\.0\.1:\d+\/items failed before an HTTP answer/,
    );
    expect((error as Error).message).toContain('Not retried');
    expect(server.received).toHaveLength(1);
  });

  test('POST: a connection reset after the body is read is not retried', async () => {
    server.script({ reset: 'after-body' }, { status: 201, json: item });
    const { client } = testClient({ baseUrl: server.url });
    await expect(client.POST('/items', { body: { name: 'a' } })).rejects.toBeInstanceOf(ConnectionError);
    expect(server.received).toHaveLength(1);
    expect(server.received[0]?.body).toBe('{"name":"a"}');
  });

  test('PUT: a connection reset is retried, with the same body and a fresh signature', async () => {
    server.script({ reset: 'after-body' }, { status: 200, json: item });
    const { client, auth } = testClient({ baseUrl: server.url });
    const result = await client.PUT('/items/{id}', { params: { path: { id: 'it_1' } }, body: { name: 'a' } });
    expect(result.data).toEqual(item);
    expect(server.received.map((r) => r.body)).toEqual(['{"name":"a"}', '{"name":"a"}']);
    expect(server.received.map((r) => r.headers.authorization)).toEqual([`Bearer ${TOKEN}`, `Bearer ${TOKEN}`]);
    expect(auth.applied).toBe(2);
  });

  test('POST: a refused connection is retried, since nothing was sent', async () => {
    const port = await closedPort();
    let attempts = 0;
    const { client } = testClient({
      baseUrl: `http://127.0.0.1:${port}`,
      maxRetries: 2,
      fetch: (request) => {
        attempts++;
        return fetch(request);
      },
    });
    const error = await client.POST('/items', { body: { name: 'a' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error).toMatchObject({ errorCode: 'ECONNREFUSED', attempts: 3 });
    expect(attempts).toBe(3);
  });
});

describe('timeouts and cancellation', () => {
  test('GET: a response that stalls past the timeout is retried, then TimeoutError names method, URL and ms', async () => {
    server.script({ stall: true }, { stall: true });
    const { client } = testClient({ baseUrl: server.url, timeout: 100, maxRetries: 1 });
    const error = await client.GET('/items/{id}', { params: { path: { id: 'it_1' } } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toMatch(
      /^katapult: GET http:\/\/127\.0\.0\.1:\d+\/items\/it_1 timed out: no answer within 100 ms \[after 2 attempts\]/,
    );
    expect(error).toMatchObject({ method: 'GET', timeoutMs: 100, attempts: 2 });
    expect((error as TimeoutError).waitedMs).toBeGreaterThanOrEqual(90);
    expect(server.received).toHaveLength(2);
  });

  test('POST: a stalled response is not retried (it may have been executed)', async () => {
    server.script({ stall: true }, { status: 201, json: item });
    const { client } = testClient({ baseUrl: server.url, timeout: 100 });
    await expect(client.POST('/items', { body: { name: 'a' } })).rejects.toBeInstanceOf(TimeoutError);
    expect(server.received).toHaveLength(1);
  });

  test('GET: the per-request timeout overrides the client timeout', async () => {
    server.script({ stall: true });
    const { client } = testClient({ baseUrl: server.url, timeout: 60_000, maxRetries: 0 });
    const started = performance.now();
    const error = await client.GET('/ping', { timeout: 50 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'TimeoutError', timeoutMs: 50 });
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(server.received).toHaveLength(1);
  });

  test("GET: the caller's abort during a stall is AbortError, marked as cancelled by the caller, not retried", async () => {
    server.script({ stall: true }, { status: 200, json: { ok: true } });
    const { client } = testClient({ baseUrl: server.url, timeout: 5_000 });
    const controller = new AbortController();
    const call = client.GET('/ping', { signal: controller.signal }).catch((e: unknown) => e);
    // Aborted once the server holds the request (not after a fixed delay, which a loaded machine may not reach it in).
    await vi.waitFor(() => expect(server.received).toHaveLength(1), { timeout: 10_000, interval: 5 });
    controller.abort();
    const error = await call;
    expect(error).toBeInstanceOf(AbortError);
    expect(error).toMatchObject({ name: 'AbortError', cancelledByCaller: true, method: 'GET' });
    expect((error as Error).message).toContain("cancelled by the caller's signal");
    expect(server.received).toHaveLength(1);
  });

  test('no timer is left behind after a request (nothing keeps Node alive)', async () => {
    server.script({ status: 200, json: { ok: true } });
    const { client } = testClient({ baseUrl: server.url, timeout: 60_000 });
    const timers = () => process.getActiveResourcesInfo().filter((resource) => resource === 'Timeout').length;
    const before = timers();
    await client.GET('/ping');
    // at most as many as before: a timer of the test runner's own may end meanwhile, a leaked one would add to them
    expect(timers()).toBeLessThanOrEqual(before);
    expect(server.received).toHaveLength(1);
  });
});

describe('bodies that are not what the API documents', () => {
  test('GET: malformed JSON on 200 is a ResponseParseError, also in result style, never a SyntaxError', async () => {
    server.script({ status: 200, headers: { 'content-type': 'application/json' }, text: '{"id": "it_1", "na' });
    const { client } = testClient({ baseUrl: server.url });
    const error = await client.GET('/items/{id}', { params: { path: { id: 'it_1' } } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseParseError);
    expect(error).toMatchObject({ status: 200, contentType: 'application/json', snippet: '{"id": "it_1", "na' });
    expect((error as Error).message).toContain('not valid JSON');
    expect(server.received).toHaveLength(1);
  });

  test('GET: an HTML 502 page from a proxy is retried, then a ServerError that says what arrived', async () => {
    const page = {
      status: 502,
      headers: { 'content-type': 'text/html' },
      text: '<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>',
    };
    server.script(page, page, page);
    const { client } = testClient({ baseUrl: server.url, throwOnError: true });
    const error = await client.GET('/ping').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect((error as Error).message).toContain('an HTML page titled "502 Bad Gateway" (content-type text/html)');
    expect((error as ServerError).body).toContain('<title>502 Bad Gateway</title>');
    expect(server.received).toHaveLength(3);
  });

  test("GET: Hostway's plain-text 401 is an AuthenticationError carrying the text, not retried", async () => {
    server.script({
      status: 401,
      headers: { 'content-type': 'text/plain' },
      text: 'This server could not verify that you are authorized',
    });
    const { client } = testClient({ baseUrl: server.url, throwOnError: true });
    const error = await client.GET('/ping').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({
      status: 401,
      code: undefined,
      body: 'This server could not verify that you are authorized',
    });
    expect((error as Error).message).toContain('Check the credentials');
    expect(server.received).toHaveLength(1);
  });

  test('GET: a 200 with an empty body labelled JSON is a ResponseParseError', async () => {
    server.script({ status: 200, headers: { 'content-type': 'application/json' } });
    const { client } = testClient({ baseUrl: server.url });
    const error = await client.GET('/ping').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseParseError);
    expect((error as Error).message).toContain('an empty body labelled application/json');
    expect(server.received).toHaveLength(1);
  });

  test('DELETE: 204 without a body is a success with no data', async () => {
    server.script({ status: 204 });
    const { client } = testClient({ baseUrl: server.url });
    const result = await client.DELETE('/items/{id}', { params: { path: { id: 'it_1' } } });
    expect(result.error).toBeUndefined();
    expect(result.data).toBeUndefined();
    expect(result.response.status).toBe(204);
    expect(server.received).toHaveLength(1);
  });
});

describe('errors and credentials', () => {
  test('GET: 404 in result style gives the typed body; ApiError.from(result) gives NotFoundError', async () => {
    server.script({
      status: 404,
      json: katapultError('item_not_found', 'No item was found matching any of the criteria'),
    });
    const { client } = testClient({ baseUrl: server.url });
    const result = await client.GET('/items/{id}', { params: { path: { id: 'it_9' } } });
    expect(result.error).toEqual(katapultError('item_not_found', 'No item was found matching any of the criteria'));
    const error = ApiError.from(result);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error?.message).toMatch(
      /^katapult: GET http:\/\/127\.0\.0\.1:\d+\/items\/it_9 failed with 404 Not Found \(item_not_found\): No item was found/,
    );
    expect(server.received).toHaveLength(1);
  });

  test('a server that echoes the token back: no error text, JSON, inspect output or log line contains it', async () => {
    server.script({ status: 403, json: katapultError('invalid_api_token', `The token Bearer ${TOKEN} is not valid`) });
    const logs: LogEntry[] = [];
    const { client } = testClient({
      baseUrl: server.url,
      throwOnError: true,
      logger: { level: 'debug', sink: (entry) => logs.push(entry) },
    });
    const error = await client.GET('/ping').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError); // the vendor maps 403 invalid_api_token to authentication
    const texts = [
      String(error),
      (error as Error).stack,
      JSON.stringify(error),
      inspect(error, { depth: 10 }),
      JSON.stringify(logs),
    ];
    for (const text of texts) expect(text).not.toContain(TOKEN);
    expect((error as Error).message).toContain('[REDACTED]');
    expect(logs.length).toBeGreaterThan(0);
    expect(server.received[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });
});
