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

export interface SendSettings {
  vendor: VendorProfile;
  auth: Authenticator;
  transport: (request: Request) => Promise<Response>;
  timeoutMs: number;
  maxRetries: number;
  /** How the caller will read a 2xx body: a stream is handed over unread once its headers are in. */
  parseAs: ParseAs;
  allowInsecureHttp: boolean;
  policy: RetryPolicy;
  logger: Logger;
  onRetry: ((event: RetryEvent) => void) | undefined;
  /** Filled in for the caller: the URL sent to and the number of attempts made. */
  exchange: { url: string; attempts: number };
}

/** How one attempt ended. Errors are built only once the request is over, so they can say how many attempts it took. */
type Attempt =
  | { kind: 'response'; response: Response; code: string | undefined; durationMs: number }
  | { kind: 'timeout'; durationMs: number }
  | { kind: 'connection-error'; error: unknown; failure: ConnectionFailure; durationMs: number };

export async function sendWithRetries(original: Request, settings: SendSettings): Promise<Response> {
  const { vendor, auth, policy, logger, maxRetries, timeoutMs } = settings;
  const method = original.method;
  const url = original.url;
  const secrets = () => auth.secrets();
  // Read after each attempt: an authenticator may only know its secrets once it has signed (token functions).
  const shownUrl = () => createRedactor(secrets()).url(url);
  settings.exchange.url = url;
  // Per request too: a caller may pass another baseUrl to one call.
  checkCredentialTransport(url, {
    vendor: vendor.name,
    allowInsecureHttp: settings.allowInsecureHttp,
    secrets,
    option: 'request URL',
  });

  const callerSignal = original.signal;
  const maxAttempts = maxRetries + 1;
  const startedAt = performance.now();
  const cancelled = () => {
    const redactor = createRedactor(secrets());
    const shown = redactor.url(url);
    return new AbortError(
      redactor.text(`${vendor.name}: ${method} ${shown} was cancelled by the caller's signal.`),
      { vendor: vendor.name, method, url: shown },
      { cause: safeCause(callerSignal.reason, redactor) },
    );
  };

  for (let attempt = 1; ; attempt++) {
    settings.exchange.attempts = attempt;
    if (callerSignal.aborted) throw cancelled();
    if (logger.enabled('debug')) {
      logger.log('debug', `${method} ${shownUrl()} (attempt ${attempt} of ${maxAttempts})`, {
        method,
        url: shownUrl(),
        attempt,
      });
    }
    const result = await attemptOnce(original, settings);
    if (result === 'cancelled') throw cancelled();
    const shown = shownUrl();
    const status = result.kind === 'response' ? result.response.status : undefined;
    if (status !== undefined) {
      logger.log('debug', `${method} ${shown} answered ${status} in ${result.durationMs} ms`, {
        method,
        url: shown,
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
        logger.log(
          'warn',
          `not retrying ${method} ${shown}: Retry-After ${retryAfterMs} ms is over the ${cap} ms cap`,
          {
            method,
            url: shown,
            attempt,
            status,
          },
        );
        reason = undefined;
      } else {
        delayMs = retryAfterMs ?? backoffDelay(attempt, policy);
      }
    }

    if (reason === undefined) {
      const durationMs = Math.round(performance.now() - startedAt);
      if (result.kind === 'response') {
        const level = result.response.ok ? 'info' : 'warn';
        logger.log(level, `${method} ${shown} -> ${status} in ${durationMs} ms`, {
          method,
          url: shown,
          status,
          attempt,
          durationMs,
        });
        return result.response;
      }
      const error = failureError(result, { method, url: shown, attempt, maxAttempts, settings, secrets });
      logger.log('error', error.message, { method, url: shown, attempt, durationMs, error: error.name });
      throw error;
    }

    const event: RetryEvent = { attempt, delayMs, reason, method, url: shown };
    if (status !== undefined) event.status = status;
    try {
      settings.onRetry?.(event);
    } catch {
      // A broken hook must not change the outcome of a request.
    }
    logger.log(
      'warn',
      `retrying ${method} ${shown} in ${delayMs} ms: attempt ${attempt} of ${maxAttempts} failed (${reason})`,
      { method, url: shown, attempt, delayMs, reason, status },
    );
    try {
      await policy.sleep(delayMs, callerSignal);
    } catch (error) {
      if (callerSignal.aborted) throw cancelled();
      throw error;
    }
  }
}

/** One attempt: clone, sign, fetch and read the body, all within the attempt's timeout and the caller's signal. */
async function attemptOnce(original: Request, settings: SendSettings): Promise<Attempt | 'cancelled'> {
  const { timeoutMs } = settings;
  const callerSignal = original.signal;
  const controller = new AbortController();
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
    const request = new Request(original.clone(), { signal: controller.signal });
    try {
      await abortable(Promise.resolve(settings.auth.apply(request)), controller.signal);
    } catch (error) {
      if (callerSignal.aborted) return 'cancelled';
      if (timedOut) return { kind: 'timeout', durationMs: elapsed() };
      throw error; // the authenticator's own failure, e.g. a token function that threw
    }
    try {
      // Called detached, like openapi-fetch does: browsers reject `fetch` invoked as a method of another object.
      const { transport } = settings;
      const received = await abortable(transport(request), controller.signal);
      if ((received.ok && settings.parseAs === 'stream') || !canRebuild(received)) {
        // The caller reads the body later: the timeout ends with the headers, the caller's signal still applies.
        bodyHandedOver = true;
        return { kind: 'response', response: received, code: undefined, durationMs: elapsed() };
      }
      const binary = received.ok && (settings.parseAs === 'blob' || settings.parseAs === 'arrayBuffer');
      const reading: Promise<string | ArrayBuffer> = binary ? received.arrayBuffer() : received.text();
      const body = await abortable(reading, controller.signal);
      const code =
        typeof body === 'string' && !received.ok ? vendorCode(settings.vendor, parseErrorBody(body)) : undefined;
      return { kind: 'response', response: withBody(received, body), code, durationMs: elapsed() };
    } catch (error) {
      if (callerSignal.aborted) return 'cancelled';
      if (timedOut) return { kind: 'timeout', durationMs: elapsed() };
      return { kind: 'connection-error', error, failure: describeConnectionFailure(error), durationMs: elapsed() };
    }
  } finally {
    clearTimeout(timer);
    if (!bodyHandedOver) unfollow();
  }
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
