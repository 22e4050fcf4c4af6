/** The rate limiter: limits, classes, sharing, holds after a 429, onRateLimit, cancellation and its bounds. */
import { getEventListeners } from 'node:events';
import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  AbortError,
  ConfigurationError,
  ConnectionError,
  RateLimitError,
  type RateLimitHit,
  RateLimiter,
  type RetryEvent,
} from '../src/index.js';
import { connectionReset, fakeFetch, json } from './support/fake-fetch.js';
import { katapultError, TOKEN, testClient } from './support/katapult-like.js';

const baseUrl = 'https://api.example.test/core/v1';

/** A fetch whose answers wait until the test releases them, counting what is in flight. */
function heldFetch() {
  const pending: { request: Request; answer: (response: Response) => void }[] = [];
  const sent: { method: string; path: string }[] = [];
  let inFlight = 0;
  let mostInFlight = 0;
  return {
    sent,
    pending,
    get mostInFlight() {
      return mostInFlight;
    },
    fetch: (request: Request) =>
      new Promise<Response>((resolve) => {
        inFlight++;
        mostInFlight = Math.max(mostInFlight, inFlight);
        sent.push({ method: request.method, path: new URL(request.url).pathname.replace('/core/v1', '') });
        pending.push({
          request,
          answer: (response) => {
            inFlight--;
            resolve(response);
          },
        });
      }),
    /** Answers the oldest request still waiting. */
    answerNext(response: Response = json(200, { ok: true })) {
      const next = pending.shift();
      if (!next) throw new Error('heldFetch: nothing in flight');
      next.answer(response);
    },
  };
}

/** Lets the client's promise chains run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

function timeouts(): number {
  return process.getActiveResourcesInfo().filter((name) => name === 'Timeout').length;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('RateLimiter options', () => {
  test('a limiter made and left alone starts no timer', () => {
    const before = timeouts();
    new RateLimiter({ maxInFlight: 2, maxPerInterval: 10, classes: { write: { maxPerInterval: 1 } } });
    expect(timeouts()).toBe(before);
  });

  test.each([
    [{ maxInFlight: 0 }, /maxInFlight must be a whole number, 1 or more; got 0/],
    [{ maxPerInterval: 1.5 }, /maxPerInterval must be a whole number, 1 or more; got 1.5/],
    [{ intervalMs: -1 }, /intervalMs must be a number of milliseconds above 0/],
    [{ classes: { write: { maxInFlight: '1' } } }, /classes\.write\.maxInFlight must be a whole number.*got "1"/],
    [{ classes: [] }, /classes must be an object/],
    [{ classify: 'write' }, /classify must be a function; got "write"/],
    [{ onRateLimit: true }, /onRateLimit must be a function; got true/],
  ])('a bad option is a ConfigurationError that names it: %j', (options, message) => {
    expect(() => new RateLimiter(options as never)).toThrow(ConfigurationError);
    expect(() => new RateLimiter(options as never)).toThrow(message);
  });

  test('the rateLimiter option takes a RateLimiter, not its settings', () => {
    const attempt = () => testClient({ baseUrl, rateLimiter: { maxInFlight: 4 } as never });
    expect(attempt).toThrow(ConfigurationError);
    expect(attempt).toThrow(/option "rateLimiter" must be a RateLimiter .*new RateLimiter\(\{ maxInFlight: 4 \}\)/);
  });

  test('classify must name a class: an empty name fails the call before anything is sent', async () => {
    const fake = fakeFetch(json(200, { ok: true }));
    const rateLimiter = new RateLimiter({ classify: () => '' });
    const { client } = testClient({ baseUrl, fetch: fake.fetch, rateLimiter });
    await expect(client.GET('/ping')).rejects.toThrow(/classify must return a class name/);
    expect(fake.requests).toHaveLength(0);
  });
});

describe('limits', () => {
  test('maxInFlight: never more requests in flight than allowed; the rest wait their turn in order', async () => {
    const fake = heldFetch();
    const rateLimiter = new RateLimiter({ maxInFlight: 2 });
    const { client } = testClient({ baseUrl, fetch: fake.fetch, rateLimiter });
    const calls = [1, 2, 3, 4, 5].map((n) => client.GET('/items/{id}', { params: { path: { id: `it_${n}` } } }));
    await settle();
    expect(fake.sent.map((s) => s.path)).toEqual(['/items/it_1', '/items/it_2']);
    expect(rateLimiter.waiting).toBe(3);
    for (let i = 0; i < 5; i++) {
      fake.answerNext();
      await settle();
    }
    await Promise.all(calls);
    expect(fake.sent.map((s) => s.path)).toEqual([
      '/items/it_1',
      '/items/it_2',
      '/items/it_3',
      '/items/it_4',
      '/items/it_5',
    ]);
    expect(fake.mostInFlight).toBe(2);
    expect([rateLimiter.inFlight, rateLimiter.waiting]).toEqual([0, 0]);
  });

  test('maxPerInterval: at most that many per interval, counted until the interval after each answer', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
    const sentAt: number[] = [];
    const start = performance.now();
    const fetch = async () => {
      sentAt.push(performance.now() - start);
      return json(200, { ok: true });
    };
    const rateLimiter = new RateLimiter({ maxPerInterval: 2, intervalMs: 1_000 });
    const { client } = testClient({ baseUrl, fetch, rateLimiter });
    const calls = Promise.all([1, 2, 3, 4, 5].map(() => client.GET('/ping')));
    await vi.advanceTimersByTimeAsync(2_500);
    await calls;
    expect(sentAt).toEqual([0, 0, 1_000, 1_000, 2_000]);
  });

  test('classes: writes limited on their own while reads go on; the default classes are read and write', async () => {
    const fake = heldFetch();
    const rateLimiter = new RateLimiter({ classes: { write: { maxInFlight: 1 } } });
    const { client } = testClient({ baseUrl, fetch: fake.fetch, rateLimiter });
    const writes = ['a', 'b'].map((name) => client.POST('/items', { body: { name } }));
    const reads = [1, 2, 3].map(() => client.GET('/ping'));
    await settle();
    expect(fake.sent.map((s) => `${s.method} ${s.path}`)).toEqual([
      'POST /items',
      'GET /ping',
      'GET /ping',
      'GET /ping',
    ]);
    while (fake.pending.length > 0) {
      fake.answerNext(json(201, { id: 'it_1', name: 'a' }));
      await settle();
    }
    await Promise.all([...writes, ...reads]);
    expect(fake.sent.filter((s) => s.method === 'POST')).toHaveLength(2);
  });

  test('classify: a class of its own for one path, limited apart from the rest', async () => {
    const fake = heldFetch();
    const classify = vi.fn(({ path }: { path: string }) => (path === '/items' ? 'items' : 'other'));
    const rateLimiter = new RateLimiter({ classify, classes: { items: { maxInFlight: 1 } } });
    const { client } = testClient({ baseUrl, fetch: fake.fetch, rateLimiter });
    const calls = [client.GET('/items'), client.GET('/items'), client.GET('/ping')];
    await settle();
    expect(fake.sent.map((s) => s.path)).toEqual(['/items', '/ping']);
    expect(classify).toHaveBeenCalledWith({ vendor: 'katapult', method: 'GET', path: '/items' });
    while (fake.pending.length > 0) {
      fake.answerNext(json(200, { items: [], pagination: { current_page: 1, total_pages: 1 } }));
      await settle();
    }
    await Promise.all(calls);
  });

  test('one limiter shared by two clients limits them together', async () => {
    const fake = heldFetch();
    const rateLimiter = new RateLimiter({ maxInFlight: 1 });
    const first = testClient({ baseUrl, fetch: fake.fetch, rateLimiter }).client;
    const second = testClient({ baseUrl, fetch: fake.fetch, rateLimiter }).client;
    const calls = [first.GET('/ping'), second.GET('/ping'), first.GET('/ping')];
    for (let i = 0; i < 3; i++) {
      await settle();
      expect(fake.pending).toHaveLength(1);
      fake.answerNext();
    }
    await Promise.all(calls);
    expect(fake.mostInFlight).toBe(1);
  });

  test('a failed attempt gives its place back (a connection error, then the next request goes)', async () => {
    const fake = fakeFetch(connectionReset(), json(200, { ok: true }));
    const rateLimiter = new RateLimiter({ maxInFlight: 1 });
    const { client } = testClient({ baseUrl, fetch: fake.fetch, rateLimiter, maxRetries: 0 });
    await expect(client.GET('/ping')).rejects.toThrow(ConnectionError);
    expect(await client.GET('/ping')).toMatchObject({ data: { ok: true } });
    expect(rateLimiter.inFlight).toBe(0);
  });
});

describe('when the server says to wait', () => {
  test('a 429 with Retry-After holds its class: the queued writes wait for it, reads go on, the 429 is retried first', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
    const start = performance.now();
    const log: string[] = [];
    let refused = false;
    const fetch = async (request: Request) => {
      const body = request.method === 'POST' ? ((await request.json()) as { name: string }).name : '';
      log.push(`${Math.round(performance.now() - start)} ${request.method} ${body}`.trim());
      if (request.method === 'POST' && !refused) {
        refused = true;
        return json(429, katapultError('rate_limit_reached'), { 'retry-after': '2' });
      }
      return request.method === 'POST' ? json(201, { id: 'it_1', name: body }) : json(200, { ok: true });
    };
    const rateLimiter = new RateLimiter({ maxInFlight: 1 });
    const { client, delays } = testClient({ baseUrl, fetch, rateLimiter, throwOnError: true });
    const first = client.POST('/items', { body: { name: 'a' } });
    await vi.advanceTimersByTimeAsync(0);
    const second = client.POST('/items', { body: { name: 'b' } });
    const read = client.GET('/ping');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(log).toEqual(['0 POST a', '0 GET']);
    await vi.advanceTimersByTimeAsync(1_500);
    await Promise.all([first, second, read]);
    expect(log).toEqual(['0 POST a', '0 GET', '2000 POST a', '2000 POST b']);
    expect(delays).toEqual([]); // the limiter waited, not the retry backoff
  });

  test("Katapult's rate_limit_reached without Retry-After holds the class for the backoff: 0.5 s, then 1 s", async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
    const start = performance.now();
    const sentAt: number[] = [];
    const answers = [json(429, katapultError('rate_limit_reached')), json(429, katapultError('rate_limit_reached'))];
    const fetch = async () => {
      sentAt.push(performance.now() - start);
      return answers.shift() ?? json(201, { id: 'it_1', name: 'a' });
    };
    const hits: RateLimitHit[] = [];
    const rateLimiter = new RateLimiter({
      onRateLimit: (hit) => {
        hits.push(hit);
        return true;
      },
    });
    const { client } = testClient({ baseUrl, fetch, rateLimiter, throwOnError: true });
    const created = client.POST('/items', { body: { name: 'a' } });
    await vi.advanceTimersByTimeAsync(2_000);
    await expect(created).resolves.toMatchObject({ data: { name: 'a' } });
    expect(sentAt).toEqual([0, 500, 1_500]);
    expect(hits.map((h) => [h.code, h.retryAfterMs, h.retryCount])).toEqual([
      ['rate_limit_reached', 500, 0],
      ['rate_limit_reached', 1_000, 1],
    ]);
  });

  test('onRateLimit sees each hit, redacted, and false gives the 429 to the caller with nothing sent again', async () => {
    const fake = fakeFetch(
      json(429, katapultError('rate_limit_reached', `slow down ${TOKEN}`), { 'retry-after': '1' }),
    );
    const onRateLimit = vi.fn((_hit: RateLimitHit) => false);
    const rateLimiter = new RateLimiter({ onRateLimit });
    const { client } = testClient({ baseUrl, fetch: fake.fetch, rateLimiter, throwOnError: true });
    const error = await client
      .POST('/items', { body: { name: 'a' }, params: { query: { token: TOKEN } } as never })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ status: 429, code: 'rate_limit_reached', retryAfterMs: 1_000, attempts: 1 });
    expect(fake.requests).toHaveLength(1);
    expect(onRateLimit).toHaveBeenCalledTimes(1);
    const hit = onRateLimit.mock.calls[0]?.[0] as RateLimitHit;
    expect(hit).toMatchObject({
      vendor: 'katapult',
      method: 'POST',
      path: '/items',
      requestClass: 'write',
      status: 429,
      code: 'rate_limit_reached',
      retryAfterMs: 1_000,
      retryCount: 0,
    });
    expect(JSON.stringify(hit)).not.toContain(TOKEN);
  });

  test('without onRateLimit a rate-limited request is sent again up to maxRetries times, then the 429 is the answer', async () => {
    const fake = fakeFetch(json(429, katapultError('rate_limit_reached'), { 'retry-after': '0' }));
    const rateLimiter = new RateLimiter();
    const { client } = testClient({ baseUrl, fetch: fake.fetch, rateLimiter, maxRetries: 1 });
    const result = await client.POST('/items', { body: { name: 'a' } });
    expect(result.response.status).toBe(429);
    expect(fake.requests).toHaveLength(2);
  });

  test('rate-limit retries do not use up maxRetries: a 429 then a 503 service_unavailable then a 201, with maxRetries 1', async () => {
    const fake = fakeFetch(
      json(429, katapultError('rate_limit_reached'), { 'retry-after': '0' }),
      json(503, katapultError('service_unavailable')),
      json(201, { id: 'it_1', name: 'a' }),
    );
    const events: RetryEvent[] = [];
    const rateLimiter = new RateLimiter({ onRateLimit: () => true });
    const { client } = testClient({
      baseUrl,
      fetch: fake.fetch,
      rateLimiter,
      maxRetries: 1,
      onRetry: (event) => events.push(event),
    });
    const result = await client.POST('/items', { body: { name: 'a' } });
    expect(result.response.status).toBe(201);
    expect(events.map((e) => [e.status, e.reason])).toEqual([
      [429, '429 rate_limit_reached: rate limited'],
      [503, '503 service_unavailable: the server did not execute the request'],
    ]);
  });

  test('a POST is still never sent again after a connection dropped once it was sent, limiter or not', async () => {
    const fake = fakeFetch(connectionReset(), json(201, { id: 'it_1', name: 'a' }));
    const rateLimiter = new RateLimiter({ onRateLimit: () => true });
    const { client } = testClient({ baseUrl, fetch: fake.fetch, rateLimiter });
    await expect(client.POST('/items', { body: { name: 'a' } })).rejects.toThrow(ConnectionError);
    expect(fake.requests).toHaveLength(1);
  });

  test("a wait longer than the call's timeout is not made; the queued requests of the class are refused unsent, other classes go on", async () => {
    const fake = heldFetch();
    const rateLimiter = new RateLimiter({ maxInFlight: 1, onRateLimit: () => true });
    const { client } = testClient({ baseUrl, fetch: fake.fetch, rateLimiter, throwOnError: true, timeout: 30_000 });
    const first = client.POST('/items', { body: { name: 'a' } }).catch((e: unknown) => e);
    const queued = client.POST('/items', { body: { name: 'b' } }).catch((e: unknown) => e);
    const read = client.GET('/ping');
    await settle();
    fake.answerNext(json(429, katapultError('rate_limit_reached'), { 'retry-after': '45' }));
    await settle();
    const [refusedFirst, refusedQueued] = await Promise.all([first, queued]);
    expect(refusedFirst).toBeInstanceOf(RateLimitError);
    expect(refusedFirst).toMatchObject({ retryAfterMs: 45_000, attempts: 1 });
    expect(refusedQueued).toBeInstanceOf(RateLimitError);
    expect(refusedQueued).toMatchObject({ status: 429, code: 'rate_limit_reached', attempts: 0 });
    expect((refusedQueued as RateLimitError).message).toMatch(
      /POST https:\/\/api\.example\.test\/core\/v1\/items was not sent: .*class "write" 429 rate_limit_reached .*longer than this call may wait \(30000 ms/,
    );
    expect((refusedQueued as RateLimitError).retryAfterMs).toBeGreaterThan(44_000);
    // a later write is refused at once too, without waiting or sending
    await expect(client.POST('/items', { body: { name: 'c' } })).rejects.toThrow(/was not sent/);
    await settle();
    fake.answerNext();
    await read;
    expect(fake.sent.map((s) => s.method)).toEqual(['POST', 'GET']);
  });
});

describe('cancellation and what stays behind', () => {
  test('a queued call aborted by its signal is AbortError, never sent, and leaves no listener or timer', async () => {
    const fake = heldFetch();
    const rateLimiter = new RateLimiter({ maxInFlight: 1, maxPerInterval: 1, intervalMs: 60_000 });
    const { client } = testClient({ baseUrl, fetch: fake.fetch, rateLimiter });
    const first = client.GET('/ping');
    await settle();
    fake.answerNext();
    await first;
    const controller = new AbortController();
    const before = timeouts();
    const queued = client.GET('/ping', { signal: controller.signal }).catch((e: unknown) => e);
    await settle();
    expect(rateLimiter.waiting).toBe(1);
    expect(timeouts()).toBe(before + 1); // waiting for the interval to let it through
    controller.abort(new Error(`stop ${TOKEN}`));
    const error = await queued;
    expect(error).toBeInstanceOf(AbortError);
    expect(String(error)).not.toContain(TOKEN);
    expect(fake.sent).toHaveLength(1);
    expect(rateLimiter.waiting).toBe(0);
    expect(timeouts()).toBe(before);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  test('an already aborted signal is AbortError without queueing', async () => {
    const fake = heldFetch();
    const rateLimiter = new RateLimiter({ maxInFlight: 1 });
    const { client } = testClient({ baseUrl, fetch: fake.fetch, rateLimiter });
    const first = client.GET('/ping');
    await expect(client.GET('/ping', { signal: AbortSignal.abort() })).rejects.toThrow(AbortError);
    expect(rateLimiter.waiting).toBe(0);
    await settle();
    fake.answerNext();
    await first;
  });
});
