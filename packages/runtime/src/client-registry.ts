/**
 * What the runtime knows about the clients it made, for the helpers built on them (waits, pagination): a helper
 * holds the client and the body a call returned, and must build its errors as redacted as the client's own.
 */
import { PaginationError, type PaginationStop, ResponseParseError, WaitFailedError } from './errors.js';
import { createRedactor, type Redactor } from './redaction.js';

interface ClientRecord {
  vendor: string;
  secrets: () => readonly string[];
}

const clients = new WeakMap<object, ClientRecord>();
/** The method and raw URL of each answer a client returned, so an error about its body can name the request. */
const requests = new WeakMap<Response, { method: string; url: string }>();

export function registerClient(client: object, record: ClientRecord): void {
  clients.set(client, record);
}

export function rememberRequest(response: Response, request: { method: string; url: string }): void {
  requests.set(response, request);
}

/** The redactor of a client's secrets as they are now; no client, or an object the runtime did not make, redacts nothing. */
export function redactorOf(client: object | undefined): Redactor {
  return createRedactor((client === undefined ? undefined : clients.get(client)?.secrets()) ?? []);
}

/**
 * A PaginationError whose message, description and cursor hold none of the client's secrets. `cursor` is the cursor
 * as the server sent it (`undefined` when there is none): it is redacted before it is quoted, so that no escaping of
 * the quote hides a secret from the redactor. `message` is given the cursor as shown.
 */
export function paginationError(
  client: object | undefined,
  message: (cursor: string) => string,
  details: { description: string; cursor: unknown; pages: number; reason: PaginationStop },
): PaginationError {
  const redactor = redactorOf(client);
  const { cursor } = details;
  let shown: string;
  if (cursor === undefined) shown = '';
  else if (typeof cursor === 'string') shown = JSON.stringify(redactor.text(cursor));
  else if (typeof cursor !== 'object' || cursor === null) shown = redactor.text(String(cursor));
  else {
    try {
      shown = redactor.text(JSON.stringify(redactor.value(cursor)));
    } catch {
      shown = redactor.text(String(cursor));
    }
  }
  return new PaginationError(redactor.text(message(shown)), {
    description: redactor.text(details.description),
    cursor: shown,
    pages: details.pages,
    reason: details.reason,
  });
}

/**
 * A WaitFailedError whose message, description, state and resource (the last body seen) hold none of the client's
 * secrets: the resource comes from the server, which may echo a token in a name or a note.
 */
export function waitFailedError(
  client: object,
  message: string,
  details: { vendor: string; description: string; state: string; resource: unknown },
): WaitFailedError {
  const redactor = redactorOf(client);
  return new WaitFailedError(redactor.text(message), {
    vendor: details.vendor,
    description: redactor.text(details.description),
    state: redactor.text(details.state),
    resource: redactor.value(details.resource),
  });
}

/**
 * A ResponseParseError for a 2xx whose JSON parsed but is not the shape the API documents (a page without its
 * pagination object, a task `{}`, `{"server": null}`), saying what was expected and what arrived, redacted.
 * `result` is what the client call returned. `got`, when given, says what arrived instead of the start of the body
 * (its shape, where the body's values are the user's data): it is redacted too, as its keys come from the server.
 */
export function unexpectedBodyError(
  client: object,
  result: { readonly response: Response; readonly data?: unknown },
  expected: string,
  got?: string,
): ResponseParseError {
  const record = clients.get(client);
  const redactor = redactorOf(client);
  const { response } = result;
  const request = requests.get(response) ?? { method: '', url: response.url };
  const url = redactor.url(request.url);
  const vendor = record?.vendor ?? '';
  let shown: string;
  if (got !== undefined) shown = redactor.snippet(got);
  else {
    let body: string;
    try {
      body = JSON.stringify(result.data) ?? 'no body';
    } catch {
      body = String(result.data);
    }
    shown = redactor.snippet(body);
  }
  const contentType = response.headers.get('content-type');
  const message = `${vendor ? `${vendor}: ` : ''}${request.method ? `${request.method} ` : ''}${url} answered ${response.status} with a body that is not what the API documents: ${expected}; got ${shown}. Check baseUrl and any proxy in between.`;
  return new ResponseParseError(redactor.text(message), {
    vendor,
    method: request.method,
    url,
    status: response.status,
    contentType: contentType === null ? undefined : redactor.snippet(contentType, 100),
    snippet: shown,
  });
}
