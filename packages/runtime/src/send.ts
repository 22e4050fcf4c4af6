/**
 * Sending one request in one or more attempts. Each attempt signs its own copy of the headers, is sent with
 * `fetch(url, init)` and has its body read, all within its own timeout and the caller's signal; whether and when to
 * try again is retry-policy.ts's rule, and every text (log entry, error) is the request's reporter's. The loop's
 * three moments are marked: an attempt starts, an attempt ends, the wait before a retry. A client given a rate limiter
 * sends each attempt through the call's gate (rate-limiter.ts): the attempt waits its turn, a 429 holds back its class.
 */
import type { RetryEvent } from './call-report.js';
import { CloudspecsError } from './errors.js';
import { gateOf } from './rate-limiter.js';
import { followRedirects, type Hop } from './redirects.js';
import type { RequestContext } from './request-context.js';
import { BodyTooLarge, guardStream, parseErrorBody, readBody } from './response-body.js';
import {
  backoffDelay,
  type ConnectionFailure,
  describeConnectionFailure,
  isIdempotent,
  retryReason,
} from './retry-policy.js';
import { parseRetryAfter } from './retry-after.js';
import { safeCause } from './safe-cause.js';
import { abortable, followSignal, racingAbort } from './signals.js';
import { askVendor } from './vendor.js';

/**
 * What a request came to: the final response (its body already read, unless it is a 2xx handed over as a stream),
 * the body read (text, or bytes for a 2xx read as `blob` / `arrayBuffer`; `undefined` for a stream) and how many
 * attempts it took.
 */
export interface SentRequest {
  response: Response;
  body: string | ArrayBuffer | undefined;
  attempts: number;
}

/**
 * How one attempt ended: what the retry rules read (an AttemptOutcome) and what the result or the error is made of.
 * Errors are built only once the request is over, so they can say how many attempts it took.
 */
type Attempt =
  | {
      kind: 'response';
      status: number;
      /** the vendor's error code of a non-2xx body, for the retry decision */
      code: string | undefined;
      response: Response;
      body: string | ArrayBuffer | undefined;
      durationMs: number;
    }
  | { kind: 'timeout'; timeoutMs: number; durationMs: number }
  | { kind: 'too-large'; status: number; receivedBytes: number }
  | ({ kind: 'connection-error'; error: unknown; durationMs: number } & ConnectionFailure)
  | { kind: 'cancelled' };

export async function sendWithRetries(ctx: RequestContext): Promise<SentRequest> {
  const { request, settings, report } = ctx;
  const { policy } = ctx.client;
  const { method, signal } = request;
  // A retry after a rate limit, through a limiter, does not use up the retries for failures.
  let maxAttempts = settings.maxRetries + 1;
  const startedAt = performance.now();
  const { rateLimiter } = ctx.client.options;
  // The call's way through the client's rate limiter: its waits, holds and retries after a 429 (rate-limiter.ts).
  const gate =
    rateLimiter === undefined
      ? undefined
      : gateOf(rateLimiter, {
          vendor: ctx.client.vendor.name,
          method,
          path: ctx.schemaPath,
          signal,
          timeoutMs: settings.timeoutMs,
          maxRetries: settings.maxRetries,
          policy,
          report,
          trace: ctx.trace,
        });

  for (let attempt = 1; ; attempt++) {
    report.attempts = attempt;
    if (signal?.aborted) throw report.cancelled(signal.reason);
    // ── An attempt starts.
    report.log('debug', (url) => `${method} ${url} (attempt ${attempt} of ${maxAttempts})`, { attempt });
    const result =
      gate === undefined
        ? await attemptOnce(ctx)
        : await gate.through(
            attempt,
            () => report.cancelled(signal?.reason),
            () => attemptOnce(ctx),
          );
    // ── The attempt ended: `result` says how.
    if (result.kind === 'cancelled') throw report.cancelled(signal?.reason);
    if (result.kind === 'too-large') {
      // Never retried: the same request would bring the same body.
      const error = report.tooLarge(result.status, result.receivedBytes, settings.maxResponseBytes);
      report.log('error', () => error.message, { status: result.status, attempt, error: error.name });
      throw error;
    }
    const status = result.kind === 'response' ? result.status : undefined;
    if (status !== undefined) {
      const { durationMs } = result;
      report.log('debug', (url) => `${method} ${url} answered ${status} in ${durationMs} ms`, {
        status,
        attempt,
        durationMs,
      });
    }
    // Through a limiter, a 429 held its class: `gate.again` (onRateLimit) decides whether it is sent again, which the
    // limiter then lets through when the hold ends, ahead of its class. Otherwise the retry rules decide.
    const holdMs = gate?.held;
    if (holdMs !== undefined && result.kind === 'response' && gate !== undefined) {
      const again = await gate.again(result.status, result.code);
      if (signal?.aborted) throw report.cancelled(signal.reason);
      if (again) {
        maxAttempts++;
        const code = result.code ? ` ${result.code}` : '';
        const reason = report.redactor().text(`${result.status}${code}: rate limited`);
        announceRetry(ctx, { attempt, delayMs: holdMs, reason, method, url: report.shownUrl(), status: result.status });
        continue;
      }
    }
    const retry = attempt < maxAttempts && holdMs === undefined ? retryAfter(ctx, result, attempt) : undefined;

    if (retry === undefined) {
      const durationMs = Math.round(performance.now() - startedAt);
      if (result.kind === 'response') {
        const level = result.response.ok ? 'info' : 'warn';
        report.log(level, (url) => `${method} ${url} -> ${status} in ${durationMs} ms`, {
          status,
          attempt,
          durationMs,
        });
        return { response: result.response, body: result.body, attempts: attempt };
      }
      const notRetried = attempt < maxAttempts && !isIdempotent(method);
      const error =
        result.kind === 'timeout'
          ? report.timedOut(result.timeoutMs, result.durationMs, notRetried)
          : report.connectionFailed(result.error, result, notRetried);
      report.log('error', () => error.message, { attempt, durationMs, error: error.name });
      throw error;
    }

    // ── The wait before the next attempt, reported first.
    const { reason, delayMs } = retry;
    const event = { attempt, delayMs, reason: report.redactor().text(reason), method, url: report.shownUrl() };
    announceRetry(ctx, status === undefined ? event : { ...event, status });
    report.log(
      'warn',
      (url) => `retrying ${method} ${url} in ${delayMs} ms: attempt ${attempt} of ${maxAttempts} failed (${reason})`,
      { attempt, delayMs, reason, status },
    );
    try {
      // A sleep given no signal gets one that never aborts.
      await policy.sleep(delayMs, signal ?? new AbortController().signal);
    } catch (error) {
      if (signal?.aborted) throw report.cancelled(signal.reason);
      throw error;
    }
  }
}

/** A retry, told to `onRetry` and to the call's span. */
function announceRetry(ctx: RequestContext, event: RetryEvent): void {
  ctx.trace?.retry(event);
  try {
    ctx.client.onRetry?.(event);
  } catch {
    // A broken hook must not change the outcome of a request.
  }
}

/**
 * Whether to try again after this attempt, why (it holds the vendor's error code, which a server may have built from
 * the request: redacted before it is shown) and after how long: the server's `Retry-After`, else the backoff. A
 * `Retry-After` over the policy's cap is not waited for: the answer is the result.
 */
function retryAfter(
  ctx: RequestContext,
  result: Exclude<Attempt, { kind: 'too-large' | 'cancelled' }>,
  attempt: number,
): { reason: string; delayMs: number } | undefined {
  // A 2xx is the result whatever the vendor's rules: no retry reason is worked out for it.
  if (result.kind === 'response' && result.response.ok) return undefined;
  const { vendor, policy } = ctx.client;
  const reason = retryReason(ctx.request.method, result, vendor);
  if (reason === undefined) return undefined;
  if (result.kind !== 'response') return { reason, delayMs: backoffDelay(attempt, policy) };
  const retryAfterMs = parseRetryAfter(result.response.headers.get('retry-after'));
  if (retryAfterMs === undefined) return { reason, delayMs: backoffDelay(attempt, policy) };
  if (retryAfterMs <= policy.maxRetryAfterMs) return { reason, delayMs: retryAfterMs };
  const { method } = ctx.request;
  const cap = policy.maxRetryAfterMs;
  ctx.report.log(
    'warn',
    (url) => `not retrying ${method} ${url}: Retry-After ${retryAfterMs} ms is over the ${cap} ms cap`,
    { attempt, status: result.response.status },
  );
  return undefined;
}

/**
 * One attempt: the request's headers copied (credentials go on the copy, so every attempt is signed afresh; not for an
 * authenticator that sets the same headers every time), signed, sent and its body read, all within the attempt's
 * timeout and the caller's signal.
 */
async function attemptOnce(ctx: RequestContext): Promise<Attempt> {
  const { request, settings, report } = ctx;
  const callerSignal = request.signal;
  const controller = racingAbort();
  const unfollow = followSignal(callerSignal, controller);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException(`no answer within ${settings.timeoutMs} ms`, 'TimeoutError'));
  }, settings.timeoutMs);
  const startedAt = performance.now();
  const elapsed = () => Math.round(performance.now() - startedAt);
  let bodyHandedOver = false;
  try {
    const hop: Hop = {
      method: request.method,
      url: request.url,
      headers: ctx.client.auth.sameEveryAttempt ? request.headers : new Headers(request.headers),
      body: request.body,
    };
    try {
      // An async authenticator (SCP signs with Web Crypto where Node's HMAC is missing) is raced with the abort.
      const signing = sign(ctx, hop, controller.signal, controller.race);
      if (signing) await signing;
    } catch (error) {
      if (callerSignal?.aborted) return { kind: 'cancelled' };
      if (timedOut) return { kind: 'timeout', timeoutMs: settings.timeoutMs, durationMs: elapsed() };
      throw error; // the authenticator's own failure, e.g. a token function that threw
    }
    // A `fetch` option or its body may ignore the signal: it is raced with it. The global fetch honours it.
    const guarded = settings.transport !== undefined;
    let status = 0;
    try {
      const sendHop = (next: Hop) => transportSend(ctx, next, controller.signal);
      let sending = sendHop(hop);
      if (settings.followRedirects) {
        sending = sending.then((response) =>
          followRedirects(response, hop, request.headers, async (next) => {
            await sign(ctx, next, controller.signal);
            return sendHop(next);
          }),
        );
      }
      const received = await (guarded ? controller.race(sending) : sending);
      status = received.status;
      if (received.ok && settings.parseAs === 'stream') {
        // The caller reads the body later: the timeout ends with the headers, the caller's signal still applies
        // until the body ends, and the body is still counted against maxResponseBytes.
        bodyHandedOver = true;
        const response = guardStream(received, settings.maxResponseBytes, {
          tooLarge: (receivedBytes) => report.tooLarge(received.status, receivedBytes, settings.maxResponseBytes),
          cancelled: () => (callerSignal?.aborted ? report.cancelled(callerSignal.reason) : undefined),
          done: unfollow,
        });
        return {
          kind: 'response',
          status: received.status,
          code: undefined,
          response,
          body: undefined,
          durationMs: elapsed(),
        };
      }
      const binary = received.ok && (settings.parseAs === 'blob' || settings.parseAs === 'arrayBuffer');
      const reading = readBody(received, settings.maxResponseBytes, binary ? 'arrayBuffer' : 'text');
      const body = await (guarded ? controller.race(reading) : reading);
      const { vendor } = ctx.client;
      const code =
        typeof body === 'string' && !received.ok ? askVendor(() => vendor.errorCode(parseErrorBody(body))) : undefined;
      return { kind: 'response', status: received.status, code, response: received, body, durationMs: elapsed() };
    } catch (error) {
      if (callerSignal?.aborted) return { kind: 'cancelled' };
      if (timedOut) return { kind: 'timeout', timeoutMs: settings.timeoutMs, durationMs: elapsed() };
      if (error instanceof BodyTooLarge) return { kind: 'too-large', status, receivedBytes: error.receivedBytes };
      return { kind: 'connection-error', error, ...describeConnectionFailure(error), durationMs: elapsed() };
    }
  } finally {
    clearTimeout(timer);
    if (!bodyHandedOver) unfollow();
  }
}

/**
 * Signs one hop. An error of the authenticator that is not the runtime's own (e.g. `Headers.set` refusing a value
 * with a line break, quoting it) is passed on without any secret in it.
 */
function sign(
  ctx: RequestContext,
  hop: Hop,
  signal: AbortSignal,
  race: (signing: Promise<void>) => Promise<void> = (signing) => abortable(signing, signal),
): Promise<void> | undefined {
  const passOn = (error: unknown): unknown =>
    error instanceof CloudspecsError || signal.aborted ? error : safeCause(error, ctx.report.redactor());
  let applied: void | Promise<void>;
  try {
    applied = ctx.client.auth.apply(hop);
  } catch (error) {
    throw passOn(error);
  }
  // A synchronous authenticator has nothing to wait for; an abort before the send is seen by the send.
  if (applied === undefined) return undefined;
  return race(Promise.resolve(applied)).catch((error: unknown) => {
    throw passOn(error);
  });
}

/**
 * Hands one hop to the transport. The global fetch is called with the URL and init, as by hand: a `Request` built
 * first would have its body re-piped by fetch (an identity TransformStream). A `fetch` option is given a Request, as
 * its type promises. Redirects are answered, or followed by the runtime (redirects.ts), never by fetch.
 */
function transportSend(ctx: RequestContext, hop: Hop, signal: AbortSignal): Promise<Response> {
  const { settings } = ctx;
  const init: RequestInit = {
    ...ctx.request.init,
    method: hop.method,
    headers: hop.headers,
    body: hop.body,
    signal,
    redirect: settings.redirectIsError ? 'error' : 'manual',
  };
  // Called detached, like openapi-fetch does: browsers reject `fetch` invoked as a method of another object.
  const { transport } = settings;
  if (transport) return transport(new Request(hop.url, init));
  const fetch = globalThis.fetch;
  return fetch(hop.url, init);
}
