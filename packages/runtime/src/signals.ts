/** Small helpers around AbortSignal that leave no timer or listener behind. Web-standard APIs only. */

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. The timer is cleared either way. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Settles with `promise`, or rejects with the signal's reason when the signal aborts first. Needed because a custom
 * `fetch`, a body read or a poll check may ignore the signal; the abandoned promise's rejection is swallowed.
 */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    promise.catch(() => {});
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => {
      promise.catch(() => {});
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/**
 * An AbortController whose abort also rejects the wait in progress through `race`: a `fetch` option or a body read may
 * ignore the signal. One abort listener per awaited step (as `abortable` adds) costs more than the step itself on
 * Node 20's EventTarget; this rejects the wait from the abort call instead, with no listener at all.
 */
interface RacingAbort {
  readonly signal: AbortSignal;
  abort(reason: unknown): void;
  /** Settles with `promise`, or rejects with the abort's reason as soon as `abort` is called. */
  race<T>(promise: Promise<T>): Promise<T>;
}

export function racingAbort(): RacingAbort {
  const controller = new AbortController();
  const { signal } = controller;
  let stopWaiting: ((reason: unknown) => void) | undefined;
  return {
    signal,
    abort(reason) {
      controller.abort(reason);
      stopWaiting?.(reason);
    },
    race(promise) {
      if (signal.aborted) {
        promise.catch(() => {});
        return Promise.reject(signal.reason);
      }
      return new Promise((resolve, reject) => {
        stopWaiting = (reason) => {
          promise.catch(() => {});
          reject(reason);
        };
        promise.then(resolve, reject);
      });
    },
  };
}

/** Aborts `target` with the source's reason when `source` aborts. Returns the function that stops following. */
export function followSignal(source: AbortSignal | undefined, target: { abort(reason: unknown): void }): () => void {
  if (!source) return () => {};
  if (source.aborted) {
    target.abort(source.reason);
    return () => {};
  }
  const onAbort = () => target.abort(source.reason);
  source.addEventListener('abort', onAbort, { once: true });
  return () => source.removeEventListener('abort', onAbort);
}
