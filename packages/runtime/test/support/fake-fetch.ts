/** An injected `fetch` that answers from a list and records what it was sent (the openapi-fetch way of testing). */

export type FakeAnswer = Response | Error | ((request: Request) => Response | Promise<Response>);

export interface FakeFetch {
  fetch: (request: Request) => Promise<Response>;
  /** Every request received, body read as text. */
  requests: { method: string; url: string; headers: Headers; body: string }[];
}

/** Answers in order; after the last answer, repeats the last one. */
export function fakeFetch(...answers: FakeAnswer[]): FakeFetch {
  const requests: FakeFetch['requests'] = [];
  let next = 0;
  return {
    requests,
    fetch: async (request) => {
      requests.push({
        method: request.method,
        url: request.url,
        headers: request.headers,
        body: await request.clone().text(),
      });
      const answer = answers[Math.min(next++, answers.length - 1)];
      if (answer === undefined) throw new Error('fakeFetch: no answer scripted');
      if (answer instanceof Error) throw answer;
      if (answer instanceof Response) return answer.clone();
      return answer(request);
    },
  };
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

/** What undici throws when a connection is refused: `TypeError: fetch failed` caused by ECONNREFUSED. */
export function connectionRefused(): TypeError {
  const cause = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), {
    code: 'ECONNREFUSED',
    syscall: 'connect',
  });
  return new TypeError('fetch failed', { cause });
}

/** What undici throws when the server closes the connection mid-request. */
export function connectionReset(): TypeError {
  const cause = Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' });
  return new TypeError('fetch failed', { cause });
}

/** A fetch that never answers but, like the real one, rejects when the request's signal aborts. */
export function stallUntilAborted(request: Request): Promise<Response> {
  return new Promise((_, reject) => {
    if (request.signal.aborted) reject(request.signal.reason);
    request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true });
  });
}
