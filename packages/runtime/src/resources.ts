/**
 * The resource layer: one method per operation (`katapult.ipAddresses.create({ … })`), over the path-style client.
 * Each vendor's generator output (`src/generated/resources.ts`) is a table of its operations — namespace → method →
 * `[method, path, flags, queryKeys, bothKeys]` — and the method signatures; this module turns the table into the
 * objects the user calls. A call takes one argument object (path, query and body fields together) and a second for
 * the call's options, resolves to the answer's data and throws the error classes; `.withResponse()` gives the
 * `Response` too. A list resolves to its first page and is async-iterable over every item of every page.
 */
import { ConfigurationError } from './errors.js';
import { checkOptionKeys, isPlainObject } from './option-keys.js';
import { clientOptions, kindOf } from './options.js';
import type { Paginator } from './paginate.js';

/** Options of one resource call. They override the client's options for that call. */
export type RequestOptions<Extra extends object = Record<never, never>> = {
  /** Milliseconds allowed per attempt. */
  timeout?: number | undefined;
  /** Retries after the first attempt. */
  maxRetries?: number | undefined;
  /** Aborts the call, its retries and its waits between them. */
  signal?: AbortSignal | undefined;
  /** Headers of this call; they win over the client's. */
  headers?: Record<string, string> | undefined;
  /** Longest response body read, in bytes (decoded); past it, ResponseTooLargeError. */
  maxResponseBytes?: number | undefined;
} & Extra;

/** What `.withResponse()` resolves to. */
export interface DataAndResponse<T> {
  data: T;
  response: Response;
}

/** A call of the resource layer: a Promise of the data, and `.withResponse()` for the data with its `Response`. */
export interface ApiPromise<T> extends Promise<T> {
  /** The data with the `Response` it came in (its body already read). */
  withResponse(): Promise<DataAndResponse<T>>;
}

/**
 * A list call: awaited, the first page as the API answers it (one request, made when first awaited); iterated with
 * `for await`, every item of every page, one request per page from the first (breaking out makes no further request).
 */
export interface ListPromise<Page, Item> extends ApiPromise<Page>, AsyncIterable<Item> {
  /** The pages, one request each, from the first. */
  pages(): AsyncGenerator<Page, void, undefined>;
}

// ---- Types of an operation's argument object and data, read from openapi-typescript's `operations[...]`. ----

/** No fields: what an absent part of an operation adds to its argument object. */
type NoFields = Record<never, never>;
/** `NoFields` for an absent part (`never`, `undefined`), else the part without `undefined`. */
type Part<T> = [T] extends [never] ? NoFields : [T] extends [undefined] ? NoFields : NonNullable<T>;
type PathParams<Op> = Op extends { parameters: { path?: infer P } } ? Part<P> : NoFields;
type QueryParams<Op> = Op extends { parameters: { query?: infer Q } } ? Part<Q> : NoFields;
/** The JSON body of an operation, as the spec writes it; `never` when it takes none. */
type BodyOf<Op> = Op extends { requestBody?: infer RB }
  ? [RB] extends [never]
    ? never
    : NonNullable<RB> extends { content: { 'application/json': infer B } }
      ? B
      : never
  : never;
/**
 * Whether the operation's request body may be left out: read from the property's optionality, which
 * `exactOptionalPropertyTypes` keeps out of the inferred type (`undefined extends RB` sees it only without that flag).
 */
type BodyIsOptional<Op> = NoFields extends Pick<Op, Extract<'requestBody', keyof Op>> ? true : false;
/** The body's fields in the argument object: all optional when the body is. */
type JsonBody<Op> = [BodyOf<Op>] extends [never]
  ? NoFields
  : BodyIsOptional<Op> extends true
    ? Partial<BodyOf<Op>>
    : BodyOf<Op>;
/** Omit that keeps a union of bodies (a `oneOf`) a union. */
type OmitEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type Merge<Params, Body> = [Extract<keyof Params, keyof Body>] extends [never]
  ? Params & Body
  : Params & OmitEach<Body, keyof Params>;

/** The JSON body of an operation whose request body is optional, as the spec writes it (its required fields required). */
type OptionalBody<Op> = BodyIsOptional<Op> extends true ? BodyOf<Op> : never;
/** The keys an object type requires. */
type RequiredKeys<T> = T extends unknown
  ? { [K in keyof T]-?: NoFields extends Pick<T, K> ? never : K }[keyof T]
  : never;
/**
 * What the call acts on, where the operation takes it in the query or in its optional body, whose schema requires it
 * (Katapult's `ip_address` lookup on release and unallocate): both places are optional, but one of them must name it.
 * The generator flags these operations with RESOURCE_FLAGS.lookup, which checks the same at run time.
 */
type LookupKeys<Op> = Extract<keyof QueryParams<Op>, RequiredKeys<OptionalBody<Op>>>;
type WithLookups<Params, Op, K> = [K] extends [never]
  ? Params
  : OmitEach<Params, K & PropertyKey> & { [P in K & keyof OptionalBody<Op>]: OptionalBody<Op>[P] };

/**
 * The one argument object of an operation: its path and query parameters and its JSON body's fields, side by side.
 * A name that is both a parameter and a body field has the parameter's type and is sent in both places; where it names
 * what the call acts on (a lookup the operation takes in the query or its optional body), it is required, with the
 * body's type. Header parameters are not in it: a call's `headers` option sends them.
 */
export type OperationParams<Op> = WithLookups<
  Merge<PathParams<Op> & QueryParams<Op>, JsonBody<Op>>,
  Op,
  LookupKeys<Op>
>;

type SuccessStatus = 200 | 201 | 202 | 203 | 204 | 205 | 206 | '2XX';
type DataOf<Response> = Response extends { content: { 'application/json': infer B } }
  ? B
  : Response extends { content: { 'text/plain': infer T } }
    ? T
    : undefined;
/** What an operation's call resolves to: its 2xx JSON body, the text of a text/plain answer, `undefined` for none. */
export type OperationData<Op> = Op extends { responses: infer R } ? DataOf<R[Extract<keyof R, SuccessStatus>]> : never;

/** A helper `(client, …rest) => R` bound to the resource object's client: `(…rest) => R`. */
export type BoundHelper<F> = F extends (client: never, ...rest: infer Rest) => infer R ? (...rest: Rest) => R : never;

// ---- The table the generator emits, and the class built from it. ----

/**
 * One operation: its HTTP method and path template, its flags (bit-or of `RESOURCE_FLAGS`), the keys that go to the
 * query although the operation has a body, and the keys sent both as a parameter and as a body field.
 */
export type OperationEntry = readonly [
  method: 'get' | 'post' | 'put' | 'patch' | 'delete',
  path: string,
  flags?: number,
  queryKeys?: readonly string[],
  bothKeys?: readonly string[],
];

/** namespace → method → operation */
export type ResourceTable = Readonly<Record<string, Readonly<Record<string, OperationEntry>>>>;

export const RESOURCE_FLAGS = {
  /** the operation takes a JSON body: keys that are not parameters go to it */
  bodyRequired: 1,
  /** the JSON body is optional: sent only when a key goes to it */
  bodyOptional: 2,
  /** the answer is text/plain */
  text: 4,
  /** a paginated list (a GET in the vendor's pagination table) */
  list: 8,
  /**
   * the keys sent in both places (`bothKeys`) name what the call acts on, which the operation takes in the query or in
   * its optional body (Katapult's `ip_address` on release and unallocate): a call must give each of them
   */
  lookup: 16,
} as const;

/** The parameters of one request of a list, for the vendor's pagination scheme. */
export interface ListParams {
  path?: object | undefined;
  query: object;
}

/** How a vendor walks one of its lists: its pagination scheme over the client, with the call's options. */
export type ListWalker = (
  client: unknown,
  path: string,
  params: ListParams,
  init: Record<string, unknown>,
) => Paginator<unknown, unknown>;

/** A path-style client as the resource layer sees it: the uppercase method functions. */
type UntypedClient = Record<string, unknown>;
type UntypedCall = (path: string, init: Record<string, unknown>) => Promise<{ data: unknown; response: Response }>;

// biome-ignore lint/suspicious/noExplicitAny: a helper's first parameter is its vendor's client type.
type Helper = (client: any, ...args: any[]) => unknown;

export interface ResourceClassSpec {
  /** the vendor, for messages: `katapult` */
  vendor: string;
  /** the vendor's `create<Vendor>Client`; called with the options and `throwOnError: true` */
  factory: (options: never) => unknown;
  /** the vendor's credential options (`['token']`), named when the options given are not an object */
  credentials?: readonly string[] | undefined;
  operations: ResourceTable;
  /** how the vendor walks its lists; required when an operation has the list flag */
  list?: ListWalker | undefined;
  /** hand-written helpers (waits) put in a namespace next to its operations, bound to the client */
  helpers?: Readonly<Record<string, Readonly<Record<string, Helper>>>> | undefined;
  /** the vendor's own per-call options besides RequestOptions' (SCP's `apiVersion`) */
  callOptions?: readonly string[] | undefined;
}

/** The options keys a call may not set: the resource layer sets them from the argument object and the table. */
const RESERVED_OPTIONS = ['params', 'body', 'parseAs', 'throwOnError'] as const;
/** Every key of RequestOptions: a key missing here, or one too many, does not compile. */
const REQUEST_OPTION_KEYS: Readonly<Record<keyof RequestOptions, true>> = {
  timeout: true,
  maxRetries: true,
  signal: true,
  headers: true,
  maxResponseBytes: true,
};

/** Whether `key` names a parameter of the path template. */
function inPath(path: string, key: string): boolean {
  return path.includes(`{${key}}`);
}

interface Split {
  path: Record<string, unknown> | undefined;
  query: Record<string, unknown>;
  body: Record<string, unknown> | undefined;
}

/**
 * Sets `key` on `target` as an own data property. An own `__proto__` key of the argument (`JSON.parse` makes one)
 * would otherwise set the prototype, whose keys a serializer then sends as top-level parameters (`&admin=1`) or a body
 * drops: defined instead, it is a key like any other, sent literally as the path-style client sends it. Plain
 * assignment for every other key keeps the objects in V8's fast mode.
 */
function put(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/** Sorts the argument object's keys into path, query and body by the table's rule. */
function splitParams(entry: OperationEntry, params: Record<string, unknown>): Split {
  const [, path, flags = 0, queryKeys, bothKeys] = entry;
  const hasBody = (flags & (RESOURCE_FLAGS.bodyRequired | RESOURCE_FLAGS.bodyOptional)) !== 0;
  let pathParams: Record<string, unknown> | undefined;
  const query: Record<string, unknown> = {};
  let body: Record<string, unknown> | undefined = flags & RESOURCE_FLAGS.bodyRequired ? {} : undefined;
  for (const key of Object.keys(params)) {
    const value = params[key];
    if (value === undefined) continue;
    if (inPath(path, key)) {
      pathParams ??= {};
      put(pathParams, key, value);
    } else if (!hasBody || queryKeys?.includes(key)) {
      put(query, key, value);
    } else {
      body ??= {};
      put(body, key, value);
      continue;
    }
    if (bothKeys?.includes(key)) {
      body ??= {};
      put(body, key, value);
    }
  }
  return { path: pathParams, query, body };
}

/**
 * For an operation with the lookup flag: each key it takes in the query or the body must be given, and name
 * something (an object with at least one key, or a value): a destructive call that names nothing is never sent.
 */
function checkLookup(vendor: string, name: string, entry: OperationEntry, params: Record<string, unknown>): void {
  for (const key of entry[4] ?? []) {
    const value = params[key];
    const names =
      value !== undefined &&
      value !== null &&
      value !== '' &&
      (typeof value !== 'object' || Object.values(value).some((v) => v !== undefined && v !== null && v !== ''));
    if (names) continue;
    throw new ConfigurationError(
      `${vendor}: ${name}() needs "${key}", naming what it acts on (it is sent in the query and the body); got ${value === undefined ? 'none' : isPlainObject(value) ? 'an object that names nothing' : kindOf(value)}. Pass it in the first argument: ${name}({ ${key}: … }).`,
      { option: key },
    );
  }
}

/**
 * The argument object and the options, checked: both plain objects (or absent), no option the layer sets itself, and
 * no option it does not know (from JavaScript, `{ pool }` among the options, or a bare AbortSignal, would otherwise be
 * dropped and the call sent without it).
 */
function checkArguments(
  vendor: string,
  name: string,
  params: unknown,
  options: unknown,
  knownOptions: ReadonlySet<string>,
): void {
  if (params !== undefined && !isPlainObject(params)) {
    throw new ConfigurationError(
      `${vendor}: the argument of ${name}() must be an object of its parameters and body fields; got ${kindOf(params)}.`,
      { option: 'params' },
    );
  }
  if (options === undefined) return;
  if (!isPlainObject(options)) {
    const signal = options instanceof AbortSignal ? ' Pass a signal as { signal }.' : '';
    throw new ConfigurationError(
      `${vendor}: the options of ${name}() must be an object (${[...knownOptions].join(', ')}); got ${kindOf(options)}.${signal}`,
      { option: 'options' },
    );
  }
  for (const key of RESERVED_OPTIONS) {
    if (key in options) {
      throw new ConfigurationError(
        `${vendor}: ${name}() does not take "${key}" among its options: the resource layer sets it. Put parameters and body fields in the first argument, or use the path-style client (.client) for full control.`,
        { option: key },
      );
    }
  }
  checkOptionKeys(vendor, `${name}()`, options, knownOptions, ' Parameters and body fields go in the first argument.');
}

/** A lazy ApiPromise: `run` is called once, on the first `then`/`withResponse`. */
class CallPromise<T> implements ApiPromise<T> {
  readonly [Symbol.toStringTag] = 'Promise';
  #run: () => Promise<DataAndResponse<T>>;
  #started: Promise<DataAndResponse<T>> | undefined;

  constructor(run: () => Promise<DataAndResponse<T>>) {
    this.#run = run;
  }

  withResponse(): Promise<DataAndResponse<T>> {
    this.#started ??= this.#run();
    return this.#started;
  }

  // biome-ignore lint/suspicious/noThenProperty: this is a Promise, so it must be thenable.
  then<A = T, B = never>(
    onfulfilled?: ((value: T) => A | PromiseLike<A>) | null,
    onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.withResponse()
      .then((result) => result.data)
      .then(onfulfilled, onrejected);
  }

  catch<B = never>(onrejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<T | B> {
    return this.then(undefined, onrejected);
  }

  finally(onfinally?: (() => void) | null): Promise<T> {
    return this.then().finally(onfinally);
  }
}

class ListCallPromise<Page, Item> extends CallPromise<Page> implements ListPromise<Page, Item> {
  #walk: () => Paginator<Page, Item>;

  constructor(run: () => Promise<DataAndResponse<Page>>, walk: () => Paginator<Page, Item>) {
    super(run);
    this.#walk = walk;
  }

  pages(): AsyncGenerator<Page, void, undefined> {
    return this.#walk().pages();
  }

  [Symbol.asyncIterator](): AsyncIterator<Item> {
    return this.#walk()[Symbol.asyncIterator]();
  }
}

/** The function behind one generated method. */
function operationMethod(
  spec: ResourceClassSpec,
  client: UntypedClient,
  name: string,
  entry: OperationEntry,
  knownOptions: ReadonlySet<string>,
) {
  const [method, path, flags = 0] = entry;
  const label = `${name} (${method.toUpperCase()} ${path})`;
  const send = client[method.toUpperCase()] as UntypedCall;
  const isList = (flags & RESOURCE_FLAGS.list) !== 0;
  const needsLookup = (flags & RESOURCE_FLAGS.lookup) !== 0;
  const walker = spec.list;
  if (isList && walker === undefined) {
    throw new ConfigurationError(`${spec.vendor}: ${label} is a list, but the vendor gave no way to walk its pages.`);
  }
  return (params?: Record<string, unknown>, options?: Record<string, unknown>) => {
    // Checked at once: a wrong argument is the caller's mistake, thrown where the call is written.
    checkArguments(spec.vendor, name, params, options, knownOptions);
    if (needsLookup) checkLookup(spec.vendor, name, entry, params ?? {});
    const split = splitParams(entry, params ?? {});
    const run = () => {
      const init: Record<string, unknown> = {
        ...options,
        params: split.path === undefined ? { query: split.query } : { path: split.path, query: split.query },
        throwOnError: true,
      };
      if (split.body !== undefined) init.body = split.body;
      if (flags & RESOURCE_FLAGS.text) init.parseAs = 'text';
      return send(path, init) as Promise<DataAndResponse<unknown>>;
    };
    if (!isList) {
      const promise = new CallPromise(run);
      // A call is sent when it is made, like fetch, whether or not it is awaited.
      promise.withResponse();
      return promise;
    }
    const walk = () => (walker as ListWalker)(client, path, { path: split.path, query: split.query }, { ...options });
    return new ListCallPromise(run, walk);
  };
}

/**
 * The class of a vendor's resource client (`new Katapult(options)`): its `client` is the path-style client, created
 * by the vendor's factory with the same options and `throwOnError: true`; one object per namespace of the table
 * holds the operations' methods and the helpers named for it.
 */
// biome-ignore lint/suspicious/noExplicitAny: the generated code gives the class its precise type.
export function resourceClass(spec: ResourceClassSpec): new (options?: any) => any {
  const knownOptions: ReadonlySet<string> = new Set([...Object.keys(REQUEST_OPTION_KEYS), ...(spec.callOptions ?? [])]);
  return class ResourceClient {
    readonly client: unknown;

    constructor(options?: Record<string, unknown>) {
      // Checked before the spread below, which would turn a string into an object of its characters.
      const given: Record<string, unknown> = clientOptions(spec.vendor, options, spec.credentials);
      if (given.throwOnError === false) {
        throw new ConfigurationError(
          `${spec.vendor}: the resource client always throws the error classes, so "throwOnError: false" cannot apply; leave it out, or use the path-style client for { data, error } results.`,
          { option: 'throwOnError' },
        );
      }
      const client = (spec.factory as (options: object) => UntypedClient)({ ...given, throwOnError: true });
      this.client = client;
      const self = this as unknown as Record<string, Record<string, unknown>>;
      for (const namespace of Object.keys(spec.operations)) {
        const methods: Record<string, unknown> = {};
        const table = spec.operations[namespace] ?? {};
        for (const name of Object.keys(table)) {
          const entry = table[name] as OperationEntry;
          methods[name] = operationMethod(spec, client, `${namespace}.${name}`, entry, knownOptions);
        }
        self[namespace] = methods;
      }
      for (const namespace of Object.keys(spec.helpers ?? {})) {
        const helpers = spec.helpers?.[namespace] ?? {};
        self[namespace] ??= {};
        for (const name of Object.keys(helpers)) {
          const helper = helpers[name] as Helper;
          self[namespace][name] = (...args: unknown[]) => helper(client, ...args);
        }
      }
    }
  };
}
