/**
 * OpenTelemetry traces, for a client given `tracing: openTelemetry({ api })` (each client package's `openTelemetry`,
 * `import * as api from '@opentelemetry/api'`): one CLIENT span per call, named by its operation
 * (`katapult.createIpAddress`), with the HTTP semantic-convention attributes, the vendor and the operationId, the URL
 * redacted as errors redact it, an event per retry and per rate-limit wait or hit, and the trace context
 * (`traceparent`) on the wire.
 *
 * The runtime never imports `@opentelemetry/api` (an optional peer dependency): the user hands over the API they
 * installed, so the spans join the user's own context (their copy of the API, with their context manager and
 * propagator) and no second copy of the API can split the globals. The types below are the few members used, which
 * the real API satisfies (test/types.test-d.ts). Everything here but the check of the option is reached only through
 * `openTelemetryTracing`, which the user's call of `openTelemetry` brings in: a bundle without tracing holds none of
 * it, and a client without it pays one `undefined` check per call.
 */
import type { CallTrace, RateLimitHit, RetryEvent } from './call-report.js';
import { CloudspecsError, ConfigurationError } from './errors.js';
import { createRedactor } from './redaction.js';

type AttributeValue = string | number | boolean;
type Attributes = Record<string, AttributeValue>;

/** The part of an OpenTelemetry `Span` the runtime uses. */
export interface TracingSpan {
  setAttribute(key: string, value: AttributeValue): unknown;
  addEvent(name: string, attributes?: Attributes): unknown;
  setStatus(status: { code: number; message?: string }): unknown;
  recordException(exception: { name: string; message: string; stack?: string }): void;
  isRecording(): boolean;
  end(): void;
}

/** The part of an OpenTelemetry `Tracer` the runtime uses. */
export interface TracingTracer {
  startSpan(name: string, options?: { kind?: number; attributes?: Attributes }, context?: unknown): TracingSpan;
}

/** An OpenTelemetry `TracerProvider` (the SDK's, or the API's global one). */
export interface TracingTracerProvider {
  getTracer(name: string, version?: string): TracingTracer;
}

/** The part of `@opentelemetry/api` the runtime uses: `import * as api from '@opentelemetry/api'` is one. */
export interface OpenTelemetryApi {
  trace: TracingTracerProvider & { setSpan(context: unknown, span: TracingSpan): unknown };
  context: { active(): unknown; with<T>(context: unknown, fn: () => T): T };
  propagation: {
    inject(
      context: unknown,
      carrier: Headers,
      setter: { set(carrier: Headers, key: string, value: string): void },
    ): void;
  };
}

/** What a client package's `openTelemetry(options)` takes. */
export interface TracingOptions {
  /** The OpenTelemetry API: `import * as api from '@opentelemetry/api'`. */
  api: OpenTelemetryApi;
  /** Where spans go. Default: the provider registered with the API (`api.trace`), e.g. by the NodeSDK. */
  tracerProvider?: TracingTracerProvider | undefined;
}

/** Each operation's operationId, by path template and lower-case method: `{ '/ip_addresses': { post: '…' } }`. */
export type OperationIdTable = Readonly<Record<string, Readonly<Record<string, string>>>>;

export type { CallTrace };

/** The `tracing` option: made by a client package's `openTelemetry({ api })`, for clients of that package. */
export interface Tracing {
  /** The vendor whose operationIds name the spans. */
  readonly vendor: string;
}

/** A client's tracing: wraps each call in its span. */
export interface ClientTracing {
  call<T extends { response: Response }>(
    method: string,
    schemaPath: string,
    run: (trace: CallTrace) => Promise<T>,
  ): Promise<T>;
}

// The API's enums, stable by the OpenTelemetry specification: SpanKind.CLIENT and SpanStatusCode.ERROR.
const SPAN_KIND_CLIENT = 2;
const STATUS_ERROR = 2;
const TRACER_NAME = '@cloudspecs/runtime';

const headerSetter = {
  set(carrier: Headers, key: string, value: string): void {
    carrier.set(key, value);
  },
};

/**
 * The tracing of one client. `loadOperationIds` gives the vendor's table of operationIds (undefined when it failed to
 * load: spans are then named by method and path, since tracing must never fail a call).
 */
function clientTracing(
  vendor: string,
  options: TracingOptions,
  loadOperationIds: (() => Promise<OperationIdTable | undefined>) | undefined,
  secrets: () => readonly string[],
): ClientTracing {
  const { api } = options;
  const tracer = (options.tracerProvider ?? api.trace).getTracer(TRACER_NAME);
  const servers = new ServerCache();
  let table: OperationIdTable | undefined;
  let tried = loadOperationIds === undefined;

  return {
    async call(method, schemaPath, run) {
      if (!tried) {
        table = await (loadOperationIds as () => Promise<OperationIdTable | undefined>)();
        tried = true;
      }
      const operationId = lookup(table, schemaPath, method);
      const attributes: Attributes = {
        'http.request.method': method,
        'url.template': schemaPath,
        'cloudspecs.vendor': vendor,
      };
      if (operationId !== undefined) attributes['cloudspecs.operation_id'] = operationId;
      const parent = api.context.active();
      const span = tracer.startSpan(
        operationId === undefined ? `${method} ${schemaPath}` : `${vendor}.${operationId}`,
        { kind: SPAN_KIND_CLIENT, attributes },
        parent,
      );
      const trace = new SpanOfCall(span, api, api.trace.setSpan(parent, span), secrets);
      try {
        const result = await api.context.with(trace.context, () => run(trace));
        if (trace.recording) finish(span, trace, secrets, servers, result.response.status, undefined);
        span.end();
        return result;
      } catch (error) {
        if (trace.recording) finish(span, trace, secrets, servers, undefined, error);
        span.end();
        throw error;
      }
    },
  };
}

/** What a call reports to its span; one object a call, its methods shared. */
class SpanOfCall implements CallTrace {
  report: CallTrace['report'] = undefined;
  readonly recording: boolean;

  constructor(
    readonly span: TracingSpan,
    readonly api: OpenTelemetryApi,
    readonly context: unknown,
    readonly secrets: () => readonly string[],
  ) {
    this.recording = span.isRecording();
  }

  // Also when the span is not recording (sampled out): the server and what it calls see that decision.
  inject(headers: Headers): void {
    this.api.propagation.inject(this.context, headers, headerSetter);
  }

  retry(event: RetryEvent): void {
    if (!this.recording) return;
    const attributes: Attributes = {
      'cloudspecs.attempt': event.attempt,
      'cloudspecs.retry.delay_ms': event.delayMs,
      'cloudspecs.retry.reason': event.reason,
    };
    if (event.status !== undefined) attributes['http.response.status_code'] = event.status;
    this.span.addEvent('cloudspecs.retry', attributes);
  }

  rateLimitWait(requestClass: string, waitedMs: number, attempt: number): void {
    if (!this.recording) return;
    this.span.addEvent('cloudspecs.rate_limit.wait', {
      'cloudspecs.rate_limit.class': this.#shown(requestClass),
      'cloudspecs.rate_limit.waited_ms': waitedMs,
      'cloudspecs.attempt': attempt,
    });
  }

  rateLimitHit(hit: RateLimitHit, retrying: boolean): void {
    if (!this.recording) return;
    const attributes: Attributes = {
      'cloudspecs.rate_limit.class': this.#shown(hit.requestClass),
      'cloudspecs.rate_limit.retry_after_ms': hit.retryAfterMs,
      'cloudspecs.rate_limit.retry_count': hit.retryCount,
      'cloudspecs.rate_limit.will_retry': retrying,
      'http.response.status_code': hit.status,
    };
    if (hit.code !== undefined) attributes['cloudspecs.error_code'] = this.#shown(hit.code);
    this.span.addEvent('cloudspecs.rate_limit.hit', attributes);
  }

  #shown(text: string): string {
    return createRedactor(this.secrets()).text(text);
  }
}

/** `server.address` and `server.port` of the last origin seen: a client calls one host, so its URL is parsed once. */
class ServerCache {
  #origin: string | undefined;
  #server: { address: string; port: number } | undefined;

  of(url: string): { address: string; port: number } | undefined {
    const end = url.indexOf('/', url.indexOf('//') + 2);
    const origin = end === -1 ? url : url.slice(0, end);
    if (origin !== this.#origin) {
      this.#origin = origin;
      try {
        const { hostname, port, protocol } = new URL(origin);
        this.#server = { address: hostname, port: port === '' ? (protocol === 'http:' ? 80 : 443) : Number(port) };
      } catch {
        // A URL that does not parse never left the client (it is refused before sending).
        this.#server = undefined;
      }
    }
    return this.#server;
  }
}

function lookup(table: OperationIdTable | undefined, schemaPath: string, method: string): string | undefined {
  if (table === undefined || !Object.hasOwn(table, schemaPath)) return undefined;
  const methods = table[schemaPath] as Readonly<Record<string, string>>;
  const key = method.toLowerCase();
  return Object.hasOwn(methods, key) ? methods[key] : undefined;
}

/** The attributes known once the call ended, and the status: ERROR for a 4xx or 5xx answer and for a failure. */
function finish(
  span: TracingSpan,
  trace: CallTrace,
  secrets: () => readonly string[],
  servers: ServerCache,
  answered: number | undefined,
  error: unknown,
): void {
  const redactor = createRedactor(secrets());
  const url = trace.report?.url;
  if (url !== undefined) {
    span.setAttribute('url.full', redactor.url(url));
    const server = servers.of(url);
    if (server !== undefined) {
      span.setAttribute('server.address', redactor.text(server.address));
      span.setAttribute('server.port', server.port);
    }
  }
  const failure = error as { status?: unknown; attempts?: unknown; name?: unknown } | undefined;
  const status = answered ?? (typeof failure?.status === 'number' ? failure.status : undefined);
  const attempts = typeof failure?.attempts === 'number' ? failure.attempts : (trace.report?.attempts ?? 1);
  if (status !== undefined) span.setAttribute('http.response.status_code', status);
  if (attempts > 1) span.setAttribute('http.request.resend_count', attempts - 1);
  if (error !== undefined) {
    const name = error instanceof Error ? error.name : 'Error';
    // An HTTP failure is named by its status (the semantic conventions' choice), any other by the error's class.
    span.setAttribute('error.type', status !== undefined ? String(status) : name);
    // The runtime's errors are built redacted; anything else (a middleware's, a custom fetch's) is redacted here.
    const message = redactor.text(error instanceof Error ? error.message : String(error));
    const exception: { name: string; message: string; stack?: string } = { name, message };
    if (error instanceof CloudspecsError && error.stack !== undefined) exception.stack = error.stack;
    span.recordException(exception);
    span.setStatus({ code: STATUS_ERROR, message });
  } else if (status !== undefined && status >= 400) {
    span.setAttribute('error.type', String(status));
    span.setStatus({ code: STATUS_ERROR });
  }
}

/** How a client of `vendor` starts its tracing. */
type StartTracing = (vendor: string, secrets: () => readonly string[]) => ClientTracing;

/**
 * The tracings made by `openTelemetryTracing`, and how each starts for a client: the code of the spans, and the check
 * that a client is of the package whose operationIds name them, come into a bundle only with `openTelemetry()`.
 */
const tracings = new WeakMap<Tracing, StartTracing>();

/**
 * The `tracing` option of a vendor's clients, made by its generated `openTelemetry(options)`: `operationIds` loads its
 * table of operationIds (a module of its own, loaded at a traced client's first call).
 */
export function openTelemetryTracing(
  vendor: string,
  options: TracingOptions,
  operationIds?: () => Promise<OperationIdTable>,
): Tracing {
  if (!isTracingOptions(options)) {
    throw new ConfigurationError(
      `${vendor}: openTelemetry() takes { api } with the OpenTelemetry API (\`import * as api from '@opentelemetry/api'\`; \`openTelemetry({ api })\`), and optionally a tracerProvider with getTracer.`,
      { option: 'tracing' },
    );
  }
  // One table for every client given this option, loaded once, by the first traced call.
  let loading: Promise<OperationIdTable | undefined> | undefined;
  const load = operationIds && (() => (loading ??= operationIds().catch(() => undefined)));
  const tracing: Tracing = Object.freeze({ vendor });
  tracings.set(tracing, (clientVendor, secrets) => {
    if (clientVendor !== vendor) {
      throw new ConfigurationError(
        `${clientVendor}: option "tracing" was made by the openTelemetry() of the ${vendor} client package, whose operationIds name the spans; use the ${clientVendor} package's: \`tracing: openTelemetry({ api })\`.`,
        { option: 'tracing' },
      );
    }
    return clientTracing(vendor, options, load, secrets);
  });
  return tracing;
}

/**
 * A client's tracing from its `tracing` option (checked with `isTracing` when the client was made), or undefined
 * without one. A `tracing` made by another client package's `openTelemetry()` is refused: its operationIds would name
 * the spans.
 */
export function startTracing(
  vendor: string,
  tracing: Tracing | undefined,
  secrets: () => readonly string[],
): ClientTracing | undefined {
  return tracing === undefined ? undefined : (tracings.get(tracing) as StartTracing)(vendor, secrets);
}

/** Whether `value` was made by a client package's `openTelemetry()`: the rule of the `tracing` option (options.ts). */
export function isTracing(value: unknown): boolean {
  return typeof value === 'object' && value !== null && tracings.has(value as Tracing);
}

/** `{ api }` with the members of the OpenTelemetry API the runtime uses, and optionally a tracer provider. */
function isTracingOptions(value: unknown): value is TracingOptions {
  if (typeof value !== 'object' || value === null) return false;
  const { api, tracerProvider } = value as { api?: unknown; tracerProvider?: unknown };
  if (typeof api !== 'object' || api === null) return false;
  const { trace, context, propagation } = api as Record<string, { [key: string]: unknown } | undefined>;
  return (
    typeof trace?.getTracer === 'function' &&
    typeof trace.setSpan === 'function' &&
    typeof context?.active === 'function' &&
    typeof context.with === 'function' &&
    typeof propagation?.inject === 'function' &&
    (tracerProvider === undefined ||
      (typeof tracerProvider === 'object' &&
        tracerProvider !== null &&
        typeof (tracerProvider as { getTracer?: unknown }).getTracer === 'function'))
  );
}
