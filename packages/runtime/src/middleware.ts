/**
 * openapi-fetch's middleware protocol, run once per call around the runtime's sending: `onRequest` in order, before
 * credentials are added (a `Request` it returns is sent instead, a `Response` answers the call and nothing is sent);
 * then the request is sent, all its attempts; then `onError` with the runtime's error once retries are spent, or
 * `onResponse` with the final answer, both in reverse order. The checks and the messages are openapi-fetch's, so that
 * middleware written for it behaves the same here.
 */
import type { MergedOptions } from 'openapi-fetch';
import type { BuiltCall } from './build-request.js';
import type { OutgoingRequest } from './request-context.js';

/** openapi-fetch's rule for what `use` accepts. */
export function checkMiddleware(m: unknown): void {
  if (typeof m !== 'object' || m === null || !('onRequest' in m || 'onResponse' in m || 'onError' in m)) {
    throw new Error('Middleware must be an object with one of `onRequest()`, `onResponse() or `onError()`');
  }
}

/**
 * The call's answer through its middleware. `send` sends the request as the middleware left it (its URL, method and
 * headers; its body read once if it is new; `replaced` when an `onRequest` returned another `Request`) and resolves to
 * a response whose body the middleware can read.
 */
export async function throughMiddleware(
  call: BuiltCall,
  schemaPath: string,
  send: (request: OutgoingRequest, replaced: boolean) => Promise<Response>,
): Promise<Response> {
  const { middleware: list, request: outgoing, settings, shown } = call;
  const RequestClass = shown.Request ?? Request;
  const built = new RequestClass(outgoing.url, {
    ...outgoing.init,
    method: outgoing.method,
    headers: outgoing.headers,
    body: outgoing.body,
    signal: outgoing.signal ?? null,
    redirect: shown.redirect === 'error' ? 'error' : 'manual',
  });
  let request = built;
  // Unknown `init` keys are put on the Request, as openapi-fetch does, for middleware that reads them.
  for (const key in outgoing.init) {
    if (!(key in request)) (request as unknown as Record<string, unknown>)[key] = (outgoing.init as never)[key];
  }
  const options: MergedOptions = Object.freeze({
    baseUrl: shown.baseUrl,
    fetch: (settings.transport ?? globalThis.fetch) as typeof fetch,
    parseAs: settings.parseAs,
    querySerializer: shown.querySerializer,
    bodySerializer: shown.bodySerializer,
    pathSerializer: shown.pathSerializer,
  });
  const context = { schemaPath, params: shown.params, options, id: Math.random().toString(36).slice(2, 11) };

  let response: Response | undefined;
  for (const m of list) {
    if (typeof m?.onRequest !== 'function') continue;
    const result = await m.onRequest({ ...context, request });
    if (!result) continue;
    if (result instanceof Request) {
      request = result;
    } else if (result instanceof Response) {
      return result; // answered: nothing is sent, and no onResponse runs
    } else {
      throw new Error('onRequest: must return new Request() or Response() when modifying the request');
    }
  }
  const replaced = request !== built;
  const sameBody = !replaced || (request.body === null && outgoing.body === null);
  const left: OutgoingRequest = {
    method: request.method,
    url: replaced ? request.url : outgoing.url,
    // A copy: the credentials added to it must not show on the Request the middleware holds.
    headers: new Headers(request.headers),
    body: sameBody ? outgoing.body : request.body === null ? null : await request.arrayBuffer(),
    signal: outgoing.signal,
    init: outgoing.init,
  };
  try {
    response = await send(left, replaced);
  } catch (error) {
    let failure: unknown = error;
    for (let i = list.length - 1; i >= 0; i--) {
      const m = list[i];
      if (typeof m?.onError !== 'function') continue;
      const result = await m.onError({ ...context, request, error: failure });
      if (!result) continue;
      if (result instanceof Response) {
        failure = undefined;
        response = result;
        break;
      }
      if (result instanceof Error) {
        failure = result;
        continue;
      }
      throw new Error('onError: must return new Response() or instance of Error');
    }
    if (!response) throw failure;
  }
  for (let i = list.length - 1; i >= 0; i--) {
    const m = list[i];
    if (typeof m?.onResponse !== 'function') continue;
    const result = await m.onResponse({ ...context, request, response });
    if (!result) continue;
    if (!(result instanceof Response)) {
      throw new Error('onResponse: must return new Response() when modifying the response');
    }
    response = result;
  }
  return response;
}
