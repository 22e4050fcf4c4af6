/**
 * A real HTTP server on 127.0.0.1 whose answers are scripted per request, to inject the faults the runtime must
 * survive: throttling, 503s, connections reset before or after the body is read, stalls, malformed bodies.
 */
import {
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
  createServer,
} from 'node:http';
import type { AddressInfo } from 'node:net';

export type Fault =
  /** An HTTP answer; `json` is serialized with content-type application/json. */
  | { status: number; headers?: Record<string, string>; json?: unknown; text?: string }
  /** Destroy the connection as soon as the request head arrived, before reading the body. */
  | { reset: 'before-body' }
  /** Read the whole body (the request is executed, as far as the client can tell), then destroy the connection. */
  | { reset: 'after-body' }
  /** Never answer. */
  | { stall: true }
  /** Answer by hand (a status Node allows but fetch does not expect, a body that never ends, gzip, ...). */
  | { handle: (req: IncomingMessage, res: ServerResponse) => void };

export interface ReceivedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  /** `undefined` when the connection was reset before the body was read. */
  body: string | undefined;
}

export interface FaultServer {
  /** Base URL, e.g. http://127.0.0.1:43121 */
  url: string;
  /** The answers for the next requests, in order. Unscripted requests get 418 "unscripted request". */
  script(...faults: Fault[]): void;
  received: ReceivedRequest[];
  /** Forget the script and the received requests, so one test's leftovers cannot answer the next. */
  reset(): void;
  close(): Promise<void>;
}

export async function startFaultServer(): Promise<FaultServer> {
  const queue: Fault[] = [];
  const received: ReceivedRequest[] = [];

  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const record: ReceivedRequest = {
      method: req.method ?? '',
      url: req.url ?? '',
      headers: req.headers,
      body: undefined,
    };
    received.push(record);
    const fault = queue.shift() ?? { status: 418, text: 'unscripted request' };
    if ('reset' in fault && fault.reset === 'before-body') {
      req.socket.destroy();
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      record.body = Buffer.concat(chunks).toString('utf8');
      if ('reset' in fault) {
        req.socket.destroy();
        return;
      }
      if ('stall' in fault) return;
      if ('handle' in fault) {
        fault.handle(req, res);
        return;
      }
      const headers = { ...fault.headers };
      let body = fault.text ?? '';
      if (fault.json !== undefined) {
        body = JSON.stringify(fault.json);
        headers['content-type'] ??= 'application/json';
      }
      res.writeHead(fault.status, headers);
      res.end(body);
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    script: (...faults) => {
      queue.push(...faults);
    },
    received,
    reset: () => {
      queue.length = 0;
      received.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A port on 127.0.0.1 that nothing listens on: connecting to it is refused. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
