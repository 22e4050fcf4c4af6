/**
 * What 100,000 calls through a shared rate limiter and a traced client leave behind: nothing waiting, no timer, no
 * listener on the signal they all shared, and a heap that does not grow with the number of calls. Counts and bytes,
 * never times.
 */
import { getEventListeners } from 'node:events';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import * as api from '@opentelemetry/api';
import { BasicTracerProvider, NoopSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { expect, test } from 'vitest';
import { RateLimiter } from '../src/index.js';
import { openTelemetryTracing } from '../src/vendor-kit.js';
import { json } from './support/fake-fetch.js';
import { katapultError, testClient } from './support/katapult-like.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/**
 * The heap once garbage is collected and the finalizers it queued have run: each `Request` made for a `fetch` option
 * follows its signal through a FinalizationRegistry, whose entries go only when the event loop turns after a GC.
 */
async function heapAfterGc(): Promise<number> {
  for (let i = 0; i < 4; i++) {
    gc();
    await new Promise((resolve) => setImmediate(resolve));
  }
  return process.memoryUsage().heapUsed;
}

function timeouts(): number {
  return process.getActiveResourcesInfo().filter((name) => name === 'Timeout').length;
}

test('100,000 calls through a shared limiter, traced: no waiter, timer or listener left, and the heap stays flat', async () => {
  const before = timeouts();
  // Recording spans that go nowhere: the tracing path runs in full, and nothing is kept by an exporter.
  const tracerProvider = new BasicTracerProvider({ spanProcessors: [new NoopSpanProcessor()] });
  // A 1 ms interval makes requests wait for windows (the limiter's timer comes and goes) as well as for each other.
  const rateLimiter = new RateLimiter({
    maxInFlight: 8,
    maxPerInterval: 256,
    intervalMs: 1,
    classes: { write: { maxInFlight: 2 } },
  });
  let answered = 0;
  const fetch = async (request: Request) => {
    answered++;
    // Now and then the class is told to wait (no time: Retry-After 0), so holds and their retries run too.
    if (answered % 997 === 0) return json(429, katapultError('rate_limit_reached'), { 'retry-after': '0' });
    return request.method === 'POST' ? json(201, { id: 'it_1', name: 'a' }) : json(200, { ok: true });
  };
  const options = {
    baseUrl: 'https://api.example.test',
    fetch,
    rateLimiter,
    tracing: openTelemetryTracing('katapult', { api, tracerProvider }),
  };
  const first = testClient(options).client;
  const second = testClient(options).client;
  const { signal } = new AbortController();

  let calls = 0;
  let failed = 0;
  const run = async (count: number) => {
    for (let done = 0; done < count; done += 100) {
      const batch: Promise<unknown>[] = [];
      for (let i = 0; i < 100; i++) {
        const client = i % 2 === 0 ? first : second;
        batch.push(
          i % 10 === 0 ? client.POST('/items', { body: { name: 'a' }, signal }) : client.GET('/ping', { signal }),
        );
      }
      const results = (await Promise.all(batch)) as { response: Response }[];
      for (const { response } of results) if (!response.ok) failed++;
      calls += batch.length;
    }
  };

  await run(10_000); // warm: the JIT's code and the runtime's caches are made by now
  const warm = await heapAfterGc();
  await run(45_000);
  const middle = await heapAfterGc();
  await run(45_000);
  const after = await heapAfterGc();

  expect([calls, failed]).toEqual([100_000, 0]);
  expect(answered).toBeGreaterThan(100_000); // the 429s were sent again
  expect([rateLimiter.inFlight, rateLimiter.waiting]).toEqual([0, 0]);
  expect(timeouts()).toBeLessThanOrEqual(before);
  expect(getEventListeners(signal, 'abort')).toHaveLength(0);
  // What is kept grows with the calls if anything leaks: 45,000 calls leaking even 50 bytes each would add 2.1 MB
  // to the second half as to the first. Without a leak the heap settles after the warm-up (about 1 MB of noise).
  const firstHalf = middle - warm;
  const secondHalf = after - middle;
  expect(secondHalf, `heap after warm-up ${warm}, +${firstHalf}, +${secondHalf} bytes`).toBeLessThan(2 * 1024 * 1024);
  expect(after - warm, `heap after warm-up ${warm}, +${firstHalf}, +${secondHalf} bytes`).toBeLessThan(4 * 1024 * 1024);
}, 300_000);
