import { createKatapultClient, Katapult, paginate } from '@cloudspecs/katapult-client';

// The layer underneath: openapi-fetch's client, called by path. `new Katapult(options).client` is one (it throws);
// createKatapultClient(options) makes one that returns `{ data, error, response }` unless `throwOnError: true`.
const katapult = createKatapultClient({ baseUrl: process.env.KATAPULT_BASE_URL });

const { data, error } = await katapult.POST('/organizations/organization/ip_addresses', {
  body: { organization: { sub_domain: 'acme' }, network: { permalink: 'uk-lon-01-public' }, version: 'ipv4' },
});
if (error)
  console.error(error.error.code); // typed per operation: 'validation_error' | 'no_available_addresses' | …
else console.log(data.ip_address.address); // 185.199.220.27

// Lists page through `paginate(client, path, options)`, on the same schemes as the resource layer's lists.
const { client } = new Katapult({ baseUrl: process.env.KATAPULT_BASE_URL });
for await (const ip of paginate(client, '/organizations/organization/ip_addresses', {
  query: { organization: { sub_domain: 'acme' } },
})) {
  console.log(ip.address);
}
