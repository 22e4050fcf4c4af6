/**
 * A bulk job of 300 creates against a server that enforces a per-minute limit (test/support/limited-server.ts): on a
 * controlled clock (a real minute each, run in milliseconds) and over a real socket (a short window). Whatever the
 * client knows of the limit, no 429 reaches the caller and nothing is created twice.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { RateLimiter } from '../src/index.js';
import { testClient } from './support/katapult-like.js';
import { type LimitedServer, limitedServer, listen } from './support/limited-server.js';

const CREATES = 300;
const names = Array.from({ length: CREATES }, (_, i) => `item-${i}`);

afterEach(() => {
  vi.useRealTimers();
});

/** Runs the job on the fake clock, a second at a time, until every create has settled. */
async function bulkJob(server: LimitedServer, rateLimiter: RateLimiter) {
  const { client } = testClient({ baseUrl: 'https://api.example.test', fetch: server.fetch, rateLimiter });
  let settled = 0;
  const job = Promise.all(
    names.map((name) =>
      client.POST('/items', { body: { name } }).finally(() => {
        settled++;
      }),
    ),
  );
  for (let second = 0; settled < CREATES && second < 3_600; second++) await vi.advanceTimersByTimeAsync(1_000);
  return (await job).map((result) => result.response.status);
}

describe('300 creates under 60 a minute, on a controlled clock', () => {
  test('the limiter knows the limit: the server never has to refuse one', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
    const server = limitedServer({ limit: 60, windowMs: 60_000 });
    const rateLimiter = new RateLimiter({ maxInFlight: 8, classes: { write: { maxPerInterval: 60 } } });
    const statuses = await bulkJob(server, rateLimiter);
    expect(statuses.filter((status) => status !== 201)).toEqual([]);
    expect(server.refused).toBe(0);
    expect(server.created).toHaveLength(CREATES);
    expect(server.duplicates()).toEqual([]);
    expect(server.busiestWindow).toBe(60);
    expect([rateLimiter.inFlight, rateLimiter.waiting]).toEqual([0, 0]);
  });

  test('the limiter does not know the limit: 429s with Retry-After hold the class, none reaches the caller', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
    const server = limitedServer({ limit: 60, windowMs: 60_000 });
    const rateLimiter = new RateLimiter({ maxInFlight: 4 });
    const statuses = await bulkJob(server, rateLimiter);
    expect(statuses.filter((status) => status !== 201)).toEqual([]);
    expect(server.refused).toBeGreaterThan(0);
    // Held back with the request that hit the limit: about one refusal per request in flight at each window's end.
    expect(server.refused).toBeLessThanOrEqual(4 * Math.ceil(CREATES / 60));
    expect(server.created).toHaveLength(CREATES);
    expect(server.duplicates()).toEqual([]);
  });

  test("Katapult's rate_limit_reached without Retry-After: the class is held for growing waits, and onRateLimit keeps going", async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
    const server = limitedServer({ limit: 60, windowMs: 60_000, retryAfter: false });
    const rateLimiter = new RateLimiter({ maxInFlight: 4, onRateLimit: (hit) => hit.retryCount < 20 });
    const statuses = await bulkJob(server, rateLimiter);
    expect(statuses.filter((status) => status !== 201)).toEqual([]);
    expect(server.refused).toBeGreaterThan(0);
    expect(server.created).toHaveLength(CREATES);
    expect(server.duplicates()).toEqual([]);
  });
});

test('300 creates over a real socket under 50 per 250 ms: all created once, none refused', async () => {
  const api = limitedServer({ limit: 50, windowMs: 250 });
  const server = await listen(api);
  try {
    const rateLimiter = new RateLimiter({
      maxInFlight: 8,
      classes: { write: { maxPerInterval: 50, intervalMs: 250 } },
    });
    const { client } = testClient({ baseUrl: server.url, rateLimiter, throwOnError: true });
    const results = await Promise.all(names.map((name) => client.POST('/items', { body: { name } })));
    expect(results.every((result) => result.response.status === 201)).toBe(true);
    expect(api.refused).toBe(0);
    expect(api.created).toHaveLength(CREATES);
    expect(api.duplicates()).toEqual([]);
    expect(api.busiestWindow).toBeLessThanOrEqual(50);
  } finally {
    await server.close();
  }
  // 300 creates at 50 per 250 ms take 1.5 s at the least; a busy machine takes longer, which is not what is tested.
}, 60_000);
