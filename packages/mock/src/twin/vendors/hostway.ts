/**
 * Hostway's twin: what the engine cannot read from specs/hostway. The generic verbs serve the lists, gets, creates,
 * renames and deletes of the resources below; handlers serve the zones, a flexible IP's one-element view, the server
 * create's password and `Location`, the server actions and the volume attachments. Its world is the spec's own
 * examples: account `smith1234` with zones AUS001 and USOTE-2012-TAMPA, flavors, images, two firewall groups with
 * rules, servers 167, test_server_0001 and test_server_0002, two flexible IPs and two volumes (one attached to 167).
 *
 * Two URI forms, one state. Every record of an account (servers, flexible IPs, firewall groups and rules, volumes,
 * zones) is under it (`scope`): the long form names the account (`/accounts/{accountId}/flexcloud/…`; a number the
 * twin does not hold is `itemNotFound`), the short form acts on the credentials' account, which in a twin is the
 * world's first. Flavors and images belong to no account: every account sees them.
 *
 * A server's lifecycle (twin time; the table is on `$phase`, and `status` shows it):
 *   BUILD ─5 s→ ACTIVE                   progress 0, 50 from half way, 100 once ACTIVE; `failNext('server')`: UNKNOWN
 *   ACTIVE ─reboot→ REBOOTING ─2 s→ ACTIVE           status PROCESSING while an action runs
 *   ACTIVE ─os-stop→ STOPPING ─2 s→ STOPPED
 *   STOPPED ─os-start→ STARTING ─2 s→ ACTIVE
 *   ACTIVE ─resize→ RESIZING ─4 s→ ACTIVE with the new flavor
 * so `waitForServer` with its default 5 s interval sees a new server ACTIVE at its second poll. A failure asked for
 * with `failNext('server')` ends the next build or action UNKNOWN, which the wait reports as WaitFailedError.
 *
 * Hostway documents no VERIFY_RESIZE state and no confirmResize/revertResize action (the status enum and the action
 * bodies of specs/hostway are the vendor's: BUILD, ACTIVE, PROCESSING, SUSPENDED, STOPPED, DELETED, UNKNOWN), and no
 * ERROR status: a resize ends ACTIVE, a failure UNKNOWN. A delete removes the server at once (its flexible IPs unbound,
 * its volumes detached); while it builds or an action runs, the spec's 409.
 *
 * Refusals in Hostway's forms: a JSON fault `{ "<name>": { message, code, details, errorid } }`, the 401 in plain
 * text. Its rate limit (Hostway documents neither one nor `Retry-After`) answers 429 with a `computeFault`, the fault
 * the spec names for a refused request; the collection cap 403 `forbidden`, the vendor's status for using more
 * resources than the account owns.
 */
import { randomUUID } from 'node:crypto';
import { malformedJson, methodNotAllowed, notFound, payloadTooLarge, vendorErrorForms } from '../../vendor-errors.js';
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

/** What links name: the vendor's host, as in every example (clients read a link's path, never its host). */
const API = 'https://api.hostway.com';
const BUILD_MS = 5000;
/** Statuses a server list holds when asked for none (the list pages say so). */
const LISTED_BY_DEFAULT = ['ACTIVE', 'PROCESSING', 'STOPPED'];
/** Hostway redirects an unpaged list longer than this to its first page (`pageSize=100`). */
const WHOLE_LIST_MAX = 100;

/** `https://api.hostway.com/accounts/a/flexcloud/<path>/`, as the vendor's links read. */
const link = (account: string, path: string) => [
  { href: `${API}/accounts/${account}/flexcloud/${path}/`, rel: 'self' },
];

/** The resource an absolute URL names (`imageRef`): its last path segment, decoded (image ids may hold spaces). */
function idOfUrl(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    const last = new URL(url, API).pathname.split('/').filter(Boolean).at(-1);
    return last === undefined ? undefined : decodeURIComponent(last);
  } catch {
    return undefined;
  }
}

/** A v4 UUID from the twin's seeded generator: a fault's `errorid`. */
function uuid(twin: TwinContext): string {
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(twin.random() * 16).toString(16)).join('');
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(twin.random() * 4)]}${hex(3)}-${hex(12)}`;
}

/** Hostway's JSON fault, `{ "<name>": { message, code, details, errorid } }`. */
function fault(twin: TwinContext, status: number, name: string, message: string, details = ''): Answer {
  return { status, body: { [name]: { message, code: status, details, errorid: uuid(twin) } } };
}

/** `YYYY-MM-DDTHH:MM:SS`, no time zone, as the server pages write it. */
const timestamp = (twin: TwinContext) => new Date(twin.now()).toISOString().slice(0, 19);

/** The account a record belongs to (its parent), or the one the request acts on. */
const accountOf = (twin: TwinContext, resource: string, record: TwinRecord) =>
  twin.store.parents(resource, record.id).account;

/** A record of the request's account, by id; `undefined` when there is none (or it is another account's). */
function held(context: OperationContext, resource: string, id: string | undefined): TwinRecord | undefined {
  if (id === undefined) return undefined;
  const record = context.twin.store.get(resource, id);
  if (!record) return undefined;
  const owner = accountOf(context.twin, resource, record);
  return owner === undefined || context.scope.account === undefined || owner === context.scope.account
    ? record
    : undefined;
}

/** The request's account: the scope's, else the world's first (a world without accounts: `account`). */
const requestAccount = (context: OperationContext) =>
  context.scope.account ?? context.twin.store.all('account')[0]?.id ?? 'account';

/**
 * The next number of a sequence (server ids, rule ids, attachment ids): one above the highest held, never handed
 * out twice even after the record it named is deleted (the last one given is kept in the store, `$sequence`).
 */
function nextNumber(twin: TwinContext, sequence: string, held: readonly unknown[]): string {
  let counter = twin.store.get('$sequence', sequence);
  if (!counter) {
    const highest = Math.max(0, ...held.map(Number).filter(Number.isInteger));
    counter = twin.store.insert('$sequence', { id: sequence, last: highest });
  }
  counter.last = Number(counter.last) + 1;
  return String(counter.last);
}

// ---- addresses ----

/** Public addresses (servers' and flexible IPs') come from the documentation ranges, as in the examples. */
const PUBLIC_RANGES = ['203.0.113.', '198.51.100.', '192.0.2.'];

/** Every address in use: servers' own and the flexible IPs held. */
function usedAddresses(twin: TwinContext): Set<string> {
  const used = new Set<string>();
  for (const ip of twin.store.all('floating_ip')) used.add(String(ip.ip));
  for (const server of twin.store.all('server')) {
    const addresses = server.addresses as { public?: Json[]; private?: Json[] } | undefined;
    for (const address of [...(addresses?.public ?? []), ...(addresses?.private ?? [])]) used.add(String(address.addr));
  }
  return used;
}

/** The first free public address, after the ones the examples show (from .25 of 203.0.113.0/24). */
function freePublicAddress(twin: TwinContext): string {
  const used = usedAddresses(twin);
  for (const range of PUBLIC_RANGES) {
    for (let host = range === PUBLIC_RANGES[0] ? 25 : 2; host < 255; host++) {
      if (!used.has(`${range}${host}`)) return `${range}${host}`;
    }
  }
  // past the three /24s (more than 750 addresses held): the shared address space, 100.64.0.0/10
  for (let n = 0; n < 4_194_304; n++) {
    const candidate = `100.${64 + (n >> 16)}.${(n >> 8) & 255}.${n & 255}`;
    if (!used.has(candidate)) return candidate;
  }
  throw new Error('hostway twin: no public address left');
}

function freePrivateAddress(twin: TwinContext): string {
  const used = usedAddresses(twin);
  for (let n = 15; n < 65_000; n++) {
    const candidate = `10.20.${n >> 8}.${n & 255}`;
    if ((n & 255) > 1 && !used.has(candidate)) return candidate;
  }
  throw new Error('hostway twin: no private address left');
}

// ---- lifecycle ----

/** The actions that change a server's status: from which phases, through which, for how long. */
const ACTIONS = {
  reboot: { from: ['ACTIVE'], via: 'REBOOTING', afterMs: 2000, next: 'ACTIVE' },
  'os-stop': { from: ['ACTIVE'], via: 'STOPPING', afterMs: 2000, next: 'STOPPED' },
  'os-start': { from: ['STOPPED'], via: 'STARTING', afterMs: 2000, next: 'ACTIVE' },
  resize: { from: ['ACTIVE'], via: 'RESIZING', afterMs: 4000, next: 'ACTIVE' },
} as const;
type StatusAction = keyof typeof ACTIONS;

/** The status a phase shows: an action running is PROCESSING. */
const STATUS_OF: Record<string, string> = {
  REBOOTING: 'PROCESSING',
  STOPPING: 'PROCESSING',
  STARTING: 'PROCESSING',
  RESIZING: 'PROCESSING',
};

const server: Lifecycle = {
  field: '$phase',
  moving: {
    BUILD: { afterMs: BUILD_MS, next: 'ACTIVE', fail: 'UNKNOWN' },
    ...Object.fromEntries(
      Object.values(ACTIONS).map((action) => [
        action.via,
        { afterMs: action.afterMs, next: action.next, fail: 'UNKNOWN' },
      ]),
    ),
  },
  events: Object.fromEntries(
    Object.entries(ACTIONS).map(([name, action]) => [name, { from: action.from, to: action.via }]),
  ),
  onEnter(phase, record, twin) {
    record.status = STATUS_OF[phase] ?? phase;
    record.$since = twin.now();
    if (phase === 'ACTIVE' || phase === 'STOPPED') {
      record.progress = 100;
      // provisioned: the host and the creation time are known from now on
      if (record.hostId === '') {
        const zone = String(record.zone ?? 'aus001').toLowerCase();
        record.hostId = `host${String(1 + Math.floor(twin.random() * 40)).padStart(3, '0')}-${zone}.hyperv.hostway`;
      }
      if (record.created === '') record.created = timestamp(twin);
      if (isObject(record.$resizeTo)) record.flavor = record.$resizeTo;
    }
    // a resize ends here, done or failed
    if (!(phase in STATUS_OF)) delete record.$resizeTo;
  },
};

/** A server's phase: its lifecycle state, or (a record of a world that names none) its status. */
function phaseOf(record: TwinRecord): string {
  if (typeof record.$phase !== 'string') record.$phase = record.status;
  return String(record.$phase);
}

// ---- resources ----

/** A server as shown: its own addresses and the flexible IPs bound to it, its build's progress, a group still held. */
function showServer(record: TwinRecord, twin: TwinContext): TwinRecord {
  const { securityGroup, ...rest } = record;
  const addresses = (record.addresses ?? { public: [], private: [] }) as { public: Json[]; private: Json[] };
  const flexible = twin.store
    .all('floating_ip')
    .filter((ip) => ip.instance_id === record.id)
    .map((ip) => ({ version: 4, addr: ip.ip }));
  const building = record.status === 'BUILD' && typeof record.$since === 'number';
  const progress = building ? (twin.now() - Number(record.$since) >= BUILD_MS / 2 ? 50 : 0) : record.progress;
  const group =
    isObject(securityGroup) && twin.store.get('securityGroup', String(securityGroup.id)) ? { securityGroup } : {};
  return {
    ...rest,
    ...group,
    progress,
    addresses: { public: [...addresses.public, ...flexible], private: addresses.private },
  };
}

/** The server create's references (absolute URLs), resolved; a reference to nothing held is Hostway's 400. */
function createServerRecord(record: TwinRecord, twin: TwinContext, request: OperationContext): void {
  const sent = (request.body.server ?? {}) as Json;
  const account = requestAccount(request);
  const bad = (what: string, why = '') => twin.refuse(fault(twin, 400, 'computeFault', `Bad ${what}${why}`));
  const image = held(request, 'image', idOfUrl(sent.imageRef)) ?? bad('imageRef');
  const flavor = held(request, 'flavor', idOfUrl(sent.flavorRef)) ?? bad('flavorRef');
  const group =
    sent.securityGroupRef === undefined
      ? twin.store
          .all('securityGroup')
          .filter((candidate) => accountOf(twin, 'securityGroup', candidate) === account)
          .find((candidate) => candidate.displayName === 'default')
      : (held(request, 'securityGroup', idOfUrl(sent.securityGroupRef)) ?? bad('securityGroupRef'));
  const zones = twin.store
    .all('zone')
    .filter((zone) => [undefined, account].includes(accountOf(twin, 'zone', zone)))
    .map((zone) => String(zone.zone));
  // a world of the user's without zones, or an image that names none, does not narrow where a server goes
  const imageZones = (image.zones as string[] | undefined) ?? [];
  const possible = imageZones.length === 0 ? zones : zones.filter((z) => imageZones.includes(z));
  const zone = typeof sent.zone === 'string' ? sent.zone : (possible[0] ?? zones[0] ?? imageZones[0] ?? '');
  if (zones.length > 0 && !zones.includes(zone)) bad('zone', `: ${zone} is no zone of account ${account}`);
  if (imageZones.length > 0 && !imageZones.includes(zone)) {
    bad('imageRef', `: image ${image.id} is not available in zone ${zone}`);
  }
  if (image.status !== undefined && image.status !== 'ACTIVE')
    bad('imageRef', `: image ${image.id} is ${image.status}`);

  for (const field of ['imageRef', 'flavorRef', 'securityGroupRef', 'adminPass']) delete record[field];
  const publicAddress = freePublicAddress(twin);
  Object.assign(record, {
    name: sent.name,
    status: 'BUILD',
    $phase: 'BUILD',
    $since: twin.now(),
    progress: 0,
    hostId: '',
    created: '',
    updated: null,
    tenantId: null,
    accessIPv4: publicAddress,
    accessIPv6: null,
    addresses: {
      public: [{ version: 4, addr: publicAddress }],
      private: [{ version: 4, addr: freePrivateAddress(twin) }],
    },
    userId: account,
    zone,
    links: link(account, `servers/${record.id}`),
    image: { id: image.id, name: image.name, links: link(account, `images/${encodeURIComponent(image.id)}`) },
    flavor: { id: flavor.id, name: flavor.name, links: link(account, `flavors/${flavor.id}`) },
    metadata: {},
  });
  if (group) record.securityGroup = { id: group.id, links: link(account, `os-security-groups/${group.id}`) };
  else delete record.securityGroup;
}

/** A firewall group as shown: its rules and the servers assigned to it, held apart and gathered here. */
function showGroup(record: TwinRecord, twin: TwinContext): TwinRecord {
  // the single-group call sends ports as strings of digits, the others as numbers
  const asText = twin.operation?.verb === 'get' && twin.operation.resource === 'securityGroup';
  const rules = twin.store
    .all('securityGroupRule')
    .filter((rule) => rule.parentGroupId === record.id)
    .map((rule) => (asText ? { ...rule, fromPort: String(rule.fromPort), toPort: String(rule.toPort) } : { ...rule }));
  const servers = twin.store
    .all('server')
    .filter((candidate) => isObject(candidate.securityGroup) && candidate.securityGroup.id === record.id)
    .map((candidate) => candidate.id);
  return { ...record, rules, servers };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const resources: Record<string, ResourceSpec> = {
  account: {},
  zone: {},
  /** the last number handed out per sequence (server and rule ids), so that none is handed out twice */
  $sequence: {},
  flavor: {
    filter(record, query) {
      if (typeof query.minDisk === 'number' && Number(record.disk) < query.minDisk) return false;
      if (typeof query.minRam === 'number' && Number(record.ram) < query.minRam) return false;
      return true;
    },
  },
  image: {
    filter(record, query) {
      if (query.name !== undefined && record.name !== query.name) return false;
      if (query.status !== undefined && record.status !== query.status) return false;
      if (query.type !== undefined && (record.$type ?? 'BASE') !== query.type) return false;
      if (query.zone !== undefined && !((record.zones as string[] | undefined) ?? []).includes(String(query.zone)))
        return false;
      return true;
    },
  },
  server: {
    newId: (twin) =>
      nextNumber(
        twin,
        'server',
        twin.store.all('server').map((record) => record.id),
      ),
    onCreate: createServerRecord,
    view: showServer,
    filter(record, query, twin) {
      if (query.name !== undefined && record.name !== query.name) return false;
      const statuses: unknown[] = query.status === undefined ? LISTED_BY_DEFAULT : [query.status];
      if (!statuses.includes(record.status)) return false;
      if (query.image !== undefined && (record.image as Json | undefined)?.id !== idOfUrl(query.image)) return false;
      if (query.zone !== undefined && record.zone !== query.zone) return false;
      if (query.region !== undefined) {
        // Hostway names regions nowhere but in this filter: the twin takes a zone's key or location for one
        const zone = twin.store.find('zone', (candidate) => candidate.zone === record.zone);
        if (![record.zone, zone?.location].includes(query.region)) return false;
      }
      return true;
    },
    onDelete(record, twin) {
      const phase = phaseOf(record);
      if (phase === 'BUILD' || phase in STATUS_OF) {
        twin.refuse(fault(twin, 409, 'conflict', 'Other status change in progress.'));
      }
      for (const ip of twin.store.all('floating_ip')) if (ip.instance_id === record.id) ip.instance_id = null;
      for (const volume of twin.store.all('volume')) {
        const attachments = (volume.attachments as Json[] | undefined) ?? [];
        volume.attachments = attachments.filter((attachment) => String(attachment.serverId) !== record.id);
      }
      return undefined;
    },
  },
  floating_ip: {
    // a flexible IP is named by its address: a new one's id is the next free address
    newId: freePublicAddress,
    onCreate(record, _twin, request) {
      const account = requestAccount(request);
      Object.assign(record, {
        ip: record.id,
        instance_id: null,
        fixed_ip: null,
        pool: 'default',
        links: link(account, `os-floating-ips/${record.id}`),
        $zone: typeof request.body.zone === 'string' ? request.body.zone : undefined,
      });
      delete record.zone;
    },
  },
  securityGroup: {
    newId(twin) {
      const day = new Date(twin.now());
      const date = `${day.getUTCFullYear()}${MONTHS[day.getUTCMonth()]}${String(day.getUTCDate()).padStart(2, '0')}`;
      return `group${date}_${twin.randomId('', 9)}`;
    },
    onCreate(record, _twin, request) {
      const account = requestAccount(request);
      Object.assign(record, {
        accountNumber: account,
        rules: [],
        servers: [],
        links: link(account, `os-security-groups/${record.id}`),
      });
    },
    view: showGroup,
    onDelete(record, twin) {
      for (const rule of twin.store.all('securityGroupRule')) {
        if (rule.parentGroupId === record.id) twin.store.remove('securityGroupRule', rule.id);
      }
      return undefined;
    },
  },
  securityGroupRule: {
    newId: (twin) =>
      nextNumber(
        twin,
        'securityGroupRule',
        twin.store.all('securityGroupRule').map((rule) => rule.id),
      ),
    onCreate(record, twin, request) {
      const bad = (why: string) => twin.refuse(fault(twin, 400, 'computeFault', `Bad securityGroupRule: ${why}`));
      if (!held(request, 'securityGroup', String(record.parentGroupId))) {
        bad(`no firewall group ${String(record.parentGroupId)} in account ${requestAccount(request)}`);
      }
      if (Number(record.fromPort) > Number(record.toPort)) bad('fromPort is above toPort');
      record.links = link(requestAccount(request), `os-security-group-rules/${record.id}`);
    },
  },
  volume: {},
};

// ---- handlers ----

/** The server a path names (its `serverId`), of the request's account, or Hostway's 404. */
function pathServer(context: OperationContext): TwinRecord {
  return held(context, 'server', context.path.serverId) ?? context.twin.fail(404);
}

/** The volumes of the request's account attached to `serverId`, with the attachment. */
function attachmentsOf(context: OperationContext, serverId: string): Array<{ volume: TwinRecord; attachment: Json }> {
  const out: Array<{ volume: TwinRecord; attachment: Json }> = [];
  for (const volume of context.twin.store.all('volume')) {
    if (!held(context, 'volume', volume.id)) continue;
    for (const attachment of (volume.attachments as Json[] | undefined) ?? []) {
      if (String(attachment.serverId) === serverId) out.push({ volume, attachment });
    }
  }
  return out;
}

/** `zones.list`: the zones of the request's account, keyed by its number (the answer may hold several accounts). */
const listZones: OperationHandler = (context) => {
  const account = requestAccount(context);
  const zones = context.twin.store
    .all('zone')
    .filter((zone) => [undefined, account].includes(accountOf(context.twin, 'zone', zone)))
    .map((zone) => ({ zone: zone.zone, location: zone.location }));
  return { status: context.row.status, body: { [account]: zones } };
};

/** `flexibleIps.get`: the address as a one-element array under `floating_ip`, as the page documents it. */
const getFlexibleIp: OperationHandler = (context) =>
  context.answer({ floating_ip: [context.show('floating_ip', context.lookup('floating_ip'))] });

/** `servers.create`: the generic create, with the admin password (given or generated) and the `Location` to poll. */
const createServer: OperationHandler = (context) => {
  const answer = context.generic();
  // refused (the collection cap): nothing was created
  if (answer.status >= 300) return answer;
  const created = (answer.body as Json).server as Json;
  const sent = (context.body.server ?? {}) as Json;
  const adminPass = typeof sent.adminPass === 'string' ? sent.adminPass : context.twin.randomId('', 12);
  const self = ((created.links as Json[])[0] as Json).href as string;
  return { ...answer, body: { server: { ...created, adminPass } }, headers: { location: self } };
};

/**
 * `servers.performAction`: one action, refused as its page documents (each action's own statuses), else started.
 * Status changes go through the lifecycle (`ACTIONS`); binding a flexible IP is immediate.
 */
const performAction: OperationHandler = (context) => {
  const twin = context.twin;
  const action = Object.keys(context.body)[0] as StatusAction | 'addFloatingIp' | 'removeFloatingIp';
  const refuse = (status: number, name: string, message: string): never =>
    twin.refuse(fault(twin, status, name, message));
  const target = held(context, 'server', context.path.serverId);
  if (action === 'addFloatingIp' || action === 'removeFloatingIp') {
    // these two pages answer an unknown server with 400, not 404
    if (!target) return refuse(400, 'computeFault', 'Server Not Found.');
    if (phaseOf(target) === 'BUILD') return refuse(409, 'conflict', 'Server not provisioned.');
    const address = String((context.body[action] as Json).address);
    const ip = held(context, 'floating_ip', address);
    if (action === 'addFloatingIp') {
      if (!ip) return twin.fail(404);
      if (ip.instance_id !== null && ip.instance_id !== target.id) {
        return refuse(403, 'forbidden', 'The IP address specified is already assigned to another resource instance.');
      }
      ip.instance_id = target.id;
    } else {
      if (!ip || ip.instance_id !== target.id) return refuse(409, 'conflict', 'Invalid IP address.');
      ip.instance_id = null;
    }
    return context.answer({});
  }
  if (!target) return twin.fail(404);
  const phase = phaseOf(target);
  if (phase === 'BUILD' || phase in STATUS_OF) {
    return refuse(
      409,
      'conflict',
      action === 'reboot' && phase === 'REBOOTING' ? 'Already rebooting.' : 'Other status change in progress.',
    );
  }
  const rule = ACTIONS[action];
  if (!(rule.from as readonly string[]).includes(phase)) {
    if (phase !== 'ACTIVE' && phase !== 'STOPPED') {
      return refuse(
        405,
        'computeFault',
        `The requested action is not supported: server ${target.id} is ${target.status}.`,
      );
    }
    if (action === 'resize') return refuse(403, 'forbidden', 'This server cannot be resized.');
    return refuse(400, 'computeFault', `An error occurred: server ${target.id} is ${target.status}.`);
  }
  if (action === 'resize') {
    const wanted = String(((context.body.resize as Json).flavor as Json).id);
    const flavor = held(context, 'flavor', wanted) ?? twin.fail(404);
    if (String((target.flavor as Json | undefined)?.id) === wanted) {
      return refuse(400, 'computeFault', 'Server already uses this flavor.');
    }
    const account = accountOf(twin, 'server', target) ?? requestAccount(context);
    target.$resizeTo = { id: flavor.id, name: flavor.name, links: link(account, `flavors/${flavor.id}`) };
  }
  twin.raise('server', target, action);
  return context.answer({});
};

const listAttachments: OperationHandler = (context) => {
  const found = pathServer(context);
  return context.answer({ volumeAttachments: attachmentsOf(context, found.id).map(({ attachment }) => attachment) });
};

const attachVolume: OperationHandler = (context) => {
  const found = pathServer(context);
  const sent = context.body.volumeAttachment as { volumeId: string; device: string };
  const volume = held(context, 'volume', sent.volumeId) ?? context.twin.fail(404);
  const attachments = (volume.attachments as Json[] | undefined) ?? [];
  if (attachments.length > 0) {
    return context.twin.refuse(
      fault(context.twin, 409, 'conflict', 'VolumeAlreadyAttached', `${volume.id} is already attached`),
    );
  }
  const every = context.twin.store.all('volume').flatMap((v) => (v.attachments as Json[] | undefined) ?? []);
  const id = nextNumber(
    context.twin,
    'volumeAttachment',
    every.map((attachment) => attachment.id),
  );
  volume.attachments = [...attachments, { id, serverId: found.id, volumeId: volume.id, device: sent.device }];
  return context.answer({});
};

/** The attachment of the path's volume to the path's server, or Hostway's 404. */
function pathAttachment(context: OperationContext): { volume: TwinRecord; attachment: Json } {
  const found = pathServer(context);
  const attached = attachmentsOf(context, found.id).find(({ volume }) => volume.id === context.path.volumeId);
  return attached ?? context.twin.fail(404);
}

const getAttachment: OperationHandler = (context) =>
  context.answer({ volume: context.show('volume', pathAttachment(context).volume) });

const detachVolume: OperationHandler = (context) => {
  const { volume, attachment } = pathAttachment(context);
  volume.attachments = ((volume.attachments as Json[] | undefined) ?? []).filter((other) => other !== attachment);
  return context.answer({});
};

/** Each handler under both URI forms' operationIds. */
function bothForms(handlers: Record<string, OperationHandler>): Record<string, OperationHandler> {
  return Object.fromEntries(
    Object.entries(handlers).flatMap(([operationId, handler]) => [
      [operationId, handler],
      [`${operationId}ForCurrentAccount`, handler],
    ]),
  );
}

const operations = bothForms({
  listZones,
  getFlexibleIp,
  createServer,
  performServerAction: performAction,
  listServerVolumeAttachments: listAttachments,
  attachVolume,
  getServerVolumeAttachment: getAttachment,
  detachVolume,
});

/** Each correction under both URI forms' operationIds. */
function correctedInBothForms<T>(corrections: Record<string, T>): Record<string, T> {
  return Object.fromEntries(
    Object.entries(corrections).flatMap(([operationId, correction]) => [
      [operationId, correction],
      [`${operationId}ForCurrentAccount`, correction],
    ]),
  );
}

// ---- pagination ----

/** The request's path and query with `page` and `pageSize` set: Hostway's relative page links. */
function pageHref(context: OperationContext, page: number, pageSize: number): string {
  const query = new URLSearchParams(context.request.target.split('?')[1] ?? '');
  query.set('page', String(page));
  query.set('pageSize', String(pageSize));
  return `${context.request.pathname}?${query}`;
}

const mockForms = vendorErrorForms.hostway;

/** Hostway's twin. */
export const twin: VendorTwin = {
  vendor: 'hostway',
  resources,
  operations,
  lifecycles: { server },
  corrections: correctedInBothForms({
    // allocating is creating a flexible IP, named by its address (the answer holds it under `floating_ip`)
    allocateFlexibleIp: { verb: 'create', resource: 'floating_ip', key: 'floating_ip' },
    // the one-element array under `floating_ip` is the handler's; the address in the path names the record
    getFlexibleIp: { resource: 'floating_ip', key: 'floating_ip' },
    releaseFlexibleIp: { resource: 'floating_ip' },
    // the keys are Hostway's camelCase (`securityGroup`), not the namespace's snake_case
    deleteSecurityGroup: { resource: 'securityGroup' },
    deleteSecurityGroupRule: { resource: 'securityGroupRule' },
  }),
  fields(context) {
    const { body, row } = context;
    if (row.key && isObject(body[row.key])) return { ...(body[row.key] as Json) };
    return { ...body };
  },
  scope(context) {
    const named = context.path.accountId;
    // a world of the user's that holds no account does not model accounts: every number is its one account
    const first = context.twin.store.all('account')[0];
    if (!first) return {};
    if (named === undefined) return { account: first.id };
    // an account number the twin does not hold: the long form's documented 404
    if (!context.twin.store.get('account', named)) context.twin.fail(404);
    return { account: named };
  },
  pagination: {
    page(query, items, context) {
      const page = query.page as number | undefined;
      const pageSize = query.pageSize as number | undefined;
      if (page === undefined && pageSize === undefined) {
        if (items.length > WHOLE_LIST_MAX) {
          context.twin.refuse({ status: 303, headers: { location: pageHref(context, 1, WHOLE_LIST_MAX) } });
        }
        return { items: [...items], extra: {} };
      }
      // the API wants both; a twin given one takes the other's default (page 1, 100 a page)
      const current = page ?? 1;
      const size = pageSize ?? WHOLE_LIST_MAX;
      const last = Math.max(1, Math.ceil(items.length / size));
      // past the last page: 303 back to the beginning of the paginated list (the error-code page's example)
      if (current > last) context.twin.refuse({ status: 303, headers: { location: pageHref(context, 1, size) } });
      const links = [{ rel: 'self', href: pageHref(context, current, size) }];
      if (current > 1) {
        links.push({ rel: 'previous', href: pageHref(context, current - 1, size) });
        links.push({ rel: 'first', href: pageHref(context, 1, size) });
      }
      if (current < last) {
        links.push({ rel: 'next', href: pageHref(context, current + 1, size) });
        links.push({ rel: 'last', href: pageHref(context, last, size) });
      }
      return { items: items.slice((current - 1) * size, current * size), extra: { links } };
    },
  },
  collectionFull(context, resource, max) {
    const message = `Resource limit reached: the twin holds at most ${max} ${resource} records; delete some or reset the twin`;
    return { ...fault(context.twin, 403, 'forbidden', message), own: true };
  },
  errors: {
    routeNotFound: (method, path) => notFound('hostway', { method, path }),
    methodNotAllowed: (method, path, allow) => methodNotAllowed('hostway', { method, path, allow }),
    malformedJson: (message) => malformedJson('hostway', message),
    payloadTooLarge: (limit) => payloadTooLarge('hostway', limit),
    rateLimited: (limit) => ({
      status: 429,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        computeFault: {
          message:
            limit > 0
              ? `Rate limit reached: at most ${limit} requests in the window; retry later.`
              : 'Rate limit reached; retry later.',
          code: 429,
          details: '',
          errorid: randomUUID(),
        },
      }),
    }),
    invalidRequest: (violations) => mockForms.invalidRequest(violations),
    missingCredentials: () => mockForms.missingCredentials(),
  },
  retryAfter: false,
  seed(source) {
    const world = source.fromExamples();
    // the accounts and their zones: the zone list's keys (Hostway keys zones by account number)
    const [zoneList] = source.examples('listZones') as [Record<string, Json[]>];
    world.account = Object.keys(zoneList).map((id) => ({ id }));
    const account = world.account[0]?.id ?? 'account';
    const own = { $parents: { account } };
    world.zone = Object.entries(zoneList).flatMap(([number, zones]) =>
      zones.map((zone) => ({ id: `${number}/${String(zone.zone)}`, ...zone, $parents: { account: number } })),
    );
    const servers = new Set((world.server ?? []).map((record) => record.id));
    // a server is in the group whose example lists it (fromExamples gave the others 167's group, filling them)
    const assigned = new Map(
      (world.securityGroup ?? []).flatMap((group) =>
        ((group.servers as string[] | undefined) ?? []).map((id) => [id, group.id] as const),
      ),
    );
    world.server = (world.server ?? []).map(({ adminPass: _, securityGroup, ...record }) => ({
      ...record,
      ...(isObject(securityGroup) && assigned.get(record.id) === securityGroup.id ? { securityGroup } : {}),
      $phase: record.status,
      ...own,
    }));
    // flexible IPs are named by their address; one bound to a server the world lacks is unbound
    const [ipList] = source.examples('listFlexibleIps') as [{ floating_ips: Json[] }];
    world.floating_ip = ipList.floating_ips.map((ip) => ({
      ...ip,
      id: String(ip.ip),
      instance_id: servers.has(String(ip.instance_id)) ? ip.instance_id : null,
      ...own,
    }));
    // a firewall group's rules are records of their own (the create example's rule is in no group's list: left out)
    const groups = world.securityGroup ?? [];
    world.securityGroupRule = groups.flatMap((group) =>
      ((group.rules as Json[] | undefined) ?? []).map((rule) => ({
        id: String(rule.id),
        fromPort: Number(rule.fromPort),
        toPort: Number(rule.toPort),
        protocol: rule.protocol,
        cidr: rule.cidr,
        parentGroupId: group.id,
        links: link(account, `os-security-group-rules/${String(rule.id)}`),
        ...own,
      })),
    );
    world.securityGroup = groups.map((group) => ({ ...group, ...own }));
    world.volume = (world.volume ?? []).map((volume) => ({ ...volume, ...own }));
    // a flavor or an image the examples show only in a summary took the details of another (fromExamples fills a
    // record from the fullest of its kind): a flavor's memory is then the one its name gives ("1024MB Server3"), an
    // image is ACTIVE (servers are built from it) and a base image
    const detailed = (operationIds: string[], key: string) =>
      new Map(
        operationIds.flatMap((operationId) =>
          (source.examples(operationId) as Json[]).flatMap((example) => {
            const value = example[key];
            return (Array.isArray(value) ? value : [value]).filter(isObject).map((item) => [String(item.id), item]);
          }),
        ),
      );
    const flavors = detailed(['getFlavorDetails', 'getFlavor'], 'flavor');
    for (const [id, flavor] of detailed(['listFlavorsWithDetails'], 'flavors')) flavors.set(id, flavor);
    for (const flavor of world.flavor ?? []) {
      const named = /(\d+)\s*MB/i.exec(String(flavor.name))?.[1];
      const details = flavors.get(flavor.id);
      if (details) Object.assign(flavor, { vcpu: details.vcpu, ram: details.ram, disk: details.disk });
      else if (named !== undefined) flavor.ram = Number(named);
    }
    // an image's details (status, zones) are the detail calls', where a summary shows fewer zones
    const images = detailed(['getImage'], 'image');
    for (const [id, image] of detailed(['listImagesWithDetails'], 'images')) images.set(id, image);
    for (const image of world.image ?? []) {
      const details = images.get(image.id);
      if (Array.isArray(details?.zones)) image.zones = details.zones;
      image.status = details?.status ?? 'ACTIVE';
      // an image being saved is one saved from a server; the others are Hostway's base images
      image.$type = image.status === 'SAVING' ? 'SERVER' : 'BASE';
    }
    return world;
  },
};
