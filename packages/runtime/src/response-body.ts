/**
 * Response bodies are read inside the attempt (so the per-attempt timeout covers a body that stalls, and a retry can
 * follow a body that breaks off), counted against `maxResponseBytes`; middleware is handed an equivalent Response
 * holding the bytes read (withBody). The rules of what an answer's body means — none, an error body, the JSON of a
 * 2xx — are here once.
 */
import type { Reporter } from './reporter.js';

/** Statuses whose answer has no body, whatever its headers say (the fetch standard's null body statuses). */
const NULL_BODY_STATUSES = new Set([204, 205, 304]);

/** An answer that has no body: a null body status, or the answer to a HEAD. */
export function hasNoBody(status: number, method?: string): boolean {
  return NULL_BODY_STATUSES.has(status) || method === 'HEAD';
}

/** openapi-fetch's rule: a body empty by its headers (`Content-Length: 0`, not chunked) is no data. */
export function emptyByHeaders(response: Response): boolean {
  return (
    response.headers.get('content-length') === '0' && !response.headers.get('transfer-encoding')?.includes('chunked')
  );
}
/** One decoder for every body: `decode` without `stream` keeps no state between calls. */
const utf8 = new TextDecoder();

/**
 * A Response like `original` (status, headers, url) whose body is `body`. `new Response()` only takes statuses
 * 200–599: a server's 600 or 999 is rebuilt on 599 and given its own status back (it is not `ok` either way).
 */
export function withBody(original: Response, body: string | ArrayBuffer | ReadableStream<Uint8Array>): Response {
  const { status } = original;
  const inRange = status >= 200 && status <= 599;
  const init = { status: inRange ? status : 599, headers: original.headers };
  let copy: Response;
  try {
    copy = new Response(hasNoBody(status) ? null : body, { ...init, statusText: original.statusText });
  } catch {
    // A reason phrase the constructor refuses (the wire accepted it): kept as a plain property.
    copy = new Response(hasNoBody(status) ? null : body, init);
    Object.defineProperty(copy, 'statusText', { value: original.statusText });
  }
  Object.defineProperties(copy, {
    url: { value: original.url },
    redirected: { value: original.redirected },
    ...(inRange ? {} : { status: { value: status }, ok: { value: false } }),
  });
  return copy;
}

/** Thrown by `readBody` when a body grows past the limit; send.ts turns it into ResponseTooLargeError. */
export class BodyTooLarge extends Error {
  constructor(readonly receivedBytes: number) {
    super(`body over the limit after ${receivedBytes} bytes`);
  }
}

/**
 * Reads a whole body, counting the decoded bytes as they arrive: past `maxBytes`, reading stops (the stream is
 * cancelled, so a compressed body is inflated no further) and BodyTooLarge is thrown.
 */
export async function readBody(
  response: Response,
  maxBytes: number,
  as: 'text' | 'arrayBuffer',
): Promise<string | ArrayBuffer> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const stream = response.body;
  if (stream) {
    const reader = stream.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        total += value.byteLength;
        if (total > maxBytes) {
          reader.cancel().catch(() => {});
          throw new BodyTooLarge(total);
        }
        chunks.push(value);
      }
    } finally {
      reader.releaseLock();
    }
  }
  const bytes = chunks.length === 1 && chunks[0] ? chunks[0] : concat(chunks, total);
  if (as === 'text') return utf8.decode(bytes);
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
    ? (bytes.buffer as ArrayBuffer)
    : (bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/**
 * A body handed over unread (`parseAs: 'stream'`), counted as it is read: past `maxBytes` it errors with `tooLarge`'s
 * error, and a read that fails once the caller aborted errors with `cancelled`'s. `done` is called once when it ends,
 * fails or is cancelled (so the caller's signal stops being followed and no listener stays behind).
 */
export function guardStream(
  received: Response,
  maxBytes: number,
  hooks: { tooLarge: (receivedBytes: number) => Error; cancelled: () => Error | undefined; done: () => void },
): Response {
  const source = received.body;
  if (source === null) {
    hooks.done();
    return received;
  }
  const reader = source.getReader();
  let total = 0;
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    hooks.done();
  };
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (done) {
          finish();
          controller.close();
          return;
        }
        total += value.byteLength;
        if (total > maxBytes) {
          finish();
          reader.cancel().catch(() => {});
          controller.error(hooks.tooLarge(total));
          return;
        }
        controller.enqueue(value);
      } catch (error) {
        finish();
        controller.error(hooks.cancelled() ?? error);
      }
    },
    cancel(reason) {
      finish();
      return reader.cancel(reason);
    },
  });
  return withBody(received, stream);
}

/**
 * An error body as openapi-fetch gives it: JSON when it parses, else the text; `undefined` when empty (as openapi-fetch
 * does since its fix for proxies that strip `Content-Length`, and as for a 204). The one reading of an error body: the
 * retry decision (the vendor's code) and the result's `error` agree.
 */
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
export function parseJsonBody(text: string, response: Response, report: Reporter): unknown {
  if (text !== '') {
    try {
      return JSON.parse(text) as unknown;
    } catch (cause) {
      throw report.notJson(text, response, cause);
    }
  }
  if (!isJsonContentType(response.headers.get('content-type'))) return undefined;
  throw report.notJson(text, response, new SyntaxError('empty body'));
}
