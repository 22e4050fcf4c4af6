/**
 * `createApiClient`: an openapi-fetch client whose every call goes through `sendWithRetries` (auth, retries, timeouts)
 * and whose results are checked (a 2xx that is not the documented JSON throws ResponseParseError, never SyntaxError).
 */
import createClient, { mergeHeaders, type HeadersOptions } from 'openapi-fetch';
import type { ApiClient, ThrowsByDefault } from './client-types.js';
import { type FailedExchange, apiErrorFromResponse, rememberFailedExchange } from './errors.js';
import { createLogger } from './logging.js';
import {
  type CommonClientOptions,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
  checkClientOptions,
  checkCredentialTransport,
  checkMaxRetries,
  checkTimeout,
} from './options.js';
import { createRedactor } from './redaction.js';
import { parseJsonBody } from './response-body.js';
import { type RetryPolicy, defaultRetryPolicy } from './retry-policy.js';
import { sendWithRetries } from './send.js';
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

  async function call(method: string, schemaPath: string, init: UntypedInit): Promise<UntypedResult> {
    const { timeout, maxRetries, throwOnError, fetch: callFetch, headers, parseAs = 'json', ...rest } = init ?? {};
    const timeoutMs = checkTimeout(timeout, vendor.name, 'per-request option') ?? options.timeout ?? DEFAULT_TIMEOUT_MS;
    const retries =
      checkMaxRetries(maxRetries, vendor.name, 'per-request option') ?? options.maxRetries ?? DEFAULT_MAX_RETRIES;
    const exchange = { url: '', attempts: 0 };
    // The global fetch is looked up per call, so a polyfill or a test double installed later is used.
    const transport = (callFetch ?? options.fetch ?? ((request: Request) => globalThis.fetch(request))) as (
      request: Request,
    ) => Promise<Response>;
    const result = await core.request(method, schemaPath, {
      // Redirects are answered, not followed: following one to another host would carry headers such as SCP's
      // signature along, and every documented redirect (Hostway's 303 for an unpaged list) is a result to see.
      redirect: 'manual',
      ...rest,
      headers: mergeHeaders(
        config.requestHeaders?.({ method, schemaPath }),
        options.headers,
        headers as HeadersOptions | undefined,
      ),
      // JSON is parsed here rather than by openapi-fetch, which would let a SyntaxError escape.
      parseAs: parseAs === 'json' ? 'text' : parseAs,
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
        }),
    });

    const { response } = result;
    // A middleware may have answered without a request being sent: then the URL is the one the call would have used.
    const failed: FailedExchange = {
      vendor,
      method,
      url: exchange.url || response.url || `${baseUrl}${schemaPath}`,
      attempts: Math.max(exchange.attempts, 1),
      secrets,
    };
    if (!response.ok) {
      rememberFailedExchange(response, failed);
      if ((throwOnError ?? options.throwOnError) === true) throw apiErrorFromResponse(response, result.error, failed);
      return result;
    }
    if (parseAs === 'json' && typeof result.data === 'string') {
      try {
        return {
          data: parseJsonBody(result.data, response, {
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
    return result;
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
    use: core.use,
    eject: core.eject,
  };
  return client as unknown as ApiClient<Paths, ThrowsByDefault<Options>>;
}
