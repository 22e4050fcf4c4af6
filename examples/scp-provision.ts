/**
 * SCP virtualserver, end to end: pick a server type, an image and a key pair; create a server and wait until it is
 * ACTIVE; add a network interface and bind a public IP to it with a static NAT; then tear everything down again.
 *
 *   SCP_ACCESS_KEY=… SCP_SECRET_KEY=… SCP_SUBNET_ID=… SCP_PUBLIC_IP_ID=… npx tsx examples/scp-provision.ts
 *   (SCP_BASE_URL=http://127.0.0.1:4010 against `pnpm exec cloudspecs-mock scp --port 4010`)
 */
import { Scp } from '@cloudspecs/scp-client';

const subnet_id = process.env.SCP_SUBNET_ID ?? '78b2ee3f074145c580ab6abac4821f97';
const publicip_id = process.env.SCP_PUBLIC_IP_ID ?? '615fa9cd5cff486c9de679b3ce63e601';

// Most operations are documented only in version 1.0, whose Not Before date has passed: the client still sends it,
// and says once on stderr what that means (pass onWarning to send it elsewhere).
const scp = new Scp({ baseUrl: process.env.SCP_BASE_URL });

// 1. What a server is made of.
const types = await scp.serverTypes.list({ limit: 20 });
const images = await scp.images.list({ visibility: 'private', limit: 20 });
const keypairs = await scp.keypairs.list({ limit: 20 });
const serverType = types.server_types[0];
const image = images.images.find((candidate) => candidate.status === 'active');
const keypair = keypairs.keypairs[0];
if (!serverType || !image || !keypair) {
  throw new Error('scp-provision: the account needs at least one server type, one active image and one key pair');
}
console.log(
  `server type ${serverType.name} (${serverType.vcpus} vCPU, ${serverType.ram} MB) of ${types.server_types.length}`,
);
console.log(`image ${image.name} (${image.id}) of ${images.images.length}`);
console.log(`key pair ${keypair.name} of ${keypairs.keypairs.length}`);

// 2. Create the server (202: only its id), and wait until it runs.
const created = await scp.servers.create({
  name: 'web-01',
  server_type_id: serverType.id,
  image_id: image.id,
  keypair_name: keypair.name,
  networks: [{ subnet_id }],
});
const server = await scp.servers.waitForServer(created, {
  intervalMs: Number(process.env.SCP_POLL_MS ?? 5_000),
  onProgress: ({ state }) => console.log(`  server is ${state}`),
});
console.log(`server ${server.id} is ${server.state}`);
const server_id = server.id;

try {
  // 3. A second network interface, and a public IP bound to it (201, no body: the NAT shows on the interface).
  const port = await scp.servers.createInterface({ server_id, subnet_id });
  const port_id = port.port_id;
  console.log(`interface ${port_id} (${port.port_state}, mac ${port.mac_addr})`);
  try {
    await scp.servers.createInterfaceNat({ server_id, port_id, publicip_id });
    const shown = await scp.servers.getInterface({ server_id, port_id });
    const nat =
      shown.interfaces.find((candidate) => candidate.port_id === port_id)?.static_nat ??
      shown.interfaces[0]?.static_nat;
    if (!nat) throw new Error(`scp-provision: interface ${port_id} shows no static NAT after binding ${publicip_id}`);
    console.log(`public IP ${nat.external_ip_address} bound to interface ${port_id} (NAT ${nat.id}, ${nat.state})`);

    // 4. Tear down, innermost first.
    await scp.servers.deleteInterfaceNat({ server_id, port_id, nat_id: nat.id });
    console.log(`deleted NAT ${nat.id}`);
  } finally {
    await scp.servers.deleteInterface({ server_id, port_id });
    console.log(`deleted interface ${port_id}`);
  }
} finally {
  await scp.servers.delete({ server_id });
  console.log(`deleted server ${server_id}`);
}
