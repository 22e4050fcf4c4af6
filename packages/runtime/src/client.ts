/**
 * `createApiClient`: an openapi-fetch client whose every call goes through `sendWithRetries` (auth, retries, timeouts)
 * and whose results are checked (a 2xx that is not the documented JSON throws ResponseParseError, never SyntaxError).
 */
import createClient, { mergeHeaders, type HeadersOptions } from 'openapi-fetch';
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
} from './options.js';
import { createRedactor } from './redaction.js';
import { parseJsonBody } from './response-body.js';
import { type RetryPolicy, defaultRetryPolicy } from './retry-policy.js';
import { PreparedRequest, sendWithRetries } from './send.js';
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
   * Headers sent on every request, decided per request (e.g. SCP's Scp-Api-Version by operation). They are defaults:
   * the user's client-wide `headers` and a call's `headers` win over them.
   */
  requestHeaders?: (ctx: { method: string; schemaPath: string }) => Record<string, string> | undefined;
  /** Backoff tuning; tests inject `sleep` and `random`. */
  retryPolicy?: Partial<RetryPolicy>;
}

/**
 * openapi-fetch's `Request` option: called with `new`, it returns what PreparedRequest.create gives. A function
 * declaration on purpose: an arrow function cannot be called with `new`.
 */
function preparedRequestConstructor(input: string, init: RequestInit): PreparedRequest | Request {
  return PreparedRequest.create(input, init);
}
const preparedRequest = preparedRequestConstructor as unknown as typeof Request;

/**
 * The headers for openapi-fetch, later ones winning. A single source of plain string values is passed as it is (the
 * merge openapi-fetch does would copy it the same way); anything else is merged here as before, so that a `null` still
 * only removes a header of the sources before it, not openapi-fetch's default Content-Type.
 */
function headerDefaults(...sources: (HeadersOptions | undefined)[]): HeadersOptions | undefined {
  let single: HeadersOptions | undefined;
  let count = 0;
  for (const source of sources) {
    if (source === undefined) continue;
    count++;
    single = source;
  }
  if (count === 0) return mergeHeaders();
  if (count === 1 && single !== null && typeof single === 'object' && !(single instanceof Headers)) {
    let plain = true;
    for (const key in single) {
      const value = (single as Record<string, unknown>)[key];
      if (typeof value !== 'string' && value !== undefined) plain = false;
    }
    if (plain && Object.getPrototypeOf(single) === Object.prototype) return single;
  }
  return mergeHeaders(...sources);
}

/** The shape the typed methods are implemented with; the types in client-types.ts are laid over it. */
interface UntypedResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}
type UntypedInit = Record<string, unknown> | undefined;

/**
 * Creates a typed client. Pass `Options` (the type of `config.options`) to let a literal `throwOnError: true` show in
 * the result types: `createApiClient<paths, typeof options>(...)`.
 */
export function createApiClient<Paths extends {}, Options extends CommonClientOptions = CommonClientOptions>(
  config: ApiClientConfig & { options: Options },
): ApiClient<Paths, ThrowsByDefault<Options>> {
  const { vendor, auth, options } = config;
  checkClientOptions(vendor.name, options);
  const secrets = () => auth.secrets();
  const baseUrl = options.baseUrl ?? config.defaultBaseUrl;
  checkCredentialTransport(baseUrl, {
    vendor: vendor.name,
    allowInsecureHttp: options.allowInsecureHttp === true,
    secrets,
    option: options.baseUrl === undefined ? 'the default baseUrl' : 'option "baseUrl"',
  });
  const logger = createLogger(vendor.name, options.logger, secrets);
  const policy: RetryPolicy = { ...defaultRetryPolicy, ...config.retryPolicy };
  const core = createClient<Paths>({ baseUrl }) as unknown as {
    request(method: string, url: string, init: Record<string, unknown>): Promise<UntypedResult>;
    use: ApiClient<Paths>['use'];
    eject: ApiClient<Paths>['eject'];
  };
  // The middleware registered with `use`, kept in step with openapi-fetch's list: without any, no code but the
  // runtime's sees the Request openapi-fetch builds or the Response it reads, and both can be made cheaper.
  const middlewares: unknown[] = [];
  const use: ApiClient<Paths>['use'] = (...list) => {
    for (const m of list) {
      core.use(m); // throws, as openapi-fetch does, on the first item that is not middleware
      if (m) middlewares.push(m);
    }
  };
  const eject: ApiClient<Paths>['eject'] = (...list) => {
    core.eject(...list);
    for (const m of list) {
      const i = middlewares.indexOf(m);
      if (i !== -1) middlewares.splice(i, 1);
    }
  };

  async function call(method: string, schemaPath: string, init: UntypedInit): Promise<UntypedResult> {
    if (init !== undefined && (typeof init !== 'object' || init === null)) {
      throw new ConfigurationError(`${vendor.name}: the options of ${method} ${schemaPath} must be an object.`, {
        option: 'init',
      });
    }
    checkCallOptions(vendor.name, init ?? {});
    checkPathParams(vendor.name, schemaPath, init?.params);
    if (typeof init?.baseUrl === 'string') {
      // Before openapi-fetch builds its Request, whose TypeError for a URL with user:password@ quotes the URL.
      checkCredentialTransport(init.baseUrl, {
        vendor: vendor.name,
        allowInsecureHttp: options.allowInsecureHttp === true,
        secrets,
        option: 'per-request option "baseUrl"',
      });
    }
    const {
      timeout,
      maxRetries,
      throwOnError,
      fetch: callFetch,
      headers,
      parseAs = 'json',
      maxResponseBytes,
      redirect,
      ...rest
    } = init ?? {};
    const timeoutMs = checkTimeout(timeout, vendor.name, 'per-request option') ?? options.timeout ?? DEFAULT_TIMEOUT_MS;
    const retries =
      checkMaxRetries(maxRetries, vendor.name, 'per-request option') ?? options.maxRetries ?? DEFAULT_MAX_RETRIES;
    const maxBytes = (maxResponseBytes as number | undefined) ?? options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    const exchange: { url: string; attempts: number; text?: string | undefined } = { url: '', attempts: 0 };
    // `undefined`: the global fetch, looked up per attempt, so a polyfill or a test double installed later is used.
    const transport = (callFetch ?? options.fetch) as ((request: Request) => Promise<Response>) | undefined;
    const callMiddleware = rest.middleware;
    const direct = middlewares.length === 0 && (!Array.isArray(callMiddleware) || callMiddleware.length === 0);
    const keepText = direct && (parseAs === 'json' || parseAs === 'text');
    const result = await core.request(method, schemaPath, {
      // Redirects are answered, not followed by fetch: following one to another host would carry headers such as
      // SCP's signature along, and every documented redirect (Hostway's 303 for an unpaged list) is a result to see.
      // A call's `redirect: 'follow'` is honoured by the runtime for the same origin only (see sendFollowing).
      // Without middleware, the "Request" openapi-fetch builds is only the URL and init, for each attempt to be built
      // from (see PreparedRequest); a caller's own `Request` option still wins.
      ...(direct ? { Request: preparedRequest } : undefined),
      ...rest,
      redirect: redirect === 'error' ? 'error' : 'manual',
      headers: headerDefaults(
        config.requestHeaders?.({ method, schemaPath }),
        options.headers,
        headers as HeadersOptions | undefined,
      ),
      // JSON is parsed here rather than by openapi-fetch, which would let a SyntaxError escape.
      // With keepText, the runtime keeps the 2xx text it read and openapi-fetch reads nothing.
      parseAs: keepText ? 'stream' : parseAs === 'json' ? 'text' : parseAs,
      fetch: (request: Request) =>
        sendWithRetries(request, {
          vendor,
          auth,
          transport,
          timeoutMs,
          maxRetries: retries,
          parseAs: parseAs as 'json',
          allowInsecureHttp: options.allowInsecureHttp === true,
          policy,
          logger,
          onRetry: options.onRetry,
          exchange,
          keepText,
          maxResponseBytes: maxBytes,
          followRedirects: redirect === 'follow',
        }),
    });

    const { response } = result;
    // keepText: the body was read by the runtime, which keeps no text for an answer without a body (204, 205, 304,
    // HEAD). openapi-fetch also gives `undefined` for a Content-Length: 0 body: that body is empty text, so that an
    // empty answer follows one rule whatever its headers (see parseJsonBody).
    const readData = keepText && response.ok ? exchange.text : result.data;
    const noBody = [204, 205, 304].includes(response.status) || method === 'HEAD';
    const data = readData === undefined && !noBody && response.ok && parseAs === 'json' ? '' : readData;
    // A middleware may have answered without a request being sent: then the URL is the one the call would have used.
    const failed: FailedExchange = {
      vendor,
      method,
      url: exchange.url || response.url || `${baseUrl}${schemaPath}`,
      attempts: Math.max(exchange.attempts, 1),
      secrets,
    };
    rememberRequest(response, { method, url: failed.url });
    if (!response.ok) {
      rememberFailedExchange(response, failed);
      if ((throwOnError ?? options.throwOnError) === true) throw apiErrorFromResponse(response, result.error, failed);
      return result;
    }
    if (parseAs === 'json' && typeof data === 'string') {
      try {
        return {
          data: parseJsonBody(data, response, {
            vendor: vendor.name,
            method,
            url: failed.url,
            secrets: secrets(),
          }),
          response,
        };
      } catch (error) {
        if (error instanceof Error) {
          const url = createRedactor(secrets()).url(failed.url);
          logger.log('error', error.message, { method, url, status: response.status, error: error.name });
        }
        throw error;
      }
    }
    return keepText ? { data, response } : result;
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
