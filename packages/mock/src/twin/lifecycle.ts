/**
 * Lifecycles as tables: a record in a moving state (a task `running`) goes to its next state (`completed`) once the
 * state's time has passed on the twin's clock. Nothing runs in the background: before each request the engine
 * settles every move that is due, in the order they fell due, each from the time it fell due (so a chain of states
 * lands exactly where the table says, however late the next request comes). A failure asked for ahead
 * (`fail({ resource, count })`) sends the next records that reach a state with a `fail` branch there instead.
 */
import type { Lifecycle, TwinContext, TwinRecord, TwinStore } from './types.js';

interface Move {
  resource: string;
  id: string;
  from: string;
  dueAt: number;
  seq: number;
}

export interface LifecycleSnapshot {
  moves: Move[];
  failures: Record<string, number>;
  seq: number;
}

export class Lifecycles {
  #tables: Readonly<Record<string, Lifecycle>>;
  #moves: Move[] = [];
  #failures = new Map<string, number>();
  #seq = 0;

  constructor(tables: Readonly<Record<string, Lifecycle>>) {
    this.#tables = tables;
  }

  table(resource: string): Lifecycle | undefined {
    return this.#tables[resource];
  }

  /** Puts `record` in `state` at time `at` and schedules its next move, if the state moves. */
  enter(resource: string, record: TwinRecord, state: string, at: number, twin: TwinContext): void {
    const table = this.#tables[resource];
    if (!table) throw new Error(`twin: ${resource} has no lifecycle`);
    record[table.field] = state;
    this.#schedule(resource, record, state, at);
    table.onEnter?.(state, record, twin);
  }

  /** A record already in some state (seeded, restored): schedules its move if that state moves. */
  adopt(resource: string, record: TwinRecord, at: number): void {
    const table = this.#tables[resource];
    const state = table ? record[table.field] : undefined;
    if (typeof state === 'string') this.#schedule(resource, record, state, at);
  }

  /** Raises `event` on a record: the state it leads to, or undefined when the record's state does not allow it. */
  target(resource: string, record: TwinRecord, event: string): string | undefined {
    const table = this.#tables[resource];
    const rule = table?.events?.[event];
    if (!table || !rule) throw new Error(`twin: ${resource} has no lifecycle event ${event}`);
    return rule.from.includes(String(record[table.field])) ? rule.to : undefined;
  }

  /** The next `count` records of `resource` that reach a state with a failure branch take it. */
  fail(resource: string, count: number): void {
    if (!this.#tables[resource]) {
      throw new Error(`twin: ${resource} has no lifecycle; these have: ${Object.keys(this.#tables).join(', ')}`);
    }
    const table = this.#tables[resource];
    if (!Object.values(table?.moving ?? {}).some((move) => move.fail !== undefined)) {
      throw new Error(`twin: no state of ${resource}'s lifecycle can fail`);
    }
    if (!Number.isInteger(count) || count < 0)
      throw new RangeError(`twin: fail count must be an integer ≥ 0, got ${count}`);
    if (count === 0) this.#failures.delete(resource);
    else this.#failures.set(resource, count);
  }

  /** Settles every move due by `now`, in order; `at` tells the context the time each move happened. */
  settle(now: number, store: TwinStore, twin: TwinContext, at: (time: number | undefined) => void): void {
    while (this.#moves.length > 0 && (this.#moves[0]?.dueAt ?? Number.POSITIVE_INFINITY) <= now) {
      const move = this.#moves.shift() as Move;
      const table = this.#tables[move.resource];
      const record = store.get(move.resource, move.id);
      // gone, or moved on by an event since: this move is stale
      if (!table || !record || record[table.field] !== move.from) continue;
      const rule = table.moving[move.from];
      if (!rule) continue;
      let next = rule.next;
      if (rule.fail !== undefined) {
        const left = this.#failures.get(move.resource) ?? 0;
        if (left > 0) {
          next = rule.fail;
          if (left === 1) this.#failures.delete(move.resource);
          else this.#failures.set(move.resource, left - 1);
        }
      }
      at(move.dueAt);
      try {
        this.enter(move.resource, record, next, move.dueAt, twin);
      } finally {
        at(undefined);
      }
    }
  }

  pending(): number {
    return this.#moves.length;
  }

  snapshot(): LifecycleSnapshot {
    return {
      moves: this.#moves.map((move) => ({ ...move })),
      failures: Object.fromEntries(this.#failures),
      seq: this.#seq,
    };
  }

  restore(snapshot: LifecycleSnapshot): void {
    this.#moves = snapshot.moves.map((move) => ({ ...move }));
    this.#failures = new Map(Object.entries(snapshot.failures));
    this.#seq = snapshot.seq;
  }

  clear(): void {
    this.#moves = [];
    this.#failures.clear();
  }

  #schedule(resource: string, record: TwinRecord, state: string, at: number): void {
    const rule = this.#tables[resource]?.moving[state];
    if (!rule) return;
    const afterMs = typeof rule.afterMs === 'function' ? rule.afterMs(record) : rule.afterMs;
    if (!Number.isFinite(afterMs)) return; // at rest until another lifecycle moves it
    const move: Move = { resource, id: record.id, from: state, dueAt: at + afterMs, seq: this.#seq++ };
    // keep the list ordered by due time, then by when it was scheduled
    let index = this.#moves.length;
    while (index > 0) {
      const before = this.#moves[index - 1] as Move;
      if (before.dueAt < move.dueAt || (before.dueAt === move.dueAt && before.seq < move.seq)) break;
      index--;
    }
    this.#moves.splice(index, 0, move);
  }
}
