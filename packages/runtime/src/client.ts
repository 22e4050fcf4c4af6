/**
 * `createApiClient`: a typed client over a vendor's `paths`, with openapi-fetch's types, interface and middleware
 * protocol. A call is four steps, each a module: its request is built (build-request.ts: URL, headers, body, with
 * openapi-fetch's serializers), passed through any middleware (middleware.ts), sent in as many attempts as it takes
 * (send.ts: auth, retries, timeouts, with `fetch(url, init)`) and its result read (read-result.ts).
 */
import { removeTrailingSlash, createQuerySerializer } from 'openapi-fetch';
import { assignHeaders, buildRequest } from './build-request.js';
import { registerClient } from './client-registry.js';
import type { ApiClient, ThrowsByDefault } from './client-types.js';
import { driftHook, type VendorValidators } from './drift-hook.js';
import { HTTP_METHODS } from './http-methods.js';
import { createLogger } from './logging.js';
import { checkMiddleware, throughMiddleware } from './middleware.js';
import { type CommonClientOptions, checkClientOptions, checkCredentialTransport } from './options.js';
import { readResult, type UntypedResult } from './read-result.js';
import { type CallOf, type ClientContext, requestContext, type VendorRequestHeaders } from './request-context.js';
import { withBody } from './response-body.js';
import { defaultRetryPolicy, type RetryPolicy } from './retry-policy.js';
import { sendWithRetries } from './send.js';
import { startTracing } from './tracing.js';
import type { Authenticator, VendorProfile } from './vendor.js';

/** What a vendor package gives the runtime. */
export interface ApiClientConfig {
  vendor: VendorProfile;
  /** Used when the user gives no `baseUrl`. */
  defaultBaseUrl: string;
  /**
   * A vendor whose operations live on several hosts (SCP: a host per service): the base URL of one operation, by its
   * path template, or `undefined` for `defaultBaseUrl`; a promise of it while the vendor finds it (a catalog it
   * fetches; a rejection fails the call before anything is sent). Each base URL it gives is checked (https, or http
   * to a loopback host unless allowInsecureHttp; no user:password@) the first time it is used; a call's own `baseUrl`
   * wins over it. A vendor passes it only when the user gave no client-wide `baseUrl`.
   */
  baseUrlFor?: ((schemaPath: string) => string | undefined | Promise<string | undefined>) | undefined;
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
  requestHeaders?: VendorRequestHeaders | undefined;
  /** Backoff tuning; tests inject `sleep` and `random`. */
  retryPolicy?: Partial<RetryPolicy>;
  /** The vendor package's response validators, loaded only when the user turns `validate` on. */
  validators?: VendorValidators | undefined;
}

type UntypedInit = Record<string, unknown> | undefined;

/**
 * Creates a typed client. Pass `Options` (the type of `config.options`) to let a literal `throwOnError: true` show in
 * the result types: `createApiClient<paths, typeof options>(...)`.
 */
export function createApiClient<Paths extends {}, Options extends CommonClientOptions = CommonClientOptions>(
  config: ApiClientConfig & { options: Options },
): ApiClient<Paths, ThrowsByDefault<Options>> {
  const { vendor, auth } = config;
  const options = checkClientOptions(vendor.name, config.options);
  // The client's headers are checked once here, so that a bad one fails where the client is made.
  assignHeaders(new Headers(), options.headers, vendor.name, 'option "headers"');
  const secrets = () => auth.secrets();
  const baseUrl = removeTrailingSlash(options.baseUrl ?? config.defaultBaseUrl);
  const allowInsecureHttp = options.allowInsecureHttp === true;
  const { href } = checkCredentialTransport(baseUrl, {
    vendor: vendor.name,
    allowInsecureHttp,
    secrets,
    option: options.baseUrl === undefined ? 'the default baseUrl' : 'option "baseUrl"',
  });
  const logger = createLogger(vendor.name, options.logger, secrets);
  const checkedBase = (base: string, parsed: string) =>
    parsed === base || parsed === `${base}/` ? `${base}/` : undefined;
  // Each routed base URL, checked once: its checked form, as the client's own.
  const routed = new Map<string, { baseUrl: string; checkedBase: string | undefined }>();
  const { baseUrlFor } = config;
  const routedBase = (given: string, schemaPath: string) => {
    let base = routed.get(given);
    if (base === undefined) {
      const url = removeTrailingSlash(given);
      const parsed = checkCredentialTransport(url, {
        vendor: vendor.name,
        allowInsecureHttp,
        secrets,
        option: `the base URL of ${schemaPath}`,
      });
      base = { baseUrl: url, checkedBase: checkedBase(url, parsed.href) };
      routed.set(given, base);
    }
    return base;
  };
  const client: ClientContext = {
    vendor,
    auth,
    options,
    baseUrl,
    checkedBase: checkedBase(baseUrl, href),
    baseFor:
      baseUrlFor === undefined
        ? undefined
        : (schemaPath) => {
            const given = baseUrlFor(schemaPath);
            const base = (url: string | undefined) => (url === undefined ? undefined : routedBase(url, schemaPath));
            return given instanceof Promise ? given.then(base) : base(given);
          },
    allowInsecureHttp,
    logger,
    drift: driftHook({ vendor: vendor.name, options, validators: config.validators, logger, secrets }),
    policy: { ...defaultRetryPolicy, ...config.retryPolicy },
    onRetry: options.onRetry,
    requestHeaders: config.requestHeaders,
    callOptions: config.callOptions ?? [],
    querySerializer: createQuerySerializer(),
    middleware: [],
  };

  // A traced client runs each call in its span (tracing.ts); any other pays one `undefined` check a call.
  const tracing = startTracing(vendor.name, options.tracing, secrets);
  const call = (method: string, schemaPath: string, init: UntypedInit): Promise<UntypedResult> =>
    tracing === undefined
      ? perform(method, schemaPath, init, { schemaPath, trace: undefined })
      : tracing.call(method, schemaPath, (trace) => perform(method, schemaPath, init, { schemaPath, trace }));

  async function perform(method: string, schemaPath: string, init: UntypedInit, op: CallOf): Promise<UntypedResult> {
    const building = buildRequest(client, method, schemaPath, init);
    const built = building instanceof Promise ? await building : building;
    // The trace context (`traceparent`) goes on the request as built, so middleware sees it too.
    op.trace?.inject(built.request.headers);
    if (built.middleware.length === 0 && built.shown.Request === undefined) {
      const ctx = requestContext(client, op, built.request, built.settings);
      const sent = await sendWithRetries(ctx);
      return readResult(ctx, sent.response, sent.body, sent.attempts);
    }
    // With middleware, the request sent is the one it leaves, and the answer the one it gives back (a middleware may
    // answer without a request being sent: then the request is the one the call would have sent).
    let ctx = requestContext(client, op, built.request, built.settings);
    let attempts = 1;
    const response = await throughMiddleware(built, schemaPath, async (request, replaced) => {
      if (replaced)
        checkCredentialTransport(request.url, {
          vendor: vendor.name,
          allowInsecureHttp,
          secrets,
          option: 'request URL',
        });
      ctx = requestContext(client, op, request, built.settings);
      const sent = await sendWithRetries(ctx);
      attempts = sent.attempts;
      // The middleware is handed a Response whose body it can read; the result is then read from what it returns.
      return sent.body === undefined ? sent.response : withBody(sent.response, sent.body);
    });
    return readResult(ctx, response, undefined, attempts);
  }

  const methods: Record<string, unknown> = {
    request: (method: string, url: string, init?: UntypedInit) => call(method.toUpperCase(), url, init),
    use: (...list: Parameters<ApiClient<Paths>['use']>) => {
      for (const m of list) {
        if (!m) continue;
        checkMiddleware(m);
        client.middleware.push(m);
      }
    },
    eject: (...list: Parameters<ApiClient<Paths>['eject']>) => {
      for (const m of list) {
        const i = client.middleware.indexOf(m);
        if (i !== -1) client.middleware.splice(i, 1);
      }
    },
  };
  // GET, PUT, POST, …: one per method an OpenAPI path item can hold.
  for (const name of HTTP_METHODS) {
    const method = name.toUpperCase();
    methods[method] = (url: string, init?: UntypedInit) => call(method, url, init);
  }
  registerClient(methods, { vendor: vendor.name, secrets });
  return methods as unknown as ApiClient<Paths, ThrowsByDefault<Options>>;
}
