/**
 * The error classes every cloudspecs client throws. All texts in them are built already redacted (see redaction.ts),
 * so `message`, `stack`, `String(err)`, `toJSON()` and `util.inspect(err)` are safe to log.
 */
import { type ApiErrorDetails, describeApiFailure } from './api-failure.js';
import type { ErrorKind } from './error-kind.js';
import { type Exchange, exchangeOf } from './exchanges.js';

export type { ApiErrorDetails, ErrorKind };

/**
 * Base of every error thrown by a cloudspecs client. The subclasses' fields are declared, and set in their
 * constructors in the order declared: each an own property (so `toJSON()` and `util.inspect` show it, even when
 * undefined), with no class-field definitions to ship.
 */
export class CloudspecsError extends Error {
  static readonly errorName: string = 'CloudspecsError';
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

/**
 * Sets each of `keys` (space-separated, in the order the class declares them) from `details` as an own property of
 * `error`, `undefined` ones too: one loop instead of an assignment per field in every class.
 */
function setOwn(error: CloudspecsError, details: object | undefined, keys: string): void {
  for (const key of keys.split(' ')) (error as unknown as Record<string, unknown>)[key] = (details as never)?.[key];
}

/** A non-2xx answer. Subclasses name the common statuses; other statuses are a plain `ApiError`. */
export class ApiError extends CloudspecsError {
  static override readonly errorName: string = 'ApiError';
  declare readonly vendor: string;
  declare readonly status: number;
  declare readonly code: string | undefined;
  declare readonly body: unknown;
  declare readonly method: string;
  declare readonly url: string;
  declare readonly retryAfterMs: number | undefined;
  declare readonly attempts: number;
  /**
   * The spec violations a mock server reported with this answer (Prism's and `@cloudspecs/mock`'s `sl-violations`
   * header), e.g. `["Request body must have required property 'network'"]`; undefined from a real API.
   */
  // Set only when there are violations (the others always, undefined or not), so toJSON leaves it out otherwise.
  declare readonly violations: readonly string[] | undefined;

  constructor(message: string, details: ApiErrorDetails) {
    super(message);
    setOwn(this, details, 'vendor status code body method url retryAfterMs attempts');
    this.attempts ??= 1;
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
    const context = exchangeOf(response) ?? {
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
export class AuthenticationError extends ApiError {
  static override readonly errorName: string = 'AuthenticationError';
}
/** 403: the credentials are valid but not allowed to do this. */
export class PermissionError extends ApiError {
  static override readonly errorName: string = 'PermissionError';
}
/** 404 */
export class NotFoundError extends ApiError {
  static override readonly errorName: string = 'NotFoundError';
}
/** 409 */
export class ConflictError extends ApiError {
  static override readonly errorName: string = 'ConflictError';
}
/** 400 and 422 */
export class ValidationError extends ApiError {
  static override readonly errorName: string = 'ValidationError';
}
/** 429; `retryAfterMs` says how long the server asked to wait, when it said so. */
export class RateLimitError extends ApiError {
  static override readonly errorName: string = 'RateLimitError';
}
/** 503 */
export class ServiceUnavailableError extends ApiError {
  static override readonly errorName: string = 'ServiceUnavailableError';
}
/** Any other 5xx. */
export class ServerError extends ApiError {
  static override readonly errorName: string = 'ServerError';
}

interface RequestDetails {
  vendor?: string | undefined;
  method?: string | undefined;
  url?: string | undefined;
  attempts?: number | undefined;
}

/** The request never got an HTTP answer: DNS failure, refused or reset connection, TLS failure. */
export class ConnectionError extends CloudspecsError {
  static override readonly errorName: string = 'ConnectionError';
  declare readonly vendor: string | undefined;
  declare readonly method: string | undefined;
  declare readonly url: string | undefined;
  declare readonly attempts: number;
  /** The system error code found on the cause chain (ECONNREFUSED, ECONNRESET, UND_ERR_SOCKET, ...), if any. */
  declare readonly errorCode: string | undefined;

  constructor(
    message: string,
    details: RequestDetails & { errorCode?: string | undefined },
    options?: { cause?: unknown },
  ) {
    super(message, options);
    setOwn(this, details, 'vendor method url attempts errorCode');
    this.attempts ??= 1;
  }
}

/** A request attempt, or a `poll()`, took longer than allowed. */
export class TimeoutError extends CloudspecsError {
  static override readonly errorName: string = 'TimeoutError';
  declare readonly vendor: string | undefined;
  declare readonly method: string | undefined;
  declare readonly url: string | undefined;
  /** For `poll()`: what was being waited for. */
  declare readonly description: string | undefined;
  declare readonly timeoutMs: number;
  declare readonly waitedMs: number;
  declare readonly attempts: number;

  constructor(
    message: string,
    details: RequestDetails & { description?: string | undefined; timeoutMs: number; waitedMs: number },
  ) {
    super(message);
    setOwn(this, details, 'vendor method url description timeoutMs waitedMs attempts');
    this.attempts ??= 1;
  }
}

/**
 * The caller's `signal` aborted the request or the wait. Never retried. Its `name` is 'AbortError' like the DOM's, so
 * `err.name === 'AbortError'` checks keep working; `cause` is the signal's reason.
 */
export class AbortError extends CloudspecsError {
  static override readonly errorName: string = 'AbortError';
  readonly cancelledByCaller = true as const;
  declare readonly vendor: string | undefined;
  declare readonly method: string | undefined;
  declare readonly url: string | undefined;
  declare readonly description: string | undefined;

  constructor(
    message: string,
    details: RequestDetails & { description?: string | undefined },
    options?: { cause?: unknown },
  ) {
    super(message, options);
    setOwn(this, details, 'vendor method url description');
  }
}

/** A 2xx whose body is not the JSON the API documents: malformed JSON, an HTML page from a proxy, an empty body. */
export class ResponseParseError extends CloudspecsError {
  static override readonly errorName: string = 'ResponseParseError';
  declare readonly vendor: string;
  declare readonly method: string;
  declare readonly url: string;
  declare readonly status: number;
  declare readonly contentType: string | undefined;
  /** The start of the body, redacted and shortened. */
  declare readonly snippet: string;

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
    setOwn(this, details, 'vendor method url status contentType snippet');
  }
}

/** The client was set up wrongly: a missing credential, credentials over plain http, an invalid option value. */
export class ConfigurationError extends CloudspecsError {
  static override readonly errorName: string = 'ConfigurationError';
  /** The option that is wrong, when one is. */
  declare readonly option: string | undefined;

  constructor(message: string, details?: { option?: string | undefined }) {
    super(message);
    setOwn(this, details, 'option');
  }
}

/**
 * A wait (`waitForServer`, `waitForTask`) saw the resource end in a state that is not the one waited for: a server that
 * left BUILD for DELETED, a task that failed. `state` is that state; `resource` is the last body seen.
 */
export class WaitFailedError extends CloudspecsError {
  static override readonly errorName: string = 'WaitFailedError';
  /** `resource` (the last body seen, possibly large) is left out of toJSON. */
  static readonly notInJson: readonly string[] = ['resource'];
  declare readonly vendor: string;
  /** What was being waited for: "server 167 to become ACTIVE". */
  declare readonly description: string;
  declare readonly state: string;
  declare readonly resource: unknown;

  constructor(message: string, details: { vendor: string; description: string; state: string; resource: unknown }) {
    super(message);
    setOwn(this, details, 'vendor description state resource');
  }
}

/**
 * A response body (2xx or not, decoded) was longer than `maxResponseBytes`: reading stopped there and the request is
 * not retried (the same request would bring the same body).
 */
export class ResponseTooLargeError extends CloudspecsError {
  static override readonly errorName: string = 'ResponseTooLargeError';
  declare readonly vendor: string;
  declare readonly method: string;
  declare readonly url: string;
  declare readonly status: number;
  /** The limit in force: the call's `maxResponseBytes`, else the client's, else the default. */
  declare readonly maxResponseBytes: number;
  /** How many bytes had arrived when reading stopped (more than the limit). */
  declare readonly receivedBytes: number;
  declare readonly attempts: number;

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
    setOwn(this, details, 'vendor method url status maxResponseBytes receivedBytes attempts');
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
  static override readonly errorName: string = 'PaginationError';
  /** What was being listed: "katapult GET /organizations/organization/ip_addresses". */
  declare readonly description: string;
  /** The cursor of the page that was not fetched (a page number, a marker), as text, redacted; `''` when there is none. */
  declare readonly cursor: string;
  /** Pages fetched before stopping. */
  declare readonly pages: number;
  /** Why: `repeated-cursor`, `empty-page` or `missing-cursor`. */
  declare readonly reason: PaginationStop;

  constructor(
    message: string,
    details: { description: string; cursor: string; pages: number; reason?: PaginationStop | undefined },
  ) {
    super(message);
    setOwn(this, details, 'description cursor pages reason');
    this.reason ??= 'repeated-cursor';
  }
}

/**
 * `name` lives on the prototype, read from the class's `errorName`: it survives minification, is no own property (not
 * in util.inspect's braces), and an error class nothing uses is left out of a bundle (a list of every class naming each
 * would keep them all). Assigning `name` sets an own property, as on any Error.
 */
Object.defineProperty(CloudspecsError.prototype, 'name', {
  get(this: CloudspecsError) {
    return (this.constructor as typeof CloudspecsError).errorName;
  },
  set(this: CloudspecsError, value: unknown) {
    Object.defineProperty(this, 'name', { value, writable: true, configurable: true });
  },
  configurable: true,
});

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

/** Builds the error class for a non-2xx response. `body` is the parsed error body (JSON, else text). */
export function apiErrorFromResponse(response: Response, body: unknown, exchange: Exchange): ApiError {
  const { kind, message, details } = describeApiFailure(response, body, exchange);
  return new (apiErrorClasses[kind] ?? ApiError)(message, details);
}
