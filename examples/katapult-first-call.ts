import { createKatapultClient } from '@cloudspecs/katapult-client';

const katapult = createKatapultClient({ baseUrl: process.env.KATAPULT_BASE_URL }); // token from KATAPULT_API_TOKEN; baseUrl unset: the real API

const { data, error } = await katapult.POST('/organizations/organization/ip_addresses', {
  body: { organization: { sub_domain: 'acme' }, network: { permalink: 'uk-lon-01-public' }, version: 'ipv4' },
});
if (error) {
  console.error(error.error.code, error.error.description); // 'validation_error' | 'no_available_addresses' | …
} else {
  const ip = data.ip_address;
  console.log(ip.address, ip.id); // 185.199.220.27 ip_dZLSaeCb7fF2aiK9

  // allocate it to a virtual machine's network interface
  await katapult.POST('/virtual_machine_network_interfaces/virtual_machine_network_interface/allocate_ip', {
    body: { virtual_machine_network_interface: { id: 'vmnet_8bDl1S9Ff5MbHoay' }, ip_address: { id: ip.id } },
  });
}
