/**
 * A small API that enforces a rate limit the way a vendor does: a fixed window over every request it receives (the
 * Katapult twin counts the same way), answering 429 past it, with `Retry-After` (seconds until the window opens) or,
 * like Katapult, with only its `rate_limit_reached` body. `POST /items` creates an item by name, so a test can see a
 * duplicate create. It is a `fetch` (no socket) on the clock `now`, so a test can run it on fake timers; `listen()`
 * puts the same API on a real socket.
 */
import { createServer, type Server } from 'node:http';

export interface LimitedServerOptions {
  /** Requests per window. */
  limit: number;
  windowMs: number;
  /** Send `Retry-After` with a 429 (default true); Katapult sends only its body. */
  retryAfter?: boolean;
  now?: () => number;
}

export interface LimitedServer {
  fetch: (request: Request) => Promise<Response>;
  /** Item names in the order they were created (once each, unless the server was sent a create twice). */
  created: string[];
  /** Requests answered 429. */
  refused: number;
  /** Requests received, 429s included. */
  received: number;
  /** The most requests received in one window. */
  busiestWindow: number;
  /** Names created more than once. */
  duplicates(): string[];
}

export function limitedServer(options: LimitedServerOptions): LimitedServer {
  const now = options.now ?? (() => performance.now());
  let windowStart = now();
  let used = 0;
  const server: LimitedServer = {
    created: [],
    refused: 0,
    received: 0,
    busiestWindow: 0,
    duplicates() {
      return server.created.filter((name, at) => server.created.indexOf(name) !== at);
    },
    async fetch(request) {
      server.received++;
      const at = now();
      if (at - windowStart >= options.windowMs) {
        windowStart = at;
        used = 0;
      }
      if (used >= options.limit) {
        server.refused++;
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (options.retryAfter !== false) {
          headers['retry-after'] = String(Math.max(1, Math.ceil((windowStart + options.windowMs - at) / 1000)));
        }
        const body = {
          error: {
            code: 'rate_limit_reached',
            description: 'You have reached the rate limit for this type of request.',
            detail: { total_permitted: options.limit },
          },
        };
        return new Response(JSON.stringify(body), { status: 429, headers });
      }
      used++;
      server.busiestWindow = Math.max(server.busiestWindow, used);
      const url = new URL(request.url);
      if (request.method === 'POST' && url.pathname.endsWith('/items')) {
        const { name } = (await request.json()) as { name: string };
        server.created.push(name);
        return Response.json({ id: `it_${server.created.length}`, name }, { status: 201 });
      }
      return Response.json({ ok: true });
    },
  };
  return server;
}

/** The same API on a real socket (127.0.0.1, a free port). */
export async function listen(api: LimitedServer): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
    const answer = await api.fetch(
      new Request(`http://127.0.0.1${req.url ?? '/'}`, { method: req.method ?? 'GET', headers, body: body ?? null }),
    );
    res.writeHead(answer.status, Object.fromEntries(answer.headers));
    res.end(Buffer.from(await answer.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('limited server: no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
