/**
 * Katapult, from nothing to a running virtual machine and back: find the organization, pick a zone, a package and a
 * disk template, add an SSH key, build a VM and wait for it, give its interface a new IP address; then release the
 * address, delete the VM (to the trash, then purged) and remove the key.
 *
 *   KATAPULT_API_TOKEN=… npx tsx examples/katapult-provision.ts        (against the real API: it builds a real VM)
 *   pnpm exec cloudspecs-mock katapult --twin --port 4010 &           (or against the Katapult twin: seconds)
 *   KATAPULT_API_TOKEN=test KATAPULT_BASE_URL=http://127.0.0.1:4010 npx tsx examples/katapult-provision.ts
 */
import { Katapult, NotFoundError, type VirtualMachinePackage } from '@cloudspecs/katapult-client';

const katapult = new Katapult({ baseUrl: process.env.KATAPULT_BASE_URL });
const intervalMs = Number(process.env.KATAPULT_POLL_MS ?? 5_000);

// The organization: KATAPULT_ORGANIZATION (a sub-domain), else the first one the token can see.
const { organizations } = await katapult.organizations.list();
const wanted = process.env.KATAPULT_ORGANIZATION;
const org = wanted ? organizations.find((o) => o.sub_domain === wanted) : organizations[0];
if (!org) throw new Error(`no organization ${wanted ?? ''} for this token; set KATAPULT_ORGANIZATION to a sub-domain`);
const organization = { id: org.id };
console.log(`organization ${org.name} (${org.sub_domain})`);

// Where and what to build: a zone, the smallest package, a disk template (the organization's and universal ones).
const { zones } = await katapult.zones.list();
const zone = zones.find((z) => z.permalink === process.env.KATAPULT_ZONE) ?? zones[0];
if (!zone) throw new Error('no zone is available to this token');
console.log(`zone ${zone.name} in ${zone.data_center.name}`);

let pkg: VirtualMachinePackage | undefined;
for await (const candidate of katapult.virtualMachinePackages.list({ organization })) {
  if (!pkg || candidate.memory_in_gb < pkg.memory_in_gb) pkg = candidate;
}
if (!pkg) throw new Error('no virtual machine package is available to this organization');
console.log(`package ${pkg.name} (${pkg.cpu_cores} CPU, ${pkg.memory_in_gb} GB)`);

let template: { id: string; name: string } | undefined;
for await (const candidate of katapult.diskTemplates.list({ organization, include_universal: true })) {
  template = candidate;
  break; // the first is enough: no further page is asked for
}
if (!template) throw new Error('no disk template is available to this organization');
console.log(`disk template ${template.name}`);

// An SSH key for the new machine.
const { ssh_key } = await katapult.sshKeys.add({
  organization,
  ssh_key: {
    name: 'provision-example',
    key:
      process.env.KATAPULT_SSH_PUBLIC_KEY ??
      'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIC0Z9SGXmY3B1e2hGqmzVqrbo0Y6W0oNUQ0 example',
  },
});
console.log(`ssh key ${ssh_key.name} (${ssh_key.id})`);
const { ssh_keys } = await katapult.sshKeys.list({ organization });
console.log(
  `the organization has ${ssh_keys.length} ssh key(s), this one among them: ${ssh_keys.some((k) => k.id === ssh_key.id)}`,
);

// Build, then wait: first for the task that runs the build, then for the build to name its virtual machine.
const build = await katapult.virtualMachines.build({
  organization,
  zone: { id: zone.id },
  package: { id: pkg.id },
  disk_template: { id: template.id },
  hostname: 'provision-example',
});
console.log(`build ${build.virtual_machine_build.id} is ${build.virtual_machine_build.state} (task ${build.task.id})`);
const task = await katapult.tasks.wait(build.task, { intervalMs });
console.log(`task ${task.id} ${task.status}`);
const built = await katapult.virtualMachines.waitForBuild(build.virtual_machine_build, {
  intervalMs,
  onProgress: (b) => console.log(`  build ${b.state}`),
});
const vm = built.virtual_machine;
console.log(`virtual machine ${vm.name} (${vm.id}) is ${vm.state}`);

// A new IPv4 address on the machine's first network interface.
const { virtual_machine_network_interfaces } = await katapult.virtualMachineNetworkInterfaces.list({
  virtual_machine: { id: vm.id },
});
const vmnet = virtual_machine_network_interfaces[0];
if (!vmnet) throw new Error(`virtual machine ${vm.id} has no network interface`);
const { ip_address: ip } = await katapult.virtualMachineNetworkInterfaces.allocateNewIp({
  virtual_machine_network_interface: { id: vmnet.id },
  address_version: 'ipv4',
});
console.log(`allocated ${ip.address} (${ip.id}) to ${vmnet.name}`);
const { virtual_machine: withAddress } = await katapult.virtualMachines.get({ virtual_machine: { id: vm.id } });
console.log(`${withAddress.name} has ${withAddress.ip_addresses.map((address) => address.address).join(', ')}`);

// And back: the address off the interface and out of the organization, the machine to the trash and out of it, the key.
await katapult.ipAddresses.unallocate({ ip_address: { id: ip.id } });
await katapult.ipAddresses.release({ ip_address: { id: ip.id } });
console.log(`released ${ip.address}`);
const { trash_object } = await katapult.virtualMachines.delete({ virtual_machine: { id: vm.id } });
await katapult.trashObjects.purge({ trash_object: { id: trash_object.id } });
console.log(`deleted virtual machine ${vm.id} (trash object ${trash_object.id} purged)`);
try {
  await katapult.virtualMachines.get({ virtual_machine: { id: vm.id } });
  throw new Error(`virtual machine ${vm.id} is still there after its deletion`);
} catch (error) {
  if (!(error instanceof NotFoundError)) throw error;
  console.log(`virtual machine ${vm.id} is gone (${error.code})`);
}
await katapult.sshKeys.delete({ ssh_key: { id: ssh_key.id } });
console.log(`removed ssh key ${ssh_key.id}`);
