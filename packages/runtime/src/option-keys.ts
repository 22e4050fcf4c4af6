/**
 * Options objects checked the way TypeScript checks them, for callers in JavaScript: a plain object, and no key the
 * receiver does not read (`timeOut`, `retries`, `{ pool }` among a call's options), each refused with the name it
 * probably meant. A key that is dropped silently is a setting the caller believes is in force.
 */
import { ConfigurationError } from './errors.js';

/** An object made with `{}` or `Object.create(null)` (in any realm): not an array, a class instance or a signal. */
export function isPlainObject(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === null || Object.getPrototypeOf(prototype) === null;
}

/** The known name closest to `key`: the same but for case, within a few edits, or one containing the other. */
export function closestName(key: string, known: Iterable<string>): string | undefined {
  const lower = key.toLowerCase();
  let best: string | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const name of known) {
    const candidate = name.toLowerCase();
    if (candidate === lower) return name;
    const distance = editDistance(lower, candidate);
    const contained =
      Math.min(lower.length, candidate.length) >= 4 && (candidate.includes(lower) || lower.includes(candidate));
    const near = distance <= Math.max(1, Math.floor(Math.max(lower.length, candidate.length) / 3));
    if ((near || contained) && distance < bestScore) {
      best = name;
      bestScore = distance;
    }
  }
  return best;
}

/** Levenshtein distance: the insertions, deletions and substitutions that turn `a` into `b`. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(
        (row[j] ?? 0) + 1,
        (next[j - 1] ?? 0) + 1,
        (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    row = next;
  }
  return row[b.length] ?? 0;
}

/**
 * Refuses the first own key of `options` that `known` does not hold: "`<subject>` does not take "timeOut" (did you
 * mean "timeout"?); it takes …". Only the key is quoted, never its value (which may be a credential).
 */
export function checkOptionKeys(
  vendor: string,
  subject: string,
  options: object,
  known: ReadonlySet<string>,
  hint = '',
): void {
  for (const key of Object.keys(options)) {
    if (known.has(key)) continue;
    const suggestion = closestName(key, known);
    throw new ConfigurationError(
      `${vendor}: ${subject} does not take ${JSON.stringify(key)}${suggestion === undefined ? '' : ` (did you mean ${JSON.stringify(suggestion)}?)`}; it takes ${[...known].join(', ')}.${hint}`,
      { option: key },
    );
  }
}
