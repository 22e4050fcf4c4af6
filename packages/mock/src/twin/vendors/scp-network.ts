/**
 * SCP's networking, as the twin keeps it: VPCs, subnets, ports, public IPs, private NATs and their addresses,
 * security groups and their rules — records in the shapes of the vpc and security-group services
 * (specs/scp/vpc, specs/scp/security-group), so that when those services join the SCP document their operations
 * serve the same records. Until then the virtualserver twin uses them as its world: a server is created on a subnet,
 * its interfaces are ports, a static NAT binds a public IP, a server's security groups are these.
 *
 * The seed below is the world those services' own examples describe (VPC `vpc-web`, its subnet `subnetweb`,
 * the port of the server `web-01`, a public IP bound to it and one reserved, a private NAT, the security groups
 * `sg-web` and `sg-db` with their rules); with them in the SCP document, `fromExamples()` finds the same records.
 *
 * The operations of those services are served by the SCP twin (scp.ts spreads `networkTwin`: its `resources`,
 * `lifecycles`, `operations`, `corrections` and `pathParents`, and its `listForms` into the lists' forms), since their
 * documents joined the SCP bundle (issue 23); scripts/test/scp-network-twin.test.ts also serves them from the two
 * documents bundled on their own.
 *
 * Lifecycles (twin time):
 *   vpc      CREATING ─2 s→ ACTIVE (ERROR when asked: `failNext('vpc')`)
 *   subnet, vpc_peering, vpc_peering_rule, transit_gateway, transit_gateway_vpc_connection, transit_gateway_rule,
 *   vpc_endpoint
 *            CREATING ─2 s→ ACTIVE (ERROR when asked); delete: DELETING ─2 s→ gone
 * Ports, public IPs, security groups and their rules are made at once (their services answer them ACTIVE, RESERVED).
 * A VPC is not deleted while it holds subnets, an internet gateway, endpoints, peerings or transit gateway
 * connections (the spec's 409); the networking limits `showMaxCount` reports are the ones its creates meet.
 */
import type {
  Answer,
  Lifecycle,
  OperationContext,
  OperationHandler,
  OperationRow,
  ResourceSpec,
  SeedWorld,
  TwinContext,
  TwinRecord,
} from '../types.js';
import {
  ACCOUNT_ID,
  conflict,
  equal,
  filters,
  type ListForms,
  hex32,
  held,
  macAddress,
  refuse,
  room,
  timestamp,
  USER_ID,
  uuid,
} from './scp-forms.js';

type Json = Record<string, unknown>;

// ---- addresses ----

function ipToNumber(ip: string): number | undefined {
  const parts = ip.split('.').map(Number);
  if (parts.length !== 4 || parts.some((part) => !Number.isInteger(part) || part < 0 || part > 255)) return undefined;
  return (
    (((parts[0] as number) << 24) |
      ((parts[1] as number) << 16) |
      ((parts[2] as number) << 8) |
      (parts[3] as number)) >>>
    0
  );
}

const numberToIp = (n: number) => [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');

/** The first and last host addresses of an IPv4 CIDR, as numbers (network and broadcast addresses left out). */
function hosts(cidr: string): [number, number] | undefined {
  const [address = '', bits = ''] = cidr.split('/');
  const base = ipToNumber(address);
  const prefix = Number(bits);
  if (base === undefined || !Number.isInteger(prefix) || prefix < 0 || prefix > 30) return undefined;
  const size = 2 ** (32 - prefix);
  const network = base - (base % size);
  return [network + 1, network + size - 2];
}

/** Whether `ip` is a host address of `cidr`. */
export function inSubnet(ip: string, cidr: string): boolean {
  const n = ipToNumber(ip);
  const range = hosts(cidr);
  return n !== undefined && range !== undefined && n >= range[0] && n <= range[1];
}

/** The addresses of a subnet that ports and VPC endpoints hold, and its gateway. */
function usedAddresses(twin: TwinContext, subnet: TwinRecord): Set<string> {
  const used = new Set(
    twin.store
      .all('port')
      .filter((port) => port.subnet_id === subnet.id)
      .map((port) => String(port.fixed_ip_address)),
  );
  for (const endpoint of twin.store.all('vpc_endpoint')) {
    if (endpoint.subnet_id === subnet.id) used.add(String(endpoint.endpoint_ip_address));
  }
  if (typeof subnet.gateway_ip_address === 'string') used.add(subnet.gateway_ip_address);
  return used;
}

/** Whether `ip` is free in the subnet (no port holds it, not its gateway). */
export function addressFree(twin: TwinContext, subnet: TwinRecord, ip: string): boolean {
  return !usedAddresses(twin, subnet).has(ip);
}

/** The first free host address of the subnet, or undefined when it is full. */
export function freeAddress(twin: TwinContext, subnet: TwinRecord): string | undefined {
  const range = hosts(String(subnet.cidr));
  if (!range) return undefined;
  const used = usedAddresses(twin, subnet);
  for (let n = range[0]; n <= range[1]; n++) {
    const ip = numberToIp(n);
    if (!used.has(ip)) return ip;
  }
  return undefined;
}

// ---- the seed ----

const created = { account_id: ACCOUNT_ID, created_by: USER_ID, modified_by: USER_ID };
const SERVER = '2a9be312-5d4b-4bc8-b2ae-35100fa9241f';
const PEERING = 'c8d7e6f5a4b34c2d1e0f9a8b7c6d5e4f';
const HUB = 'e1f2a3b4c5d64e7f8a9b0c1d2e3f4a5b';

/** The network of the vpc and security-group services' examples (see the module comment). */
export function networkWorld(): SeedWorld {
  return {
    vpc: [
      {
        ...created,
        id: '8a463aa4b1dc4f279c3f53b94dc45e74',
        name: 'vpc-web',
        cidr: '192.169.0.0/16',
        description: 'Web tier',
        state: 'ACTIVE',
        created_at: '2026-11-30T09:02:11',
        modified_at: '2026-11-30T09:04:37Z',
      },
      {
        ...created,
        id: 'c41d2e9f7a6b4c3d8e1f0a2b3c4d5e6f',
        name: 'vpc-db',
        cidr: '192.170.0.0/16',
        description: null,
        state: 'ACTIVE',
        created_at: '2026-12-01T14:20:05',
        modified_at: '2026-12-01T14:20:05',
      },
    ],
    subnet: [
      {
        ...created,
        id: '78b2ee3f074145c580ab6abac4821f97',
        name: 'subnetweb',
        cidr: '192.169.3.0/24',
        gateway_ip_address: '192.169.3.1',
        type: 'GENERAL',
        state: 'ACTIVE',
        vpc_id: '8a463aa4b1dc4f279c3f53b94dc45e74',
        vpc_name: 'vpc-web',
        created_at: '2026-11-30T09:02:11',
        modified_at: '2026-11-30T09:04:37Z',
      },
      {
        ...created,
        id: '5b0e9d8c7a6f4e3d2c1b0a9f8e7d6c5b',
        name: 'subnetendpoints',
        cidr: '192.169.4.0/28',
        gateway_ip_address: null,
        type: 'VPC_ENDPOINT',
        state: 'ACTIVE',
        vpc_id: '8a463aa4b1dc4f279c3f53b94dc45e74',
        vpc_name: 'vpc-web',
        created_at: '2026-11-30T09:04:37Z',
        modified_at: '2026-11-30T09:04:37Z',
      },
    ],
    port: [
      {
        account_id: ACCOUNT_ID,
        id: 'f2b02fc5-a5fd-4b5f-b1a9-987f4c0d66cc',
        name: 'port-web-01',
        description: '',
        attached_resource_id: SERVER,
        attached_resource_type: 'VM',
        fixed_ip_address: '192.169.3.2',
        mac_address: 'fa:16:3e:c0:71:2b',
        state: 'ACTIVE',
        subnet_id: '78b2ee3f074145c580ab6abac4821f97',
        subnet_name: 'subnetweb',
        vpc_id: '8a463aa4b1dc4f279c3f53b94dc45e74',
        vpc_name: 'vpc-web',
        security_groups: [],
        created_at: '2026-11-30T09:04:37Z',
        modified_at: '2026-11-30T09:04:37Z',
        // the NATs the virtualserver service shows on this interface
        $static_nat: {
          id: '224b80106e6f41b38efe98ac9ddbf280',
          publicip_id: '615fa9cd5cff486c9de679b3ce63e601',
          state: 'ACTIVE',
        },
        // the virtualserver examples give both NATs of this interface one id
        $private_nat: {
          id: '224b80106e6f41b38efe98ac9ddbf280',
          private_nat_ip_id: '1f0cb5390c40483592ddc5a282f53496',
          state: 'ACTIVE',
        },
      },
      // the port the virtualserver examples attach to a server (`existingPort`), not attached yet
      {
        account_id: ACCOUNT_ID,
        id: '91424c08-0b26-49fb-9808-ed042292ceef',
        name: 'port-spare',
        description: '',
        attached_resource_id: '',
        attached_resource_type: '',
        fixed_ip_address: '192.169.3.7',
        mac_address: 'fa:16:3e:5d:19:a4',
        state: 'DOWN',
        subnet_id: '78b2ee3f074145c580ab6abac4821f97',
        subnet_name: 'subnetweb',
        vpc_id: '8a463aa4b1dc4f279c3f53b94dc45e74',
        vpc_name: 'vpc-web',
        security_groups: [],
        created_at: '2026-11-30T09:04:37Z',
        modified_at: '2026-11-30T09:04:37Z',
      },
    ],
    publicip: [
      {
        ...created,
        id: '615fa9cd5cff486c9de679b3ce63e601',
        ip_address: '182.197.61.81',
        description: 'web-01',
        type: 'IGW',
        state: 'ATTACHED',
        attached_resource_id: SERVER,
        attached_resource_name: 'web-01',
        attached_resource_type: 'VM',
        created_at: '2026-11-30T09:02:11',
        modified_at: '2026-11-30T09:04:37Z',
      },
      {
        ...created,
        id: 'a7c3e1f9b5d24e6a8c0e2f4a6b8d0c1e',
        ip_address: '182.197.61.82',
        description: 'NAT for subnetweb',
        type: 'IGW',
        state: 'RESERVED',
        attached_resource_id: null,
        attached_resource_name: null,
        created_at: '2026-12-01T14:20:05',
        modified_at: '2026-12-01T14:20:05',
      },
    ],
    private_nat: [
      {
        ...created,
        id: 'd2e3f4a5b6c74d8e9f0a1b2c3d4e5f6a',
        name: 'pnat-office',
        cidr: '10.100.0.0/28',
        description: 'Addresses seen by the office',
        direct_connect_id: '6a7b8c9d0e1f4a2b3c4d5e6f7a8b9c0d',
        direct_connect_name: 'dc-office',
        state: 'ACTIVE',
        vpc_id: '8a463aa4b1dc4f279c3f53b94dc45e74',
        vpc_name: 'vpc-web',
        created_at: '2026-11-30T09:02:11',
        modified_at: '2026-11-30T09:02:11',
      },
    ],
    private_nat_ip: [
      {
        created_by: USER_ID,
        modified_by: USER_ID,
        id: '1f0cb5390c40483592ddc5a282f53496',
        ip_address: '10.100.0.5',
        private_nat_id: 'd2e3f4a5b6c74d8e9f0a1b2c3d4e5f6a',
        state: 'ATTACHED',
        attached_resource_id: SERVER,
        attached_resource_name: 'web-01',
        attached_resource_type: 'VM',
        created_at: '2026-11-30T09:04:37Z',
        modified_at: '2026-11-30T09:04:37Z',
        $parents: { private_nat: 'd2e3f4a5b6c74d8e9f0a1b2c3d4e5f6a' },
      },
      {
        created_by: USER_ID,
        modified_by: USER_ID,
        id: '7e8f9a0b1c2d4e3f8a9b0c1d2e3f4a5b',
        ip_address: '10.100.0.6',
        private_nat_id: 'd2e3f4a5b6c74d8e9f0a1b2c3d4e5f6a',
        state: 'RESERVED',
        attached_resource_id: null,
        attached_resource_name: null,
        created_at: '2026-12-01T14:20:05',
        modified_at: '2026-12-01T14:20:05',
        $parents: { private_nat: 'd2e3f4a5b6c74d8e9f0a1b2c3d4e5f6a' },
      },
    ],
    // the peering of the vpc-peering examples, vpc-web to vpc-db, with the routing rule they show
    vpc_peering: [
      {
        created_by: USER_ID,
        modified_by: USER_ID,
        id: PEERING,
        name: 'webtodb',
        description: null,
        account_type: 'SAME',
        requester_vpc_account_id: ACCOUNT_ID,
        requester_vpc_id: '8a463aa4b1dc4f279c3f53b94dc45e74',
        requester_vpc_name: 'vpc-web',
        approver_vpc_account_id: ACCOUNT_ID,
        approver_vpc_id: 'c41d2e9f7a6b4c3d8e1f0a2b3c4d5e6f',
        approver_vpc_name: 'vpc-db',
        state: 'ACTIVE',
        created_at: '2026-12-01T14:20:05',
        modified_at: '2026-12-01T14:20:05',
      },
    ],
    vpc_peering_rule: [
      {
        created_by: USER_ID,
        modified_by: USER_ID,
        id: 'a1b2c3d4e5f64a7b8c9d0e1f2a3b4c5d',
        vpc_peering_id: PEERING,
        destination_cidr: '192.170.0.0/16',
        destination_vpc_id: 'c41d2e9f7a6b4c3d8e1f0a2b3c4d5e6f',
        destination_vpc_name: 'vpc-db',
        destination_vpc_type: 'APPROVER_VPC',
        source_vpc_id: '8a463aa4b1dc4f279c3f53b94dc45e74',
        source_vpc_name: 'vpc-web',
        source_vpc_type: 'REQUESTER_VPC',
        state: 'ACTIVE',
        created_at: '2026-12-01T14:20:05',
        modified_at: '2026-12-01T14:20:05',
        $parents: { vpc_peering: PEERING },
      },
    ],
    // the transit gateway of the examples: vpc-web connected (its example connection) and vpc-db (whose range its
    // example rule routes, so it is connected too), with that rule
    transit_gateway: [
      {
        ...created,
        id: HUB,
        name: 'tgwhub',
        description: 'Hub for web and db',
        bandwidth: null,
        firewall_ids: null,
        uplink_enabled: false,
        state: 'ACTIVE',
        created_at: '2026-11-30T09:02:11',
        modified_at: '2026-11-30T09:04:37Z',
      },
    ],
    transit_gateway_vpc_connection: [
      connection('0a1b2c3d4e5f46a7b8c9d0e1f2a3b4c5', '8a463aa4b1dc4f279c3f53b94dc45e74', 'vpc-web'),
      connection('1b2c3d4e5f6a47b8c9d0e1f2a3b4c5d6', 'c41d2e9f7a6b4c3d8e1f0a2b3c4d5e6f', 'vpc-db'),
    ],
    transit_gateway_rule: [
      {
        ...created,
        id: 'f0e1d2c3b4a54968a7b6c5d4e3f2a1b0',
        transit_gateway_id: HUB,
        description: 'web to db',
        destination_cidr: '192.170.0.0/16',
        destination_resource_id: 'c41d2e9f7a6b4c3d8e1f0a2b3c4d5e6f',
        destination_resource_name: 'vpc-db',
        destination_type: 'VPC',
        source_resource_id: HUB,
        source_resource_name: 'tgwhub',
        source_type: 'TGW',
        state: 'ACTIVE',
        tgw_connection_vpc_id: 'c41d2e9f7a6b4c3d8e1f0a2b3c4d5e6f',
        tgw_connection_vpc_name: 'vpc-db',
        created_at: '2026-11-30T09:04:37Z',
        modified_at: '2026-11-30T09:04:37Z',
        $parents: { transit_gateway: HUB },
      },
    ],
    // the endpoint of the vpc-endpoint examples, to Object Storage from subnetendpoints
    vpc_endpoint: [
      {
        ...created,
        id: 'b9a8c7d6e5f44a3b2c1d0e9f8a7b6c5d',
        name: 'vpce-obs',
        description: 'Backups to Object Storage',
        endpoint_ip_address: '192.169.4.10',
        resource_info: 'Object Storage kr-west1',
        resource_key: 'object-store.private.kr-west1.e.samsungsdscloud.com',
        resource_type: 'OBS',
        state: 'ACTIVE',
        subnet_id: '5b0e9d8c7a6f4e3d2c1b0a9f8e7d6c5b',
        subnet_name: 'subnetendpoints',
        vpc_id: '8a463aa4b1dc4f279c3f53b94dc45e74',
        vpc_name: 'vpc-web',
        created_at: '2026-11-30T09:04:37Z',
        modified_at: '2026-11-30T09:04:37Z',
      },
    ],
    security_group: [
      {
        ...created,
        id: '1c2d3e4f5a6b4c7d8e9f0a1b2c3d4e5f',
        name: 'sg-web',
        description: 'Web servers',
        loggable: false,
        state: 'ACTIVE',
        created_at: '2026-11-30T09:10:44',
        modified_at: '2026-11-30T09:12:03Z',
      },
      {
        ...created,
        id: '9e8d7c6b5a4f4e3d2c1b0a9f8e7d6c5a',
        name: 'sg-db',
        description: null,
        loggable: true,
        state: 'ACTIVE',
        created_at: '2026-12-01T14:25:51',
        modified_at: '2026-12-01T14:25:51',
      },
    ],
    security_group_rule: [
      rule('b3c4d5e6f7a84b9c0d1e2f3a4b5c6d7e', 'HTTPS from anywhere', 'ingress', 443, 'tcp', '0.0.0.0/0'),
      rule('c4d5e6f7a8b94c0d1e2f3a4b5c6d7e8f', 'SSH from the office', 'ingress', 22, 'tcp', '203.0.113.0/24'),
      rule('d5e6f7a8b9c04d1e2f3a4b5c6d7e8f90', 'Everything out', 'egress', null, null, '0.0.0.0/0'),
    ],
  };
}

function connection(id: string, vpcId: string, vpcName: string): TwinRecord {
  return {
    ...created,
    id,
    transit_gateway_id: HUB,
    vpc_id: vpcId,
    vpc_name: vpcName,
    state: 'ACTIVE',
    created_at: '2026-11-30T09:04:37Z',
    modified_at: '2026-11-30T09:04:37Z',
    $parents: { transit_gateway: HUB },
  };
}

function rule(
  id: string,
  description: string,
  direction: string,
  port: number | null,
  protocol: string | null,
  prefix: string,
): TwinRecord {
  return {
    id,
    description,
    direction,
    ethertype: 'IPv4',
    port_range_min: port,
    port_range_max: port,
    protocol,
    remote_group_id: null,
    remote_group_name: null,
    remote_ip_prefix: prefix,
    security_group_id: '1c2d3e4f5a6b4c7d8e9f0a1b2c3d4e5f',
    created_at: '2026-11-30T09:12:03Z',
    created_by: USER_ID,
    modified_at: '2026-11-30T09:12:03Z',
    modified_by: USER_ID,
  };
}

/** A security group as the virtualserver service shows it on a server: its ingress rules, nova-style. */
export function serverSecurityGroup(group: TwinRecord, twin: TwinContext): Json {
  const rules = twin.store
    .all('security_group_rule')
    .filter((r) => r.security_group_id === group.id && r.direction === 'ingress')
    .map((r) => ({
      id: r.id,
      from_port: r.port_range_min ?? -1,
      to_port: r.port_range_max ?? -1,
      ip_protocol: r.protocol ?? 'any',
      ip_range: { cidr: r.remote_ip_prefix ?? '0.0.0.0/0' },
    }));
  return { account_id: group.account_id, description: group.description ?? '', id: group.id, name: group.name, rules };
}

// ---- CIDRs ----

/** A CIDR as its first address and size; undefined when it is not an IPv4 CIDR. */
function block(cidr: unknown): { first: number; size: number } | undefined {
  if (typeof cidr !== 'string') return undefined;
  const [address = '', bits = ''] = cidr.split('/');
  const base = ipToNumber(address);
  const prefix = Number(bits);
  if (base === undefined || bits === '' || !Number.isInteger(prefix) || prefix < 8 || prefix > 30) return undefined;
  const size = 2 ** (32 - prefix);
  if (base % size !== 0) return undefined;
  return { first: base, size };
}

const overlaps = (a: { first: number; size: number }, b: { first: number; size: number }) =>
  a.first < b.first + b.size && b.first < a.first + a.size;
const within = (inner: { first: number; size: number }, outer: { first: number; size: number }) =>
  inner.first >= outer.first && inner.first + inner.size <= outer.first + outer.size;

/** Why a VPC cannot have `cidr` (not a CIDR, or overlapping another VPC's), or undefined when it can. */
function vpcCidrProblem(twin: TwinContext, cidr: unknown, except?: string): string | undefined {
  const wanted = block(cidr);
  if (!wanted) return `${String(cidr)} is not an IPv4 CIDR from /8 to /30 on its network address`;
  const other = twin.store
    .all('vpc')
    .find((vpc) => vpc.id !== except && overlaps(wanted, block(vpc.cidr) ?? { first: 0, size: 0 }));
  return other ? `${String(cidr)} overlaps VPC ${String(other.name)} (${String(other.cidr)})` : undefined;
}

/** Why a subnet of `vpc` cannot have `cidr`, or undefined when it can. */
function subnetCidrProblem(twin: TwinContext, vpc: TwinRecord, cidr: unknown): string | undefined {
  const wanted = block(cidr);
  if (!wanted) return `${String(cidr)} is not an IPv4 CIDR from /8 to /30 on its network address`;
  if (!within(wanted, block(vpc.cidr) ?? { first: 0, size: 0 })) {
    return `${String(cidr)} is not inside VPC ${String(vpc.name)} (${String(vpc.cidr)})`;
  }
  const other = twin.store
    .all('subnet')
    .find((subnet) => subnet.vpc_id === vpc.id && overlaps(wanted, block(subnet.cidr) ?? { first: 0, size: 0 }));
  return other ? `${String(cidr)} overlaps subnet ${String(other.name)} (${String(other.cidr)})` : undefined;
}

// ---- lifecycles ----

/** What entering a state does to a record of `resource`: stamped, and gone once DELETED. */
const settled = (resource: string) => (state: string, record: TwinRecord, twin: TwinContext) => {
  record.modified_at = timestamp(twin);
  record.modified_by = USER_ID;
  if (state === 'DELETED') twin.store.remove(resource, record.id);
};

/** Made over time and removed over time: CREATING, then ACTIVE (or ERROR when asked); DELETING, then gone. */
const madeAndRemoved = (resource: string): Lifecycle => ({
  field: 'state',
  moving: {
    CREATING: { afterMs: 2000, next: 'ACTIVE', fail: 'ERROR' },
    DELETING: { afterMs: 2000, next: 'DELETED' },
  },
  onEnter: settled(resource),
});

/** VPCs and subnets are made over time: CREATING, then ACTIVE (or ERROR when a failure was asked for). */
export const networkLifecycles: Record<string, Lifecycle> = {
  vpc: {
    field: 'state',
    moving: { CREATING: { afterMs: 2000, next: 'ACTIVE', fail: 'ERROR' } },
    onEnter: (_state, record, twin) => {
      record.modified_at = timestamp(twin);
      record.modified_by = USER_ID;
    },
  },
  subnet: madeAndRemoved('subnet'),
  vpc_peering: madeAndRemoved('vpc_peering'),
  vpc_peering_rule: madeAndRemoved('vpc_peering_rule'),
  transit_gateway: madeAndRemoved('transit_gateway'),
  transit_gateway_vpc_connection: madeAndRemoved('transit_gateway_vpc_connection'),
  transit_gateway_rule: madeAndRemoved('transit_gateway_rule'),
  vpc_endpoint: madeAndRemoved('vpc_endpoint'),
};

/** What a VPC still holds that its delete must wait for ("2 subnet(s)"), or undefined when it holds nothing. */
function vpcHolds(twin: TwinContext, vpc: TwinRecord): string | undefined {
  const counts: Array<[string, number]> = [
    ['subnet(s)', twin.store.all('subnet').filter((subnet) => subnet.vpc_id === vpc.id).length],
    ['internet gateway(s)', twin.store.all('internet_gateway').filter((gw) => gw.vpc_id === vpc.id).length],
    [
      'transit gateway connection(s)',
      twin.store.all('transit_gateway_vpc_connection').filter((c) => c.vpc_id === vpc.id).length,
    ],
    ['VPC endpoint(s)', twin.store.all('vpc_endpoint').filter((e) => e.vpc_id === vpc.id).length],
    [
      'VPC peering(s)',
      twin.store.all('vpc_peering').filter((p) => p.requester_vpc_id === vpc.id || p.approver_vpc_id === vpc.id).length,
    ],
  ];
  const kept = counts.filter(([, count]) => count > 0).map(([what, count]) => `${count} ${what}`);
  return kept.length > 0 ? kept.join(', ') : undefined;
}

// ---- peerings ----

/** Why two VPCs cannot be peered (one and the same, not ACTIVE, ranges that overlap, peered already), or undefined. */
function peeringProblem(
  twin: TwinContext,
  requester: TwinRecord,
  approver: TwinRecord,
  account: unknown,
): string | undefined {
  // the twin is one account: a VPC of another is none it holds
  if (typeof account === 'string' && account !== '' && account !== ACCOUNT_ID) {
    return `account ${account} is not one the twin holds`;
  }
  if (requester.id === approver.id) return `VPC ${String(requester.name)} cannot be peered with itself`;
  for (const vpc of [requester, approver]) {
    if (vpc.state !== 'ACTIVE') return `VPC ${String(vpc.name)} is ${String(vpc.state)}`;
  }
  const [a, b] = [block(requester.cidr), block(approver.cidr)];
  if (a && b && overlaps(a, b)) {
    return `the ranges of VPC ${String(requester.name)} (${String(requester.cidr)}) and VPC ${String(approver.name)} (${String(approver.cidr)}) overlap`;
  }
  const pair = new Set([requester.id, approver.id]);
  const existing = twin.store
    .all('vpc_peering')
    .find((p) => pair.has(String(p.requester_vpc_id)) && pair.has(String(p.approver_vpc_id)));
  return existing ? `VPC peering ${String(existing.name)} joins these VPCs` : undefined;
}

/** Why `cidr` cannot be routed through `peering` towards its `type` end (outside that VPC, routed already), or undefined. */
function peeringRuleProblem(twin: TwinContext, peering: TwinRecord, type: string, cidr: unknown): string | undefined {
  const wanted = block(cidr);
  if (!wanted) return `${String(cidr)} is not an IPv4 CIDR from /8 to /30 on its network address`;
  const end = type === 'APPROVER_VPC' ? 'approver' : 'requester';
  const vpc = twin.store.get('vpc', String(peering[`${end}_vpc_id`]));
  // the range must lie in the VPC the traffic goes to (the examples route vpc-db's own range)
  if (vpc && !within(wanted, block(vpc.cidr) ?? { first: 0, size: 0 })) {
    return `${String(cidr)} is not inside VPC ${String(vpc.name)} (${String(vpc.cidr)})`;
  }
  const other = twin.store
    .all('vpc_peering_rule')
    .find(
      (rule) =>
        rule.vpc_peering_id === peering.id &&
        rule.destination_vpc_type === type &&
        overlaps(wanted, block(rule.destination_cidr) ?? { first: 0, size: 0 }),
    );
  return other ? `${String(cidr)} overlaps the rule for ${String(other.destination_cidr)}` : undefined;
}

// ---- transit gateways ----

/**
 * Why `cidr` cannot be routed for the VPC `vpcId` on `gateway` towards `type` (the VPC not connected, a range not
 * inside the VPC for traffic to it or inside it for traffic out of it, one routed already), with the field to blame.
 */
function transitRuleProblem(
  twin: TwinContext,
  gateway: TwinRecord,
  vpcId: unknown,
  type: string,
  cidr: unknown,
): { vpc: TwinRecord | undefined; problem?: { field: string; message: string } } {
  const connection = twin.store
    .all('transit_gateway_vpc_connection')
    .find((c) => c.transit_gateway_id === gateway.id && c.vpc_id === vpcId);
  const vpc = typeof vpcId === 'string' ? twin.store.get('vpc', vpcId) : undefined;
  if (!connection || !vpc) {
    const message = `VPC ${String(vpcId)} is not connected to transit gateway ${String(gateway.name)}`;
    return { vpc, problem: { field: 'tgw_connection_vpc_id', message } };
  }
  if (connection.state !== 'ACTIVE') {
    const message = `the connection of VPC ${String(vpc.name)} is ${String(connection.state)}`;
    return { vpc, problem: { field: 'tgw_connection_vpc_id', message } };
  }
  const wanted = block(cidr);
  const range = block(vpc.cidr) ?? { first: 0, size: 0 };
  const fail = (message: string) => ({ vpc, problem: { field: 'destination_cidr', message } });
  if (!wanted) return fail(`${String(cidr)} is not an IPv4 CIDR from /8 to /30 on its network address`);
  // traffic to a VPC goes to its own range; traffic from it to the gateway, to ranges outside it
  if (type === 'VPC' && !within(wanted, range)) {
    return fail(`${String(cidr)} is not inside VPC ${String(vpc.name)} (${String(vpc.cidr)})`);
  }
  if (type === 'TGW' && overlaps(wanted, range)) {
    return fail(`${String(cidr)} overlaps VPC ${String(vpc.name)} (${String(vpc.cidr)}) itself`);
  }
  const other = twin.store
    .all('transit_gateway_rule')
    .find(
      (rule) =>
        rule.transit_gateway_id === gateway.id &&
        rule.tgw_connection_vpc_id === vpc.id &&
        rule.destination_type === type &&
        overlaps(wanted, block(rule.destination_cidr) ?? { first: 0, size: 0 }),
    );
  return other ? fail(`${String(cidr)} overlaps the rule for ${String(other.destination_cidr)}`) : { vpc };
}

// ---- VPC endpoints ----

/**
 * The platform services a VPC endpoint reaches, by kind, in the region of the examples: Object Storage as the
 * examples name it; File Storage and the Container Registry on the same pattern (the vendor lists them per region and
 * account; the twin has one of each).
 */
const ENDPOINT_SERVICES: ReadonlyArray<{ resource_type: string; resource_key: string; resource_info: string }> = [
  {
    resource_type: 'OBS',
    resource_key: 'object-store.private.kr-west1.e.samsungsdscloud.com',
    resource_info: 'Object Storage kr-west1',
  },
  {
    resource_type: 'FS',
    resource_key: 'filestorage.private.kr-west1.e.samsungsdscloud.com',
    resource_info: 'File Storage kr-west1',
  },
  {
    resource_type: 'SCR',
    resource_key: 'container-registry.private.kr-west1.e.samsungsdscloud.com',
    resource_info: 'Container Registry kr-west1',
  },
];

/** Why `ip` cannot be a new endpoint's address in `subnet` (outside it, or held), or undefined. */
function endpointAddressProblem(twin: TwinContext, subnet: TwinRecord, ip: string): string | undefined {
  if (!inSubnet(ip, String(subnet.cidr))) return `${ip} is not in subnet ${String(subnet.name)}`;
  return addressFree(twin, subnet, ip) ? undefined : `${ip} is in use in subnet ${String(subnet.name)}`;
}

/** Why `vpc` cannot get an endpoint to the service (none such, or it has one), or undefined. */
function endpointServiceProblem(twin: TwinContext, vpc: TwinRecord, type: unknown, key: unknown): string | undefined {
  if (!ENDPOINT_SERVICES.some((service) => service.resource_type === type && service.resource_key === key)) {
    return `${String(key)} is no ${String(type)} service an endpoint can reach`;
  }
  const taken = twin.store.find('vpc_endpoint', (e) => e.vpc_id === vpc.id && e.resource_key === key);
  return taken ? `The VPC already has an endpoint for this resource (${String(taken.name)}).` : undefined;
}

// ---- limits ----

/**
 * The networking limits of the account, as `showMaxCount` reports them. The vendor's values are per account and not
 * published; these are the twin's (the example's SUBNET.VPC.MAX of 3 among them). The twin refuses a create past
 * those that count what it keeps (VPCs, subnets per VPC, transit gateways, VPCs per transit gateway, peerings); the
 * others limit what it cannot make (Direct Connects, private DNS, peerings with other accounts) or sizes of requests,
 * and are reported only.
 */
const NETWORK_LIMITS: Readonly<Record<string, number>> = {
  'VPC.PROJECT.MAX': 5,
  'SUBNET.VPC.MAX': 3,
  'IP.ALLOCATION.POOLS.SUBNET.MAX': 10,
  'DNS.NAMESERVER.SUBNET.MAX': 5,
  'HOST.ROUTES.SUBNET.MAX': 20,
  'PORT.SECURITY_GROUP.MAX': 5,
  'DCON.UP.ROUTING.RULE.MAX': 20,
  'DCON.DOWN.ROUTING.RULE.MAX': 20,
  'TRANSIT_GATEWAY.MAX.COUNT': 3,
  'VPC_PEERING.MAX.COUNT': 10,
  'VPC_PEERING.DIFFERENT.ACCOUNT.MAX.COUNT': 5,
  'VPC.VPC_PEERING.MAX.COUNT': 5,
  'VPC_PEERING.ROUTING.RULE.MAX.COUNT': 20,
  'TRANSIT_GATEWAY.VPC.MAX.COUNT': 5,
  'VPC.TRANSIT_GATEWAY.MAX.COUNT': 3,
  'PRIVATE_NAT.DIRECT_CONNECT.MAX': 3,
  'DNS.PRIVATE_DNS.MAX.COUNT': 3,
};

/** Refuses (400, `value_error.quota`) one more of what `limit` counts when `used` already reaches it. */
function withinLimit(context: OperationContext, limit: string, used: number, what: string): void {
  const max = NETWORK_LIMITS[limit] as number;
  if (used >= max) {
    refuse(context.twin, ['body'], `${what}: the account's ${limit} is ${max} (see showMaxCount)`, 'value_error.quota');
  }
}

/** The internet gateway kinds the account may create (the example's); a create of another kind is refused. */
const CREATABLE_GATEWAY_TYPES = ['IGW', 'GGW'];

// ---- resources ----

const stamp = (record: TwinRecord, twin: TwinContext) => {
  record.modified_at = timestamp(twin);
  record.modified_by = USER_ID;
};

/** Replaces every field of a record a generic create made from its example (its id kept). */
function rebuild(record: TwinRecord, fields: Json): void {
  for (const key of Object.keys(record)) if (key !== 'id') delete record[key];
  Object.assign(record, fields);
}

const createdNow = (twin: TwinContext) => {
  const now = timestamp(twin);
  return { account_id: ACCOUNT_ID, created_at: now, created_by: USER_ID, modified_at: now, modified_by: USER_ID };
};

/** A port's security groups as the vpc service shows them, each checked. */
function portGroups(context: OperationContext, ids: unknown): Json[] {
  return (Array.isArray(ids) ? ids : []).map((id, i) => {
    const group = held(context, 'security_group', id, ['body', 'security_groups', i]);
    return { id: group.id, name: group.name };
  });
}

/** The public addresses the twin hands out (the examples' 182.197.61.0/24). */
const PUBLIC_POOL = '182.197.61.0/24';

/** The network resources, by the keys their services' operations use (`publicIps.list` → `publicip`). */
export const networkResources: Record<string, ResourceSpec> = {
  vpc: {
    newId: hex32,
    filter: filters({ id: equal('id'), name: equal('name'), state: equal('state'), cidr: equal('cidr') }),
    onCreate(record, twin, context) {
      withinLimit(context, 'VPC.PROJECT.MAX', twin.store.count('vpc'), 'no more VPCs');
      const problem = vpcCidrProblem(twin, context.body.cidr);
      if (problem) refuse(twin, ['body', 'cidr'], problem);
      rebuild(record, {
        ...createdNow(twin),
        name: context.body.name,
        cidr: context.body.cidr,
        description: context.body.description ?? null,
        state: 'CREATING',
      });
    },
    onUpdate: stamp,
    onDelete(record, twin, context) {
      const holding = vpcHolds(twin, record);
      if (holding) conflict(context, ['path', 'vpc_id'], `VPC ${String(record.name)} has ${holding}`);
      return undefined;
    },
  },
  subnet: {
    newId: hex32,
    filter: filters({
      id: equal('id'),
      name: equal('name'),
      type: (record, value) => (Array.isArray(value) ? value : [value]).includes(record.type),
      state: equal('state'),
      vpc_id: equal('vpc_id'),
      vpc_name: equal('vpc_name'),
    }),
    onCreate(record, twin, context) {
      const body = context.body;
      const vpc = held(context, 'vpc', body.vpc_id, ['body', 'vpc_id']);
      if (vpc.state !== 'ACTIVE')
        conflict(context, ['body', 'vpc_id'], `VPC ${String(vpc.name)} is ${String(vpc.state)}`);
      const subnets = twin.store.all('subnet').filter((subnet) => subnet.vpc_id === vpc.id).length;
      withinLimit(context, 'SUBNET.VPC.MAX', subnets, `no more subnets in VPC ${String(vpc.name)}`);
      const problem = subnetCidrProblem(twin, vpc, body.cidr);
      if (problem) refuse(twin, ['body', 'cidr'], problem);
      const range = hosts(String(body.cidr)) as [number, number];
      const gateway = body.type === 'VPC_ENDPOINT' ? null : numberToIp(range[0]);
      rebuild(record, {
        ...createdNow(twin),
        name: body.name,
        cidr: body.cidr,
        type: body.type,
        description: body.description ?? null,
        gateway_ip_address: gateway,
        allocation_pools: body.allocation_pools ?? [
          { start: numberToIp(range[0] + (gateway ? 1 : 0)), end: numberToIp(range[1]) },
        ],
        dns_nameservers: body.dns_nameservers ?? [],
        host_routes: body.host_routes ?? [],
        state: 'CREATING',
        vpc_id: vpc.id,
        vpc_name: vpc.name,
      });
    },
    onUpdate: stamp,
  },
  port: {
    newId: uuid,
    filter: filters({
      id: equal('id'),
      name: equal('name'),
      subnet_id: equal('subnet_id'),
      subnet_name: equal('subnet_name'),
      attached_resource_id: equal('attached_resource_id'),
      fixed_ip_address: equal('fixed_ip_address'),
      mac_address: equal('mac_address'),
      state: equal('state'),
      security_groups: (record, value) =>
        (Array.isArray(record.security_groups) ? (record.security_groups as Json[]) : []).some(
          (group) => group.id === value || group.name === value,
        ),
    }),
    onCreate(record, twin, context) {
      const body = context.body;
      const subnet = held(context, 'subnet', body.subnet_id, ['body', 'subnet_id']);
      if (subnet.state !== 'ACTIVE') {
        refuse(twin, ['body', 'subnet_id'], `subnet ${String(subnet.name)} is ${String(subnet.state)}`);
      }
      const wanted = typeof body.fixed_ip_address === 'string' ? body.fixed_ip_address : undefined;
      if (wanted && !inSubnet(wanted, String(subnet.cidr))) {
        refuse(twin, ['body', 'fixed_ip_address'], `${wanted} is not in subnet ${String(subnet.name)}`);
      }
      if (wanted && !addressFree(twin, subnet, wanted)) {
        refuse(twin, ['body', 'fixed_ip_address'], `${wanted} is in use in subnet ${String(subnet.name)}`);
      }
      const address = wanted ?? freeAddress(twin, subnet);
      if (!address) refuse(twin, ['body', 'subnet_id'], `subnet ${String(subnet.name)} has no free address`);
      const now = timestamp(twin, 'zulu');
      rebuild(record, {
        account_id: ACCOUNT_ID,
        name: body.name,
        description: body.description ?? '',
        attached_resource_id: '',
        attached_resource_type: '',
        fixed_ip_address: address,
        mac_address: macAddress(twin),
        security_groups: portGroups(context, body.security_groups),
        // a port attached to nothing is down (OpenStack's state; the server it joins brings it up)
        state: 'DOWN',
        subnet_id: subnet.id,
        subnet_name: subnet.name,
        vpc_id: subnet.vpc_id,
        vpc_name: subnet.vpc_name,
        created_at: now,
        modified_at: now,
      });
    },
    onUpdate(record, twin, context) {
      if (context.body.security_groups !== undefined) {
        record.security_groups = portGroups(context, context.body.security_groups);
      }
      record.modified_at = timestamp(twin, 'zulu');
    },
    onDelete(record, _twin, context) {
      if (typeof record.attached_resource_id === 'string' && record.attached_resource_id !== '') {
        conflict(context, ['path', 'port_id'], `port ${record.id} is attached to ${record.attached_resource_id}`);
      }
      return undefined;
    },
  },
  publicip: {
    newId: hex32,
    filter: filters({
      ip_address: equal('ip_address'),
      state: equal('state'),
      attached_resource_type: equal('attached_resource_type'),
      attached_resource_id: equal('attached_resource_id'),
      attached_resource_name: equal('attached_resource_name'),
      type: equal('type'),
    }),
    onCreate(record, twin, context) {
      const used = new Set(twin.store.all('publicip').map((ip) => ip.ip_address));
      const range = hosts(PUBLIC_POOL) as [number, number];
      let address: string | undefined;
      for (let n = range[0]; n <= range[1] && address === undefined; n++) {
        if (!used.has(numberToIp(n))) address = numberToIp(n);
      }
      if (!address) refuse(twin, ['body'], `no public address is free in ${PUBLIC_POOL}`, 'value_error.quota');
      rebuild(record, {
        ...createdNow(twin),
        ip_address: address,
        description: context.body.description ?? null,
        type: context.body.type,
        state: 'RESERVED',
        attached_resource_id: null,
        attached_resource_name: null,
      });
    },
    onUpdate: stamp,
    onDelete(record, twin) {
      if (record.state === 'ATTACHED') {
        refuse(twin, ['path', 'publicip_id'], `public IP ${String(record.ip_address)} is attached: detach it first`);
      }
      return undefined;
    },
  },
  // one per VPC, made ACTIVE at once (its service answers the create 202 with it ACTIVE, as its example shows)
  internet_gateway: {
    newId: hex32,
    filter: filters({
      id: equal('id'),
      name: equal('name'),
      type: equal('type'),
      state: equal('state'),
      vpc_id: equal('vpc_id'),
      vpc_name: equal('vpc_name'),
    }),
    onCreate(record, twin, context) {
      const vpc = twin.store.get('vpc', String(context.body.vpc_id));
      if (!vpc) refuse(twin, ['body', 'vpc_id'], `VPC ${String(context.body.vpc_id)} not found`);
      if (!CREATABLE_GATEWAY_TYPES.includes(String(context.body.type))) {
        refuse(twin, ['body', 'type'], `the account cannot create ${String(context.body.type)} gateways`);
      }
      if (twin.store.find('internet_gateway', (gateway) => gateway.vpc_id === vpc.id)) {
        conflict(context, ['body', 'vpc_id'], `VPC ${String(vpc.name)} has an internet gateway`);
      }
      rebuild(record, {
        ...createdNow(twin),
        name: `IGW_${String(vpc.name)}`,
        description: context.body.description ?? null,
        firewall_id: null,
        loggable: context.body.firewall_loggable === true,
        type: context.body.type,
        state: 'ACTIVE',
        vpc_id: vpc.id,
        vpc_name: vpc.name,
      });
    },
    onUpdate: stamp,
  },
  // in a subnet, through a reserved public IP it holds until it is deleted; ACTIVE at once (as its example shows)
  nat_gateway: {
    newId: hex32,
    filter: filters({
      id: equal('id'),
      name: equal('name'),
      state: equal('state'),
      subnet_id: equal('subnet_id'),
      vpc_id: equal('vpc_id'),
      vpc_name: equal('vpc_name'),
    }),
    onCreate(record, twin, context) {
      const subnet = twin.store.get('subnet', String(context.body.subnet_id));
      if (!subnet) refuse(twin, ['body', 'subnet_id'], `subnet ${String(context.body.subnet_id)} not found`);
      const address = twin.store.get('publicip', String(context.body.publicip_id));
      if (!address) refuse(twin, ['body', 'publicip_id'], `public IP ${String(context.body.publicip_id)} not found`);
      if (address.state !== 'RESERVED') {
        conflict(
          context,
          ['body', 'publicip_id'],
          `public IP ${String(address.ip_address)} is ${String(address.state)}`,
        );
      }
      const vpc = twin.store.get('vpc', String(subnet.vpc_id));
      rebuild(record, {
        ...createdNow(twin),
        name: `NATGW_${String(subnet.name)}`,
        description: context.body.description ?? null,
        nat_gateway_ip_address: address.ip_address,
        publicip_id: address.id,
        state: 'ACTIVE',
        subnet_cidr: subnet.cidr,
        subnet_id: subnet.id,
        subnet_name: subnet.name,
        vpc_id: subnet.vpc_id,
        vpc_name: vpc?.name ?? '',
      });
      Object.assign(address, {
        state: 'ATTACHED',
        attached_resource_id: record.id,
        attached_resource_name: record.name,
        attached_resource_type: 'NAT_GW',
        modified_at: record.created_at,
      });
    },
    onUpdate: stamp,
    onDelete(record, twin) {
      const address = twin.store.get('publicip', String(record.publicip_id));
      if (address?.attached_resource_id === record.id) {
        Object.assign(address, { state: 'RESERVED', attached_resource_id: null, attached_resource_name: null });
        delete address.attached_resource_type;
      }
      return undefined;
    },
  },
  // between two VPCs of the account, made and removed over time; its routing rules live under it
  vpc_peering: {
    newId: hex32,
    filter: filters({
      id: equal('id'),
      name: equal('name'),
      requester_vpc_id: equal('requester_vpc_id'),
      requester_vpc_name: equal('requester_vpc_name'),
      approver_vpc_id: equal('approver_vpc_id'),
      approver_vpc_name: equal('approver_vpc_name'),
      account_type: equal('account_type'),
      state: equal('state'),
    }),
    onCreate(record, twin, context) {
      const body = context.body;
      const requester = held(context, 'vpc', body.requester_vpc_id, ['body', 'requester_vpc_id']);
      const approver = held(context, 'vpc', body.approver_vpc_id, ['body', 'approver_vpc_id']);
      const problem = peeringProblem(twin, requester, approver, body.approver_vpc_account_id);
      if (problem) conflict(context, ['body', 'approver_vpc_id'], problem);
      withinLimit(context, 'VPC_PEERING.MAX.COUNT', twin.store.count('vpc_peering'), 'no more VPC peerings');
      rebuild(record, {
        ...createdNow(twin),
        name: body.name,
        description: body.description ?? null,
        account_type: 'SAME',
        requester_vpc_account_id: ACCOUNT_ID,
        requester_vpc_id: requester.id,
        requester_vpc_name: requester.name,
        approver_vpc_account_id: ACCOUNT_ID,
        approver_vpc_id: approver.id,
        approver_vpc_name: approver.name,
        state: 'CREATING',
      });
      delete record.account_id;
    },
    onUpdate: stamp,
  },
  vpc_peering_rule: {
    newId: hex32,
    filter: filters({
      id: equal('id'),
      name: (record, value, twin) => twin.store.get('vpc_peering', String(record.vpc_peering_id))?.name === value,
      source_vpc_id: equal('source_vpc_id'),
      source_vpc_type: equal('source_vpc_type'),
      destination_vpc_id: equal('destination_vpc_id'),
      destination_vpc_type: equal('destination_vpc_type'),
      destination_cidr: equal('destination_cidr'),
      state: equal('state'),
    }),
    onCreate(record, twin, context) {
      const peering = context.lookup('vpc_peering');
      const type = String(context.body.destination_vpc_type);
      const problem =
        peering.state === 'ACTIVE'
          ? peeringRuleProblem(twin, peering, type, context.body.destination_cidr)
          : `VPC peering ${String(peering.name)} is ${String(peering.state)}`;
      if (problem) conflict(context, ['body', 'destination_cidr'], problem);
      const [source, destination] = type === 'APPROVER_VPC' ? ['requester', 'approver'] : ['approver', 'requester'];
      rebuild(record, {
        ...createdNow(twin),
        vpc_peering_id: peering.id,
        destination_cidr: context.body.destination_cidr,
        destination_vpc_type: type,
        destination_vpc_id: peering[`${destination}_vpc_id`],
        destination_vpc_name: peering[`${destination}_vpc_name`],
        source_vpc_type: type === 'APPROVER_VPC' ? 'REQUESTER_VPC' : 'APPROVER_VPC',
        source_vpc_id: peering[`${source}_vpc_id`],
        source_vpc_name: peering[`${source}_vpc_name`],
        state: 'CREATING',
      });
      delete record.account_id;
    },
  },
  // a hub: VPCs connect to it, and its routing rules send ranges between them
  transit_gateway: {
    newId: hex32,
    filter: filters({ id: equal('id'), name: equal('name'), state: equal('state') }),
    onCreate(record, twin, context) {
      withinLimit(
        context,
        'TRANSIT_GATEWAY.MAX.COUNT',
        twin.store.count('transit_gateway'),
        'no more transit gateways',
      );
      rebuild(record, {
        ...createdNow(twin),
        name: context.body.name,
        description: context.body.description ?? null,
        bandwidth: null,
        firewall_ids: null,
        uplink_enabled: false,
        state: 'CREATING',
      });
    },
    onUpdate: stamp,
  },
  transit_gateway_vpc_connection: {
    newId: hex32,
    filter: filters({ id: equal('id'), vpc_id: equal('vpc_id'), vpc_name: equal('vpc_name'), state: equal('state') }),
    onCreate(record, twin, context) {
      const gateway = context.lookup('transit_gateway');
      if (gateway.state !== 'ACTIVE') {
        conflict(
          context,
          ['path', 'transit_gateway_id'],
          `transit gateway ${String(gateway.name)} is ${String(gateway.state)}`,
        );
      }
      const vpc = held(context, 'vpc', context.body.vpc_id, ['body', 'vpc_id']);
      if (vpc.state !== 'ACTIVE')
        conflict(context, ['body', 'vpc_id'], `VPC ${String(vpc.name)} is ${String(vpc.state)}`);
      const connected = twin.store
        .all('transit_gateway_vpc_connection')
        .find((c) => c.transit_gateway_id === gateway.id && c.vpc_id === vpc.id);
      if (connected)
        conflict(context, ['body', 'vpc_id'], `VPC ${String(vpc.name)} is connected to ${String(gateway.name)}`);
      const connections = twin.store
        .all('transit_gateway_vpc_connection')
        .filter((c) => c.transit_gateway_id === gateway.id).length;
      withinLimit(context, 'TRANSIT_GATEWAY.VPC.MAX.COUNT', connections, `no more VPCs on ${String(gateway.name)}`);
      rebuild(record, {
        ...createdNow(twin),
        transit_gateway_id: gateway.id,
        vpc_id: vpc.id,
        vpc_name: vpc.name,
        state: 'CREATING',
      });
    },
  },
  transit_gateway_rule: {
    newId: hex32,
    filter: filters({
      id: equal('id'),
      tgw_connection_vpc_id: equal('tgw_connection_vpc_id'),
      tgw_connection_vpc_name: equal('tgw_connection_vpc_name'),
      source_type: equal('source_type'),
      destination_type: equal('destination_type'),
      destination_cidr: equal('destination_cidr'),
      state: equal('state'),
    }),
    onCreate(record, twin, context) {
      const gateway = context.lookup('transit_gateway');
      const body = context.body;
      const type = String(body.destination_type);
      const { vpc, problem } = transitRuleProblem(
        twin,
        gateway,
        body.tgw_connection_vpc_id,
        type,
        body.destination_cidr,
      );
      if (problem) conflict(context, ['body', problem.field], problem.message);
      const [source, destination] =
        type === 'VPC'
          ? [
              { type: 'TGW', id: gateway.id, name: gateway.name },
              { type: 'VPC', id: vpc?.id, name: vpc?.name },
            ]
          : [
              { type: 'VPC', id: vpc?.id, name: vpc?.name },
              { type: 'TGW', id: gateway.id, name: gateway.name },
            ];
      rebuild(record, {
        ...createdNow(twin),
        transit_gateway_id: gateway.id,
        description: body.description ?? '',
        destination_cidr: body.destination_cidr,
        destination_type: destination.type,
        destination_resource_id: destination.id,
        destination_resource_name: destination.name,
        source_type: source.type,
        source_resource_id: source.id,
        source_resource_name: source.name,
        tgw_connection_vpc_id: vpc?.id,
        tgw_connection_vpc_name: vpc?.name,
        state: 'CREATING',
      });
    },
  },
  // an address in a VPC_ENDPOINT subnet through which the VPC reaches one platform service
  vpc_endpoint: {
    newId: hex32,
    filter: filters({
      id: equal('id'),
      name: equal('name'),
      vpc_id: equal('vpc_id'),
      vpc_name: equal('vpc_name'),
      subnet_id: equal('subnet_id'),
      resource_key: equal('resource_key'),
      resource_type: equal('resource_type'),
      endpoint_ip_address: equal('endpoint_ip_address'),
      state: equal('state'),
    }),
    onCreate(record, twin, context) {
      const body = context.body;
      const vpc = held(context, 'vpc', body.vpc_id, ['body', 'vpc_id']);
      const subnet = held(context, 'subnet', body.subnet_id, ['body', 'subnet_id']);
      const fail = (field: string, message: string) => conflict(context, ['body', field], message);
      if (vpc.state !== 'ACTIVE') fail('vpc_id', `VPC ${String(vpc.name)} is ${String(vpc.state)}`);
      if (subnet.vpc_id !== vpc.id)
        fail('subnet_id', `subnet ${String(subnet.name)} is not in VPC ${String(vpc.name)}`);
      if (subnet.type !== 'VPC_ENDPOINT') {
        fail('subnet_id', `subnet ${String(subnet.name)} is ${String(subnet.type)}, not VPC_ENDPOINT`);
      }
      if (subnet.state !== 'ACTIVE') fail('subnet_id', `subnet ${String(subnet.name)} is ${String(subnet.state)}`);
      const address = endpointAddressProblem(twin, subnet, String(body.endpoint_ip_address));
      if (address) fail('endpoint_ip_address', address);
      const service = endpointServiceProblem(twin, vpc, body.resource_type, body.resource_key);
      if (service) fail('resource_key', service);
      rebuild(record, {
        ...createdNow(twin),
        name: body.name,
        description: body.description ?? '',
        endpoint_ip_address: body.endpoint_ip_address,
        resource_info: body.resource_info,
        resource_key: body.resource_key,
        resource_type: body.resource_type,
        state: 'CREATING',
        subnet_id: subnet.id,
        subnet_name: subnet.name,
        vpc_id: vpc.id,
        vpc_name: vpc.name,
      });
    },
    onUpdate: stamp,
  },
  security_group: {
    newId: hex32,
    filter: filters({ id: equal('id'), name: equal('name') }),
    onCreate(record, twin, context) {
      if (twin.store.find('security_group', (group) => group.name === context.body.name)) {
        refuse(twin, ['body', 'name'], `a security group named ${String(context.body.name)} exists`);
      }
      rebuild(record, {
        ...createdNow(twin),
        name: context.body.name,
        description: context.body.description ?? null,
        loggable: context.body.loggable === true,
        state: 'ACTIVE',
      });
    },
    view: (record, twin) => ({
      ...record,
      rule_count: twin.store.all('security_group_rule').filter((rule) => rule.security_group_id === record.id).length,
    }),
    onDelete(record, twin, context) {
      const users = twin.store
        .all('server')
        .filter((server) => Array.isArray(server.security_group_ids) && server.security_group_ids.includes(record.id));
      if (users.length > 0) {
        conflict(
          context,
          ['path', 'security_group_id'],
          `security group ${String(record.name)} is on ${users.length} server(s)`,
        );
      }
      for (const rule of twin.store.all('security_group_rule')) {
        if (rule.security_group_id === record.id) twin.store.remove('security_group_rule', rule.id);
      }
      return undefined;
    },
  },
  security_group_rule: {
    newId: hex32,
    filter: filters({
      id: equal('id'),
      security_group_id: equal('security_group_id'),
      remote_ip_prefix: equal('remote_ip_prefix'),
      remote_group_id: equal('remote_group_id'),
      description: equal('description'),
      direction: equal('direction'),
    }),
    onCreate(record, _twin, context) {
      const { id: _made, ...fields } = newRule(context, context.body, ['body']);
      rebuild(record, fields);
    },
  },
};

/** A security group rule from a request's fields, checked: its group held, its ports in order, not a duplicate. */
function newRule(context: OperationContext, fields: Json, loc: (string | number)[]): TwinRecord {
  const twin = context.twin;
  const group = held(context, 'security_group', fields.security_group_id, [...loc, 'security_group_id']);
  const min = (fields.port_range_min ?? null) as number | null;
  const max = (fields.port_range_max ?? min) as number | null;
  if (min !== null && max !== null && min > max) {
    refuse(twin, [...loc, 'port_range_min'], `port_range_min ${min} is above port_range_max ${max}`);
  }
  const remote = typeof fields.remote_group_id === 'string' ? fields.remote_group_id : null;
  const remoteGroup =
    remote === null ? undefined : held(context, 'security_group', remote, [...loc, 'remote_group_id']);
  const rule = {
    ...createdNow(twin),
    id: hex32(twin),
    security_group_id: group.id,
    description: fields.description ?? null,
    direction: fields.direction,
    ethertype: fields.ethertype ?? 'IPv4',
    port_range_min: min,
    port_range_max: max,
    protocol: fields.protocol ?? null,
    remote_group_id: remoteGroup?.id ?? null,
    remote_group_name: remoteGroup?.name ?? null,
    remote_ip_prefix: remoteGroup ? null : (fields.remote_ip_prefix ?? '0.0.0.0/0'),
  };
  delete (rule as Json).account_id;
  const same = (r: TwinRecord) =>
    [
      'security_group_id',
      'direction',
      'ethertype',
      'port_range_min',
      'port_range_max',
      'protocol',
      'remote_group_id',
      'remote_ip_prefix',
    ].every((key) => r[key] === (rule as Json)[key]);
  if (twin.store.find('security_group_rule', same)) conflict(context, loc, 'the security group has this rule');
  return rule;
}

// ---- handlers ----

const bare = (context: OperationContext, body: unknown): Answer => ({ status: context.row.status, body });

/** Operations the generic verbs do not serve. */
export const networkOperations: Record<string, OperationHandler> = {
  deleteSubnet(context) {
    const subnet = context.lookup('subnet');
    if (subnet.state === 'DELETING') return context.answer({});
    const ports = context.twin.store.all('port').filter((port) => port.subnet_id === subnet.id);
    if (ports.length > 0)
      conflict(context, ['path', 'subnet_id'], `subnet ${String(subnet.name)} has ${ports.length} port(s)`);
    const endpoints = context.twin.store.all('vpc_endpoint').filter((endpoint) => endpoint.subnet_id === subnet.id);
    if (endpoints.length > 0) {
      conflict(context, ['path', 'subnet_id'], `subnet ${String(subnet.name)} has ${endpoints.length} VPC endpoint(s)`);
    }
    context.twin.enter('subnet', subnet, 'DELETING');
    return context.answer({});
  },
  checkVpcCidrAvailabilities(context) {
    const problem = vpcCidrProblem(context.twin, context.query.cidr);
    return bare(context, {
      vpc_cidr_availability: {
        available: problem === undefined,
        cidr: context.query.cidr,
        message: problem ?? 'The CIDR can be used.',
      },
    });
  },
  checkSubnetCidrAvailabilities(context) {
    const vpc = held(context, 'vpc', context.query.vpc_id, ['query', 'vpc_id']);
    const problem = subnetCidrProblem(context.twin, vpc, context.query.cidr);
    return bare(context, {
      subnet_cidr_availability: {
        available: problem === undefined,
        cidr: context.query.cidr,
        message: problem ?? 'The CIDR can be used.',
        vpc_id: vpc.id,
      },
    });
  },
  listPortIpAvailabilities(context) {
    const subnet = held(context, 'subnet', context.query.subnet_id, ['query', 'subnet_id']);
    const address = String(context.query.fixed_ip_address);
    const problem = !inSubnet(address, String(subnet.cidr))
      ? `${address} is not in subnet ${String(subnet.name)}`
      : addressFree(context.twin, subnet, address)
        ? undefined
        : `${address} is in use`;
    return bare(context, {
      port_ip_availabilities: [
        {
          available: problem === undefined,
          fixed_ip_address: address,
          message: problem ?? 'The IP address can be used.',
          subnet_id: subnet.id,
        },
      ],
    });
  },
  deleteVpcPeering(context) {
    const peering = context.lookup('vpc_peering');
    if (peering.state === 'DELETING') return context.answer({});
    // its routing rules go with it
    for (const rule of context.twin.store.all('vpc_peering_rule')) {
      if (rule.vpc_peering_id === peering.id && rule.state !== 'DELETING') {
        context.twin.enter('vpc_peering_rule', rule, 'DELETING');
      }
    }
    context.twin.enter('vpc_peering', peering, 'DELETING');
    return context.answer({});
  },
  listVpcPeeringAvailabilities(context) {
    const twin = context.twin;
    const requester = held(context, 'vpc', context.query.requester_vpc_id, ['query', 'requester_vpc_id']);
    const account = context.query.approver_vpc_account_id;
    const approvers =
      context.query.approver_vpc_id === undefined
        ? twin.store.all('vpc').filter((vpc) => vpc.id !== requester.id)
        : [held(context, 'vpc', context.query.approver_vpc_id, ['query', 'approver_vpc_id'])];
    const entries = approvers.map((approver) => {
      const problem = peeringProblem(twin, requester, approver, account);
      return {
        approver_vpc_account_id: typeof account === 'string' && account !== '' ? account : ACCOUNT_ID,
        approver_vpc_id: approver.id,
        available: problem === undefined,
        message: problem ?? 'VPC peering can be created.',
        requester_vpc_account_id: ACCOUNT_ID,
        requester_vpc_id: requester.id,
      };
    });
    return bare(context, { count: entries.length, vpc_peering_availability: entries });
  },
  listVpcPeeringRoutingRuleAvailabilities(context) {
    const peering = context.lookup('vpc_peering');
    const type = String(context.query.destination_vpc_type);
    const problem = peeringRuleProblem(context.twin, peering, type, context.query.destination_cidr);
    return bare(context, {
      count: 1,
      destination_cidr_availabilities: [
        {
          available: problem === undefined,
          destination_cidr: context.query.destination_cidr,
          destination_vpc_type: type,
          message: problem ?? 'The CIDR can be used.',
        },
      ],
    });
  },
  deleteVpcPeeringRule(context) {
    const peering = context.lookup('vpc_peering');
    const rule = context.twin.store.get('vpc_peering_rule', String(context.path.routing_rule_id));
    if (!rule || rule.vpc_peering_id !== peering.id) return context.twin.fail(404);
    if (rule.state === 'CREATING' || rule.state === 'DELETING') return context.twin.fail(409);
    context.twin.enter('vpc_peering_rule', rule, 'DELETING');
    return context.answer({});
  },
  showMaxCount(context) {
    return bare(context, { max_count: NETWORK_LIMITS[String(context.query.config_name)] });
  },
  listInternetGatewayCreatableTypes(context) {
    return bare(context, { creatable_types: CREATABLE_GATEWAY_TYPES });
  },
  listInternetGatewayCreatableVpcs(context) {
    const twin = context.twin;
    const wanted = context.query.vpc_id;
    const vpcs = twin.store
      .all('vpc')
      .filter(
        (vpc) =>
          (wanted === undefined || vpc.id === wanted) &&
          !twin.store.find('internet_gateway', (gateway) => gateway.vpc_id === vpc.id),
      );
    return bare(context, { creatable_vpcs: vpcs.map((vpc) => ({ vpc_id: vpc.id, vpc_name: vpc.name })) });
  },
  checkPrivateNatCidrAvailabilities(context) {
    const cidr = context.query.cidr;
    const connect = String(context.query.direct_connect_id);
    const wanted = block(cidr);
    const other = context.twin.store
      .all('private_nat')
      .find(
        (nat) =>
          nat.direct_connect_id === connect &&
          overlaps(wanted ?? { first: 0, size: 0 }, block(nat.cidr) ?? { first: 0, size: 0 }),
      );
    const problem = !wanted
      ? `${String(cidr)} is not an IPv4 CIDR from /8 to /30 on its network address`
      : other
        ? `${String(cidr)} overlaps private NAT ${String(other.name)} (${String(other.cidr)}) on this Direct Connect`
        : undefined;
    return bare(context, {
      private_nat_cidr_availability: {
        available: problem === undefined,
        cidr,
        direct_connect_id: connect,
        message: problem ?? 'The CIDR can be used.',
      },
    });
  },
  setPrivateNat(context) {
    const nat = context.lookup('private_nat');
    if (typeof context.body.description === 'string') nat.description = context.body.description;
    stamp(nat, context.twin);
    return bare(context, { private_nat: context.show('private_nat', nat) });
  },
  deleteVpcEndpoint(context) {
    const endpoint = context.lookup('vpc_endpoint');
    if (endpoint.state === 'DELETING') return context.answer({});
    // one still being made cannot be removed yet: the spec's 409
    if (endpoint.state === 'CREATING') return context.twin.fail(409);
    context.twin.enter('vpc_endpoint', endpoint, 'DELETING');
    return context.answer({});
  },
  listVpcEndpointConnectableResources(context) {
    const services = ENDPOINT_SERVICES.filter((service) => service.resource_type === context.query.resource_type);
    return bare(context, { count: services.length, vpc_endpoint_connectable_resources: services });
  },
  checkVpcEndpointIpAddressAvailabilities(context) {
    const subnet = held(context, 'subnet', context.query.subnet_id, ['query', 'subnet_id']);
    const address = String(context.query.endpoint_ip_address);
    const problem =
      subnet.type === 'VPC_ENDPOINT'
        ? endpointAddressProblem(context.twin, subnet, address)
        : `subnet ${String(subnet.name)} is ${String(subnet.type)}, not VPC_ENDPOINT`;
    return bare(context, {
      vpc_endpoint_ip_availability: {
        available: problem === undefined,
        endpoint_ip_address: address,
        message: problem ?? 'The IP address can be used.',
        subnet_id: subnet.id,
      },
    });
  },
  checkVpcEndpointResourceAvailabilities(context) {
    const vpc = held(context, 'vpc', context.query.vpc_id, ['query', 'vpc_id']);
    const { resource_type: type, resource_key: key } = context.query;
    const problem = endpointServiceProblem(context.twin, vpc, type, key);
    return bare(context, {
      vpc_endpoint_resource_availability: {
        available: problem === undefined,
        message: problem ?? 'The VPC can have an endpoint for this resource.',
        resource_key: key,
        resource_type: type,
        vpc_id: vpc.id,
      },
    });
  },
  deleteTransitGateway(context) {
    const gateway = context.lookup('transit_gateway');
    if (gateway.state === 'DELETING') return context.answer({});
    const connections = context.twin.store
      .all('transit_gateway_vpc_connection')
      .filter((c) => c.transit_gateway_id === gateway.id);
    if (connections.length > 0) {
      conflict(
        context,
        ['path', 'transit_gateway_id'],
        `transit gateway ${String(gateway.name)} has ${connections.length} VPC connection(s)`,
      );
    }
    context.twin.enter('transit_gateway', gateway, 'DELETING');
    return context.answer({});
  },
  deleteTransitGatewayVpcConnection(context) {
    const gateway = context.lookup('transit_gateway');
    const twin = context.twin;
    const connection = twin.store.get('transit_gateway_vpc_connection', String(context.path.vpc_connection_id));
    if (!connection || connection.transit_gateway_id !== gateway.id) return twin.fail(404);
    if (connection.state === 'DELETING') return context.answer({});
    // the rules of the VPC on this gateway go with its connection
    for (const rule of twin.store.all('transit_gateway_rule')) {
      if (
        rule.transit_gateway_id === gateway.id &&
        rule.tgw_connection_vpc_id === connection.vpc_id &&
        rule.state !== 'DELETING'
      ) {
        twin.enter('transit_gateway_rule', rule, 'DELETING');
      }
    }
    twin.enter('transit_gateway_vpc_connection', connection, 'DELETING');
    return context.answer({});
  },
  deleteTransitGatewayRule(context) {
    const gateway = context.lookup('transit_gateway');
    const rule = context.twin.store.get('transit_gateway_rule', String(context.path.routing_rule_id));
    if (!rule || rule.transit_gateway_id !== gateway.id) return context.twin.fail(404);
    if (rule.state === 'DELETING') return context.answer({});
    context.twin.enter('transit_gateway_rule', rule, 'DELETING');
    return context.answer({});
  },
  listTransitGatewayRoutingRuleAvailabilities(context) {
    const gateway = context.lookup('transit_gateway');
    const type = String(context.query.destination_type);
    const { problem } = transitRuleProblem(
      context.twin,
      gateway,
      context.query.connected_vpc_id,
      type,
      context.query.destination_cidr,
    );
    return bare(context, {
      count: 1,
      destination_cidr_availabilities: [
        {
          available: problem === undefined,
          connected_vpc_id: context.query.connected_vpc_id,
          destination_cidr: context.query.destination_cidr,
          destination_type: type,
          message: problem?.message ?? 'The CIDR can be used.',
        },
      ],
    });
  },
  setSecurityGroup(context) {
    const group = context.lookup('security_group');
    if (context.body.description !== undefined) group.description = context.body.description;
    if (typeof context.body.loggable === 'boolean') group.loggable = context.body.loggable;
    stamp(group, context.twin);
    return context.answer({});
  },
  createSecurityGroupRules(context) {
    const rules = Array.isArray(context.body.security_group_rules) ? (context.body.security_group_rules as Json[]) : [];
    room(context, 'security_group_rule', rules.length);
    // every rule checked before any is made: one refused, none made
    const made: TwinRecord[] = [];
    rules.forEach((fields, i) => {
      const rule = newRule(context, { ...fields, security_group_id: context.body.security_group_id }, [
        'body',
        'security_group_rules',
        i,
      ]);
      if (made.some((other) => JSON.stringify({ ...other, id: '' }) === JSON.stringify({ ...rule, id: '' }))) {
        conflict(context, ['body', 'security_group_rules', i], 'the request repeats a rule');
      }
      made.push(rule);
    });
    for (const rule of made) context.twin.store.insert('security_group_rule', rule);
    return bare(context, { security_group_rules: made.map((rule) => context.show('security_group_rule', rule)) });
  },
  getSecurityGroupQuotas(context) {
    const rules = context.twin.store.all('security_group_rule');
    const group = typeof context.query.security_group_id === 'string' ? context.query.security_group_id : undefined;
    const perGroup = group
      ? rules.filter((rule) => rule.security_group_id === group).length
      : Math.max(
          0,
          ...context.twin.store
            .all('security_group')
            .map((g) => rules.filter((r) => r.security_group_id === g.id).length),
        );
    return bare(context, {
      security_group_rules: { limit: 1000, used: rules.length },
      security_group_rules_per_sg: { limit: 100, used: perGroup },
      security_groups: { limit: 50, used: context.twin.store.count('security_group') },
    });
  },
  downloadSecurityGroupRules(context) {
    context.lookup('security_group');
    // the service sends the rules as a file; the spec documents no body, so none is sent
    return context.answer({});
  },
};

/** The vpc and security-group services' rows the spec alone reads wrong: `set…` updates; a delete's resource. */
export const networkCorrections: Readonly<Record<string, Partial<Pick<OperationRow, 'verb' | 'resource' | 'key'>>>> = {
  setVpc: { verb: 'update' },
  setSubnet: { verb: 'update' },
  setPort: { verb: 'update' },
  setPublicip: { verb: 'update' },
  setInternetGateway: { verb: 'update' },
  setNatGateway: { verb: 'update' },
  setVpcPeering: { verb: 'update' },
  deleteVpcPeering: { verb: 'action', resource: 'vpc_peering' },
  listVpcPeeringAvailabilities: { resource: 'vpc_peering' },
  listVpcPeeringRoutingRuleAvailabilities: { resource: 'vpc_peering_rule' },
  deleteVpcPeeringRule: { verb: 'action', resource: 'vpc_peering_rule' },
  setTransitGateway: { verb: 'update' },
  deleteTransitGateway: { verb: 'action', resource: 'transit_gateway' },
  deleteTransitGatewayVpcConnection: { verb: 'action', resource: 'transit_gateway_vpc_connection' },
  deleteTransitGatewayRule: { verb: 'action', resource: 'transit_gateway_rule' },
  listTransitGatewayRoutingRuleAvailabilities: { resource: 'transit_gateway_rule' },
  setVpcEndpoint: { verb: 'update' },
  showMaxCount: { resource: 'vpc' },
  listInternetGatewayCreatableTypes: { resource: 'internet_gateway' },
  listInternetGatewayCreatableVpcs: { resource: 'internet_gateway' },
  checkPrivateNatCidrAvailabilities: { resource: 'private_nat' },
  deleteVpcEndpoint: { verb: 'action', resource: 'vpc_endpoint' },
  listVpcEndpointConnectableResources: { resource: 'vpc_endpoint' },
  checkVpcEndpointIpAddressAvailabilities: { resource: 'vpc_endpoint' },
  checkVpcEndpointResourceAvailabilities: { resource: 'vpc_endpoint' },
  deletePublicip: { resource: 'publicip' },
  deleteSubnet: { verb: 'action', resource: 'subnet' },
  setSecurityGroup: { resource: 'security_group' },
  createSecurityGroupRules: { resource: 'security_group_rule', key: 'security_group_rules' },
  downloadSecurityGroupRules: { resource: 'security_group' },
  getSecurityGroupQuotas: { resource: 'security_group' },
  checkVpcCidrAvailabilities: { resource: 'vpc' },
  checkSubnetCidrAvailabilities: { resource: 'subnet' },
  listPortIpAvailabilities: { resource: 'port' },
};

/** The lists of those services that count on request and those paged by page and size. */
export const networkListForms: ListForms = {
  countOnRequest: new Set(['listVpcs', 'listSubnets', 'listPorts', 'listPublicip', 'listVpcEndpoints']),
  pageAndSize: new Set([
    'listSecurityGroups',
    'listSecurityGroupRules',
    'listVpcPeerings',
    'listVpcPeeringRules',
    'listTransitGateways',
    'listTransitGatewayVpcConnections',
    'listTransitGatewayRules',
  ]),
};

/** What the SCP twin turns on when the vpc and security-group documents join the SCP document (see the top). */
export const networkTwin = {
  resources: networkResources,
  lifecycles: networkLifecycles,
  operations: networkOperations,
  corrections: networkCorrections,
  pathParents: {
    vpc_id: 'vpc',
    subnet_id: 'subnet',
    port_id: 'port',
    publicip_id: 'publicip',
    internet_gateway_id: 'internet_gateway',
    nat_gateway_id: 'nat_gateway',
    vpc_peering_id: 'vpc_peering',
    transit_gateway_id: 'transit_gateway',
    vpc_endpoint_id: 'vpc_endpoint',
    security_group_id: 'security_group',
    security_group_rule_id: 'security_group_rule',
  },
  listForms: networkListForms,
} as const;
