/**
 * Following redirects, when a call asks for `redirect: 'follow'`. Requests are sent with `redirect: 'manual'`, so a
 * 3xx is an answer; this follows those that stay on the same origin, each hop a new request signed again (a signature
 * covers the URL), with the method and body rules of the fetch standard. A redirect to another origin is never
 * followed, as the request carries credentials: it is the answer.
 */
import type { ResendableBody } from './request-context.js';

/** One hop: what is signed and sent. */
export interface Hop {
  method: string;
  url: string;
  headers: Headers;
  body: ResendableBody | null;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** As in the fetch standard. */
const MAX_REDIRECTS = 20;
/** The headers of a body, dropped when a redirect turns the request into a GET. */
const BODY_HEADERS = ['content-type', 'content-length', 'content-encoding', 'content-language', 'content-location'];

/**
 * Follows `response`, the answer to `first`, while it is a same-origin redirect. `headers` are the request's own,
 * before credentials: each hop starts from them, so the credentials of one hop are not carried to the next, and
 * `send` signs and sends it.
 */
export async function followRedirects(
  response: Response,
  first: Hop,
  headers: Headers,
  send: (hop: Hop) => Promise<Response>,
): Promise<Response> {
  let current = first;
  for (let hop = 0; hop < MAX_REDIRECTS && REDIRECT_STATUSES.has(response.status); hop++) {
    const location = response.headers.get('location');
    let target: URL;
    try {
      if (location === null) return response;
      target = new URL(location, current.url);
    } catch {
      return response;
    }
    if (target.origin !== new URL(current.url).origin) return response;
    const toGet =
      response.status === 303
        ? current.method !== 'HEAD'
        : (response.status === 301 || response.status === 302) && current.method === 'POST';
    await response.body?.cancel().catch(() => {});
    const next = new Headers(headers);
    if (toGet) for (const name of BODY_HEADERS) next.delete(name);
    current = {
      method: toGet ? 'GET' : current.method,
      url: target.href,
      headers: next,
      body: toGet ? null : current.body,
    };
    response = await send(current);
  }
  return response;
}
