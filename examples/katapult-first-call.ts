import { type IpAddress, Katapult } from '@cloudspecs/katapult-client';

// token from KATAPULT_API_TOKEN; baseUrl unset: the real API
const katapult = new Katapult({ baseUrl: process.env.KATAPULT_BASE_URL });

// One argument object: path, query and body fields together, typed from the spec. A call resolves to the data.
const { ip_address } = await katapult.ipAddresses.create({
  organization: { sub_domain: 'acme' }, // exactly one of { id } or { sub_domain }: two do not compile
  network: { permalink: 'uk-lon-01-public' },
  version: 'ipv4',
});
const ip: IpAddress = ip_address; // every schema is a named type
console.log(ip.address, ip.id); // 185.199.220.27 ip_dZLSaeCb7fF2aiK9

// Allocate it to a virtual machine's network interface; `.withResponse()` gives the Response with the data.
const { data, response } = await katapult.virtualMachineNetworkInterfaces
  .allocateIp({ virtual_machine_network_interface: { id: 'vmnet_8bDl1S9Ff5MbHoay' }, ip_address: { id: ip.id } })
  .withResponse();
console.log(response.status, data.virtual_machine_network_interface.name); // 200 'Public Network on web-01'
