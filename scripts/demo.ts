/**
 * pnpm demo — starts a Prism mock of every vendor spec and calls each client's seed operations against it, printing
 * what came back. The same calls a user makes against the real APIs, with `baseUrl` pointing at the mock.
 */
import { createHostwayClient, waitForServer } from '@cloudspecs/hostway-client';
import { createKatapultClient } from '@cloudspecs/katapult-client';
import { type RunningMock, startMock, type Vendor, vendors } from '@cloudspecs/mock';
import { createScpClient } from '@cloudspecs/scp-client';

const mocks: RunningMock[] = [];
async function mock(vendor: Vendor): Promise<string> {
  const running = await startMock(vendor, { quiet: true });
  mocks.push(running);
  return running.url;
}

function show(vendor: string, call: string, outcome: string): void {
  console.log(`${vendor.padEnd(9)} ${call.padEnd(62)} → ${outcome}`);
}

async function katapult(): Promise<void> {
  const client = createKatapultClient({ token: 'demo-token', baseUrl: await mock('katapult') });
  const created = await client.POST('/organizations/organization/ip_addresses', {
    body: { organization: { sub_domain: 'acme' }, network: { id: 'net_5ZJyUvFi5GvLT3pQ' }, version: 'ipv4' },
  });
  show(
    'katapult',
    'POST /organizations/organization/ip_addresses',
    `${created.response.status} ip_address ${created.data?.ip_address.address} (${created.data?.ip_address.id})`,
  );
  const allocated = await client.POST(
    '/virtual_machine_network_interfaces/virtual_machine_network_interface/allocate_ip',
    {
      body: {
        virtual_machine_network_interface: { id: 'vmnet_8bDl1S9Ff5MbHoay' },
        ip_address: { id: 'ip_dZLSaeCb7fF2aiK9' },
      },
    },
  );
  const vmnet = allocated.data?.virtual_machine_network_interface;
  show(
    'katapult',
    'POST /virtual_machine_network_interfaces/…/allocate_ip',
    `${allocated.response.status} ${vmnet?.name}: ${vmnet?.ip_addresses?.map((ip) => ip.address).join(', ')}`,
  );
  const refused = await client.POST('/organizations/organization/ip_addresses', {
    body: { organization: { id: 'org_BZJ1SSjRnWm7X1bT' }, network: { id: 'net_5ZJyUvFi5GvLT3pQ' }, version: 'ipv4' },
    headers: { Prefer: 'code=503, example=no_available_addresses' },
    maxRetries: 0,
  });
  show('katapult', '  (mock told to answer 503)', `${refused.response.status} ${refused.error?.error.code}`);
}

async function hostway(): Promise<void> {
  const client = createHostwayClient({ username: 'demo', password: 'demo-password', baseUrl: await mock('hostway') });
  const created = await client.POST('/accounts/{accountId}/flexcloud/servers', {
    params: { path: { accountId: 'smith1234' } },
    body: {
      server: {
        name: 'web01',
        imageRef: 'https://api.hostway.com/accounts/smith1234/flexcloud/images/test_public_image',
        flavorRef: 'https://api.hostway.com/accounts/smith1234/flexcloud/flavors/1',
        securityGroupRef:
          'https://api.hostway.com/accounts/smith1234/flexcloud/os-security-groups/group2012Nov02_jD6NX8BsK/',
        zone: 'AUS001',
      },
    },
  });
  show(
    'hostway',
    'POST /accounts/{accountId}/flexcloud/servers',
    `${created.response.status} server ${created.data?.server.id} ${created.data?.server.status} ${created.data?.server.progress}% (Location ${created.response.headers.get('Location')})`,
  );
  const server = await waitForServer(client, created, { intervalMs: 10 });
  show('hostway', '  waitForServer (follows the Location)', `server ${server.id} ${server.status}`);
  const ip = await client.POST('/os-floating-ips', {});
  show('hostway', 'POST /os-floating-ips', `${ip.response.status} flexible IP ${ip.data?.floating_ip.ip}`);
}

async function scp(): Promise<void> {
  const client = createScpClient({
    accessKey: 'demo-access-key',
    secretKey: 'demo-secret',
    baseUrl: await mock('scp'),
  });
  const created = await client.POST('/v1/servers/{server_id}/interfaces', {
    params: { path: { server_id: '2a9be312-5d4b-4bc8-b2ae-35100fa9241f' } },
    body: { subnet_id: '78b2ee3f074145c580ab6abac4821f97' },
  });
  show(
    'scp',
    `POST /v1/servers/{server_id}/interfaces (virtualserver ${client.apiVersion})`,
    `${created.response.status} port ${created.data?.port_id} ${created.data?.port_state} mac ${created.data?.mac_addr}`,
  );
}

// One demo per vendor of the registry (redocly.yaml, via the mock's generated list): a vendor without one does not compile.
const demos: Record<Vendor, () => Promise<void>> = { katapult, hostway, scp };

try {
  for (const vendor of vendors) await demos[vendor]();
  console.log(
    '\nEvery call above went through the generated clients to Prism mocks of specs/. Run `npm test` for the suite.',
  );
} finally {
  await Promise.all(mocks.map((running) => running.close()));
}
