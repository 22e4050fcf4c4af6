/**
 * When a request is retried and how long to wait. Pure functions; the loop that uses them is in send.ts.
 *
 * Idempotent methods (GET, HEAD, PUT, DELETE, OPTIONS, TRACE) are retried on connection errors, timeouts, 408, 429
 * and 5xx (but 501 and 505, which no retry can fix). POST and PATCH are retried only when the server says the request
 * was not executed: 429, a vendor's `notExecuted(status, code)`, or a connection refused before anything was sent.
 */
import { sleep } from './signals.js';
import { askVendor, type VendorProfile } from './vendor.js';

/** Tuning of retries. Vendors may adjust it (`ApiClientConfig.retryPolicy`); tests inject `sleep` and `random`. */
export interface RetryPolicy {
  /** Ceiling of the first backoff; the ceiling doubles per retry. Default 500 ms. */
  initialDelayMs: number;
  /** Cap of the backoff ceiling. Default 8 s. */
  maxDelayMs: number;
  /**
   * Longest `Retry-After` honoured. A longer one is not waited for: the answer is returned (or thrown) at once, with
   * `retryAfterMs` on the error, so the caller decides. Default 60 s.
   */
  maxRetryAfterMs: number;
  /** Jitter source in [0, 1). Default `Math.random`. */
  random: () => number;
  /** How to wait between attempts; must reject with the signal's reason when it aborts. Default: a cleared setTimeout. */
  sleep: (ms: number, signal: AbortSignal) => Promise<void>;
}

export const defaultRetryPolicy: RetryPolicy = {
  initialDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 60_000,
  random: Math.random,
  sleep,
};

/** Exponential backoff with full jitter: uniform in [0, min(maxDelayMs, initialDelayMs * 2^(retry-1))). */
export function backoffDelay(
  retry: number,
  policy: Pick<RetryPolicy, 'initialDelayMs' | 'maxDelayMs' | 'random'>,
): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** Math.max(0, retry - 1));
  return Math.floor(policy.random() * ceiling);
}

const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS', 'TRACE']);

export function isIdempotent(method: string): boolean {
  return IDEMPOTENT_METHODS.has(method.toUpperCase());
}

/** What one attempt ended with, as far as the retry decision cares. */
export type AttemptOutcome =
  | { kind: 'response'; status: number; code: string | undefined }
  | { kind: 'connection-error'; nothingSent: boolean; errorCode: string | undefined }
  | { kind: 'timeout'; timeoutMs: number };

/** Why the attempt should be retried, or `undefined` when it must not be. */
export function retryReason(
  method: string,
  outcome: AttemptOutcome,
  vendor: Pick<VendorProfile, 'notExecuted'>,
): string | undefined {
  const idempotent = isIdempotent(method);
  switch (outcome.kind) {
    case 'response': {
      const { status, code } = outcome;
      const label = `${status}${code ? ` ${code}` : ''}`;
      if (status === 429) return `${label}: rate limited`;
      if (askVendor(() => vendor.notExecuted?.(status, code)) === true)
        return `${label}: the server did not execute the request`;
      if (idempotent && (status === 408 || (status >= 500 && status <= 599 && status !== 501 && status !== 505))) {
        return label;
      }
      return undefined;
    }
    case 'connection-error':
      if (outcome.nothingSent) return `connection failed before anything was sent (${outcome.errorCode ?? 'refused'})`;
      return idempotent ? `connection error (${outcome.errorCode ?? 'fetch failed'})` : undefined;
    case 'timeout':
      return idempotent ? `timed out after ${outcome.timeoutMs} ms` : undefined;
  }
}

/**
 * Error codes that prove the request never left: the connection was never made. undici wraps them as
 * `TypeError('fetch failed', { cause })`, the cause (or an AggregateError's members, with happy-eyeballs) carrying
 * `code` and `syscall`: `ECONNREFUSED`/`syscall: 'connect'`, `ENOTFOUND`/`EAI_AGAIN` from `getaddrinfo`,
 * `UND_ERR_CONNECT_TIMEOUT` from undici's own connect timeout. Bun says `ConnectionRefused`.
 */
const NOTHING_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'UND_ERR_CONNECT_TIMEOUT',
  'ConnectionRefused',
]);

export interface ConnectionFailure {
  /** The first system/undici error code on the cause chain. */
  errorCode: string | undefined;
  /** True only when the failure proves the request was not sent (a refused or never-made connection). */
  nothingSent: boolean;
  /** The most specific message on the cause chain, e.g. "connect ECONNREFUSED 127.0.0.1:8080". Not redacted. */
  detail: string;
}

/**
 * Reads a fetch rejection. Browsers give a bare `TypeError: Failed to fetch` with no cause, which never counts as
 * "nothing sent"; Deno's messages are matched on "connection refused".
 */
export function describeConnectionFailure(error: unknown): ConnectionFailure {
  let errorCode: string | undefined;
  let nothingSent = false;
  let detail = error instanceof Error ? error.message : String(error);
  const seen = new Set<unknown>();
  const visit = (value: unknown, depth: number): void => {
    if (!(value instanceof Error) || seen.has(value) || depth > 8) return;
    seen.add(value);
    const { code, syscall } = value as { code?: unknown; syscall?: unknown };
    if (typeof code === 'string') {
      errorCode ??= code;
      if (NOTHING_SENT_CODES.has(code) || syscall === 'connect') nothingSent = true;
    }
    if (/\bconnection refused\b/i.test(value.message)) nothingSent = true;
    if (depth > 0 && value.message) detail = value.message;
    if (value instanceof AggregateError) for (const member of value.errors) visit(member, depth + 1);
    visit(value.cause, depth + 1);
  };
  visit(error, 0);
  return { errorCode, nothingSent, detail };
}
