/** The options every vendor client accepts, their validation, and the rules about where credentials may go. */
import { ConfigurationError } from './errors.js';
import { LOG_LEVELS, type LoggerOptions } from './logging.js';
import { createRedactor } from './redaction.js';

/** Reported through `onRetry` before each retry. */
export interface RetryEvent {
  /** The attempt that failed: 1 for the first try. The retry is attempt + 1. */
  attempt: number;
  /** How long the client waits before the retry. */
  delayMs: number;
  /** Why it retries, e.g. "503 service_unavailable: the server did not execute the request". */
  reason: string;
  method: string;
  /** Without credentials. */
  url: string;
  /** The status that caused the retry, when it was an HTTP answer. */
  status?: number;
}

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
}

export const DEFAULT_MAX_RETRIES = 2;
export const DEFAULT_TIMEOUT_MS = 60_000;
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

/** Validates what can be validated when the client is created, so mistakes surface before the first request. */
export function checkClientOptions(vendor: string, options: CommonClientOptions): void {
  checkTimeout(options.timeout, vendor, 'option');
  checkMaxRetries(options.maxRetries, vendor, 'option');
  if (options.fetch !== undefined && typeof options.fetch !== 'function') {
    throw new ConfigurationError(`${vendor}: option "fetch" must be a function; got ${describe(options.fetch)}.`, {
      option: 'fetch',
    });
  }
  if (options.logger !== undefined && !LOG_LEVELS.includes(options.logger.level)) {
    throw new ConfigurationError(
      `${vendor}: option "logger.level" must be one of ${LOG_LEVELS.join(', ')}; got ${describe(options.logger.level)}.`,
      { option: 'logger' },
    );
  }
}

function describe(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : typeof value === 'function' ? 'a function' : String(value);
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
  if (opts.value !== undefined && opts.value.trim() !== '') return opts.value;
  const fromEnv = readEnv(opts.env);
  if (fromEnv !== undefined && fromEnv.trim() !== '') return fromEnv;
  const given = opts.value === undefined ? '' : ` (the option was given but blank)`;
  throw new ConfigurationError(
    `${opts.vendor}: missing credential: pass the "${opts.option}" option${given} or set the ${opts.env} environment variable.`,
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
 * is not http(s) at all. `option` names where the URL came from in the message.
 */
export function checkCredentialTransport(
  url: string,
  settings: { vendor: string; allowInsecureHttp: boolean; secrets: () => readonly string[]; option: string },
): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    const shown = createRedactor(settings.secrets()).text(url);
    throw new ConfigurationError(
      `${settings.vendor}: ${settings.option} ${JSON.stringify(shown)} is not an absolute URL.`,
      {
        option: 'baseUrl',
      },
    );
  }
  if (parsed.protocol === 'https:') return;
  // Redacted only when a message is built: this runs on every request.
  const shownUrl = () => createRedactor(settings.secrets()).url(url);
  if (parsed.protocol !== 'http:') {
    throw new ConfigurationError(
      `${settings.vendor}: ${settings.option} ${shownUrl()} must use https:// (or http:// to a loopback host); got ${parsed.protocol}`,
      { option: 'baseUrl' },
    );
  }
  if (settings.allowInsecureHttp || isLoopbackHost(parsed.hostname)) return;
  const shown = shownUrl();
  throw new ConfigurationError(
    `${settings.vendor}: refusing to send credentials over plain http:// to ${parsed.host} (${shown}). Use https://, or set allowInsecureHttp: true if the network to that host is trusted.`,
    { option: 'allowInsecureHttp' },
  );
}
