/** The options every vendor client accepts, their validation, and the rules about where credentials may go. */
import { defaultPathSerializer } from 'openapi-fetch';
import { ConfigurationError } from './errors.js';
import type { RetryEvent } from './call-report.js';
import { LOG_LEVELS, type LoggerOptions } from './logging.js';
import { checkOptionKeys, isPlainObject } from './option-keys.js';
import { checkRateLimiterOption, type RateLimiter } from './rate-limiter.js';
import { createRedactor } from './redaction.js';
import { checkTracingOption, type Tracing } from './tracing.js';

/** Reported through `onRetry` before each retry (defined with the other call reports in call-report.ts). */
export type { RetryEvent };

/** What a user passes to any `create<Vendor>Client(...)`, besides the vendor's credentials. */
export interface CommonClientOptions {
  /** Root URL of the API; defaults to the vendor's production URL. */
  baseUrl?: string | undefined;
  /** Retries after the first attempt. Default 2. Per request too. */
  maxRetries?: number | undefined;
  /** Milliseconds allowed per attempt (connect, headers and body). Default 60 000. Per request too. */
  timeout?: number | undefined;
  /** Allow credentials over plain http:// to hosts other than loopback. Default false. */
  allowInsecureHttp?: boolean | undefined;
  /** The fetch used for each attempt. Default `globalThis.fetch`. */
  fetch?: ((request: Request) => Promise<Response>) | undefined;
  /** Headers sent on every request (a per-request `headers` wins). */
  headers?: Record<string, string> | undefined;
  /** Throw the error classes for non-2xx answers instead of returning `{ error }`. Per request too. */
  throwOnError?: boolean | undefined;
  /** Opt-in debug logging. */
  logger?: LoggerOptions | undefined;
  /** Called before each retry. An exception thrown here is ignored. */
  onRetry?: ((event: RetryEvent) => void) | undefined;
  /**
   * Longest response body read, in bytes, counted after decompression as it arrives. Past it, reading stops and the
   * call throws ResponseTooLargeError (never retried). Default 64 MiB; `Infinity` for no limit. Per request too.
   */
  maxResponseBytes?: number | undefined;
  /**
   * Paces every attempt through this limiter (maximum in flight, maximum per interval, per request class) and holds a
   * class back when the server says to wait. One limiter can be given to several clients.
   */
  rateLimiter?: RateLimiter | undefined;
  /**
   * OpenTelemetry spans for every call: `tracing: openTelemetry({ api })`, with the client package's `openTelemetry`
   * and `import * as api from '@opentelemetry/api'`.
   */
  tracing?: Tracing | undefined;
}

/** Every key of CommonClientOptions: a key missing here, or one too many, does not compile. */
const COMMON_OPTION_KEYS: Readonly<Record<keyof CommonClientOptions, true>> = {
  baseUrl: true,
  maxRetries: true,
  timeout: true,
  allowInsecureHttp: true,
  fetch: true,
  headers: true,
  throwOnError: true,
  logger: true,
  onRetry: true,
  maxResponseBytes: true,
  rateLimiter: true,
  tracing: true,
};
const COMMON_OPTIONS: ReadonlySet<string> = new Set(Object.keys(COMMON_OPTION_KEYS));

export const DEFAULT_MAX_RETRIES = 2;
export const DEFAULT_TIMEOUT_MS = 60_000;
/** 64 MiB: far above any page of these APIs, far below what a compressed body can inflate to. */
export const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;
/** setTimeout's limit: a longer delay fires at once in Node and browsers. */
const MAX_TIMEOUT_MS = 2_147_483_647;

/** Checks a `timeout` value; `where` says whose option it is in the message. */
export function checkTimeout(value: unknown, vendor: string, where: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !(value > 0) || value > MAX_TIMEOUT_MS) {
    throw new ConfigurationError(
      `${vendor}: ${where} "timeout" must be a number of milliseconds above 0 and at most ${MAX_TIMEOUT_MS}; got ${describe(value)}.`,
      { option: 'timeout' },
    );
  }
  return value;
}

export function checkMaxRetries(value: unknown, vendor: string, where: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new ConfigurationError(
      `${vendor}: ${where} "maxRetries" must be a whole number, 0 or more; got ${describe(value)}.`,
      { option: 'maxRetries' },
    );
  }
  return value;
}

export function checkMaxResponseBytes(value: unknown, vendor: string, where: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !(value >= 1) || (!Number.isInteger(value) && value !== Number.POSITIVE_INFINITY)) {
    throw new ConfigurationError(
      `${vendor}: ${where} "maxResponseBytes" must be a whole number of bytes, 1 or more (or Infinity for no limit); got ${describe(value)}.`,
      { option: 'maxResponseBytes' },
    );
  }
  return value;
}

/** Options whose value must be of one type, or left out. */
function checkType(
  vendor: string,
  where: string,
  option: string,
  value: unknown,
  type: 'boolean' | 'function' | 'object' | 'string',
): void {
  if (value === undefined) return;
  const ok =
    type === 'object' ? typeof value === 'object' && value !== null && !Array.isArray(value) : typeof value === type;
  if (ok) return;
  const expected = { boolean: 'true or false', function: 'a function', object: 'an object', string: 'a string' }[type];
  throw new ConfigurationError(`${vendor}: ${where} "${option}" must be ${expected}; got ${describe(value)}.`, {
    option,
  });
}

/**
 * The options a `create<Vendor>Client(options)` was given, `{}` when none: `null`, a string, an array or any object
 * that is not a plain one is a ConfigurationError before the vendor reads its credentials out of it. `credentials`
 * (the vendor's credential options, e.g. `['token']`) lets the message show where a credential goes: a string here is
 * usually the token. With `own` (all the vendor's own option names: `token`, `accountId`, …), a key that is neither
 * one of them nor a common option is refused too, naming the one it probably meant: from JavaScript, `timeOut` or
 * `retries` would otherwise be ignored.
 */
export function clientOptions<T extends object>(
  vendor: string,
  options: T | undefined,
  credentials: readonly string[] = [],
  own?: readonly string[],
): T {
  if (options === undefined) return {} as T;
  if (!isPlainObject(options)) {
    // Only the kind of value, never the value: a string given here is often the token itself.
    const where =
      credentials.length === 0
        ? ''
        : ` Credentials are options in that object: { ${credentials.map((name) => `${name}: '…'`).join(', ')} }.`;
    throw new ConfigurationError(`${vendor}: the client options must be an object; got ${kindOf(options)}.${where}`, {
      option: 'options',
    });
  }
  if (own !== undefined) checkOptionKeys(vendor, 'the client', options, new Set([...own, ...COMMON_OPTIONS]));
  return options;
}

/** Validates what can be validated when the client is created, so mistakes surface before the first request. */
export function checkClientOptions(vendor: string, options: CommonClientOptions): void {
  if (!isPlainObject(options)) {
    throw new ConfigurationError(`${vendor}: the client options must be an object; got ${kindOf(options)}.`, {
      option: 'options',
    });
  }
  // What a vendor leaves after taking its own options out: anything else is unknown to everyone.
  checkOptionKeys(vendor, 'the client', options, COMMON_OPTIONS);
  checkTimeout(options.timeout, vendor, 'option');
  checkMaxRetries(options.maxRetries, vendor, 'option');
  checkMaxResponseBytes(options.maxResponseBytes, vendor, 'option');
  checkType(vendor, 'option', 'baseUrl', options.baseUrl, 'string');
  checkType(vendor, 'option', 'fetch', options.fetch, 'function');
  checkType(vendor, 'option', 'onRetry', options.onRetry, 'function');
  checkType(vendor, 'option', 'headers', options.headers, 'object');
  checkType(vendor, 'option', 'throwOnError', options.throwOnError, 'boolean');
  checkType(vendor, 'option', 'allowInsecureHttp', options.allowInsecureHttp, 'boolean');
  checkRateLimiterOption(vendor, options.rateLimiter);
  checkTracingOption(vendor, options.tracing);
  const { logger } = options;
  checkType(vendor, 'option', 'logger', logger, 'object');
  if (logger !== undefined && !LOG_LEVELS.includes(logger.level)) {
    throw new ConfigurationError(
      `${vendor}: option "logger.level" must be one of ${LOG_LEVELS.join(', ')}; got ${describe(logger.level)}.`,
      { option: 'logger' },
    );
  }
  if (logger?.sink !== undefined && typeof logger.sink !== 'function') {
    throw new ConfigurationError(`${vendor}: option "logger.sink" must be a function; got ${describe(logger.sink)}.`, {
      option: 'logger',
    });
  }
}

/** What `parseAs` may be (openapi-fetch's). */
const PARSE_AS = ['json', 'text', 'blob', 'arrayBuffer', 'stream'];

/** Validates a call's own options (those the runtime reads) before anything is sent. */
export function checkCallOptions(vendor: string, init: Record<string, unknown>): void {
  const where = 'per-request option';
  checkType(vendor, where, 'fetch', init.fetch, 'function');
  checkType(vendor, where, 'throwOnError', init.throwOnError, 'boolean');
  checkType(vendor, where, 'baseUrl', init.baseUrl, 'string');
  checkMaxResponseBytes(init.maxResponseBytes, vendor, where);
  const { signal, parseAs, headers } = init;
  if (signal !== undefined && signal !== null && !(signal instanceof AbortSignal)) {
    throw new ConfigurationError(`${vendor}: ${where} "signal" must be an AbortSignal; got ${describe(signal)}.`, {
      option: 'signal',
    });
  }
  if (parseAs !== undefined && !PARSE_AS.includes(parseAs as string)) {
    throw new ConfigurationError(
      `${vendor}: ${where} "parseAs" must be one of ${PARSE_AS.join(', ')}; got ${describe(parseAs)}.`,
      { option: 'parseAs' },
    );
  }
  if (headers !== undefined && (typeof headers !== 'object' || headers === null)) {
    throw new ConfigurationError(`${vendor}: ${where} "headers" must be an object; got ${describe(headers)}.`, {
      option: 'headers',
    });
  }
}

/** The parameters of each schema path (`{id}`, `{.id}`, `{id*}` and the name), found once: a client calls the same few paths again and again. */
const pathParamTokens = new Map<string, [token: string, name: string][]>();

/**
 * Path parameters that would become a dot segment or an empty one (`DELETE /servers/s1/interfaces/..` is sent as
 * `DELETE /servers/s1/`, validly signed; `{}` or a Date as `DELETE /v1/servers/`, the collection): refused before
 * anything is sent. A string, number, bigint or boolean is its text; an array or object is what openapi-fetch's path
 * serializer makes of it (a Date, `{}` and `[]` make nothing).
 */
export function checkPathParams(vendor: string, schemaPath: string, params: unknown): void {
  let tokens = pathParamTokens.get(schemaPath);
  if (tokens === undefined) {
    tokens = [...schemaPath.matchAll(/\{[.;]?([^}*]+)\*?\}/g)].map((m) => [m[0], m[1] ?? '']);
    if (pathParamTokens.size >= 1000) pathParamTokens.clear(); // bounded, whatever paths a caller makes up
    pathParamTokens.set(schemaPath, tokens);
  }
  if (tokens.length === 0) return;
  const values = (typeof params === 'object' && params !== null ? (params as { path?: unknown }).path : undefined) as
    | Record<string, unknown>
    | undefined;
  for (const [token, name] of tokens) {
    const value = values?.[name];
    const text = segmentOf(token, name, value);
    if (text !== undefined && text !== '' && text !== '.' && text !== '..') continue;
    const got =
      value === undefined || value === null
        ? 'nothing'
        : typeof value === 'object'
          ? `${kindOf(value)}, which the path serialises to ${JSON.stringify(text)}`
          : text === undefined
            ? kindOf(value)
            : JSON.stringify(text);
    throw new ConfigurationError(
      `${vendor}: path parameter "${name}" of ${schemaPath} must be a non-empty value other than "." and ".."; got ${got}. Such a value would change which resource the request acts on.`,
      { option: `params.path.${name}` },
    );
  }
}

/** The text a path parameter's value puts in the path; `undefined` for a value that has none (a symbol, a function). */
function segmentOf(token: string, name: string, value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
    case 'bigint':
    case 'boolean':
      return String(value);
    case 'object':
      return value === null ? undefined : defaultPathSerializer(token, { [name]: value });
    default:
      return undefined;
  }
}

/**
 * A header that cannot be sent: a name that is not an HTTP token, a value with CR, LF or NUL, or a character above
 * U+00FF. `fetch` would throw a TypeError quoting the value, which may be a credential (`Proxy-Authorization`); this
 * names the header and where it came from, never the value (nor more of a name than its valid start: a name such as
 * `Authorization: Bearer …` carries one).
 */
export function headerError(vendor: string, where: string, name: string, value: unknown): ConfigurationError {
  const validStart = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]*/.exec(name)?.[0] ?? '';
  if (validStart !== name || name === '') {
    const shown = validStart === '' ? 'a header name' : `the header name ${JSON.stringify(validStart)}…`;
    return new ConfigurationError(
      `${vendor}: ${where}: ${shown} is not a valid HTTP header name (letters, digits and !#$%&'*+-.^_\`|~ only; no spaces, colons or line breaks). Give the name as the key and the value as its value.`,
      { option: 'headers' },
    );
  }
  const text = Array.isArray(value) ? value.map(String).join(', ') : String(value);
  const problem = /[\r\n\0]/.test(text)
    ? 'contains a line break or NUL character (CR, LF or NUL)'
    : /[\u0100-\uffff]/.test(text)
      ? 'contains a character above U+00FF, which HTTP headers cannot carry (percent-encode it, or send it in the body)'
      : 'contains a control character, which HTTP headers cannot carry';
  return new ConfigurationError(
    `${vendor}: ${where}: the value of header ${JSON.stringify(name)} ${problem}; it cannot be sent. A header value is one line of Latin-1 text.`,
    { option: 'headers' },
  );
}

/** What kind of value this is, never the value: `a string`, `an array`, `null`. */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  if (type === 'object' && !isPlainObject(value)) {
    // A class instance by its class: `an AbortSignal`, `a Date`, `a Map`.
    const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
    if (typeof name === 'string' && /^[A-Za-z_$][\w$]*$/.test(name))
      return `${/^[AEIOU]/.test(name) ? 'an' : 'a'} ${name}`;
  }
  if (type === 'object') return 'an object';
  return type === 'undefined' ? type : `a ${type}`;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'function') return 'a function';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : String(value);
}

/**
 * The option value when given (and not blank), else the environment variable (read only where `process` exists), else
 * a ConfigurationError that names both.
 */
export function readCredential(opts: {
  vendor: string;
  option: string;
  value: string | undefined;
  env: string;
}): string {
  if (opts.value !== undefined && typeof opts.value !== 'string') {
    throw new ConfigurationError(
      `${opts.vendor}: the "${opts.option}" option must be a string; got ${opts.value === null ? 'null' : `a ${typeof opts.value}`}.`,
      { option: opts.option },
    );
  }
  if (opts.value !== undefined && opts.value.trim() !== '')
    return sendable(opts.value, opts, `the "${opts.option}" option`);
  const fromEnv = readEnv(opts.env);
  if (fromEnv !== undefined && fromEnv.trim() !== '')
    return sendable(fromEnv, opts, `the ${opts.env} environment variable`);
  const given = opts.value === undefined ? '' : ` (the option was given but blank)`;
  throw new ConfigurationError(
    `${opts.vendor}: missing credential: pass the "${opts.option}" option${given} or set the ${opts.env} environment variable.`,
    { option: opts.option },
  );
}

/**
 * A credential with CR, LF or NUL cannot go into an HTTP header (and is always a copy-and-paste mistake, such as a
 * trailing newline): refused when the client is created, naming where it came from and never the value.
 */
function sendable(value: string, opts: { vendor: string; option: string }, where: string): string {
  if (!/[\r\n\0]/.test(value)) return value;
  throw new ConfigurationError(
    `${opts.vendor}: ${where} contains a line break or NUL character (CR, LF or NUL), which cannot be sent in an HTTP header. Remove it (often a trailing newline from a file or a copy).`,
    { option: opts.option },
  );
}

/** `process.env` where it exists (Node, Bun, Deno 2); nothing in browsers. Deno without --allow-env throws: no value. */
function readEnv(name: string): string | undefined {
  const runtime = globalThis as { process?: { env?: Record<string, string | undefined> } };
  if (typeof runtime.process !== 'object' || runtime.process === null) return undefined;
  try {
    return runtime.process.env?.[name];
  } catch {
    return undefined;
  }
}

/** 127.0.0.0/8, ::1 (and its IPv4-mapped form), localhost and *.localhost (RFC 6761). */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host) ||
    host === '[::1]' ||
    /^\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\]$/.test(host)
  );
}

/**
 * Refuses a URL credentials must not be sent to: plain http:// to a non-loopback host (unless allowed), or a URL that
 * is not http(s) at all. `option` names where the URL came from in the message. Returns the URL, parsed.
 */
export function checkCredentialTransport(
  url: string,
  settings: { vendor: string; allowInsecureHttp: boolean; secrets: () => readonly string[]; option: string },
): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    const shown = createRedactor(settings.secrets()).url(url);
    throw new ConfigurationError(
      `${settings.vendor}: ${settings.option} ${JSON.stringify(shown)} is not an absolute URL.`,
      {
        option: 'baseUrl',
      },
    );
  }
  // Redacted only when a message is built: this runs on every request.
  const shownUrl = () => createRedactor(settings.secrets()).url(url);
  if (parsed.username !== '' || parsed.password !== '') {
    throw new ConfigurationError(
      `${settings.vendor}: ${settings.option} ${shownUrl()} must not hold a user name or password (user:password@): the URL would show them wherever it is logged, and the client sends its own credentials. Remove them from the URL.`,
      { option: 'baseUrl' },
    );
  }
  if (parsed.protocol === 'https:') return parsed;
  if (parsed.protocol !== 'http:') {
    throw new ConfigurationError(
      `${settings.vendor}: ${settings.option} ${shownUrl()} must use https:// (or http:// to a loopback host); got ${parsed.protocol}`,
      { option: 'baseUrl' },
    );
  }
  if (settings.allowInsecureHttp || isLoopbackHost(parsed.hostname)) return parsed;
  const shown = shownUrl();
  throw new ConfigurationError(
    `${settings.vendor}: refusing to send credentials over plain http:// to ${parsed.host} (${shown}). Use https://, or set allowInsecureHttp: true if the network to that host is trusted.`,
    { option: 'allowInsecureHttp' },
  );
}
