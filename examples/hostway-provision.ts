/**
 * Hostway, from nothing to a reachable server and back: pick a zone, a flavor and an image; create a firewall group;
 * create a server in it and wait until it is ACTIVE; allocate a flexible IP and bind it; then unbind and release it,
 * and delete the server and the group.
 *
 *   HOSTWAY_USERNAME=… HOSTWAY_PASSWORD=… HOSTWAY_ACCOUNT_ID=… npx tsx examples/hostway-provision.ts
 *   (HOSTWAY_BASE_URL=http://127.0.0.1:4011 against `pnpm exec cloudspecs-mock hostway --twin --port 4011`)
 */
import { Hostway, NotFoundError } from '@cloudspecs/hostway-client';

const accountId = process.env.HOSTWAY_ACCOUNT_ID ?? 'smith1234';
// With `accountId`, the calls below (short-form paths such as `/servers`) are sent to this account's long form.
const hostway = new Hostway({ accountId, baseUrl: process.env.HOSTWAY_BASE_URL });

/** Servers refer to images, flavors and firewall groups by absolute URL: their `self` link. */
function selfLink(resource: { links: readonly { href: string; rel: string }[] }): string {
  const link = resource.links.find((l) => l.rel === 'self');
  if (!link) throw new Error('the resource has no self link');
  return link.href;
}

// 1. Where, on what, from what.
const zonesByAccount = await hostway.zones.list();
const zone = zonesByAccount[accountId]?.[0];
if (!zone) throw new Error(`account ${accountId} has no zone`);
console.log(`zone ${zone.zone} (${zone.location})`);

const flavorList = await hostway.flavors.listWithDetails({ minRam: 512 });
const flavor = [...flavorList.flavors].sort((a, b) => a.ram - b.ram)[0];
if (!flavor) throw new Error('no flavor with at least 512 MB');
console.log(`flavor ${flavor.name} (${flavor.ram} MB, ${flavor.disk} GB)`);

const imageList = await hostway.images.listWithDetails({ zone: zone.zone, status: 'ACTIVE' });
const image = imageList.images[0];
if (!image) throw new Error(`no active image in zone ${zone.zone}`);
console.log(`image ${image.name}`);

// 2. A firewall group for the server.
const created = await hostway.securityGroups.create({
  securityGroup: { displayName: 'web servers', description: 'HTTP and HTTPS from anywhere' },
});
const group = created.securityGroup;
console.log(`firewall group ${group.id} created`);

// 3. The server; creation is asynchronous (202, status BUILD).
const build = await hostway.servers
  .create({
    server: {
      name: 'web01',
      imageRef: selfLink(image),
      flavorRef: selfLink(flavor),
      securityGroupRef: selfLink(group),
      zone: zone.zone,
    },
  })
  .withResponse();
console.log(`server ${build.data.server.id} is ${build.data.server.status}`);
const server = await hostway.servers.waitForServer(build, {
  intervalMs: Number(process.env.HOSTWAY_POLL_MS ?? 5_000),
  onProgress: ({ status, progress }) => console.log(`  ${status} ${progress}%`),
});
console.log(`server ${server.id} is ${server.status}`);
// A list without a status filter holds the servers that are ACTIVE, PROCESSING or STOPPED: this one now.
const { servers } = await hostway.servers.list();
console.log(`server ${server.id} listed: ${servers.some((listed) => listed.id === server.id)}`);

// 4. A flexible IP, bound to the server, then unbound and released.
const allocated = await hostway.flexibleIps.allocate({ zone: zone.zone });
const address = allocated.floating_ip.ip;
console.log(`allocated flexible IP ${address}`);

await hostway.servers.performAction({ serverId: server.id, addFloatingIp: { address } });
const bound = await hostway.servers.get({ serverId: server.id });
const publicAddresses = bound.server.addresses.public.map((a) => a.addr).join(', ');
console.log(`bound ${address} to server ${server.id} (public addresses: ${publicAddresses})`);
await hostway.servers.performAction({ serverId: server.id, removeFloatingIp: { address } });
console.log(`unbound ${address} from server ${server.id}`);

await hostway.flexibleIps.release({ ipAddress: address });
const { floating_ips } = await hostway.flexibleIps.list();
console.log(`released ${address} (still held: ${floating_ips.some((ip) => ip.ip === address)})`);

// 5. The server and its group go too.
await hostway.servers.delete({ serverId: server.id });
await hostway.securityGroups.delete({ securityGroupId: group.id });
try {
  const { server: still } = await hostway.servers.get({ serverId: server.id });
  console.log(`server ${server.id} is still there, ${still.status} (the API deletes in the background)`);
} catch (error) {
  if (!(error instanceof NotFoundError)) throw error;
  console.log(`server ${server.id} is gone (${error.code})`);
}
