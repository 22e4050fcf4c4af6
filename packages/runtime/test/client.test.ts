/** createApiClient with an injected fake fetch: options, headers, hooks, logging and cancellation. */
import { inspect } from 'node:util';
import { describe, expect, test, vi } from 'vitest';
import {
  AbortError,
  ConfigurationError,
  ConnectionError,
  type LogEntry,
  NotFoundError,
  type RetryEvent,
  TimeoutError,
  ValidationError,
} from '../src/index.js';
import { createApiClient } from '../src/vendor-kit.js';
import type { paths } from './support/fixture-paths.js';
import { connectionRefused, connectionReset, fakeFetch, json, stallUntilAborted } from './support/fake-fetch.js';
import { TOKEN, countingBearerAuth, katapultError, katapultLike, testClient } from './support/katapult-like.js';

const baseUrl = 'https://api.example.test/core/v1';
const item = { id: 'it_1', name: 'a' };

describe('requests', () => {
  test('the path, query, body and bearer token reach fetch', async () => {
    const fake = fakeFetch(json(201, item));
    const { client } = testClient({ baseUrl, fetch: fake.fetch });
    const result = await client.POST('/items', { body: { name: 'a' } });
    expect(result.data).toEqual(item);
    expect(fake.requests).toMatchObject([{ method: 'POST', url: `${baseUrl}/items`, body: '{"name":"a"}' }]);
    expect(fake.requests[0]?.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
  });

  test('request(method, path) works like the shortcuts', async () => {
    const fake = fakeFetch(json(200, item));
    const { client } = testClient({ baseUrl, fetch: fake.fetch });
    const result = await client.request('get', '/items/{id}', {
      params: { path: { id: 'it_1' }, query: { verbose: true } },
    });
    expect(result.data).toEqual(item);
    expect(fake.requests[0]?.url).toBe(`${baseUrl}/items/it_1?verbose=true`);
  });

  test("requestHeaders: the vendor's per-operation headers are sent; the user's headers win over them", async () => {
    const fake = fakeFetch(json(200, { ok: true }));
    const requestHeaders = vi.fn(() => ({ 'Scp-Api-Version': 'virtualserver 1.3', 'X-Vendor': 'v' }));
    const { client } = testClient(
      { baseUrl, fetch: fake.fetch, headers: { 'X-Vendor': 'client' } },
      { requestHeaders },
    );
    await client.GET('/ping');
    await client.GET('/ping', { headers: { 'Scp-Api-Version': 'virtualserver 1.0' } });
    expect(requestHeaders).toHaveBeenCalledWith({ method: 'GET', schemaPath: '/ping', options: {} });
    expect(fake.requests.map((r) => [r.headers.get('scp-api-version'), r.headers.get('x-vendor')])).toEqual([
      ['virtualserver 1.3', 'client'],
      ['virtualserver 1.0', 'client'],
    ]);
  });

  test("callOptions: a vendor's own per-call options reach requestHeaders and not fetch; a throw there sends nothing", async () => {
    const fake = fakeFetch(json(200, { ok: true }));
    const requestHeaders = vi.fn(({ options }: { options: Record<string, unknown> }) => {
      if (options.apiVersion === 'bad') throw new ConfigurationError('bad version', { option: 'apiVersion' });
      return options.apiVersion === undefined ? undefined : { 'X-Version': String(options.apiVersion) };
    });
    const { client } = testClient(
      {
        baseUrl,
        fetch: fake.fetch,
      },
      { requestHeaders, callOptions: ['apiVersion'] },
    );
    const call = client.GET as (path: string, init?: object) => Promise<unknown>;
    await call('/ping', { apiVersion: '1.3' });
    await call('/ping');
    await expect(call('/ping', { apiVersion: 'bad' })).rejects.toThrow(ConfigurationError);
    expect(requestHeaders.mock.calls.map(([ctx]) => ctx.options)).toEqual([
      { apiVersion: '1.3' },
      {},
      { apiVersion: 'bad' },
    ]);
    expect(fake.requests.map((r) => r.headers.get('x-version'))).toEqual(['1.3', null]);
  });

  test("parseAs: 'stream' hands over the body unread; the timeout ends with the headers", async () => {
    const fake = fakeFetch(json(200, item));
    const { client } = testClient({ baseUrl, fetch: fake.fetch, timeout: 30 });
    const result = await client.GET('/ping', { parseAs: 'stream' });
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(await new Response(result.data).json()).toEqual(item);
  });

  test('a 200 whose body is valid JSON under a text/plain label is accepted', async () => {
    const fake = fakeFetch(new Response('{"ok":true}', { status: 200, headers: { 'content-type': 'text/plain' } }));
    const { client } = testClient({ baseUrl, fetch: fake.fetch });
    expect((await client.GET('/ping')).data).toEqual({ ok: true });
  });

  test('a 200 with an empty, unlabelled body is a success without data (as in openapi-fetch)', async () => {
    const fake = fakeFetch(new Response('', { status: 200 }));
    const { client } = testClient({ baseUrl, fetch: fake.fetch });
    expect((await client.GET('/ping')).data).toBeUndefined();
  });

  test('a custom fetch is called as a plain function (browsers reject fetch called as a method)', async () => {
    let receiver: unknown = 'not called';
    function plainFetch(this: unknown, _request: Request): Promise<Response> {
      receiver = this;
      return Promise.resolve(json(200, { ok: true }));
    }
    const { client } = testClient({ baseUrl, fetch: plainFetch });
    await client.GET('/ping');
    expect(receiver).toBeUndefined();
  });

  test('middleware registered with use() sees the request and can be ejected', async () => {
    const fake = fakeFetch(json(200, { ok: true }));
    const { client } = testClient({ baseUrl, fetch: fake.fetch });
    const seen: string[] = [];
    const middleware = {
      onRequest: ({ request }: { request: Request }) => {
        seen.push(request.url);
        return undefined;
      },
    };
    client.use(middleware);
    await client.GET('/ping');
    client.eject(middleware);
    await client.GET('/ping');
    expect(seen).toEqual([`${baseUrl}/ping`]);
  });
});

describe('retries', () => {
  test('the request body is sent again, whole, on every attempt', async () => {
    const fake = fakeFetch(connectionReset(), json(500, {}), json(200, item));
    const { client, auth } = testClient({ baseUrl, fetch: fake.fetch });
    const result = await client.PUT('/items/{id}', { params: { path: { id: 'it_1' } }, body: { name: 'a' } });
    expect(result.data).toEqual(item);
    expect(fake.requests.map((r) => r.body)).toEqual(['{"name":"a"}', '{"name":"a"}', '{"name":"a"}']);
    expect(auth.applied).toBe(3);
  });

  test('per-request maxRetries: 0 makes one attempt', async () => {
    const fake = fakeFetch(json(500, {}), json(200, item));
    const { client } = testClient({ baseUrl, fetch: fake.fetch, maxRetries: 5 });
    const result = await client.GET('/ping', { maxRetries: 0 });
    expect(result.response.status).toBe(500);
    expect(fake.requests).toHaveLength(1);
  });

  test('onRetry reports attempt, delay, reason, method, redacted URL and status', async () => {
    const fake = fakeFetch(json(503, katapultError('service_unavailable')), connectionRefused(), json(201, item));
    const events: RetryEvent[] = [];
    const { client } = testClient({ baseUrl, fetch: fake.fetch, onRetry: (event) => events.push(event) });
    await client.POST('/items', { body: { name: 'a' } });
    expect(events).toEqual([
      {
        attempt: 1,
        delayMs: 250,
        reason: '503 service_unavailable: the server did not execute the request',
        method: 'POST',
        url: `${baseUrl}/items`,
        status: 503,
      },
      {
        attempt: 2,
        delayMs: 500,
        reason: 'connection failed before anything was sent (ECONNREFUSED)',
        method: 'POST',
        url: `${baseUrl}/items`,
      },
    ]);
  });

  test('an onRetry hook that throws does not change the outcome', async () => {
    const fake = fakeFetch(json(500, {}), json(200, { ok: true }));
    const { client } = testClient({
      baseUrl,
      fetch: fake.fetch,
      onRetry: () => {
        throw new Error('hook bug');
      },
    });
    expect((await client.GET('/ping')).data).toEqual({ ok: true });
  });

  test('POST: a dropped connection is not retried and the message says why', async () => {
    const fake = fakeFetch(connectionReset(), json(201, item));
    const { client } = testClient({ baseUrl, fetch: fake.fetch });
    const error = await client.POST('/items', { body: { name: 'a' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toBe(
      `katapult: POST ${baseUrl}/items failed before an HTTP answer: other side closed (UND_ERR_SOCKET). Not retried: the request may have reached the server, and POST is not idempotent.`,
    );
    expect(fake.requests).toHaveLength(1);
  });
});

describe('throwOnError', () => {
  test('client-wide: a non-2xx throws the error class', async () => {
    const fake = fakeFetch(json(422, katapultError('validation_error', 'Name is missing')));
    const { client } = testClient({ baseUrl, fetch: fake.fetch, throwOnError: true });
    await expect(client.POST('/items', { body: { name: '' } })).rejects.toBeInstanceOf(ValidationError);
  });

  test('per request: throwOnError: false wins over the client-wide true', async () => {
    const fake = fakeFetch(json(404, katapultError('item_not_found')));
    const { client } = testClient({ baseUrl, fetch: fake.fetch, throwOnError: true });
    const result = await client.GET('/items/{id}', { params: { path: { id: 'x' } }, throwOnError: false });
    expect(result.error).toEqual(katapultError('item_not_found'));
  });

  test('per request: throwOnError: true on a result-style client', async () => {
    const fake = fakeFetch(json(404, katapultError('item_not_found')));
    const { client } = testClient({ baseUrl, fetch: fake.fetch });
    await expect(
      client.GET('/items/{id}', { params: { path: { id: 'x' } }, throwOnError: true }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('timeouts and cancellation', () => {
  test('a fetch that ignores the signal still times out', async () => {
    const fake = fakeFetch(() => new Promise<Response>(() => {}));
    const { client } = testClient({ baseUrl, fetch: fake.fetch, timeout: 20, maxRetries: 0 });
    await expect(client.GET('/ping')).rejects.toBeInstanceOf(TimeoutError);
  });

  test('the timer starts with the attempt, not with the client', async () => {
    const fake = fakeFetch(json(200, { ok: true }));
    const { client } = testClient({ baseUrl, fetch: fake.fetch, timeout: 30 });
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect((await client.GET('/ping')).data).toEqual({ ok: true });
  });

  test('a body that stalls after the headers counts against the timeout', async () => {
    const stalledBody = new ReadableStream({ start() {} });
    const fake = fakeFetch(() => new Response(stalledBody, { status: 200 }));
    const { client } = testClient({ baseUrl, fetch: fake.fetch, timeout: 20, maxRetries: 0 });
    await expect(client.GET('/ping')).rejects.toBeInstanceOf(TimeoutError);
  });

  test('a signal aborted before the call: AbortError, nothing sent', async () => {
    const fake = fakeFetch(json(200, { ok: true }));
    const { client } = testClient({ baseUrl, fetch: fake.fetch });
    const reason = new Error('shutting down');
    const error = await client.GET('/ping', { signal: AbortSignal.abort(reason) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect((error as Error).cause).toBe(reason);
    expect(fake.requests).toHaveLength(0);
  });

  test('an abort during the backoff sleep ends the wait at once with AbortError', async () => {
    const fake = fakeFetch(json(503, {}), json(200, { ok: true }));
    const client = createApiClient<paths>({
      vendor: katapultLike,
      defaultBaseUrl: baseUrl,
      auth: countingBearerAuth(),
      options: { fetch: fake.fetch },
      retryPolicy: { initialDelayMs: 60_000, maxDelayMs: 60_000, random: () => 1 },
    });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    const started = performance.now();
    await expect(client.GET('/ping', { signal: controller.signal })).rejects.toBeInstanceOf(AbortError);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(fake.requests).toHaveLength(1);
  });

  test("an abort during an attempt is the caller's, not a timeout, and is not retried", async () => {
    const fake = fakeFetch(stallUntilAborted);
    const { client } = testClient({ baseUrl, fetch: fake.fetch, timeout: 5_000, maxRetries: 3 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 10);
    await expect(client.GET('/ping', { signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
      cancelledByCaller: true,
    });
    expect(fake.requests).toHaveLength(1);
  });
});

describe('credentials never leak', () => {
  test('a secret in the query string is redacted in errors and logs', async () => {
    const fake = fakeFetch(json(404, katapultError('item_not_found')));
    const logs: LogEntry[] = [];
    const { client } = testClient({
      baseUrl,
      fetch: fake.fetch,
      throwOnError: true,
      logger: { level: 'debug', sink: (entry) => logs.push(entry) },
    });
    const error = await client
      .GET('/items/{id}', { params: { path: { id: 'x' } }, querySerializer: () => `api_token=${TOKEN}&page=1` })
      .catch((e: unknown) => e);
    expect(fake.requests[0]?.url).toContain(TOKEN);
    expect((error as NotFoundError).url).toBe(`${baseUrl}/items/x?api_token=[REDACTED]&page=1`);
    expect(JSON.stringify(logs)).not.toContain(TOKEN);
  });

  test('a custom fetch whose error message holds the Authorization header: the cause is redacted', async () => {
    const fake = fakeFetch((request) => {
      throw new TypeError(`proxy refused request with ${request.headers.get('authorization')}`);
    });
    const { client } = testClient({ baseUrl, fetch: fake.fetch, maxRetries: 0 });
    const error = await client.GET('/ping').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    for (const text of [
      String(error),
      JSON.stringify(error),
      inspect(error, { depth: 10 }),
      (error as Error).stack ?? '',
    ]) {
      expect(text).not.toContain(TOKEN);
    }
  });
});

describe('logging', () => {
  test('entries are structured and filtered by level; no header values', async () => {
    const fake = fakeFetch(json(500, {}), json(200, { ok: true }));
    const logs: LogEntry[] = [];
    const { client } = testClient({
      baseUrl,
      fetch: fake.fetch,
      logger: { level: 'info', sink: (entry) => logs.push(entry) },
    });
    await client.GET('/ping');
    expect(logs).toEqual([
      {
        level: 'warn',
        message: `retrying GET ${baseUrl}/ping in 250 ms: attempt 1 of 3 failed (500)`,
        vendor: 'katapult',
        method: 'GET',
        url: `${baseUrl}/ping`,
        attempt: 1,
        delayMs: 250,
        reason: '500',
        status: 500,
      },
      {
        level: 'info',
        message: expect.stringMatching(new RegExp(`^GET ${baseUrl}/ping -> 200 in \\d+ ms$`)),
        vendor: 'katapult',
        method: 'GET',
        url: `${baseUrl}/ping`,
        status: 200,
        attempt: 2,
        durationMs: expect.any(Number),
      },
    ]);
  });

  test('debug level adds one entry per attempt sent and answered', async () => {
    const fake = fakeFetch(json(200, { ok: true }));
    const logs: LogEntry[] = [];
    const { client } = testClient({
      baseUrl,
      fetch: fake.fetch,
      logger: { level: 'debug', sink: (entry) => logs.push(entry) },
    });
    await client.GET('/ping');
    expect(logs.map((entry) => [entry.level, entry.message.replace(/\d+ ms/, 'N ms')])).toEqual([
      ['debug', `GET ${baseUrl}/ping (attempt 1 of 3)`],
      ['debug', `GET ${baseUrl}/ping answered 200 in N ms`],
      ['info', `GET ${baseUrl}/ping -> 200 in N ms`],
    ]);
  });

  test('without a sink, entries go to the console method of their level', async () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => {});
    try {
      const fake = fakeFetch(json(200, { ok: true }));
      const { client } = testClient({ baseUrl, fetch: fake.fetch, logger: { level: 'info' } });
      await client.GET('/ping');
      expect(info).toHaveBeenCalledWith(
        expect.stringMatching(/^\[cloudspecs katapult\] GET .*\/ping -> 200 in \d+ ms$/),
      );
    } finally {
      info.mockRestore();
    }
  });

  test('no logger, no output', async () => {
    const spies = (['debug', 'info', 'warn', 'error'] as const).map((level) =>
      vi.spyOn(console, level).mockImplementation(() => {}),
    );
    try {
      const fake = fakeFetch(json(500, {}));
      const { client } = testClient({ baseUrl, fetch: fake.fetch });
      await client.GET('/ping');
      for (const spy of spies) expect(spy).not.toHaveBeenCalled();
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
  });
});
