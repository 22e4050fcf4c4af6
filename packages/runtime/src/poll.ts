/** Waiting for something to finish (a server to build, a task to complete) by asking again and again. */
import { redactorOf } from './client-registry.js';
import { formatSeconds } from './error-text.js';
import { AbortError, ConfigurationError, TimeoutError } from './errors.js';
import { checkOptionKeys, isPlainObject } from './option-keys.js';
import { kindOf } from './options.js';
import { safeCause } from './safe-cause.js';
import { abortable, followSignal, sleep } from './signals.js';

/** What one check found: the value when done, else how far along it is (`progress`, passed to `onProgress`). */
export type PollResult<T, Progress = unknown> =
  | { done: true; value: T }
  | { done: false; progress?: Progress | undefined };

export interface PollOptions<T, Progress = unknown> {
  /**
   * Asks once. `signal` aborts when the caller aborts or the time is up: pass it on to the client call.
   * An error thrown here ends the poll with that error (the client call has already retried what it could).
   */
  check: (ctx: { attempt: number; signal: AbortSignal }) => Promise<PollResult<T, Progress>>;
  /** Wait after the first check. Default 2 000 ms. */
  intervalMs?: number | undefined;
  /** Longest wait between checks. Default 15 000 ms. */
  maxIntervalMs?: number | undefined;
  /** Factor the wait grows by after each check. Default 1.5. */
  backoff?: number | undefined;
  /** Give up after this long (checks and waits together). Default 600 000 ms (10 minutes). */
  timeoutMs?: number | undefined;
  signal?: AbortSignal | undefined;
  /** Called with the `progress` of each unfinished check that has one. */
  onProgress?: ((progress: Progress) => void) | undefined;
  /** What is waited for, for error messages: "server srv-1 to leave BUILD". */
  description: string;
  /**
   * The client the checks call: the TimeoutError and AbortError are built without its secrets (the description
   * names the resource by what a server sent, a Location header or an id, which may echo a credential; the signal's
   * reason may hold anything).
   */
  client?: object | undefined;
}

/**
 * The options of every wait helper (`waitForServer`, `waitForBuild`, `waitForTask`): how often to ask, for how long,
 * and what to tell along the way. Each helper documents its own defaults.
 */
export interface WaitOptions<Progress> {
  /** First wait between polls, ms. */
  intervalMs?: number | undefined;
  /** Longest wait between polls, ms. */
  maxIntervalMs?: number | undefined;
  /** Give up after this long, ms. */
  timeoutMs?: number | undefined;
  signal?: AbortSignal | undefined;
  /** Called after every poll that finds the resource not finished yet. */
  onProgress?: ((progress: Progress) => void) | undefined;
}

/** Every key of WaitOptions: a key missing here, or one too many, does not compile. */
const WAIT_OPTION_KEYS: Readonly<Record<keyof WaitOptions<unknown>, true>> = {
  intervalMs: true,
  maxIntervalMs: true,
  timeoutMs: true,
  signal: true,
  onProgress: true,
};
const WAIT_OPTIONS: ReadonlySet<string> = new Set(Object.keys(WAIT_OPTION_KEYS));

/**
 * A wait helper's options, checked before anything is sent: a plain object (or nothing) with no key a wait does not
 * read. From JavaScript, `{ timeout: 60_000 }` would otherwise be ignored, and the wait would run its default 30
 * minutes. `helper` names the wait in the message: `hostway: waitForServer()`.
 */
export function waitOptions<Progress>(
  vendor: string,
  helper: string,
  options: WaitOptions<Progress> | undefined,
): WaitOptions<Progress> {
  if (options === undefined) return {};
  if (!isPlainObject(options)) {
    throw new ConfigurationError(
      `${vendor}: the options of ${helper}() must be an object (${[...WAIT_OPTIONS].join(', ')}); got ${kindOf(options)}.`,
      { option: 'options' },
    );
  }
  checkOptionKeys(vendor, `${helper}()`, options, WAIT_OPTIONS);
  return options;
}

/**
 * A wait's options for `poll`, with the pace of a machine being built when they leave it out: first 5 s between polls,
 * at most 30 s, 30 minutes in all (servers and virtual machines take minutes, not seconds).
 */
export function machinePace<Progress>(
  options: WaitOptions<Progress>,
): Required<Omit<WaitOptions<Progress>, 'signal' | 'onProgress'>> &
  Pick<WaitOptions<Progress>, 'signal' | 'onProgress'> {
  return {
    intervalMs: options.intervalMs ?? 5_000,
    maxIntervalMs: options.maxIntervalMs ?? 30_000,
    timeoutMs: options.timeoutMs ?? 1_800_000,
    signal: options.signal,
    onProgress: options.onProgress,
  };
}

/** Resolves with the value of the first check that is done; TimeoutError or AbortError otherwise. */
export async function poll<T, Progress = unknown>(opts: PollOptions<T, Progress>): Promise<T> {
  const intervalMs = opts.intervalMs ?? 2_000;
  const maxIntervalMs = opts.maxIntervalMs ?? 15_000;
  const backoff = opts.backoff ?? 1.5;
  const timeoutMs = opts.timeoutMs ?? 600_000;
  checkPollOptions({ intervalMs, maxIntervalMs, backoff, timeoutMs });

  const startedAt = performance.now();
  const waited = () => Math.round(performance.now() - startedAt);
  const controller = new AbortController();
  const unfollow = followSignal(opts.signal, controller);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException(`gave up after ${timeoutMs} ms`, 'TimeoutError'));
  }, timeoutMs);

  let attempt = 0;
  const stopped = (error: unknown): unknown => {
    if (!opts.signal?.aborted && !timedOut) return error;
    // Read when the error is built: the client's secrets as they are now.
    const redactor = redactorOf(opts.client);
    const description = redactor.text(opts.description);
    if (opts.signal?.aborted) {
      return new AbortError(
        `Stopped waiting for ${description}: cancelled by the caller's signal after ${attempt} checks.`,
        { description },
        { cause: safeCause(opts.signal.reason, redactor) },
      );
    }
    return new TimeoutError(
      `Timed out after ${formatSeconds(waited())} waiting for ${description} (${attempt} checks). Raise timeoutMs if this usually takes longer.`,
      { description, timeoutMs, waitedMs: waited(), attempts: attempt },
    );
  };

  try {
    let interval = intervalMs;
    for (attempt = 1; ; attempt++) {
      let result: PollResult<T, Progress>;
      try {
        result = await abortable(opts.check({ attempt, signal: controller.signal }), controller.signal);
      } catch (error) {
        throw stopped(error);
      }
      if (result.done) return result.value;
      if (result.progress !== undefined) opts.onProgress?.(result.progress);
      try {
        await sleep(interval, controller.signal);
      } catch (error) {
        throw stopped(error);
      }
      interval = Math.min(interval * backoff, maxIntervalMs);
    }
  } finally {
    clearTimeout(timer);
    unfollow();
  }
}

function checkPollOptions(values: {
  intervalMs: number;
  maxIntervalMs: number;
  backoff: number;
  timeoutMs: number;
}): void {
  const rules: [keyof typeof values, boolean, string][] = [
    ['intervalMs', values.intervalMs >= 0, 'a number of milliseconds, 0 or more'],
    ['maxIntervalMs', values.maxIntervalMs >= values.intervalMs, 'at least intervalMs'],
    ['backoff', values.backoff >= 1, 'a number, 1 or more'],
    ['timeoutMs', values.timeoutMs > 0 && values.timeoutMs <= 2_147_483_647, 'a number of milliseconds above 0'],
  ];
  for (const [option, ok, expected] of rules) {
    if (!ok)
      throw new ConfigurationError(`poll(): "${option}" must be ${expected}; got ${values[option]}.`, { option });
  }
}
