/**
 * A server on a real socket that answers every request with one JSON body, for tests that need an answer no mock
 * serves: a body that breaks the spec (the drift tests). Counts the requests it got.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface AnsweringServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Requests answered so far. */
  requests(): number;
  close(): Promise<void>;
}

export async function answeringServer(status: number, body: unknown): Promise<AnsweringServer> {
  let count = 0;
  const server = createServer((_request, response) => {
    count++;
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests: () => count,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
