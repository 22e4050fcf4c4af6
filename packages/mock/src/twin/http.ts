/**
 * The two ways into a twin: a `fetch`-compatible function (no socket: the clients take it as their `fetch` option)
 * and an HTTP server. Both read the request (refusing a body past the twin's limit as soon as it is past it, without
 * reading the rest), hand it to the engine, and play the engine's faults the way a network would: a dropped
 * connection is a `fetch failed` TypeError with an `UND_ERR_SOCKET` cause in process and a destroyed socket over
 * HTTP; a truncated body sends its headers and half the body, then fails the stream.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CONTROL_PREFIX, type Engine, type RawAnswer, type RawRequest } from './engine.js';

/** What both transports need from the twin. */
export interface TwinHandler {
  engine: Engine;
  /** answers control requests (under the reserved prefix) */
  control(request: RawRequest): Promise<RawAnswer>;
  /** path prefixes the twin also answers under (the spec server's path, `/core/v1`) */
  basePaths: readonly string[];
}

/** The request's path without the spec server's path prefix. */
function strip(target: string, basePaths: readonly string[]): string {
  for (const base of basePaths) {
    if (target.startsWith(base) && (target.length === base.length || '/?'.includes(target[base.length] ?? ''))) {
      const rest = target.slice(base.length);
      return rest === '' || rest.startsWith('?') ? `/${rest}` : rest;
    }
  }
  return target;
}

async function dispatch(handler: TwinHandler, request: RawRequest): Promise<RawAnswer> {
  const target = strip(request.target, handler.basePaths);
  const routed = { ...request, target };
  if (target === CONTROL_PREFIX || target.startsWith(`${CONTROL_PREFIX}/`) || target.startsWith(`${CONTROL_PREFIX}?`)) {
    return handler.control(routed);
  }
  return handler.engine.handle(routed);
}

/** Waits `ms` with the global `setTimeout` (a test's fake timers run it), rejecting when `signal` aborts. */
function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function socketError(message: string): TypeError {
  const cause = Object.assign(new Error(message), { code: 'UND_ERR_SOCKET' });
  return new TypeError('fetch failed', { cause });
}

/** `fetch` served by the twin in this process: any origin; the path is the API's. */
export function createFetch(
  handler: TwinHandler,
): (input: string | URL | Request, init?: RequestInit) => Promise<Response> {
  return async (input, init) => {
    const request = input instanceof Request && init === undefined ? input : new Request(input, init);
    const signal = request.signal;
    signal.throwIfAborted();
    const url = new URL(request.url);
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      headers[name] = value;
    });
    const limit = handler.engine.maxBodyBytes;
    const read = request.body ? await readLimited(request.body, limit) : undefined;
    const raw: RawRequest = {
      method: request.method,
      target: `${url.pathname}${url.search}`,
      headers,
      body: read?.bytes,
    };
    const answer = read?.overLimit === true ? tooLarge(handler) : await dispatch(handler, raw);
    if (answer.delayMs !== undefined) await sleep(answer.delayMs, signal);
    signal.throwIfAborted();
    if (answer.fault === 'drop') throw socketError('other side closed');
    const noBody = request.method === 'HEAD' || answer.status === 204 || answer.status === 304;
    if (answer.fault === 'truncate') {
      const bytes = new TextEncoder().encode(answer.body);
      const half = bytes.slice(0, Math.floor(bytes.length / 2));
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(half);
          controller.error(
            Object.assign(new TypeError('terminated'), { cause: socketError('other side closed').cause }),
          );
        },
      });
      return new Response(stream, {
        status: answer.status,
        headers: { ...answer.headers, 'content-length': String(bytes.length) },
      });
    }
    return new Response(noBody ? null : answer.body, { status: answer.status, headers: answer.headers });
  };
}

/** The vendor's 413, for a body past the twin's limit (refused before the engine sees the request). */
function tooLarge(handler: TwinHandler): RawAnswer {
  const answer = handler.engine.vendor.errors.payloadTooLarge(handler.engine.maxBodyBytes);
  return { status: answer.status, headers: answer.headers, body: answer.body };
}

/** The body's bytes, or `overLimit` as soon as it is past `limit` (the rest is not read). */
async function readLimited(
  body: ReadableStream<Uint8Array>,
  limit: number,
): Promise<{ bytes?: Uint8Array; overLimit: boolean }> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return { overLimit: true };
    }
    chunks.push(value);
  }
  return { bytes: concat(chunks, size), overLimit: false };
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

export interface TwinServer {
  url: string;
  close(): Promise<void>;
}

/** The twin over HTTP on `host:port` (0: a free port). */
export async function listen(handler: TwinHandler, port: number, host: string): Promise<TwinServer> {
  const server: Server = createServer((request, response) => {
    serve(handler, request, response).catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      if (!response.headersSent) {
        response.writeHead(500, { 'content-type': 'text/plain' });
        response.end(`cloudspecs twin: failed to answer: ${message}`);
      } else response.destroy();
    });
  });
  // many clients at once: keep sockets open for reuse, and never let one stalled client hold the server
  server.keepAliveTimeout = 5_000;
  server.requestTimeout = 60_000;
  server.maxHeadersCount = 200;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port: bound } = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${bound}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function serve(handler: TwinHandler, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const limit = handler.engine.maxBodyBytes;
  const declared = Number(request.headers['content-length']);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  const raw: RawRequest = { method: request.method ?? 'GET', target: request.url ?? '/', headers, body: undefined };
  if (Number.isFinite(declared) && declared > limit) {
    // refuse at once and close: the rest of the body is never read
    return send(response, tooLarge(handler), true);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).byteLength;
    if (size > limit) return send(response, tooLarge(handler), true);
    chunks.push(chunk as Buffer);
  }
  raw.body = size === 0 ? undefined : Buffer.concat(chunks, size);
  const answer = await dispatch(handler, raw);
  if (answer.delayMs !== undefined) await sleep(answer.delayMs);
  if (answer.fault === 'drop') {
    request.socket.destroy();
    return;
  }
  if (answer.fault === 'truncate') {
    const bytes = Buffer.from(answer.body);
    response.writeHead(answer.status, { ...answer.headers, 'content-length': String(bytes.length) });
    response.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => response.destroy());
    return;
  }
  send(response, answer, false, request.method === 'HEAD');
}

function send(response: ServerResponse, answer: RawAnswer, close: boolean, head = false): void {
  const body = Buffer.from(answer.body);
  const headers: Record<string, string> = { ...answer.headers, 'content-length': String(body.length) };
  if (close) headers.connection = 'close';
  response.writeHead(answer.status, headers);
  response.end(head || answer.status === 204 ? undefined : body);
}
