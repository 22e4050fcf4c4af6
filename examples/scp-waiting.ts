import { createScpClient, paginate, waitForServer } from '@cloudspecs/scp-client';

const scp = createScpClient({ baseUrl: process.env.SCP_BASE_URL, throwOnError: true });

// Every virtual server, 100 per request (`limit`/`marker` handled for you); `break` stops the requests.
for await (const server of paginate(scp, '/v1/servers', { limit: 100 })) {
  console.log(server.id, server.name, server.state);
}

// A new server is BUILD until it runs: wait for ACTIVE (ERROR or DELETED → WaitFailedError).
const { data: created } = await scp.POST('/v1/servers', {
  body: {
    name: 'web-01',
    server_type_id: 's1v1m2',
    image_id: 'b3f9c1d2-7e4a-4c1b-9f0e-2d6a8c5e1f47',
    keypair_name: 'deploy',
    networks: [{ subnet_id: '78b2ee3f074145c580ab6abac4821f97' }],
  },
});
const server = await waitForServer(scp, created, {
  intervalMs: Number(process.env.SCP_POLL_MS ?? 5_000),
  onProgress: ({ state }) => console.log(state),
});
console.log(server.id, server.state, server.addresses);
