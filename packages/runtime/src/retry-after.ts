/**
 * `Retry-After` in ms: delay-seconds (decimals tolerated) or an HTTP-date (a date in the past gives 0).
 * `undefined` when absent or unreadable. Read by the retry loop and by the errors (`retryAfterMs`).
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (value == null) return undefined;
  const trimmed = value.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number.parseFloat(trimmed) * 1000);
  // An HTTP-date has a weekday or month name and a time; this keeps Date.parse from reading "-1" or "12" as a year.
  if (!/[a-z]/i.test(trimmed) || !/\d{1,2}:\d{2}:\d{2}/.test(trimmed)) return undefined;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}
