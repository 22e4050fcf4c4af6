/**
 * Hostway: create a server, wait until it is ACTIVE, allocate a flexible IP and associate it with the server.
 *
 *   HOSTWAY_USERNAME=… HOSTWAY_PASSWORD=… HOSTWAY_ACCOUNT_ID=… tsx examples/hostway.ts
 *   (HOSTWAY_BASE_URL=http://127.0.0.1:4010 against `pnpm exec cloudspecs-mock hostway --port 4010`)
 */
import { createHostwayClient, waitForServer } from '@cloudspecs/hostway-client';

const accountId = process.env.HOSTWAY_ACCOUNT_ID ?? 'smith1234';
const api = process.env.HOSTWAY_BASE_URL ?? 'https://api.hostway.com';
const hostway = createHostwayClient({ throwOnError: true, ...(process.env.HOSTWAY_BASE_URL ? { baseUrl: api } : {}) });

const { data, response } = await hostway.POST('/accounts/{accountId}/flexcloud/servers', {
  params: { path: { accountId } },
  body: {
    server: {
      name: 'web01',
      imageRef: `https://api.hostway.com/accounts/${accountId}/flexcloud/images/test_public_image`,
      flavorRef: `https://api.hostway.com/accounts/${accountId}/flexcloud/flavors/1`,
      securityGroupRef: `https://api.hostway.com/accounts/${accountId}/flexcloud/os-security-groups/default/`,
      zone: 'AUS001',
    },
  },
});
console.log(`server ${data.server.id} is ${data.server.status}; polling ${response.headers.get('Location')}`);

const server = await waitForServer(
  hostway,
  { response, data },
  {
    intervalMs: Number(process.env.HOSTWAY_POLL_MS ?? 5_000),
    onProgress: ({ status, progress }) => console.log(`  ${status} ${progress}%`),
  },
);
console.log(`server ${server.id} is ${server.status} at ${server.accessIPv4}`);

const { data: allocated } = await hostway.POST('/accounts/{accountId}/flexcloud/os-floating-ips', {
  params: { path: { accountId } },
  body: { zone: server.zone },
});
const ip = allocated.floating_ip.ip;
console.log(`allocated flexible IP ${ip}`);

await hostway.POST('/accounts/{accountId}/flexcloud/servers/{serverId}/action', {
  params: { path: { accountId, serverId: server.id } },
  body: { addFloatingIp: { address: ip } },
});
console.log(`associated ${ip} with server ${server.id}`);
