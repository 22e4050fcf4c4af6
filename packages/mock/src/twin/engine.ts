/**
 * The twin engine: one request in, one answer out, with no socket — the HTTP server and the in-process `fetch`
 * (twin/http.ts) are both thin shells over `Engine.handle`.
 *
 *   1. the control API (reserved prefix, twin/control.ts)        5. credentials, then the request against the spec
 *   2. the rate limit, if one is set                             6. lifecycles settled to now
 *   3. the route: the vendor's not-found or 405 otherwise        7. the operation: its vendor handler, the generic
 *   4. an injected fault for this request, if one matches           verb, or the spec's example (served: 'examples')
 *                                                                8. the answer projected on, then checked against,
 *                                                                   the spec: a violation is a loud 500, never served
 *
 * A handler is synchronous, so a request sees and leaves the store whole: thousands of concurrent requests cannot
 * interleave inside one.
 */
import type { Violation } from '../vendor-errors.js';
import { TwinClock, type ClockOptions, type ClockState } from './clock.js';
import { type Fault, FaultRules, RateLimiter, type RateLimit } from './faults.js';
import { Lifecycles, type LifecycleSnapshot } from './lifecycle.js';
import { SeededRandom } from './random.js';
import { exampleHasCode, project } from './render.js';
import { servedBy } from './served.js';
import { indexSpec, isObject, type Json, type OperationSpec, type SpecIndex } from './spec.js';
import { MemoryStore, type StoreSnapshot } from './store.js';
import type {
  Answer,
  OperationContext,
  OperationRow,
  SeedSource,
  SeedWorld,
  TwinContext,
  TwinRecord,
  TwinRequest,
  VendorTwin,
} from './types.js';
import { createValidator, type Validator } from './validation.js';

/** The path prefix of the control API. No vendor path may start with it (checked when a twin is created). */
export const CONTROL_PREFIX = '/__twin';

/** A request as the transport hands it over. */
export interface RawRequest {
  method: string;
  /** path and query */
  target: string;
  /** names in lower case */
  headers: Record<string, string>;
  body: Uint8Array | undefined;
}

/** An answer as the transport sends it. */
export interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** close the connection: without an answer, or after half the body */
  fault?: 'drop' | 'truncate';
  /** wait this long (wall clock) before answering */
  delayMs?: number;
}

/** One line of the request log. */
export interface RequestRecord {
  method: string;
  target: string;
  status: number;
  operationId: string | undefined;
  code: string | undefined;
  violations: Violation[];
  /** what the twin did beside answering: an injected fault, a rate-limit refusal */
  note: string | undefined;
}

export interface EngineOptions {
  clock?: ClockOptions;
  /** seed of the generator of ids and addresses; default 1 */
  seed?: number;
  /** most records a collection holds; default 10 000 */
  maxRecords?: number;
  /** most bytes a request body may have; default 1 MiB */
  maxBodyBytes?: number;
  rateLimit?: RateLimit;
  /** the world to start from instead of the one built from the spec's examples */
  world?: SeedWorld;
  /** called with each request once answered */
  onRequest?: (record: RequestRecord) => void;
}

/** Everything a twin holds, as data: `snapshot()` returns it, `restore()` takes it back. */
export interface TwinSnapshot {
  store: StoreSnapshot;
  clock: ClockState;
  lifecycles: LifecycleSnapshot;
  random: number;
}

/** A refusal in the vendor's documented form, thrown by handlers and answered as it is. */
export class TwinAnswerError extends Error {
  constructor(readonly answer: Answer) {
    super(`twin answer ${answer.status}`);
  }
}

const REQUEST_LOG = 200;

export class Engine {
  readonly vendor: VendorTwin;
  readonly spec: SpecIndex;
  readonly rows: readonly OperationRow[];
  readonly clock: TwinClock;
  readonly faults = new FaultRules();
  readonly store = new MemoryStore();
  readonly lifecycles: Lifecycles;
  readonly maxRecords: number;
  readonly maxBodyBytes: number;
  #validator: Validator;
  #random: SeededRandom;
  #seed: number;
  #rateLimit: RateLimiter | undefined;
  #world: SeedWorld;
  #settlingAt: number | undefined;
  #log: RequestRecord[] = [];
  #violations: RequestRecord[] = [];
  #onRequest: ((record: RequestRecord) => void) | undefined;
  /** lookup name → resource key (`package` → `virtual_machine_package`) */
  #aliases: Record<string, string>;

  constructor(vendor: VendorTwin, document: Json, rows: readonly OperationRow[], options: EngineOptions = {}) {
    this.vendor = vendor;
    this.rows = rows;
    this.spec = indexSpec(document, rows);
    for (const path of Object.keys((document.paths ?? {}) as Json)) {
      if (path === CONTROL_PREFIX || path.startsWith(`${CONTROL_PREFIX}/`)) {
        throw new Error(`twin: the spec has the path ${path}, under the twin's control prefix ${CONTROL_PREFIX}`);
      }
    }
    this.#validator = createValidator(this.spec);
    this.clock = new TwinClock(options.clock);
    this.#seed = options.seed ?? 1;
    this.#random = new SeededRandom(this.#seed);
    this.maxRecords = positive(options.maxRecords ?? 10_000, 'maxRecords');
    this.maxBodyBytes = positive(options.maxBodyBytes ?? 1_048_576, 'maxBodyBytes');
    this.#rateLimit = options.rateLimit ? new RateLimiter(options.rateLimit) : undefined;
    this.#onRequest = options.onRequest;
    this.lifecycles = new Lifecycles(vendor.lifecycles ?? {});
    this.#aliases = vendor.aliases ?? {};
    for (const row of rows) checkServed(row, vendor);
    this.#world = options.world ?? (vendor.seed ? vendor.seed(this.#seedSource()) : this.#seedSource().fromExamples());
    this.#load(this.#world);
  }

  /** The resource a lookup names (`package` → `virtual_machine_package`). */
  resourceOf(lookup: string): string {
    return this.#aliases[lookup] ?? lookup;
  }

  // ---- control ----

  reset(world?: SeedWorld): void {
    if (world !== undefined) this.#world = world;
    this.store.clear();
    this.lifecycles.clear();
    this.faults.remove();
    this.#random = new SeededRandom(this.#seed);
    this.#log = [];
    this.#violations = [];
    this.#load(this.#world);
  }

  snapshot(): TwinSnapshot {
    return {
      store: this.store.snapshot(),
      clock: this.clock.state(),
      lifecycles: this.lifecycles.snapshot(),
      random: this.#random.state,
    };
  }

  restore(snapshot: TwinSnapshot): void {
    this.store.restore(snapshot.store);
    this.clock.restore(snapshot.clock);
    this.lifecycles.restore(snapshot.lifecycles);
    this.#random.state = snapshot.random;
  }

  setRateLimit(rateLimit: RateLimit | undefined): void {
    this.#rateLimit = rateLimit ? new RateLimiter(rateLimit) : undefined;
  }

  rateLimit(): Required<RateLimit> | undefined {
    return this.#rateLimit?.settings;
  }

  /** The last requests answered (at most 200), oldest first. */
  requests(): RequestRecord[] {
    return [...this.#log];
  }

  /** The answers that broke the spec and were replaced by a 500 (at most 200). */
  violations(): RequestRecord[] {
    return [...this.#violations];
  }

  /** Settles lifecycles to the clock's now (control reads see what a request would). */
  settle(): void {
    this.lifecycles.settle(this.clock.now(), this.store, this.#context(undefined), (time) => {
      this.#settlingAt = time;
    });
  }

  // ---- requests ----

  async handle(request: RawRequest): Promise<RawAnswer> {
    const queryAt = request.target.indexOf('?');
    const pathname = queryAt === -1 ? request.target : request.target.slice(0, queryAt);
    const record: RequestRecord = {
      method: request.method,
      target: request.target,
      status: 0,
      operationId: undefined,
      code: undefined,
      violations: [],
      note: undefined,
    };
    let answer: RawAnswer;
    try {
      answer = this.#answer(request, pathname, queryAt === -1 ? '' : request.target.slice(queryAt + 1), record);
    } catch (error) {
      answer = this.#failed(record.operationId, error, record);
    }
    record.status = answer.status;
    this.#log.push(record);
    if (this.#log.length > REQUEST_LOG) this.#log.shift();
    this.#onRequest?.(record);
    return answer;
  }

  #answer(request: RawRequest, pathname: string, search: string, record: RequestRecord): RawAnswer {
    const forms = this.vendor.errors;
    if (this.#rateLimit) {
      const waitMs = this.#rateLimit.take();
      if (waitMs !== undefined) {
        record.note = 'rate limited';
        return this.#rateLimited(this.#rateLimit.settings.limit, Math.ceil(waitMs / 1000), record);
      }
    }
    const route = this.spec.route(request.method, decodePath(pathname));
    if (!route) {
      const fault = this.faults.take(undefined, request.method, pathname);
      if (fault)
        return this.#faultOnly(fault, record) ?? this.#raw(forms.routeNotFound(request.method, pathname), record);
      return this.#raw(forms.routeNotFound(request.method, pathname), record);
    }
    if ('allowed' in route) return this.#raw(forms.methodNotAllowed(request.method, pathname, route.allowed), record);
    const operation = route.operation;
    record.operationId = operation.row.operationId;
    const fault = this.faults.take(operation.row.operationId, request.method, pathname);
    const delayMs = fault?.latencyMs;
    if (fault?.drop === 'before') return { status: 0, headers: {}, body: '', fault: 'drop', ...delay(delayMs) };
    if (fault?.status !== undefined) {
      record.note = `injected ${fault.status}`;
      return { ...this.#injected(operation, fault, record), ...delay(delayMs) };
    }

    const answer = this.#serve(request, operation, route.path, search, record);
    if (fault?.drop) {
      record.note = 'connection dropped after the twin acted';
      return { ...answer, fault: 'drop', ...delay(delayMs) };
    }
    if (fault?.truncate) {
      record.note = 'body cut short';
      return { ...answer, fault: 'truncate', ...delay(delayMs) };
    }
    if (delayMs !== undefined) record.note = `delayed ${delayMs} ms`;
    return { ...answer, ...delay(delayMs) };
  }

  /** The vendor's 429, with `Retry-After` where the vendor documents one. */
  #rateLimited(limit: number, seconds: number, record: RequestRecord): RawAnswer {
    const refusal = this.vendor.errors.rateLimited(limit, seconds);
    const retryAfter = this.vendor.retryAfter ? { 'retry-after': String(seconds) } : {};
    return this.#raw({ ...refusal, headers: { ...refusal.headers, ...retryAfter } }, record);
  }

  #faultOnly(fault: Fault, record: RequestRecord): RawAnswer | undefined {
    if (fault.drop) return { status: 0, headers: {}, body: '', fault: 'drop' };
    if (fault.status !== undefined) {
      record.note = `injected ${fault.status}`;
      return { status: fault.status, headers: { 'content-type': 'text/plain' }, body: `injected ${fault.status}` };
    }
    return undefined;
  }

  /** The body, parsed and checked, then the operation; every refusal in the vendor's form. */
  #serve(
    request: RawRequest,
    operation: OperationSpec,
    path: Record<string, string>,
    search: string,
    record: RequestRecord,
  ): RawAnswer {
    const forms = this.vendor.errors;
    const body = request.body;
    const hasBody = body !== undefined && body.byteLength > 0;
    if (hasBody && body.byteLength > this.maxBodyBytes)
      return this.#raw(forms.payloadTooLarge(this.maxBodyBytes), record);
    const rawQuery = parseQuery(search);
    if (!this.#validator.authorised(operation, request.headers, rawQuery)) {
      record.violations = [
        {
          location: ['request', 'header'],
          severity: 'Error',
          code: 401,
          message: 'The request does not carry the credentials the spec requires (its security schemes)',
        },
      ];
      return this.#raw(forms.missingCredentials(), record);
    }
    let parsed: unknown;
    if (hasBody) {
      const mediaType = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
      if (!operation.bodyMediaTypes.includes(mediaType)) {
        const supported = operation.bodyMediaTypes.join(',');
        record.violations = [
          {
            location: ['request'],
            severity: 'Error',
            code: 415,
            message: supported
              ? `Supported content types: ${supported}`
              : 'No supported content types, but request included a non-empty body',
          },
        ];
        return this.#raw(forms.invalidRequest(record.violations), record);
      }
      try {
        parsed = JSON.parse(new TextDecoder().decode(body));
      } catch (error) {
        return this.#raw(forms.malformedJson((error as Error).message), record);
      }
    }
    const values = this.#validator.request(operation, {
      rawQuery,
      path,
      headers: request.headers,
      body: parsed,
      hasBody,
    });
    if (values.violations.length > 0) {
      record.violations = values.violations;
      return this.#raw(forms.invalidRequest(values.violations), record);
    }
    this.settle();
    const twinRequest: TwinRequest = {
      method: request.method,
      target: request.target,
      pathname: request.target.split('?')[0] ?? '',
      rawQuery,
      headers: request.headers,
      body: parsed,
    };
    let answer: Answer;
    try {
      answer = this.#operate(operation, twinRequest, values.query, path);
    } catch (error) {
      if (!(error instanceof TwinAnswerError)) return this.#failed(operation.row.operationId, error, record);
      answer = error.answer;
    }
    if (answer.own) return this.#own(answer, record);
    try {
      return this.#checked(operation, answer, record);
    } catch (error) {
      return this.#failed(operation.row.operationId, error, record);
    }
  }

  /** A handler that threw: a loud 500 naming the operation, kept with the violations (it is a bug of the twin). */
  #failed(operationId: string | undefined, error: unknown, record: RequestRecord): RawAnswer {
    const row = operationId === undefined ? undefined : this.spec.operations.get(operationId)?.row;
    const what = row
      ? `${row.operationId} (${row.method.toUpperCase()} ${row.path})`
      : `${record.method} ${record.target}`;
    const message = error instanceof Error ? error.message : String(error);
    record.note = `the twin failed: ${message}`;
    this.#violations.push(record);
    if (this.#violations.length > REQUEST_LOG) this.#violations.shift();
    const problem = {
      type: 'urn:cloudspecs-mock:twin-failed',
      title: `The ${this.vendor.vendor} twin failed to answer ${what}`,
      status: 500,
      detail: `${message}. This is a bug of the twin or of its use; the request may have been applied in part.`,
      ...(row ? { operationId: row.operationId } : {}),
    };
    return { status: 500, headers: { 'content-type': 'application/problem+json' }, body: JSON.stringify(problem) };
  }

  /** The operation's answer: its handler, its generic verb, or its example. */
  #operate(
    operation: OperationSpec,
    request: TwinRequest,
    query: Record<string, unknown>,
    path: Record<string, string>,
  ): Answer {
    const row = operation.row;
    const context = this.#operationContext(operation, request, query, path);
    const refusal = this.vendor.admit?.(context);
    if (refusal) return refusal;
    const handler = this.vendor.operations?.[row.operationId];
    if (handler) return handler(context);
    if (row.served === 'stateful') return context.generic();
    return this.#example(operation, row.status);
  }

  /** The answer checked against the spec; one that breaks it becomes a 500 naming the operation and the violation. */
  #checked(operation: OperationSpec, answer: Answer, record: RequestRecord): RawAnswer {
    const row = operation.row;
    const response = operation.responses.get(String(answer.status));
    const documentedTypes = [...(response?.contents.keys() ?? [])];
    const jsonType = documentedTypes.find((type) => type.includes('json'));
    const contentType =
      answer.headers?.['content-type'] ??
      (answer.body === undefined ? undefined : (jsonType ?? documentedTypes[0] ?? 'application/json'));
    let body = answer.body;
    const schemaPointer = jsonType ? response?.contents.get(jsonType)?.pointer : undefined;
    if (body !== undefined && schemaPointer) body = project(body, this.#schemaAt(schemaPointer), this.spec.resolve);
    const violations = this.#validator.response(operation, answer.status, contentType, body);
    if (violations.length > 0) {
      record.violations = violations;
      record.note = 'the answer broke the spec';
      this.#violations.push(record);
      if (this.#violations.length > REQUEST_LOG) this.#violations.shift();
      const problem = {
        type: 'urn:cloudspecs-mock:twin-answer-violates-spec',
        title: `The twin's answer to ${row.operationId} (${row.method.toUpperCase()} ${row.path}) breaks the spec`,
        status: 500,
        detail: `${violations.map((violation) => violation.message).join('; ')}. This is a bug of the ${this.vendor.vendor} twin: the answer was not sent.`,
        operationId: row.operationId,
        answerStatus: answer.status,
      };
      return {
        status: 500,
        headers: { 'content-type': 'application/problem+json', 'sl-violations': violationsHeader(violations) },
        body: JSON.stringify(problem),
      };
    }
    const headers: Record<string, string> = {};
    for (const [name, header] of response?.headers ?? [])
      if (header.example !== undefined) headers[name] = header.example;
    Object.assign(headers, answer.headers);
    if (contentType !== undefined) headers['content-type'] = contentType;
    record.code = answer.status >= 400 ? codeOfAnswer(body) : undefined;
    const text =
      body === undefined
        ? ''
        : contentType?.includes('json') === false && typeof body === 'string'
          ? body
          : JSON.stringify(body);
    return { status: answer.status, headers, body: text };
  }

  #schemas = new Map<string, unknown>();

  #schemaAt(pointer: string): unknown {
    if (this.#schemas.has(pointer)) return this.#schemas.get(pointer);
    const schema = pointer
      .slice(1)
      .split('/')
      .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
      .reduce<unknown>((node, key) => (node as Json | undefined)?.[key], this.spec.document);
    this.#schemas.set(pointer, schema);
    return schema;
  }

  /** A fault's status: the operation's documented example of it, or, for a 5xx it does not document, a bare 5xx. */
  #injected(operation: OperationSpec, fault: Fault, record: RequestRecord): RawAnswer {
    const status = fault.status as number;
    if (operation.responses.has(String(status))) {
      return this.#checked(operation, this.#documented(operation, status, fault.code), record);
    }
    // a vendor that documents no 429 still has the twin's rate limit: its refusal is what the twin sends
    if (status === 429) return this.#rateLimited(this.#rateLimit?.settings.limit ?? 0, 1, record);
    if (status >= 500) {
      return {
        status,
        headers: { 'content-type': 'text/plain' },
        body: `${status} (injected by the twin; ${operation.row.operationId} documents no ${status})`,
      };
    }
    throw new RangeError(
      `twin fault: ${operation.row.operationId} does not document ${status}; it documents ${[...operation.responses.keys()].join(', ')}`,
    );
  }

  /** The operation's documented answer of `status`: the example carrying `code`, else its first example. */
  #documented(operation: OperationSpec, status: number, code?: string, detail?: Record<string, unknown>): Answer {
    const response = operation.responses.get(String(status));
    if (!response) {
      throw new Error(
        `twin: ${operation.row.operationId} answered ${status}${code ? ` ${code}` : ''}, which its spec does not document (it documents ${[...operation.responses.keys()].join(', ')})`,
      );
    }
    const content = [...response.contents.values()][0];
    const examples = content?.examples ?? [];
    const example =
      (code === undefined ? undefined : examples.find((value) => exampleHasCode(value, code))) ?? examples[0];
    if (example === undefined) return { status };
    // the spec's example itself, not a copy: answers are projected (copied) before they are sent, and handlers copy
    // what they change (createTemplate); a detail is set on a copy
    if (!detail || !isObject(example) || !isObject(example.error)) return { status, body: example };
    return { status, body: { ...example, error: { ...example.error, detail } } };
  }

  #example(operation: OperationSpec, status: number): Answer {
    return this.#documented(operation, status);
  }

  /** A refusal by a rule of the twin (`Answer.own`), in the vendor's form: sent as it is, like the rate limit's. */
  #own(answer: Answer, record: RequestRecord): RawAnswer {
    record.note = `refused by the twin (${answer.status})`;
    const body = answer.body === undefined ? '' : JSON.stringify(answer.body);
    const type = answer.body === undefined ? {} : { 'content-type': 'application/json' };
    return this.#raw({ status: answer.status, headers: { ...type, ...answer.headers }, body }, record);
  }

  #raw(answer: { status: number; headers: Record<string, string>; body: string }, record: RequestRecord): RawAnswer {
    record.code = answer.status >= 400 ? codeOfText(answer.body) : undefined;
    const headers = { ...answer.headers };
    if (record.violations.length > 0) headers['sl-violations'] = violationsHeader(record.violations);
    return { status: answer.status, headers, body: answer.body };
  }

  // ---- what handlers reach ----

  #context(operation: OperationSpec | undefined): TwinContext {
    const engine = this;
    return {
      store: this.store,
      operation: operation?.row,
      now: () => this.#settlingAt ?? this.clock.now(),
      random: () => this.#random.next(),
      maxRecords: (resource) => this.vendor.resources[resource]?.maxRecords ?? this.maxRecords,
      randomId: (prefix, length = 16) => `${prefix}${this.#random.text(length)}`,
      raise(resource, record, event) {
        const to = engine.lifecycles.target(resource, record, event);
        if (to === undefined) {
          const state = record[engine.lifecycles.table(resource)?.field ?? 'state'];
          throw new TwinStateError(resource, record.id, event, String(state));
        }
        engine.lifecycles.enter(resource, record, to, this.now(), this);
      },
      enter(resource, record, state) {
        engine.lifecycles.enter(resource, record, state, this.now(), this);
      },
      fail(status, code, detail): never {
        if (!operation) throw new Error(`twin: ${status} ${code ?? ''} outside an operation`);
        throw new TwinAnswerError(engine.#documented(operation, status, code, detail));
      },
      refuse(answer): never {
        if (!operation) throw new Error(`twin: ${answer.status} outside an operation`);
        throw new TwinAnswerError(answer);
      },
    };
  }

  #operationContext(
    operation: OperationSpec,
    request: TwinRequest,
    query: Record<string, unknown>,
    path: Record<string, string>,
  ): OperationContext {
    const engine = this;
    const row = operation.row;
    const twin = this.#context(operation);
    const body = (
      request.body !== null && typeof request.body === 'object' && !Array.isArray(request.body) ? request.body : {}
    ) as Record<string, unknown>;
    const context: OperationContext = {
      row,
      request,
      query,
      path,
      body,
      twin,
      spec: {
        statuses: [...operation.responses.keys()].map(Number).filter(Number.isInteger),
        extensions: operation.extensions,
      },
      scope: {},
      lookup(name) {
        const found = context.lookupOptional(name);
        if (found) return found;
        if (engine.#named(context, name) === undefined) {
          throw new Error(`twin: ${row.operationId} has no ${name} in its request to look up`);
        }
        return context.notFound(name);
      },
      lookupOptional(name) {
        const named = engine.#named(context, name);
        if (named === undefined) return undefined;
        const resource = engine.resourceOf(name);
        const [key, value] = named;
        const found =
          key === 'id' ? engine.store.get(resource, value) : engine.store.find(resource, (r) => r[key] === value);
        // a record under another scope (another account's server) is not this request's to see
        if (found && !inScope(engine.store.parents(resource, found.id), context.scope)) return context.notFound(name);
        return found ?? context.notFound(name);
      },
      notFound(name): never {
        const answer = engine.vendor.notFound?.(context, name);
        if (answer) throw new TwinAnswerError(answer);
        return twin.fail(404, `${name}_not_found`);
      },
      // no copy: a view returns a new object, and the answer is projected onto its schema (new objects) before it
      // is sent; a handler that changes what show() returned must copy it first
      show(resource, record) {
        const view = engine.vendor.resources[resource]?.view;
        return view ? view(record, twin) : record;
      },
      answer(properties, status = row.status) {
        // an answer documented without a body (SCP's 202, Hostway's 204) has none; a handler that gives it
        // properties is wrong about the spec, and says so
        if (operation.responses.get(String(status))?.contents.size === 0) {
          const extra = Object.keys(properties);
          if (extra.length > 0) {
            throw new Error(
              `twin: ${row.operationId} answers ${status} without a body, but the handler gave it ${extra.join(', ')}`,
            );
          }
          return { status };
        }
        const base = engine.#documented(operation, status).body;
        const body = base !== null && typeof base === 'object' && !Array.isArray(base) ? (base as Json) : {};
        return { status, body: { ...body, ...properties } };
      },
      generic: () => genericVerb(engine, context),
    };
    // the vendor's scope may refuse the request (an account number that names no account): after the context exists
    if (this.vendor.scope) context.scope = Object.freeze({ ...this.vendor.scope(context) });
    return context;
  }

  /** The `[key, value]` a request names a thing by: its lookup (query, then body) or the last path parameter. */
  #named(context: OperationContext, name: string): [string, string] | undefined {
    let field = name;
    let lookup = context.row.lookups[name];
    if (!lookup) {
      // a resource named by a lookup of another name (`access_key` for an object storage access key)
      for (const [other, spec] of Object.entries(context.row.lookups)) {
        if (this.resourceOf(other) === name) {
          field = other;
          lookup = spec;
          break;
        }
      }
    }
    if (lookup) {
      for (const source of [context.query[field], context.body[field]]) {
        if (source === null || typeof source !== 'object') continue;
        for (const key of lookup.keys) {
          const value = (source as Json)[key];
          if (typeof value === 'string' || typeof value === 'number') return [key, String(value)];
        }
      }
      return undefined;
    }
    // a path parameter that names a parent (`server_id` → `server`)
    for (const [parameter, resource] of Object.entries(this.vendor.pathParents ?? {})) {
      const value = context.path[parameter];
      if (resource === name && value !== undefined) return ['id', value];
    }
    if (name === context.row.resource && context.row.pathParams.length > 0) {
      const parameter = context.row.pathParams[context.row.pathParams.length - 1] as string;
      const value = context.path[parameter];
      return value === undefined ? undefined : ['id', value];
    }
    return undefined;
  }

  // ---- the world ----

  #seedSource(): SeedSource {
    return {
      fromExamples: () => seedFromExamples(this.rows, this.spec, (name) => this.resourceOf(name)),
      examples: (operationId, status) => {
        const operation = this.spec.operations.get(operationId);
        if (!operation) throw new Error(`twin seed: ${this.vendor.vendor} has no operation ${operationId}`);
        const wanted = String(status ?? operation.row.status);
        const content = [...(operation.responses.get(wanted)?.contents.values() ?? [])][0];
        return structuredClone(content?.examples ?? []);
      },
    };
  }

  /**
   * The world's records, at rest: a record the examples show half way (a build `pending`) stays so; what requests
   * create moves. A world of the user's is taken as it is.
   */
  #load(world: SeedWorld): void {
    for (const [resource, records] of Object.entries(world)) {
      for (const { $parents, ...record } of records) {
        this.store.insert(resource, structuredClone(record) as TwinRecord, $parents);
      }
    }
  }

  /** A world's records, checked: each resource of the vendor module or the table, each with an id. */
  checkWorld(world: unknown): SeedWorld {
    if (world === null || typeof world !== 'object' || Array.isArray(world)) {
      throw new TypeError('twin world: expected an object of resource key → array of records');
    }
    const known = new Set([
      ...this.rows.flatMap((row) => (row.resource ? [row.resource] : [])),
      ...Object.keys(this.vendor.resources),
    ]);
    for (const [resource, records] of Object.entries(world as Json)) {
      if (!known.has(resource)) {
        throw new TypeError(
          `twin world: ${resource} is no resource of the ${this.vendor.vendor} twin (it has ${[...known].sort().join(', ')})`,
        );
      }
      if (!Array.isArray(records)) throw new TypeError(`twin world: ${resource} must be an array of records`);
      records.forEach((record, index) => {
        if (record === null || typeof record !== 'object' || typeof (record as Json).id !== 'string') {
          throw new TypeError(`twin world: ${resource}[${index}] needs a string id`);
        }
      });
    }
    return world as SeedWorld;
  }
}

/** An event the record's state does not allow (a start of a machine that is starting). */
export class TwinStateError extends Error {
  constructor(
    readonly resource: string,
    readonly id: string,
    readonly event: string,
    readonly state: string,
  ) {
    super(`twin: cannot ${event} ${resource} ${id} in state ${state}`);
  }
}

/**
 * The world of the spec's examples: every object with an id that a 2xx example shows under a resource's key (a
 * list's items, a get's or a create's object, the `task` a power action answers with), merged by id — a get's full
 * record first, later sightings only adding fields it lacks. Each record of a scoped list (an organization's
 * addresses) gets the parents that list's required lookups name: their example (`organization[id]=org_…`) for the
 * items of its examples, else the record's own reference (`virtual_machine.id`), else the world's one (first)
 * record of that lookup's resource.
 */
export function seedFromExamples(
  rows: readonly OperationRow[],
  spec: SpecIndex,
  resourceOf: (lookup: string) => string,
): SeedWorld {
  const known = new Set(rows.flatMap((row) => (row.resource === undefined ? [] : [row.resource])));
  const records = new Map<string, Map<string, TwinRecord>>();
  const parents = new Map<string, Record<string, string | Json>>();
  const order = { get: 0, create: 1, update: 2, action: 3, delete: 4, list: 5 } as const;
  for (const row of [...rows].sort((a, b) => order[a.verb] - order[b.verb])) {
    if (row.resource === undefined || row.key === undefined) continue;
    // what the key holds: a list's items or a bare answer are the row's resource; a key names its own
    const resource = row.verb === 'list' || row.key === '' ? row.resource : row.key;
    if (!known.has(resource)) continue;
    const operation = spec.operations.get(row.operationId);
    const hints: Record<string, Json> = {};
    if (row.verb === 'list') {
      for (const parameter of operation?.parameters ?? []) {
        const lookup = row.lookups[parameter.name];
        if (lookup?.required && parameter.example !== null && typeof parameter.example === 'object') {
          hints[parameter.name] = parameter.example as Json;
        }
      }
    }
    const collection = records.get(resource) ?? new Map<string, TwinRecord>();
    records.set(resource, collection);
    for (const content of operation?.responses.get(String(row.status))?.contents.values() ?? []) {
      for (const example of content.examples) {
        const value = row.key === '' ? example : (example as Json | null)?.[row.key];
        for (const item of Array.isArray(value) ? value : [value]) {
          if (item === null || typeof item !== 'object' || typeof (item as Json).id !== 'string') continue;
          const record = item as TwinRecord;
          const held = collection.get(record.id);
          if (!held) collection.set(record.id, structuredClone(record));
          else fillMissing(held, record);
          const key = `${resource} ${record.id}`;
          parents.set(key, { ...hints, ...parents.get(key) });
        }
      }
    }
  }
  // a lookup's example (`{ sub_domain: 'acme' }`) → the id of the record it names
  const resolveHint = (name: string, hint: string | Json): string | undefined => {
    if (typeof hint === 'string') return hint;
    const collection = records.get(resourceOf(name));
    for (const [key, value] of Object.entries(hint)) {
      if (key === 'id' && typeof value === 'string') return value;
      for (const record of collection?.values() ?? []) if (record[key] === value) return record.id;
    }
    return undefined;
  };
  const scopes = new Map<string, string[]>();
  for (const row of rows) {
    if (row.verb !== 'list' || row.resource === undefined) continue;
    const required = Object.entries(row.lookups)
      .filter(([, lookup]) => lookup.required)
      .map(([name]) => name);
    scopes.set(row.resource, [...new Set([...(scopes.get(row.resource) ?? []), ...required])]);
  }
  // a record seen only in a list's summary takes what it lacks from the fullest record of its resource
  for (const collection of records.values()) {
    const fullest = [...collection.values()].reduce<TwinRecord | undefined>(
      (best, record) => (best === undefined || Object.keys(record).length > Object.keys(best).length ? record : best),
      undefined,
    );
    if (fullest) for (const record of collection.values()) if (record !== fullest) fillMissing(record, fullest);
  }
  // a reference inside a record (a data center's `country`) takes what it lacks from the world's record of it
  const fillReferences = (value: unknown, field: string | undefined, depth: number): void => {
    if (depth > 8 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) fillReferences(item, field === undefined ? undefined : singularOf(field), depth + 1);
      return;
    }
    const json = value as Json;
    if (field !== undefined && typeof json.id === 'string') {
      const held = records.get(resourceOf(field))?.get(json.id);
      if (held && held !== json) fillMissing(json, held);
    }
    for (const [key, inner] of Object.entries(json)) fillReferences(inner, key, depth + 1);
  };
  for (const collection of records.values())
    for (const record of collection.values()) fillReferences(record, undefined, 0);
  const world: SeedWorld = {};
  for (const [resource, collection] of records) {
    world[resource] = [...collection.values()].map((record) => {
      const hints = parents.get(`${resource} ${record.id}`) ?? {};
      const $parents: Record<string, string> = {};
      for (const name of scopes.get(resource) ?? []) {
        const hint = hints[name];
        const own = (record[name] as Json | undefined)?.id;
        const first = records.get(resourceOf(name))?.values().next().value?.id;
        const id =
          (hint === undefined ? undefined : resolveHint(name, hint)) ?? (typeof own === 'string' ? own : first);
        if (id !== undefined) $parents[name] = id;
      }
      return Object.keys($parents).length > 0 ? { ...record, $parents } : record;
    });
  }
  return world;
}

/** Adds to `held` what `other` has and it lacks, recursively into objects both have. */
function fillMissing(held: Json, other: Json): void {
  for (const [field, value] of Object.entries(other)) {
    const mine = held[field];
    if (!(field in held)) held[field] = structuredClone(value);
    else if (isObject(mine) && isObject(value)) fillMissing(mine, value);
  }
}

/** Whether the vendor module can serve a row as its table says; a stale table is a loud error. */
function checkServed(row: OperationRow, vendor: VendorTwin): void {
  const served = servedBy(row, vendor);
  if (served !== row.served) {
    throw new Error(
      `twin: the generated table says ${row.operationId} is served ${row.served}, but the ${vendor.vendor} twin module serves it ${served}: run \`pnpm generate\``,
    );
  }
}

// ---- the generic verbs ----

function genericVerb(engine: Engine, context: OperationContext): Answer {
  const { row } = context;
  const resource = row.resource;
  const spec = resource === undefined ? undefined : engine.vendor.resources[resource];
  if (!resource || !spec || row.verb === 'action') {
    throw new Error(`twin: ${row.operationId} has no generic verb (${row.verb} ${resource ?? ''})`);
  }
  const wrap = (value: unknown): Record<string, unknown> =>
    row.key === '' ? (value as Json) : { [row.key as string]: value };
  const one = (record: TwinRecord): Answer => {
    const shown = context.show(resource, record);
    if (row.key === '') return { status: row.status, body: shown };
    return context.answer({ ...spec.extras?.(record, context.twin), ...wrap(shown) });
  };
  const parents = pathParents(engine, context);
  const belongs = (record: TwinRecord): boolean =>
    parents.every(
      (parent) =>
        engine.store.parents(resource, record.id)[parent.resource] === parent.id ||
        record[parent.parameter] === parent.id,
    );
  const own = (): TwinRecord => {
    const record = context.lookup(resource);
    return belongs(record) ? record : context.notFound(resource);
  };
  switch (row.verb) {
    case 'list': {
      const filters: Array<[string, string]> = Object.entries(context.scope);
      for (const name of Object.keys(row.lookups)) {
        const target = context.lookupOptional(name);
        if (target) filters.push([name, target.id]);
      }
      const records = engine.store.all(resource).filter((record) => {
        const parents = engine.store.parents(resource, record.id);
        for (const [name, id] of filters) {
          const own = (record[name] as Json | undefined)?.id;
          // a record tied to nothing of that kind is not narrowed by it (packages public to every organization)
          if (parents[name] === undefined && own === undefined) continue;
          if (parents[name] !== id && own !== id) return false;
        }
        if (!belongs(record)) return false;
        return spec.filter ? spec.filter(record, context.query, context.twin) : true;
      });
      const page = engine.vendor.pagination.page(context.query, records, context);
      const items = page.items.map((record) => context.show(resource, record));
      return context.answer({ ...page.extra, [row.key as string]: items });
    }
    case 'get':
      return one(own());
    case 'create': {
      const max = context.twin.maxRecords(resource);
      if (engine.store.count(resource) >= max) return engine.vendor.collectionFull(context, resource, max);
      const under: Record<string, string> = {
        ...context.scope,
        ...Object.fromEntries(parents.map((parent) => [parent.resource, parent.id])),
      };
      const fields = resolveReferences(engine, context, engine.vendor.fields(context));
      for (const name of Object.keys(row.lookups)) {
        const target = context.lookupOptional(name);
        if (!target) continue;
        under[name] = target.id;
        fields[name] = structuredClone(target);
      }
      const template = createTemplate(engine, context, resource);
      const record: TwinRecord = template;
      mergeFields(record, fields);
      record.id = spec.newId ? spec.newId(context.twin) : newIdLike(engine, resource, template.id, context.twin);
      spec.onCreate?.(record, context.twin, context);
      engine.store.insert(resource, record, under);
      engine.lifecycles.adopt(resource, record, context.twin.now());
      return one(record);
    }
    case 'update': {
      const record = own();
      const fields = resolveReferences(engine, context, engine.vendor.fields(context));
      for (const name of Object.keys(row.lookups)) {
        if (name === resource) continue;
        const target = context.lookupOptional(name);
        if (target) fields[name] = structuredClone(target);
      }
      mergeFields(record, fields);
      spec.onUpdate?.(record, context.twin, context);
      return one(record);
    }
    case 'delete': {
      const record = own();
      const extra = spec.onDelete?.(record, context.twin, context) ?? {};
      engine.store.remove(resource, record.id);
      if (row.key === resource) return context.answer({ ...extra, [resource]: context.show(resource, record) });
      if (row.key === '') return { status: row.status, body: context.show(resource, record) };
      return context.answer(extra);
    }
  }
}

/**
 * The parents the path names (`vendor.pathParents`: `/v1/servers/{server_id}/volumes` names its server), each looked
 * up: one not held is the vendor's not-found. The parameter naming the operation's own resource is not a parent.
 */
function pathParents(
  engine: Engine,
  context: OperationContext,
): Array<{ resource: string; parameter: string; id: string }> {
  const names = engine.vendor.pathParents;
  if (!names) return [];
  const out: Array<{ resource: string; parameter: string; id: string }> = [];
  for (const parameter of context.row.pathParams) {
    const resource = names[parameter];
    if (resource === undefined || resource === context.row.resource) continue;
    out.push({ resource, parameter, id: context.lookup(resource).id });
  }
  return out;
}

/**
 * A request's field that names a held record by one key (`io_profile: { id }`, `data_center: { permalink }`, or a
 * list of them under a plural, `certificates: [{ id }]`) becomes that record, as the API shows references it holds;
 * one naming nothing held is answered with the operation's not-found.
 */
export function resolveReferences(
  engine: Engine,
  context: OperationContext,
  fields: Record<string, unknown>,
): Record<string, unknown> {
  const find = (field: string, value: unknown): TwinRecord | undefined => {
    if (!isObject(value)) return undefined;
    const keys = Object.keys(value);
    if (keys.length !== 1) return undefined;
    const key = keys[0] as string;
    const wanted = value[key];
    if (typeof wanted !== 'string' && typeof wanted !== 'number') return undefined;
    const resource = engine.resourceOf(field);
    if (engine.store.count(resource) === 0) return undefined;
    const found =
      key === 'id' ? engine.store.get(resource, String(wanted)) : engine.store.find(resource, (r) => r[key] === wanted);
    return found ?? context.notFound(field);
  };
  const resolve = (object: Record<string, unknown>, depth: number): Record<string, unknown> => {
    const out: Record<string, unknown> = { ...object };
    for (const [field, value] of Object.entries(object)) {
      if (Array.isArray(value)) {
        const singular = singularOf(field);
        if (singular === field) continue;
        const found = value.map((item) => find(singular, item));
        if (found.length > 0 && found.every((record) => record !== undefined)) {
          out[field] = found.map((record) => structuredClone(record));
        }
      } else {
        const found = find(field, value);
        if (found) out[field] = structuredClone(found);
        else if (isObject(value) && depth < 4) out[field] = resolve(value, depth + 1);
      }
    }
    return out;
  };
  return resolve(fields, 0);
}

/** `target` with `fields` set: objects both have are merged (an update of some fields of a nested object keeps the rest). */
export function mergeFields(target: Record<string, unknown>, fields: Record<string, unknown>): void {
  for (const [field, value] of Object.entries(fields)) {
    const mine = target[field];
    if (isObject(mine) && isObject(value) && typeof value.id !== 'string') mergeFields(mine, value);
    else target[field] = value;
  }
}

function singularOf(key: string): string {
  if (key.endsWith('ies')) return `${key.slice(0, -3)}y`;
  if (/(ss|x|ch|sh)es$/.test(key)) return key.slice(0, -2);
  if (key.endsWith('s') && !key.endsWith('ss')) return key.slice(0, -1);
  return key;
}

/** What a new record starts from: the create's own example of it, else a record of that resource already held. */
function createTemplate(engine: Engine, context: OperationContext, resource: string): TwinRecord {
  const example = context.answer({}).body as Json;
  const value = context.row.key === '' ? example : example[context.row.key as string];
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return structuredClone(value) as TwinRecord;
  const held = engine.store.all(resource)[0];
  if (held) return structuredClone(held);
  throw new Error(`twin: no example of a ${resource} to create one from (${context.row.operationId})`);
}

/**
 * A new id in the format of `example`: its prefix up to the last `_` kept (`ip_`), the rest made anew character for
 * character (letters and digits as letters and digits, hex as hex, the `-` of a UUID kept); unique in the store.
 */
export function newIdLike(engine: Engine, resource: string, example: string, twin: TwinContext): string {
  const cut = example.lastIndexOf('_') + 1;
  const prefix = example.slice(0, cut);
  const rest = example.slice(cut);
  const hex = /^[0-9a-f-]+$/.test(rest) && /[a-f]/.test(rest);
  const digits = /^[0-9]+$/.test(rest);
  for (let attempt = 0; ; attempt++) {
    let id = prefix;
    for (const char of rest) {
      if (!/[A-Za-z0-9]/.test(char)) id += char;
      else if (digits) id += Math.floor(twin.random() * 10);
      else if (hex) id += '0123456789abcdef'[Math.floor(twin.random() * 16)];
      else id += twin.randomId('', 1);
    }
    // a numeric id of the example's length may run out: grow it
    if (!engine.store.get(resource, id)) return id;
    if (attempt > 20) return `${id}${attempt}`;
  }
}

/** Whether a record's parents agree with a request's scope (a parent the record lacks does not narrow it). */
function inScope(parents: Readonly<Record<string, string>>, scope: Readonly<Record<string, string>>): boolean {
  for (const [name, id] of Object.entries(scope)) if (parents[name] !== undefined && parents[name] !== id) return false;
  return true;
}

function codeOfAnswer(body: unknown): string | undefined {
  if (body === null || typeof body !== 'object') return undefined;
  const json = body as Json;
  const code = (json.error as Json | undefined)?.code;
  if (typeof code === 'string') return code;
  const keys = Object.keys(json);
  if (keys.length === 1 && typeof json[keys[0] as string] === 'object' && !Array.isArray(body)) return keys[0];
  const first = Array.isArray(body)
    ? (body[0] as Json | undefined)
    : ((json.errors as Json[] | undefined)?.[0] ?? undefined);
  const other = first?.code ?? first?.type_;
  return typeof other === 'string' ? other : undefined;
}

function codeOfText(text: string): string | undefined {
  try {
    return codeOfAnswer(JSON.parse(text));
  } catch {
    return undefined;
  }
}

/** The `sl-violations` header, cut as Prism cuts it (a header longer than 8 kB is refused by many servers). */
function violationsHeader(violations: readonly Violation[]): string {
  const value = JSON.stringify(violations);
  const max = 8 * 1024 - 100;
  return value.length > max ? `Too many violations! ${value.slice(0, max)}` : value;
}

/** Prism's reading of a query string: name → value, or values when repeated. */
function parseQuery(search: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  if (search === '') return out;
  for (const [key, value] of new URLSearchParams(search)) {
    const known = out[key];
    if (known === undefined) out[key] = value;
    else if (Array.isArray(known)) known.push(value);
    else out[key] = [known, value];
  }
  return out;
}

function decodePath(pathname: string): string {
  try {
    return decodeURI(pathname);
  } catch {
    return pathname;
  }
}

function delay(ms: number | undefined): { delayMs?: number } {
  return ms === undefined ? {} : { delayMs: ms };
}

function positive(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 1)
    throw new RangeError(`twin: ${name} must be a whole number ≥ 1, got ${value}`);
  return value;
}
