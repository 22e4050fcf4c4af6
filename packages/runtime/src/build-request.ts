/**
 * Building a call's request from its options, before anything is sent: the options checked, the URL (openapi-fetch's
 * serializers, then checked for where credentials may go), the headers (vendor defaults < client < call < header
 * parameters) and the body, serialised once so that every attempt sends the same bytes.
 */
import {
  createFinalURL,
  createQuerySerializer,
  defaultBodySerializer,
  defaultPathSerializer,
  type HeadersOptions,
  type Middleware,
  type ParseAs,
  type PathSerializer,
  type QuerySerializer,
  type QuerySerializerOptions,
  removeTrailingSlash,
} from 'openapi-fetch';
import { ConfigurationError } from './errors.js';
import {
  checkCallOptions,
  checkCredentialTransport,
  checkPathParams,
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
  headerError,
} from './options.js';
import type { CallSettings, ClientContext, OutgoingRequest, RoutedBase } from './request-context.js';

/** The `init` keys the runtime reads; every other key is a `RequestInit` option passed on to fetch. */
interface CallInit {
  timeout?: number;
  maxRetries?: number;
  throwOnError?: boolean;
  maxResponseBytes?: number;
  fetch?: (request: Request) => Promise<Response>;
  headers?: HeadersOptions;
  parseAs?: ParseAs;
  redirect?: RequestRedirect;
  baseUrl?: string;
  params?: { query?: Record<string, unknown>; header?: Record<string, unknown>; path?: Record<string, unknown> };
  querySerializer?: QuerySerializer<unknown> | QuerySerializerOptions;
  /** openapi-fetch's type omits the headers its default serializer is given (for form bodies). */
  bodySerializer?: (body: unknown, headers?: Headers) => unknown;
  pathSerializer?: PathSerializer;
  body?: unknown;
  middleware?: Middleware[];
  Request?: typeof Request;
  signal?: AbortSignal | null;
}

/**
 * A path and query the URL parser writes back as they are (for http and https): no character it would percent-encode or
 * drop (space, quotes, `<>`, `` ` ``, `{}`, `\`, control characters), no fragment, and no segment it would resolve
 * (`.`, `..`, their `%2e` forms).
 */
const AS_PARSED = /^(?!(?:[^?]*\/)?(?:\.|%2e))[\w\-.~!$&()*+,;=:@/?%]*$/i;

/** A call, built: the request and its settings, and what openapi-fetch's middleware is shown of it. */
export interface BuiltCall {
  request: OutgoingRequest;
  settings: CallSettings;
  /** The client's middleware, then the call's. */
  middleware: readonly Middleware[];
  /** `context.params` and `context.options` of openapi-fetch's middleware, and the call's `Request` class. */
  shown: {
    params: NonNullable<CallInit['params']>;
    baseUrl: string;
    querySerializer: QuerySerializer<unknown>;
    bodySerializer: (body: unknown, headers?: Headers) => unknown;
    pathSerializer: PathSerializer;
    Request: typeof Request | undefined;
    redirect: RequestRedirect | undefined;
  };
}

/**
 * Sets (or, for `null`, removes) the headers of `source` on `target`, as openapi-fetch's `mergeHeaders` does. A header
 * that cannot be sent is a ConfigurationError naming it and `where` it came from, never its value (fetch's TypeError
 * quotes it, and it may be a credential).
 */
export function assignHeaders(
  target: Headers,
  source: HeadersOptions | undefined,
  vendor: string,
  where: string,
): void {
  if (!source || typeof source !== 'object') return;
  const entries = source instanceof Headers ? source.entries() : Object.entries(source);
  for (const [name, value] of entries as Iterable<[string, unknown]>) {
    try {
      if (value === null) target.delete(name);
      else if (Array.isArray(value)) for (const item of value) target.append(name, String(item));
      else if (value !== undefined) target.set(name, String(value));
    } catch {
      throw headerError(vendor, where, name, value);
    }
  }
}

/**
 * A call's request; a promise only when its body is a stream, read once here so that every attempt can send it, or
 * when the operation's host is still being found (a vendor's `baseUrlFor` answering a promise: SCP's endpoint
 * catalog, fetched once).
 */
export function buildRequest(
  client: ClientContext,
  method: string,
  schemaPath: string,
  given: Record<string, unknown> | undefined,
  found?: RoutedBase,
): BuiltCall | Promise<BuiltCall> {
  const { vendor, options } = client;
  const name = vendor.name;
  if (given !== undefined && (typeof given !== 'object' || given === null)) {
    throw new ConfigurationError(`${name}: the options of ${method} ${schemaPath} must be an object.`, {
      option: 'init',
    });
  }
  checkCallOptions(name, given ?? {});
  checkPathParams(name, schemaPath, given?.params);
  const {
    timeout,
    maxRetries,
    throwOnError,
    maxResponseBytes,
    fetch: callFetch,
    headers,
    parseAs = 'json',
    redirect,
    baseUrl: callBaseUrl,
    params = {},
    querySerializer: callQuerySerializer,
    bodySerializer = defaultBodySerializer,
    pathSerializer = defaultPathSerializer,
    body,
    middleware: callMiddleware,
    Request: CustomRequest,
    signal,
    ...rest
  } = (given ?? {}) as CallInit & RequestInit;
  // The vendor's own options of this call leave `rest`, which fetch is given.
  const vendorOptions: Record<string, unknown> = {};
  for (const key of client.callOptions) {
    if (key in rest) {
      vendorOptions[key] = (rest as Record<string, unknown>)[key];
      delete (rest as Record<string, unknown>)[key];
    }
  }
  const transport = { vendor: name, allowInsecureHttp: client.allowInsecureHttp, secrets: () => client.auth.secrets() };
  if (typeof callBaseUrl === 'string') {
    // Before anything quotes the URL: one with user:password@ must never show up in an error.
    checkCredentialTransport(callBaseUrl, { ...transport, option: 'per-request option "baseUrl"' });
  }
  const settings: CallSettings = {
    // `undefined`: the global fetch, looked up per attempt, so a polyfill or a test double installed later is used.
    transport: callFetch ?? options.fetch,
    timeoutMs: timeout ?? options.timeout ?? DEFAULT_TIMEOUT_MS,
    maxRetries: maxRetries ?? options.maxRetries ?? DEFAULT_MAX_RETRIES,
    maxResponseBytes: maxResponseBytes ?? options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
    parseAs,
    // Redirects are answered, not followed by fetch: following one to another host would carry headers such as
    // SCP's signature along, and every documented redirect (Hostway's 303 for an unpaged list) is a result to see.
    // A call's `redirect: 'follow'` is honoured by the runtime for the same origin only (redirects.ts).
    followRedirects: redirect === 'follow',
    redirectIsError: redirect === 'error',
    throwOnError: (throwOnError ?? options.throwOnError) === true,
  };

  const querySerializer =
    callQuerySerializer === undefined
      ? client.querySerializer
      : typeof callQuerySerializer === 'function'
        ? callQuerySerializer
        : createQuerySerializer(callQuerySerializer);
  // The operation's own host, for a vendor of several (a call's baseUrl wins over it).
  const routed = callBaseUrl || found ? found : client.baseFor?.(schemaPath);
  if (routed instanceof Promise) {
    return routed.then((base) => buildRequest(client, method, schemaPath, given, base ?? client));
  }
  const own = callBaseUrl ? undefined : (routed ?? client);
  const baseUrl = callBaseUrl ? removeTrailingSlash(callBaseUrl) : (own?.baseUrl ?? client.baseUrl);
  const rawUrl = createFinalURL(schemaPath, { baseUrl, params, querySerializer, pathSerializer });
  // The URL as fetch sends it (and SCP signs it), checked. One on the client's checked base URL (a call may give
  // another) with a path no parser would change goes as it is: a path after the base's slash cannot change its scheme or
  // host (a made-up one such as `@host/` could, and is checked).
  const checked = own?.checkedBase;
  const url =
    checked && rawUrl.startsWith(checked) && AS_PARSED.test(rawUrl.slice(checked.length))
      ? rawUrl
      : checkCredentialTransport(rawUrl, { ...transport, option: 'request URL' }).href;

  // The vendor's per-request defaults, then the client's headers, then the call's: later ones win, `null` removes.
  const requestHeaders = new Headers(client.requestHeaders?.({ method, schemaPath, options: vendorOptions }));
  assignHeaders(requestHeaders, options.headers, name, 'option "headers"');
  assignHeaders(requestHeaders, headers, name, 'per-request option "headers"');
  let serialized: unknown;
  if (body !== undefined) {
    let seen = requestHeaders;
    if (params.header) {
      seen = new Headers(requestHeaders);
      assignHeaders(seen, params.header as HeadersOptions, name, 'params.header');
    }
    serialized = bodySerializer(body, seen);
  }
  // openapi-fetch's default Content-Type is the lowest priority: a header of any source wins over it.
  if (serialized !== undefined && !(serialized instanceof FormData) && !requestHeaders.has('content-type')) {
    requestHeaders.set('content-type', 'application/json');
  }
  assignHeaders(requestHeaders, params.header as HeadersOptions, name, 'params.header');
  const built: BuiltCall = {
    request: {
      method,
      url,
      headers: requestHeaders,
      body: (serialized as OutgoingRequest['body'] | undefined) ?? null,
      signal: signal ?? undefined,
      init: rest,
    },
    settings,
    middleware:
      callMiddleware && callMiddleware.length > 0 ? [...client.middleware, ...callMiddleware] : client.middleware,
    shown: { params, baseUrl, querySerializer, bodySerializer, pathSerializer, Request: CustomRequest, redirect },
  };
  // A stream cannot be sent twice: read once, so every attempt (and a followed redirect) sends the same bytes.
  if (!(serialized instanceof ReadableStream)) return built;
  return new Response(serialized).arrayBuffer().then((bytes) => {
    built.request.body = bytes;
    return built;
  });
}
