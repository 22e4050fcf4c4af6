/**
 * Faults a test asks for, and the twin's optional rate limit.
 *
 * A fault rule matches requests (by operationId, or by method and path) and applies to the next `count` of them:
 * a documented error status (its example, or the one with `code`), any 5xx, latency before the answer, a connection
 * dropped before or after the twin acted on the request, or a body cut short. Rules are kept in the order added;
 * the first that matches is used and counts down; a spent rule is removed, so the list cannot grow by itself.
 */
export interface FaultMatch {
  /** the operation, e.g. `createIpAddress` */
  operationId?: string;
  /** HTTP method, any case */
  method?: string;
  /** the path (without query), exactly, or a pattern */
  path?: string | RegExp;
}

export interface Fault {
  /** answer with this status: the operation's documented example of it (or any 5xx the operation does not document) */
  status?: number;
  /** with `status`: the documented example whose vendor code this is (`no_available_addresses`) */
  code?: string;
  /** wait this long (wall clock) before answering */
  latencyMs?: number;
  /** close the connection without an answer: `'after'` (default) the twin has acted on the request, `'before'` not */
  drop?: boolean | 'before' | 'after';
  /** send the headers and half the body, then close the connection (after the twin acted on the request) */
  truncate?: boolean;
}

export interface FaultRule extends FaultMatch, Fault {
  /** how many matching requests it applies to; default 1; `Infinity` for every one */
  count?: number;
}

interface StoredRule {
  id: number;
  match: FaultMatch;
  fault: Fault;
  left: number;
}

/** A rule as `faults()` lists it. */
export interface FaultRuleState {
  id: number;
  match: { operationId?: string; method?: string; path?: string };
  fault: Fault;
  left: number | 'every';
}

export class FaultRules {
  #rules: StoredRule[] = [];
  #next = 1;

  add(rule: FaultRule): number {
    const { operationId, method, path, count = 1, ...fault } = rule;
    if (!(count === Number.POSITIVE_INFINITY || (Number.isInteger(count) && count > 0))) {
      throw new RangeError(`twin fault: count must be a whole number above 0 or Infinity, got ${count}`);
    }
    if (fault.status !== undefined && !(Number.isInteger(fault.status) && fault.status >= 400 && fault.status <= 599)) {
      throw new RangeError(`twin fault: status must be an error status (400–599), got ${fault.status}`);
    }
    if (fault.latencyMs !== undefined && !(Number.isFinite(fault.latencyMs) && fault.latencyMs >= 0)) {
      throw new RangeError(`twin fault: latencyMs must be a number of ms, got ${fault.latencyMs}`);
    }
    if (fault.status === undefined && fault.latencyMs === undefined && !fault.drop && !fault.truncate) {
      throw new TypeError('twin fault: say what to do: status, latencyMs, drop or truncate');
    }
    const match: FaultMatch = {};
    if (operationId !== undefined) match.operationId = operationId;
    if (method !== undefined) match.method = method.toUpperCase();
    if (path !== undefined) match.path = path;
    const id = this.#next++;
    this.#rules.push({ id, match, fault, left: count });
    return id;
  }

  /** The fault for this request, counted down; undefined when no rule matches. */
  take(operationId: string | undefined, method: string, pathname: string): Fault | undefined {
    const index = this.#rules.findIndex(({ match }) => {
      if (match.operationId !== undefined && match.operationId !== operationId) return false;
      if (match.method !== undefined && match.method !== method.toUpperCase()) return false;
      if (typeof match.path === 'string' && match.path !== pathname) return false;
      if (match.path instanceof RegExp && !match.path.test(pathname)) return false;
      return true;
    });
    const rule = this.#rules[index];
    if (!rule) return undefined;
    rule.left -= 1;
    if (rule.left <= 0) this.#rules.splice(index, 1);
    return rule.fault;
  }

  remove(id?: number): void {
    this.#rules = id === undefined ? [] : this.#rules.filter((rule) => rule.id !== id);
  }

  list(): FaultRuleState[] {
    return this.#rules.map(({ id, match, fault, left }) => ({
      id,
      match: {
        ...(match.operationId === undefined ? {} : { operationId: match.operationId }),
        ...(match.method === undefined ? {} : { method: match.method }),
        ...(match.path === undefined ? {} : { path: String(match.path) }),
      },
      fault,
      left: left === Number.POSITIVE_INFINITY ? 'every' : left,
    }));
  }
}

export interface RateLimit {
  /** requests allowed per window */
  limit: number;
  /** the window, ms of wall-clock time; default 60 000 (the vendors count per minute) */
  windowMs?: number;
}

/**
 * A fixed window over every vendor request the twin serves (control requests are not counted), on the wall clock
 * (`Date.now()`, so a test's fake timers move it).
 */
export class RateLimiter {
  #limit: number;
  #windowMs: number;
  #windowStart = Date.now();
  #used = 0;

  constructor(options: RateLimit) {
    if (!Number.isInteger(options.limit) || options.limit < 1) {
      throw new RangeError(`twin rate limit: limit must be a whole number of requests ≥ 1, got ${options.limit}`);
    }
    const windowMs = options.windowMs ?? 60_000;
    if (!Number.isFinite(windowMs) || windowMs <= 0) {
      throw new RangeError(`twin rate limit: windowMs must be a number of ms above 0, got ${options.windowMs}`);
    }
    this.#limit = options.limit;
    this.#windowMs = windowMs;
  }

  get settings(): Required<RateLimit> {
    return { limit: this.#limit, windowMs: this.#windowMs };
  }

  /** Counts a request: undefined when allowed, else the ms until the window opens again. */
  take(): number | undefined {
    const now = Date.now();
    if (now - this.#windowStart >= this.#windowMs) {
      this.#windowStart = now;
      this.#used = 0;
    }
    if (this.#used < this.#limit) {
      this.#used += 1;
      return undefined;
    }
    return Math.max(1, Math.ceil(this.#windowStart + this.#windowMs - now));
  }
}
