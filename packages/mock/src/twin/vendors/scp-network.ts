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
 */
import type { ResourceSpec, SeedWorld, TwinContext, TwinRecord } from '../types.js';
import { ACCOUNT_ID, USER_ID } from './scp-forms.js';

type Json = Record<string, unknown>;

/** The network resources, by the keys their services' operations use (`publicIps.list` → `publicip`). */
export const networkResources: Record<string, ResourceSpec> = {
  vpc: {},
  subnet: {},
  port: {},
  publicip: {},
  private_nat: {},
  private_nat_ip: {},
  security_group: {},
  security_group_rule: {},
};

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

/** The addresses of a subnet that ports hold, and its gateway. */
function usedAddresses(twin: TwinContext, subnet: TwinRecord): Set<string> {
  const used = new Set(
    twin.store
      .all('port')
      .filter((port) => port.subnet_id === subnet.id)
      .map((port) => String(port.fixed_ip_address)),
  );
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
