/**
 * SCP end to end, everything it uses made here, across three services with one client: a VPC and a subnet (vpc), a
 * security group allowing SSH (security-group), a key pair and a server on that subnet, waited for, with a second
 * network interface (virtualserver); then everything torn down again, in reverse.
 *
 *   SCP_ACCESS_KEY=… SCP_SECRET_KEY=… npx tsx examples/scp-provision.ts
 *   (SCP_BASE_URL=http://127.0.0.1:4012 against the SCP twin, `pnpm exec cloudspecs-mock scp --twin --port 4012`,
 *   which serves the three services on one host; without it each service goes to its own regional host)
 */
import { NotFoundError, Scp } from '@cloudspecs/scp-client';

// Most operations are documented only in version 1.0, whose Not Before date has passed: the client still sends it,
// and says once on stderr what that means (pass onWarning to send it elsewhere).
const scp = new Scp({ baseUrl: process.env.SCP_BASE_URL });
const waiting = { intervalMs: Number(process.env.SCP_POLL_MS ?? 5_000) };
const suffix = Date.now().toString(36);

// 1. A VPC and a subnet in it (vpc service). Both are CREATING at first: wait for each.
const { vpc } = await scp.vpcs.create({ name: `example${suffix}`, cidr: '10.20.0.0/16', tags: [] });
console.log(`VPC ${vpc.name} (${vpc.cidr}) is ${vpc.state}`);
try {
  await scp.vpcs.waitForVpc({ vpc }, waiting);
  const { subnet } = await scp.subnets.create({
    name: `example${suffix}`,
    vpc_id: vpc.id,
    cidr: '10.20.1.0/24',
    type: 'GENERAL',
  });
  const subnet_id = subnet.id;
  const ready = await scp.subnets.waitForSubnet({ subnet }, waiting);
  console.log(`subnet ${ready.name} (${ready.cidr}) is ${ready.state}`);
  try {
    // 2. A security group that lets SSH in (security-group service).
    const { security_group: group } = await scp.securityGroups.create({ name: `example${suffix}` });
    try {
      const { security_group_rule: rule } = await scp.securityGroupRules.create({
        security_group_id: group.id,
        direction: 'ingress',
        ethertype: 'IPv4',
        protocol: 'tcp',
        port_range_min: 22,
        port_range_max: 22,
        remote_ip_prefix: '0.0.0.0/0',
      });
      console.log(`security group ${group.name} allows ${rule.protocol} ${rule.port_range_min} ${rule.direction}`);

      // 3. A key pair, and a server on the subnet with the group (virtualserver service).
      const keypair = await scp.keypairs.create({ name: `example${suffix}` });
      console.log(`key pair ${keypair.name} (${keypair.fingerprint})`);
      try {
        const types = await scp.serverTypes.list({ limit: 20 });
        const images = await scp.images.list({ limit: 20 });
        const serverType = types.server_types[0];
        const image = images.images.find((candidate) => candidate.status === 'active');
        if (!serverType || !image) {
          throw new Error('scp-provision: the account needs at least one server type and one active image');
        }
        const created = await scp.servers.create({
          name: `example${suffix}`,
          server_type_id: serverType.id,
          image_id: image.id,
          keypair_name: keypair.name,
          networks: [{ subnet_id }],
          security_groups: [group.id],
        });
        const server = await scp.servers.waitForServer(created, {
          ...waiting,
          onProgress: ({ state }) => console.log(`  server is ${state}`),
        });
        const server_id = server.id;
        console.log(`server ${server_id} is ${server.state}`);
        try {
          // 4. A second network interface on the same subnet.
          const port = await scp.servers.createInterface({ server_id, subnet_id });
          const listed = await scp.servers.listInterfaces({ server_id });
          console.log(`interface ${port.port_id} on subnet ${subnet_id}; the server has ${listed.interfaces.length}`);
          await scp.servers.deleteInterface({ server_id, port_id: port.port_id });
          console.log(`deleted interface ${port.port_id}`);
        } finally {
          // 5. Tear down in reverse: each step waits until what it removes is gone, or the next is refused.
          await scp.servers.delete({ server_id });
          await waitUntilGone(() => scp.servers.get({ server_id }));
          console.log(`deleted server ${server_id}`);
        }
      } finally {
        await scp.keypairs.delete({ keypair_name: keypair.name });
        console.log(`deleted key pair ${keypair.name}`);
      }
    } finally {
      await scp.securityGroups.delete({ security_group_id: group.id });
      console.log(`deleted security group ${group.name}`);
    }
  } finally {
    await scp.subnets.delete({ subnet_id });
    await waitUntilGone(() => scp.subnets.get({ subnet_id }));
    console.log(`deleted subnet ${subnet_id}`);
  }
} finally {
  await scp.vpcs.delete({ vpc_id: vpc.id });
  console.log(`deleted VPC ${vpc.id}`);
}

/**
 * Polls `get` until it answers 404 (NotFoundError): a delete takes a while, and what held the thing is refused until
 * it is gone. Gives up after 60 polls.
 */
async function waitUntilGone(get: () => Promise<unknown>): Promise<void> {
  for (let poll = 0; poll < 60; poll++) {
    try {
      await get();
    } catch (error) {
      if (error instanceof NotFoundError) return;
      throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, waiting.intervalMs));
  }
  throw new Error('scp-provision: still there after 60 polls');
}
