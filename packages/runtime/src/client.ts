/**
 * `createApiClient`: a typed client over a vendor's `paths`. openapi-fetch gives the types, the middleware interface and
 * the serializers (query, path, body, header merging); the runtime builds the URL, sends it with `fetch(url, init)`
 * through `sendWithRetries` (auth, retries, timeouts) and reads the answer, so that a 2xx that is not the documented
 * JSON throws ResponseParseError, never SyntaxError.
 */
import {
  type HeadersOptions,
  type MergedOptions,
  type Middleware,
  type ParseAs,
  type PathSerializer,
  type QuerySerializer,
  type QuerySerializerOptions,
  createFinalURL,
  createQuerySerializer,
  defaultBodySerializer,
  defaultPathSerializer,
  removeTrailingSlash,
} from 'openapi-fetch';
import type { ApiClient, ThrowsByDefault } from './client-types.js';
import { ConfigurationError, type FailedExchange, apiErrorFromResponse, rememberFailedExchange } from './errors.js';
import { createLogger } from './logging.js';
import { registerClient, rememberRequest } from './client-registry.js';
import {
  type CommonClientOptions,
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
  checkCallOptions,
  checkClientOptions,
  checkCredentialTransport,
  checkMaxRetries,
  checkPathParams,
  checkTimeout,
  headerError,
} from './options.js';
import { createRedactor } from './redaction.js';
import { parseJsonBody, withBody } from './response-body.js';
import { type RetryPolicy, defaultRetryPolicy } from './retry-policy.js';
import { type OutgoingRequest, type Sent, type SendSettings, sendWithRetries } from './send.js';
import { type CallTrace, startTracing } from './tracing.js';
import type { Authenticator, VendorProfile } from './vendor.js';

/** What a vendor package gives the runtime. */
export interface ApiClientConfig {
  vendor: VendorProfile;
  /** Used when the user gives no `baseUrl`. */
  defaultBaseUrl: string;
  auth: Authenticator;
  /** What the user passed (baseUrl, maxRetries, ...). */
  options: CommonClientOptions;
  /**
   * The vendor's own per-call options (SCP's `apiVersion`): taken out of a call's options before the runtime reads
   * them, and handed to `requestHeaders`.
   */
  callOptions?: readonly string[] | undefined;
  /**
   * Headers sent on every request, decided per request (e.g. SCP's Scp-Api-Version by operation and by a call's own
   * `apiVersion`). They are defaults: the user's client-wide `headers` and a call's `headers` win over them. A throw
   * here fails the call before anything is sent.
   */
  requestHeaders?:
    | ((ctx: {
        method: string;
        schemaPath: string;
        options: Record<string, unknown>;
      }) => Record<string, string> | undefined)
    | undefined;
  /** Backoff tuning; tests inject `sleep` and `random`. */
  retryPolicy?: Partial<RetryPolicy>;
}

/** The shape the typed methods are implemented with; the types in client-types.ts are laid over it. */
interface UntypedResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}
type UntypedInit = Record<string, unknown> | undefined;

/** The `init` keys the runtime reads; every other key is a `RequestInit` option passed on to fetch. */
interface CallInit {
  timeout?: unknown;
  maxRetries?: unknown;
  throwOnError?: unknown;
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

/** openapi-fetch's rule for what `use` accepts. */
function checkMiddleware(m: unknown): void {
  if (typeof m !== 'object' || m === null || !('onRequest' in m || 'onResponse' in m || 'onError' in m)) {
    throw new Error('Middleware must be an object with one of `onRequest()`, `onResponse() or `onError()`');
  }
}

/**
 * Sets (or, for `null`, removes) the headers of `source` on `target`, as openapi-fetch's `mergeHeaders` does. A header
 * that cannot be sent is a ConfigurationError naming it and `where` it came from, never its value (fetch's TypeError
 * quotes it, and it may be a credential).
 */
function assignHeaders(target: Headers, source: HeadersOptions | undefined, vendor: string, where: string): void {
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

/** An answer that has no body whatever its headers say. */
function hasNoBody(status: number, method: string): boolean {
  return status === 204 || status === 205 || status === 304 || method === 'HEAD';
}

/** openapi-fetch's rule: an empty body by its headers (`Content-Length: 0`, not chunked) is no data. */
function emptyByHeaders(response: Response): boolean {
  return (
    response.headers.get('content-length') === '0' && !response.headers.get('transfer-encoding')?.includes('chunked')
  );
}

/** An error body as openapi-fetch gives it: the JSON when it parses, else the text. */
function errorBodyOf(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * Creates a typed client. Pass `Options` (the type of `config.options`) to let a literal `throwOnError: true` show in
 * the result types: `createApiClient<paths, typeof options>(...)`.
 */
export function createApiClient<Paths extends {}, Options extends CommonClientOptions = CommonClientOptions>(
  config: ApiClientConfig & { options: Options },
): ApiClient<Paths, ThrowsByDefault<Options>> {
  const { vendor, auth, options } = config;
  checkClientOptions(vendor.name, options);
  // The client's headers are checked once here, so that a bad one fails where the client is made.
  assignHeaders(new Headers(), options.headers, vendor.name, 'option "headers"');
  const secrets = () => auth.secrets();
  const baseUrl = removeTrailingSlash(options.baseUrl ?? config.defaultBaseUrl);
  const allowInsecureHttp = options.allowInsecureHttp === true;
  checkCredentialTransport(baseUrl, {
    vendor: vendor.name,
    allowInsecureHttp,
    secrets,
    option: options.baseUrl === undefined ? 'the default baseUrl' : 'option "baseUrl"',
  });
  const logger = createLogger(vendor.name, options.logger, secrets);
  const policy: RetryPolicy = { ...defaultRetryPolicy, ...config.retryPolicy };
  const defaultQuerySerializer = createQuerySerializer();
  const middlewares: Middleware[] = [];
  const use: ApiClient<Paths>['use'] = (...list) => {
    for (const m of list) {
      if (!m) continue;
      checkMiddleware(m);
      middlewares.push(m);
    }
  };
  const eject: ApiClient<Paths>['eject'] = (...list) => {
    for (const m of list) {
      const i = middlewares.indexOf(m);
      if (i !== -1) middlewares.splice(i, 1);
    }
  };

  // The two hooks of rate limiting and tracing: the limiter goes to each attempt (send.ts), the span wraps the whole
  // call. Without either option, a call pays two `undefined` checks.
  const { rateLimiter } = options;
  const tracing = startTracing(options.tracing, secrets);
  const call = (method: string, schemaPath: string, given: UntypedInit): Promise<UntypedResult> =>
    tracing === undefined
      ? perform(method, schemaPath, given, undefined)
      : tracing.call(method, schemaPath, (trace) => perform(method, schemaPath, given, trace));

  async function perform(
    method: string,
    schemaPath: string,
    given: UntypedInit,
    trace: CallTrace | undefined,
  ): Promise<UntypedResult> {
    if (given !== undefined && (typeof given !== 'object' || given === null)) {
      throw new ConfigurationError(`${vendor.name}: the options of ${method} ${schemaPath} must be an object.`, {
        option: 'init',
      });
    }
    checkCallOptions(vendor.name, given ?? {});
    checkPathParams(vendor.name, schemaPath, given?.params);
    const {
      timeout,
      maxRetries,
      throwOnError,
      maxResponseBytes,
      fetch: callFetch,
      headers,
      parseAs = 'json',
      redirect,
      baseUrl: localBaseUrl,
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
    for (const key of config.callOptions ?? []) {
      if (key in rest) {
        vendorOptions[key] = (rest as Record<string, unknown>)[key];
        delete (rest as Record<string, unknown>)[key];
      }
    }
    if (typeof localBaseUrl === 'string') {
      // Before anything quotes the URL: one with user:password@ must never show up in an error.
      checkCredentialTransport(localBaseUrl, {
        vendor: vendor.name,
        allowInsecureHttp,
        secrets,
        option: 'per-request option "baseUrl"',
      });
    }
    const timeoutMs = checkTimeout(timeout, vendor.name, 'per-request option') ?? options.timeout ?? DEFAULT_TIMEOUT_MS;
    const retries =
      checkMaxRetries(maxRetries, vendor.name, 'per-request option') ?? options.maxRetries ?? DEFAULT_MAX_RETRIES;
    const maxBytes = maxResponseBytes ?? options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;

    const querySerializer =
      callQuerySerializer === undefined
        ? defaultQuerySerializer
        : typeof callQuerySerializer === 'function'
          ? callQuerySerializer
          : createQuerySerializer(callQuerySerializer);
    const finalBaseUrl = localBaseUrl ? removeTrailingSlash(localBaseUrl) : baseUrl;
    const rawUrl = createFinalURL(schemaPath, { baseUrl: finalBaseUrl, params, querySerializer, pathSerializer });
    // The URL as fetch sends it (and SCP signs it), checked: a caller may pass another baseUrl to one call.
    const url = checkCredentialTransport(rawUrl, {
      vendor: vendor.name,
      allowInsecureHttp,
      secrets,
      option: 'request URL',
    }).href;

    // The vendor's per-request defaults, then the client's headers, then the call's: later ones win, `null` removes.
    const requestHeaders = new Headers(config.requestHeaders?.({ method, schemaPath, options: vendorOptions }));
    assignHeaders(requestHeaders, options.headers, vendor.name, 'option "headers"');
    assignHeaders(requestHeaders, headers, vendor.name, 'per-request option "headers"');
    let serialized: unknown;
    if (body !== undefined) {
      let seen = requestHeaders;
      if (params.header) {
        seen = new Headers(requestHeaders);
        assignHeaders(seen, params.header as HeadersOptions, vendor.name, 'params.header');
      }
      serialized = bodySerializer(body, seen);
    }
    // openapi-fetch's default Content-Type is the lowest priority: a header of any source wins over it.
    if (serialized !== undefined && !(serialized instanceof FormData) && !requestHeaders.has('content-type')) {
      requestHeaders.set('content-type', 'application/json');
    }
    assignHeaders(requestHeaders, params.header as HeadersOptions, vendor.name, 'params.header');
    if (trace !== undefined) {
      trace.url = url;
      trace.inject(requestHeaders);
    }
    // A stream cannot be sent twice: read once, so every attempt (and a followed redirect) sends the same bytes.
    const resendable =
      serialized instanceof ReadableStream
        ? await new Response(serialized).arrayBuffer()
        : (serialized as OutgoingRequest['body'] | undefined);

    let outgoing: OutgoingRequest = {
      method,
      url,
      headers: requestHeaders,
      body: resendable ?? null,
      signal: signal ?? undefined,
      init: rest,
    };
    const settings: SendSettings = {
      vendor,
      auth,
      // `undefined`: the global fetch, looked up per attempt, so a polyfill or a test double installed later is used.
      transport: callFetch ?? options.fetch,
      timeoutMs,
      maxRetries: retries,
      parseAs,
      allowInsecureHttp,
      policy,
      logger,
      onRetry: options.onRetry,
      maxResponseBytes: maxBytes,
      // Redirects are answered, not followed by fetch: following one to another host would carry headers such as
      // SCP's signature along, and every documented redirect (Hostway's 303 for an unpaged list) is a result to see.
      // A call's `redirect: 'follow'` is honoured by the runtime for the same origin only (see send.ts).
      followRedirects: redirect === 'follow',
      redirectError: redirect === 'error',
      rateLimiter,
      schemaPath,
      trace,
    };

    const list = callMiddleware && callMiddleware.length > 0 ? [...middlewares, ...callMiddleware] : middlewares;
    let response: Response | undefined;
    /** The body the runtime read from `response`, when no middleware stands between: then it is not read again. */
    let read: Sent['body'];
    let attempts = 1;
    if (list.length === 0 && CustomRequest === undefined) {
      const sent = await sendWithRetries(outgoing, settings);
      response = sent.response;
      read = sent.body;
      attempts = sent.attempts;
    } else {
      // openapi-fetch's middleware protocol: onRequest in order (before credentials are added), then the request is
      // sent (all its attempts), then onError or onResponse in reverse order.
      const RequestClass = CustomRequest ?? Request;
      let request = new RequestClass(url, {
        ...rest,
        method,
        headers: requestHeaders,
        body: outgoing.body,
        signal: signal ?? null,
        redirect: redirect === 'error' ? 'error' : 'manual',
      });
      for (const key in rest) {
        if (!(key in request))
          (request as unknown as Record<string, unknown>)[key] = (rest as Record<string, unknown>)[key];
      }
      const built = request;
      const id = Math.random().toString(36).slice(2, 11); // as openapi-fetch makes it
      const merged: MergedOptions = Object.freeze({
        baseUrl: finalBaseUrl,
        fetch: (settings.transport ?? globalThis.fetch) as typeof fetch,
        parseAs,
        querySerializer,
        bodySerializer,
        pathSerializer,
      });
      const context = { schemaPath, params, options: merged, id };
      for (const m of list) {
        if (typeof m?.onRequest !== 'function') continue;
        const result = await m.onRequest({ ...context, request });
        if (!result) continue;
        if (result instanceof Request) {
          request = result;
        } else if (result instanceof Response) {
          response = result;
          break;
        } else {
          throw new Error('onRequest: must return new Request() or Response() when modifying the request');
        }
      }
      if (!response) {
        // The request as the middleware left it: its URL, method and headers; its body read once if it is new.
        const sameBody = request === built || (request.body === null && outgoing.body === null);
        outgoing = {
          method: request.method,
          url: request === built ? url : request.url,
          headers: request.headers,
          body: sameBody ? outgoing.body : request.body === null ? null : await request.arrayBuffer(),
          signal: signal ?? undefined,
          init: rest,
        };
        if (request !== built) {
          checkCredentialTransport(outgoing.url, {
            vendor: vendor.name,
            allowInsecureHttp,
            secrets,
            option: 'request URL',
          });
        }
        try {
          const sent = await sendWithRetries(outgoing, settings);
          // The middleware is handed a Response whose body it can read; the runtime then reads what it returns.
          response = sent.body === undefined ? sent.response : withBody(sent.response, sent.body);
          attempts = sent.attempts;
        } catch (error) {
          let failure: unknown = error;
          for (let i = list.length - 1; i >= 0; i--) {
            const m = list[i];
            if (typeof m?.onError !== 'function') continue;
            const result = await m.onError({ ...context, request, error: failure });
            if (!result) continue;
            if (result instanceof Response) {
              failure = undefined;
              response = result;
              break;
            }
            if (result instanceof Error) {
              failure = result;
              continue;
            }
            throw new Error('onError: must return new Response() or instance of Error');
          }
          if (!response) throw failure;
        }
        for (let i = list.length - 1; i >= 0; i--) {
          const m = list[i];
          if (typeof m?.onResponse !== 'function') continue;
          const result = await m.onResponse({ ...context, request, response });
          if (!result) continue;
          if (!(result instanceof Response)) {
            throw new Error('onResponse: must return new Response() when modifying the response');
          }
          response = result;
        }
      }
    }

    if (trace !== undefined) {
      trace.attempts = attempts;
      trace.url = outgoing.url;
    }
    // A middleware may have answered without a request being sent: then the URL is the one the call would have used.
    const failed: FailedExchange = {
      vendor,
      method,
      url: outgoing.url,
      attempts,
      secrets,
    };
    rememberRequest(response, { method, url: failed.url });
    const noBody = hasNoBody(response.status, method);

    if (!response.ok) {
      const text = noBody ? undefined : typeof read === 'string' ? read : await response.text();
      // openapi-fetch gives no error body for 204, HEAD or Content-Length: 0.
      const error =
        text === undefined || response.status === 204 || emptyByHeaders(response) ? undefined : errorBodyOf(text);
      rememberFailedExchange(response, failed);
      if ((throwOnError ?? options.throwOnError) === true) throw apiErrorFromResponse(response, error, failed);
      return { error, response };
    }

    if (parseAs === 'json' || parseAs === 'text') {
      // An empty answer follows one rule whatever its headers (see parseJsonBody).
      if (noBody) return { data: undefined, response };
      const text = typeof read === 'string' ? read : await response.text();
      if (parseAs === 'text') return { data: text, response };
      try {
        const data = parseJsonBody(text, response, {
          vendor: vendor.name,
          method,
          url: failed.url,
          secrets: secrets(),
        });
        return { data, response };
      } catch (error) {
        if (error instanceof Error) {
          const shown = createRedactor(secrets()).url(failed.url);
          logger.log('error', error.message, { method, url: shown, status: response.status, error: error.name });
        }
        throw error;
      }
    }
    if (noBody || emptyByHeaders(response)) return { data: undefined, response };
    if (parseAs === 'stream') return { data: response.body, response };
    const bytes = read instanceof ArrayBuffer ? read : await response.arrayBuffer();
    if (parseAs === 'arrayBuffer') return { data: bytes, response };
    return { data: new Blob([bytes], { type: response.headers.get('content-type') ?? '' }), response };
  }

  const client = {
    request: (method: string, url: string, init?: UntypedInit) => call(method.toUpperCase(), url, init),
    GET: (url: string, init?: UntypedInit) => call('GET', url, init),
    PUT: (url: string, init?: UntypedInit) => call('PUT', url, init),
    POST: (url: string, init?: UntypedInit) => call('POST', url, init),
    DELETE: (url: string, init?: UntypedInit) => call('DELETE', url, init),
    OPTIONS: (url: string, init?: UntypedInit) => call('OPTIONS', url, init),
    HEAD: (url: string, init?: UntypedInit) => call('HEAD', url, init),
    PATCH: (url: string, init?: UntypedInit) => call('PATCH', url, init),
    TRACE: (url: string, init?: UntypedInit) => call('TRACE', url, init),
    use,
    eject,
  };
  registerClient(client, { vendor: vendor.name, secrets });
  return client as unknown as ApiClient<Paths, ThrowsByDefault<Options>>;
}
