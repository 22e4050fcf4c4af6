/**
 * The error classes every cloudspecs client throws. All texts in them are built already redacted (see redaction.ts),
 * so `message`, `stack`, `String(err)`, `toJSON()` and `util.inspect(err)` are safe to log.
 */
import { createRedactor, type Redactor } from './redaction.js';
import { parseRetryAfter } from './retry-policy.js';
import type { VendorProfile } from './vendor.js';

/** The class an HTTP failure maps to. A vendor's `errorKind` picks one by code, otherwise the status decides. */
export type ErrorKind =
  | 'authentication'
  | 'permission'
  | 'not-found'
  | 'conflict'
  | 'validation'
  | 'rate-limit'
  | 'service-unavailable'
  | 'server'
  | 'api';

/** Base of every error thrown by a cloudspecs client. */
export class CloudspecsError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
  }

  /** A plain object safe to log or send: no headers, no credentials. */
  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message };
  }
}

/** What an HTTP failure carries. `url` is already stripped of credentials; `body` is redacted. */
export interface ApiErrorDetails {
  vendor: string;
  status: number;
  /** The vendor's error code (Katapult `error.code`, Hostway fault name, SCP `errors[0].code`), when the body has one. */
  code: string | undefined;
  /** The parsed error body: JSON when it parsed, else the text. */
  body: unknown;
  method: string;
  url: string;
  /** The server's Retry-After, in ms, when it sent one. */
  retryAfterMs?: number | undefined;
  /** How many attempts were made, retries included. */
  attempts?: number | undefined;
  /** What a mock server said the request (or its answer) broke in the spec, when it said so (`sl-violations`). */
  violations?: readonly string[] | undefined;
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
  readonly violations: readonly string[] | undefined;

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
    this.violations = details.violations;
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

  override toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      message: this.message,
      vendor: this.vendor,
      status: this.status,
      code: this.code,
      method: this.method,
      url: this.url,
      retryAfterMs: this.retryAfterMs,
      attempts: this.attempts,
      ...(this.violations === undefined ? {} : { violations: this.violations }),
      body: this.body,
    };
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

  override toJSON(): Record<string, unknown> {
    const { vendor, method, url, attempts, errorCode } = this;
    return { name: this.name, message: this.message, vendor, method, url, attempts, errorCode };
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

  override toJSON(): Record<string, unknown> {
    const { vendor, method, url, description, timeoutMs, waitedMs, attempts } = this;
    return { name: this.name, message: this.message, vendor, method, url, description, timeoutMs, waitedMs, attempts };
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

  override toJSON(): Record<string, unknown> {
    const { vendor, method, url, description } = this;
    return { name: this.name, message: this.message, cancelledByCaller: true, vendor, method, url, description };
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

  override toJSON(): Record<string, unknown> {
    const { vendor, method, url, status, contentType, snippet } = this;
    return { name: this.name, message: this.message, vendor, method, url, status, contentType, snippet };
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

  override toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message, option: this.option };
  }
}

/**
 * A wait (`waitForServer`, `waitForTask`) saw the resource end in a state that is not the one waited for: a server that
 * left BUILD for DELETED, a task that failed. `state` is that state; `resource` is the last body seen.
 */
export class WaitFailedError extends CloudspecsError {
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

  override toJSON(): Record<string, unknown> {
    const { vendor, description, state } = this;
    return { name: this.name, message: this.message, vendor, description, state };
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

  override toJSON(): Record<string, unknown> {
    const { vendor, method, url, status, maxResponseBytes, receivedBytes, attempts } = this;
    return {
      name: this.name,
      message: this.message,
      vendor,
      method,
      url,
      status,
      maxResponseBytes,
      receivedBytes,
      attempts,
    };
  }
}

/**
 * `paginate` was told to fetch a page it had already fetched: the server does not advance its cursor (a page number
 * that stays, a marker that is ignored, a `next` link to the same page). Walking on would never end.
 */
export class PaginationError extends CloudspecsError {
  /** What was being listed: "katapult GET /organizations/organization/ip_addresses". */
  readonly description: string;
  /** The cursor asked for again (a page number, a marker), as text. */
  readonly cursor: string;
  /** Pages fetched before stopping. */
  readonly pages: number;

  constructor(message: string, details: { description: string; cursor: string; pages: number }) {
    super(message);
    this.description = details.description;
    this.cursor = details.cursor;
    this.pages = details.pages;
  }

  override toJSON(): Record<string, unknown> {
    const { description, cursor, pages } = this;
    return { name: this.name, message: this.message, description, cursor, pages };
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

function errorKindForStatus(status: number): ErrorKind {
  switch (status) {
    case 400:
    case 422:
      return 'validation';
    case 401:
      return 'authentication';
    case 403:
      return 'permission';
    case 404:
      return 'not-found';
    case 409:
      return 'conflict';
    case 429:
      return 'rate-limit';
    case 503:
      return 'service-unavailable';
    default:
      return status >= 500 && status <= 599 ? 'server' : 'api';
  }
}

/** What the runtime remembers about a request whose final answer was not 2xx, so the error can be built later. */
export interface FailedExchange {
  vendor: VendorProfile | undefined;
  method: string;
  /** The raw URL; redacted when the error is built. */
  url: string;
  attempts: number;
  secrets: () => readonly string[];
}

/** Final non-2xx responses of cloudspecs clients, so that `ApiError.from(result)` knows the request behind them. */
const failedExchanges = new WeakMap<Response, FailedExchange>();

export function rememberFailedExchange(response: Response, exchange: FailedExchange): void {
  failedExchanges.set(response, exchange);
}

/** Builds the error class for a non-2xx response. `body` is the parsed error body (JSON, else text). */
export function apiErrorFromResponse(response: Response, body: unknown, exchange: FailedExchange): ApiError {
  const { vendor, method, attempts } = exchange;
  const redactor = createRedactor(exchange.secrets());
  const status = response.status;
  const code = callVendor(() => vendor?.errorCode(body));
  const vendorMessage = callVendor(() => vendor?.errorMessage(body));
  const kind = callVendor(() => vendor?.errorKind?.(status, code)) ?? errorKindForStatus(status);
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
  const url = redactor.url(exchange.url);
  const vendorName = vendor?.name ?? '';

  const parts = [
    `${vendorName ? `${vendorName}: ` : ''}${method ? `${method} ` : ''}${url} failed with ${status}${response.statusText ? ` ${response.statusText}` : ''}`,
  ];
  if (code) parts.push(` (${code})`);
  const detail =
    vendorMessage === undefined ? describeBody(body, response.headers.get('content-type'), redactor) : vendorMessage;
  if (detail) parts.push(`: ${detail}`);
  if (attempts > 1) parts.push(` [after ${attempts} attempts]`);
  const violations = parseViolations(response.headers.get('sl-violations'))?.map((violation) =>
    redactor.text(violation),
  );
  if (violations) parts.push(`; the mock reports: ${violations.join('; ')}`);
  parts.push(hintFor(kind, retryAfterMs));

  const errorClass = apiErrorClasses[kind] ?? ApiError;
  return new errorClass(redactor.text(parts.join('')), {
    vendor: vendorName,
    status,
    code: code === undefined ? undefined : redactor.text(code),
    body: redactor.value(body),
    method,
    url,
    retryAfterMs,
    attempts,
    violations,
  });
}

/**
 * The messages of a mock's `sl-violations` header (a JSON array of `{ location, message }`, as Prism sends it), or
 * undefined when there is none or it cannot be read. At most 10, each shortened: a header is not a place for essays.
 */
function parseViolations(header: string | null): string[] | undefined {
  if (!header) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(header);
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed)) return undefined;
  const messages = parsed
    .map((item: unknown) => (item as { message?: unknown } | null)?.message)
    .filter((message): message is string => typeof message === 'string')
    .map((message) => snippet(message));
  const unique = [...new Set(messages)].slice(0, 10);
  return unique.length > 0 ? unique : undefined;
}

function hintFor(kind: ErrorKind, retryAfterMs: number | undefined): string {
  switch (kind) {
    case 'authentication':
      return '. Check the credentials given to the client.';
    case 'permission':
      return '. The credentials were accepted but are not allowed to do this.';
    case 'rate-limit':
      return retryAfterMs === undefined
        ? '. Rate limited: slow down.'
        : `. Rate limited: the server asks to wait ${formatSeconds(retryAfterMs)} before retrying.`;
    default:
      return '';
  }
}

/** A vendor hook must not turn an error report into a crash. */
function callVendor<T>(hook: () => T | undefined): T | undefined {
  try {
    return hook();
  } catch {
    return undefined;
  }
}

/** A short, readable account of a body for an error message, redacted before it is cut. */
function describeBody(body: unknown, contentType: string | null | undefined, redactor: Redactor): string | undefined {
  if (body === undefined || body === null || body === '') return undefined;
  if (typeof body === 'string') {
    if (looksLikeHtml(body, contentType)) return describeHtml(body, contentType, redactor);
    return redactor.snippet(body);
  }
  try {
    return redactor.snippet(JSON.stringify(body));
  } catch {
    return undefined;
  }
}

export function looksLikeHtml(text: string, contentType: string | null | undefined): boolean {
  return /html/i.test(contentType ?? '') || /^\s*<(!doctype\s+html|html|head|body)\b/i.test(text);
}

export function describeHtml(text: string, contentType: string | null | undefined, redactor: Redactor): string {
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1]?.trim();
  return `an HTML page${title ? ` titled "${redactor.snippet(title, 80)}"` : ''} (content-type ${redactor.snippet(contentType ?? 'missing', 100)}), probably from a proxy or load balancer rather than the API`;
}

/** Whitespace collapsed, cut at `max` characters. */
export function snippet(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}

export function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

/**
 * The cause to attach to an error: the original when it is a plain error (own properties that are text, numbers or
 * flags, none holding a secret; the same for its causes), so it keeps its identity for debugging; else a copy with
 * only those plain properties, redacted. A custom fetch may hang the request, its headers or its config on the error
 * it throws, and `util.inspect(err)` would print them through `err.cause`.
 */
export function safeCause(cause: unknown, redactor: Redactor): unknown {
  if (!(cause instanceof Error)) {
    if (typeof cause === 'string') return redactor.text(cause);
    return cause === null || typeof cause !== 'object' ? cause : undefined;
  }
  if (isPlainError(cause, redactor, 0)) return cause;
  return redactedCopy(cause, redactor, 0);
}

/** Own properties an error may keep as they are; anything else (objects, functions) is dropped from a copy. */
function isPlainValue(value: unknown): boolean {
  return value === null || (typeof value !== 'object' && typeof value !== 'function' && typeof value !== 'symbol');
}

function isPlainError(error: Error, redactor: Redactor, depth: number): boolean {
  if (depth > 8) return false;
  if (Object.getOwnPropertySymbols(error).length > 0) return false;
  for (const key of Object.getOwnPropertyNames(error)) {
    const value = (error as unknown as Record<string, unknown>)[key];
    if (key === 'cause') {
      if (value instanceof Error ? !isPlainError(value, redactor, depth + 1) : !isPlainValue(value)) return false;
      if (typeof value === 'string' && redactor.leaks(value)) return false;
      continue;
    }
    if (key === 'errors' && error instanceof AggregateError) {
      if (!error.errors.every((e) => e instanceof Error && isPlainError(e, redactor, depth + 1))) return false;
      continue;
    }
    if (!isPlainValue(value)) return false;
    if (typeof value === 'string' && redactor.leaks(value)) return false;
  }
  return !redactor.leaks(error.name) && !redactor.leaks(error.stack ?? '');
}

function redactedCopy(error: Error, redactor: Redactor, depth: number): Error {
  const nested = depth < 8 && error.cause !== undefined ? safeCauseAt(error.cause, redactor, depth + 1) : undefined;
  const copy = new Error(redactor.text(error.message), nested === undefined ? undefined : { cause: nested });
  copy.name = redactor.text(error.name);
  copy.stack = redactor.text(error.stack ?? '');
  for (const key of Object.keys(error)) {
    if (key === 'cause' || key === 'message' || key === 'name' || key === 'stack') continue;
    const value = (error as unknown as Record<string, unknown>)[key];
    if (isPlainValue(value)) Object.assign(copy, { [key]: typeof value === 'string' ? redactor.text(value) : value });
  }
  return copy;
}

function safeCauseAt(cause: unknown, redactor: Redactor, depth: number): unknown {
  if (cause instanceof Error) return redactedCopy(cause, redactor, depth);
  return typeof cause === 'string' ? redactor.text(cause) : isPlainValue(cause) ? cause : undefined;
}
