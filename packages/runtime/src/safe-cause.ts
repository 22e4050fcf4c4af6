import type { Redactor } from './redaction.js';

/**
 * The cause to attach to an error: the original when it is a plain error (own properties that are text, numbers or
 * flags, none holding a secret; the same for its causes), so it keeps its identity for debugging; else a copy with
 * only those plain properties, redacted. A custom fetch may hang the request, its headers or its config on the error
 * it throws, and `util.inspect(err)` would print them through `err.cause`.
 */
export function safeCause(cause: unknown, redactor: Redactor): unknown {
  if (!(cause instanceof Error)) {
    if (typeof cause === 'string') return redactor.text(cause);
    return cause === null || typeof cause !== 'object' ? cause : undefined;
  }
  if (isPlainError(cause, redactor, 0)) return cause;
  return redactedCopy(cause, redactor, 0);
}

/** Own properties an error may keep as they are; anything else (objects, functions) is dropped from a copy. */
function isPlainValue(value: unknown): boolean {
  return value === null || (typeof value !== 'object' && typeof value !== 'function' && typeof value !== 'symbol');
}

function isPlainError(error: Error, redactor: Redactor, depth: number): boolean {
  if (depth > 8) return false;
  if (Object.getOwnPropertySymbols(error).length > 0) return false;
  for (const key of Object.getOwnPropertyNames(error)) {
    const value = (error as unknown as Record<string, unknown>)[key];
    if (key === 'cause') {
      if (value instanceof Error ? !isPlainError(value, redactor, depth + 1) : !isPlainValue(value)) return false;
      if (typeof value === 'string' && redactor.leaks(value)) return false;
      continue;
    }
    if (key === 'errors' && error instanceof AggregateError) {
      if (!error.errors.every((e) => e instanceof Error && isPlainError(e, redactor, depth + 1))) return false;
      continue;
    }
    if (!isPlainValue(value)) return false;
    if (typeof value === 'string' && redactor.leaks(value)) return false;
  }
  return !redactor.leaks(error.name) && !redactor.leaks(error.stack ?? '');
}

function redactedCopy(error: Error, redactor: Redactor, depth: number): Error {
  const nested = depth < 8 && error.cause !== undefined ? safeCauseAt(error.cause, redactor, depth + 1) : undefined;
  const copy = new Error(redactor.text(error.message), nested === undefined ? undefined : { cause: nested });
  copy.name = redactor.text(error.name);
  copy.stack = redactor.text(error.stack ?? '');
  for (const key of Object.keys(error)) {
    if (key === 'cause' || key === 'message' || key === 'name' || key === 'stack') continue;
    const value = (error as unknown as Record<string, unknown>)[key];
    if (isPlainValue(value)) Object.assign(copy, { [key]: typeof value === 'string' ? redactor.text(value) : value });
  }
  return copy;
}

function safeCauseAt(cause: unknown, redactor: Redactor, depth: number): unknown {
  if (cause instanceof Error) return redactedCopy(cause, redactor, depth);
  return typeof cause === 'string' ? redactor.text(cause) : isPlainValue(cause) ? cause : undefined;
}
