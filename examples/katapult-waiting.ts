import { Katapult } from '@cloudspecs/katapult-client';

const katapult = new Katapult({ baseUrl: process.env.KATAPULT_BASE_URL });
const organization = { sub_domain: 'acme' };

// Awaited, a list is its first page as the API answers it (one request).
const { pagination } = await katapult.ipAddresses.list({ organization, per_page: 2 });
console.log(`${pagination.total} addresses on ${pagination.total_pages} pages`);

// Iterated, it is every item of every page, one request per page; `break` stops the requests.
for await (const ip of katapult.ipAddresses.list({ organization, per_page: 2 })) {
  console.log(ip.address, ip.allocation_type ?? 'free');
}

// A power action queues a task; its wait sits next to it (WaitFailedError if it fails, TimeoutError after 30 min).
const { task } = await katapult.virtualMachines.start({ virtual_machine: { id: 'vm_Rzqv3bBJhRr5wjyM' } });
const done = await katapult.tasks.wait(task, { onProgress: ({ status }) => console.log(status) });
console.log(`task ${done.id} ${done.status}`); // 'completed'
const { virtual_machine } = await katapult.virtualMachines.get({ virtual_machine: { id: 'vm_Rzqv3bBJhRr5wjyM' } });
console.log(`${virtual_machine.name} is ${virtual_machine.state}`); // 'web-01 is started'
