/**
 * SCP's twin, the virtualserver service (specs/scp): what the engine cannot read from the spec. The generic verbs
 * serve the lists, gets, updates and most creates and deletes of the resources below; handlers serve the rest (a
 * server and everything it is made of, its actions, interfaces and static NATs, volumes attached and detached,
 * transfers, image members, Auto-Scaling Groups scaling their servers, quotas counted from the state). Its world is
 * the spec's examples (a server `web-01`, its volumes, image, key pair, server types, snapshot, Auto-Scaling Group),
 * merged by id, and the network those examples run on (scp-network.ts).
 *
 * Lifecycles (twin time, `clock`; real time by default):
 *   server     BUILD ─4 s→ ACTIVE (ERROR when asked: `failNext('server')`); stop: ACTIVE → STOPPING ─2 s→ SHUTOFF;
 *              start: SHUTOFF → STARTING ─2 s→ ACTIVE; reboot: REBOOT ─2 s→ / HARD_REBOOT ─3 s→ ACTIVE; rebuild:
 *              REBUILD ─4 s→ ACTIVE (or ERROR); a new server type: RESIZE ─3 s→ the state it had; delete: DELETING
 *              ─2 s→ gone (404), its ports and delete-on-termination volumes with it
 *   volume     creating ─2 s→ available (error when asked); attaching ─1 s→ in-use; detaching ─1 s→ available;
 *              extending ─2 s→ available or in-use; reverting ─2 s→ available; deleting ─1 s→ gone
 *   snapshot   creating ─2 s→ available (error when asked); deleting ─1 s→ gone
 *   image      queued ─1 s→ saving ─2 s→ active (killed when asked); importing ─2 s→ active
 * The states between are SCP's and OpenStack's names for the work (BUILD, ACTIVE, SHUTOFF, ERROR and REBOOT,
 * HARD_REBOOT, REBUILD, RESIZE are Nova's; STOPPING, STARTING, DELETING the twin's, SCP documents none): a client's
 * waitForServer, polling every 5 s, sees a new server ACTIVE at its second check.
 *
 * Refusals are SCP's: a 404 without a body where the operation documents one, else its 400 list naming the field
 * (the volume and snapshot operations document no 404); a 409 without a body for a state that does not allow the
 * action (a locked server, a volume in use); quotas as the account's quota sets show them (a server past them is
 * Nova's 403); an `Scp-Api-Version` the operation does not support (scp-forms.ts).
 */
import { createHash, createPrivateKey, createPublicKey } from 'node:crypto';
import {
  malformedJson,
  methodNotAllowed,
  notFound as routeNotFound,
  payloadTooLarge,
  vendorErrorForms,
} from '../../vendor-errors.js';
import type {
  Answer,
  Lifecycle,
  OperationContext,
  OperationHandler,
  ResourceSpec,
  TwinContext,
  TwinRecord,
  VendorTwin,
} from '../types.js';
import { isObject, type Json } from '../spec.js';
import {
  ACCOUNT_ID,
  among,
  collectionFull,
  held,
  label,
  room,
  atLeast,
  checkApiVersion,
  conflict,
  equal,
  filters,
  hex32,
  holds,
  macAddress,
  pageOf,
  refusal,
  refuse,
  timestamp,
  USER_ID,
  uuid,
} from './scp-forms.js';
import { addressFree, freeAddress, inSubnet, networkTwin, networkWorld, serverSecurityGroup } from './scp-network.js';

const list = <T = Json>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

// ---- the account's quotas (the spec's examples give the limits) ----

const SERVER_QUOTAS = {
  instances: 50,
  cores: 200,
  ram: 409_600,
  keypairs: 100,
  metadata_items: 128,
  server_groups: 10,
  server_group_members: 10,
};
const VOLUME_QUOTAS = { volumes: 100, snapshots: 100, gigabytes: 10_240, per_volume_size: 16_384 };

// ---- lifecycles ----

const server: Lifecycle = {
  field: 'state',
  moving: {
    BUILD: { afterMs: 4000, next: 'ACTIVE', fail: 'ERROR' },
    STOPPING: { afterMs: 2000, next: 'SHUTOFF' },
    STARTING: { afterMs: 2000, next: 'ACTIVE' },
    REBOOT: { afterMs: 2000, next: 'ACTIVE' },
    HARD_REBOOT: { afterMs: 3000, next: 'ACTIVE' },
    REBUILD: { afterMs: 4000, next: 'ACTIVE', fail: 'ERROR' },
    RESIZE: { afterMs: 3000, next: 'ACTIVE' },
    DELETING: { afterMs: 2000, next: 'DELETED' },
  },
  events: {
    stop: { from: ['ACTIVE'], to: 'STOPPING' },
    start: { from: ['SHUTOFF'], to: 'STARTING' },
    reboot: { from: ['ACTIVE'], to: 'REBOOT' },
    hard_reboot: { from: ['ACTIVE', 'SHUTOFF', 'ERROR'], to: 'HARD_REBOOT' },
    rebuild: { from: ['ACTIVE', 'SHUTOFF', 'ERROR'], to: 'REBUILD' },
    resize: { from: ['ACTIVE', 'SHUTOFF'], to: 'RESIZE' },
  },
  onEnter(state, record, twin) {
    record.modified_at = timestamp(twin);
    // a resize of a stopped server leaves it stopped
    if (state === 'ACTIVE' && record.$resume === 'SHUTOFF') record.state = 'SHUTOFF';
    if (record.state === 'ACTIVE' || record.state === 'SHUTOFF') {
      delete record.$resume;
      for (const port of portsOf(twin, record.id)) port.state = record.state === 'ACTIVE' ? 'ACTIVE' : 'DOWN';
    }
    if (state === 'DELETED') removeServer(record, twin);
  },
};

const volume: Lifecycle = {
  field: 'state',
  moving: {
    creating: { afterMs: 2000, next: 'available', fail: 'error' },
    attaching: { afterMs: 1000, next: 'in-use' },
    detaching: { afterMs: 1000, next: 'available' },
    extending: { afterMs: 2000, next: 'available' },
    reverting: { afterMs: 2000, next: 'available' },
    deleting: { afterMs: 1000, next: 'deleted' },
  },
  onEnter(state, record, twin) {
    record.modified_at = timestamp(twin);
    // back from work on an attached volume: in use again
    if (state === 'available' && list(record.servers).length > 0) record.state = 'in-use';
    if (state === 'deleted') {
      if (record.$cascade) {
        for (const snapshot of twin.store.all('snapshot')) {
          if (snapshot.volume_id === record.id) twin.store.remove('snapshot', snapshot.id);
        }
      }
      twin.store.remove('volume', record.id);
    }
  },
};

const snapshot: Lifecycle = {
  field: 'status',
  moving: {
    creating: { afterMs: 2000, next: 'available', fail: 'error' },
    deleting: { afterMs: 1000, next: 'deleted' },
  },
  onEnter(state, record, twin) {
    record.updated_at = timestamp(twin, 'micro');
    if (state === 'deleted') twin.store.remove('snapshot', record.id);
  },
};

const image: Lifecycle = {
  field: 'status',
  moving: {
    queued: { afterMs: 1000, next: 'saving' },
    saving: { afterMs: 2000, next: 'active', fail: 'killed' },
    importing: { afterMs: 2000, next: 'active', fail: 'killed' },
  },
  onEnter(state, record, twin) {
    record.updated_at = timestamp(twin, 'zulu');
    if (state === 'active') {
      const gigabytes = Number(record.min_disk ?? 0) || 10;
      const digest = createHash('md5').update(record.id).digest('hex');
      record.checksum = digest;
      record.os_hash_value = createHash('sha512').update(record.id).digest('hex');
      record.size = Math.round(gigabytes * 0.022 * 1024 ** 3);
      record.virtual_size = gigabytes * 1024 ** 3;
    }
  },
};

// ---- relations ----

const portsOf = (twin: TwinContext, serverId: string) =>
  twin.store.all('port').filter((port) => port.attached_resource_id === serverId);

const attachments = (twin: TwinContext, serverId: string) =>
  twin.store.all('volume').flatMap((v) =>
    list(v.servers)
      .filter((a) => a.id === serverId)
      .map((a) => ({ volume: v, attachment: a })),
  );

/** The server's addresses, grouped by subnet, as the API shows them. */
function addressesOf(twin: TwinContext, serverId: string): Json[] {
  const groups = new Map<string, Json[]>();
  for (const port of portsOf(twin, serverId)) {
    const name = String(port.subnet_name ?? twin.store.get('subnet', String(port.subnet_id))?.name ?? '');
    groups.set(name, [...(groups.get(name) ?? []), { ip_address: port.fixed_ip_address, version: 4 }]);
  }
  return [...groups].map(([subnet_name, ip_addresses]) => ({ subnet_name, ip_addresses }));
}

/** A port as the virtualserver service shows it: an interface of a server, with its static NATs. */
function interfaceOf(twin: TwinContext, port: TwinRecord): Json {
  const out: Json = {
    fixed_ips: [{ ip_address: port.fixed_ip_address }],
    mac_addr: port.mac_address,
    port_id: port.id,
    port_state: port.state,
    subnet_id: port.subnet_id,
  };
  const nat = port.$static_nat as Json | undefined;
  const publicip = nat ? twin.store.get('publicip', String(nat.publicip_id)) : undefined;
  if (nat && publicip) {
    out.static_nat = {
      external_ip_address: publicip.ip_address,
      id: nat.id,
      publicip_id: publicip.id,
      state: nat.state,
    };
  }
  const privateNat = port.$private_nat as Json | undefined;
  const privateIp = privateNat ? twin.store.get('private_nat_ip', String(privateNat.private_nat_ip_id)) : undefined;
  if (privateNat && privateIp) {
    out.private_static_nat = {
      external_ip_address: privateIp.ip_address,
      id: privateNat.id,
      private_nat_ip_id: privateIp.id,
      state: privateNat.state,
    };
  }
  return out;
}

/** Unbinds the port's NATs: the public IP and the private NAT address are reserved again. */
function releaseNats(twin: TwinContext, port: TwinRecord): void {
  const nat = port.$static_nat as Json | undefined;
  const publicip = nat ? twin.store.get('publicip', String(nat.publicip_id)) : undefined;
  if (publicip) unbind(twin, publicip);
  const privateNat = port.$private_nat as Json | undefined;
  const privateIp = privateNat ? twin.store.get('private_nat_ip', String(privateNat.private_nat_ip_id)) : undefined;
  if (privateIp) unbind(twin, privateIp);
  delete port.$static_nat;
  delete port.$private_nat;
}

function bind(twin: TwinContext, address: TwinRecord, server: TwinRecord): void {
  Object.assign(address, {
    state: 'ATTACHED',
    attached_resource_id: server.id,
    attached_resource_name: server.name,
    attached_resource_type: 'VM',
    modified_at: timestamp(twin),
  });
}

function unbind(twin: TwinContext, address: TwinRecord): void {
  Object.assign(address, {
    state: 'RESERVED',
    attached_resource_id: null,
    attached_resource_name: null,
    modified_at: timestamp(twin),
  });
  delete address.attached_resource_type;
}

/** A server gone for good: its own ports and delete-on-termination volumes go, the rest are let go. */
function removeServer(record: TwinRecord, twin: TwinContext): void {
  for (const port of portsOf(twin, record.id)) {
    releaseNats(twin, port);
    if (port.$owner === record.id) twin.store.remove('port', port.id);
    else Object.assign(port, { attached_resource_id: '', attached_resource_type: '', state: 'DOWN' });
  }
  for (const { volume: held, attachment } of attachments(twin, record.id)) {
    held.servers = list(held.servers).filter((a) => a !== attachment);
    if (attachment.delete_on_termination === true) twin.store.remove('volume', held.id);
    else held.state = 'available';
  }
  twin.store.remove('server', record.id);
}

// ---- lookups in a request body or query ----

/** A bare answer (the operation's answer is the body itself, not its example with properties replaced). */
const bare = (context: OperationContext, body: unknown, status = context.row.status): Answer => ({ status, body });

/** The documented answer without a body (202, 204). */
const accepted = (context: OperationContext): Answer => context.answer({});

/** Replaces every field of a record a generic create made from its example with `fields` (its id kept). */
function rebuild(record: TwinRecord, fields: Json): void {
  for (const key of Object.keys(record)) if (key !== 'id') delete record[key];
  Object.assign(record, fields);
}

const createdBy = (twin: TwinContext, style: 'plain' | 'zulu' | 'micro' = 'plain') => {
  const now = timestamp(twin, style);
  return { account_id: ACCOUNT_ID, created_at: now, created_by: USER_ID, modified_at: now, modified_by: USER_ID };
};

// ---- servers ----

interface NetworkChoice {
  subnet: TwinRecord;
  port: TwinRecord | undefined;
  fixedIp: string | undefined;
  publicip: TwinRecord | undefined;
}

interface ServerPlan {
  name: string;
  image: TwinRecord;
  type: TwinRecord;
  keypair: string;
  networks: NetworkChoice[];
  securityGroups: string[];
  serverGroup: string | null;
  metadata: Json;
  locked: boolean;
  volumes: Json[];
  productCategory: string;
  productOffering: string;
  autoScalingGroup: string | null;
  launchConfiguration: string | null;
}

/** The server's server type, as a server shows it. */
function typeOf(type: TwinRecord): Json {
  return {
    disk: type.disk,
    ephemeral: type.ephemeral,
    extra_specs: type.extra_specs ?? {},
    id: type.id,
    name: type.name,
    ram: type.ram,
    swap: type.swap,
    vcpus: type.vcpus,
  };
}

const osType = (image: TwinRecord) =>
  image.os_distro === 'windows' ? 'windows' : image.os_distro === 'rhel' ? 'rhel' : 'open_source';

/** Devices a server's volumes take in order: vda (boot), vdb, … */
function nextDevice(twin: TwinContext, serverId: string): string {
  const used = new Set(attachments(twin, serverId).map(({ attachment }) => attachment.device));
  for (let i = 0; i < 26; i++) {
    const device = `/dev/vd${String.fromCharCode(97 + i)}`;
    if (!used.has(device)) return device;
  }
  return `/dev/vd${used.size}`;
}

/** Makes a server (BUILD), its ports, its volumes and its NATs, as planned and checked. */
function buildServer(twin: TwinContext, plan: ServerPlan): TwinRecord {
  const id = uuid(twin);
  const vpc = plan.networks[0]?.subnet.vpc_id ?? null;
  const record: TwinRecord = {
    ...createdBy(twin),
    id,
    name: plan.name,
    disk_config: 'MANUAL',
    image_id: plan.image.id,
    is_marketplace: false,
    keypair_name: plan.keypair,
    launch_configuration_id: plan.launchConfiguration,
    auto_scaling_group_id: plan.autoScalingGroup,
    locked: plan.locked,
    metadata: plan.metadata,
    planned_compute_os_type: osType(plan.image),
    product_category: plan.productCategory,
    product_offering: plan.productOffering,
    server_group_id: plan.serverGroup,
    server_type: typeOf(plan.type),
    state: 'BUILD',
    vpc_id: vpc,
    security_group_ids: [...plan.securityGroups],
  };
  delete record.modified_by;
  twin.store.insert('server', record);
  twin.enter('server', record, 'BUILD');
  for (const network of plan.networks) {
    const port = network.port ?? newPort(twin, network.subnet, network.fixedIp, id);
    Object.assign(port, { attached_resource_id: id, attached_resource_type: 'VM', state: 'DOWN' });
    if (network.publicip) {
      port.$static_nat = { id: hex32(twin), publicip_id: network.publicip.id, state: 'ACTIVE' };
      bind(twin, network.publicip, record);
    }
  }
  const wanted = plan.volumes.length > 0 ? plan.volumes : [{ boot_index: 0, size: plan.image.min_disk || 100 }];
  for (const spec of [...wanted].sort((a, b) => Number(a.boot_index) - Number(b.boot_index))) {
    const boot = Number(spec.boot_index) === 0;
    const made = newVolume(twin, {
      name: boot ? `${plan.name}-boot` : `${plan.name}-vol-${Number(spec.boot_index)}`,
      size: Number(spec.size),
      type: volumeTypeNamed(twin, text(spec.type)),
      image: boot ? plan.image : undefined,
    });
    made.servers = [
      {
        id,
        device: nextDevice(twin, id),
        attached_at: timestamp(twin),
        delete_on_termination: spec.delete_on_termination !== false,
      },
    ];
  }
  return record;
}

function newPort(twin: TwinContext, subnet: TwinRecord, fixedIp: string | undefined, owner: string): TwinRecord {
  const address = fixedIp ?? freeAddress(twin, subnet);
  const now = timestamp(twin, 'zulu');
  const port: TwinRecord = {
    account_id: ACCOUNT_ID,
    id: uuid(twin),
    name: `port-${hex32(twin).slice(0, 8)}`,
    description: '',
    attached_resource_id: owner,
    attached_resource_type: 'VM',
    fixed_ip_address: address,
    mac_address: macAddress(twin),
    state: 'DOWN',
    subnet_id: subnet.id,
    subnet_name: subnet.name,
    vpc_id: subnet.vpc_id,
    vpc_name: subnet.vpc_name,
    security_groups: [],
    created_at: now,
    modified_at: now,
    $owner: owner,
  };
  twin.store.insert('port', port);
  return port;
}

function volumeTypeNamed(twin: TwinContext, name: string | undefined): TwinRecord | undefined {
  const wanted = name ?? String(config(twin, 'default_volume_type') ?? 'SSD');
  return twin.store.find('volume_type', (type) => type.name === wanted);
}

function config(twin: TwinContext, name: string): unknown {
  return twin.store.get('default_config', name)?.value;
}

function newVolume(
  twin: TwinContext,
  spec: { name: string; size: number; type: TwinRecord | undefined; image?: TwinRecord | undefined; snapshot?: string },
): TwinRecord {
  const now = timestamp(twin);
  const record: TwinRecord = {
    id: uuid(twin),
    name: spec.name,
    size: spec.size,
    state: 'creating',
    bootable: spec.image !== undefined,
    encrypted: true,
    multiattach: false,
    created_at: now,
    modified_at: null,
    snapshot_id: spec.snapshot ?? null,
    user_id: USER_ID,
    volume_type: spec.type?.name ?? 'SSD',
    volume_type_id: spec.type?.id ?? '',
    servers: [],
  };
  if (spec.image) {
    const i = spec.image;
    record.volume_image_metadata = {
      checksum: i.checksum ?? null,
      container_format: i.container_format ?? null,
      disk_format: i.disk_format ?? null,
      image_id: i.id,
      image_name: i.name,
      min_disk: i.min_disk ?? null,
      min_ram: i.min_ram ?? null,
      os_distro: i.os_distro ?? null,
      scp_image_type: i.scp_image_type ?? null,
      scp_k8s_version: i.scp_k8s_version ?? null,
      scp_original_image_type: i.scp_original_image_type ?? null,
      signature_verified: false,
      size: i.size ?? null,
    };
  }
  twin.store.insert('volume', record);
  twin.enter('volume', record, 'creating');
  return record;
}

/** What the account uses of its server quotas, counted from the state. */
function serverUsage(twin: TwinContext): Record<keyof typeof SERVER_QUOTAS, number> {
  const servers = twin.store.all('server');
  const types = servers.map((s) => (s.server_type ?? {}) as Json);
  return {
    instances: servers.length,
    cores: types.reduce((sum, t) => sum + Number(t.vcpus ?? 0), 0),
    ram: types.reduce((sum, t) => sum + Number(t.ram ?? 0), 0),
    keypairs: twin.store.count('keypair'),
    metadata_items: servers.reduce((most, s) => Math.max(most, Object.keys((s.metadata ?? {}) as Json).length), 0),
    server_groups: twin.store.count('server_group'),
    server_group_members: servers.filter((s) => s.server_group_id).length,
  };
}

function volumeUsage(twin: TwinContext) {
  const volumes = twin.store.all('volume');
  return {
    volumes: volumes.length,
    snapshots: twin.store.count('snapshot'),
    gigabytes: volumes.reduce((sum, v) => sum + Number(v.size ?? 0), 0),
  };
}

/** Room in the account's server quotas for `count` servers of `type`: Nova answers 403 past them. */
function serverQuota(context: OperationContext, count: number, type: TwinRecord): void {
  const use = serverUsage(context.twin);
  if (
    use.instances + count > SERVER_QUOTAS.instances ||
    use.cores + count * Number(type.vcpus) > SERVER_QUOTAS.cores ||
    use.ram + count * Number(type.ram) > SERVER_QUOTAS.ram
  ) {
    if (context.spec.statuses.includes(403)) context.twin.fail(403);
    refuse(
      context.twin,
      ['body'],
      'the server quota of the account is used up (see GET /v1/quota-sets)',
      'value_error.quota',
    );
  }
  room(context, 'server', count);
}

function volumeQuota(context: OperationContext, volumes: number, gigabytes: number): void {
  const use = volumeUsage(context.twin);
  if (use.volumes + volumes > VOLUME_QUOTAS.volumes || use.gigabytes + gigabytes > VOLUME_QUOTAS.gigabytes) {
    refuse(
      context.twin,
      ['body'],
      'the volume quota of the account is used up (see GET /v1/volumes/quota-sets)',
      'value_error.quota',
    );
  }
  if (gigabytes > VOLUME_QUOTAS.per_volume_size && volumes === 1) {
    refuse(
      context.twin,
      ['body', 'size'],
      `a volume holds at most ${VOLUME_QUOTAS.per_volume_size} GB`,
      'value_error.quota',
    );
  }
  room(context, 'volume', volumes);
}

/** Checks the request's networks: each subnet held, each port free, each address free, each public IP reserved. */
function networksOf(context: OperationContext, networks: Json[], count: number): NetworkChoice[] {
  if (networks.length === 0)
    refuse(context.twin, ['body', 'networks'], 'at least one network is needed', 'value_error.missing');
  return networks.map((network, index) => {
    const loc = ['body', 'networks', index];
    const port = text(network.port_id) ? held(context, 'port', network.port_id, [...loc, 'port_id']) : undefined;
    if (port && text(port.attached_resource_id)) conflict(context, [...loc, 'port_id'], `port ${port.id} is attached`);
    const subnetId = port ? port.subnet_id : network.subnet_id;
    if (!text(subnetId))
      refuse(context.twin, [...loc, 'subnet_id'], 'a network needs a subnet_id or a port_id', 'value_error.missing');
    const subnet = held(context, 'subnet', subnetId, [...loc, 'subnet_id']);
    const fixedIp = text(network.fixed_ip);
    if (fixedIp && count > 1) refuse(context.twin, [...loc, 'fixed_ip'], 'a fixed_ip takes max_count 1');
    if (fixedIp && !inSubnet(fixedIp, String(subnet.cidr))) {
      refuse(context.twin, [...loc, 'fixed_ip'], `${fixedIp} is not in subnet ${subnet.name} (${String(subnet.cidr)})`);
    }
    if (fixedIp && !addressFree(context.twin, subnet, fixedIp)) {
      conflict(context, [...loc, 'fixed_ip'], `${fixedIp} is in use in subnet ${subnet.name}`);
    }
    const publicip = text(network.public_ip_id)
      ? held(context, 'publicip', network.public_ip_id, [...loc, 'public_ip_id'])
      : undefined;
    if (publicip && publicip.state !== 'RESERVED') {
      conflict(context, [...loc, 'public_ip_id'], `public IP ${publicip.ip_address} is ${String(publicip.state)}`);
    }
    if (publicip && count > 1) refuse(context.twin, [...loc, 'public_ip_id'], 'a public_ip_id takes max_count 1');
    return { subnet, port, fixedIp, publicip };
  });
}

/** Checks the server's state allows `event` (and that it is not locked), then raises it. */
function act(context: OperationContext, record: TwinRecord, event: string): Answer {
  if (record.locked === true) conflict(context, ['path', 'server_id'], `server ${record.id} is locked`);
  const rule = server.events?.[event];
  if (!rule?.from.includes(String(record.state))) {
    conflict(context, ['path', 'server_id'], `server ${record.id} is ${String(record.state)}`);
  }
  context.twin.raise('server', record, event);
  return accepted(context);
}

// ---- key pairs ----

const sshString = (value: Buffer) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(value.length);
  return Buffer.concat([length, value]);
};

/** An Ed25519 key pair made from the twin's seeded generator (the same keys each run for a seed). */
function newKeyPair(twin: TwinContext, comment: string): { publicKey: string; privateKey: string } {
  const seed = Buffer.from(hex32(twin) + hex32(twin), 'hex');
  const der = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]);
  const key = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  const raw = (createPublicKey(key).export({ format: 'der', type: 'spki' }) as Buffer).subarray(12);
  const blob = Buffer.concat([sshString(Buffer.from('ssh-ed25519')), sshString(raw)]);
  return {
    publicKey: `ssh-ed25519 ${blob.toString('base64')} ${comment}`,
    privateKey: String(key.export({ format: 'pem', type: 'pkcs8' })),
  };
}

/** Nova's MD5 fingerprint of an OpenSSH public key (`3c:91:5e:…`); undefined when it is not one. */
function fingerprintOf(publicKey: string): string | undefined {
  const match = /^(ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp\d+) ([A-Za-z0-9+/]+={0,2})(?:\s|$)/.exec(publicKey.trim());
  if (!match?.[2]) return undefined;
  const digest = createHash('md5').update(Buffer.from(match[2], 'base64')).digest('hex');
  return digest.match(/../g)?.join(':');
}

// ---- Auto-Scaling Groups ----

/** Adds or removes the group's servers until it runs `desired_server_count` (newest removed first). */
function scale(twin: TwinContext, group: TwinRecord): void {
  const running = twin.store
    .all('server')
    .filter((s) => s.auto_scaling_group_id === group.id && s.state !== 'DELETING');
  const desired = Number(group.desired_server_count);
  for (const extra of running.slice(desired).reverse()) twin.enter('server', extra, 'DELETING');
  if (running.length >= desired) return;
  const configuration = twin.store.get('launch_configuration', String(group.launch_configuration_id));
  const image = configuration && twin.store.get('image', String(configuration.image_id));
  const type = configuration && twin.store.get('server_type', String(configuration.server_type_id));
  const subnet = twin.store.get('subnet', String(list(group.subnet_ids)[0]));
  if (!configuration || !image || !type || !subnet) return;
  for (let i = running.length; i < desired; i++) {
    buildServer(twin, {
      name: `${String(group.server_name_prefix)}-${hex32(twin).slice(0, 4)}`,
      image,
      type,
      keypair: String(configuration.keypair_name),
      networks: [{ subnet, port: undefined, fixedIp: undefined, publicip: undefined }],
      securityGroups: list<string>(group.security_group_ids),
      serverGroup: null,
      metadata: {},
      locked: false,
      volumes: list<Json>(configuration.volumes),
      productCategory: 'compute',
      productOffering: 'virtual_server',
      autoScalingGroup: group.id,
      launchConfiguration: configuration.id,
    });
  }
}

function checkCounts(context: OperationContext, min: number, desired: number, max: number): void {
  if (!(min <= desired && desired <= max)) {
    refuse(
      context.twin,
      ['body', 'desired_server_count'],
      `the counts must be min ≤ desired ≤ max; got ${min} ≤ ${desired} ≤ ${max}`,
    );
  }
}

// ---- resources ----

const stamp = (record: TwinRecord, twin: TwinContext) => {
  record.modified_at = timestamp(twin);
  record.modified_by = USER_ID;
};

const resources: Record<string, ResourceSpec> = {
  // the vpc and security-group services' records (scp-network.ts), which these services' operations share
  ...networkTwin.resources,
  // held for the private static NATs of a server's interfaces; the vpc operations on them are not served yet
  private_nat: {},
  private_nat_ip: {},
  server: {
    newId: uuid,
    view(record, twin) {
      const groups = list<string>(record.security_group_ids)
        .map((id) => twin.store.get('security_group', id))
        .filter((group): group is TwinRecord => group !== undefined)
        .map((group) => ({ name: group.name }));
      const asg = record.auto_scaling_group_id
        ? twin.store.get('auto_scaling_group', String(record.auto_scaling_group_id))
        : undefined;
      return {
        ...record,
        addresses: addressesOf(twin, record.id),
        security_groups: groups,
        volumes: attachments(twin, record.id).map(({ volume: v, attachment }) => ({
          id: v.id,
          delete_on_termination: attachment.delete_on_termination === true,
        })),
        lb_linked_state: asg && list(asg.lb_server_groups).length > 0 ? 'ACTIVE' : null,
      };
    },
    filter: filters({
      name: equal('name'),
      state: equal('state'),
      ip: (record, value, twin) => portsOf(twin, record.id).some((port) => port.fixed_ip_address === value),
      product_category: equal('product_category'),
      product_offering: among('product_offering'),
      vpc_id: equal('vpc_id'),
      server_type_id: (record, value) => (record.server_type as Json | undefined)?.id === value,
      auto_scaling_group_id: equal('auto_scaling_group_id'),
    }),
    onUpdate: stamp,
  },
  server_type: { filter: filters({ min_disk: atLeast('disk'), min_ram: atLeast('ram') }) },
  server_group: {
    newId: uuid,
    onCreate(record, twin, context) {
      const groups = twin.store.count('server_group');
      if (groups >= SERVER_QUOTAS.server_groups) conflict(context, ['body'], 'the server group quota is used up');
      rebuild(record, {
        name: context.body.name,
        policy: context.body.policy,
        account_id: ACCOUNT_ID,
        user_id: USER_ID,
      });
    },
    view: (record, twin) => ({
      ...record,
      members: twin.store
        .all('server')
        .filter((s) => s.server_group_id === record.id)
        .map((s) => s.id),
    }),
  },
  image: {
    newId: uuid,
    filter: filters({
      name: equal('name'),
      status: equal('status'),
      visibility: equal('visibility'),
      os_distro: equal('os_distro'),
      scp_image_type: equal('scp_image_type'),
      scp_original_image_type: equal('scp_original_image_type'),
    }),
    onCreate(record, twin, context) {
      const body = context.body;
      const now = timestamp(twin, 'zulu');
      rebuild(record, {
        checksum: null,
        container_format: body.container_format ?? 'bare',
        created_at: now,
        disk_format: body.disk_format ?? 'qcow2',
        file: `/v2/images/${record.id}/file`,
        min_disk: body.min_disk ?? 0,
        min_ram: body.min_ram ?? 0,
        name: body.name,
        os_distro: body.os_distro,
        os_hash_algo: 'sha512',
        os_hash_value: null,
        os_hidden: false,
        owner: ACCOUNT_ID,
        owner_account_name: null,
        owner_user_name: null,
        protected: body.protected === true,
        root_device_name: '/dev/vda',
        scp_image_type: 'CUSTOM',
        scp_k8s_version: null,
        scp_original_image_type: null,
        scp_os_build_version: null,
        scp_os_version: null,
        size: null,
        status: 'queued',
        updated_at: now,
        url: body.url,
        virtual_size: null,
        visibility: body.visibility ?? 'private',
        volumes: null,
      });
    },
    onUpdate(record, twin) {
      record.updated_at = timestamp(twin, 'zulu');
    },
    onDelete(record, twin, context) {
      if (record.protected === true) conflict(context, ['path', 'image_id'], `image ${record.id} is protected`);
      for (const member of twin.store.all('image_member')) {
        if (member.image_id === record.id) twin.store.remove('image_member', member.id);
      }
      return undefined;
    },
  },
  image_member: {},
  keypair: {
    // Nova shows a key pair by name, and its number only on its own page
    view: (record) => ({ ...record, id: record.$number }) as unknown as TwinRecord,
  },
  volume: {
    newId: uuid,
    filter: filters({ name: equal('name'), state: equal('state'), bootable: equal('bootable') }),
    onCreate(record, twin, context) {
      const body = context.body;
      const size = Number(body.size);
      const type = volumeTypeNamed(twin, text(body.volume_type));
      if (!type)
        refuse(
          context.twin,
          ['body', 'volume_type'],
          `volume type ${String(body.volume_type)} not found`,
          'value_error.not_found',
        );
      let source: TwinRecord | undefined;
      if (text(body.snapshot_id)) {
        source = held(context, 'snapshot', body.snapshot_id, ['body', 'snapshot_id']);
        if (source.status !== 'available')
          refuse(context.twin, ['body', 'snapshot_id'], `snapshot ${source.id} is ${String(source.status)}`);
        if (size < Number(source.size))
          refuse(context.twin, ['body', 'size'], `the volume must hold the snapshot's ${String(source.size)} GB`);
      }
      volumeQuota(context, 1, size);
      rebuild(record, {
        name: body.name,
        size,
        state: 'creating',
        bootable: false,
        encrypted: true,
        multiattach: false,
        created_at: timestamp(twin),
        modified_at: null,
        snapshot_id: source?.id ?? null,
        user_id: USER_ID,
        volume_type: type.name,
        volume_type_id: type.id,
        servers: [],
      });
    },
    onUpdate(record, twin) {
      record.modified_at = timestamp(twin);
    },
  },
  volume_type: {},
  snapshot: {
    newId: uuid,
    filter: filters({ volume_id: equal('volume_id'), name: equal('name') }),
    onCreate(record, twin, context) {
      const body = context.body;
      const source = held(context, 'volume', body.volume_id, ['body', 'volume_id']);
      if (source.state === 'in-use' && body.force !== true) {
        refuse(context.twin, ['body', 'force'], `volume ${source.id} is in use: snapshot it with force true`);
      }
      if (source.state !== 'available' && source.state !== 'in-use') {
        refuse(context.twin, ['body', 'volume_id'], `volume ${source.id} is ${String(source.state)}`);
      }
      if (twin.store.count('snapshot') >= VOLUME_QUOTAS.snapshots) {
        refuse(context.twin, ['body'], 'the snapshot quota of the account is used up', 'value_error.quota');
      }
      rebuild(record, {
        name: body.name,
        description: body.description ?? null,
        metadata: body.metadata ?? {},
        volume_id: source.id,
        size: source.size,
        status: 'creating',
        created_at: timestamp(twin, 'micro'),
        updated_at: null,
        user_id: USER_ID,
      });
    },
    onUpdate(record, twin) {
      record.updated_at = timestamp(twin, 'micro');
    },
  },
  volume_transfer: {
    newId: uuid,
    onCreate(record, twin, context) {
      const source = held(context, 'volume', context.body.volume_id, ['body', 'volume_id']);
      if (source.state !== 'available')
        refuse(context.twin, ['body', 'volume_id'], `volume ${source.id} is ${String(source.state)}`);
      source.state = 'awaiting-transfer';
      rebuild(record, {
        name: context.body.name ?? null,
        volume_id: source.id,
        auth_key: hex32(twin).slice(0, 16),
        created_at: timestamp(twin, 'micro'),
      });
    },
    onDelete(record, twin) {
      const source = twin.store.get('volume', String(record.volume_id));
      if (source?.state === 'awaiting-transfer') source.state = 'available';
      return undefined;
    },
  },
  launch_configuration: {
    newId: hex32,
    onCreate(record, twin, context) {
      const body = context.body;
      const from = held(context, 'image', body.image_id, ['body', 'image_id']);
      held(context, 'server_type', body.server_type_id, ['body', 'server_type_id']);
      const key = held(context, 'keypair', body.keypair_name, ['body', 'keypair_name']);
      rebuild(record, {
        ...createdBy(twin),
        name: body.name,
        image_id: from.id,
        image_name: from.name,
        keypair_name: key.name,
        public_key: key.public_key ?? null,
        server_type_id: body.server_type_id,
        state: 'ACTIVE',
        user_data: body.user_data ?? null,
        volumes: body.volumes ?? [{ boot_index: 0, size: from.min_disk || 100, type: 'SSD' }],
      });
    },
    view: (record, twin) => {
      const volumes = list<Json>(record.volumes);
      return {
        ...record,
        auto_scaling_group_count: twin.store
          .all('auto_scaling_group')
          .filter((group) => group.launch_configuration_id === record.id).length,
        boot_disk_size: volumes.find((v) => Number(v.boot_index) === 0)?.size ?? null,
        extra_disk_size:
          volumes.filter((v) => Number(v.boot_index) !== 0).reduce((sum, v) => sum + Number(v.size), 0) || null,
      };
    },
    onDelete(record, twin) {
      if (twin.store.all('auto_scaling_group').some((group) => group.launch_configuration_id === record.id)) {
        refuse(
          twin,
          ['path', 'launch_configuration_id'],
          `launch configuration ${record.id} is used by an Auto-Scaling Group`,
        );
      }
      return undefined;
    },
  },
  auto_scaling_group: {
    newId: hex32,
    filter: filters({
      name: equal('name'),
      state: equal('state'),
      launch_configuration_id: equal('launch_configuration_id'),
      launch_configuration_name: (record, value, twin) =>
        twin.store.get('launch_configuration', String(record.launch_configuration_id))?.name === value,
      lb_server_group_id: (record, value) => list<Json>(record.lb_server_groups).some((g) => g.id === value),
      security_group_id: holds('security_group_ids'),
      subnet_id: holds('subnet_ids'),
      vpc_id: equal('vpc_id'),
      created_by: equal('created_by'),
    }),
    onCreate(record, twin, context) {
      const body = context.body;
      const configuration = held(context, 'launch_configuration', body.launch_configuration_id, [
        'body',
        'launch_configuration_id',
      ]);
      const subnets = list<string>(body.subnet_ids).map((id, i) =>
        held(context, 'subnet', id, ['body', 'subnet_ids', i]),
      );
      if (subnets.length === 0)
        refuse(context.twin, ['body', 'subnet_ids'], 'at least one subnet is needed', 'value_error.missing');
      list<string>(body.security_group_ids).forEach((id, i) => {
        held(context, 'security_group', id, ['body', 'security_group_ids', i]);
      });
      list<Json>(body.lb_server_groups).forEach((group, i) => {
        held(context, 'lb_server_group', group.id, ['body', 'lb_server_groups', i, 'id']);
      });
      const [min, desired, max] = [body.min_server_count, body.desired_server_count, body.max_server_count].map(Number);
      checkCounts(context, min as number, desired as number, max as number);
      rebuild(record, {
        ...createdBy(twin),
        name: body.name,
        desired_server_count: desired,
        desired_server_count_editable: body.desired_server_count_editable,
        min_server_count: min,
        max_server_count: max,
        drain_enabled: body.drain_enabled ?? false,
        drain_timeout: body.drain_timeout ?? null,
        launch_configuration_id: configuration.id,
        lb_server_groups: body.lb_server_groups ?? [],
        security_group_ids: body.security_group_ids ?? [],
        server_name_prefix: body.server_name_prefix,
        state: 'IN_SERVICE',
        subnet_ids: subnets.map((subnet) => subnet.id),
        vpc_id: subnets[0]?.vpc_id,
      });
      for (const policy of list<Json>(body.scaling_policies)) {
        twin.store.insert('auto_scaling_group_policy', newPolicy(twin, record.id, policy), {
          auto_scaling_group: record.id,
        });
      }
      for (const notification of list<Json>(body.notifications)) {
        for (const user of list<string>(notification.user_ids)) {
          const made = newNotification(context, record.id, user, list<string>(notification.notification_events));
          twin.store.insert('auto_scaling_group_notification', made, { auto_scaling_group: record.id });
        }
      }
      // the group exists before its servers: they name it
      twin.store.insert('auto_scaling_group', record);
      scale(twin, record);
    },
    view: (record, twin) => ({
      ...record,
      launch_configuration_name:
        twin.store.get('launch_configuration', String(record.launch_configuration_id))?.name ?? '',
      total_server_count: twin.store.all('server').filter((s) => s.auto_scaling_group_id === record.id).length,
    }),
    onUpdate(record, twin, context) {
      if (context.body.launch_configuration_id !== undefined) {
        held(context, 'launch_configuration', context.body.launch_configuration_id, [
          'body',
          'launch_configuration_id',
        ]);
      }
      stamp(record, twin);
    },
    onDelete(record, twin) {
      for (const s of twin.store.all('server')) {
        if (s.auto_scaling_group_id === record.id && s.state !== 'DELETING') twin.enter('server', s, 'DELETING');
      }
      for (const child of [
        'auto_scaling_group_policy',
        'auto_scaling_group_schedule',
        'auto_scaling_group_notification',
      ]) {
        for (const r of twin.store.all(child))
          if (r.auto_scaling_group_id === record.id) twin.store.remove(child, r.id);
      }
      return undefined;
    },
  },
  auto_scaling_group_policy: {
    newId: hex32,
    filter: filters({
      name: equal('name'),
      metric_method: equal('metric_method'),
      metric_type: equal('metric_type'),
      scale_type: equal('scale_type'),
    }),
    onCreate(record, twin, context) {
      const { id: _made, ...fields } = newPolicy(twin, String(context.path.auto_scaling_group_id), context.body);
      rebuild(record, fields);
    },
    onUpdate: stamp,
  },
  auto_scaling_group_schedule: {
    newId: hex32,
    filter: filters({ frequency: equal('frequency') }),
    onCreate(record, twin, context) {
      const body = context.body;
      const optional = [
        'day_of_month',
        'day_of_week',
        'description',
        'desired_server_count',
        'end_date',
        'max_server_count',
        'min_server_count',
      ];
      rebuild(record, {
        ...createdBy(twin),
        ...Object.fromEntries(optional.map((name) => [name, body[name] ?? null])),
        auto_scaling_group_id: context.path.auto_scaling_group_id,
        frequency: body.frequency,
        hour: body.hour,
        minute: body.minute,
        name: body.name,
        start_date: body.start_date,
        state: body.state ?? 'ACTIVE',
        timezone: body.timezone,
      });
    },
    onUpdate: stamp,
  },
  auto_scaling_group_notification: {
    newId: hex32,
    filter: filters({
      user_ids: among('user_id'),
      notification_state: equal('notification_state'),
      notification_event: holds('notification_events'),
    }),
    onUpdate: stamp,
  },
  lb_server_group: {},
  default_config: {},
  user: {},
};

function newPolicy(twin: TwinContext, group: string, body: Json): TwinRecord {
  return {
    ...createdBy(twin),
    id: hex32(twin),
    auto_scaling_group_id: group,
    comparison_operator: body.comparison_operator,
    cooldown_seconds: body.cooldown_seconds,
    evaluation_minutes: body.evaluation_minutes,
    metric_method: body.metric_method,
    metric_type: body.metric_type,
    name: body.name,
    scale_method: body.scale_method,
    scale_type: body.scale_type,
    scale_value: body.scale_value,
    state: 'ACTIVE',
    threshold: body.threshold,
    threshold_unit: body.metric_type === 'CPU' || body.metric_type === 'MEMORY' ? '%' : 'count',
  };
}

function newNotification(context: OperationContext, group: string, userId: string, events: string[]): TwinRecord {
  const user = held(context, 'user', userId, ['body', 'user_ids']);
  return {
    ...createdBy(context.twin),
    id: hex32(context.twin),
    auto_scaling_group_id: group,
    notification_events: events,
    notification_state: 'ACTIVE',
    user_email: user.email,
    user_id: user.id,
    user_name: user.name,
  };
}

// ---- handlers ----

/** The states of an image being prepared (`GET /v1/pending-images`). */
const PREPARING = ['queued', 'saving', 'importing'];

const show = (context: OperationContext, resource: string, record: TwinRecord, status?: number) =>
  bare(context, context.show(resource, record), status);

/** The volume attached to the server the path names, as the server shows its volumes. */
function serverAttachment(context: OperationContext, serverRecord: TwinRecord, volumeId: string): Json {
  const found = attachments(context.twin, serverRecord.id).find(({ volume: v }) => v.id === volumeId);
  if (!found) return context.twin.fail(404);
  return attachmentView(serverRecord.id, found.volume, found.attachment);
}

const attachmentView = (serverId: string, v: TwinRecord, attachment: Json) => ({
  delete_on_termination: attachment.delete_on_termination === true,
  device: attachment.device,
  id: v.id,
  server_id: serverId,
  volume_id: v.id,
});

/** Attaches a volume to a server (both must allow it); the attachment as the server shows it. */
function attach(
  context: OperationContext,
  serverRecord: TwinRecord,
  target: TwinRecord,
  options: { device?: unknown; deleteOnTermination?: unknown },
): Json {
  if (target.state !== 'available') {
    conflict(context, ['body', 'volume_id'], `volume ${target.id} is ${String(target.state)}, not available`);
  }
  if (['DELETING', 'BUILD', 'ERROR'].includes(String(serverRecord.state))) {
    conflict(context, ['body', 'server_id'], `server ${serverRecord.id} is ${String(serverRecord.state)}`);
  }
  const device = text(options.device) ?? nextDevice(context.twin, serverRecord.id);
  if (attachments(context.twin, serverRecord.id).some(({ attachment }) => attachment.device === device)) {
    conflict(context, ['body', 'device'], `${device} is taken on server ${serverRecord.id}`);
  }
  const attachment = {
    id: serverRecord.id,
    device,
    attached_at: timestamp(context.twin),
    delete_on_termination: options.deleteOnTermination === true,
  };
  target.servers = [...list(target.servers), attachment];
  context.twin.enter('volume', target, 'attaching');
  return attachmentView(serverRecord.id, target, attachment);
}

function detach(context: OperationContext, serverRecord: TwinRecord, target: TwinRecord, loc: string[]): void {
  const attachment = list(target.servers).find((a) => a.id === serverRecord.id);
  if (!attachment) refuse(context.twin, loc, `volume ${target.id} is not attached to server ${serverRecord.id}`);
  if (attachment.device === '/dev/vda')
    refuse(context.twin, loc, `volume ${target.id} is the boot volume of server ${serverRecord.id}`);
  target.servers = list(target.servers).filter((a) => a !== attachment);
  context.twin.enter('volume', target, 'detaching');
}

/** The port the path names, attached to the server the path names; else the documented 404. */
function serverPort(context: OperationContext): { serverRecord: TwinRecord; port: TwinRecord } {
  const serverRecord = context.lookup('server');
  const port = context.lookup('port');
  if (port.attached_resource_id !== serverRecord.id) return context.twin.fail(404);
  return { serverRecord, port };
}

function imageMember(context: OperationContext): TwinRecord {
  const source = context.lookup('image');
  return context.twin.store.get('image_member', `${source.id}/${context.path.member_id}`) ?? context.twin.fail(404);
}

/** Deletes over time: the record enters `state`, and its lifecycle removes it. */
function deleteLater(resource: string, state: string, allowed: (record: TwinRecord) => string | undefined) {
  return (context: OperationContext): Answer => {
    const record = context.lookup(resource);
    const field = resource === 'snapshot' ? 'status' : 'state';
    if (record[field] === state) return accepted(context);
    const refusedBecause = allowed(record);
    if (refusedBecause) conflict(context, ['path', `${resource}_id`], refusedBecause);
    context.twin.enter(resource, record, state);
    return accepted(context);
  };
}

const operations: Record<string, OperationHandler> = {
  // servers
  createVirtualServer(context) {
    const { body, twin } = context;
    const count = Number(body.max_count ?? 1);
    const most = Number(config(twin, 'max_server_count_per_request') ?? 10);
    if (count < 1 || count > most) refuse(context.twin, ['body', 'max_count'], `max_count must be from 1 to ${most}`);
    const from = held(context, 'image', body.image_id, ['body', 'image_id']);
    if (from.status !== 'active') conflict(context, ['body', 'image_id'], `image ${from.id} is ${String(from.status)}`);
    const type = held(context, 'server_type', body.server_type_id, ['body', 'server_type_id']);
    const key = held(context, 'keypair', body.keypair_name, ['body', 'keypair_name']);
    const networks = networksOf(context, list<Json>(body.networks), count);
    const securityGroups = list<string>(body.security_groups).map(
      (id, i) => held(context, 'security_group', id, ['body', 'security_groups', i]).id,
    );
    const serverGroup = text(body.server_group_id)
      ? held(context, 'server_group', body.server_group_id, ['body', 'server_group_id']).id
      : null;
    serverQuota(context, count, type);
    const made = Array.from({ length: count }, (_, i) =>
      buildServer(twin, {
        name: count > 1 ? `${String(body.name)}-${i + 1}` : String(body.name),
        image: from,
        type,
        keypair: key.name as string,
        networks,
        securityGroups,
        serverGroup,
        metadata: isObject(body.metadata) ? body.metadata : {},
        locked: body.lock === true,
        volumes: list<Json>(body.volumes),
        productCategory: String(body.product_category ?? 'compute'),
        productOffering: String(body.product_offering ?? 'virtual_server'),
        autoScalingGroup: null,
        launchConfiguration: null,
      }),
    );
    return bare(context, { servers: made.map((s) => ({ id: s.id })) });
  },
  deleteVirtualServer: deleteLater('server', 'DELETING', (record) =>
    record.locked === true ? `server ${record.id} is locked` : undefined,
  ),
  startVirtualServer: (context) => act(context, context.lookup('server'), 'start'),
  stopVirtualServer: (context) => act(context, context.lookup('server'), 'stop'),
  rebootVirtualServer: (context) =>
    act(context, context.lookup('server'), context.body.reboot_type === 'HARD' ? 'hard_reboot' : 'reboot'),
  rebuildVirtualServer(context) {
    const record = context.lookup('server');
    const from = context.twin.store.get('image', String(record.image_id));
    if (from?.status !== 'active') {
      conflict(context, ['path', 'server_id'], `the image of server ${record.id} is not available`);
    }
    return act(context, record, 'rebuild');
  },
  setVirtualServerType(context) {
    const record = context.lookup('server');
    const type = held(context, 'server_type', context.body.server_type, ['body', 'server_type']);
    if ((record.server_type as Json | undefined)?.id === type.id) {
      refuse(context.twin, ['body', 'server_type'], `server ${record.id} already has server type ${type.id}`);
    }
    const resume = record.state;
    const answer = act(context, record, 'resize');
    record.$resume = resume;
    record.server_type = typeOf(type);
    return answer;
  },
  lockVirtualServer(context) {
    const record = context.lookup('server');
    record.locked = true;
    stamp(record, context.twin);
    return accepted(context);
  },
  unlockVirtualServer(context) {
    const record = context.lookup('server');
    record.locked = false;
    stamp(record, context.twin);
    return accepted(context);
  },
  showVirtualServerConsoleLog(context) {
    const record = context.lookup('server');
    const name = String(record.name);
    const lines = ['[    0.000000] Linux version 5.15.0-126-generic (buildd@lcy02-amd64-016)'];
    if (record.state !== 'BUILD') {
      lines.push(
        '[    1.204316] EXT4-fs (vda1): mounted filesystem with ordered data mode.',
        '[  OK  ] Reached target Network is Online.',
        '[  OK  ] Reached target Multi-User System.',
        `${name} login: `,
      );
    }
    if (record.state === 'SHUTOFF') lines.push('[  OK  ] Reached target Power-Off.');
    const size = typeof context.query.line_size === 'number' ? context.query.line_size : lines.length;
    return bare(context, { output: lines.slice(-size).join('\n') });
  },
  createVirtualServerDump(context) {
    const record = context.lookup('server');
    if (record.state !== 'ACTIVE') conflict(context, ['path', 'server_id'], `server ${record.id} is not ACTIVE`);
    return accepted(context);
  },
  createVirtualServerCustomImage(context) {
    const record = context.lookup('server');
    if (!['ACTIVE', 'SHUTOFF'].includes(String(record.state))) {
      conflict(context, ['path', 'server_id'], `server ${record.id} is ${String(record.state)}`);
    }
    room(context, 'image');
    const base = context.twin.store.get('image', String(record.image_id));
    const boot = attachments(context.twin, record.id).find(({ attachment }) => attachment.device === '/dev/vda');
    const now = timestamp(context.twin, 'zulu');
    const made: TwinRecord = {
      ...(base ? structuredClone(base) : {}),
      id: uuid(context.twin),
      name: context.body.image_name,
      checksum: null,
      created_at: now,
      updated_at: now,
      min_disk: boot?.volume.size ?? base?.min_disk ?? 0,
      os_hash_value: null,
      owner: ACCOUNT_ID,
      protected: false,
      scp_image_type: 'CUSTOM',
      scp_original_image_type: base?.scp_original_image_type ?? base?.scp_image_type ?? null,
      size: null,
      status: 'queued',
      url: null,
      virtual_size: null,
      visibility: 'private',
    };
    made.file = `/v2/images/${made.id}/file`;
    context.twin.store.insert('image', made);
    context.twin.enter('image', made, 'queued');
    return bare(context, { image_id: made.id });
  },
  showVirtualServerPassword(context) {
    const record = context.lookup('server');
    // a Windows server's administrator password, once it has run; none for other servers
    if (record.planned_compute_os_type !== 'windows' || record.state === 'BUILD')
      return bare(context, { password: null });
    record.$password ??= `${hex32(context.twin).slice(0, 12)}#A1`;
    return bare(context, { password: record.$password });
  },

  // interfaces and their NATs
  listServerInterfaces(context) {
    const record = context.lookup('server');
    return bare(context, {
      interfaces: portsOf(context.twin, record.id).map((port) => interfaceOf(context.twin, port)),
    });
  },
  showServerInterface(context) {
    const { port } = serverPort(context);
    return bare(context, { interfaces: [interfaceOf(context.twin, port)] });
  },
  createServerInterface(context) {
    const { body, twin } = context;
    const record = context.lookup('server');
    if (['DELETING', 'BUILD'].includes(String(record.state))) {
      conflict(context, ['path', 'server_id'], `server ${record.id} is ${String(record.state)}`);
    }
    let port: TwinRecord;
    const fixedIp = text(list<Json>(body.fixed_ips)[0]?.ip_address);
    if (text(body.port_id)) {
      port = held(context, 'port', body.port_id, ['body', 'port_id']);
      if (text(port.attached_resource_id)) conflict(context, ['body', 'port_id'], `port ${port.id} is attached`);
      if (text(body.subnet_id) && body.subnet_id !== port.subnet_id) {
        refuse(context.twin, ['body', 'subnet_id'], `port ${port.id} is in subnet ${String(port.subnet_id)}`);
      }
      if (fixedIp && fixedIp !== port.fixed_ip_address) {
        refuse(
          context.twin,
          ['body', 'fixed_ips', 0, 'ip_address'],
          `port ${port.id} has the address ${String(port.fixed_ip_address)}`,
        );
      }
    } else {
      const subnet = held(context, 'subnet', body.subnet_id, ['body', 'subnet_id']);
      if (fixedIp && !inSubnet(fixedIp, String(subnet.cidr))) {
        refuse(
          context.twin,
          ['body', 'fixed_ips', 0, 'ip_address'],
          `${fixedIp} is not in subnet ${subnet.name} (${String(subnet.cidr)})`,
        );
      }
      if (fixedIp && !addressFree(twin, subnet, fixedIp)) {
        conflict(context, ['body', 'fixed_ips', 0, 'ip_address'], `${fixedIp} is in use in subnet ${subnet.name}`);
      }
      if (!fixedIp && freeAddress(twin, subnet) === undefined) {
        conflict(context, ['body', 'subnet_id'], `subnet ${subnet.name} has no free address`);
      }
      room(context, 'port');
      port = newPort(twin, subnet, fixedIp, record.id);
    }
    Object.assign(port, {
      attached_resource_id: record.id,
      attached_resource_type: 'VM',
      state: record.state === 'SHUTOFF' ? 'DOWN' : 'ACTIVE',
      modified_at: timestamp(twin, 'zulu'),
    });
    return bare(context, interfaceOf(twin, port));
  },
  updateServerInterface(context) {
    const { port } = serverPort(context);
    const subnet = text(context.body.subnet_id)
      ? held(context, 'subnet', context.body.subnet_id, ['body', 'subnet_id'])
      : (context.twin.store.get('subnet', String(port.subnet_id)) ?? context.twin.fail(404));
    const wanted = text(context.body.fixed_ip_address);
    if (wanted && wanted !== port.fixed_ip_address) {
      if (!inSubnet(wanted, String(subnet.cidr))) {
        refuse(
          context.twin,
          ['body', 'fixed_ip_address'],
          `${wanted} is not in subnet ${subnet.name} (${String(subnet.cidr)})`,
        );
      }
      if (!addressFree(context.twin, subnet, wanted))
        refuse(context.twin, ['body', 'fixed_ip_address'], `${wanted} is in use`);
    }
    const address =
      wanted ?? (subnet.id === port.subnet_id ? String(port.fixed_ip_address) : freeAddress(context.twin, subnet));
    if (!address) refuse(context.twin, ['body', 'subnet_id'], `subnet ${subnet.name} has no free address`);
    Object.assign(port, {
      fixed_ip_address: address,
      subnet_id: subnet.id,
      subnet_name: subnet.name,
      vpc_id: subnet.vpc_id,
      vpc_name: subnet.vpc_name,
      modified_at: timestamp(context.twin, 'zulu'),
    });
    return accepted(context);
  },
  deleteServerInterface(context) {
    const { serverRecord, port } = serverPort(context);
    releaseNats(context.twin, port);
    // a port the interface create made goes with it; one attached from before stays, detached
    if (port.$owner === serverRecord.id) context.twin.store.remove('port', port.id);
    else Object.assign(port, { attached_resource_id: '', attached_resource_type: '', state: 'DOWN' });
    return accepted(context);
  },
  createServerInterfaceNat(context) {
    const { serverRecord, port } = serverPort(context);
    const publicip = held(context, 'publicip', context.body.publicip_id, ['body', 'publicip_id']);
    if (port.$static_nat) refuse(context.twin, ['path', 'port_id'], `interface ${port.id} already has a static NAT`);
    if (publicip.state !== 'RESERVED') {
      refuse(
        context.twin,
        ['body', 'publicip_id'],
        `public IP ${String(publicip.ip_address)} is ${String(publicip.state)}`,
      );
    }
    port.$static_nat = { id: hex32(context.twin), publicip_id: publicip.id, state: 'ACTIVE' };
    bind(context.twin, publicip, serverRecord);
    return accepted(context);
  },
  deleteServerInterfaceNat(context) {
    const { port } = serverPort(context);
    const nat = port.$static_nat as Json | undefined;
    if (!nat || nat.id !== context.path.nat_id) return context.twin.fail(404);
    const publicip = context.twin.store.get('publicip', String(nat.publicip_id));
    if (publicip) unbind(context.twin, publicip);
    delete port.$static_nat;
    return accepted(context);
  },
  createServerInterfacePrivateNat(context) {
    const { serverRecord, port } = serverPort(context);
    const nat = held(context, 'private_nat', context.body.private_nat_id, ['body', 'private_nat_id']);
    const address = held(context, 'private_nat_ip', context.body.private_nat_ip_id, ['body', 'private_nat_ip_id']);
    if (address.private_nat_id !== nat.id) {
      refuse(context.twin, ['body', 'private_nat_ip_id'], `address ${address.id} is not of private NAT ${nat.id}`);
    }
    if (port.$private_nat)
      refuse(context.twin, ['path', 'port_id'], `interface ${port.id} already has a private static NAT`);
    if (address.state !== 'RESERVED') {
      refuse(
        context.twin,
        ['body', 'private_nat_ip_id'],
        `address ${String(address.ip_address)} is ${String(address.state)}`,
      );
    }
    port.$private_nat = { id: hex32(context.twin), private_nat_ip_id: address.id, state: 'ACTIVE' };
    bind(context.twin, address, serverRecord);
    return accepted(context);
  },
  deleteServerInterfacePrivateNat(context) {
    const { port } = serverPort(context);
    const nat = port.$private_nat as Json | undefined;
    if (!nat || nat.id !== context.path.nat_id) return context.twin.fail(404);
    const address = context.twin.store.get('private_nat_ip', String(nat.private_nat_ip_id));
    if (address) unbind(context.twin, address);
    delete port.$private_nat;
    return accepted(context);
  },
  listServerIps(context) {
    const record = context.lookup('server');
    return bare(context, { addresses: addressesOf(context.twin, record.id) });
  },
  showServerIp(context) {
    const record = context.lookup('server');
    const subnet = context.lookup('subnet');
    const found = addressesOf(context.twin, record.id).find((group) => group.subnet_name === subnet.name);
    return found ? bare(context, found) : context.twin.fail(404);
  },

  // security groups of a server
  listVirtualServerSecurityGroups(context) {
    const record = context.lookup('server');
    const groups = list<string>(record.security_group_ids)
      .map((id) => context.twin.store.get('security_group', id))
      .filter((group): group is TwinRecord => group !== undefined)
      .map((group) => serverSecurityGroup(group, context.twin));
    return bare(context, { security_groups: groups });
  },
  attachVirtualServerSecurityGroup(context) {
    const record = context.lookup('server');
    const group = held(context, 'security_group', context.body.security_group_id, ['body', 'security_group_id']);
    if (list<string>(record.security_group_ids).includes(group.id)) {
      conflict(context, ['body', 'security_group_id'], `security group ${group.id} is already on server ${record.id}`);
    }
    record.security_group_ids = [...list<string>(record.security_group_ids), group.id];
    return accepted(context);
  },
  detachVirtualServerSecurityGroup(context) {
    const record = context.lookup('server');
    const group = context.lookup('security_group');
    if (!list<string>(record.security_group_ids).includes(group.id)) return context.twin.fail(404);
    record.security_group_ids = list<string>(record.security_group_ids).filter((id) => id !== group.id);
    return accepted(context);
  },

  // volumes of a server
  listServerVolumes(context) {
    const record = context.lookup('server');
    const volumes = attachments(context.twin, record.id).map(({ volume: v, attachment }) =>
      attachmentView(record.id, v, attachment),
    );
    return bare(context, { volumes });
  },
  createServerVolume(context) {
    const record = context.lookup('server');
    const target = held(context, 'volume', context.body.volume_id, ['body', 'volume_id']);
    return bare(
      context,
      attach(context, record, target, {
        device: context.body.device,
        deleteOnTermination: context.body.delete_on_termination,
      }),
    );
  },
  showServerVolume(context) {
    const record = context.lookup('server');
    return bare(context, serverAttachment(context, record, String(context.path.volume_id)));
  },
  updateServerVolume(context) {
    const record = context.lookup('server');
    serverAttachment(context, record, String(context.path.volume_id));
    const target = context.lookup('volume');
    const attachment = list(target.servers).find((a) => a.id === record.id) as Json;
    if (typeof context.body.delete_on_termination === 'boolean') {
      attachment.delete_on_termination = context.body.delete_on_termination;
    }
    return accepted(context);
  },
  deleteServerVolume(context) {
    const record = context.lookup('server');
    serverAttachment(context, record, String(context.path.volume_id));
    detach(context, record, context.lookup('volume'), ['path', 'volume_id']);
    return accepted(context);
  },

  // volumes
  deleteVolume(context) {
    const record = context.lookup('volume');
    if (record.state === 'deleting') return accepted(context);
    if (list(record.servers).length > 0 || !['available', 'error'].includes(String(record.state))) {
      conflict(context, ['path', 'volume_id'], `volume ${record.id} is ${String(record.state)}`);
    }
    const snapshots = context.twin.store.all('snapshot').filter((s) => s.volume_id === record.id);
    if (snapshots.length > 0 && context.query.cascade !== true) {
      refuse(
        context.twin,
        ['path', 'volume_id'],
        `volume ${record.id} has ${snapshots.length} snapshot(s): delete them, or cascade`,
      );
    }
    record.$cascade = context.query.cascade === true;
    context.twin.enter('volume', record, 'deleting');
    return accepted(context);
  },
  extendVolume(context) {
    const record = context.lookup('volume');
    const size = Number(context.body.size);
    if (!['available', 'in-use'].includes(String(record.state))) {
      conflict(context, ['path', 'volume_id'], `volume ${record.id} is ${String(record.state)}`);
    }
    if (size <= Number(record.size))
      refuse(context.twin, ['body', 'size'], `a volume grows only: it holds ${String(record.size)} GB`);
    volumeQuota(context, 0, size - Number(record.size));
    record.size = size;
    context.twin.enter('volume', record, 'extending');
    return show(context, 'volume', record);
  },
  revertVolumeToSnapshot(context) {
    const record = context.lookup('volume');
    const source = held(context, 'snapshot', context.body.snapshot_id, ['body', 'snapshot_id']);
    if (source.volume_id !== record.id)
      refuse(context.twin, ['body', 'snapshot_id'], `snapshot ${source.id} is not of volume ${record.id}`);
    if (record.state !== 'available') {
      conflict(context, ['path', 'volume_id'], `volume ${record.id} is ${String(record.state)}, not available`);
    }
    record.size = source.size;
    context.twin.enter('volume', record, 'reverting');
    return accepted(context);
  },
  attachVolumeToVirtualServer(context) {
    const target = context.lookup('volume');
    const record = held(context, 'server', context.body.server_id, ['body', 'server_id']);
    const attached = attach(context, record, target, { deleteOnTermination: context.body.delete_on_termination });
    const { id: _id, ...answer } = attached;
    return bare(context, answer);
  },
  detachVolumeFromVirtualServer(context) {
    const target = context.lookup('volume');
    const record = context.lookup('server');
    detach(context, record, target, ['path', 'server_id']);
    return accepted(context);
  },
  deleteSnapshot: deleteLater('snapshot', 'deleting', (record) =>
    record.status === 'creating' ? `snapshot ${record.id} is creating` : undefined,
  ),
  acceptVolumeTransfer(context) {
    const transfer = context.lookup('volume_transfer');
    if (context.body.auth_key !== transfer.auth_key) {
      refuse(context.twin, ['body', 'auth_key'], `the auth_key does not match transfer ${transfer.id}`);
    }
    const source = context.twin.store.get('volume', String(transfer.volume_id));
    // the account that accepts it is the twin's one account: the volume is its own again
    if (source) source.state = 'available';
    context.twin.store.remove('volume_transfer', transfer.id);
    return bare(context, { id: transfer.id, name: transfer.name ?? null, volume_id: transfer.volume_id });
  },
  showDefaultVolumeType(context) {
    const type = volumeTypeNamed(context.twin, undefined) ?? context.twin.store.all('volume_type')[0];
    return type ? show(context, 'volume_type', type) : context.twin.fail(500);
  },

  // key pairs
  createKeypair(context) {
    const { body, twin } = context;
    const name = String(body.name);
    if (twin.store.get('keypair', name)) conflict(context, ['body', 'name'], `key pair ${name} exists`);
    if (twin.store.count('keypair') >= SERVER_QUOTAS.keypairs) context.twin.fail(403);
    room(context, 'keypair');
    let publicKey = text(body.public_key);
    let privateKey: string | null = null;
    if (!publicKey) {
      const pair = newKeyPair(twin, name);
      publicKey = pair.publicKey;
      privateKey = pair.privateKey;
    }
    const fingerprint = fingerprintOf(publicKey);
    if (!fingerprint) refuse(context.twin, ['body', 'public_key'], 'the public key is not an OpenSSH public key');
    const number = Math.max(4186, ...twin.store.all('keypair').map((k) => Number(k.$number) || 0)) + 1;
    const record: TwinRecord = {
      id: name,
      name,
      fingerprint,
      public_key: publicKey,
      type: 'ssh',
      created_at: timestamp(twin),
      user_id: USER_ID,
      $number: number,
    };
    twin.store.insert('keypair', record);
    // the private key is shown once, in this answer
    return bare(context, { ...record, private_key: privateKey });
  },

  // images
  importImage(context) {
    const record = context.lookup('image');
    if (record.status !== 'queued')
      conflict(context, ['path', 'image_id'], `image ${record.id} is ${String(record.status)}`);
    record.url = context.body.url;
    context.twin.enter('image', record, 'importing');
    return accepted(context);
  },
  listPendingImages(context) {
    const pending = context.twin.store
      .all('image')
      .filter((i) => PREPARING.includes(String(i.status)))
      .filter((i) => resources.image?.filter?.(i, context.query, context.twin) !== false);
    return bare(context, { images: pending.map((i) => context.show('image', i)) });
  },
  createSharingImage(context) {
    const record = context.lookup('image');
    if (record.status !== 'active')
      conflict(context, ['path', 'image_id'], `image ${record.id} is ${String(record.status)}`);
    record.visibility = 'shared';
    record.updated_at = timestamp(context.twin, 'zulu');
    return accepted(context);
  },
  listImageMembers(context) {
    const source = context.lookup('image');
    const members = context.twin.store.all('image_member').filter((m) => m.image_id === source.id);
    return bare(context, { members: members.map((m) => context.show('image_member', m)) });
  },
  createImageMember(context) {
    const source = context.lookup('image');
    const member = String(context.body.member_id);
    if (source.visibility !== 'shared') {
      conflict(context, ['path', 'image_id'], `image ${source.id} is ${String(source.visibility)}: share it first`);
    }
    if (context.twin.store.get('image_member', `${source.id}/${member}`)) {
      conflict(context, ['body', 'member_id'], `account ${member} is already a member`);
    }
    room(context, 'image_member');
    const now = timestamp(context.twin);
    const record: TwinRecord = {
      id: `${source.id}/${member}`,
      image_id: source.id,
      member_id: member,
      status: 'pending',
      created_at: now,
      updated_at: now,
    };
    context.twin.store.insert('image_member', record);
    return show(context, 'image_member', record);
  },
  showImageMember: (context) => show(context, 'image_member', imageMember(context)),
  updateImageMember(context) {
    const record = imageMember(context);
    record.status = context.body.status;
    record.updated_at = timestamp(context.twin);
    return show(context, 'image_member', record);
  },
  deleteImageMember(context) {
    const record = imageMember(context);
    context.twin.store.remove('image_member', record.id);
    return accepted(context);
  },

  // launch configurations: the documented answer of the list is one launch configuration
  listLaunchConfigurations(context) {
    const matching = context.twin.store
      .all('launch_configuration')
      .filter(
        (lc) =>
          (context.query.name === undefined || lc.name === context.query.name) &&
          (context.query.image_id === undefined || lc.image_id === context.query.image_id),
      );
    const found = twin.pagination.page(context.query, matching, context).items[0];
    return found ? show(context, 'launch_configuration', found) : context.twin.fail(404);
  },

  // Auto-Scaling Groups
  updateAutoScalingGroupServerCount(context) {
    const group = context.lookup('auto_scaling_group');
    const body = context.body;
    const min = Number(body.min_server_count ?? group.min_server_count);
    const desired = Number(body.desired_server_count ?? group.desired_server_count);
    const max = Number(body.max_server_count ?? group.max_server_count);
    checkCounts(context, min, desired, max);
    if (body.desired_server_count !== undefined && group.desired_server_count_editable === false) {
      refuse(
        context.twin,
        ['body', 'desired_server_count'],
        `the desired server count of group ${group.id} is not editable`,
      );
    }
    Object.assign(group, { min_server_count: min, desired_server_count: desired, max_server_count: max });
    stamp(group, context.twin);
    scale(context.twin, group);
    return show(context, 'auto_scaling_group', group);
  },
  listAutoScalingGroupLbServerGroups(context) {
    const group = context.lookup('auto_scaling_group');
    const items = list<Json>(group.lb_server_groups).flatMap((assigned) => {
      const found = context.twin.store.get('lb_server_group', String(assigned.id));
      return found ? [{ ...found, port: assigned.port }] : [];
    });
    const page = twin.pagination.page(context.query, items as TwinRecord[], context);
    return bare(context, { count: items.length, lb_server_groups: page.items });
  },
  updateAutoScalingGroupLbServerGroups(context) {
    const group = context.lookup('auto_scaling_group');
    const wanted = list<Json>(context.body.lb_server_groups);
    wanted.forEach((assigned, i) => {
      held(context, 'lb_server_group', assigned.id, ['body', 'lb_server_groups', i, 'id']);
    });
    group.lb_server_groups = wanted.map((assigned) => ({ id: assigned.id, port: assigned.port }));
    stamp(group, context.twin);
    return accepted(context);
  },
  createAutoScalingGroupNotification(context) {
    const group = context.lookup('auto_scaling_group');
    const events = list<string>(context.body.notification_events);
    const users = list<string>(context.body.user_ids);
    room(context, 'auto_scaling_group_notification', users.length);
    const made = users.map((user) => newNotification(context, group.id, user, events));
    for (const record of made) {
      context.twin.store.insert('auto_scaling_group_notification', record, { auto_scaling_group: group.id });
    }
    return bare(context, {
      count: made.length,
      notifications: made.map((record) => context.show('auto_scaling_group_notification', record)),
    });
  },

  // quotas, from what the account holds
  showQuotaSet(context) {
    const use = serverUsage(context.twin);
    const quota = (name: keyof typeof SERVER_QUOTAS) => ({
      limit: SERVER_QUOTAS[name],
      in_use: use[name],
      reserved: 0,
    });
    return bare(context, {
      id: ACCOUNT_ID,
      cores: quota('cores'),
      instances: quota('instances'),
      keypairs: quota('keypairs'),
      metadata_items: quota('metadata_items'),
      ram: quota('ram'),
      server_group_members: quota('server_group_members'),
      server_groups: quota('server_groups'),
    });
  },
  showVolumeQuotaSet(context) {
    const use = volumeUsage(context.twin);
    const largest = Math.max(0, ...context.twin.store.all('volume').map((v) => Number(v.size ?? 0)));
    const creating = context.twin.store.all('volume').filter((v) => v.state === 'creating');
    return bare(context, {
      id: ACCOUNT_ID,
      per_volume_size: { limit: VOLUME_QUOTAS.per_volume_size, in_use: largest, reserved: 0 },
      snapshots: { limit: VOLUME_QUOTAS.snapshots, in_use: use.snapshots, reserved: 0 },
      usages: {
        limit: VOLUME_QUOTAS.gigabytes,
        in_use: use.gigabytes,
        reserved: creating.reduce((sum, v) => sum + Number(v.size ?? 0), 0),
      },
      volumes: { limit: VOLUME_QUOTAS.volumes, in_use: use.volumes, reserved: creating.length },
    });
  },
  listDefaultConfigs(context) {
    const configs = context.twin.store
      .all('default_config')
      .filter((c) => context.query.name === undefined || c.id === context.query.name)
      .filter((c) => context.query.category === undefined || c.category === context.query.category);
    return bare(context, { configs: Object.fromEntries(configs.map((c) => [c.id, c.value])), count: configs.length });
  },
};

// ---- the twin ----

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const mockForms = vendorErrorForms.scp;

/** SCP's twin: virtualserver, with the vpc and security-group services of scp-network.ts. */
export const twin: VendorTwin = {
  vendor: 'scp',
  resources,
  operations: { ...networkTwin.operations, ...operations },
  lifecycles: { ...networkTwin.lifecycles, server, volume, snapshot, image },
  pathParents: {
    ...networkTwin.pathParents,
    server_id: 'server',
    port_id: 'port',
    subnet_id: 'subnet',
    security_group_id: 'security_group',
    volume_id: 'volume',
    image_id: 'image',
    keypair_name: 'keypair',
    server_type_id: 'server_type',
    server_group_id: 'server_group',
    snapshot_id: 'snapshot',
    transfer_id: 'volume_transfer',
    volume_type_id: 'volume_type',
    launch_configuration_id: 'launch_configuration',
    auto_scaling_group_id: 'auto_scaling_group',
    policy_id: 'auto_scaling_group_policy',
    schedule_id: 'auto_scaling_group_schedule',
    notification_id: 'auto_scaling_group_notification',
  },
  corrections: {
    ...networkTwin.corrections,
    // lists whose items are named by the spec otherwise than their resource
    listVolumeTransfer: { resource: 'volume_transfer' },
    listAutoScalingGroupPolicies: { resource: 'auto_scaling_group_policy' },
    listAutoScalingGroupSchedules: { resource: 'auto_scaling_group_schedule' },
    listAutoScalingGroupNotifications: { resource: 'auto_scaling_group_notification' },
    createAutoScalingGroupNotification: {
      verb: 'create',
      resource: 'auto_scaling_group_notification',
      key: 'notifications',
    },
    listAutoScalingGroupLbServerGroups: { resource: 'lb_server_group' },
    updateAutoScalingGroupLbServerGroups: { resource: 'auto_scaling_group' },
    listLaunchConfigurations: { verb: 'action', resource: 'launch_configuration', key: '' },
    listDefaultConfigs: { resource: 'default_config' },
    createKeypair: { verb: 'create', resource: 'keypair', key: '' },
    createVirtualServer: { verb: 'create', resource: 'server', key: 'servers' },
    // a server's interfaces are ports; its NATs, security groups and volumes relations of a server
    listServerInterfaces: { verb: 'list', resource: 'port', key: 'interfaces' },
    createServerInterface: { verb: 'create', resource: 'port', key: '' },
    showServerInterface: { verb: 'get', resource: 'port', key: 'interfaces' },
    updateServerInterface: { verb: 'update', resource: 'port' },
    deleteServerInterface: { verb: 'delete', resource: 'port' },
    createServerInterfaceNat: { resource: 'port' },
    deleteServerInterfaceNat: { verb: 'action', resource: 'port' },
    createServerInterfacePrivateNat: { resource: 'port' },
    deleteServerInterfacePrivateNat: { verb: 'action', resource: 'port' },
    listServerIps: { resource: 'server' },
    showServerIp: { resource: 'server' },
    listVirtualServerSecurityGroups: { verb: 'action', resource: 'server', key: 'security_groups' },
    attachVirtualServerSecurityGroup: { resource: 'server' },
    detachVirtualServerSecurityGroup: { resource: 'server' },
    listServerVolumes: { verb: 'action', resource: 'server', key: 'volumes' },
    createServerVolume: { verb: 'action', resource: 'volume' },
    showServerVolume: { verb: 'action', resource: 'volume' },
    updateServerVolume: { resource: 'volume' },
    deleteServerVolume: { verb: 'action', resource: 'volume' },
    showVirtualServerConsoleLog: { resource: 'server' },
    createVirtualServerDump: { resource: 'server' },
    createVirtualServerCustomImage: { resource: 'image' },
    lockVirtualServer: { resource: 'server' },
    unlockVirtualServer: { resource: 'server' },
    showVirtualServerPassword: { resource: 'server' },
    rebootVirtualServer: { resource: 'server' },
    rebuildVirtualServer: { resource: 'server' },
    setVirtualServerType: { resource: 'server' },
    startVirtualServer: { resource: 'server' },
    stopVirtualServer: { resource: 'server' },
    deleteVirtualServer: { verb: 'action', resource: 'server' },
    listImageMembers: { verb: 'list', resource: 'image_member', key: 'members' },
    createImageMember: { verb: 'create', resource: 'image_member', key: '' },
    showImageMember: { verb: 'get', resource: 'image_member', key: '' },
    updateImageMember: { verb: 'update', resource: 'image_member', key: '' },
    importImage: { resource: 'image' },
    createSharingImage: { resource: 'image' },
    deleteVolume: { verb: 'action', resource: 'volume' },
    deleteSnapshot: { verb: 'action', resource: 'snapshot' },
    revertVolumeToSnapshot: { resource: 'volume' },
    attachVolumeToVirtualServer: { resource: 'volume' },
    detachVolumeFromVirtualServer: { resource: 'volume' },
  },
  admit(context) {
    const refused = checkApiVersion(context);
    if (refused) return refused;
    // the service checks a server id's form before it looks for the server (the spec's own 400 example)
    const serverId = context.path.server_id;
    if (serverId !== undefined && !UUID.test(serverId) && context.spec.statuses.includes(400)) {
      return refusal(['path', 'server_id'], 'invalid server id');
    }
    return undefined;
  },
  notFound(context, lookup) {
    if (context.spec.statuses.includes(404)) return undefined;
    const parameter = context.row.pathParams.find(
      (name) => name === `${lookup}_id` || twin.pathParents?.[name] === lookup,
    );
    const loc = parameter ? ['path', parameter] : ['body', `${lookup}_id`];
    const id = parameter ? context.path[parameter] : undefined;
    return refusal(loc, `${label(lookup)}${id ? ` ${id}` : ''} not found`, 'value_error.not_found');
  },
  fields: (context) => ({ ...context.body }),
  pagination: {
    page: pageOf({
      countOnRequest: new Set(['listVolumes', 'listSnapshot', ...networkTwin.listForms.countOnRequest]),
      pageAndSize: new Set(['listAutoScalingGroupSchedules', ...networkTwin.listForms.pageAndSize]),
    }),
  },
  collectionFull: (_context, resource, max) => collectionFull(resource, max),
  errors: {
    routeNotFound: (method, path) => routeNotFound('scp', { method, path }),
    methodNotAllowed: (method, path, allow) => methodNotAllowed('scp', { method, path, allow }),
    malformedJson: (message) => malformedJson('scp', message),
    payloadTooLarge: (limit) => payloadTooLarge('scp', limit),
    // SCP documents no 429 and no Retry-After: the status alone
    rateLimited: () => ({ status: 429, headers: {}, body: '' }),
    invalidRequest: (violations) => mockForms.invalidRequest(violations),
    missingCredentials: () => mockForms.missingCredentials(),
  },
  retryAfter: false,
  seed: (source) => seedWorld(source.fromExamples()),
};

// ---- the seed world ----

/**
 * The spec's examples, made to agree with each other: the server `web-01` runs on the port, public IP and private
 * NAT address the network's examples give it, with its boot volume and the data volume the volume examples attach to
 * it; the server types it and the requests name; the key pair its examples name; the service's default
 * configuration; the user the notifications name. Records the examples show half way (a volume `creating`, an image
 * `queued`) are the ones requests create, not held.
 */
function seedWorld(examples: import('../types.js').SeedWorld): import('../types.js').SeedWorld {
  const world = { ...examples, ...networkWorld() };
  const webServer = '2a9be312-5d4b-4bc8-b2ae-35100fa9241f';
  // a placeholder id in one example (`"id": "id"`) is no server
  world.server = (world.server ?? [])
    .filter((s) => /^[0-9a-f-]{36}$/.test(s.id))
    .map((s) => ({
      ...s,
      keypair_name: 'my-keypair',
      security_group_ids: ['1c2d3e4f5a6b4c7d8e9f0a1b2c3d4e5f'],
      server_group_id: null,
      auto_scaling_group_id: null,
      launch_configuration_id: null,
      vpc_id: '8a463aa4b1dc4f279c3f53b94dc45e74',
      state: 'ACTIVE',
      metadata: { role: 'web' },
    }));
  const serverTypes = new Map((world.server_type ?? []).map((t) => [t.id, t]));
  for (const [id, vcpus, ram] of [
    ['s1v1m2', 1, 2048],
    ['s1v2m4', 2, 4096],
    ['s1v4m8', 4, 8192],
  ] as const) {
    if (serverTypes.has(id)) continue;
    serverTypes.set(id, {
      id,
      name: id,
      description: `Standard, ${vcpus} vCPU, ${ram / 1024} GB`,
      disk: 0,
      ephemeral: 0,
      extra_specs: {},
      ram,
      swap: 0,
      vcpus,
    });
  }
  world.server_type = [...serverTypes.values()];
  world.image = (world.image ?? []).filter((i) => i.status === 'active');
  world.volume = [
    ...(world.volume ?? []).filter((v) => v.state !== 'creating'),
    {
      id: '9b3d7e21-4c5a-4f60-8e1d-2a3b4c5d6e7f',
      name: 'web-01-boot',
      size: 100,
      state: 'in-use',
      bootable: true,
      encrypted: true,
      multiattach: false,
      created_at: '2026-11-30T09:15:02',
      modified_at: '2026-11-30T09:16:12',
      snapshot_id: null,
      user_id: '7c1e0f3a9b2d4e6f8a0b1c2d3e4f5a6b',
      volume_type: 'SSD',
      volume_type_id: 'c643ac35-3aec-43e6-b97a-3d6f666c5207',
      servers: [{ attached_at: '2026-11-30T09:15:40', device: '/dev/vda', id: webServer }],
    },
  ].map((v) => ({
    ...v,
    servers: list<Json>(v.servers).map((a) => ({ ...a, delete_on_termination: a.device === '/dev/vda' })),
  }));
  world.snapshot = (world.snapshot ?? []).filter((s) => s.status === 'available');
  world.volume_transfer = [];
  // quotas are counted from what the account holds, not kept
  delete world.quota_set;
  // Nova names a key pair by its name; its number shows on its own page only
  world.keypair = [
    {
      id: 'deploy-key',
      name: 'deploy-key',
      fingerprint: '3c:91:5e:0a:7b:d4:22:f8:6e:19:c0:ab:57:3d:e2:84',
      public_key: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHk2m0Jq5cR8vXb7wQe3nLr1tYpZs9dF4gH6jK2lM8nO deploy@web-01',
      type: 'ssh',
      created_at: '2026-11-30T09:15:02',
      user_id: '7c1e0f3a9b2d4e6f8a0b1c2d3e4f5a6b',
      $number: 4187,
    },
    {
      id: 'my-keypair',
      name: 'my-keypair',
      fingerprint: '8f:2a:61:d4:0c:9e:35:b7:e1:58:ad:43:7f:06:c2:9b',
      public_key: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEq3lZr9Xw2cTt7Hn4bKp0sMv8yF1dG6uJ5aQe2iRo3L ops@acme',
      type: 'ssh',
      created_at: '2026-11-30T09:10:05',
      user_id: '7c1e0f3a9b2d4e6f8a0b1c2d3e4f5a6b',
      $number: 4186,
    },
  ];
  world.server_group = (world.server_group ?? []).map((g) => ({ ...g, members: [] }));
  world.image_member = [];
  world.auto_scaling_group = (world.auto_scaling_group ?? []).map((g) => ({
    ...g,
    desired_server_count: 0,
    min_server_count: 0,
  }));
  world.lb_server_group = world.lb_server_group ?? [];
  // the group's policies, schedules and notifications are the example group's
  const group = world.auto_scaling_group?.[0]?.id;
  for (const part of ['auto_scaling_group_policy', 'auto_scaling_group_schedule', 'auto_scaling_group_notification']) {
    world[part] = (world[part] ?? []).map((r) => ({ ...r, auto_scaling_group_id: r.auto_scaling_group_id ?? group }));
  }
  world.default_config = [
    { id: 'max_server_count_per_request', value: '10', category: 'virtualserver' },
    { id: 'default_volume_type', value: 'SSD', category: 'volume' },
  ];
  world.user = [{ id: '7c1e0f3a9b2d4e6f8a0b1c2d3e4f5a6b', name: 'ops', email: 'ops@example.com' }];
  return world;
}
