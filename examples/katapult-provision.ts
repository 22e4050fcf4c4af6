/**
 * Katapult, from nothing to a running virtual machine and back: find the organization, pick a zone, a package and a
 * disk template, add an SSH key, build a VM and wait for it, give its interface a new IP address; then release the
 * address, delete the VM (to the trash, then purged) and remove the key.
 *
 *   KATAPULT_API_TOKEN=… tsx examples/katapult-provision.ts            (against the real API: it builds a real VM)
 *   pnpm exec cloudspecs-mock katapult --port 4010 &
 *   KATAPULT_API_TOKEN=test KATAPULT_BASE_URL=http://127.0.0.1:4010 tsx examples/katapult-provision.ts
 */
import { createKatapultClient, paginate, waitForBuild, waitForTask } from '@cloudspecs/katapult-client';

const katapult = createKatapultClient({
  throwOnError: true,
  baseUrl: process.env.KATAPULT_BASE_URL,
});
const pollMs = Number(process.env.KATAPULT_POLL_MS ?? 5_000);

// The organization: KATAPULT_ORGANIZATION (a sub-domain), else the first one the token can see.
const { data: orgs } = await katapult.GET('/organizations');
const wanted = process.env.KATAPULT_ORGANIZATION;
const org = wanted ? orgs.organizations.find((o) => o.sub_domain === wanted) : orgs.organizations[0];
if (!org) throw new Error(`no organization ${wanted ?? ''} for this token; set KATAPULT_ORGANIZATION to a sub-domain`);
const organization = { id: org.id };
console.log(`organization ${org.name} (${org.sub_domain})`);

// Where and what to build: a zone, the smallest package, a disk template (the organization's and universal ones).
const { data: zones } = await katapult.GET('/zones');
const zone = zones.zones.find((z) => z.permalink === process.env.KATAPULT_ZONE) ?? zones.zones[0];
if (!zone) throw new Error('no zone is available to this token');
console.log(`zone ${zone.name} in ${zone.data_center.name}`);

let pkg: { id: string; name: string; cpu_cores: number; memory_in_gb: number } | undefined;
for await (const candidate of paginate(katapult, '/virtual_machine_packages', { query: { organization } })) {
  if (!pkg || candidate.memory_in_gb < pkg.memory_in_gb) pkg = candidate;
}
if (!pkg) throw new Error('no virtual machine package is available to this organization');
console.log(`package ${pkg.name} (${pkg.cpu_cores} CPU, ${pkg.memory_in_gb} GB)`);

let template: { id: string; name: string } | undefined;
for await (const candidate of paginate(katapult, '/organizations/organization/disk_templates', {
  query: { organization, include_universal: true },
})) {
  template = candidate;
  break;
}
if (!template) throw new Error('no disk template is available to this organization');
console.log(`disk template ${template.name}`);

// An SSH key for the new machine.
const { data: added } = await katapult.POST('/organizations/organization/ssh_keys', {
  body: {
    organization,
    ssh_key: {
      name: 'provision-example',
      key:
        process.env.KATAPULT_SSH_PUBLIC_KEY ??
        'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIC0Z9SGXmY3B1e2hGqmzVqrbo0Y6W0oNUQ0 example',
    },
  },
});
console.log(`ssh key ${added.ssh_key.name} (${added.ssh_key.id})`);

// Build, then wait: first for the task that runs the build, then for the build to name its virtual machine.
const { data: build } = await katapult.POST('/organizations/organization/virtual_machines/build', {
  body: {
    organization,
    zone: { id: zone.id },
    package: { id: pkg.id },
    disk_template: { id: template.id },
    hostname: 'provision-example',
  },
});
console.log(`build ${build.virtual_machine_build.id} is ${build.virtual_machine_build.state} (task ${build.task.id})`);
const task = await waitForTask(katapult, build.task, { intervalMs: pollMs });
console.log(`task ${task.id} ${task.status}`);
const built = await waitForBuild(katapult, build.virtual_machine_build, {
  intervalMs: pollMs,
  onProgress: (b) => console.log(`  build ${b.state}`),
});
const vm = built.virtual_machine;
console.log(`virtual machine ${vm.name} (${vm.id}) is ${vm.state}`);

// A new IPv4 address on the machine's first network interface.
const { data: interfaces } = await katapult.GET('/virtual_machines/virtual_machine/network_interfaces', {
  params: { query: { virtual_machine: { id: vm.id } } },
});
const vmnet = interfaces.virtual_machine_network_interfaces[0];
if (!vmnet) throw new Error(`virtual machine ${vm.id} has no network interface`);
const { data: allocated } = await katapult.POST(
  '/virtual_machine_network_interfaces/virtual_machine_network_interface/allocate_new_ip',
  { body: { virtual_machine_network_interface: { id: vmnet.id }, address_version: 'ipv4' } },
);
const ip = allocated.ip_address;
console.log(`allocated ${ip.address} (${ip.id}) to ${vmnet.name}`);

// And back: the address off the interface and out of the organization, the machine to the trash and out of it, the key.
await katapult.POST('/ip_addresses/ip_address/unallocate', { body: { ip_address: { id: ip.id } } });
await katapult.DELETE('/ip_addresses/ip_address', { body: { ip_address: { id: ip.id } } });
console.log(`released ${ip.address}`);
const { data: deleted } = await katapult.DELETE('/virtual_machines/virtual_machine', {
  body: { virtual_machine: { id: vm.id } },
});
await katapult.DELETE('/trash_objects/trash_object', { body: { trash_object: { id: deleted.trash_object.id } } });
console.log(`deleted virtual machine ${vm.id} (trash object ${deleted.trash_object.id} purged)`);
await katapult.DELETE('/ssh_keys/ssh_key', { body: { ssh_key: { id: added.ssh_key.id } } });
console.log(`removed ssh key ${added.ssh_key.id}`);
