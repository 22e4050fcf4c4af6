/**
 * The control API over HTTP, under `/__twin` (no vendor path starts with it: checked when a twin is created), for
 * tests in other languages and for a twin started from the CLI. JSON in, JSON out; the same operations as the
 * programmatic API (twin/index.ts):
 *
 *   GET    /__twin                         what the twin is: vendor, clock, counts per resource, faults, rate limit
 *   POST   /__twin/reset                   back to the seed world, or to `{ "world": {…} }` (a fixture) from now on
 *   GET    /__twin/snapshot                everything the twin holds;  POST /__twin/restore  puts a snapshot back
 *   GET    /__twin/resources[/<resource>[/<id>]]   inspect the state
 *   GET    /__twin/clock                   POST /__twin/clock  `{ "advance": 5000 }`, `{ "mode": "manual" }`, `{ "speed": 60 }`
 *   GET    /__twin/faults                  POST /__twin/faults  a rule (`{ "operationId": "…", "status": 503, "count": 2 }`;
 *                                          `path` a string, `pathPattern` a regular expression)
 *   DELETE /__twin/faults[/<id>]
 *   POST   /__twin/failures                `{ "resource": "virtual_machine_build", "count": 1 }`: the next builds fail
 *   PUT    /__twin/rate-limit              `{ "limit": 60, "windowMs": 60000 }`;  DELETE /__twin/rate-limit
 *   GET    /__twin/requests                the last requests;  GET /__twin/violations  answers that broke the spec
 */
import type { ClockMode, ClockState } from './clock.js';
import type { RawAnswer, RawRequest, RequestRecord, TwinSnapshot } from './engine.js';
import type { FaultRule, FaultRuleState, RateLimit } from './faults.js';
import type { SeedWorld, TwinRecord } from './types.js';

/** What the control API drives: the programmatic controls of a twin (twin/index.ts `Twin` has them all). */
export interface TwinControls {
  readonly clock: {
    advance(ms: number): number;
    set(options: { mode?: ClockMode; speed?: number }): void;
    state(): ClockState;
  };
  reset(world?: SeedWorld): void;
  snapshot(): TwinSnapshot;
  restore(snapshot: TwinSnapshot): void;
  inspect(resource: string): TwinRecord[];
  get(resource: string, id: string): TwinRecord | undefined;
  fault(rule: FaultRule): number;
  clearFaults(id?: number): void;
  faults(): FaultRuleState[];
  failNext(resource: string, count?: number): void;
  setRateLimit(rateLimit: RateLimit | undefined): void;
  requests(): RequestRecord[];
  violations(): RequestRecord[];
  describe(): { resources: Record<string, number> };
}

function json(status: number, body: unknown): RawAnswer {
  return { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

function problem(status: number, title: string): RawAnswer {
  return {
    status,
    headers: { 'content-type': 'application/problem+json' },
    body: JSON.stringify({ type: 'urn:cloudspecs-mock:twin-control', title, status }),
  };
}

const ROUTES = [
  'GET /__twin',
  'POST /__twin/reset',
  'GET /__twin/snapshot',
  'POST /__twin/restore',
  'GET /__twin/resources[/<resource>[/<id>]]',
  'GET|POST /__twin/clock',
  'GET|POST|DELETE /__twin/faults',
  'POST /__twin/failures',
  'PUT|DELETE /__twin/rate-limit',
  'GET /__twin/requests',
  'GET /__twin/violations',
];

export async function control(twin: TwinControls, request: RawRequest): Promise<RawAnswer> {
  const [pathname = ''] = request.target.split('?');
  const parts = pathname.split('/').filter(Boolean).slice(1).map(decodeURIComponent);
  const method = request.method.toUpperCase();
  let body: Record<string, unknown> = {};
  if (request.body && request.body.byteLength > 0) {
    try {
      const parsed: unknown = JSON.parse(new TextDecoder().decode(request.body));
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        return problem(400, 'the control API takes a JSON object');
      }
      body = parsed as Record<string, unknown>;
    } catch (error) {
      return problem(400, `the body is not JSON: ${(error as Error).message}`);
    }
  }
  try {
    const [section, name, id] = parts;
    const route = `${method} ${section ?? ''}`;
    switch (route) {
      case 'GET ':
        return json(200, twin.describe());
      case 'POST reset':
        twin.reset(body.world === undefined ? undefined : (body.world as never));
        return json(200, twin.describe());
      case 'GET snapshot':
        return json(200, twin.snapshot());
      case 'POST restore':
        twin.restore(body as never);
        return json(200, twin.describe());
      case 'GET resources': {
        if (name === undefined) return json(200, twin.describe().resources);
        if (id === undefined) return json(200, twin.inspect(name));
        const record = twin.get(name, id);
        return record ? json(200, record) : problem(404, `no ${name} ${id} in the twin`);
      }
      case 'GET clock':
        return json(200, twin.clock.state());
      case 'POST clock': {
        if (body.mode !== undefined || body.speed !== undefined) {
          twin.clock.set({
            ...(body.mode === undefined ? {} : { mode: body.mode as 'real' | 'manual' }),
            ...(body.speed === undefined ? {} : { speed: Number(body.speed) }),
          });
        }
        if (body.advance !== undefined) twin.clock.advance(Number(body.advance));
        return json(200, twin.clock.state());
      }
      case 'GET faults':
        return json(200, twin.faults());
      case 'POST faults': {
        const { pathPattern, ...rule } = body as FaultRule & { pathPattern?: string; count?: number | null };
        const count = rule.count === null ? Number.POSITIVE_INFINITY : rule.count;
        const added = twin.fault({
          ...rule,
          ...(count === undefined ? {} : { count }),
          ...(pathPattern === undefined ? {} : { path: new RegExp(pathPattern) }),
        } as FaultRule);
        return json(201, { id: added });
      }
      case 'DELETE faults':
        twin.clearFaults(name === undefined ? undefined : Number(name));
        return json(200, twin.faults());
      case 'POST failures':
        twin.failNext(String(body.resource), body.count === undefined ? 1 : Number(body.count));
        return json(200, twin.describe());
      case 'PUT rate-limit':
        twin.setRateLimit({
          limit: Number(body.limit),
          ...(body.windowMs === undefined ? {} : { windowMs: Number(body.windowMs) }),
        });
        return json(200, twin.describe());
      case 'DELETE rate-limit':
        twin.setRateLimit(undefined);
        return json(200, twin.describe());
      case 'GET requests':
        return json(200, twin.requests());
      case 'GET violations':
        return json(200, twin.violations());
      default:
        return problem(404, `no control route ${method} ${pathname}; the routes: ${ROUTES.join(', ')}`);
    }
  } catch (error) {
    return problem(400, error instanceof Error ? error.message : String(error));
  }
}
