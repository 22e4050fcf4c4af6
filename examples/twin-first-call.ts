import { Katapult } from '@cloudspecs/katapult-client';
import { createTwin } from '@cloudspecs/mock/twin';

// A twin of the Katapult API in this process: its `fetch` is the client's, no port, no network.
const twin = await createTwin('katapult'); // its world: the spec's examples (organization acme, its network, …)
const katapult = new Katapult({ token: 'test', fetch: twin.fetch });

const organization = { sub_domain: 'acme' };
const { ip_address } = await katapult.ipAddresses.create({
  organization,
  network: { permalink: 'uk-lon-01-public' },
  version: 'ipv4',
});
// The twin keeps it: the organization's list has it, and a lookup by address finds it.
const { ip_addresses } = await katapult.ipAddresses.list({ organization, per_page: 100 });
const found = await katapult.ipAddresses.get({ ip_address: { address: ip_address.address } });
console.log(
  ip_address.address,
  ip_addresses.some((ip) => ip.id === ip_address.id),
  found.ip_address.id === ip_address.id,
);

// Or over HTTP, for code that takes a base URL (and for other languages): `baseUrl: running.url`.
const running = await twin.listen();
console.log(running.url); // http://127.0.0.1:40123
await running.close();
