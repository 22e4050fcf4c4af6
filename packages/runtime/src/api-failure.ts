/**
 * Building the error for a non-2xx response: the vendor's code and message, the error class it maps to, the message
 * text, the Retry-After and mock violations, all redacted. Knows nothing of the classes (errors.ts picks one).
 */
import { type ErrorKind, errorKindForStatus } from './error-kind.js';
import { describeBody, hintFor } from './error-text.js';
import { createRedactor, type Redactor } from './redaction.js';
import type { Exchange } from './exchanges.js';
import { parseRetryAfter } from './retry-after.js';
import { askVendor } from './vendor.js';

/** What an HTTP failure carries. `url` is already stripped of credentials; `body` is redacted. */
export interface ApiErrorDetails {
  vendor: string;
  status: number;
  /** The vendor's error code (Katapult `error.code`, Hostway fault name, SCP `errors[0].code`), when the body has one. */
  code: string | undefined;
  /** The parsed error body: JSON when it parsed, else the text. */
  body: unknown;
  method: string;
  url: string;
  /** The server's Retry-After, in ms, when it sent one. */
  retryAfterMs?: number | undefined;
  /** How many attempts were made, retries included. */
  attempts?: number | undefined;
  /** What a mock server said the request (or its answer) broke in the spec, when it said so (`sl-violations`). */
  violations?: readonly string[] | undefined;
}

/** What an ApiError is made of: its class, its message and its details, all redacted. */
interface ApiFailure {
  kind: ErrorKind;
  message: string;
  details: ApiErrorDetails;
}

/**
 * What the error for a non-2xx response says: the vendor's code and message, the class, a hint, and the request,
 * redacted with the secrets of the client that sent it. `body` is the parsed error body (JSON, else text).
 */
export function describeApiFailure(response: Response, body: unknown, exchange: Exchange): ApiFailure {
  const { vendor, method, attempts } = exchange;
  const redactor = createRedactor(exchange.secrets());
  const status = response.status;
  const code = askVendor(() => vendor?.errorCode(body));
  const vendorMessage = askVendor(() => vendor?.errorMessage(body));
  const kind = askVendor(() => vendor?.errorKind?.(status, code)) ?? errorKindForStatus(status);
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
  const url = redactor.url(exchange.url);
  const vendorName = vendor?.name ?? '';

  const parts = [
    `${vendorName ? `${vendorName}: ` : ''}${method ? `${method} ` : ''}${url} failed with ${status}${response.statusText ? ` ${response.statusText}` : ''}`,
  ];
  if (code) parts.push(` (${code})`);
  const detail =
    vendorMessage === undefined ? describeBody(body, response.headers.get('content-type'), redactor) : vendorMessage;
  if (detail) parts.push(`: ${detail}`);
  if (attempts > 1) parts.push(` [after ${attempts} attempts]`);
  const violations = parseViolations(response.headers.get('sl-violations'), redactor);
  if (violations) parts.push(`; the mock reports: ${violations.join('; ')}`);
  parts.push(hintFor(kind, retryAfterMs));

  return {
    kind,
    message: redactor.text(parts.join('')),
    details: {
      vendor: vendorName,
      status,
      code: code === undefined ? undefined : redactor.text(code),
      body: redactor.value(body),
      method,
      url,
      retryAfterMs,
      attempts,
      violations,
    },
  };
}

/**
 * The messages of a mock's `sl-violations` header (a JSON array of `{ location, message }`, as Prism sends it), or
 * undefined when there is none or it cannot be read. At most 10, each redacted and shortened: a header is not a place
 * for essays.
 */
function parseViolations(header: string | null, redactor: Redactor): string[] | undefined {
  if (!header) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(header);
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed)) return undefined;
  const messages = parsed
    .map((item: unknown) => (item as { message?: unknown } | null)?.message)
    .filter((message): message is string => typeof message === 'string')
    .map((message) => redactor.snippet(message));
  const unique = [...new Set(messages)].slice(0, 10);
  return unique.length > 0 ? unique : undefined;
}
