/**
 * Response bodies are read inside the attempt (so the per-attempt timeout covers a body that stalls, and a retry can
 * follow a body that breaks off), then handed to openapi-fetch as an equivalent Response holding the bytes read.
 */
import { ResponseParseError, describeHtml, looksLikeHtml, snippet } from './errors.js';
import { createRedactor } from './redaction.js';

const NULL_BODY_STATUSES = new Set([204, 205, 304]);

/** A Response like `original` (status, headers, url) whose body is `body`. */
export function withBody(original: Response, body: string | ArrayBuffer): Response {
  const copy = new Response(NULL_BODY_STATUSES.has(original.status) ? null : body, {
    status: original.status,
    statusText: original.statusText,
    headers: original.headers,
  });
  Object.defineProperties(copy, {
    url: { value: original.url },
    redirected: { value: original.redirected },
  });
  return copy;
}

/** `new Response()` only takes 200–599; a body outside that range is left unread. */
export function canRebuild(response: Response): boolean {
  return response.status >= 200 && response.status <= 599;
}

/** An error body as openapi-fetch gives it: JSON when it parses, else the text; `undefined` when empty. */
export function parseErrorBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function isJsonContentType(contentType: string | null): boolean {
  return contentType !== null && /[/+]json\b/i.test(contentType);
}

/**
 * The JSON of a 2xx body, or a ResponseParseError saying what arrived instead. An empty body is `undefined` (as in
 * openapi-fetch), unless the server labelled it JSON: then the JSON the API documents is missing.
 */
export function parseJsonBody(
  text: string,
  response: Response,
  request: { vendor: string; method: string; url: string; secrets: readonly string[] },
): unknown {
  const contentType = response.headers.get('content-type');
  if (text === '' && !isJsonContentType(contentType)) return undefined;
  try {
    if (text === '') throw new SyntaxError('empty body');
    return JSON.parse(text) as unknown;
  } catch (cause) {
    const redactor = createRedactor(request.secrets);
    const url = redactor.url(request.url);
    const shown = redactor.text(snippet(text));
    const what =
      text === ''
        ? `an empty body labelled ${contentType}`
        : looksLikeHtml(text, contentType)
          ? describeHtml(text, contentType)
          : `a body that is not valid JSON (content-type ${contentType ?? 'missing'}): ${JSON.stringify(shown)}`;
    const message = `${request.vendor}: ${request.method} ${url} answered ${response.status} with ${what}. Expected the JSON the API documents; check baseUrl and any proxy in between.`;
    throw new ResponseParseError(
      redactor.text(message),
      {
        vendor: request.vendor,
        method: request.method,
        url,
        status: response.status,
        contentType: contentType ?? undefined,
        snippet: shown,
      },
      { cause: cause instanceof SyntaxError ? new SyntaxError(redactor.text(cause.message)) : undefined },
    );
  }
}
