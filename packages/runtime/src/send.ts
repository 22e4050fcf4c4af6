/**
 * The fetch the openapi-fetch client is given: one logical request, sent in one or more attempts. Each attempt is a
 * fresh clone of the request (so the body can be sent again), signed anew, bounded by its own timeout and by the
 * caller's signal. The retry rules are in retry-policy.ts.
 */
import type { ParseAs } from 'openapi-fetch';
import { AbortError, ConnectionError, TimeoutError, safeCause } from './errors.js';
import type { Logger } from './logging.js';
import { checkCredentialTransport, type RetryEvent } from './options.js';
import { createRedactor } from './redaction.js';
import { canRebuild, parseErrorBody, withBody } from './response-body.js';
import {
  type AttemptOutcome,
  type ConnectionFailure,
  type RetryPolicy,
  backoffDelay,
  describeConnectionFailure,
  isIdempotent,
  parseRetryAfter,
  retryReason,
} from './retry-policy.js';
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
    const result = await attemptOnce(original, callerSignal, settings);
    if (result === 'cancelled') throw cancelled();
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

    const event: RetryEvent = { attempt, delayMs, reason, method, url: shown() };
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

/** openapi-fetch's test for an answer whose body it does not read (the data is then `undefined`). */
function bodyNotRead(response: Response, method: string): boolean {
  if (response.status === 204 || method === 'HEAD') return true;
  return (
    response.headers.get('content-length') === '0' && !response.headers.get('transfer-encoding')?.includes('chunked')
  );
}

/**
 * One attempt: a fresh request (built from the prepared URL and body, or cloned), signed, fetched and its body read,
 * all within the attempt's timeout and the caller's signal.
 */
async function attemptOnce(
  original: Request | PreparedRequest,
  callerSignal: AbortSignal | undefined,
  settings: SendSettings,
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
      : new Request((original as Request).clone(), { signal: controller.signal });
    try {
      const applied = settings.auth.apply(request);
      // A synchronous authenticator has nothing to wait for; an abort before the send is seen by the send.
      if (applied !== undefined) await abortable(Promise.resolve(applied), controller.signal);
    } catch (error) {
      if (callerSignal?.aborted) return 'cancelled';
      if (timedOut) return { kind: 'timeout', durationMs: elapsed() };
      throw error; // the authenticator's own failure, e.g. a token function that threw
    }
    try {
      const received = await abortable(send(request, original, settings), controller.signal);
      if ((received.ok && settings.parseAs === 'stream') || !canRebuild(received)) {
        // The caller reads the body later: the timeout ends with the headers, the caller's signal still applies.
        bodyHandedOver = true;
        return { kind: 'response', response: received, code: undefined, durationMs: elapsed() };
      }
      const binary = received.ok && (settings.parseAs === 'blob' || settings.parseAs === 'arrayBuffer');
      const reading: Promise<string | ArrayBuffer> = binary ? received.arrayBuffer() : received.text();
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
      return { kind: 'connection-error', error, failure: describeConnectionFailure(error), durationMs: elapsed() };
    }
  } finally {
    clearTimeout(timer);
    if (!bodyHandedOver) unfollow();
  }
}

/**
 * Hands one attempt's request to the transport. The global fetch is given the prepared body as well: undici's
 * `fetch(request)` would otherwise pipe the request's body stream through an identity TransformStream, while with the
 * body in the init it extracts the same string again. Referrer and referrer policy are passed on because a non-empty
 * init resets them; everything else is copied from the request.
 */
function send(request: Request, original: Request | PreparedRequest, settings: SendSettings): Promise<Response> {
  // Called detached, like openapi-fetch does: browsers reject `fetch` invoked as a method of another object.
  const { transport } = settings;
  if (transport) return transport(request);
  const fetch = globalThis.fetch;
  if (original instanceof PreparedRequest && typeof original.body === 'string') {
    return fetch(request, {
      body: original.body,
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

function outcomeOf(result: Attempt, timeoutMs: number): AttemptOutcome {
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
  result: Exclude<Attempt, { kind: 'response' }>,
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
