/** The pieces of text error messages are made of: durations, an account of a body, a hint. */
import type { ErrorKind } from './error-kind.js';
import type { Redactor } from './redaction.js';

/** What to do about an error of this kind, when there is something to say. */
export function hintFor(kind: ErrorKind, retryAfterMs: number | undefined): string {
  switch (kind) {
    case 'authentication':
      return '. Check the credentials given to the client.';
    case 'permission':
      return '. The credentials were accepted but are not allowed to do this.';
    case 'rate-limit':
      return retryAfterMs === undefined
        ? '. Rate limited: slow down.'
        : `. Rate limited: the server asks to wait ${formatSeconds(retryAfterMs)} before retrying.`;
    default:
      return '';
  }
}

/** A short, readable account of a body for an error message, redacted before it is cut. */
export function describeBody(
  body: unknown,
  contentType: string | null | undefined,
  redactor: Redactor,
): string | undefined {
  if (body === undefined || body === null || body === '') return undefined;
  if (typeof body === 'string') {
    if (looksLikeHtml(body, contentType)) return describeHtml(body, contentType, redactor);
    return redactor.snippet(body);
  }
  try {
    return redactor.snippet(JSON.stringify(body));
  } catch {
    return undefined;
  }
}

export function looksLikeHtml(text: string, contentType: string | null | undefined): boolean {
  return /html/i.test(contentType ?? '') || /^\s*<(!doctype\s+html|html|head|body)\b/i.test(text);
}

export function describeHtml(text: string, contentType: string | null | undefined, redactor: Redactor): string {
  const title = /<title[^>]*>([^<]*)<\/title>/i.exec(text)?.[1]?.trim();
  return `an HTML page${title ? ` titled "${redactor.snippet(title, 80)}"` : ''} (content-type ${redactor.snippet(contentType ?? 'missing', 100)}), probably from a proxy, not the API`;
}

export function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}
