/** The options every vendor client accepts, their validation, and the rules about where credentials may go. */
import type { DriftReport, ValidateMode, ValidatorsLoader } from './drift-types.js';
import { defaultPathSerializer } from 'openapi-fetch';
import { ConfigurationError } from './errors.js';
import type { RetryEvent } from './call-report.js';
import { LOG_LEVELS, type LoggerOptions, type LogLevel } from './logging.js';
import { checkOptionKeys, isPlainObject } from './option-keys.js';
import { isRateLimiter, type RateLimiter } from './rate-limiter.js';
import { createRedactor } from './redaction.js';
import { isTracing, type Tracing } from './tracing.js';

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
   * Check every response body against the spec's schema for its operation and status: `'report'` tells `onDrift` and
   * the logger where the API and the spec differ and never fails a call; `'strict'` also throws DriftError for a 2xx
   * body the spec does not allow. Default `'off'`: nothing is checked and the validators are never loaded.
   */
  validate?: ValidateMode | undefined;
  /**
   * Called with each distinct drift report (once per client) when `validate` is `'report'` or `'strict'`; never with
   * validation off. An exception thrown here is ignored.
   */
  onDrift?: ((report: DriftReport) => void) | undefined;
  /**
   * Where the response validators come from, for apps built by a bundler:
   * `validators: () => import('@cloudspecs/katapult-client/validators')` (the bundler then puts them in a chunk of
   * their own). Default: the client package's own `./validators` entry, imported when `validate` is on.
   */
  validators?: ValidatorsLoader | undefined;
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

export const DEFAULT_MAX_RETRIES = 2;
export const DEFAULT_TIMEOUT_MS = 60_000;
/** 64 MiB: far above any page of these APIs, far below what a compressed body can inflate to. */
export const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;
/** setTimeout's limit: a longer delay fires at once in Node and browsers. */
const MAX_TIMEOUT_MS = 2_147_483_647;

/** What an option's value must be (when it is given), and how a message says so. */
type Rule = readonly [ok: (value: unknown) => boolean, expected: string];

const isObject = (value: unknown) => typeof value === 'object' && value !== null && !Array.isArray(value);
const A_FUNCTION: Rule = [(value) => typeof value === 'function', 'a function'];
const A_BOOLEAN: Rule = [(value) => typeof value === 'boolean', 'true or false'];
const A_STRING: Rule = [(value) => typeof value === 'string', 'a string'];
/** What `validate` may be. */
const VALIDATE_MODES: readonly string[] = ['off', 'report', 'strict'] satisfies ValidateMode[];
/** What `parseAs` may be (openapi-fetch's). */
const PARSE_AS = ['json', 'text', 'blob', 'arrayBuffer', 'stream'];

/** The rules of the options a call can also take, client-wide. */
const SHARED_RULES = {
  timeout: [
    (value) => typeof value === 'number' && value > 0 && value <= MAX_TIMEOUT_MS,
    `a number of milliseconds above 0 and at most ${MAX_TIMEOUT_MS}`,
  ],
  maxRetries: [(value) => Number.isInteger(value) && (value as number) >= 0, 'a whole number, 0 or more'],
  maxResponseBytes: [
    (value) =>
      typeof value === 'number' && value >= 1 && (Number.isInteger(value) || value === Number.POSITIVE_INFINITY),
    'a whole number of bytes, 1 or more (or Infinity for no limit)',
  ],
  baseUrl: A_STRING,
  fetch: A_FUNCTION,
  throwOnError: A_BOOLEAN,
} satisfies Record<string, Rule>;

/** The client's options, in the order they are checked: every key of CommonClientOptions (one missing here, or one too
 * many, does not compile). */
const CLIENT_RULES: Readonly<Record<keyof CommonClientOptions, Rule>> = {
  ...SHARED_RULES,
  onRetry: A_FUNCTION,
  headers: [isObject, 'an object'],
  allowInsecureHttp: A_BOOLEAN,
  logger: [isObject, 'an object'],
  validate: [(value) => VALIDATE_MODES.includes(value as string), `one of ${VALIDATE_MODES.join(', ')}`],
  onDrift: A_FUNCTION,
  validators: A_FUNCTION,
  rateLimiter: [
    isRateLimiter,
    'a RateLimiter from the client package: `rateLimiter: new RateLimiter({ maxInFlight: 4 })`',
  ],
  tracing: [
    isTracing,
    "made by the client package's openTelemetry(): `tracing: openTelemetry({ api })`, with `import * as api from '@opentelemetry/api'`",
  ],
};

const COMMON_OPTIONS: ReadonlySet<string> = new Set(Object.keys(CLIENT_RULES));

/** A call's own options (those the runtime reads), in the order they are checked. */
const CALL_RULES: Readonly<Record<string, Rule>> = {
  ...SHARED_RULES,
  signal: [(value) => value === null || value instanceof AbortSignal, 'an AbortSignal'],
  parseAs: [(value) => PARSE_AS.includes(value as string), `one of ${PARSE_AS.join(', ')}`],
  // HeadersInit: a Headers, a record or a list of pairs
  headers: [(value) => typeof value === 'object' && value !== null, 'an object'],
};

/** Refuses `value` when `rule` does not hold, naming the option (`name`) and what it must be. */
function checkValue(vendor: string, where: string, name: string, value: unknown, [ok, expected]: Rule): void {
  if (ok(value)) return;
  throw new ConfigurationError(`${vendor}: ${where} "${name}" must be ${expected}; got ${describe(value)}.`, {
    option: name.split('.')[0],
  });
}

/** Checks each option `rules` names that `options` gives. `where` says whose options they are in a message. */
function checkValues(
  vendor: string,
  where: string,
  options: Record<string, unknown>,
  rules: Readonly<Record<string, Rule>>,
): void {
  for (const name in rules) {
    const value = options[name];
    if (value !== undefined) checkValue(vendor, where, name, value, rules[name] as Rule);
  }
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

/**
 * Validates what can be validated when the client is created, so mistakes surface before the first request: the
 * options a vendor leaves after taking its own out (anything but a common option is unknown to everyone).
 */
export function checkClientOptions(vendor: string, given: CommonClientOptions | undefined): CommonClientOptions {
  const options = clientOptions(vendor, given, [], []);
  checkValues(vendor, 'option', options as Record<string, unknown>, CLIENT_RULES);
  const { logger } = options;
  if (logger !== undefined) {
    checkValue(vendor, 'option', 'logger.level', logger.level, [
      (level) => LOG_LEVELS.includes(level as LogLevel),
      `one of ${LOG_LEVELS.join(', ')}`,
    ]);
    if (logger.sink !== undefined) checkValue(vendor, 'option', 'logger.sink', logger.sink, A_FUNCTION);
  }
  return options;
}

/** Validates a call's own options (those the runtime reads) before anything is sent. */
export function checkCallOptions(vendor: string, init: Record<string, unknown>): void {
  checkValues(vendor, 'per-request option', init, CALL_RULES);
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
      `${vendor}: path parameter "${name}" of ${schemaPath} must be a non-empty value other than "." and ".."; got ${got}.`,
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
      `${vendor}: ${where}: ${shown} is not a valid HTTP header name: give the name as the key, the value as its value.`,
      { option: 'headers' },
    );
  }
  const text = Array.isArray(value) ? value.map(String).join(', ') : String(value);
  const problem = /[\r\n\0]/.test(text)
    ? 'a line break or NUL (CR, LF or NUL)'
    : /[\u0100-\uffff]/.test(text)
      ? 'a character above U+00FF (percent-encode it, or send it in the body)'
      : 'a control character';
  return new ConfigurationError(
    `${vendor}: ${where}: the value of header ${JSON.stringify(name)} contains ${problem}, which no header can carry.`,
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

/**
 * An option's value in a message: a string quoted, a number or a flag as it is (never a credential: those are never
 * described), anything else by its kind.
 */
function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  return typeof value === 'object' || typeof value === 'function' || typeof value === 'symbol'
    ? kindOf(value)
    : String(value);
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
      `${opts.vendor}: the "${opts.option}" option must be a string; got ${kindOf(opts.value)}.`,
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
    `${opts.vendor}: ${where} contains CR, LF or NUL (often a trailing newline), which no header can carry: remove it.`,
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
      `${settings.vendor}: ${settings.option} ${shownUrl()} must not hold user:password@ (the client sends its own credentials): remove them.`,
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
    `${settings.vendor}: refusing to send credentials over plain http:// to ${parsed.host} (${shown}): use https://, or set allowInsecureHttp: true if that network is trusted.`,
    { option: 'allowInsecureHttp' },
  );
}
