/**
 * Katapult's twin: what the engine cannot read from specs/katapult. The generic verbs serve every list, get,
 * create, update and delete of the resources below; handlers serve the rest (power actions, builds, allocations,
 * the trash, object storage). Its world is the spec's own examples (an organization `acme`, its data centers,
 * zones, networks, packages, disk templates, machines and addresses), merged by id.
 *
 * Lifecycles (twin time, `clock`):
 *   task                   pending ─0.5 s→ running ─1.5 s→ completed   (failed when asked; a task that runs a build
 *                                                                      or a power action ends when that does)
 *   virtual_machine_build  pending ─1 s→ building ─4 s→ complete       (failed when asked: `failNext('virtual_machine_build')`)
 *                          a complete build creates its virtual machine, started, with an interface on the default network
 *   virtual_machine        stopped ─start→ starting ─(its task)→ started; started ─stop→ stopping → stopped;
 *                          started ─shutdown→ shutting_down → stopped; started ─reset→ resetting → started
 * so with the clients' default poll intervals (2 s for tasks, 5 s for builds) a wait ends at its second check.
 */
import type { MockAnswer, Violation } from '../../vendor-errors.js';
import { vendorErrorForms } from '../../vendor-errors.js';
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

const seconds = (twin: TwinContext) => Math.floor(twin.now() / 1000);

/** The seed organization's addresses come from one /24 (IPv4) and one /64 (IPv6), as in the examples. */
const IPV4_PREFIX = '185.199.220.';
const IPV6_PREFIX = '2a03:2800:0:1::';

// ---- lifecycles ----

const POWER: Record<string, { via: string; to: string; task: string }> = {
  start: { via: 'starting', to: 'started', task: 'Start virtual machine' },
  stop: { via: 'stopping', to: 'stopped', task: 'Stop virtual machine' },
  shutdown: { via: 'shutting_down', to: 'stopped', task: 'Shut down virtual machine' },
  reset: { via: 'resetting', to: 'started', task: 'Reset virtual machine' },
};

/** What a task does when it ends: move another record (a machine) to a state, by outcome. */
interface TaskEffect {
  resource: string;
  id: string;
  completed: string;
  failed: string;
  field: string;
}

const task: Lifecycle = {
  field: 'status',
  moving: {
    pending: { afterMs: 500, next: 'running' },
    // a task run by a build ends when the build does (the build's lifecycle enters it)
    running: {
      afterMs: (record) => (record.$drivenBy ? Number.POSITIVE_INFINITY : 1500),
      next: 'completed',
      fail: 'failed',
    },
  },
  onEnter(state, record, twin) {
    if (state === 'running') {
      record.started_at = seconds(twin);
      record.progress = 50;
    }
    if (state === 'completed' || state === 'failed') {
      record.finished_at = seconds(twin);
      if (record.started_at === null) record.started_at = record.finished_at;
      record.progress = state === 'completed' ? 100 : (record.progress as number);
      const effect = record.$effect as TaskEffect | undefined;
      const target = effect ? twin.store.get(effect.resource, effect.id) : undefined;
      if (effect && target) target[effect.field] = state === 'completed' ? effect.completed : effect.failed;
    }
  },
};

const build: Lifecycle = {
  field: 'state',
  moving: {
    pending: { afterMs: 1000, next: 'building' },
    building: { afterMs: 4000, next: 'complete', fail: 'failed' },
  },
  onEnter(state, record, twin) {
    const buildTask = twin.store.get('task', String(record.$task));
    if (state === 'complete') {
      const machine = createMachine(record, twin);
      record.virtual_machine = machine;
      if (buildTask) twin.enter('task', buildTask, 'completed');
    }
    if (state === 'failed' && buildTask) {
      if (buildTask.status === 'pending') twin.enter('task', buildTask, 'running');
      twin.enter('task', buildTask, 'failed');
    }
  },
};

const virtualMachine: Lifecycle = {
  field: 'state',
  // power states move by their task (task.$effect), not by a clock of their own
  moving: {},
  events: {
    start: { from: ['stopped'], to: 'starting' },
    stop: { from: ['started'], to: 'stopping' },
    shutdown: { from: ['started'], to: 'shutting_down' },
    reset: { from: ['started'], to: 'resetting' },
  },
};

// ---- records made by handlers ----

function newTask(twin: TwinContext, name: string, extra: Json = {}): TwinRecord {
  const record: TwinRecord = {
    id: twin.randomId('task_'),
    name,
    status: 'pending',
    created_at: seconds(twin),
    started_at: null,
    finished_at: null,
    progress: 0,
    ...extra,
  };
  twin.store.insert('task', record);
  twin.enter('task', record, 'pending');
  return record;
}

/** The virtual machine a complete build makes: a copy of a held machine, renamed, placed where the build said. */
function createMachine(buildRecord: TwinRecord, twin: TwinContext): TwinRecord {
  const spec = (buildRecord.$spec ?? {}) as Json;
  const template = twin.store.all('virtual_machine')[0] ?? twin.store.all('$machine_template')[0];
  if (!template) throw new Error('katapult twin: no virtual machine to build from (the world has none)');
  const organization = spec.organization as TwinRecord | undefined;
  const hostname = String(spec.hostname ?? `vm-${twin.randomId('', 6).toLowerCase()}`);
  const domain = String(organization?.infrastructure_domain ?? 'katapult.cloud');
  const pkg = spec.package as TwinRecord | undefined;
  const machine: TwinRecord = {
    ...structuredClone(template),
    id: twin.randomId('vm_'),
    name: hostname,
    hostname,
    fqdn: `${hostname}.${domain}`,
    description: null,
    created_at: seconds(twin),
    initial_root_password: twin.randomId('', 20),
    state: 'started',
    ...(spec.zone ? { zone: spec.zone } : {}),
    ...(organization ? { organization } : {}),
    group: null,
    attached_iso: null,
    tags: [],
    tag_names: [],
    gpu_type: null,
    gpus: [],
    ...(pkg ? { package: pkg, cpu_cores: pkg.cpu_cores ?? null, memory_in_gb: pkg.memory_in_gb ?? null } : {}),
    annotations: spec.annotations ?? [],
  };
  twin.store.insert('virtual_machine', machine, organization ? { organization: organization.id } : {});
  // one interface on the data center's default network
  const zone = machine.zone as Json | undefined;
  const dataCenterId = (zone?.data_center as Json | undefined)?.id;
  const network =
    (spec.network as TwinRecord | undefined) ??
    twin.store.find('network', (n) => n.default === true && (n.data_center as Json | undefined)?.id === dataCenterId) ??
    twin.store.all('network')[0];
  const mac = Array.from({ length: 5 }, () =>
    Math.floor(twin.random() * 256)
      .toString(16)
      .padStart(2, '0'),
  ).join(':');
  twin.store.insert(
    'virtual_machine_network_interface',
    {
      id: twin.randomId('vmnet_'),
      virtual_machine: { id: machine.id, name: machine.name },
      name: `${network?.name ?? 'Network'} on ${machine.name}`,
      network: network ? { id: network.id, name: network.name } : null,
      virtual_network: null,
      mac_address: `ee:${mac}`,
      state: 'attached',
      ip_addresses: [],
      speed_profile: null,
    },
    { virtual_machine: machine.id },
  );
  return { id: machine.id, name: machine.name, hostname: machine.hostname, fqdn: machine.fqdn, state: machine.state };
}

/**
 * A new address of `version` on `network`: the first free one of the organization's /24 (IPv4, from a random place
 * in it) or /64 (IPv6). A full /24 is Katapult's `503 no_available_addresses`.
 */
function newAddress(twin: TwinContext, version: string, network: TwinRecord | undefined): TwinRecord {
  const used = new Set(twin.store.all('ip_address').map((ip) => ip.address));
  let address: string | undefined;
  if (version === 'ipv6') {
    for (let n = 2 + Math.floor(twin.random() * 4096); address === undefined; n++) {
      const candidate = `${IPV6_PREFIX}${n.toString(16)}`;
      if (!used.has(candidate)) address = candidate;
    }
  } else {
    const start = Math.floor(twin.random() * 253);
    for (let i = 0; i < 253 && address === undefined; i++) {
      const candidate = `${IPV4_PREFIX}${2 + ((start + i) % 253)}`;
      if (!used.has(candidate)) address = candidate;
    }
  }
  if (address === undefined) return twin.fail(503, 'no_available_addresses');
  const v6 = version === 'ipv6';
  return {
    id: twin.randomId('ip_'),
    address,
    reverse_dns: `${address.replaceAll(v6 ? ':' : '.', '-')}.reverse.katapult.io`,
    vip: false,
    label: null,
    address_with_mask: `${address}/${v6 ? 64 : 24}`,
    ...(network ? { network: structuredClone(network) } : {}),
    allocation_id: null,
    allocation_type: null,
  };
}

function allocate(ip: TwinRecord, machineId: string, interfaceId: string | undefined): void {
  ip.allocation_id = machineId;
  ip.allocation_type = 'VirtualMachine';
  ip.$interface = interfaceId ?? null;
}

function unallocate(ip: TwinRecord): void {
  ip.allocation_id = null;
  ip.allocation_type = null;
  ip.$interface = null;
}

// ---- resources ----

const DNS_TYPES = [
  'A',
  'AAAA',
  'ALIAS',
  'CAA',
  'CNAME',
  'HTTPRedirect',
  'IPS',
  'MX',
  'NS',
  'PTR',
  'SOA',
  'SRV',
  'SSHFP',
  'TXT',
  'VirtualMachine',
];

/** A record's `content` is sent as `{ <type>: { … } }` and shown as text with its attributes by type. */
function dnsContent(record: TwinRecord, _twin: TwinContext, request: OperationContext): void {
  const zone = request.lookupOptional('dns_zone');
  if (zone) record.full_name = record.name ? `${String(record.name)}.${String(zone.name)}` : String(zone.name);
  if (!isObject(record.content)) return;
  const sent = record.content;
  const type = Object.keys(sent)[0] ?? String(record.type);
  const attributes = (sent[type] ?? {}) as Json;
  record.type = type;
  record.content_attributes = Object.fromEntries(DNS_TYPES.map((name) => [name, name === type ? attributes : null]));
  record.content = String(Object.values(attributes)[0] ?? '');
}

const annotations = (record: TwinRecord) => ({ annotations: (record.annotations as unknown[] | undefined) ?? [] });

/** Deleted things Katapult keeps in the trash for a week; restore puts them back. */
function toTrash(resource: string, objectType: string) {
  return (record: TwinRecord, twin: TwinContext): Json => {
    const parents = twin.store.parents(resource, record.id);
    const trash: TwinRecord = {
      id: twin.randomId('trsh_'),
      keep_until: seconds(twin) + 7 * 24 * 3600,
      object_id: record.id,
      object_type: objectType,
      $resource: resource,
      $object: structuredClone(record),
      $objectParents: { ...parents },
    };
    twin.store.insert('trash_object', trash, parents.organization ? { organization: parents.organization } : {});
    if (resource === 'virtual_machine') {
      for (const ip of twin.store.all('ip_address')) if (ip.allocation_id === record.id) unallocate(ip);
    }
    return { trash_object: trash };
  };
}

const resources: Record<string, ResourceSpec> = {
  api_token: {
    onCreate(record, twin) {
      record.secret = twin.randomId('', 32);
      record.expires_at ??= null;
    },
    view: (record) => ({ ...record, secret: null }),
    extras: annotations,
  },
  object_storage_access_key: {
    onCreate(record, twin) {
      record.created_at = seconds(twin);
      record.state = 'configured';
    },
  },
  address_list: { extras: annotations },
  address_list_entry: {},
  virtual_machine_build: { extras: annotations },
  certificate: {},
  console_session: {
    onCreate(record, twin) {
      record.expires_at = seconds(twin) + 3600;
      record.url = `https://console.katapult.io/sessions/${record.id}`;
    },
  },
  country: {},
  country_state: {},
  currency: {},
  data_center: {},
  disk_io_profile: {},
  disk_backup_policy: {
    onCreate(record, twin, request) {
      const schedule = (record.schedule ?? {}) as Json;
      record.schedule = { ...schedule, next_invocation_at: seconds(twin) + 3600 };
      const machine = request.lookupOptional('virtual_machine');
      const disk = request.lookupOptional('disk');
      // a disk target is shown as the disk itself, without its attachment (which would name the disk again)
      if (machine) record.target = { target: structuredClone(machine) };
      else if (disk) record.target = { target: { ...structuredClone(disk), virtual_machine_disk: null } };
      record.total_size = 0;
      record.auto_move_to_trash_at = null;
    },
  },
  disk_template_version: {},
  disk_template: {},
  disk: {
    onCreate(record, twin) {
      record.created_at = seconds(twin);
      record.state = 'built';
      record.virtual_machine_disk = null;
      record.installation = null;
    },
    extras: annotations,
    onDelete: toTrash('disk', 'Disk'),
  },
  dns_zone: {
    onCreate(record, _twin, request) {
      record.verified = request.body.verified === true;
    },
  },
  dns_record: {
    onCreate: dnsContent,
    onUpdate: dnsContent,
  },
  file_storage_volume: { extras: annotations, onDelete: toTrash('file_storage_volume', 'FileStorageVolume') },
  gpu_type: {},
  ip_address: {
    onCreate(record, twin, request) {
      const fresh = newAddress(twin, String(request.body.version ?? 'ipv4'), request.lookupOptional('network'));
      Object.assign(record, {
        ...fresh,
        id: record.id,
        vip: request.body.vip === true,
        label: request.body.label ?? null,
      });
    },
    filter(record, query) {
      if (query.allocated === true) return record.allocation_id !== null;
      if (query.allocated === false) return record.allocation_id === null;
      return true;
    },
    onDelete(record) {
      unallocate(record);
      return undefined;
    },
    extras(record, twin) {
      const machine = record.allocation_id
        ? twin.store.get('virtual_machine', String(record.allocation_id))
        : undefined;
      return { allocation: machine ? { id: machine.id, name: machine.name } : null };
    },
  },
  load_balancer_rule: {},
  load_balancer: { extras: annotations },
  organization: {
    onCreate(record, twin) {
      record.created_at = seconds(twin);
      record.managed = true;
      record.infrastructure_domain = `${record.sub_domain}.katapult.cloud`;
    },
    extras: annotations,
  },
  network_speed_profile: {},
  network: {},
  operating_system: {},
  user: {},
  ssh_key: {
    onCreate(record, twin) {
      const hex = Array.from({ length: 16 }, () =>
        Math.floor(twin.random() * 256)
          .toString(16)
          .padStart(2, '0'),
      );
      record.fingerprint = hex.join(':');
    },
  },
  security_group_rule: {},
  security_group: { extras: annotations },
  tag: {},
  task: {},
  trash_object: {},
  virtual_network: {},
  virtual_machine_group: {
    onCreate(record, twin) {
      record.created_at = seconds(twin);
    },
  },
  virtual_machine_network_interface: {
    view(record, twin) {
      const addresses = twin.store
        .all('ip_address')
        .filter((ip) => ip.$interface === record.id)
        .map((ip) => ({ id: ip.id, address: ip.address }));
      return { ...record, ip_addresses: addresses };
    },
  },
  virtual_machine_package: {},
  virtual_machine: {
    view(record, twin) {
      const addresses = twin.store.all('ip_address').filter((ip) => ip.allocation_id === record.id);
      return { ...record, ip_addresses: structuredClone(addresses) };
    },
    extras: annotations,
    onDelete: toTrash('virtual_machine', 'VirtualMachine'),
  },
  zone: {},
  object_storage_cluster: {},
  object_storage_account: {},
  object_storage_bucket: {},
};

// ---- handlers ----

/** `{ <key>: record }` of this operation, as shown. */
function one(context: OperationContext, resource: string, record: TwinRecord, extra: Json = {}): Answer {
  const key = context.row.key ?? resource;
  return context.answer({ ...extra, [key]: context.show(resource, record) });
}

function power(event: keyof typeof POWER): OperationHandler {
  return (context) => {
    const machine = context.lookup('virtual_machine');
    const { to, task: name } = POWER[event] as (typeof POWER)[string];
    const state = String(machine.state);
    if (Object.values(POWER).some((action) => action.via === state)) {
      context.twin.fail(406, 'task_queueing_error', {
        details: 'The virtual machine already has a power action in progress.',
      });
    }
    const allowed = virtualMachine.events?.[event]?.from.includes(state) ?? false;
    // an action the state does not need (starting a started machine) queues a task that changes nothing
    const effect: TaskEffect | undefined = allowed
      ? { resource: 'virtual_machine', id: machine.id, field: 'state', completed: to, failed: state }
      : undefined;
    if (allowed) context.twin.raise('virtual_machine', machine, event);
    const queued = newTask(context.twin, name, effect ? { $effect: effect } : {});
    return context.answer({ task: { id: queued.id, name: queued.name, status: queued.status } });
  };
}

function startBuild(context: OperationContext, requested: string | undefined, spec: Json): Answer {
  const organization = context.lookup('organization');
  const twin = context.twin;
  // without a hostname the API makes one up
  const hostname = requested ?? `vm-${twin.randomId('', 8).toLowerCase()}`;
  const buildTask = newTask(twin, 'Build a virtual machine');
  const record: TwinRecord = {
    id: twin.randomId('vmbuild_'),
    spec_xml: `<VirtualMachineSpec><Hostname>${hostname}</Hostname></VirtualMachineSpec>`,
    state: 'pending',
    virtual_machine: null,
    created_at: seconds(twin),
    annotations: context.body.annotations ?? [],
    $task: buildTask.id,
    $spec: { ...spec, organization, hostname, annotations: context.body.annotations ?? [] },
  };
  buildTask.$drivenBy = record.id;
  twin.store.insert('virtual_machine_build', record, { organization: organization.id });
  twin.enter('virtual_machine_build', record, 'pending');
  return context.answer({
    task: { id: buildTask.id, name: buildTask.name, status: buildTask.status },
    build: { id: record.id, state: record.state },
    virtual_machine_build: { id: record.id, state: record.state },
    hostname,
    annotations: record.annotations,
  });
}

/** The answer of an operation whose data is the organization's own (prices, policy): the organization must exist. */
function organizationExample(context: OperationContext): Answer {
  context.lookup('organization');
  return context.answer({});
}

function trashed(context: OperationContext, record: TwinRecord): void {
  const trash = context.twin.store.find('trash_object', (t) => t.object_id === record.id);
  if (trash) context.twin.fail(406, 'object_in_trash', { trash_object: trash });
}

const bucketKey = (region: string, name: string) => `${region}/${name}`;

function bucket(context: OperationContext): TwinRecord {
  const cluster = (context.query.object_storage_cluster ?? context.body.object_storage_cluster) as Json | undefined;
  const named = (context.query.bucket ?? context.body.bucket) as Json | undefined;
  const record = context.twin.store.get(
    'object_storage_bucket',
    bucketKey(String(cluster?.region), String(named?.name)),
  );
  return record ?? context.twin.fail(404, 'object_storage_bucket_not_found');
}

function account(context: OperationContext): TwinRecord | undefined {
  const organization = context.lookup('organization');
  const cluster = (context.query.object_storage_cluster ?? context.body.object_storage_cluster) as Json | undefined;
  return context.twin.store.get('object_storage_account', `${organization.id}/${String(cluster?.region)}`);
}

const operations: Record<string, OperationHandler> = {
  // power
  startVirtualMachine: power('start'),
  stopVirtualMachine: power('stop'),
  shutdownVirtualMachine: power('shutdown'),
  resetVirtualMachine: power('reset'),

  // builds
  buildVirtualMachine(context) {
    const { body } = context;
    if (!body.zone && !body.data_center) context.twin.fail(422, 'location_required');
    const spec: Json = {};
    for (const name of ['zone', 'data_center', 'package', 'disk_template', 'network']) {
      const record = context.lookupOptional(name);
      if (record) spec[name] = record;
    }
    if (!spec.zone && spec.data_center) {
      const zone = context.twin.store.find(
        'zone',
        (z) => (z.data_center as Json | undefined)?.id === (spec.data_center as TwinRecord).id,
      );
      if (zone) spec.zone = zone;
    }
    return startBuild(context, typeof body.hostname === 'string' ? body.hostname : undefined, spec);
  },
  buildVirtualMachineFromSpec(context) {
    const xml = String(context.body.xml ?? '');
    const hostname = /<Hostname>([^<]*)<\/Hostname>/.exec(xml)?.[1];
    const zonePermalink = /<Zone[^>]*>\s*<Permalink>([^<]*)<\/Permalink>/.exec(xml)?.[1];
    const zone = zonePermalink ? context.twin.store.find('zone', (z) => z.permalink === zonePermalink) : undefined;
    return startBuild(context, hostname, zone ? { zone } : {});
  },

  // addresses
  allocateIpToVirtualMachine(context) {
    const machine = context.lookup('virtual_machine');
    trashed(context, machine);
    const ip = context.lookup('ip_address');
    if (ip.allocation_id) context.twin.fail(422, 'ip_already_allocated');
    const network = (ip.network as Json | undefined)?.id;
    const vmnet =
      context.twin.store.find(
        'virtual_machine_network_interface',
        (n) => (n.virtual_machine as Json).id === machine.id && (n.network as Json | null)?.id === network,
      ) ??
      context.twin.store.find(
        'virtual_machine_network_interface',
        (n) => (n.virtual_machine as Json).id === machine.id,
      );
    allocate(ip, machine.id, vmnet?.id);
    return one(context, 'ip_address', ip);
  },
  allocateIpToNetworkInterface(context) {
    const vmnet = context.lookup('virtual_machine_network_interface');
    const ip = context.lookup('ip_address');
    if (ip.allocation_id) context.twin.fail(422, 'ip_already_allocated');
    allocate(ip, String((vmnet.virtual_machine as Json).id), vmnet.id);
    return one(context, 'virtual_machine_network_interface', vmnet);
  },
  allocateNewIpToNetworkInterface(context) {
    const vmnet = context.lookup('virtual_machine_network_interface');
    const machineId = String((vmnet.virtual_machine as Json).id);
    const parents = context.twin.store.parents('virtual_machine', machineId);
    const network = context.twin.store.get('network', String((vmnet.network as Json | null)?.id));
    const ip = newAddress(context.twin, String(context.body.address_version ?? 'ipv4'), network);
    allocate(ip, machineId, vmnet.id);
    context.twin.store.insert('ip_address', ip, parents.organization ? { organization: parents.organization } : {});
    return one(context, 'ip_address', ip);
  },
  unallocateIpAddress(context) {
    const ip = context.lookup('ip_address');
    if (!ip.allocation_id) context.twin.fail(422, 'no_allocation');
    unallocate(ip);
    return context.answer({});
  },
  listAvailableIpsForNetworkInterface(context) {
    const vmnet = context.lookup('virtual_machine_network_interface');
    const version = String(context.query.address_version ?? 'ipv4');
    const machineParents = context.twin.store.parents('virtual_machine', String((vmnet.virtual_machine as Json).id));
    const network = (vmnet.network as Json | null)?.id;
    const free = context.twin.store
      .all('ip_address')
      .filter(
        (ip) =>
          ip.allocation_id === null &&
          (ip.network as Json | undefined)?.id === network &&
          String(ip.address).includes(':') === (version === 'ipv6') &&
          context.twin.store.parents('ip_address', ip.id).organization === machineParents.organization,
      );
    return context.answer({ ip_addresses: free.map((ip) => context.show('ip_address', ip)) });
  },

  // interfaces
  getVirtualMachineNetworkInterfaceByNetwork(context) {
    const machine = context.lookup('virtual_machine');
    const network = context.lookup('network');
    const vmnet = context.twin.store.find(
      'virtual_machine_network_interface',
      (n) => (n.virtual_machine as Json).id === machine.id && (n.network as Json | null)?.id === network.id,
    );
    return vmnet
      ? one(context, 'virtual_machine_network_interface', vmnet)
      : context.twin.fail(404, 'interface_not_found');
  },
  attachNetworkInterface: interfaceState('attached', 'Attach network interface'),
  detachNetworkInterface: interfaceState('detached', 'Detach network interface'),
  updateNetworkInterfaceSpeedProfile(context) {
    const vmnet = context.lookup('virtual_machine_network_interface');
    const profile = context.lookup('speed_profile');
    vmnet.speed_profile = { id: profile.id, name: profile.name, permalink: profile.permalink };
    const queued = newTask(context.twin, 'Update network speed profile');
    return context.answer({ task: context.show('task', queued) });
  },

  // machines
  changeVirtualMachinePackage(context) {
    const machine = context.lookup('virtual_machine');
    const pkg = context.lookup('virtual_machine_package');
    Object.assign(machine, {
      package: pkg,
      cpu_cores: pkg.cpu_cores ?? machine.cpu_cores,
      memory_in_gb: pkg.memory_in_gb ?? machine.memory_in_gb,
    });
    const queued = newTask(context.twin, 'Change virtual machine package');
    return context.answer({ task: context.show('task', queued) });
  },
  changeVirtualMachineFlexibleResources(context) {
    const machine = context.lookup('virtual_machine');
    const queued = newTask(context.twin, 'Change flexible resources');
    machine.package = null;
    return context.answer({ task: context.show('task', queued) });
  },
  createConsoleSession(context) {
    const machine = context.lookup('virtual_machine');
    trashed(context, machine);
    if (machine.state !== 'started') context.twin.fail(406);
    return context.generic();
  },

  // disks
  assignDisk(context) {
    const disk = context.lookup('disk');
    const machine = context.lookup('virtual_machine');
    disk.virtual_machine_disk = {
      virtual_machine: { id: machine.id, name: machine.name, fqdn: machine.fqdn },
      attach_on_boot: true,
      boot: false,
      state: 'detached',
    };
    return one(context, 'disk', disk);
  },
  unassignDisk(context) {
    const disk = context.lookup('disk');
    if (!disk.virtual_machine_disk) context.twin.fail(422, 'unassigned_disk');
    disk.virtual_machine_disk = null;
    return one(context, 'disk', disk);
  },
  attachDisk: diskTask('Attach disk', (disk, context) => {
    const attachment = disk.virtual_machine_disk;
    if (!isObject(attachment)) return context.twin.fail(422, 'unassigned_disk');
    attachment.state = 'attached';
  }),
  detachDisk: diskTask('Detach disk', (disk, context) => {
    const attachment = disk.virtual_machine_disk;
    if (!isObject(attachment)) return context.twin.fail(422, 'unassigned_disk');
    attachment.state = 'detached';
  }),
  listVirtualMachineDisks(context) {
    const machine = context.lookup('virtual_machine');
    const disks = context.twin.store
      .all('disk')
      .filter(
        (disk) =>
          isObject(disk.virtual_machine_disk) &&
          (disk.virtual_machine_disk.virtual_machine as Json | undefined)?.id === machine.id,
      )
      .map((disk) => {
        const attachment = disk.virtual_machine_disk as Json;
        return {
          ...attachment,
          virtual_machine: { id: machine.id, name: machine.name, fqdn: machine.fqdn },
          disk: context.show('disk', disk),
        };
      });
    const page = twin.pagination.page(context.query, disks as unknown as TwinRecord[], context);
    return context.answer({ ...page.extra, disks: page.items });
  },
  listOrganizationUsers(context) {
    context.lookup('organization');
    const users = context.twin.store.all('user').map((user) => ({ user: context.show('user', user) }));
    const page = twin.pagination.page(context.query, users as unknown as TwinRecord[], context);
    return context.answer({ ...page.extra, users: page.items });
  },
  resizeDisk: diskTask('Resize disk', (disk, context) => {
    disk.size_in_gb = context.body.size_in_gb;
  }),
  changeDiskIoProfile: diskTask('Change disk IO profile', (disk, context) => {
    disk.io_profile = context.lookup('io_profile');
  }),

  // DNS
  deleteDnsZone: deleted('dns_zone'),
  deleteDnsRecord: deleted('dns_record'),
  verifyDnsZone(context) {
    const zone = context.lookup('dns_zone');
    zone.verified = true;
    return one(context, 'dns_zone', zone);
  },
  listDnsNameservers: organizationExample,

  // organizations
  getOrganizationPolicy: organizationExample,
  getOrganizationPolicyLimits: organizationExample,
  getOrganizationPrices: organizationExample,
  getOrganizationDeletionSteps: organizationExample,
  deleteManagedOrganization(context) {
    const organization = context.lookup('organization');
    if (organization.managed !== true) context.twin.fail(409);
    context.twin.store.remove('organization', organization.id);
    return context.answer({ success: true });
  },
  getCurrentUser(context) {
    const user = context.twin.store.all('user')[0];
    if (!user) return context.twin.fail(404);
    const organizations = context.twin.store.all('organization').map((o) => context.show('organization', o));
    return context.answer({ user: context.show('user', user), organizations });
  },
  listOrganizationAvailableNetworks(context) {
    const organization = context.lookup('organization');
    const virtualNetworks = context.twin.store
      .all('virtual_network')
      .filter((n) => context.twin.store.parents('virtual_network', n.id).organization === organization.id);
    return context.answer({
      networks: context.twin.store.all('network').map((n) => context.show('network', n)),
      virtual_networks: virtualNetworks.map((n) => context.show('virtual_network', n)),
    });
  },
  getDataCenterDefaultNetwork(context) {
    const dataCenter = context.lookup('data_center');
    const network = context.twin.store.find(
      'network',
      (n) => n.default === true && (n.data_center as Json | undefined)?.id === dataCenter.id,
    );
    return network ? one(context, 'network', network) : context.twin.fail(404, 'network_not_found');
  },

  // API tokens, access keys
  regenerateApiTokenSecret(context) {
    const token = context.lookup('api_token');
    const secret = context.twin.randomId('', 32);
    token.secret = null;
    return context.answer({ api_token: { ...context.show('api_token', token), secret } });
  },
  generateObjectStorageAccessKeyCredentials(context) {
    const key = context.lookup('access_key');
    return context.answer({
      object_storage_access_key: {
        ...context.show('object_storage_access_key', key),
        s3_access_key_id: context.twin.randomId('', 20).toUpperCase(),
        s3_secret_access_key: context.twin.randomId('', 40),
      },
    });
  },
  deleteObjectStorageAccessKey(context) {
    const key = context.lookup('access_key');
    context.twin.store.remove('object_storage_access_key', key.id);
    return context.answer({ success: true });
  },

  // object storage
  getObjectStorageAccount(context) {
    const found = account(context);
    return found
      ? one(context, 'object_storage_account', found)
      : context.twin.fail(404, 'object_storage_account_not_found');
  },
  createObjectStorageAccount(context) {
    const organization = context.lookup('organization');
    const cluster = context.body.object_storage_cluster as Json;
    const region = String(cluster.region);
    const existing = account(context);
    if (existing) return one(context, 'object_storage_account', existing);
    const template = (context.answer({}).body as Json).object_storage_account as Json;
    const record: TwinRecord = {
      ...structuredClone(template),
      id: `${organization.id}/${region}`,
      region,
      created_at: seconds(context.twin),
      provisioning_state: 'provisioned',
      size: 0,
      bucket_count: 0,
    };
    context.twin.store.insert('object_storage_account', record, { organization: organization.id });
    return one(context, 'object_storage_account', record);
  },
  deleteObjectStorageAccount(context) {
    const found = account(context) ?? context.twin.fail(404, 'object_storage_account_not_found');
    const extra = toTrash('object_storage_account', 'ObjectStorageAccount')(found, context.twin);
    context.twin.store.remove('object_storage_account', found.id);
    return context.answer({ ...extra, object_storage_account: context.show('object_storage_account', found) });
  },
  createObjectStorageBucket(context) {
    const found = account(context) ?? context.twin.fail(403, 'object_storage_account_not_provisioned');
    const properties = (context.body.properties ?? {}) as Json;
    const name = String(properties.name);
    const template = (context.answer({}).body as Json).object_storage_bucket as Json;
    const record: TwinRecord = {
      ...structuredClone(template),
      ...properties,
      id: bucketKey(String(found.region), name),
      name,
      created_at: seconds(context.twin),
      state: 'configured',
      object_count: 0,
      size: 0,
    };
    if (context.twin.store.get('object_storage_bucket', record.id))
      context.twin.fail(422, 'validation_error', { errors: [`Name ${name} is already taken`] });
    context.twin.store.insert('object_storage_bucket', record, {
      ...context.twin.store.parents('object_storage_account', found.id),
    });
    found.bucket_count = Number(found.bucket_count ?? 0) + 1;
    return one(context, 'object_storage_bucket', record);
  },
  getObjectStorageBucket: (context) => one(context, 'object_storage_bucket', bucket(context)),
  updateObjectStorageBucket(context) {
    const record = bucket(context);
    Object.assign(record, (context.body.properties ?? {}) as Json);
    return one(context, 'object_storage_bucket', record);
  },
  deleteObjectStorageBucket(context) {
    const record = bucket(context);
    context.twin.store.remove('object_storage_bucket', record.id);
    return context.answer({ success: true });
  },
  revokeObjectStorageBucketPresignedUrls(context) {
    bucket(context);
    return context.answer({ success: true });
  },
  createObjectStoragePresignedUrl(context) {
    const record = bucket(context);
    const path = String(context.body.path ?? '');
    const signature = context.twin.randomId('', 32);
    return context.answer({
      url: `${String(record.public_url ?? '').replace(/\/$/, '')}/${path.replace(/^\//, '')}?X-Amz-Signature=${signature}`,
    });
  },
  getObjectStorageObject(context) {
    bucket(context);
    // the twin keeps buckets, not their objects
    return context.twin.fail(404, 'object_not_found');
  },

  // address lists
  bulkUpdateAddressListEntries(context) {
    const list = context.lookup('address_list');
    const twin = context.twin;
    for (const entry of (context.body.remove as Json[] | undefined) ?? []) {
      const found = twin.store.find(
        'address_list_entry',
        (e) => twin.store.parents('address_list_entry', e.id).address_list === list.id && e.address === entry.address,
      );
      if (found) twin.store.remove('address_list_entry', found.id);
    }
    for (const entry of (context.body.add as Json[] | undefined) ?? []) {
      twin.store.insert(
        'address_list_entry',
        { id: twin.randomId('ale_'), address: String(entry.address), name: String(entry.name ?? entry.address) },
        { address_list: list.id },
      );
    }
    return context.answer({});
  },
  getObjectStorageAccessKey: (context) => one(context, 'object_storage_access_key', context.lookup('access_key')),
  updateObjectStorageAccessKey(context) {
    const key = context.lookup('access_key');
    Object.assign(key, (context.body.properties ?? {}) as Json);
    return one(context, 'object_storage_access_key', key);
  },

  // backups
  scheduleDiskBackupPolicyDeletion(context) {
    const policy = context.lookup('disk_backup_policy');
    policy.auto_move_to_trash_at = Number(context.body.timestamp);
    return one(context, 'disk_backup_policy', policy);
  },

  // trash
  purgeTrashObject(context) {
    const trash = context.lookup('trash_object');
    context.twin.store.remove('trash_object', trash.id);
    const queued = newTask(context.twin, 'Purge a trash object');
    return context.answer({ task: context.show('task', queued) });
  },
  purgeAllTrashObjects(context) {
    const organization = context.lookup('organization');
    for (const trash of context.twin.store.all('trash_object')) {
      if (context.twin.store.parents('trash_object', trash.id).organization === organization.id) {
        context.twin.store.remove('trash_object', trash.id);
      }
    }
    const queued = newTask(context.twin, 'Purge all trash objects');
    return context.answer({ task: context.show('task', queued) });
  },
  restoreTrashObject(context) {
    const trash = context.lookup('trash_object');
    const resource = trash.$resource as string | undefined;
    const object = trash.$object as TwinRecord | undefined;
    if (resource && object)
      context.twin.store.insert(
        resource,
        structuredClone(object),
        (trash.$objectParents ?? {}) as Record<string, string>,
      );
    context.twin.store.remove('trash_object', trash.id);
    return one(context, 'trash_object', trash);
  },
};

function interfaceState(state: string, name: string): OperationHandler {
  return (context) => {
    const vmnet = context.lookup('virtual_machine_network_interface');
    if (vmnet.state === state) {
      context.twin.fail(
        422,
        state === 'attached'
          ? 'virtual_machine_network_interface_already_attached'
          : 'virtual_machine_network_interface_already_detached',
      );
    }
    vmnet.state = state;
    const queued = newTask(context.twin, name);
    return context.answer({
      virtual_machine_network_interface: context.show('virtual_machine_network_interface', vmnet),
      task: context.show('task', queued),
    });
  };
}

function diskTask(name: string, change: (disk: TwinRecord, context: OperationContext) => void): OperationHandler {
  return (context) => {
    const disk = context.lookup('disk');
    change(disk, context);
    const queued = newTask(context.twin, name);
    return context.answer({ disk: context.show('disk', disk), task: context.show('task', queued) });
  };
}

function deleted(resource: string): OperationHandler {
  return (context) => {
    const record = context.lookup(resource);
    context.twin.store.remove(resource, record.id);
    return context.answer({ deleted: true });
  };
}

// ---- forms ----

const json = { 'content-type': 'application/json', 'x-api-schema': 'json-error' };

function envelope(status: number, code: string, description: string, detail: Json = {}): MockAnswer {
  return { status, headers: json, body: JSON.stringify({ error: { code, description, detail } }) };
}

const mockForms = vendorErrorForms.katapult;

/** Katapult's twin. */
export const twin: VendorTwin = {
  vendor: 'katapult',
  resources,
  operations,
  lifecycles: { task, virtual_machine_build: build, virtual_machine: virtualMachine },
  aliases: {
    group: 'virtual_machine_group',
    package: 'virtual_machine_package',
    io_profile: 'disk_io_profile',
    speed_profile: 'network_speed_profile',
    access_key: 'object_storage_access_key',
  },
  corrections: {
    // the access key is looked up as `access_key`
    getObjectStorageAccessKey: { verb: 'get', resource: 'object_storage_access_key' },
    updateObjectStorageAccessKey: { verb: 'update', resource: 'object_storage_access_key' },
  },
  fields(context) {
    const { body, row } = context;
    let fields: Json;
    if (isObject(body.properties)) fields = { ...body.properties };
    else if (row.resource && isObject(body[row.resource]) && !(row.resource in row.lookups))
      fields = { ...(body[row.resource] as Json) };
    else {
      fields = { ...body };
      for (const name of Object.keys(row.lookups)) delete fields[name];
    }
    if (Array.isArray(body.annotations)) fields.annotations = body.annotations;
    return fields;
  },
  pagination: {
    page(query, items) {
      const perPage = Number(query.per_page ?? 30);
      const page = Number(query.page ?? 1);
      const total = items.length;
      return {
        items: items.slice((page - 1) * perPage, page * perPage),
        extra: {
          pagination: {
            current_page: page,
            total_pages: Math.max(1, Math.ceil(total / perPage)),
            total,
            per_page: perPage,
            large_set: false,
          },
        },
      };
    },
  },
  collectionFull(context, resource, max) {
    const message = `The twin holds at most ${max} ${resource.replaceAll('_', ' ')} records; delete some or reset the twin`;
    return context.twin.fail(422, 'validation_error', { errors: [message] });
  },
  errors: {
    routeNotFound: (method, pathname) =>
      envelope(404, 'route_not_found', `No route matches ${method} ${pathname}.`, { method, path: pathname }),
    methodNotAllowed: (method, pathname, allowed) =>
      envelope(
        404,
        'route_not_found',
        `No route matches ${method} ${pathname}; the path takes ${allowed.join(', ')}.`,
        {
          method,
          path: pathname,
        },
      ),
    malformedJson: (message) => envelope(400, 'invalid_json', `The request body is not valid JSON: ${message}`),
    payloadTooLarge: (limit) => envelope(413, 'payload_too_large', `The request body is larger than ${limit} bytes.`),
    rateLimited: (limit) =>
      envelope(429, 'rate_limit_reached', 'You have reached the rate limit for this type of request.', {
        total_permitted: limit,
      }),
    invalidRequest: (violations: readonly Violation[]) => mockForms.invalidRequest(violations),
    missingCredentials: () => mockForms.missingCredentials(),
  },
  retryAfter: false,
  seed(source) {
    const world = source.fromExamples();
    // the example of a deleted machine's trash object names a machine the world still has: not in the trash
    const alive = new Set(Object.values(world).flatMap((records) => records.map((record) => record.id)));
    world.trash_object = (world.trash_object ?? []).filter((trash) => !alive.has(String(trash.object_id)));
    for (const ip of world.ip_address ?? []) {
      const v6 = String(ip.address).includes(':');
      ip.address_with_mask = `${ip.address}/${v6 ? 64 : 24}`;
    }
    // object storage: a cluster per data center (looked up by region), and acme's account where the examples put it
    world.object_storage_cluster = (world.data_center ?? []).map((dc) => ({
      id: `osc_${dc.permalink}`,
      region: String(dc.permalink),
    }));
    world.object_storage_account = [];
    world.object_storage_bucket = [];
    const organization = world.organization?.[0];
    const london = world.data_center?.find((dc) => dc.permalink === 'uk-lon-01') ?? world.data_center?.[0];
    if (organization && london) {
      const region = String(london.permalink);
      world.object_storage_account.push({
        id: `${organization.id}/${region}`,
        region,
        created_at: Number(organization.created_at ?? 0),
        provisioning_state: 'provisioned',
        size: 0,
        bucket_count: 1,
        data_center: structuredClone(london),
        $parents: { organization: organization.id },
      });
      world.object_storage_bucket.push({
        id: `${region}/acme-assets`,
        name: 'acme-assets',
        label: null,
        created_at: Number(organization.created_at ?? 0),
        state: 'configured',
        custom_domain: null,
        object_count: 0,
        size: 0,
        serve_static_site: false,
        static_site_index: null,
        static_site_error: null,
        public_url: `https://acme-assets.${region}.katapult-storage.io`,
        access_control_list: {
          public_read: false,
          public_list: false,
          all_keys_read: true,
          all_keys_write: false,
          read_key_ids: [],
          write_key_ids: [],
        },
        $parents: { organization: organization.id },
      });
    }
    // an address the examples show on an interface is allocated through it
    for (const vmnet of world.virtual_machine_network_interface ?? []) {
      for (const reference of (vmnet.ip_addresses as Json[] | undefined) ?? []) {
        const ip = world.ip_address?.find((candidate) => candidate.id === reference.id);
        if (ip) ip.$interface = vmnet.id;
      }
    }
    return world;
  },
};
