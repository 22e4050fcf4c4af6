/**
 * Katapult: create an IP address, allocate it to a network interface, list the organization's IP addresses.
 *
 *   KATAPULT_API_TOKEN=… tsx examples/katapult.ts            (against the real API)
 *   pnpm exec cloudspecs-mock katapult --port 4010 &
 *   KATAPULT_API_TOKEN=test KATAPULT_BASE_URL=http://127.0.0.1:4010 tsx examples/katapult.ts
 */
import { createKatapultClient, paginate } from '@cloudspecs/katapult-client';

const organization = { sub_domain: process.env.KATAPULT_ORGANIZATION ?? 'acme' };
const katapult = createKatapultClient({
  throwOnError: true,
  ...(process.env.KATAPULT_BASE_URL ? { baseUrl: process.env.KATAPULT_BASE_URL } : {}),
});

const { data: created } = await katapult.POST('/organizations/organization/ip_addresses', {
  body: { organization, network: { permalink: 'uk-lon-01-public' }, version: 'ipv4' },
});
console.log(`created ${created.ip_address.address} (${created.ip_address.id})`);

const { data: allocated } = await katapult.POST(
  '/virtual_machine_network_interfaces/virtual_machine_network_interface/allocate_ip',
  {
    body: {
      virtual_machine_network_interface: { id: 'vmnet_8bDl1S9Ff5MbHoay' },
      ip_address: { id: created.ip_address.id },
    },
  },
);
const vmnet = allocated.virtual_machine_network_interface;
console.log(`allocated to ${vmnet.name}: ${vmnet.ip_addresses?.map((ip) => ip.address).join(', ')}`);

let count = 0;
for await (const ip of paginate(katapult, '/organizations/organization/ip_addresses', { query: { organization } })) {
  console.log(`  ${ip.address} (${ip.reverse_dns})`);
  count += 1;
}
console.log(`${count} IP address(es) in ${organization.sub_domain}`);
