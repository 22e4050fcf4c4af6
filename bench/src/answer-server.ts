/**
 * The keep-alive node:http server the request section talks to, run as a forked child: in the bench's own process its
 * parsing and writing would share the event loop and the core with the client under test and be counted in every
 * variant. The parent sends the routes (path → status, headers, text) over IPC; the child answers with its port.
 */
import { createServer } from 'node:http';

type Route = { status: number; headers: Record<string, string>; text: string };

process.once('message', (routes: Record<string, Route>) => {
  const server = createServer({ keepAlive: true, keepAliveTimeout: 60_000 }, (request, response) => {
    const route = routes[request.url ?? ''];
    request.resume(); // read and drop the body, as a server that parsed it would
    request.on('end', () => {
      if (!route) response.writeHead(404).end(`no route ${request.method} ${request.url}`);
      else response.writeHead(route.status, route.headers).end(route.text);
    });
  });
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    process.send?.(typeof address === 'object' && address ? address.port : 0);
  });
});
// Ends with the bench (or after ten minutes, should the bench die without closing the channel).
process.on('disconnect', () => process.exit(0));
setTimeout(() => process.exit(0), 600_000).unref();
