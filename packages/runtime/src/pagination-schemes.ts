/**
 * The registry of pagination schemes: each scheme once, as data the generator reads (which query parameters page a
 * list, how its lists are recognised in a spec, its page-size option) and the walk the runtime runs. A vendor names
 * the schemes its lists use (`x-pagination` in redocly.yaml); the generator gives each list of the spec its scheme in
 * the vendor's table (`src/generated/pagination.ts`: path → [items key, scheme]), which the vendor's `paginate` and
 * its resource layer's lists both walk through `paginateList` and `listWalker` below.
 *
 * Every page is a GET through the client (so it is retried by the client's policy and fails with the error classes);
 * a page that is not what the scheme expects is a ResponseParseError saying what arrived; a cursor that does not
 * advance, an empty page that names a next one, or a full page without the cursor of the next a PaginationError
 * (built without the client's secrets: a server may echo a credential as an id). A page size below 1 is a
 * ConfigurationError. Adding a scheme: runtime README, "Adding a pagination scheme".
 */
import { paginationError, unexpectedBodyError } from './client-registry.js';
import { ConfigurationError } from './errors.js';
import { type Paginator, paginate } from './paginate.js';
import type { ListWalker } from './resources.js';

/** One list to walk: through which client, which GET, where its pages hold their items, and the caller's filters. */
export interface ListToWalk {
  client: { GET: unknown };
  /** the vendor, for error messages: `katapult` */
  vendor: string;
  /** the path template of the list, a GET */
  path: string;
  /** the property of a page that holds the items, from the generated table */
  itemsKey: string;
  /**
   * For a scheme whose cursor is a property of the last item (the marker's `id`): that property, when the list's
   * table entry names another (SCP's key pairs page by `name`)
   */
  cursorKey?: string | undefined;
  /** the path's parameters, when the template has any */
  pathParams?: object | undefined;
  /** the list's own filters; the scheme adds its paging parameters */
  query?: object | undefined;
  signal?: AbortSignal | undefined;
  /** the options of a resource call (timeout, maxRetries, headers, …), sent with every page */
  init?: Record<string, unknown> | undefined;
}

/**
 * A pagination scheme. `Name` is what the registry (redocly.yaml) and the generator call it, `Paging` the query
 * parameters it sets on each page (never among a list's own filters), `SizeOption` the page-size option of a vendor's
 * `paginate`.
 */
export interface PaginationScheme<
  Name extends string = string,
  Paging extends string = string,
  SizeOption extends string = string,
> {
  readonly name: Name;
  readonly paging: readonly Paging[];
  /** A property of every page that is the scheme's own, not the items (`pagination`, `links`). */
  readonly own?: string;
  /**
   * How the generator tells a list of this scheme in a spec: its GET takes every `paging` parameter (`query`), or its
   * 200 answer has the `own` property (`answer`).
   */
  readonly recognisedBy: 'query' | 'answer';
  /**
   * The page size: the option of a vendor's `paginate` (`perPage`), the query parameter it is sent as (`per_page`,
   * which a resource call's argument object names), and the size used when neither gives one (else the API's own).
   */
  readonly size: { readonly option: SizeOption; readonly param: string; readonly default?: number };
  /**
   * For a scheme whose next page starts after the last item: the item's property whose value is sent as the cursor,
   * unless the list names another (`x-pagination-marker` on the operation, the third entry of its table row).
   */
  readonly itemCursor?: string;
  /** Walks a list, `size` items a page (`undefined`: the API's default). */
  walk(list: ListToWalk, size: number | undefined): Paginator<unknown, unknown>;
}

type Body = Record<string, unknown>;

/** The items of a checked page. */
function items(page: unknown, key: string): unknown[] {
  const list = (page as Body)[key];
  return Array.isArray(list) ? list : [];
}

/**
 * Fetches one page through the client's GET, throwing the error classes on a non-2xx answer. A page that is not a
 * JSON object, or that `check` finds wrong (it returns what was expected), or that has no array under the items key,
 * is a ResponseParseError saying what arrived, never a TypeError further on.
 */
async function fetchPage(list: ListToWalk, query: object, check: (page: Body) => string | undefined): Promise<Body> {
  const { client } = list;
  const get = client.GET as (path: string, init: object) => Promise<{ data: unknown; response: Response }>;
  const result = await get(list.path, {
    // A resource call's options (timeout, maxRetries, headers, …) apply to every page.
    ...list.init,
    params: { ...(list.pathParams ? { path: list.pathParams } : {}), query: { ...list.query, ...query } },
    throwOnError: true,
    ...(list.signal ? { signal: list.signal } : {}),
  });
  const { data } = result;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw unexpectedBodyError(client, result, 'expected a page (a JSON object)');
  }
  const page = data as Body;
  const problem =
    check(page) ??
    (Array.isArray(page[list.itemsKey]) ? undefined : `an array "${list.itemsKey}" (the items of the list)`);
  if (problem !== undefined) throw unexpectedBodyError(client, result, `expected ${problem}`);
  return page;
}

/**
 * A page size given by the caller: a whole number, 1 or more. A `per_page` of 0 would make every empty page "full",
 * and a list that never ends.
 */
function checkPageSize(list: ListToWalk, name: string, value: number | undefined): void {
  if (value === undefined || (Number.isInteger(value) && value >= 1)) return;
  throw new ConfigurationError(
    `${list.vendor}: "${name}" of GET ${list.path} must be a whole number of items, 1 or more; got ${typeof value === 'number' ? String(value) : typeof value}.`,
    { option: name },
  );
}

const PAGINATION_SHAPE =
  'a "pagination" object with whole numbers "current_page" and "per_page", and "total_pages" (a whole number or null)';

interface PaginationObject {
  current_page: number;
  total_pages: number | null;
  per_page: number;
}

function paginationObject(page: unknown): PaginationObject | undefined {
  const value = (page as Body).pagination;
  if (typeof value !== 'object' || value === null) return undefined;
  const { current_page, total_pages, per_page } = value as Body;
  return Number.isInteger(current_page) &&
    Number.isInteger(per_page) &&
    (total_pages === null || Number.isInteger(total_pages))
    ? (value as PaginationObject)
    : undefined;
}

/**
 * Page number with totals (Katapult): pages 1, 2, … (`page`, and `per_page` when given), each carrying a `pagination`
 * object, until `current_page` reaches `total_pages`; when the total is not counted (`total_pages: null`, a large
 * set), until a page is not full.
 */
export const pageNumberScheme: PaginationScheme<'page-number', 'page' | 'per_page', 'perPage'> = {
  name: 'page-number',
  paging: ['page', 'per_page'],
  own: 'pagination',
  recognisedBy: 'answer',
  size: { option: 'perPage', param: 'per_page' },
  walk(list, perPage) {
    checkPageSize(list, 'per_page', perPage);
    const size = perPage === undefined ? {} : { per_page: perPage };
    return paginate<Body, unknown, number>({
      description: `${list.vendor} GET ${list.path}`,
      client: list.client,
      firstCursor: 1,
      fetchPage: (page = 1) =>
        fetchPage(list, { page, ...size }, (body) => (paginationObject(body) ? undefined : PAGINATION_SHAPE)),
      items: (page) => items(page, list.itemsKey),
      next: (page) => {
        const pagination = paginationObject(page);
        if (pagination === undefined) return undefined;
        const { current_page, total_pages, per_page } = pagination;
        if (total_pages !== null) return current_page < total_pages ? current_page + 1 : undefined;
        return items(page, list.itemsKey).length >= per_page ? current_page + 1 : undefined;
      },
    });
  },
};

/**
 * The page number of a page's `next` link, `undefined` when there is none, or what was expected instead when the
 * `links` or the link are not `[{ rel: 'next', href: '/flavors?page=2&pageSize=100' }, …]`.
 */
function nextLinkPage(body: Body): number | string | undefined {
  const { links } = body;
  if (links === undefined) return undefined;
  if (!Array.isArray(links)) return '"links" to be an array of { rel, href }';
  const link: unknown = links.find((l: unknown) => typeof l === 'object' && l !== null && (l as Body).rel === 'next');
  if (link === undefined) return undefined;
  const { href } = link as Body;
  let page: number | undefined;
  try {
    // Only the query is read: a relative href resolves against any base.
    if (typeof href === 'string') page = Number(new URL(href, 'http://localhost').searchParams.get('page'));
  } catch {
    page = undefined;
  }
  return page !== undefined && Number.isInteger(page) && page >= 1
    ? page
    : 'the "next" link\'s href to name the next page with a whole number "page" parameter';
}

/**
 * Next link (Hostway): pages of `pageSize` items (`page`, `pageSize`), following each page's `next` link among its
 * `links` until one has none. A link back to a page already fetched ends in PaginationError.
 */
export const nextLinkScheme: PaginationScheme<'next-link', 'page' | 'pageSize', 'pageSize'> = {
  name: 'next-link',
  paging: ['page', 'pageSize'],
  own: 'links',
  recognisedBy: 'query',
  size: { option: 'pageSize', param: 'pageSize', default: 100 },
  walk(list, pageSize = 100) {
    checkPageSize(list, 'pageSize', pageSize);
    return paginate<Body, unknown, number>({
      description: `${list.vendor} GET ${list.path}`,
      client: list.client,
      firstCursor: 1,
      fetchPage: (page = 1) =>
        fetchPage(list, { page, pageSize }, (body) => {
          const next = nextLinkPage(body);
          return typeof next === 'string' ? next : undefined;
        }),
      items: (page) => items(page, list.itemsKey),
      next: (page) => {
        const next = nextLinkPage(page);
        return typeof next === 'number' ? next : undefined;
      },
    });
  },
};

/**
 * Marker (SCP): pages of `limit` items, each after the id of the last item of the one before (`marker`; a list whose
 * items are named otherwise says which property in its table entry, as SCP's key pairs page by `name`); a page with
 * fewer than `limit` items is the last. A full page whose last item has no such key (a non-empty string) is a
 * PaginationError: the next page cannot be asked for, and ending there would pass a short list off as complete.
 */
export const markerScheme: PaginationScheme<'marker', 'limit' | 'marker', 'limit'> = {
  name: 'marker',
  paging: ['limit', 'marker'],
  recognisedBy: 'query',
  size: { option: 'limit', param: 'limit', default: 100 },
  itemCursor: 'id',
  walk(list, limit = 100) {
    checkPageSize(list, 'limit', limit);
    const description = `${list.vendor} GET ${list.path}`;
    const key = list.cursorKey ?? 'id';
    return paginate<Body, unknown, string>({
      description,
      client: list.client,
      fetchPage: (marker) => fetchPage(list, { limit, ...(marker ? { marker } : {}) }, () => undefined),
      items: (page) => items(page, list.itemsKey),
      next: (page, pages) => {
        const found = items(page, list.itemsKey);
        if (found.length < limit) return undefined;
        const last = found.at(-1) as Body | undefined;
        const cursor = last?.[key];
        if (typeof cursor === 'string' && cursor !== '') return cursor;
        const got =
          last === null || typeof last !== 'object' ? 'is not an object' : `has no "${key}" (a non-empty string)`;
        throw paginationError(
          list.client,
          () =>
            `${description}: page ${pages} is full (${found.length} items, limit ${limit}) but its last item ${got}, so the next page cannot be asked for: stopped rather than end the list short.`,
          { description, cursor: undefined, pages, reason: 'missing-cursor' },
        );
      },
    });
  },
};

const PAGE_SIZE_SHAPE = 'whole numbers "page", "size" and "count" (the items over all pages)';

function pageSizeFields(page: Body): { page: number; size: number; count: number } | undefined {
  const { page: number, size, count } = page;
  return Number.isInteger(number) && Number.isInteger(size) && Number.isInteger(count)
    ? { page: number as number, size: size as number, count: count as number }
    : undefined;
}

/**
 * Page and size (SCP's networking services): pages numbered from 0 (`page`) of `size` items, each answer carrying
 * its `page`, `size` and `count`, the items over all pages; the list ends with the page that reaches `count`, or an
 * empty page. Without a `size` the API's own page size is used (each answer says it).
 */
export const pageSizeScheme: PaginationScheme<'page-size', 'page' | 'size', 'size'> = {
  name: 'page-size',
  paging: ['page', 'size'],
  recognisedBy: 'query',
  size: { option: 'size', param: 'size' },
  walk(list, size) {
    checkPageSize(list, 'size', size);
    const sized = size === undefined ? {} : { size };
    return paginate<Body, unknown, number>({
      description: `${list.vendor} GET ${list.path}`,
      client: list.client,
      firstCursor: 0,
      fetchPage: (page = 0) =>
        fetchPage(list, { page, ...sized }, (body) => (pageSizeFields(body) ? undefined : PAGE_SIZE_SHAPE)),
      items: (page) => items(page, list.itemsKey),
      next: (body) => {
        const fields = pageSizeFields(body);
        if (fields === undefined || items(body, list.itemsKey).length === 0) return undefined;
        return (fields.page + 1) * fields.size < fields.count ? fields.page + 1 : undefined;
      },
    });
  },
};

/**
 * Every scheme, by the name vendor-kit exports it as: the generated tables import the schemes they use by that name
 * (so a bundle holds only those), and the generator reads the rest of each scheme from here.
 */
export const PAGINATION_SCHEMES = { pageNumberScheme, nextLinkScheme, markerScheme, pageSizeScheme } as const;

/** The schemes by the names the registry gives them (`x-pagination` in redocly.yaml). */
export type PaginationSchemeName = (typeof PAGINATION_SCHEMES)[keyof typeof PAGINATION_SCHEMES]['name'];

/**
 * A vendor's table of paginated lists, as generated: GET path → [the property of a page holding the items, scheme,
 * and, where the list's cursor is another property of its items than the scheme's `itemCursor`, that property].
 */
export type ListTable = Readonly<
  Record<string, readonly [itemsKey: string, scheme: PaginationScheme, cursorKey?: string]>
>;

/** The options of a vendor's `paginate` the runtime reads; the scheme's page-size option among them. */
export interface PaginateListOptions {
  path?: object | undefined;
  query?: object | undefined;
  signal?: AbortSignal | undefined;
}

function tableEntry(vendor: string, table: ListTable, path: string): ListTable[string] {
  const entry = table[path];
  if (entry === undefined) {
    throw new ConfigurationError(
      `${vendor}: GET ${path} is not in the table of paginated lists; regenerate the client.`,
    );
  }
  return entry;
}

/**
 * What a vendor's generated `paginate(client, path, options)` does: walks the list on its scheme. `options` are the
 * generated `PaginateOptions` (PaginateListOptions and the scheme's page-size option), typed there.
 */
export function paginateList(
  client: { GET: unknown },
  vendor: string,
  table: ListTable,
  path: string,
  given?: object,
): Paginator<unknown, unknown> {
  const [itemsKey, scheme, cursorKey] = tableEntry(vendor, table, path);
  const options: PaginateListOptions = given ?? {};
  const size = (options as Record<string, unknown>)[scheme.size.option] as number | undefined;
  return scheme.walk(
    {
      client,
      vendor,
      path,
      itemsKey,
      cursorKey,
      pathParams: options.path,
      query: options.query,
      signal: options.signal,
    },
    size ?? scheme.size.default,
  );
}

/**
 * How the resource layer walks a vendor's lists (`for await (const ip of katapult.ipAddresses.list({ … }))`): on the
 * list's scheme from the generated table, with the page size the argument object names (`per_page`, `pageSize`,
 * `limit`), else the scheme's default. The other paging parameters (`page`, `marker`) are the iterator's.
 */
export function listWalker(vendor: string, table: ListTable): ListWalker {
  return (client, path, params, init) => {
    const [itemsKey, scheme, cursorKey] = tableEntry(vendor, table, path);
    const query = params.query as Record<string, unknown>;
    const size = query[scheme.size.param];
    return scheme.walk(
      { client: client as { GET: unknown }, vendor, path, itemsKey, cursorKey, pathParams: params.path, query, init },
      typeof size === 'number' ? size : scheme.size.default,
    );
  };
}
