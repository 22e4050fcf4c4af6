/**
 * The twin's time. Lifecycles (a task running, a build completing) and the timestamps of new records read it.
 *
 *   real, speed 1 (the default)   twin time follows the wall clock from the moment the twin started
 *   real, speed 60                a minute of twin time passes each second: long waits finish quickly
 *   manual                        time stands still until `advance(ms)`: a test decides when a build completes
 *
 * Rate limits and injected latency are about the client's own timers and run on the wall clock whatever this says.
 * Real mode reads `Date.now()` when asked, so under a test's fake timers (`vi.useFakeTimers()`) twin time follows them:
 * `await vi.runAllTimersAsync()` runs a client's waits and the twin's lifecycles together, in no real time.
 */

/** The wall clock, read through the global at each call, so that a test's fake timers (vitest) move the twin too. */
const wall = () => Date.now();

export type ClockMode = 'real' | 'manual';

export interface ClockOptions {
  /** `'real'` (default) or `'manual'` */
  mode?: ClockMode;
  /** how many twin milliseconds pass per real one in real mode; default 1 */
  speed?: number;
  /** the twin time to start from, ms since the epoch; default: now */
  start?: number;
}

export interface ClockState {
  mode: ClockMode;
  speed: number;
  now: number;
}

export class TwinClock {
  #mode: ClockMode;
  #speed: number;
  /** twin time at `#anchor` (real mode) or the current time (manual mode) */
  #base: number;
  #anchor = wall();

  constructor(options: ClockOptions = {}) {
    this.#mode = options.mode ?? 'real';
    this.#speed = checkSpeed(options.speed ?? 1);
    this.#base = options.start ?? Date.now();
    if (!Number.isFinite(this.#base))
      throw new RangeError(`twin clock: start must be a time in ms, got ${options.start}`);
  }

  now(): number {
    if (this.#mode === 'manual') return this.#base;
    return Math.floor(this.#base + (wall() - this.#anchor) * this.#speed);
  }

  /** Moves twin time forward (both modes). */
  advance(ms: number): number {
    if (!Number.isFinite(ms) || ms < 0)
      throw new RangeError(`twin clock: advance takes a number of ms, 0 or more, got ${ms}`);
    this.#rebase();
    this.#base += ms;
    return this.now();
  }

  /** Switches mode or speed from now on; twin time does not jump. */
  set(options: { mode?: ClockMode; speed?: number }): void {
    this.#rebase();
    if (options.mode !== undefined) {
      if (options.mode !== 'real' && options.mode !== 'manual') {
        throw new RangeError(`twin clock: mode must be 'real' or 'manual', got ${String(options.mode)}`);
      }
      this.#mode = options.mode;
    }
    if (options.speed !== undefined) this.#speed = checkSpeed(options.speed);
  }

  state(): ClockState {
    return { mode: this.#mode, speed: this.#speed, now: this.now() };
  }

  restore(state: ClockState): void {
    this.#mode = state.mode;
    this.#speed = state.speed;
    this.#base = state.now;
    this.#anchor = wall();
  }

  #rebase(): void {
    this.#base = this.now();
    this.#anchor = wall();
  }
}

function checkSpeed(speed: number): number {
  if (!Number.isFinite(speed) || speed <= 0)
    throw new RangeError(`twin clock: speed must be a number above 0, got ${speed}`);
  return speed;
}
