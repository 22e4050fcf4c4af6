/**
 * What a call reports as it goes — a retry, a rate limit answered or waited for — in the shapes the options, the rate
 * limiter and the tracing share. A leaf: it imports nothing, so none of them imports another for a type.
 */

/** Reported through `onRetry` before each retry. */
export interface RetryEvent {
  /** The attempt that failed: 1 for the first try. The retry is attempt + 1. */
  attempt: number;
  /** How long the client waits before the retry. */
  delayMs: number;
  /** Why it retries, e.g. "503 service_unavailable: the server did not execute the request". */
  reason: string;
  method: string;
  /** Without credentials. */
  url: string;
  /** The status that caused the retry, when it was an HTTP answer. */
  status?: number;
}

/** What `onRateLimit` is given: one answer that said to wait. */
export interface RateLimitHit {
  vendor: string;
  method: string;
  /** Without credentials. */
  url: string;
  /** The path template. */
  path: string;
  /** The request's class (`classify`), now held for `retryAfterMs`. */
  requestClass: string;
  status: number;
  /** The vendor's error code, e.g. Katapult's `rate_limit_reached`. */
  code: string | undefined;
  /**
   * How long the class is held: the server's `Retry-After`, or, when it gave none (Katapult), the retry backoff
   * without jitter (0.5 s, 1 s, 2 s, … up to 8 s).
   */
  retryAfterMs: number;
  /** How many times this request was already sent again after a rate limit: 0 at the first hit. */
  retryCount: number;
}

/** What a call reports to its span (only when tracing is on). */
export interface CallTrace {
  /**
   * The request's reporter, once the request is built (request-context.ts sets it): its URL as sent, redacted when the
   * span ends, and the attempts made, for `http.request.resend_count`.
   */
  report: { readonly url: string; readonly attempts: number } | undefined;
  /** Puts the trace context on the request's headers (`traceparent`, with the propagator the user registered). */
  inject(headers: Headers): void;
  retry(event: RetryEvent): void;
  /** The limiter kept the attempt waiting (`attempt` 1 for the first try). */
  rateLimitWait(requestClass: string, waitedMs: number, attempt: number): void;
  rateLimitHit(hit: RateLimitHit, retrying: boolean): void;
}
