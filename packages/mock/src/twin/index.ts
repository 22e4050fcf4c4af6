/**
 * Vendor twins: mocks that behave like the vendor's API over time. A twin keeps what requests create, answers lists
 * and lookups from it, moves builds and tasks through their states on a clock the test controls, and answers only
 * what the spec allows — every answer is checked against the spec before it is sent.
 *
 *   const twin = await createTwin('katapult');            // in this process: `twin.fetch` is a client's `fetch`
 *   const katapult = new Katapult({ token: 'test', fetch: twin.fetch });
 *
 *   const running = await startTwin('katapult');          // over HTTP: `running.url` is a client's `baseUrl`
 *
 * Both have the same controls (reset, snapshot/restore, inspect, clock, faults, failures, rate limit); a twin
 * started from the CLI (`cloudspecs-mock katapult --twin`) has them over HTTP under `/__twin` (twin/control.ts).
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { vendors } from '../generated/vendors.js';
import { requestLine } from '../request-line.js';
import type { ClockMode, ClockOptions, ClockState } from './clock.js';
import { control, type TwinControls } from './control.js';
import { Engine, type RequestRecord, type TwinSnapshot } from './engine.js';
import type { FaultRule, FaultRuleState, RateLimit } from './faults.js';
import { createFetch, listen, type TwinHandler } from './http.js';
import type { Json } from './spec.js';
import type { OperationRow, SeedWorld, TwinRecord } from './types.js';
import { twinModules } from './vendors/index.js';

export type { ClockMode, ClockOptions, ClockState } from './clock.js';
export { CONTROL_PREFIX, type RequestRecord, type TwinSnapshot } from './engine.js';
export type { Fault, FaultMatch, FaultRule, FaultRuleState, RateLimit } from './faults.js';
export type { OperationRow, SeedWorld, TwinRecord } from './types.js';

type Vendor = (typeof vendors)[number];

/** The vendors that have a twin (the others have the Prism mock only, `startMock`). */
export const twinVendors = Object.keys(twinModules).sort() as readonly Vendor[];

export interface TwinOptions {
  /**
   * Time for lifecycles: `'real'` (default; a task completes in about 2 s, a build in about 6 s, so a client's wait
   * with its default poll interval finishes in seconds), `'manual'` (still until `twin.clock.advance(ms)`), or
   * `{ mode, speed, start }` (`speed: 60`: a minute of twin time a second).
   */
  clock?: ClockMode | ClockOptions;
  /** seed of the ids and addresses the twin makes; default 1, so runs repeat */
  seed?: number;
  /** the world to start from (records by resource key) instead of the one built from the spec's examples */
  world?: SeedWorld;
  /** refuse requests past `limit` per `windowMs` (wall clock) with the vendor's 429; default none */
  rateLimit?: RateLimit;
  /** most records one collection holds (a create past it is refused with a 4xx); default 10 000 */
  maxRecords?: number;
  /** most bytes a request body may have (413 past it); default 1 MiB */
  maxBodyBytes?: number;
  /** print nothing per request; default: `createTwin` is quiet, `startTwin` prints a line per request */
  quiet?: boolean;
  /** where the line per request goes; default `console.log` */
  log?: (line: string) => void;
}

export interface StartTwinOptions extends TwinOptions {
  /** default 0: a free port */
  port?: number;
  /** default 127.0.0.1 */
  host?: string;
}

export interface Twin extends TwinControls {
  readonly vendor: Vendor;
  /** `fetch` answered by the twin in this process: pass it as a client's `fetch` option (any base URL). */
  readonly fetch: (input: string | URL | Request, init?: RequestInit) => Promise<Response>;
  /** every operation, as the generated table has it: stateful or from examples, with its resource and verb */
  readonly operations: readonly OperationRow[];
  readonly clock: {
    /** twin time, ms since the epoch */
    now(): number;
    /** moves twin time forward; lifecycles that fall due move at the next request */
    advance(ms: number): number;
    set(options: { mode?: ClockMode; speed?: number }): void;
    state(): ClockState;
  };
  /** back to the seed world (or to `world`, which then stays the world of later resets); faults cleared */
  reset(world?: SeedWorld): void;
  snapshot(): TwinSnapshot;
  restore(snapshot: TwinSnapshot): void;
  /** the records of a resource as stored (all fields), oldest first */
  inspect(resource: string): TwinRecord[];
  get(resource: string, id: string): TwinRecord | undefined;
  /** adds a fault rule; returns its id */
  fault(rule: FaultRule): number;
  clearFaults(id?: number): void;
  faults(): FaultRuleState[];
  /** the next `count` records of `resource` that reach a state that can fail end failed (a build: `failed`) */
  failNext(resource: string, count?: number): void;
  setRateLimit(rateLimit: RateLimit | undefined): void;
  /** the last requests answered (at most 200) */
  requests(): RequestRecord[];
  /** answers that broke the spec and were answered 500 instead: a test can assert there are none */
  violations(): RequestRecord[];
  describe(): TwinDescription;
  /** serves the twin over HTTP as well */
  listen(options?: { port?: number; host?: string }): Promise<{ url: string; close(): Promise<void> }>;
  /** stops every server `listen` started */
  close(): Promise<void>;
}

export interface RunningTwin extends Twin {
  /** base URL of the twin, e.g. http://127.0.0.1:40123 — pass it as `baseUrl` to a client */
  readonly url: string;
}

export interface TwinDescription {
  vendor: string;
  clock: ClockState;
  resources: Record<string, number>;
  operations: { stateful: number; examples: number };
  faults: FaultRuleState[];
  rateLimit: Required<RateLimit> | null;
  /** lifecycle moves waiting for their time */
  pendingMoves: number;
}

const documents = new Map<Vendor, Promise<Json>>();

/** The bundled spec the twin serves and checks against (the same file `startMock` serves). */
function loadDocument(vendor: Vendor): Promise<Json> {
  let document = documents.get(vendor);
  if (!document) {
    const path = fileURLToPath(new URL(`../../specs/${vendor}.json`, import.meta.url));
    document = readFile(path, 'utf8').then((text) => JSON.parse(text) as Json);
    documents.set(vendor, document);
  }
  return document;
}

/** A twin of `vendor` in this process. Resolves once its world is seeded. */
export async function createTwin(vendor: Vendor, options: TwinOptions = {}): Promise<Twin> {
  const load = (
    twinModules as Partial<
      Record<string, () => Promise<{ twin: import('./types.js').VendorTwin; operations: readonly OperationRow[] }>>
    >
  )[vendor];
  if (!vendors.includes(vendor)) {
    throw new Error(`createTwin: unknown vendor '${String(vendor)}'; expected one of ${twinVendors.join(', ')}`);
  }
  if (!load) {
    throw new Error(
      `createTwin: ${vendor} has no twin yet (twins: ${twinVendors.join(', ')}); its Prism mock is startMock('${vendor}')`,
    );
  }
  const [{ twin: module, operations }, document] = await Promise.all([load(), loadDocument(vendor)]);
  const clock: ClockOptions = typeof options.clock === 'string' ? { mode: options.clock } : (options.clock ?? {});
  const log =
    options.quiet === false || (options.quiet === undefined && options.log) ? (options.log ?? console.log) : undefined;
  const engine = new Engine(module, document, operations, {
    clock,
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    ...(options.world === undefined ? {} : { world: options.world }),
    ...(options.rateLimit === undefined ? {} : { rateLimit: options.rateLimit }),
    ...(options.maxRecords === undefined ? {} : { maxRecords: options.maxRecords }),
    ...(options.maxBodyBytes === undefined ? {} : { maxBodyBytes: options.maxBodyBytes }),
    ...(log
      ? {
          onRequest: (record: RequestRecord) =>
            log(
              `${requestLine(`${vendor} twin`, record.method, record.target, record.status, record.code, record.violations)}${record.note ? ` (${record.note})` : ''}`,
            ),
        }
      : {}),
  });
  if (options.world !== undefined) engine.checkWorld(options.world);
  const servers: Array<{ close(): Promise<void> }> = [];
  const basePaths = serverPaths(document);

  const twin: Twin = {
    vendor,
    operations,
    fetch: undefined as never,
    clock: {
      now: () => engine.clock.now(),
      advance: (ms) => engine.clock.advance(ms),
      set: (settings) => engine.clock.set(settings),
      state: () => engine.clock.state(),
    },
    reset(world) {
      engine.reset(world === undefined ? undefined : engine.checkWorld(world));
    },
    snapshot: () => engine.snapshot(),
    restore(snapshot) {
      if (snapshot === null || typeof snapshot !== 'object' || !snapshot.store || !snapshot.clock) {
        throw new TypeError('twin restore: expected what snapshot() returned');
      }
      engine.restore(snapshot);
    },
    inspect(resource) {
      engine.settle();
      return engine.store.all(resource).map((record) => structuredClone(record));
    },
    get(resource, id) {
      engine.settle();
      const record = engine.store.get(resource, id);
      return record === undefined ? undefined : structuredClone(record);
    },
    fault(rule) {
      if (rule.operationId !== undefined) {
        const operation = engine.spec.operations.get(rule.operationId);
        if (!operation) throw new Error(`twin fault: ${vendor} has no operation ${rule.operationId}`);
        const documented = [...operation.responses.keys()];
        // any 5xx may be injected, and a 429 (the twin's rate-limit answer where the operation documents none)
        const undocumented = rule.status !== undefined && rule.status < 500 && rule.status !== 429;
        if (undocumented && !documented.includes(String(rule.status))) {
          throw new Error(
            `twin fault: ${rule.operationId} does not document ${rule.status}; it documents ${documented.join(', ')} (any 5xx or a 429 may be injected)`,
          );
        }
      }
      return engine.faults.add(rule);
    },
    clearFaults: (id) => engine.faults.remove(id),
    faults: () => engine.faults.list(),
    failNext: (resource, count = 1) => engine.lifecycles.fail(resource, count),
    setRateLimit: (rateLimit) => engine.setRateLimit(rateLimit),
    requests: () => engine.requests(),
    violations: () => engine.violations(),
    describe() {
      engine.settle();
      const resources: Record<string, number> = {};
      for (const resource of engine.store.resources()) resources[resource] = engine.store.count(resource);
      const stateful = operations.filter((row) => row.served === 'stateful').length;
      return {
        vendor,
        clock: engine.clock.state(),
        resources,
        operations: { stateful, examples: operations.length - stateful },
        faults: engine.faults.list(),
        rateLimit: engine.rateLimit() ?? null,
        pendingMoves: engine.lifecycles.pending(),
      };
    },
    async listen(settings = {}) {
      const server = await listen(handler, settings.port ?? 0, settings.host ?? '127.0.0.1');
      servers.push(server);
      return server;
    },
    async close() {
      await Promise.all(servers.splice(0).map((server) => server.close()));
    },
  };
  const handler: TwinHandler = { engine, basePaths, control: (request) => control(twin, request) };
  (twin as { fetch: Twin['fetch'] }).fetch = createFetch(handler);
  return twin;
}

/** A twin of `vendor` over HTTP (and in process: it has `fetch` too); prints a line per request unless `quiet`. */
export async function startTwin(vendor: Vendor, options: StartTwinOptions = {}): Promise<RunningTwin> {
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`startTwin: port must be an integer from 0 to 65535, got ${String(options.port)}`);
  }
  const twin = await createTwin(vendor, { ...options, quiet: options.quiet ?? false });
  const server = await twin.listen({ port, ...(options.host === undefined ? {} : { host: options.host }) });
  return Object.assign(twin, { url: server.url });
}

/** The path part of the spec's server URLs (`/core/v1`): a twin answers there as well as at its root. */
function serverPaths(document: Json): string[] {
  const paths = new Set<string>();
  for (const server of (document.servers as Array<{ url?: unknown }> | undefined) ?? []) {
    if (typeof server.url !== 'string') continue;
    const path = server.url.replace(/^[a-z]+:\/\/[^/]*/i, '').replace(/\/$/, '');
    if (path !== '' && !path.includes('{')) paths.add(path);
  }
  return [...paths];
}
