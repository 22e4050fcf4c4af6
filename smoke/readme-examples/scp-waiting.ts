import { createScpClient, paginate, waitForServer } from '@cloudspecs/scp-client';

const scp = createScpClient({ throwOnError: true });

// Every virtual server, 100 per request (`limit`/`marker` handled for you); `break` stops the requests.
for await (const server of paginate(scp, '/v1/servers', { limit: 100 })) {
  console.log(server.id, server.name, server.state);
}

// A new server is BUILD until it runs: wait for ACTIVE (ERROR or DELETED → WaitFailedError).
declare const created: { servers: { id: string }[] }; // the data of `await scp.POST('/v1/servers', { body })`
const server = await waitForServer(scp, created, { onProgress: ({ state }) => console.log(state) });
console.log(server.id, server.state, server.addresses);
