/**
 * Client-side rate limiting. A `RateLimiter` is given to one or more clients (`rateLimiter` option); every attempt of
 * every request they send passes through it: at most `maxInFlight` at once and `maxPerInterval` per `intervalMs`,
 * for the whole limiter and for each request class (`read` and `write` unless `classify` says otherwise). When the
 * server answers a request with a rate limit (429), its class is held for the time the server asked: the queued
 * requests of that class wait too, instead of each finding the limit on its own. Other classes go on.
 *
 * Nothing runs while nothing waits: no timer at import or when a limiter is made, one timer per limiter while
 * requests wait for a window to open or a hold to end (cleared when the last one leaves), none while requests only
 * wait for one in flight to end. What a limiter keeps is bounded: its waiting requests, and per limit at most
 * `maxPerInterval` timestamps.
 *
 * The request path (send.ts) sees only the `Gate` of a call: `through` runs each attempt (admitted, run, a 429's class
 * held, left), `held` says whether the answer said to wait and `again` decides whether to send it again. All of it is
 * reached through a RateLimiter the user made, so a bundle without one holds none of it.
 */
import type { CallTrace, RateLimitHit } from './call-report.js';
import { ConfigurationError, RateLimitError } from './errors.js';
import type { Reporter } from './reporter.js';
import { parseRetryAfter } from './retry-after.js';
import type { RetryPolicy } from './retry-policy.js';

/** Limits of the whole limiter, or of one request class. Each is optional: a limit not given does not apply. */
export interface RateLimits {
  /** Requests sent and not yet answered, at most. */
  maxInFlight?: number | undefined;
  /**
   * Requests per `intervalMs`, at most, over any stretch of that length: a request counts from when it is sent
   * until `intervalMs` after its answer ended, so a server counting arrivals in fixed windows never sees more.
   */
  maxPerInterval?: number | undefined;
  /** The interval of `maxPerInterval`, in ms. Default 60 000 (a minute). */
  intervalMs?: number | undefined;
}

/** What `classify` is given. */
export interface RateLimitedRequest {
  /** `katapult`, `hostway`, `scp`: a limiter may be shared by clients of several vendors. */
  vendor: string;
  /** `GET`, `POST`, … */
  method: string;
  /** The operation's path template, e.g. `/organizations/{organization}/ip_addresses`. */
  path: string;
}

export type { RateLimitHit };

export interface RateLimiterOptions extends RateLimits {
  /**
   * Limits per request class, on top of the limiter-wide ones: `{ write: { maxPerInterval: 60 } }`. A class not
   * listed has only the limiter-wide limits, and is still held on its own when the server says to wait.
   */
  classes?: Readonly<Record<string, RateLimits>> | undefined;
  /** The class of a request. Default: `read` for GET, HEAD and OPTIONS, `write` for any other method. */
  classify?: ((request: RateLimitedRequest) => string) | undefined;
  /**
   * Called for each answer that says to wait (429); `true` waits `retryAfterMs` and sends the request again (the
   * class is held meanwhile), anything else gives that answer to the caller (`RateLimitError`). Default: send again
   * up to `maxRetries` times (the call's). These retries do not use up `maxRetries` for failures, and a wait longer
   * than the call's `timeout` (or 60 s) is never made. A callback that throws counts as `false`.
   */
  onRateLimit?: ((hit: RateLimitHit) => boolean | Promise<boolean>) | undefined;
}

/** An attempt let through; `leave` when it ended (its answer read, or its failure), exactly once. */
export interface Ticket {
  leave(): void;
}

/** A request that must not be sent: its class is held for longer than the call may wait. */
class HeldTooLong {
  constructor(
    readonly remainingMs: number,
    readonly requestClass: string,
    readonly status: number,
    readonly code: string | undefined,
  ) {}
}

/** What a call's gate needs to know of the call (send.ts gives it). */
export interface GateCall extends RateLimitedRequest {
  signal: AbortSignal | undefined;
  timeoutMs: number;
  maxRetries: number;
  policy: Pick<RetryPolicy, 'initialDelayMs' | 'maxDelayMs' | 'maxRetryAfterMs'>;
  /** The request's reporter: its URL (as sent), log entries and redactor. */
  report: Pick<Reporter, 'url' | 'log' | 'redactor'>;
  trace: CallTrace | undefined;
}

/** How an attempt ended, as far as the limiter reads it: a `response` with status 429 holds the request's class. */
export interface GatedAttempt {
  kind: string;
  status?: number;
  response?: Response;
  /** The vendor's error code of the answer. */
  code?: string | undefined;
}

/** One call's way through the limiter. */
export interface Gate {
  /**
   * One attempt through the limiter: it waits for its turn, is run, and leaves. A request whose class the server
   * holds for longer than the call may wait (its timeout, never over `maxRetryAfterMs`) is not run: RateLimitError at
   * once; the caller's abort while waiting rejects with `cancelled()`. An attempt answered 429 holds its class for
   * the server's Retry-After (or the backoff without jitter when it gave none) before it leaves: `held` is then that
   * hold, in ms, else undefined.
   */
  through<T extends GatedAttempt>(attempt: number, cancelled: () => Error, run: () => Promise<T>): Promise<T>;
  readonly held: number | undefined;
  /**
   * Whether to send the request whose attempt was `held` again once the hold ends: `onRateLimit` (or up to
   * maxRetries), never for a hold longer than the call may wait; told to the log and the span.
   */
  again(status: number, code: string | undefined): Promise<boolean>;
}

const DEFAULT_INTERVAL_MS = 60_000;
/** setTimeout's limit. */
const MAX_TIMER_MS = 2_147_483_647;

/** The limits of one scope (the whole limiter, or one class): what is in flight, and when recent requests ended. */
class Window {
  inFlight = 0;
  readonly #maxInFlight: number;
  readonly #maxPerInterval: number;
  readonly #intervalMs: number;
  /** When the last requests ended, oldest first, from `#head`; at most `#maxPerInterval` of them matter. */
  #ended: number[] = [];
  #head = 0;

  constructor(limits: RateLimits) {
    this.#maxInFlight = limits.maxInFlight ?? Number.POSITIVE_INFINITY;
    this.#maxPerInterval = limits.maxPerInterval ?? Number.POSITIVE_INFINITY;
    this.#intervalMs = limits.intervalMs ?? DEFAULT_INTERVAL_MS;
  }

  /** When a request may start: `now` or earlier when it may now, `Infinity` when only an end can make room. */
  readyAt(now: number): number {
    if (this.inFlight >= this.#maxInFlight) return Number.POSITIVE_INFINITY;
    if (this.#maxPerInterval === Number.POSITIVE_INFINITY) return now;
    const since = now - this.#intervalMs;
    while (this.#head < this.#ended.length && (this.#ended[this.#head] as number) <= since) this.#head++;
    const recent = this.#ended.length - this.#head;
    if (this.inFlight + recent < this.#maxPerInterval) return now;
    // Full: room comes when the oldest recent request leaves the interval, or when one in flight ends and then does.
    return recent === 0 ? Number.POSITIVE_INFINITY : (this.#ended[this.#head] as number) + this.#intervalMs;
  }

  start(): void {
    this.inFlight++;
  }

  end(now: number): void {
    this.inFlight--;
    if (this.#maxPerInterval === Number.POSITIVE_INFINITY) return;
    this.#ended.push(now);
    // Only the newest maxPerInterval can still count; the array is cut when its dead head grows.
    if (this.#ended.length - this.#head > this.#maxPerInterval) this.#head++;
    if (this.#head > 64 && this.#head * 2 > this.#ended.length) {
      this.#ended = this.#ended.slice(this.#head);
      this.#head = 0;
    }
  }

  /** Nothing in flight and nothing that still counts: the scope can be forgotten. */
  idle(now: number): boolean {
    return this.inFlight === 0 && this.readyAt(now) <= now && this.#ended.length === this.#head;
  }
}

interface Waiter {
  /** Order of service within the limiter: lower first. A retry after a rate limit is given a low one. */
  order: number;
  maxHoldMs: number;
  resolve(ticket: Ticket): void;
  reject(reason: unknown): void;
  /** Stops listening to the call's signal. */
  unlisten(): void;
  gone: boolean;
}

/** A request class: its own limits (if any), its hold, and the requests of it waiting, in order. */
class RequestClass {
  readonly window: Window | undefined;
  /** Requests of this class sent and not yet ended. */
  active = 0;
  heldUntil = 0;
  holdStatus = 429;
  holdCode: string | undefined;
  queue: Waiter[] = [];
  head = 0;

  constructor(
    readonly name: string,
    limits: RateLimits | undefined,
  ) {
    this.window = limits ? new Window(limits) : undefined;
  }

  /** The first waiter still waiting, dropping those that left. */
  first(): Waiter | undefined {
    while (this.head < this.queue.length) {
      const waiter = this.queue[this.head] as Waiter;
      if (!waiter.gone) return waiter;
      this.shift();
    }
    return undefined;
  }

  shift(): void {
    this.queue[this.head] = undefined as unknown as Waiter;
    this.head++;
    if (this.head === this.queue.length) {
      this.queue = [];
      this.head = 0;
    } else if (this.head > 64 && this.head * 2 > this.queue.length) {
      this.queue = this.queue.slice(this.head);
      this.head = 0;
    }
  }

  waiting(): boolean {
    return this.first() !== undefined;
  }
}

/** The limiter's state and its scheduling; reached by the runtime through `gateOf`, never by users. */
class LimiterCore {
  readonly global: Window;
  readonly classes = new Map<string, RequestClass>();
  readonly classLimits: Readonly<Record<string, RateLimits>>;
  readonly classify: (request: RateLimitedRequest) => string;
  readonly onRateLimit: RateLimiterOptions['onRateLimit'];
  waiting = 0;
  inFlight = 0;
  #order = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #timerAt = Number.POSITIVE_INFINITY;

  constructor(options: RateLimiterOptions) {
    this.global = new Window(options);
    this.classLimits = options.classes ?? {};
    this.classify = options.classify ?? defaultClassify;
    this.onRateLimit = options.onRateLimit;
  }

  gate(call: GateCall): Gate {
    return new CallGate(this, this.#classOf(call), call);
  }

  #classOf(request: GateCall): string {
    const name = this.classify({ vendor: request.vendor, method: request.method, path: request.path });
    if (typeof name !== 'string' || name === '') {
      throw new ConfigurationError(
        `${request.vendor}: the rate limiter's classify must return a class name (a non-empty string); got ${typeof name === 'string' ? 'an empty string' : typeof name} for ${request.method} ${request.path}.`,
        { option: 'rateLimiter' },
      );
    }
    return name;
  }

  #class(name: string): RequestClass {
    let found = this.classes.get(name);
    if (found === undefined) {
      found = new RequestClass(name, Object.hasOwn(this.classLimits, name) ? this.classLimits[name] : undefined);
      this.classes.set(name, found);
    }
    return found;
  }

  #readyAt(requestClass: RequestClass, now: number): number {
    const global = this.global.readyAt(now);
    const own = requestClass.window?.readyAt(now) ?? now;
    return Math.max(global, own);
  }

  #start(requestClass: RequestClass): Ticket {
    this.global.start();
    requestClass.window?.start();
    requestClass.active++;
    this.inFlight++;
    let left = false;
    return {
      leave: () => {
        if (left) return;
        left = true;
        const now = performance.now();
        this.global.end(now);
        requestClass.window?.end(now);
        requestClass.active--;
        this.inFlight--;
        if (this.waiting > 0) this.#pump();
        else this.#forget(requestClass, now);
      },
    };
  }

  enter(name: string, signal: AbortSignal | undefined, maxHoldMs: number, first: boolean): Ticket | Promise<Ticket> {
    const requestClass = this.#class(name);
    const now = performance.now();
    const held = requestClass.heldUntil - now;
    if (held > maxHoldMs) {
      throw new HeldTooLong(Math.ceil(held), name, requestClass.holdStatus, requestClass.holdCode);
    }
    if (held <= 0 && !requestClass.waiting() && this.#readyAt(requestClass, now) <= now) {
      return this.#start(requestClass);
    }
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise<Ticket>((resolve, reject) => {
      const waiter: Waiter = {
        // A retry after a rate limit was already waiting its turn: it goes before those that came after it.
        order: first ? -(2 ** 52) + this.#order++ : this.#order++,
        maxHoldMs,
        resolve,
        reject,
        unlisten: () => {},
        gone: false,
      };
      if (signal) {
        const onAbort = () => {
          this.#leaveQueue(waiter);
          reject(signal.reason);
        };
        signal.addEventListener('abort', onAbort, { once: true });
        waiter.unlisten = () => signal.removeEventListener('abort', onAbort);
      }
      if (first) {
        // After the retries already waiting, before everything else.
        let at = requestClass.head;
        while (at < requestClass.queue.length && (requestClass.queue[at] as Waiter).order < 0) at++;
        requestClass.queue.splice(at, 0, waiter);
      } else {
        requestClass.queue.push(waiter);
      }
      this.waiting++;
      this.#pump();
    });
  }

  #leaveQueue(waiter: Waiter): void {
    if (waiter.gone) return;
    waiter.gone = true;
    waiter.unlisten();
    this.waiting--;
    if (this.waiting === 0) {
      this.#clearTimer();
      // Every queue now holds only waiters that left: let them go.
      for (const [, requestClass] of this.classes) {
        requestClass.queue = [];
        requestClass.head = 0;
      }
      const now = performance.now();
      for (const [, requestClass] of this.classes) this.#forget(requestClass, now);
    }
  }

  /** Lets through every waiter that may go now, oldest first across classes, and sets the timer for the next. */
  #pump(): void {
    const now = performance.now();
    let wakeAt = Number.POSITIVE_INFINITY;
    for (;;) {
      let next: RequestClass | undefined;
      let nextOrder = Number.POSITIVE_INFINITY;
      for (const [, requestClass] of this.classes) {
        let waiter = requestClass.first();
        // A class held longer than a waiter may wait: that waiter is refused at once, never sent.
        while (waiter !== undefined && requestClass.heldUntil - now > waiter.maxHoldMs) {
          const refused = waiter;
          this.#leaveQueue(refused);
          refused.reject(
            new HeldTooLong(
              Math.ceil(requestClass.heldUntil - now),
              requestClass.name,
              requestClass.holdStatus,
              requestClass.holdCode,
            ),
          );
          waiter = requestClass.first();
        }
        if (waiter === undefined) continue;
        if (requestClass.heldUntil > now) {
          wakeAt = Math.min(wakeAt, requestClass.heldUntil);
          continue;
        }
        const own = requestClass.window?.readyAt(now) ?? now;
        if (own > now) {
          wakeAt = Math.min(wakeAt, own);
          continue;
        }
        if (waiter.order < nextOrder) {
          next = requestClass;
          nextOrder = waiter.order;
        }
      }
      if (next === undefined) break;
      const global = this.global.readyAt(now);
      if (global > now) {
        wakeAt = Math.min(wakeAt, global);
        break;
      }
      const waiter = next.first() as Waiter;
      next.shift();
      waiter.gone = true;
      waiter.unlisten();
      this.waiting--;
      waiter.resolve(this.#start(next));
    }
    this.#schedule(wakeAt, now);
  }

  #schedule(wakeAt: number, now: number): void {
    if (this.waiting === 0 || wakeAt === Number.POSITIVE_INFINITY) {
      this.#clearTimer();
      return;
    }
    if (this.#timer !== undefined && this.#timerAt <= wakeAt) return;
    this.#clearTimer();
    this.#timerAt = wakeAt;
    // Not unref'd: requests are waiting on it, as they would on a socket. It exists only while they do.
    this.#timer = setTimeout(
      () => {
        this.#timer = undefined;
        this.#timerAt = Number.POSITIVE_INFINITY;
        this.#pump();
      },
      Math.min(MAX_TIMER_MS, Math.max(0, Math.ceil(wakeAt - now))),
    );
  }

  #clearTimer(): void {
    if (this.#timer === undefined) return;
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#timerAt = Number.POSITIVE_INFINITY;
  }

  hold(name: string, ms: number, status: number, code: string | undefined): void {
    const requestClass = this.#class(name);
    const until = performance.now() + ms;
    if (until <= requestClass.heldUntil) return;
    requestClass.heldUntil = until;
    requestClass.holdStatus = status;
    requestClass.holdCode = code;
    // Waiters that cannot wait this long are refused now rather than when their turn comes.
    if (requestClass.waiting()) this.#pump();
  }

  async decide(hit: RateLimitHit, byDefault: boolean): Promise<boolean> {
    if (this.onRateLimit === undefined) return byDefault;
    try {
      return (await this.onRateLimit(hit)) === true;
    } catch {
      return false;
    }
  }

  /** A class without limits of its own, idle and not held, is forgotten: `classify` may name many. */
  #forget(requestClass: RequestClass, now: number): void {
    if (
      requestClass.active === 0 &&
      requestClass.heldUntil <= now &&
      !requestClass.waiting() &&
      (requestClass.window === undefined || requestClass.window.idle(now))
    ) {
      this.classes.delete(requestClass.name);
    }
  }
}

/** A call's gate: its class, and how many times it was sent again after a rate limit. */
class CallGate implements Gate {
  held: number | undefined = undefined;
  #retries = 0;
  #afterRateLimit = false;

  constructor(
    readonly core: LimiterCore,
    readonly requestClass: string,
    readonly call: GateCall,
  ) {}

  #maxWaitMs(): number {
    return Math.min(this.call.timeoutMs, this.call.policy.maxRetryAfterMs);
  }

  async through<T extends GatedAttempt>(attempt: number, cancelled: () => Error, run: () => Promise<T>): Promise<T> {
    this.held = undefined;
    const admitted = this.#admit(attempt, cancelled);
    const ticket = admitted instanceof Promise ? await admitted : admitted;
    try {
      const result = await run();
      // Held before the attempt leaves the limiter, so that no request of its class takes its place meanwhile.
      if (result.kind === 'response' && result.status === 429 && result.response !== undefined) {
        this.held = this.#hold(result.response, result.code);
      }
      return result;
    } finally {
      ticket.leave();
    }
  }

  /** A ticket at once when nothing is in the way, else a promise of one. */
  #admit(attempt: number, cancelled: () => Error): Ticket | Promise<Ticket> {
    const { signal } = this.call;
    const first = this.#afterRateLimit;
    this.#afterRateLimit = false;
    let entry: Ticket | Promise<Ticket>;
    try {
      entry = this.core.enter(this.requestClass, signal, this.#maxWaitMs(), first);
    } catch (error) {
      throw error instanceof HeldTooLong ? this.#refused(error, attempt) : error;
    }
    if (!(entry instanceof Promise)) return entry;
    const since = performance.now();
    return entry.then(
      (ticket) => {
        const waitedMs = Math.round(performance.now() - since);
        this.call.trace?.rateLimitWait(this.requestClass, waitedMs, attempt);
        const { method } = this.call;
        this.call.report.log('debug', (url) => `${method} ${url} waited ${waitedMs} ms in the rate limiter`, {
          attempt,
          durationMs: waitedMs,
        });
        return ticket;
      },
      (error: unknown) => {
        if (error instanceof HeldTooLong) throw this.#refused(error, attempt);
        if (signal?.aborted) throw cancelled();
        throw error;
      },
    );
  }

  #hold(response: Response, code: string | undefined): number {
    const { policy } = this.call;
    const ms =
      parseRetryAfter(response.headers.get('retry-after')) ??
      Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** this.#retries);
    this.core.hold(this.requestClass, ms, response.status, code);
    return ms;
  }

  async again(status: number, code: string | undefined): Promise<boolean> {
    const { call } = this;
    const holdMs = this.held ?? 0;
    const redactor = call.report.redactor();
    const url = redactor.url(call.report.url);
    const hit: RateLimitHit = {
      vendor: call.vendor,
      method: call.method,
      url,
      path: call.path,
      requestClass: this.requestClass,
      status,
      code: code === undefined ? undefined : redactor.text(code),
      retryAfterMs: holdMs,
      retryCount: this.#retries,
    };
    const wanted = await this.core.decide(hit, this.#retries < call.maxRetries);
    const maxWaitMs = this.#maxWaitMs();
    const retrying = wanted && holdMs <= maxWaitMs && call.signal?.aborted !== true;
    call.trace?.rateLimitHit(hit, retrying);
    const next = retrying
      ? 'sending it again then'
      : !wanted
        ? 'not sent again (onRateLimit)'
        : `not sent again: longer than this call may wait (${maxWaitMs} ms)`;
    call.report.log(
      'warn',
      (shown) =>
        `${call.method} ${shown} answered ${status}${hit.code ? ` ${hit.code}` : ''}: class "${hit.requestClass}" held for ${holdMs} ms; ${next}`,
      { status, delayMs: holdMs },
    );
    if (retrying) {
      this.#retries++;
      this.#afterRateLimit = true;
    }
    return retrying;
  }

  /** The RateLimitError of a request not sent because its class is held longer than it may wait. */
  #refused(held: HeldTooLong, attempt: number): RateLimitError {
    const { call } = this;
    const redactor = call.report.redactor();
    const url = redactor.url(call.report.url);
    const answer = `${held.status}${held.code ? ` ${held.code}` : ''}`;
    const message = `${call.vendor}: ${call.method} ${url} was not sent: the server answered another request of class "${held.requestClass}" ${answer} and asked that class to wait ${held.remainingMs} ms more, longer than this call may wait (${this.#maxWaitMs()} ms: its timeout, at most 60 s). Send it again after retryAfterMs, or raise "timeout".`;
    const error = new RateLimitError(redactor.text(message), {
      vendor: call.vendor,
      status: held.status,
      code: held.code === undefined ? undefined : redactor.text(held.code),
      body: undefined,
      method: call.method,
      url,
      retryAfterMs: held.remainingMs,
      attempts: attempt - 1,
    });
    call.report.log('warn', () => error.message, { status: held.status, error: error.name });
    return error;
  }
}

function defaultClassify(request: RateLimitedRequest): string {
  return request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS' ? 'read' : 'write';
}

const cores = new WeakMap<RateLimiter, LimiterCore>();

/**
 * Paces the requests of the clients it is given to (`new Katapult({ rateLimiter })`); one limiter can serve several
 * clients, e.g. all those using the same credentials.
 *
 *   const limiter = new RateLimiter({ maxInFlight: 8, classes: { write: { maxPerInterval: 60 } } });
 */
export class RateLimiter {
  constructor(options: RateLimiterOptions = {}) {
    checkLimiterOptions(options);
    cores.set(this, new LimiterCore(options));
  }

  /** Requests sent through this limiter and not yet answered. */
  get inFlight(): number {
    return (cores.get(this) as LimiterCore).inFlight;
  }

  /** Requests waiting to be sent. */
  get waiting(): number {
    return (cores.get(this) as LimiterCore).waiting;
  }
}

/** The gate of one call through `limiter`, a RateLimiter (the client's options were checked with `isRateLimiter`). */
export function gateOf(limiter: RateLimiter, call: GateCall): Gate {
  return (cores.get(limiter) as LimiterCore).gate(call);
}

/** Whether `value` is a RateLimiter of this copy of the runtime: the rule of the `rateLimiter` option (options.ts). */
export function isRateLimiter(value: unknown): boolean {
  return typeof value === 'object' && value !== null && cores.has(value as RateLimiter);
}

function checkLimits(limits: unknown, where: string): void {
  if (typeof limits !== 'object' || limits === null || Array.isArray(limits)) {
    throw new ConfigurationError(`RateLimiter: ${where} must be an object of limits.`, { option: 'rateLimiter' });
  }
  const { maxInFlight, maxPerInterval, intervalMs } = limits as RateLimits;
  for (const [name, value] of [
    ['maxInFlight', maxInFlight],
    ['maxPerInterval', maxPerInterval],
  ] as const) {
    if (value !== undefined && (typeof value !== 'number' || !Number.isInteger(value) || value < 1)) {
      throw new ConfigurationError(
        `RateLimiter: ${where}${name} must be a whole number, 1 or more; got ${describe(value)}.`,
        { option: 'rateLimiter' },
      );
    }
  }
  if (intervalMs !== undefined && (typeof intervalMs !== 'number' || !(intervalMs > 0) || intervalMs > MAX_TIMER_MS)) {
    throw new ConfigurationError(
      `RateLimiter: ${where}intervalMs must be a number of milliseconds above 0 and at most ${MAX_TIMER_MS}; got ${describe(intervalMs)}.`,
      { option: 'rateLimiter' },
    );
  }
}

function checkLimiterOptions(options: RateLimiterOptions): void {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new ConfigurationError('RateLimiter: the options must be an object.', { option: 'rateLimiter' });
  }
  checkLimits(options, '');
  if (options.classes !== undefined) {
    if (typeof options.classes !== 'object' || options.classes === null || Array.isArray(options.classes)) {
      throw new ConfigurationError(
        'RateLimiter: classes must be an object of class name → limits, e.g. { write: { maxPerInterval: 60 } }.',
        { option: 'rateLimiter' },
      );
    }
    for (const [name, limits] of Object.entries(options.classes)) checkLimits(limits, `classes.${name}.`);
  }
  for (const hook of ['classify', 'onRateLimit'] as const) {
    if (options[hook] !== undefined && typeof options[hook] !== 'function') {
      throw new ConfigurationError(`RateLimiter: ${hook} must be a function; got ${describe(options[hook])}.`, {
        option: 'rateLimiter',
      });
    }
  }
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : String(value);
}
