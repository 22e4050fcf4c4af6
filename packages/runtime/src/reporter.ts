/**
 * The texts of one request: the URL as shown, its log entries and the errors it can end in. Each is built only when
 * needed (nothing on a quiet success with logging off) and redacted with the client's secrets as they are then: an
 * authenticator may only know a secret once it has signed (a token function's token). A request's reporter is also
 * what the runtime remembers of it once it is answered (exchanges.ts), for errors built later from that answer.
 */
import { describeHtml, looksLikeHtml } from './error-text.js';
import { AbortError, ConnectionError, ResponseParseError, ResponseTooLargeError, TimeoutError } from './errors.js';
import type { Exchange } from './exchanges.js';
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

export class Reporter implements Exchange {
  /** How many attempts the request took so far. */
  attempts = 1;
  readonly vendor: VendorProfile;

  constructor(
    private readonly client: ReportingClient,
    readonly method: string,
    /** The URL as sent: never shown as it is. */
    readonly url: string,
  ) {
    this.vendor = client.vendor;
  }

  secrets(): readonly string[] {
    return this.client.auth.secrets();
  }

  /** A redactor of the client's secrets as they are now. */
  redactor(): Redactor {
    return createRedactor(this.secrets());
  }

  /** The URL without credentials, as messages, log entries and errors show it. */
  shownUrl(): string {
    return this.redactor().url(this.url);
  }

  /** A log entry naming the method and the shown URL; `message` is only built when `level` is on. */
  log(level: LogLevel, message: (shownUrl: string) => string, fields?: LogFields): void {
    const { logger } = this.client;
    if (!logger.enabled(level)) return;
    const url = this.shownUrl();
    logger.log(level, message(url), { method: this.method, url, ...fields });
  }

  /** The caller's signal aborted (`reason`): AbortError. */
  cancelled(reason: unknown): AbortError {
    return this.#error(AbortError, "was cancelled by the caller's signal.", {}, reason);
  }

  /**
   * The last attempt ran out of time. `notRetried`: retries were left but the method may not be retried (the message
   * says so, so that nobody "fixes" it by raising maxRetries).
   */
  timedOut(timeoutMs: number, waitedMs: number, notRetried: boolean): TimeoutError {
    return this.#error(
      TimeoutError,
      `timed out: no answer within ${timeoutMs} ms${this.#after()}.${this.#why(notRetried)} Raise the "timeout" option if this operation is slow.`,
      { timeoutMs, waitedMs },
    );
  }

  /** The last attempt failed before an HTTP answer. */
  connectionFailed(error: unknown, { errorCode, detail }: ConnectionFailure, notRetried: boolean): ConnectionError {
    const codeNote = errorCode && !detail.includes(errorCode) ? ` (${errorCode})` : '';
    return this.#error(
      ConnectionError,
      `failed before an HTTP answer: ${detail}${codeNote}${this.#after()}.${this.#why(notRetried)}`,
      { errorCode },
      error,
    );
  }

  /** A body grew past `maxResponseBytes`. */
  tooLarge(status: number, receivedBytes: number, maxResponseBytes: number): ResponseTooLargeError {
    return this.#error(
      ResponseTooLargeError,
      `answered ${status} with a body over maxResponseBytes (${maxResponseBytes}): stopped after ${receivedBytes} bytes, not retried. Raise maxResponseBytes if such answers are expected.`,
      { status, maxResponseBytes, receivedBytes },
    );
  }

  /** A 2xx whose body is not the JSON the API documents (`text`, empty or not): what arrived instead. */
  notJson(text: string, response: Response, cause: unknown): ResponseParseError {
    const redact = this.redactor();
    const contentType = response.headers.get('content-type');
    const snippet = redact.snippet(text);
    const shownType = contentType === null ? undefined : redact.snippet(contentType, 100);
    const what =
      text === ''
        ? `an empty body labelled ${shownType}`
        : looksLikeHtml(text, contentType)
          ? describeHtml(text, contentType, redact)
          : `a body that is not valid JSON (content-type ${shownType ?? 'missing'}): ${JSON.stringify(snippet)}`;
    return this.#error(
      ResponseParseError,
      `answered ${response.status} with ${what}. Expected the JSON the API documents; check baseUrl and any proxy in between.`,
      { status: response.status, contentType: shownType, snippet },
      cause instanceof SyntaxError ? new SyntaxError(parserMessage(cause.message)) : undefined,
    );
  }

  /**
   * An error about this request: `text` follows "<vendor>: <METHOD> <URL as shown> ", all redacted; the error gets the
   * vendor, method, URL and attempts besides `details` (each class keeps the fields it declares), and `cause`, when
   * there is one, made safe to show.
   */
  #error<E>(
    ErrorClass: new (message: string, details: never, options?: { cause?: unknown }) => E,
    text: string,
    details: object,
    cause?: unknown,
  ): E {
    const redact = this.redactor();
    const { method } = this;
    const vendor = this.vendor.name;
    const url = redact.url(this.url);
    return new ErrorClass(
      redact.text(`${vendor}: ${method} ${url} ${text}`),
      { vendor, method, url, attempts: this.attempts, ...details } as never,
      cause === undefined ? undefined : { cause: safeCause(cause, redact) },
    );
  }

  #after(): string {
    return this.attempts > 1 ? ` [after ${this.attempts} attempts]` : '';
  }

  #why(notRetried: boolean): string {
    return notRetried
      ? ` Not retried: the request may have reached the server, and ${this.method} is not idempotent.`
      : '';
  }
}

/**
 * The JSON parser's message without the piece of the body some engines quote in it (V8: `Unexpected token 'x',
 * "{"token": "kt-SEC"... is not valid JSON`): that piece is cut before any redaction could see the whole secret.
 */
function parserMessage(message: string): string {
  return message.replace(/,?\s*"[\s\S]*"(\.\.\.)?\s+is not valid JSON/, ' (the body is not valid JSON)');
}
