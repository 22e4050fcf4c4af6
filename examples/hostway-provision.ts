/**
 * Hostway, from nothing to a reachable server and back: pick a zone, a flavor and an image; create a firewall group;
 * create a server in it and wait until it is ACTIVE; allocate a flexible IP and bind it; then unbind and release it.
 *
 *   HOSTWAY_USERNAME=… HOSTWAY_PASSWORD=… HOSTWAY_ACCOUNT_ID=… npx tsx examples/hostway-provision.ts
 *   (HOSTWAY_BASE_URL=http://127.0.0.1:4010 against `pnpm exec cloudspecs-mock hostway --port 4010`)
 */
import { Hostway } from '@cloudspecs/hostway-client';

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

// 4. A flexible IP, bound to the server, then unbound and released.
const allocated = await hostway.flexibleIps.allocate({ zone: zone.zone });
const address = allocated.floating_ip.ip;
console.log(`allocated flexible IP ${address}`);

await hostway.servers.performAction({ serverId: server.id, addFloatingIp: { address } });
console.log(`bound ${address} to server ${server.id}`);
await hostway.servers.performAction({ serverId: server.id, removeFloatingIp: { address } });
console.log(`unbound ${address} from server ${server.id}`);

await hostway.flexibleIps.release({ ipAddress: address });
console.log(`released ${address}`);
