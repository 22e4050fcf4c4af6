/**
 * The consumer the smoke test builds and runs: a project outside the workspace that installed the packed tarballs with
 * npm. It is type-checked under `moduleResolution` node16 and bundler (strict, skipLibCheck: false), then compiled and
 * run against the Prism mocks of the installed @cloudspecs/mock. Every step prints one line; any surprise throws.
 */
import { createHostwayClient, waitForServer } from '@cloudspecs/hostway-client';
import { createKatapultClient } from '@cloudspecs/katapult-client';
import { type RunningMock, startMock, type Vendor } from '@cloudspecs/mock';
import { ValidationError } from '@cloudspecs/runtime';
import { createScpClient } from '@cloudspecs/scp-client';

const mocks: RunningMock[] = [];

async function mock(vendor: Vendor): Promise<string> {
  const running = await startMock(vendor, { quiet: true });
  mocks.push(running);
  return running.url;
}

function step(vendor: string, call: string, outcome: string): void {
  console.log(`  ${vendor.padEnd(9)} ${call.padEnd(58)} → ${outcome}`);
}

function expect(condition: boolean, what: string): asserts condition {
  if (!condition) throw new Error(`smoke consumer: expected ${what}`);
}

async function katapult(): Promise<void> {
  const client = createKatapultClient({ token: 'smoke-token', baseUrl: await mock('katapult'), throwOnError: true });

  const { data: created } = await client.POST('/organizations/organization/ip_addresses', {
    body: { organization: { sub_domain: 'acme' }, network: { permalink: 'uk-lon-01-public' }, version: 'ipv4' },
  });
  const ip = created.ip_address;
  expect(/^\d+\.\d+\.\d+\.\d+$/.test(ip.address), `an IPv4 address, got ${JSON.stringify(ip.address)}`);
  step('katapult', 'POST /organizations/organization/ip_addresses', `ip_address ${ip.address} (${ip.id})`);

  const { data: allocated } = await client.POST(
    '/virtual_machine_network_interfaces/virtual_machine_network_interface/allocate_ip',
    { body: { virtual_machine_network_interface: { id: 'vmnet_8bDl1S9Ff5MbHoay' }, ip_address: { id: ip.id } } },
  );
  const vmnet = allocated.virtual_machine_network_interface;
  const addresses = (vmnet.ip_addresses ?? []).map((address) => address.address);
  expect(addresses.includes(ip.address), `${vmnet.id} to hold ${ip.address}, got ${addresses.join(', ')}`);
  step(
    'katapult',
    'POST …/virtual_machine_network_interface/allocate_ip',
    `${vmnet.id} now has ${addresses.join(', ')}`,
  );

  // The error classes of the installed @cloudspecs/runtime are the ones the client throws (one copy, not two).
  try {
    await client.POST('/organizations/organization/ip_addresses', {
      body: { organization: { sub_domain: 'acme' }, network: { permalink: 'uk-lon-01-public' }, version: 'ipv4' },
      headers: { Prefer: 'code=422' },
    });
    throw new Error('smoke consumer: expected the 422 asked of the mock to throw');
  } catch (error) {
    expect(error instanceof ValidationError, `a ValidationError from @cloudspecs/runtime, got ${String(error)}`);
    step('katapult', '  (mock told to answer 422)', `${error.name} ${error.status} ${error.code}`);
  }
}

async function hostway(): Promise<void> {
  const client = createHostwayClient({
    username: 'smoke',
    password: 'smoke-password',
    accountId: 'smith1234',
    baseUrl: await mock('hostway'),
    throwOnError: true,
  });
  const created = await client.POST('/servers', {
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
  expect(created.response.status === 202, `202 Accepted, got ${created.response.status}`);
  expect(created.data.server.status === 'BUILD', `a server in BUILD, got ${created.data.server.status}`);
  step(
    'hostway',
    'POST /servers (accountId smith1234)',
    `${created.response.status} server ${created.data.server.id} ${created.data.server.status}`,
  );

  const server = await waitForServer(client, created, {
    intervalMs: 50,
    timeoutMs: 20_000,
    onProgress: ({ status, progress }) => step('hostway', '  waiting', `${status} ${progress}%`),
  });
  expect(server.status === 'ACTIVE', `an ACTIVE server, got ${server.status}`);
  step('hostway', `waitForServer → GET /servers/${server.id}`, `${server.status} ${server.progress}%`);
}

async function scp(): Promise<void> {
  const sentVersions: string[] = [];
  const client = createScpClient({
    accessKey: 'smoke-access-key',
    secretKey: 'smoke-secret-key',
    apiVersion: '1.3',
    baseUrl: await mock('scp'),
    throwOnError: true,
    fetch: (request) => {
      sentVersions.push(request.headers.get('Scp-Api-Version') ?? '(none)');
      return fetch(request);
    },
  });
  expect(client.apiVersion === '1.3', `the client pinned to 1.3, got ${client.apiVersion}`);
  const { data } = await client.POST('/v1/servers/{server_id}/interfaces', {
    params: { path: { server_id: '2a9be312-5d4b-4bc8-b2ae-35100fa9241f' } },
    body: { subnet_id: '78b2ee3f074145c580ab6abac4821f97' },
  });
  expect(
    sentVersions.length === 1 && sentVersions[0] === 'virtualserver 1.3',
    `one request sent with "Scp-Api-Version: virtualserver 1.3", got ${JSON.stringify(sentVersions)}`,
  );
  step(
    'scp',
    'POST /v1/servers/{server_id}/interfaces',
    `port ${data.port_id} ${data.port_state} (Scp-Api-Version: ${sentVersions[0]})`,
  );
}

try {
  await katapult();
  await hostway();
  await scp();
} finally {
  await Promise.all(mocks.map((running) => running.close()));
}
