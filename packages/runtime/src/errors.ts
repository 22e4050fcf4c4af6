/**
 * The error classes every cloudspecs client throws. All texts in them are built already redacted (see redaction.ts),
 * so `message`, `stack`, `String(err)`, `toJSON()` and `util.inspect(err)` are safe to log.
 */
import { type ApiErrorDetails, describeApiFailure, type FailedExchange } from './api-failure.js';
import type { ErrorKind } from './error-kind.js';

export type { ApiErrorDetails, ErrorKind, FailedExchange };

/** Base of every error thrown by a cloudspecs client. */
export class CloudspecsError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
  }

  /**
   * A plain object safe to log or send: the name, the message and the error's own fields (already redacted; never
   * headers, credentials, `cause` or `stack`), but those a class lists in `notInJson`.
   */
  toJSON(): Record<string, unknown> {
    const json: Record<string, unknown> = { name: this.name, message: this.message };
    const left = (this.constructor as { notInJson?: readonly string[] }).notInJson ?? [];
    for (const [key, value] of Object.entries(this)) if (!left.includes(key)) json[key] = value;
    return json;
  }
}

/** A non-2xx answer. Subclasses name the common statuses; other statuses are a plain `ApiError`. */
export class ApiError extends CloudspecsError {
  readonly vendor: string;
  readonly status: number;
  readonly code: string | undefined;
  readonly body: unknown;
  readonly method: string;
  readonly url: string;
  readonly retryAfterMs: number | undefined;
  readonly attempts: number;
  /**
   * The spec violations a mock server reported with this answer (Prism's and `@cloudspecs/mock`'s `sl-violations`
   * header), e.g. `["Request body must have required property 'network'"]`; undefined from a real API.
   */
  // Declared, not defined: an own property only when there are violations, so toJSON leaves it out otherwise.
  declare readonly violations: readonly string[] | undefined;

  constructor(message: string, details: ApiErrorDetails) {
    super(message);
    this.vendor = details.vendor;
    this.status = details.status;
    this.code = details.code;
    this.body = details.body;
    this.method = details.method;
    this.url = details.url;
    this.retryAfterMs = details.retryAfterMs;
    this.attempts = details.attempts ?? 1;
    if (details.violations !== undefined) this.violations = details.violations;
  }

  /**
   * The rich error for a non-2xx result of a result-style call (`const result = await client.GET(...)`), or
   * `undefined` when the result is a success; typed `ApiError` (never undefined) once the result is known to be an
   * error (`if (result.error) ApiError.from(result)`). Works best on results of a cloudspecs client, which remember the
   * request; for any other openapi-fetch result the method is unknown and the URL is the response's.
   */
  static from(result: { readonly response: Response; readonly error: NonNullable<unknown> }): ApiError;
  static from(result: { readonly response: Response; readonly error?: unknown }): ApiError | undefined;
  static from(result: { readonly response: Response; readonly error?: unknown }): ApiError | undefined {
    const { response } = result;
    if (response.ok) return undefined;
    const context = failedExchanges.get(response) ?? {
      vendor: undefined,
      method: '',
      url: response.url,
      attempts: 1,
      secrets: () => [],
    };
    return apiErrorFromResponse(response, result.error, context);
  }
}

/** 401, or a vendor code the vendor maps to 'authentication' (Katapult 400 missing_api_token, 403 invalid_api_token). */
export class AuthenticationError extends ApiError {}
/** 403: the credentials are valid but not allowed to do this. */
export class PermissionError extends ApiError {}
/** 404 */
export class NotFoundError extends ApiError {}
/** 409 */
export class ConflictError extends ApiError {}
/** 400 and 422 */
export class ValidationError extends ApiError {}
/** 429; `retryAfterMs` says how long the server asked to wait, when it said so. */
export class RateLimitError extends ApiError {}
/** 503 */
export class ServiceUnavailableError extends ApiError {}
/** Any other 5xx. */
export class ServerError extends ApiError {}

interface RequestDetails {
  vendor?: string | undefined;
  method?: string | undefined;
  url?: string | undefined;
  attempts?: number | undefined;
}

/** The request never got an HTTP answer: DNS failure, refused or reset connection, TLS failure. */
export class ConnectionError extends CloudspecsError {
  readonly vendor: string | undefined;
  readonly method: string | undefined;
  readonly url: string | undefined;
  readonly attempts: number;
  /** The system error code found on the cause chain (ECONNREFUSED, ECONNRESET, UND_ERR_SOCKET, ...), if any. */
  readonly errorCode: string | undefined;

  constructor(
    message: string,
    details: RequestDetails & { errorCode?: string | undefined },
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.vendor = details.vendor;
    this.method = details.method;
    this.url = details.url;
    this.attempts = details.attempts ?? 1;
    this.errorCode = details.errorCode;
  }
}

/** A request attempt, or a `poll()`, took longer than allowed. */
export class TimeoutError extends CloudspecsError {
  readonly vendor: string | undefined;
  readonly method: string | undefined;
  readonly url: string | undefined;
  /** For `poll()`: what was being waited for. */
  readonly description: string | undefined;
  readonly timeoutMs: number;
  readonly waitedMs: number;
  readonly attempts: number;

  constructor(
    message: string,
    details: RequestDetails & { description?: string | undefined; timeoutMs: number; waitedMs: number },
  ) {
    super(message);
    this.vendor = details.vendor;
    this.method = details.method;
    this.url = details.url;
    this.description = details.description;
    this.timeoutMs = details.timeoutMs;
    this.waitedMs = details.waitedMs;
    this.attempts = details.attempts ?? 1;
  }
}

/**
 * The caller's `signal` aborted the request or the wait. Never retried. Its `name` is 'AbortError' like the DOM's, so
 * `err.name === 'AbortError'` checks keep working; `cause` is the signal's reason.
 */
export class AbortError extends CloudspecsError {
  readonly cancelledByCaller = true as const;
  readonly vendor: string | undefined;
  readonly method: string | undefined;
  readonly url: string | undefined;
  readonly description: string | undefined;

  constructor(
    message: string,
    details: RequestDetails & { description?: string | undefined },
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.vendor = details.vendor;
    this.method = details.method;
    this.url = details.url;
    this.description = details.description;
  }
}

/** A 2xx whose body is not the JSON the API documents: malformed JSON, an HTML page from a proxy, an empty body. */
export class ResponseParseError extends CloudspecsError {
  readonly vendor: string;
  readonly method: string;
  readonly url: string;
  readonly status: number;
  readonly contentType: string | undefined;
  /** The start of the body, redacted and shortened. */
  readonly snippet: string;

  constructor(
    message: string,
    details: {
      vendor: string;
      method: string;
      url: string;
      status: number;
      contentType: string | undefined;
      snippet: string;
    },
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.vendor = details.vendor;
    this.method = details.method;
    this.url = details.url;
    this.status = details.status;
    this.contentType = details.contentType;
    this.snippet = details.snippet;
  }
}

/** The client was set up wrongly: a missing credential, credentials over plain http, an invalid option value. */
export class ConfigurationError extends CloudspecsError {
  /** The option that is wrong, when one is. */
  readonly option: string | undefined;

  constructor(message: string, details?: { option?: string | undefined }) {
    super(message);
    this.option = details?.option;
  }
}

/**
 * A wait (`waitForServer`, `waitForTask`) saw the resource end in a state that is not the one waited for: a server that
 * left BUILD for DELETED, a task that failed. `state` is that state; `resource` is the last body seen.
 */
export class WaitFailedError extends CloudspecsError {
  /** `resource` (the last body seen, possibly large) is left out of toJSON. */
  static readonly notInJson: readonly string[] = ['resource'];
  readonly vendor: string;
  /** What was being waited for: "server 167 to become ACTIVE". */
  readonly description: string;
  readonly state: string;
  readonly resource: unknown;

  constructor(message: string, details: { vendor: string; description: string; state: string; resource: unknown }) {
    super(message);
    this.vendor = details.vendor;
    this.description = details.description;
    this.state = details.state;
    this.resource = details.resource;
  }
}

/**
 * A response body (2xx or not, decoded) was longer than `maxResponseBytes`: reading stopped there and the request is
 * not retried (the same request would bring the same body).
 */
export class ResponseTooLargeError extends CloudspecsError {
  readonly vendor: string;
  readonly method: string;
  readonly url: string;
  readonly status: number;
  /** The limit in force: the call's `maxResponseBytes`, else the client's, else the default. */
  readonly maxResponseBytes: number;
  /** How many bytes had arrived when reading stopped (more than the limit). */
  readonly receivedBytes: number;
  readonly attempts: number;

  constructor(
    message: string,
    details: {
      vendor: string;
      method: string;
      url: string;
      status: number;
      maxResponseBytes: number;
      receivedBytes: number;
      attempts: number;
    },
  ) {
    super(message);
    this.vendor = details.vendor;
    this.method = details.method;
    this.url = details.url;
    this.status = details.status;
    this.maxResponseBytes = details.maxResponseBytes;
    this.receivedBytes = details.receivedBytes;
    this.attempts = details.attempts;
  }
}

/** Why a list was stopped: see PaginationError. */
export type PaginationStop = 'repeated-cursor' | 'empty-page' | 'missing-cursor';

/**
 * A list was stopped because walking on would never end or would end short without saying so: the server sent a
 * cursor already fetched (a page number that stays, a marker that is ignored, a `next` link to the same page), an
 * empty page that names a page after it (`per_page` 0, a `total_pages` of 10⁹), or a full page without the cursor of
 * the next one (an SCP page whose last item has no id).
 */
export class PaginationError extends CloudspecsError {
  /** What was being listed: "katapult GET /organizations/organization/ip_addresses". */
  readonly description: string;
  /** The cursor of the page that was not fetched (a page number, a marker), as text, redacted; `''` when there is none. */
  readonly cursor: string;
  /** Pages fetched before stopping. */
  readonly pages: number;
  /** Why: `repeated-cursor`, `empty-page` or `missing-cursor`. */
  readonly reason: PaginationStop;

  constructor(
    message: string,
    details: { description: string; cursor: string; pages: number; reason?: PaginationStop | undefined },
  ) {
    super(message);
    this.description = details.description;
    this.cursor = details.cursor;
    this.pages = details.pages;
    this.reason = details.reason ?? 'repeated-cursor';
  }
}

// `name` lives on the prototype: it survives minification and does not show up as an own property in util.inspect.
for (const [errorClass, name] of [
  [CloudspecsError, 'CloudspecsError'],
  [ApiError, 'ApiError'],
  [AuthenticationError, 'AuthenticationError'],
  [PermissionError, 'PermissionError'],
  [NotFoundError, 'NotFoundError'],
  [ConflictError, 'ConflictError'],
  [ValidationError, 'ValidationError'],
  [RateLimitError, 'RateLimitError'],
  [ServiceUnavailableError, 'ServiceUnavailableError'],
  [ServerError, 'ServerError'],
  [ConnectionError, 'ConnectionError'],
  [TimeoutError, 'TimeoutError'],
  [AbortError, 'AbortError'],
  [ResponseParseError, 'ResponseParseError'],
  [ConfigurationError, 'ConfigurationError'],
  [WaitFailedError, 'WaitFailedError'],
  [ResponseTooLargeError, 'ResponseTooLargeError'],
  [PaginationError, 'PaginationError'],
] as const) {
  Object.defineProperty(errorClass.prototype, 'name', { value: name, writable: true, configurable: true });
}

const apiErrorClasses: Record<ErrorKind, typeof ApiError> = {
  authentication: AuthenticationError,
  permission: PermissionError,
  'not-found': NotFoundError,
  conflict: ConflictError,
  validation: ValidationError,
  'rate-limit': RateLimitError,
  'service-unavailable': ServiceUnavailableError,
  server: ServerError,
  api: ApiError,
};

/** Final non-2xx responses of cloudspecs clients, so that `ApiError.from(result)` knows the request behind them. */
const failedExchanges = new WeakMap<Response, FailedExchange>();

export function rememberFailedExchange(response: Response, exchange: FailedExchange): void {
  failedExchanges.set(response, exchange);
}

/** Builds the error class for a non-2xx response. `body` is the parsed error body (JSON, else text). */
export function apiErrorFromResponse(response: Response, body: unknown, exchange: FailedExchange): ApiError {
  const { kind, message, details } = describeApiFailure(response, body, exchange);
  return new (apiErrorClasses[kind] ?? ApiError)(message, details);
}
