/**
 * SCP virtualserver: create a network interface on a server with API version 1.3, then list the server's interfaces.
 *
 *   SCP_ACCESS_KEY=… SCP_SECRET_KEY=… tsx examples/scp.ts
 *   (SCP_BASE_URL=http://127.0.0.1:4010 against `pnpm exec cloudspecs-mock scp --port 4010`)
 */
import { createScpClient } from '@cloudspecs/scp-client';

const server_id = process.env.SCP_SERVER_ID ?? '2a9be312-5d4b-4bc8-b2ae-35100fa9241f';
const scp = createScpClient({
  apiVersion: '1.3',
  region: 'kr-west1',
  env: 'e',
  throwOnError: true,
  // Listing interfaces is documented only in 1.0, past its Not Before date: sent anyway, with this note once.
  onWarning: (message) => console.log(`note: ${message}`),
  ...(process.env.SCP_BASE_URL ? { baseUrl: process.env.SCP_BASE_URL } : {}),
});

const { data: created } = await scp.POST('/v1/servers/{server_id}/interfaces', {
  params: { path: { server_id } },
  body: { subnet_id: process.env.SCP_SUBNET_ID ?? '78b2ee3f074145c580ab6abac4821f97' },
});
console.log(
  `created port ${created.port_id} (${created.port_state}, mac ${created.mac_addr}) with virtualserver ${scp.apiVersion}`,
);

const { data: listed } = await scp.GET('/v1/servers/{server_id}/interfaces', { params: { path: { server_id } } });
for (const port of listed.interfaces) {
  console.log(`  ${port.port_id} ${port.port_state} ${port.fixed_ips?.map((ip) => ip.ip_address).join(', ') ?? ''}`);
}
console.log(`${listed.interfaces.length} interface(s) on server ${server_id}`);
