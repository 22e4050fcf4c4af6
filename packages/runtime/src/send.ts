/**
 * The fetch the openapi-fetch client is given: one logical request, sent in one or more attempts. Each attempt is a
 * fresh clone of the request (so the body can be sent again), signed anew, bounded by its own timeout and by the
 * caller's signal. The retry rules are in retry-policy.ts.
 */
import type { ParseAs } from 'openapi-fetch';
import {
  AbortError,
  CloudspecsError,
  ConnectionError,
  ResponseTooLargeError,
  TimeoutError,
} from './errors.js';
import type { Logger } from './logging.js';
import { checkCredentialTransport, type RetryEvent } from './options.js';
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
import { safeCause } from './safe-cause.js';
import { abortable, followSignal } from './signals.js';
import type { Authenticator, VendorProfile } from './vendor.js';

/**
 * What openapi-fetch builds in place of a Request when the runtime is its `Request` (no middleware is registered, so
 * nothing but the runtime's fetch sees it): the URL and init, from which each attempt's Request is made directly.
 * This saves the Request openapi-fetch would build only to have it cloned (a tee of the body stream) and re-wrapped
 * (a TransformStream) for every attempt. The first attempt's Request is built at once, so anything `new Request`
 * rejects is still thrown where openapi-fetch builds its Request.
 */
export class PreparedRequest {
  readonly #input: string;
  readonly #init: RequestInit;
  #first: { request: Request; controller: AbortController } | undefined;
  /** The first attempt's request's, so normalized as a Request normalizes them. */
  readonly method: string;
  readonly url: string;

  /** For openapi-fetch's `Request` option: a PreparedRequest when the body can be sent again as is, else a Request. */
  static create(input: string, init: RequestInit): PreparedRequest | Request {
    const body = init.body;
    if (typeof input !== 'string' || (body !== undefined && body !== null && typeof body !== 'string')) {
      return new Request(input, init);
    }
    return new PreparedRequest(input, init);
  }

  private constructor(input: string, init: RequestInit) {
    this.#input = input;
    this.#init = init;
    const controller = new AbortController();
    const request = new Request(input, { ...init, signal: controller.signal });
    this.#first = { request, controller };
    this.method = request.method;
    this.url = request.url;
  }

  /** The caller's signal, if any. */
  get callerSignal(): AbortSignal | undefined {
    return this.#init.signal ?? undefined;
  }

  /** The serialized body (openapi-fetch's JSON string), sent as is by every attempt. */
  get body(): string | null | undefined {
    return this.#init.body as string | null | undefined;
  }

  /** A fresh Request for one attempt, bound to its own controller's signal; the caller's signal is followed apart. */
  attempt(): { request: Request; controller: AbortController } {
    const first = this.#first;
    if (first) {
      this.#first = undefined;
      return first;
    }
    const controller = new AbortController();
    return { request: new Request(this.#input, { ...this.#init, signal: controller.signal }), controller };
  }
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
  /**
   * Filled in for the caller: the URL sent to and the number of attempts made; `text` is the body of a 2xx answer
   * when `keepText` was set and the answer is handed back read (see attemptOnce).
   */
  exchange: { url: string; attempts: number; text?: string | undefined };
  /** Longest body read, decoded; past it the call throws ResponseTooLargeError. */
  maxResponseBytes: number;
  /**
   * The caller asked for `redirect: 'follow'`: redirects to the same origin are followed (each hop signed again);
   * one to another origin never is, since the request carries credentials: that answer is the result.
   */
  followRedirects: boolean;
  /**
   * Set when no middleware can see the response and the caller reads a 2xx body as text or JSON: a 2xx body read in
   * the attempt is given back in `exchange.text`, with the Response as received, instead of being rebuilt into a new
   * Response for openapi-fetch to read again (openapi-fetch is then asked for `parseAs: 'stream'` and reads nothing).
   */
  keepText?: boolean;
}

/** How one attempt ended. Errors are built only once the request is over, so they can say how many attempts it took. */
type Attempt =
  | { kind: 'response'; response: Response; code: string | undefined; durationMs: number; text?: string }
  | { kind: 'timeout'; durationMs: number }
  | { kind: 'too-large'; status: number; receivedBytes: number; durationMs: number }
  | { kind: 'connection-error'; error: unknown; failure: ConnectionFailure; durationMs: number };

export async function sendWithRetries(original: Request | PreparedRequest, settings: SendSettings): Promise<Response> {
  const { vendor, auth, policy, logger, maxRetries, timeoutMs } = settings;
  const method = original.method;
  const url = original.url;
  const secrets = () => auth.secrets();
  // Redacted only when a text is actually built (a log line, an event, an error), and read afresh each time: an
  // authenticator may only know its secrets once it has signed (token functions).
  const shownUrl = () => createRedactor(secrets()).url(url);
  settings.exchange.url = url;
  // Per request too: a caller may pass another baseUrl to one call.
  checkCredentialTransport(url, {
    vendor: vendor.name,
    allowInsecureHttp: settings.allowInsecureHttp,
    secrets,
    option: 'request URL',
  });

  const callerSignal = original instanceof PreparedRequest ? original.callerSignal : original.signal;
  const maxAttempts = maxRetries + 1;
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

  for (let attempt = 1; ; attempt++) {
    settings.exchange.attempts = attempt;
    if (callerSignal?.aborted) throw cancelled();
    if (logger.enabled('debug')) {
      logger.log('debug', `${method} ${shownUrl()} (attempt ${attempt} of ${maxAttempts})`, {
        method,
        url: shownUrl(),
        attempt,
      });
    }
    const result = await attemptOnce(original, callerSignal, settings, {
      cancelled,
      tooLarge: (status, receivedBytes) =>
        tooLargeError({ method, url: shownUrl(), status, receivedBytes, attempt, settings, secrets }),
    });
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

    let reason = attempt < maxAttempts ? retryReason(method, outcomeOf(result, timeoutMs), vendor) : undefined;
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
        settings.exchange.text = result.text;
        return result.response;
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
    try {
      settings.onRetry?.(event);
    } catch {
      // A broken hook must not change the outcome of a request.
    }
    logger.log(
      'warn',
      `retrying ${method} ${shown()} in ${delayMs} ms: attempt ${attempt} of ${maxAttempts} failed (${reason})`,
      { method, url: shown(), attempt, delayMs, reason, status },
    );
    try {
      // A Request always has a signal: a sleep given none gets one that never aborts, as before.
      await policy.sleep(delayMs, callerSignal ?? new AbortController().signal);
    } catch (error) {
      if (callerSignal?.aborted) throw cancelled();
      throw error;
    }
  }
}

/** An answer openapi-fetch gives no data for whatever its headers say (a Content-Length: 0 body is still read). */
function bodyNotRead(response: Response, method: string): boolean {
  return response.status === 204 || response.status === 205 || response.status === 304 || method === 'HEAD';
}

interface AttemptContext {
  /** The AbortError for the caller's abort. */
  cancelled: () => AbortError;
  /** The error for a streamed body that grew past maxResponseBytes. */
  tooLarge: (status: number, receivedBytes: number) => ResponseTooLargeError;
}

/**
 * One attempt: a fresh request (built from the prepared URL and body, or cloned), signed, fetched and its body read,
 * all within the attempt's timeout and the caller's signal.
 */
async function attemptOnce(
  original: Request | PreparedRequest,
  callerSignal: AbortSignal | undefined,
  settings: SendSettings,
  context: AttemptContext,
): Promise<Attempt | 'cancelled'> {
  const { timeoutMs } = settings;
  const prepared = original instanceof PreparedRequest ? original.attempt() : undefined;
  const controller = prepared ? prepared.controller : new AbortController();
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
    const request = prepared
      ? prepared.request
      : new Request((original as Request).clone(), {
          signal: controller.signal,
          // Redirects are answered or followed by the runtime (see sendFollowing), never by fetch.
          redirect: (original as Request).redirect === 'error' ? 'error' : 'manual',
        });
    try {
      await sign(request, settings, controller.signal);
    } catch (error) {
      if (callerSignal?.aborted) return 'cancelled';
      if (timedOut) return { kind: 'timeout', durationMs: elapsed() };
      throw error; // the authenticator's own failure, e.g. a token function that threw
    }
    let status = 0;
    try {
      const received = await abortable(
        sendFollowing(request, original, settings, controller.signal),
        controller.signal,
      );
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
          code: undefined,
          durationMs: elapsed(),
        };
      }
      const binary = received.ok && (settings.parseAs === 'blob' || settings.parseAs === 'arrayBuffer');
      const reading = readBody(received, settings.maxResponseBytes, binary ? 'arrayBuffer' : 'text');
      const body = await abortable(reading, controller.signal);
      if (typeof body === 'string' && received.ok && settings.keepText && !bodyNotRead(received, original.method)) {
        return { kind: 'response', response: received, code: undefined, durationMs: elapsed(), text: body };
      }
      const code =
        typeof body === 'string' && !received.ok ? vendorCode(settings.vendor, parseErrorBody(body)) : undefined;
      return { kind: 'response', response: withBody(received, body), code, durationMs: elapsed() };
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
 * Signs one request. An error of the authenticator that is not the runtime's own (e.g. `Headers.set` refusing a
 * value with a line break, quoting it) is passed on without any secret in it.
 */
async function sign(request: Request, settings: SendSettings, signal: AbortSignal): Promise<void> {
  try {
    const applied = settings.auth.apply(request);
    // A synchronous authenticator has nothing to wait for; an abort before the send is seen by the send.
    if (applied !== undefined) await abortable(Promise.resolve(applied), signal);
  } catch (error) {
    if (error instanceof CloudspecsError || signal.aborted) throw error;
    throw safeCause(error, createRedactor(settings.auth.secrets()));
  }
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** As in the fetch standard. */
const MAX_REDIRECTS = 20;

/**
 * Sends a request and, when the caller asked to follow redirects, follows those that stay on the same origin: each
 * hop is a new request, signed again (a signature covers the URL), with the method and body rules of the fetch
 * standard. A redirect to another origin is never followed, as the request carries credentials: it is the answer.
 */
async function sendFollowing(
  request: Request,
  original: Request | PreparedRequest,
  settings: SendSettings,
  signal: AbortSignal,
): Promise<Response> {
  let body: string | ArrayBuffer | null | undefined = original instanceof PreparedRequest ? original.body : undefined;
  let response = await send(request, typeof body === 'string' ? body : undefined, settings);
  if (!settings.followRedirects && !(original instanceof Request && original.redirect === 'follow')) return response;
  let current = request;
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
    const headers = new Headers(current.headers);
    if (toGet) {
      for (const name of [
        'content-type',
        'content-length',
        'content-encoding',
        'content-language',
        'content-location',
      ]) {
        headers.delete(name);
      }
      body = null;
    } else if (body === undefined && original instanceof Request && original.body !== null) {
      body = await original.clone().arrayBuffer();
    }
    const next = new Request(target, {
      method: toGet ? 'GET' : current.method,
      headers,
      body: body ?? null,
      signal,
      redirect: 'manual',
    });
    await sign(next, settings, signal);
    response = await send(next, typeof body === 'string' ? body : undefined, settings);
    current = next;
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
 * Hands one attempt's request to the transport. The global fetch is given the prepared body as well: undici's
 * `fetch(request)` would otherwise pipe the request's body stream through an identity TransformStream, while with the
 * body in the init it extracts the same string again. Referrer and referrer policy are passed on because a non-empty
 * init resets them; everything else is copied from the request.
 */
function send(request: Request, body: string | undefined, settings: SendSettings): Promise<Response> {
  // Called detached, like openapi-fetch does: browsers reject `fetch` invoked as a method of another object.
  const { transport } = settings;
  if (transport) return transport(request);
  const fetch = globalThis.fetch;
  if (body !== undefined) {
    return fetch(request, {
      body,
      referrer: request.referrer,
      referrerPolicy: request.referrerPolicy,
    });
  }
  return fetch(request);
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
