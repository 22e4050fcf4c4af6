/**
 * What each step of a call reads. A client is made once (`ClientContext`); each call builds its request and settings
 * (build-request.ts), and once the request to send is known (after any `onRequest` middleware) they become the call's
 * `RequestContext`, which sending (send.ts) and reading the result (read-result.ts) are given. A feature that follows
 * a request from attempt to answer (a rate limiter, a tracer, response validation) hangs its state off this context.
 */
import type { Middleware, ParseAs, QuerySerializer } from 'openapi-fetch';
import type { DriftHook } from './drift-hook.js';
import type { CallTrace, RetryEvent } from './call-report.js';
import type { Logger } from './logging.js';
import type { CommonClientOptions } from './options.js';
import { Reporter } from './reporter.js';
import type { RetryPolicy } from './retry-policy.js';
import type { Authenticator, VendorProfile } from './vendor.js';

/**
 * A vendor's headers for one request, decided per request (SCP's Scp-Api-Version by operation and by a call's own
 * `apiVersion`, one of the vendor's `callOptions`). They are defaults: the client's and the call's headers win.
 */
export type VendorRequestHeaders = (ctx: {
  method: string;
  schemaPath: string;
  options: Record<string, unknown>;
}) => Record<string, string> | undefined;

/** A base URL of one operation's host, checked. */
export interface RoutedBase {
  baseUrl: string;
  checkedBase: string | undefined;
}

/** One client, as `createApiClient` set it up: the vendor's profile and the user's options, checked once. */
export interface ClientContext {
  vendor: VendorProfile;
  auth: Authenticator;
  /** The user's options, checked. */
  options: CommonClientOptions;
  /** The client's base URL, checked, without a trailing slash. */
  baseUrl: string;
  /**
   * `baseUrl` and a slash, when the base URL is as the URL parser writes it (`https://api.example.com/v1`): a URL
   * that starts with it, and whose rest no parser would change, is sent as it is, with no check of its own.
   */
  checkedBase: string | undefined;
  /**
   * A vendor of several hosts: the base URL (checked, with its `checkedBase`) of an operation by its path template,
   * `undefined` for the client's own; a promise while the vendor is still finding it.
   */
  baseFor: ((schemaPath: string) => RoutedBase | undefined | Promise<RoutedBase | undefined>) | undefined;
  allowInsecureHttp: boolean;
  logger: Logger;
  /** Checks each answer read against the spec (`validate`); undefined when validation is off. */
  drift: DriftHook | undefined;
  policy: RetryPolicy;
  onRetry: ((event: RetryEvent) => void) | undefined;
  requestHeaders: VendorRequestHeaders | undefined;
  /** The vendor's own per-call options (SCP's `apiVersion`): taken out of a call's options for `requestHeaders`. */
  callOptions: readonly string[];
  querySerializer: QuerySerializer<unknown>;
  /** What `use()` registered, in order. */
  middleware: Middleware[];
}

/**
 * A body that can be sent again as it is: whatever fetch takes but a stream. Written with `RequestInit`, which Node's
 * own types declare, not the DOM's `BodyInit`, which a project without the DOM lib lacks.
 */
export type ResendableBody = Exclude<NonNullable<RequestInit['body']>, ReadableStream>;

/**
 * One logical request, as the client built it: the URL (normalized, as sent and signed), the method, the headers
 * before credentials, and a body that can be sent again as it is (a string, bytes, a Blob, FormData or
 * URLSearchParams; never a stream). Each attempt copies the headers, signs the copy and hands `fetch(url, init)` the
 * same body, so nothing is cloned or teed per attempt.
 */
export interface OutgoingRequest {
  method: string;
  url: string;
  headers: Headers;
  body: ResendableBody | null;
  /** The caller's signal, if any. */
  signal: AbortSignal | undefined;
  /** The caller's other `RequestInit` options (cache, credentials, keepalive, ...), passed on to every attempt. */
  init: RequestInit | undefined;
}

/** How one call is sent and read: the call's options over the client's, resolved. */
export interface CallSettings {
  /** `undefined`: the global fetch, looked up per attempt (so a polyfill or a test double installed later is used). */
  transport: ((request: Request) => Promise<Response>) | undefined;
  timeoutMs: number;
  maxRetries: number;
  /** Longest body read, decoded; past it the call throws ResponseTooLargeError. */
  maxResponseBytes: number;
  /** How the caller reads a 2xx body: a stream is handed over unread once its headers are in. */
  parseAs: ParseAs;
  /**
   * The caller asked for `redirect: 'follow'`: redirects to the same origin are followed (each hop signed again);
   * one to another origin never is, since the request carries credentials: that answer is the result.
   */
  followRedirects: boolean;
  /** The caller asked for `redirect: 'error'`: fetch is told so, and rejects a redirect (a ConnectionError). */
  redirectIsError: boolean;
  /** A non-2xx answer is thrown as its error class rather than returned as `{ error }`. */
  throwOnError: boolean;
}

/** What a call is besides its request: the operation it calls, and its span when the client traces. */
export interface CallOf {
  /** The path template, e.g. `/servers/{id}`: what a rate limiter classifies a request by, and drift reports name. */
  readonly schemaPath: string;
  /** The call's span (tracing.ts), when the client traces. */
  readonly trace: CallTrace | undefined;
}

/** One call, once the request it sends is known. */
export interface RequestContext extends CallOf {
  readonly client: ClientContext;
  readonly request: OutgoingRequest;
  readonly settings: CallSettings;
  /** Its texts: shown URL, log entries, errors. Its URL and attempts are also what the call's span reports. */
  readonly report: Reporter;
}

export function requestContext(
  client: ClientContext,
  call: CallOf,
  request: OutgoingRequest,
  settings: CallSettings,
): RequestContext {
  const report = new Reporter(client, request.method, request.url);
  if (call.trace !== undefined) call.trace.report = report;
  return { client, schemaPath: call.schemaPath, trace: call.trace, request, settings, report };
}
