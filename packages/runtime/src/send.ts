/**
 * One logical request, sent in one or more attempts: each attempt gets its own copy of the headers, signed anew, and
 * is sent with `fetch(url, init)`, bounded by its own timeout and by the caller's signal. The retry rules are in
 * retry-policy.ts.
 */
import type { ParseAs } from 'openapi-fetch';
import { AbortError, CloudspecsError, ConnectionError, ResponseTooLargeError, TimeoutError } from './errors.js';
import type { Logger } from './logging.js';
import type { RetryEvent } from './options.js';
import { createRedactor } from './redaction.js';
import { BodyTooLarge, parseErrorBody, readBody, withBody } from './response-body.js';
import {
  type AttemptOutcome,
  type ConnectionFailure,
  type RetryPolicy,
  backoffDelay,
  describeConnectionFailure,
  isIdempotent,
  retryReason,
} from './retry-policy.js';
import { parseRetryAfter } from './retry-after.js';
import { gateOf, type RateLimiter } from './rate-limiter.js';
import { safeCause } from './safe-cause.js';
import { abortable, followSignal, racingAbort } from './signals.js';
import type { CallTrace } from './tracing.js';
import type { Authenticator, SignableRequest, VendorProfile } from './vendor.js';

/**
 * One logical request, as the client built it: the URL (normalized, as sent and signed), the method, the headers
 * before credentials, and a body that can be sent again as it is (a string, bytes, a Blob, FormData or
 * URLSearchParams; never a stream). Each attempt copies the headers, signs the copy and hands `fetch(url, init)` the
 * same body, so nothing is cloned or teed per attempt.
 */
export interface OutgoingRequest {
  method: string;
  url: string;
  headers: Headers;
  body: Exclude<BodyInit, ReadableStream> | null;
  /** The caller's signal, if any. */
  signal: AbortSignal | undefined;
  /** The caller's other `RequestInit` options (cache, credentials, keepalive, ...), passed on to every attempt. */
  init: RequestInit | undefined;
}

export interface SendSettings {
  vendor: VendorProfile;
  auth: Authenticator;
  /** `undefined`: the global fetch, looked up per attempt (so a polyfill or a test double installed later is used). */
  transport: ((request: Request) => Promise<Response>) | undefined;
  timeoutMs: number;
  maxRetries: number;
  /** How the caller will read a 2xx body: a stream is handed over unread once its headers are in. */
  parseAs: ParseAs;
  allowInsecureHttp: boolean;
  policy: RetryPolicy;
  logger: Logger;
  onRetry: ((event: RetryEvent) => void) | undefined;
  /** Longest body read, decoded; past it the call throws ResponseTooLargeError. */
  maxResponseBytes: number;
  /**
   * The caller asked for `redirect: 'follow'`: redirects to the same origin are followed (each hop signed again);
   * one to another origin never is, since the request carries credentials: that answer is the result.
   */
  followRedirects: boolean;
  /** The caller asked for `redirect: 'error'`: fetch rejects a redirect, which is then a connection error. */
  redirectError: boolean;
  /** The client's rate limiter (rate-limiter.ts), when it has one; every attempt of the call passes through it. */
  rateLimiter: RateLimiter | undefined;
  /** The path template, for the limiter's classes. */
  schemaPath: string;
  /** The call's span (tracing.ts), when the client traces. */
  trace: CallTrace | undefined;
}

/**
 * The outcome of a request: the final response (its body already read, unless it is a 2xx handed over as a stream),
 * the body read (text, or bytes for a 2xx read as `blob` / `arrayBuffer`; `undefined` for a stream) and how many
 * attempts it took.
 */
export interface Sent {
  response: Response;
  body: string | ArrayBuffer | undefined;
  attempts: number;
}

/** How one attempt ended. Errors are built only once the request is over, so they can say how many attempts it took. */
type Attempt =
  | {
      kind: 'response';
      response: Response;
      body: string | ArrayBuffer | undefined;
      code: string | undefined;
      durationMs: number;
    }
  | { kind: 'timeout'; durationMs: number }
  | { kind: 'too-large'; status: number; receivedBytes: number; durationMs: number }
  | { kind: 'connection-error'; error: unknown; failure: ConnectionFailure; durationMs: number };

export async function sendWithRetries(request: OutgoingRequest, settings: SendSettings): Promise<Sent> {
  const { vendor, auth, policy, logger, maxRetries, timeoutMs } = settings;
  const { method, url } = request;
  const secrets = () => auth.secrets();
  // Redacted only when a text is actually built (a log line, an event, an error), and read afresh each time: an
  // authenticator may only know its secrets once it has signed (token functions).
  const shownUrl = () => createRedactor(secrets()).url(url);
  const callerSignal = request.signal;
  // A retry after a rate limit (with a limiter) does not use up the retries for failures.
  let maxAttempts = maxRetries + 1;
  const startedAt = performance.now();
  const cancelled = () => {
    const redactor = createRedactor(secrets());
    const shown = redactor.url(url);
    return new AbortError(
      redactor.text(`${vendor.name}: ${method} ${shown} was cancelled by the caller's signal.`),
      { vendor: vendor.name, method, url: shown },
      { cause: safeCause(callerSignal?.reason, redactor) },
    );
  };

  // The call's way through the rate limiter: its waits, holds and the decision to send again (rate-limiter.ts).
  const gate =
    settings.rateLimiter === undefined
      ? undefined
      : gateOf(settings.rateLimiter, {
          vendor: vendor.name,
          method,
          path: settings.schemaPath,
          signal: callerSignal,
          timeoutMs,
          maxRetries,
          policy,
          secrets,
          logger,
          trace: settings.trace,
          shownUrl,
        });

  for (let attempt = 1; ; attempt++) {
    if (callerSignal?.aborted) throw cancelled();
    if (logger.enabled('debug')) {
      logger.log('debug', `${method} ${shownUrl()} (attempt ${attempt} of ${maxAttempts})`, {
        method,
        url: shownUrl(),
        attempt,
      });
    }
    const admitted = gate?.admit(attempt, cancelled);
    const ticket = admitted instanceof Promise ? await admitted : admitted;
    let result: Awaited<ReturnType<typeof attemptOnce>>;
    /** With a limiter, a rate-limit answer: how long its class is held. */
    let holdMs: number | undefined;
    try {
      result = await attemptOnce(request, settings, {
        cancelled,
        tooLarge: (status, receivedBytes) =>
          tooLargeError({ method, url: shownUrl(), status, receivedBytes, attempt, settings, secrets }),
      });
      // Held before this attempt leaves the limiter, so that no request of its class takes its place meanwhile.
      if (
        gate !== undefined &&
        result !== 'cancelled' &&
        result.kind === 'response' &&
        result.response.status === 429
      ) {
        holdMs = gate.hold(result.response, result.code);
      }
    } finally {
      ticket?.leave();
    }
    if (result === 'cancelled') throw cancelled();
    if (result.kind === 'too-large') {
      // Never retried: the same request would bring the same body.
      const error = tooLargeError({ method, url: shownUrl(), ...result, attempt, settings, secrets });
      logger.log('error', error.message, {
        method,
        url: shownUrl(),
        status: result.status,
        attempt,
        error: error.name,
      });
      throw error;
    }
    let shownCache: string | undefined;
    const shown = () => (shownCache ??= shownUrl());
    const status = result.kind === 'response' ? result.response.status : undefined;
    if (status !== undefined && logger.enabled('debug')) {
      logger.log('debug', `${method} ${shown()} answered ${status} in ${result.durationMs} ms`, {
        method,
        url: shown(),
        status,
        attempt,
        durationMs: result.durationMs,
      });
    }

    // With a limiter, a rate-limit answer holds its class and onRateLimit decides (rate-limiter.ts); the retry waits
    // in the limiter for the hold to end, ahead of its class.
    // With a limiter, a rate-limit answer holds its class and onRateLimit decides; the retry waits in the limiter
    // for the hold to end, ahead of its class.
    const limited = holdMs !== undefined;
    if (gate !== undefined && holdMs !== undefined && result.kind === 'response') {
      const again = await gate.again(result.response.status, result.code, holdMs);
      if (callerSignal?.aborted) throw cancelled();
      if (again) {
        maxAttempts++;
        announceRetry(settings, {
          attempt,
          delayMs: holdMs,
          reason: createRedactor(secrets()).text(`${status}${result.code ? ` ${result.code}` : ''}: rate limited`),
          method,
          url: shown(),
          status: result.response.status,
        });
        continue;
      }
    }

    // A 2xx is the result whatever the vendor's rules: no retry reason is worked out for it.
    const succeeded = result.kind === 'response' && result.response.ok;
    let reason =
      attempt < maxAttempts && !succeeded && !limited
        ? retryReason(method, outcomeOf(result, timeoutMs), vendor)
        : undefined;
    let delayMs = 0;
    if (reason !== undefined) {
      const retryAfterMs =
        result.kind === 'response' ? parseRetryAfter(result.response.headers.get('retry-after')) : undefined;
      if (retryAfterMs !== undefined && retryAfterMs > policy.maxRetryAfterMs) {
        const cap = policy.maxRetryAfterMs;
        if (logger.enabled('warn')) {
          logger.log(
            'warn',
            `not retrying ${method} ${shown()}: Retry-After ${retryAfterMs} ms is over the ${cap} ms cap`,
            {
              method,
              url: shown(),
              attempt,
              status,
            },
          );
        }
        reason = undefined;
      } else {
        delayMs = retryAfterMs ?? backoffDelay(attempt, policy);
      }
    }

    if (reason === undefined) {
      const durationMs = Math.round(performance.now() - startedAt);
      if (result.kind === 'response') {
        const level = result.response.ok ? 'info' : 'warn';
        if (logger.enabled(level)) {
          logger.log(level, `${method} ${shown()} -> ${status} in ${durationMs} ms`, {
            method,
            url: shown(),
            status,
            attempt,
            durationMs,
          });
        }
        return { response: result.response, body: result.body, attempts: attempt };
      }
      const error = failureError(result, { method, url: shown(), attempt, maxAttempts, settings, secrets });
      logger.log('error', error.message, { method, url: shown(), attempt, durationMs, error: error.name });
      throw error;
    }

    // The reason holds the vendor's error code, which a server may have built from the request.
    const event: RetryEvent = {
      attempt,
      delayMs,
      reason: createRedactor(secrets()).text(reason),
      method,
      url: shown(),
    };
    if (status !== undefined) event.status = status;
    announceRetry(settings, event);
    logger.log(
      'warn',
      `retrying ${method} ${shown()} in ${delayMs} ms: attempt ${attempt} of ${maxAttempts} failed (${reason})`,
      { method, url: shown(), attempt, delayMs, reason, status },
    );
    try {
      // A sleep given no signal gets one that never aborts.
      await policy.sleep(delayMs, callerSignal ?? new AbortController().signal);
    } catch (error) {
      if (callerSignal?.aborted) throw cancelled();
      throw error;
    }
  }
}

/** A retry, told to `onRetry` and to the call's span. */
function announceRetry(settings: SendSettings, event: RetryEvent): void {
  settings.trace?.retry(event);
  try {
    settings.onRetry?.(event);
  } catch {
    // A broken hook must not change the outcome of a request.
  }
}

interface AttemptContext {
  /** The AbortError for the caller's abort. */
  cancelled: () => AbortError;
  /** The error for a streamed body that grew past maxResponseBytes. */
  tooLarge: (status: number, receivedBytes: number) => ResponseTooLargeError;
}

/**
 * One attempt: the request's headers copied (credentials go on the copy, so every attempt is signed afresh), signed,
 * sent and its body read, all within the attempt's timeout and the caller's signal.
 */
async function attemptOnce(
  request: OutgoingRequest,
  settings: SendSettings,
  context: AttemptContext,
): Promise<Attempt | 'cancelled'> {
  const { timeoutMs } = settings;
  const callerSignal = request.signal;
  const controller = racingAbort();
  const unfollow = followSignal(callerSignal, controller);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException(`no answer within ${timeoutMs} ms`, 'TimeoutError'));
  }, timeoutMs);
  const startedAt = performance.now();
  const elapsed = () => Math.round(performance.now() - startedAt);
  let bodyHandedOver = false;
  try {
    const signable: SignableRequest = {
      method: request.method,
      url: request.url,
      headers: new Headers(request.headers),
    };
    try {
      // An async authenticator (SCP signs with Web Crypto where Node's HMAC is missing) is raced with the abort.
      const signing = sign(signable, settings, controller.signal, controller.race);
      if (signing) await signing;
    } catch (error) {
      if (callerSignal?.aborted) return 'cancelled';
      if (timedOut) return { kind: 'timeout', durationMs: elapsed() };
      throw error; // the authenticator's own failure, e.g. a token function that threw
    }
    // A `fetch` option or its body may ignore the signal: it is raced with it. The global fetch honours it.
    const guarded = settings.transport !== undefined;
    let status = 0;
    try {
      const sending = sendFollowing(request, signable.headers, settings, controller.signal);
      const received = await (guarded ? controller.race(sending) : sending);
      status = received.status;
      if (received.ok && settings.parseAs === 'stream') {
        // The caller reads the body later: the timeout ends with the headers, the caller's signal still applies
        // until the body ends, and the body is still counted against maxResponseBytes.
        bodyHandedOver = true;
        return {
          kind: 'response',
          response: guardStream(received, settings.maxResponseBytes, {
            ...context,
            callerAborted: () => callerSignal?.aborted === true,
            done: unfollow,
          }),
          body: undefined,
          code: undefined,
          durationMs: elapsed(),
        };
      }
      const binary = received.ok && (settings.parseAs === 'blob' || settings.parseAs === 'arrayBuffer');
      const reading = readBody(received, settings.maxResponseBytes, binary ? 'arrayBuffer' : 'text');
      const body = await (guarded ? controller.race(reading) : reading);
      const code =
        typeof body === 'string' && !received.ok ? vendorCode(settings.vendor, parseErrorBody(body)) : undefined;
      return { kind: 'response', response: received, body, code, durationMs: elapsed() };
    } catch (error) {
      if (callerSignal?.aborted) return 'cancelled';
      if (timedOut) return { kind: 'timeout', durationMs: elapsed() };
      if (error instanceof BodyTooLarge) {
        return { kind: 'too-large', status, receivedBytes: error.receivedBytes, durationMs: elapsed() };
      }
      return { kind: 'connection-error', error, failure: describeConnectionFailure(error), durationMs: elapsed() };
    }
  } finally {
    clearTimeout(timer);
    if (!bodyHandedOver) unfollow();
  }
}

/**
 * Signs one attempt. An error of the authenticator that is not the runtime's own (e.g. `Headers.set` refusing a
 * value with a line break, quoting it) is passed on without any secret in it.
 */
function sign(
  request: SignableRequest,
  settings: SendSettings,
  signal: AbortSignal,
  race: (signing: Promise<void>) => Promise<void> = (signing) => abortable(signing, signal),
): Promise<void> | undefined {
  const passOn = (error: unknown): unknown =>
    error instanceof CloudspecsError || signal.aborted
      ? error
      : safeCause(error, createRedactor(settings.auth.secrets()));
  let applied: void | Promise<void>;
  try {
    applied = settings.auth.apply(request);
  } catch (error) {
    throw passOn(error);
  }
  // A synchronous authenticator has nothing to wait for; an abort before the send is seen by the send.
  if (applied === undefined) return undefined;
  return race(Promise.resolve(applied)).catch((error: unknown) => {
    throw passOn(error);
  });
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** As in the fetch standard. */
const MAX_REDIRECTS = 20;

/**
 * Sends one attempt and, when the caller asked to follow redirects, follows those that stay on the same origin: each
 * hop is a new request, signed again (a signature covers the URL), with the method and body rules of the fetch
 * standard. A redirect to another origin is never followed, as the request carries credentials: it is the answer.
 */
function sendFollowing(
  request: OutgoingRequest,
  headers: Headers,
  settings: SendSettings,
  signal: AbortSignal,
): Promise<Response> {
  const first = { method: request.method, url: request.url, headers, body: request.body };
  const sending = send(first, request.init, settings, signal);
  return settings.followRedirects ? follow(sending, first, request, settings, signal) : sending;
}

async function follow(
  sending: Promise<Response>,
  first: SignableRequest & { body: OutgoingRequest['body'] },
  request: OutgoingRequest,
  settings: SendSettings,
  signal: AbortSignal,
): Promise<Response> {
  let current = first;
  let response = await sending;
  for (let hop = 0; hop < MAX_REDIRECTS && REDIRECT_STATUSES.has(response.status); hop++) {
    const location = response.headers.get('location');
    let target: URL;
    try {
      if (location === null) return response;
      target = new URL(location, current.url);
    } catch {
      return response;
    }
    if (target.origin !== new URL(current.url).origin) return response;
    const toGet =
      response.status === 303
        ? current.method !== 'HEAD'
        : (response.status === 301 || response.status === 302) && current.method === 'POST';
    await response.body?.cancel().catch(() => {});
    // The next hop starts from the request's own headers: the credentials of this hop are not carried over.
    const next = new Headers(request.headers);
    if (toGet) {
      for (const name of [
        'content-type',
        'content-length',
        'content-encoding',
        'content-language',
        'content-location',
      ]) {
        next.delete(name);
      }
    }
    current = {
      method: toGet ? 'GET' : current.method,
      url: target.href,
      headers: next,
      body: toGet ? null : current.body,
    };
    await sign(current, settings, signal);
    response = await send(current, request.init, settings, signal);
  }
  return response;
}

/**
 * The body handed over unread for `parseAs: 'stream'`, counted as it is read: past `maxBytes` it errors with
 * ResponseTooLargeError, and a caller's abort errors it with AbortError. When it ends, fails or is cancelled, the
 * caller's signal is no longer followed, so no listener stays behind.
 */
function guardStream(
  received: Response,
  maxBytes: number,
  hooks: AttemptContext & { callerAborted: () => boolean; done: () => void },
): Response {
  const source = received.body;
  if (source === null) {
    hooks.done();
    return received;
  }
  const reader = source.getReader();
  let total = 0;
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    hooks.done();
  };
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (done) {
          finish();
          controller.close();
          return;
        }
        total += value.byteLength;
        if (total > maxBytes) {
          finish();
          reader.cancel().catch(() => {});
          controller.error(hooks.tooLarge(received.status, total));
          return;
        }
        controller.enqueue(value);
      } catch (error) {
        finish();
        controller.error(hooks.callerAborted() ? hooks.cancelled() : error);
      }
    },
    cancel(reason) {
      finish();
      return reader.cancel(reason);
    },
  });
  return withBody(received, stream);
}

/**
 * Hands one attempt to the transport. The global fetch is called with the URL and init, as by hand: a `Request` built
 * first would have its body re-piped by fetch (an identity TransformStream). A `fetch` option is given a Request, as
 * its type promises.
 */
function send(
  request: SignableRequest & { body: OutgoingRequest['body'] },
  options: RequestInit | undefined,
  settings: SendSettings,
  signal: AbortSignal,
): Promise<Response> {
  // Redirects are answered, or followed by the runtime (see sendFollowing), never by fetch.
  const init: RequestInit = {
    ...options,
    method: request.method,
    headers: request.headers,
    body: request.body,
    signal,
    redirect: settings.redirectError ? 'error' : 'manual',
  };
  const { transport } = settings;
  if (transport) return transport(new Request(request.url, init));
  // Called detached, like openapi-fetch does: browsers reject `fetch` invoked as a method of another object.
  const fetch = globalThis.fetch;
  return fetch(request.url, init);
}

function vendorCode(vendor: VendorProfile, body: unknown): string | undefined {
  try {
    return vendor.errorCode(body);
  } catch {
    return undefined;
  }
}

function outcomeOf(result: Exclude<Attempt, { kind: 'too-large' }>, timeoutMs: number): AttemptOutcome {
  switch (result.kind) {
    case 'response':
      return { kind: 'response', status: result.response.status, code: result.code };
    case 'timeout':
      return { kind: 'timeout', timeoutMs };
    case 'connection-error':
      return { kind: 'connection-error', nothingSent: result.failure.nothingSent, errorCode: result.failure.errorCode };
  }
}

function failureError(
  result: Exclude<Attempt, { kind: 'response' | 'too-large' }>,
  context: {
    method: string;
    url: string;
    attempt: number;
    maxAttempts: number;
    settings: SendSettings;
    secrets: () => readonly string[];
  },
): TimeoutError | ConnectionError {
  const { method, url, attempt, maxAttempts, settings } = context;
  const redactor = createRedactor(context.secrets());
  const vendor = settings.vendor.name;
  const attempts = attempt > 1 ? ` [after ${attempt} attempts]` : '';
  // Say why a POST/PATCH stopped early, so nobody "fixes" it by raising maxRetries.
  const notRetried =
    attempt < maxAttempts && !isIdempotent(method)
      ? ` Not retried: the request may have reached the server, and ${method} is not idempotent.`
      : '';
  if (result.kind === 'timeout') {
    const message = `${vendor}: ${method} ${url} timed out: no answer within ${settings.timeoutMs} ms${attempts}.${notRetried} Raise the "timeout" option if this operation is slow.`;
    return new TimeoutError(redactor.text(message), {
      vendor,
      method,
      url,
      timeoutMs: settings.timeoutMs,
      waitedMs: result.durationMs,
      attempts: attempt,
    });
  }
  const { errorCode, detail } = result.failure;
  const codeNote = errorCode && !detail.includes(errorCode) ? ` (${errorCode})` : '';
  const message = `${vendor}: ${method} ${url} failed before an HTTP answer: ${detail}${codeNote}${attempts}.${notRetried}`;
  return new ConnectionError(
    redactor.text(message),
    { vendor, method, url, attempts: attempt, errorCode },
    { cause: safeCause(result.error, redactor) },
  );
}

function tooLargeError(context: {
  method: string;
  url: string;
  status: number;
  receivedBytes: number;
  attempt: number;
  settings: SendSettings;
  secrets: () => readonly string[];
}): ResponseTooLargeError {
  const { method, url, status, receivedBytes, attempt, settings } = context;
  const vendor = settings.vendor.name;
  const max = settings.maxResponseBytes;
  const message = `${vendor}: ${method} ${url} answered ${status} with a body larger than maxResponseBytes (${max} bytes); reading stopped after ${receivedBytes} bytes and the request is not retried. Raise "maxResponseBytes" on the client or the call if such answers are expected.`;
  return new ResponseTooLargeError(createRedactor(context.secrets()).text(message), {
    vendor,
    method,
    url,
    status,
    maxResponseBytes: max,
    receivedBytes,
    attempts: attempt,
  });
}
