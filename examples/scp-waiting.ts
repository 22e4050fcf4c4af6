import { Scp } from '@cloudspecs/scp-client';

const scp = new Scp({ baseUrl: process.env.SCP_BASE_URL });

// Every virtual server, 100 per request (`limit` and `marker` handled for you); `break` stops the requests.
for await (const server of scp.servers.list({ limit: 100 })) {
  console.log(server.id, server.name, server.state);
}

// A new server is BUILD until it runs: its wait sits next to it (ERROR or DELETED → WaitFailedError).
const created = await scp.servers.create({
  name: 'web-01',
  server_type_id: 's1v1m2',
  image_id: '6f2a1c0e-8d4b-4a3e-9f1c-2b7d5e8a0c13',
  keypair_name: 'deploy-key',
  networks: [{ subnet_id: '78b2ee3f074145c580ab6abac4821f97' }],
});
const server = await scp.servers.waitForServer(created, { onProgress: ({ state }) => console.log(state) });
console.log(server.id, server.state); // '…' 'ACTIVE'
