/**
 * A bulk job of 300 creates against the Katapult twin enforcing a per-minute limit (its 429 `rate_limit_reached`,
 * without Retry-After, as Katapult documents it), on fake timers: a minute of the twin's window passes in no real
 * time. Whatever the limiter knows of the limit, no 429 reaches the caller and nothing is created twice.
 */
import { createTwin } from '@cloudspecs/mock/twin';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Katapult, RateLimiter } from '../src/index.js';

const CREATES = 300;

afterEach(() => {
  vi.useRealTimers();
});

async function bulkJob(rateLimiter: RateLimiter) {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
  const twin = await createTwin('katapult', { rateLimit: { limit: 60, windowMs: 60_000 } });
  const statuses: number[] = [];
  const katapult = new Katapult({
    token: 'kt-test-token',
    rateLimiter,
    fetch: async (request) => {
      const response = await twin.fetch(request);
      statuses.push(response.status);
      return response;
    },
  });
  const names = Array.from({ length: CREATES }, (_, i) => `bulk-${i}`);
  let settled = 0;
  const job = Promise.allSettled(
    names.map((name) =>
      katapult.tags.create({ organization: { sub_domain: 'acme' }, properties: { name, color: 'red' } }).finally(() => {
        settled++;
      }),
    ),
  );
  for (let second = 0; settled < CREATES && second < 3_600; second++) await vi.advanceTimersByTimeAsync(1_000);
  const results = await job;
  const tagNames = twin.inspect('tag').map((record) => (record as { name?: string }).name);
  return {
    refusedToCaller: results.filter((result) => result.status === 'rejected'),
    // each name created exactly once
    createdOnce: names.every((name) => tagNames.filter((tagName) => tagName === name).length === 1),
    sent: statuses.length,
    refusedByTwin: statuses.filter((status) => status === 429).length,
    violations: twin.violations(),
  };
}

describe('300 tags.create against the Katapult twin limited to 60 requests a minute', () => {
  it('the limiter knows the limit: the twin never refuses one', async () => {
    const rateLimiter = new RateLimiter({ maxInFlight: 8, maxPerInterval: 60, intervalMs: 60_000 });
    const job = await bulkJob(rateLimiter);
    expect(job.refusedToCaller).toEqual([]);
    expect(job.refusedByTwin).toBe(0);
    expect(job.sent).toBe(CREATES);
    expect(job.createdOnce).toBe(true);
    expect(job.violations).toEqual([]);
  });

  it('the limiter does not know it: rate_limit_reached holds the writes back, onRateLimit retries, none reaches the caller', async () => {
    const rateLimiter = new RateLimiter({ maxInFlight: 4, onRateLimit: (hit) => hit.retryCount < 20 });
    const job = await bulkJob(rateLimiter);
    expect(job.refusedToCaller).toEqual([]);
    expect(job.refusedByTwin).toBeGreaterThan(0);
    expect(job.sent).toBe(CREATES + job.refusedByTwin);
    expect(job.createdOnce).toBe(true);
    expect(job.violations).toEqual([]);
  });
});
