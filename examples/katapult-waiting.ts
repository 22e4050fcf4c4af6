import { createKatapultClient, paginate, waitForTask } from '@cloudspecs/katapult-client';

const katapult = createKatapultClient({ baseUrl: process.env.KATAPULT_BASE_URL, throwOnError: true });

// Every IP address of the organization, one page (one request) at a time; `break` stops the requests.
for await (const ip of paginate(katapult, '/organizations/organization/ip_addresses', {
  query: { organization: { sub_domain: 'acme' } },
})) {
  console.log(ip.address, ip.allocation_type ?? 'free');
}

// Power actions queue a task: wait for it to complete (throws WaitFailedError if it fails, TimeoutError after 10 min).
const { data } = await katapult.POST('/virtual_machines/virtual_machine/stop', {
  body: { virtual_machine: { id: 'vm_Rzqv3bBJhRr5wjyM' } },
});
const task = await waitForTask(katapult, data.task, { onProgress: (t) => console.log(t.status) });
console.log(task.status); // 'completed'
