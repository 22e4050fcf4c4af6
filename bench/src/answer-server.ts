/**
 * The keep-alive node:http server the request benchmarks talk to, run as a child process of the bench (forked, with
 * an IPC channel): it answers each seed operation with its documented status, headers and example JSON.
 *
 * A child process rather than the bench's own: in one process the server's parsing and writing would share the event
 * loop and the core with the client under test, and every variant's time would include it, diluting the ratios. Here
 * the server has the second core to itself and the figures are the client's side of the exchange.
 */
import { createServer } from 'node:http';
import { seedOperations } from './seed-operations.js';

const routes = Object.values(seedOperations()).map((seed) => {
  const text = JSON.stringify(seed.answer);
  return {
    path: `${seed.basePath}${seed.urlPath}`,
    status: seed.status,
    headers: {
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(text)),
      ...seed.answerHeaders,
    },
    text,
  };
});

const server = createServer({ keepAlive: true, keepAliveTimeout: 60_000 }, (request, response) => {
  const route = routes.find((r) => r.path === request.url);
  request.resume(); // the body is read and dropped, as a server that parsed it would
  request.on('end', () => {
    if (!route || request.method !== 'POST') {
      response
        .writeHead(404, { 'content-type': 'text/plain' })
        .end(`no seed operation at ${request.method} ${request.url}`);
      return;
    }
    response.writeHead(route.status, route.headers).end(route.text);
  });
});
server.keepAliveTimeout = 60_000;

server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('answer-server: no port');
  process.send?.({ port: address.port });
});

// Ends with the bench (or after ten minutes at most, should the bench die without closing the channel).
process.on('disconnect', () => process.exit(0));
setTimeout(() => process.exit(0), 600_000).unref();
