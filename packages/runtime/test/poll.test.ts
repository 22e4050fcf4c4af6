import { describe, expect, test } from 'vitest';
import { AbortError, ConfigurationError, TimeoutError } from '../src/index.js';
import { poll } from '../src/vendor-kit.js';
import type { PollResult } from '../src/vendor-kit.js';

const notYet = (progress?: unknown): PollResult<never> =>
  progress === undefined ? { done: false } : { done: false, progress };

describe('poll', () => {
  test('resolves with the value of the first finished check; attempts are numbered from 1', async () => {
    const attempts: number[] = [];
    const value = await poll({
      description: 'server srv-1 to leave BUILD',
      intervalMs: 1,
      check: async ({ attempt }) => {
        attempts.push(attempt);
        return attempt < 3 ? notYet() : { done: true, value: `ACTIVE after ${attempt}` };
      },
    });
    expect(value).toBe('ACTIVE after 3');
    expect(attempts).toEqual([1, 2, 3]);
  });

  test('onProgress receives the progress of each unfinished check, in order', async () => {
    const seen: unknown[] = [];
    await poll({
      description: 'task',
      intervalMs: 1,
      onProgress: (progress) => seen.push(progress),
      check: async ({ attempt }) => (attempt < 4 ? notYet(attempt * 25) : { done: true, value: 'done' }),
    });
    expect(seen).toEqual([25, 50, 75]);
  });

  test('the wait grows by `backoff` up to maxIntervalMs', async () => {
    const times: number[] = [];
    await poll({
      description: 'x',
      intervalMs: 10,
      backoff: 2,
      maxIntervalMs: 40,
      check: async ({ attempt }) => {
        times.push(performance.now());
        return attempt < 5 ? notYet() : { done: true, value: 1 };
      },
    });
    const gaps = times.slice(1).map((time, i) => time - (times[i] ?? 0));
    // Timers never fire early (allowing 2 ms of clock rounding); they may fire late on a busy machine.
    for (const [i, expected] of [10, 20, 40, 40].entries()) expect(gaps[i]).toBeGreaterThanOrEqual(expected - 2);
  });

  test('timeout: TimeoutError naming the description and the time waited', async () => {
    const error = await poll({
      description: 'task tsk_1 to complete',
      intervalMs: 5,
      timeoutMs: 60,
      check: async () => notYet(),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toMatch(
      /^Timed out after 0\.\d s waiting for task tsk_1 to complete \(\d+ checks\)/,
    );
    expect(error).toMatchObject({ description: 'task tsk_1 to complete', timeoutMs: 60 });
    expect((error as TimeoutError).waitedMs).toBeGreaterThanOrEqual(58);
  });

  test('timeout during a check that ignores its signal still ends on time', async () => {
    const started = performance.now();
    const error = await poll({
      description: 'slow check',
      timeoutMs: 30,
      check: () => new Promise<never>(() => {}),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  test("the check's signal aborts when the time is up, so a client call inside it stops", async () => {
    let aborted = false;
    await poll({
      description: 'x',
      timeoutMs: 20,
      check: ({ signal }) =>
        new Promise<never>((_, reject) =>
          signal.addEventListener('abort', () => {
            aborted = true;
            reject(signal.reason);
          }),
        ),
    }).catch(() => {});
    expect(aborted).toBe(true);
  });

  test("abort during the sleep: AbortError at once, marked as the caller's", async () => {
    const controller = new AbortController();
    const started = performance.now();
    setTimeout(() => controller.abort(), 20);
    const error = await poll({
      description: 'server srv-1',
      intervalMs: 10_000,
      signal: controller.signal,
      check: async () => notYet(),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect(error).toMatchObject({ cancelledByCaller: true, description: 'server srv-1' });
    expect((error as Error).message).toBe(
      "Stopped waiting for server srv-1: cancelled by the caller's signal after 1 checks.",
    );
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  test('an already aborted signal stops before the first check completes', async () => {
    const error = await poll({
      description: 'x',
      signal: AbortSignal.abort(),
      check: async () => ({ done: true, value: 1 }),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
  });

  test('an error thrown by the check ends the poll with that error', async () => {
    const failure = new Error('404 from the API');
    await expect(poll({ description: 'x', check: async () => Promise.reject(failure) })).rejects.toBe(failure);
  });

  test('no timer is left behind once the poll is over', async () => {
    const timers = () => process.getActiveResourcesInfo().filter((resource) => resource === 'Timeout').length;
    const before = timers();
    await poll({
      description: 'x',
      intervalMs: 1,
      timeoutMs: 600_000,
      check: async ({ attempt }) => (attempt < 2 ? notYet() : { done: true, value: 1 }),
    });
    // at most as many as before: a timer of the test runner's own may end meanwhile, a leaked one would add to them
    expect(timers()).toBeLessThanOrEqual(before);
  });

  test('invalid options are a ConfigurationError naming the option', async () => {
    await expect(poll({ description: 'x', backoff: 0.5, check: async () => notYet() })).rejects.toThrow(
      ConfigurationError,
    );
    await expect(poll({ description: 'x', timeoutMs: -1, check: async () => notYet() })).rejects.toThrow(
      /"timeoutMs" must be/,
    );
  });
});
