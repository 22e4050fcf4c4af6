/**
 * A call's result from its final answer, read as openapi-fetch reads it: `{ data, response }` for a 2xx as `parseAs`
 * says, `{ error, response }` for any other status (or its error class thrown, with `throwOnError`). A 2xx that is not
 * the documented JSON is a ResponseParseError, never a SyntaxError. This is where the data of an answer is known.
 */
import { apiErrorFromResponse } from './errors.js';
import { rememberExchange } from './exchanges.js';
import type { CheckedExchange } from './drift-types.js';
import type { RequestContext } from './request-context.js';
import { emptyByHeaders, hasNoBody, parseErrorBody, parseJsonBody } from './response-body.js';

/** The shape the typed methods are implemented with; the types in client-types.ts are laid over it. */
export interface UntypedResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/**
 * `read` is the body the runtime already read from `response` (when no middleware stood between), so that it is not
 * read again; `attempts` how many attempts the request took.
 */
export async function readResult(
  ctx: RequestContext,
  response: Response,
  read: string | ArrayBuffer | undefined,
  attempts: number,
): Promise<UntypedResult> {
  const { request, settings, report } = ctx;
  // Response checking (`validate`): undefined when it is off.
  const { drift } = ctx.client;
  // The request behind the answer, for errors built from it later: its reporter, which knows the secrets.
  report.attempts = attempts;
  rememberExchange(response, report);
  const noBody = hasNoBody(response.status, request.method);

  if (!response.ok) {
    // No error body for 204, HEAD, Content-Length: 0 or an empty body, as openapi-fetch gives none.
    const text =
      noBody || emptyByHeaders(response) ? undefined : typeof read === 'string' ? read : await response.text();
    const error = text === undefined ? undefined : parseErrorBody(text);
    // Drift: an error body is checked (and reported) too; only a 2xx body can fail the call in strict mode.
    if (drift) await drift(exchange(ctx, response, error !== undefined && error !== text, error));
    if (settings.throwOnError) throw apiErrorFromResponse(response, error, report);
    return { error, response };
  }
  const { parseAs } = settings;
  if (parseAs === 'json' || parseAs === 'text') {
    // An empty answer follows one rule whatever its headers (see parseJsonBody).
    if (noBody) return { data: undefined, response };
    const body = typeof read === 'string' ? read : await response.text();
    if (parseAs === 'text') return { data: body, response };
    let data: unknown;
    try {
      data = parseJsonBody(body, response, report);
    } catch (error) {
      if (error instanceof Error) {
        report.log('error', () => error.message, { status: response.status, error: error.name });
      }
      throw error;
    }
    if (drift) await drift(exchange(ctx, response, true, data));
    return { data, response };
  }
  if (noBody || emptyByHeaders(response)) return { data: undefined, response };
  if (parseAs === 'stream') return { data: response.body, response };
  const bytes = read instanceof ArrayBuffer ? read : await response.arrayBuffer();
  if (parseAs === 'arrayBuffer') return { data: bytes, response };
  return { data: new Blob([bytes], { type: response.headers.get('content-type') ?? '' }), response };
}

/** What the drift check is given of an answer: the operation, the status and the body as read. */
function exchange(ctx: RequestContext, response: Response, json: boolean, body: unknown): CheckedExchange {
  return { method: ctx.request.method, path: ctx.schemaPath, status: response.status, json, body };
}
