/**
 * The contract between the twin engine and a vendor's twin module (twin/vendors/<vendor>.ts). The engine does what
 * every vendor shares — routing, validation against the spec, the store, the clock, lifecycles, faults, rate limits,
 * pagination, and the generic verbs (list, get, create, update, delete) — from the generated table of operations
 * (src/generated/<vendor>-twin.ts). A vendor module is mostly data: its resources, its lifecycles as
 * state/event/next tables, its id formats and error forms, and a handler for each operation no verb covers.
 */
import type { MockAnswer, Violation } from '../vendor-errors.js';

export type Verb = 'list' | 'get' | 'create' | 'update' | 'delete' | 'action';

/** One operation of the generated table (src/generated/<vendor>-twin.ts), written by `pnpm generate`. */
export interface OperationRow {
  operationId: string;
  /** lower case, as in the spec */
  method: string;
  path: string;
  /** the resource-layer name, `ipAddresses.create` */
  name: string;
  verb: Verb;
  /** the resource acted on, by its singular key (`ip_address`) */
  resource?: string;
  /** the property of the answer that holds it (`ip_address`, `ip_addresses`); `''`: the answer is the resource */
  key?: string;
  /** lookup parameter or body field → where it travels and the keys it may name the thing by */
  lookups: Readonly<Record<string, { in: 'query' | 'body'; keys: readonly string[]; required: boolean }>>;
  pathParams: readonly string[];
  /** the status of the operation's first 2xx answer */
  status: number;
  /** whether the twin answers from its state or from the spec's examples (`servedBy`) */
  served: 'stateful' | 'examples';
}

/** A stored resource: what the API would show of it, with its id. Extra fields are kept and never served. */
export interface TwinRecord {
  id: string;
  [field: string]: unknown;
}

/** An answer a handler gives: a JSON body (or none), a status, headers. */
export interface Answer {
  status: number;
  /** a JSON value; `undefined` for no body */
  body?: unknown;
  headers?: Record<string, string>;
  /**
   * A refusal by a rule of the twin rather than an answer of the operation (its collection cap, in a status the
   * operation may not document): sent in the vendor's form without being checked against the operation's
   * responses, as the rate limit's 429 and the body limit's 413 are. Every other answer is checked.
   */
  own?: boolean;
}

/** A parsed request, as handlers see it. */
export interface TwinRequest {
  method: string;
  /** path and query as sent, e.g. `/tasks/task?task[id]=task_1` */
  target: string;
  pathname: string;
  /** raw query, Prism's name → value or values */
  rawQuery: Record<string, string | string[]>;
  /** header names in lower case */
  headers: Record<string, string>;
  /** the JSON body, parsed; undefined when none was sent */
  body: unknown;
}

/** One lifecycle: a state machine that moves a field of a resource over time (`task.status`, `vm.state`). */
export interface Lifecycle {
  /** the field holding the state, e.g. `status` */
  field: string;
  /**
   * The states that move by themselves: after `afterMs` of twin time the record goes to `next` (or, when a failure
   * was asked for, to `fail`). A state not listed here is at rest; so is a record whose `afterMs` is `Infinity` (a
   * task that another record's lifecycle ends, with `enter`).
   */
  moving: Readonly<Record<string, { afterMs: number | ((record: TwinRecord) => number); next: string; fail?: string }>>;
  /** Events the vendor module raises (`start`): from which states, and the state they lead to. */
  events?: Readonly<Record<string, { from: readonly string[]; to: string }>>;
  /** Called when a record enters a state: other effects (a build that completes creates its virtual machine). */
  onEnter?: (state: string, record: TwinRecord, twin: TwinContext) => void;
}

/** A resource of a vendor twin, by its singular key. */
export interface ResourceSpec {
  /** The id of a new record. Default: one like the create example's id (`ip_` and 16 letters and digits). */
  newId?: (twin: TwinContext) => string;
  /** Properties of an answer beside the record (Katapult's `annotations`); the answer's schema keeps those it has. */
  extras?: (record: TwinRecord, twin: TwinContext) => Record<string, unknown>;
  /** Fields a new record gets besides the request's (generated values), or changes to make to it. */
  onCreate?: (record: TwinRecord, twin: TwinContext, request: OperationContext) => void;
  /** Fields shown that are not stored (relations: the addresses allocated to a machine), computed when served. */
  view?: (record: TwinRecord, twin: TwinContext) => TwinRecord;
  /** Filters of its lists beyond the parent lookups (`allocated=true`). */
  filter?: (record: TwinRecord, query: Record<string, unknown>, twin: TwinContext) => boolean;
  /** Changes an update makes besides setting the request's fields. */
  onUpdate?: (record: TwinRecord, twin: TwinContext, request: OperationContext) => void;
  /**
   * What else a delete does (Katapult puts a machine in the trash); returns more properties of the answer
   * (`{ trash_object }`).
   */
  onDelete?: (record: TwinRecord, twin: TwinContext, request: OperationContext) => Record<string, unknown> | undefined;
  /** Most records one collection holds; a create past it is refused. Default: the twin's `maxRecords`. */
  maxRecords?: number;
}

/** The store of a running twin, by resource key. */
export interface TwinStore {
  get(resource: string, id: string): TwinRecord | undefined;
  all(resource: string): TwinRecord[];
  find(resource: string, where: (record: TwinRecord) => boolean): TwinRecord | undefined;
  /** Adds a record (its `parents` name the lookups it was created under, `{ organization: 'org_…' }`). */
  insert(resource: string, record: TwinRecord, parents?: Record<string, string>): TwinRecord;
  remove(resource: string, id: string): TwinRecord | undefined;
  parents(resource: string, id: string): Readonly<Record<string, string>>;
  count(resource: string): number;
}

/** What a vendor module reaches of the running twin. */
export interface TwinContext {
  readonly store: TwinStore;
  /** twin time, ms since the epoch */
  now(): number;
  /** A new id: `prefix` + `length` random letters and digits from the twin's seeded generator. */
  randomId(prefix: string, length?: number): string;
  /** A number in [0, 1) from the twin's seeded generator. */
  random(): number;
  /** Raises a lifecycle event on a record (`start` on a virtual machine); throws the vendor's error if not allowed. */
  raise(resource: string, record: TwinRecord, event: string): void;
  /** Puts a record in a lifecycle state (and schedules its next move). */
  enter(resource: string, record: TwinRecord, state: string): void;
  /** Throws the vendor's documented error answer of this operation (`404`, `ip_address_not_found`). */
  fail(status: number, code?: string, detail?: Record<string, unknown>): never;
  /**
   * Throws this answer as the operation's (checked against the spec like any): a refusal the examples do not
   * spell out (Hostway's fault with its own message), a documented redirect with its `Location`.
   */
  refuse(answer: Answer): never;
  /** The operation being served, when there is one. */
  readonly operation: OperationRow | undefined;
}

/** What an operation handler gets. */
export interface OperationContext {
  row: OperationRow;
  request: TwinRequest;
  /** the query parameters, deserialised (deepObject lookups as objects) and coerced to their types */
  query: Record<string, unknown>;
  /** path parameters */
  path: Record<string, string>;
  /** the JSON body, or `{}` without one */
  body: Record<string, unknown>;
  twin: TwinContext;
  /**
   * The parents the request implies besides its lookups (`VendorTwin.scope`: Hostway's account), lookup name → id;
   * `{}` for a vendor without a scope.
   */
  scope: Readonly<Record<string, string>>;
  /** the record named by a lookup (query first, then body) or a path parameter; throws the vendor's not-found */
  lookup(name: string): TwinRecord;
  /** the same, or undefined when the request does not name it */
  lookupOptional(name: string): TwinRecord | undefined;
  /** The record as the operation's answer shows it (its view, projected on the answer's schema at `pointer`). */
  show(resource: string, record: TwinRecord): TwinRecord;
  /** The operation's answer built from its first 2xx example, with these properties replaced. */
  answer(properties: Record<string, unknown>, status?: number): Answer;
  /** What the generic verb would answer (for a handler that adds to it). */
  generic(): Answer;
}

export type OperationHandler = (context: OperationContext) => Answer;

/** How a vendor pages its lists. */
export interface PaginationForm {
  /**
   * The slice of the items to answer, from the query, and what the answer holds beside them (`pagination`, `links`).
   * `context` is the list's request, for links that repeat its path (Hostway's `next`); `context.twin.refuse` answers
   * otherwise (Hostway's 303 to the first page of a list too long to send whole).
   */
  page(
    query: Record<string, unknown>,
    items: readonly TwinRecord[],
    context: OperationContext,
  ): { items: TwinRecord[]; extra: Record<string, unknown> };
}

/** How a vendor refuses requests that reach no operation or break a rule of the twin, in its own form. */
export interface TwinErrorForms {
  /** No operation has this path (Katapult `route_not_found`). */
  routeNotFound(method: string, pathname: string): MockAnswer;
  /** The path exists, not with this method. */
  methodNotAllowed(method: string, pathname: string, allowed: readonly string[]): MockAnswer;
  /** A body that is not JSON. */
  malformedJson(message: string): MockAnswer;
  /** A body over the twin's limit. */
  payloadTooLarge(limitBytes: number): MockAnswer;
  /** The twin's rate limit (`limit` requests a window) was reached; `retryAfterSeconds` when the vendor sends one. */
  rateLimited(limit: number, retryAfterSeconds: number): MockAnswer;
  /** A request that breaks the spec (the mock's form: `vendorErrorForms[vendor].invalidRequest`). */
  invalidRequest(violations: readonly Violation[]): MockAnswer;
  /** A request without credentials. */
  missingCredentials(): MockAnswer;
}

/** A vendor's twin: what the engine cannot read from the spec. */
export interface VendorTwin {
  vendor: string;
  /** the vendor's name in the request log, e.g. `katapult` */
  resources: Readonly<Record<string, ResourceSpec>>;
  /** Handlers by operationId, for operations no generic verb serves (or serves differently). */
  operations?: Readonly<Record<string, OperationHandler>>;
  /** Lifecycles by resource key. */
  lifecycles?: Readonly<Record<string, Lifecycle>>;
  /**
   * Corrections of the generated table where the spec alone reads an operation wrong (`getObjectStorageAccessKey`
   * looks up an `access_key`: `{ verb: 'get', resource: 'object_storage_access_key' }`); `pnpm generate` applies them.
   */
  corrections?: Readonly<Record<string, Partial<Pick<OperationRow, 'verb' | 'resource' | 'key'>>>>;
  /** Lookups named otherwise than their resource (`package` → `virtual_machine_package`). */
  aliases?: Readonly<Record<string, string>>;
  /**
   * The refusal of a create past the collection's cap (`max` records): a form the operation documents (Katapult's
   * 422), or, where it documents none that fits, the vendor's form marked `own` (Hostway's 403 `forbidden`).
   */
  collectionFull(context: OperationContext, resource: string, max: number): Answer;
  /**
   * The parents every request implies besides its lookups, lookup name → record id: Hostway's account, named by the
   * long form's path (`/accounts/{accountId}/flexcloud/…`) or, in the short form, by the credentials. A list holds
   * only the records under them (a record under none, a flavor, is everyone's), a create puts its record under them,
   * and a record under others is not found. Throws the vendor's not-found for a parent that names nothing held.
   */
  scope?: (context: OperationContext) => Record<string, string>;
  /** The fields a create or update request sets (Katapult: `properties`, or the body without its lookups). */
  fields(context: OperationContext): Record<string, unknown>;
  pagination: PaginationForm;
  errors: TwinErrorForms;
  /** Whether the 429 of the rate limit carries `Retry-After` (only where the vendor documents it). */
  retryAfter: boolean;
  /**
   * The seed world: the records a fresh twin holds, by resource. Default: `examples.fromExamples()`, every object
   * with an id that the spec's examples show under a resource's key; a module may change what that returns.
   */
  seed?: (examples: SeedSource) => SeedWorld;
}

/** The records of a world, by resource key; each record may name its parents (`$parents`: lookup → id). */
export type SeedWorld = Record<string, Array<TwinRecord & { $parents?: Record<string, string> }>>;

/** What a seed function reads. */
export interface SeedSource {
  /** The world of the spec's examples (engine.ts `seedFromExamples`). */
  fromExamples(): SeedWorld;
  /**
   * The examples of an operation's answer of `status` (default: its first 2xx), in the spec's order: for records the
   * examples show in a shape `fromExamples` cannot read (Hostway's zones, keyed by account number).
   */
  examples(operationId: string, status?: number): unknown[];
}
