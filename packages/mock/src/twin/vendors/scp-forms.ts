/**
 * What every SCP service of the twin shares (virtualserver now, vpc and security-group when they join): ids and
 * timestamps in SCP's formats, its one account, its refusals (the 400 list of `{ loc, msg, type_ }`, the bodiless
 * 404 and 409), its lists (`limit` and `marker`, `offset`, `page` and `size`, `with_count`, `sort`), its documented
 * list filters as data, and the `Scp-Api-Version` rule.
 */
import type { Answer, OperationContext, TwinContext, TwinRecord } from '../types.js';

type Json = Record<string, unknown>;

/** The account and the user of the spec's examples: the twin's one account, and who makes what it makes. */
export const ACCOUNT_ID = '0d2a4bd3e3b84d7a9c5e1f6a7b8c9d01';
export const USER_ID = '7c1e0f3a9b2d4e6f8a0b1c2d3e4f5a6b';

// ---- ids ----

function hex(twin: TwinContext, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += '0123456789abcdef'[Math.floor(twin.random() * 16)];
  return out;
}

/** A version-4 UUID (servers, volumes, snapshots, images, ports), from the twin's seeded generator. */
export function uuid(twin: TwinContext): string {
  const h = hex(twin, 32);
  const variant = '89ab'[Math.floor(twin.random() * 4)];
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20)}`;
}

/** 32 hex digits, no dashes (Auto-Scaling Groups and their parts, subnets, VPCs, public IPs, NATs). */
export const hex32 = (twin: TwinContext): string => hex(twin, 32);

/** An OpenStack port's MAC address (`fa:16:3e:…`). */
export function macAddress(twin: TwinContext): string {
  return `fa:16:3e:${hex(twin, 2)}:${hex(twin, 2)}:${hex(twin, 2)}`;
}

// ---- timestamps ----

/**
 * The spec's `Timestamp`, in the form the service shows for that kind of thing: `plain` (`2026-11-30T09:15:02`,
 * servers, volumes, Auto-Scaling Groups), `zulu` (`2026-11-28T02:55:13Z`, images, ports) or `micro`
 * (`2026-11-30T01:00:04.000000`, snapshots and volume transfers), as the examples show them.
 */
export function timestamp(twin: TwinContext, style: 'plain' | 'zulu' | 'micro' = 'plain'): string {
  const iso = new Date(twin.now()).toISOString();
  const seconds = iso.slice(0, 19);
  if (style === 'zulu') return `${seconds}Z`;
  if (style === 'micro') return `${seconds}.${iso.slice(20, 23)}000`;
  return seconds;
}

/** The twin's date, `YYYY-MM-DD` (for Not Before dates). */
export const today = (twin: TwinContext): string => new Date(twin.now()).toISOString().slice(0, 10);

// ---- refusals ----

/** SCP's 400: the list of validation failures, one at `loc`. Throws it as the operation's answer. */
export function refuse(twin: TwinContext, loc: readonly (string | number)[], msg: string, type = 'value_error'): never {
  return twin.refuse(refusal(loc, msg, type));
}

export function refusal(loc: readonly (string | number)[], msg: string, type = 'value_error'): Answer {
  return { status: 400, body: [{ loc: [...loc], msg, type_: type }] };
}

/**
 * A request the resource's state does not allow: the documented 409 (no body), or where the operation documents
 * none, its 400 saying why.
 */
export function conflict(context: OperationContext, loc: readonly (string | number)[], msg: string): never {
  if (context.spec.statuses.includes(409)) return context.twin.fail(409);
  return refuse(context.twin, loc, msg, 'value_error.conflict');
}

/** The SCP name of a resource in a message (`auto_scaling_group` → `auto scaling group`). */
export const label = (resource: string) => resource.replaceAll('_', ' ');

/**
 * The record of `resource` with `id`, named by the request at `loc`; not held: the operation's documented 404 (no
 * body), else its 400 naming the field.
 */
export function held(
  context: OperationContext,
  resource: string,
  id: unknown,
  loc: readonly (string | number)[],
): TwinRecord {
  const found = typeof id === 'string' ? context.twin.store.get(resource, id) : undefined;
  if (found) return found;
  if (context.spec.statuses.includes(404)) return context.twin.fail(404);
  return refuse(context.twin, loc, `${label(resource)} ${String(id)} not found`, 'value_error.not_found');
}

/** Room for `count` more records of `resource`, or the twin's collection cap answered. */
export function room(context: OperationContext, resource: string, count = 1): void {
  const max = context.twin.maxRecords(resource);
  if (context.twin.store.count(resource) + count > max) context.twin.refuse(collectionFull(resource, max));
}

/** SCP's refusal of a create past the twin's cap of a collection: its 400 list, `value_error.quota`. */
export function collectionFull(resource: string, max: number): Answer {
  return refusal(
    ['body'],
    `The twin holds at most ${max} ${label(resource)} records; delete some or reset the twin`,
    'value_error.quota',
  );
}

// ---- lists ----

/** Which lists page how, by operationId: the exceptions to `limit` and `marker` with a `count` always sent. */
export interface ListForms {
  /** lists that take `with_count` and count only when it is true (volumes, snapshots) */
  countOnRequest: ReadonlySet<string>;
  /** lists paged by `page` (from 0) and `size` (default 20), which answer both (Auto-Scaling Group schedules) */
  pageAndSize: ReadonlySet<string>;
}

/**
 * SCP's lists: `limit` and `marker` (the id of the last item of the previous page; one not in the list is a 400),
 * `offset`, or `page` and `size`; `count` as `forms` says; `sort` as `key[:asc|desc]` or `key,desc`, several
 * separated by commas. Without `limit` (or `size`), the whole list.
 */
export function pageOf(
  forms: ListForms,
): (query: Json, items: readonly TwinRecord[], context: OperationContext) => { items: TwinRecord[]; extra: Json } {
  return (query, items, { row, twin }) => {
    const sorted = sortBy(items, typeof query.sort === 'string' ? query.sort : undefined);
    let start = 0;
    if (typeof query.marker === 'string' && query.marker !== '') {
      const at = sorted.findIndex((item) => item.id === query.marker);
      if (at === -1) refuse(twin, ['query', 'marker'], `marker ${query.marker} is not in the list`);
      start = at + 1;
    }
    if (typeof query.offset === 'number') start += query.offset;
    const paged = forms.pageAndSize.has(row.operationId);
    const size = typeof query.size === 'number' ? query.size : 20;
    const page = typeof query.page === 'number' ? query.page : 0;
    if (paged) start = page * size;
    const limit = paged ? size : typeof query.limit === 'number' ? query.limit : Number.POSITIVE_INFINITY;
    // `with_count` is a boolean in virtualserver's lists and the string `true` in the network services'
    const counted = !forms.countOnRequest.has(row.operationId) || String(query.with_count) === 'true';
    return {
      items: sorted.slice(start, start + limit),
      extra: {
        // the answer starts from the list's example: a property set undefined is left out
        count: counted ? sorted.length : undefined,
        page,
        size,
        sort: typeof query.sort === 'string' ? [query.sort] : undefined,
      },
    };
  };
}

function sortBy(items: readonly TwinRecord[], sort: string | undefined): TwinRecord[] {
  const list = [...items];
  if (!sort) return list;
  const keys: Array<{ key: string; desc: boolean }> = [];
  for (const token of sort.split(',').map((part) => part.trim())) {
    if (token === 'asc' || token === 'desc') {
      const last = keys[keys.length - 1];
      if (last) last.desc = token === 'desc';
      continue;
    }
    const [key = '', direction] = token.split(':');
    if (key !== '') keys.push({ key, desc: direction === 'desc' });
  }
  return list.sort((a, b) => {
    for (const { key, desc } of keys) {
      const order = compare(a[key], b[key]);
      if (order !== 0) return desc ? -order : order;
    }
    return 0;
  });
}

function compare(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a ?? '').localeCompare(String(b ?? ''));
}

/** A documented list filter: does the record pass for the query's value? */
export type Filter = (record: TwinRecord, value: unknown, twin: TwinContext) => boolean;

/** The field equals the value (`state=ACTIVE`). */
export const equal =
  (field: string): Filter =>
  (record, value) =>
    String(record[field]) === String(value);
/** The field is at least the value (`min_ram=4096`). */
export const atLeast =
  (field: string): Filter =>
  (record, value) =>
    Number(record[field]) >= Number(value);
/** The field, a list, holds the value (`security_group_id` in `security_group_ids`). */
export const holds =
  (field: string): Filter =>
  (record, value) =>
    Array.isArray(record[field]) && (record[field] as unknown[]).map(String).includes(String(value));
/** The field is one of the values (a repeated parameter, `product_offering=a&product_offering=b`). */
export const among =
  (field: string): Filter =>
  (record, value) =>
    (Array.isArray(value) ? value : [value]).map(String).includes(String(record[field]));

/** A resource's `filter` from its documented filters: every parameter the query has must pass. */
export function filters(table: Readonly<Record<string, Filter>>) {
  return (record: TwinRecord, query: Json, twin: TwinContext): boolean =>
    Object.entries(table).every(
      ([parameter, test]) => query[parameter] === undefined || test(record, query[parameter], twin),
    );
}

// ---- API versions ----

interface DocumentedVersion {
  version: string;
  status: string;
  notBefore: string | null;
}

const versionNumber = (version: string) => version.split('.').map(Number) as [number, number];
const newer = (a: string, b: string) => {
  const [am, an] = versionNumber(a);
  const [bm, bn] = versionNumber(b);
  return am !== bm ? am > bm : an > bn;
};

/**
 * The `Scp-Api-Version: <service> <major>.<minor>` rule, from the operation's `x-scp-api-versions` (the request's
 * validation has checked the service's name): without the
 * header the service uses its newest CURRENT version; a version the operation documents is served unless it is
 * PLANNED (not callable yet) or DEPRECATED with its Not Before date arrived (no longer supported), both refused
 * with a 400 naming the versions it supports; a version newer than every one documented is served as the newest
 * (the service is newer than its document: the client sends such a version as it is); an older one is refused.
 * The versions of one operation take the same requests and give the same answers in this spec, so choosing one
 * changes only whether it is served. An operation that documents no 400 cannot refuse in SCP's form: it is served.
 */
export function checkApiVersion(context: OperationContext): Answer | undefined {
  const header = context.request.headers['scp-api-version'];
  if (header === undefined || header === '') return undefined;
  const versions = context.spec.extensions['x-scp-api-versions'] as DocumentedVersion[] | undefined;
  if (!versions || versions.length === 0 || !context.spec.statuses.includes(400)) return undefined;
  // the service's name is the operation's own (its header parameter's pattern): `virtualserver`, `vpc`, `securitygroup`
  const [service = '', asked = ''] = header.trim().split(/\s+/);
  const loc = ['header', 'Scp-Api-Version'];
  const date = today(context.twin);
  const usable = versions.filter(
    (v) => v.status !== 'PLANNED' && !(v.status === 'DEPRECATED' && v.notBefore !== null && v.notBefore <= date),
  );
  const supported = `it supports ${usable.map((v) => `${service} ${v.version} (${v.status})`).join(', ') || 'none'}`;
  const documented = versions.find((v) => v.version === asked);
  if (documented?.status === 'PLANNED') {
    return refusal(loc, `${service} ${asked} of this operation is PLANNED and cannot be called yet; ${supported}`);
  }
  if (documented && !usable.includes(documented)) {
    return refusal(
      loc,
      `${service} ${asked} of this operation is DEPRECATED and no longer supported since ${documented.notBefore}; ${supported}`,
    );
  }
  if (documented) return undefined;
  if (versions.every((v) => newer(asked, v.version))) return undefined;
  return refusal(loc, `${service} ${asked} is not a version of this operation; ${supported}`);
}
