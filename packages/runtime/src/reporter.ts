/**
 * The texts of one request: the URL as shown, its log entries and the errors it can end in. Each is built only when
 * needed (nothing on a quiet success with logging off) and redacted with the client's secrets as they are then: an
 * authenticator may only know a secret once it has signed (a token function's token).
 */
import { AbortError, ConnectionError, ResponseTooLargeError, TimeoutError } from './errors.js';
import type { Logger, LogFields, LogLevel } from './logging.js';
import { createRedactor, type Redactor } from './redaction.js';
import type { ConnectionFailure } from './retry-policy.js';
import { safeCause } from './safe-cause.js';
import type { Authenticator, VendorProfile } from './vendor.js';

/** What a reporter needs of its client. */
export interface ReportingClient {
  vendor: VendorProfile;
  auth: Authenticator;
  logger: Logger;
}

export interface Reporter {
  readonly vendor: string;
  readonly method: string;
  /** The URL as sent: never shown as it is. */
  readonly url: string;
  /** A redactor of the client's secrets as they are now. */
  redactor(): Redactor;
  /** The URL without credentials, as messages, log entries and errors show it. */
  shownUrl(): string;
  /** A log entry naming the method and the shown URL; `message` is only built when `level` is on. */
  log(level: LogLevel, message: (shownUrl: string) => string, fields?: LogFields): void;
  /** The caller's signal aborted (`reason`): AbortError. */
  cancelled(reason: unknown): AbortError;
  /**
   * The last attempt ran out of time, or failed before an HTTP answer. `notRetried` says that retries were left but
   * the method may not be retried (the message says so, so that nobody "fixes" it by raising maxRetries).
   */
  timedOut(timeoutMs: number, waitedMs: number, attempts: number, notRetried: boolean): TimeoutError;
  connectionFailed(error: unknown, failure: ConnectionFailure, attempts: number, notRetried: boolean): ConnectionError;
  /** A body grew past `maxResponseBytes`. */
  tooLarge(status: number, receivedBytes: number, maxResponseBytes: number, attempts: number): ResponseTooLargeError;
}

export function createReporter(client: ReportingClient, method: string, url: string): Reporter {
  const vendor = client.vendor.name;
  const redactor = () => createRedactor(client.auth.secrets());
  const shownUrl = () => redactor().url(url);
  const afterAttempts = (attempts: number) => (attempts > 1 ? ` [after ${attempts} attempts]` : '');
  const why = (notRetried: boolean) =>
    notRetried ? ` Not retried: the request may have reached the server, and ${method} is not idempotent.` : '';
  return {
    vendor,
    method,
    url,
    redactor,
    shownUrl,
    log(level, message, fields) {
      if (!client.logger.enabled(level)) return;
      const shown = shownUrl();
      client.logger.log(level, message(shown), { method, url: shown, ...fields });
    },
    cancelled(reason) {
      const redact = redactor();
      const shown = redact.url(url);
      return new AbortError(
        redact.text(`${vendor}: ${method} ${shown} was cancelled by the caller's signal.`),
        { vendor, method, url: shown },
        { cause: safeCause(reason, redact) },
      );
    },
    timedOut(timeoutMs, waitedMs, attempts, notRetried) {
      const redact = redactor();
      const shown = redact.url(url);
      const message = `${vendor}: ${method} ${shown} timed out: no answer within ${timeoutMs} ms${afterAttempts(attempts)}.${why(notRetried)} Raise the "timeout" option if this operation is slow.`;
      return new TimeoutError(redact.text(message), { vendor, method, url: shown, timeoutMs, waitedMs, attempts });
    },
    connectionFailed(error, { errorCode, detail }, attempts, notRetried) {
      const redact = redactor();
      const shown = redact.url(url);
      const codeNote = errorCode && !detail.includes(errorCode) ? ` (${errorCode})` : '';
      const message = `${vendor}: ${method} ${shown} failed before an HTTP answer: ${detail}${codeNote}${afterAttempts(attempts)}.${why(notRetried)}`;
      return new ConnectionError(
        redact.text(message),
        { vendor, method, url: shown, attempts, errorCode },
        { cause: safeCause(error, redact) },
      );
    },
    tooLarge(status, receivedBytes, maxResponseBytes, attempts) {
      const redact = redactor();
      const shown = redact.url(url);
      const message = `${vendor}: ${method} ${shown} answered ${status} with a body larger than maxResponseBytes (${maxResponseBytes} bytes); reading stopped after ${receivedBytes} bytes and the request is not retried. Raise "maxResponseBytes" on the client or the call if such answers are expected.`;
      return new ResponseTooLargeError(redact.text(message), {
        vendor,
        method,
        url: shown,
        status,
        maxResponseBytes,
        receivedBytes,
        attempts,
      });
    },
  };
}
