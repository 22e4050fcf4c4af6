/**
 * The pagination schemes of the vendor APIs, each defined once. A vendor names its scheme in redocly.yaml
 * (`x-pagination`); the generator emits the vendor's table of paginated paths with the property of a page that holds
 * the items (`src/generated/pagination.ts`), and the vendor's `paginate` passes that key here. Every page is a GET
 * through the client (so it is retried by the client's policy and fails with the error classes); a page that is not
 * what the scheme expects is a ResponseParseError saying what arrived; a cursor that does not advance, an empty page
 * that names a next one, or a full page without the cursor of the next a PaginationError (built without the client's
 * secrets: a server may echo a credential as an id). A page size below 1 is a ConfigurationError.
 *
 *   page-number  page number with totals (Katapult): `page`/`per_page`, each page carrying a `pagination` object
 *   next-link    next link (Hostway): `page`/`pageSize`, the next page named by the `next` link among its `links`
 *   marker       marker (SCP): `limit`/`marker`, the next page starting after the id of the last item
 */
import { paginationError } from './client-registry.js';
import { ConfigurationError } from './errors.js';
import { getPage } from './list-helpers.js';
import { type Paginator, paginate } from './paginate.js';
import type { ListWalker } from './resources.js';

/** What every scheme is given: which list to walk, and where a page holds its items. */
export interface ListRequest {
  client: { GET: unknown };
  /** the vendor, for error messages: `katapult` */
  vendor: string;
  /** the path template of the list, a GET */
  path: string;
  /** the property of a page that holds the items, from the generated table */
  itemsKey: string;
  /** the path's parameters, when the template has any */
  pathParams?: object | undefined;
  /** the list's own filters; the scheme adds its paging parameters */
  query?: object | undefined;
  signal?: AbortSignal | undefined;
  /** the options of a resource call (timeout, maxRetries, headers, …), sent with every page */
  init?: Record<string, unknown> | undefined;
}

type Body = Record<string, unknown>;

/** The items of a checked page. */
function items(page: unknown, key: string): unknown[] {
  const list = (page as Body)[key];
  return Array.isArray(list) ? list : [];
}

/** What a page must hold for every scheme: an array of items under the table's key. */
function itemsProblem(page: Body, key: string): string | undefined {
  return Array.isArray(page[key]) ? undefined : `an array "${key}" (the items of the list)`;
}

function fetchPage<Page>(request: ListRequest, query: object, check: (page: Body) => string | undefined) {
  return getPage<Page>(
    request.client,
    request.path,
    { path: request.pathParams, query: { ...request.query, ...query } },
    request.signal,
    (page) => check(page) ?? itemsProblem(page, request.itemsKey),
    request.init,
  );
}

/**
 * A page size given by the caller: a whole number, 1 or more. A `per_page` of 0 would make every empty page "full",
 * and a list that never ends.
 */
function checkPageSize(request: ListRequest, name: string, value: number | undefined): void {
  if (value === undefined || (Number.isInteger(value) && value >= 1)) return;
  throw new ConfigurationError(
    `${request.vendor}: "${name}" of GET ${request.path} must be a whole number of items, 1 or more; got ${typeof value === 'number' ? String(value) : typeof value}.`,
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
 * Page number with totals: pages 1, 2, … (`page`, and `per_page` when given) until `current_page` reaches
 * `total_pages`; when the total is not counted (`total_pages: null`, a large set), until a page is not full.
 */
export function pageNumberList<Page, Item>(
  request: ListRequest & { perPage?: number | undefined },
): Paginator<Page, Item> {
  checkPageSize(request, 'per_page', request.perPage);
  const perPage = request.perPage === undefined ? {} : { per_page: request.perPage };
  return paginate<Page, Item, number>({
    description: `${request.vendor} GET ${request.path}`,
    client: request.client,
    firstCursor: 1,
    fetchPage: (page = 1) =>
      fetchPage<Page>(request, { page, ...perPage }, (body) => (paginationObject(body) ? undefined : PAGINATION_SHAPE)),
    items: (page) => items(page, request.itemsKey) as Item[],
    next: (page) => {
      const pagination = paginationObject(page);
      if (pagination === undefined) return undefined;
      const { current_page, total_pages, per_page } = pagination;
      if (total_pages !== null) return current_page < total_pages ? current_page + 1 : undefined;
      return items(page, request.itemsKey).length >= per_page ? current_page + 1 : undefined;
    },
  });
}

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

/** Next link: pages of `pageSize` items (`page`, `pageSize`), following each page's `next` link until one has none. */
export function nextLinkList<Page, Item>(request: ListRequest & { pageSize: number }): Paginator<Page, Item> {
  checkPageSize(request, 'pageSize', request.pageSize);
  return paginate<Page, Item, number>({
    description: `${request.vendor} GET ${request.path}`,
    client: request.client,
    firstCursor: 1,
    fetchPage: (page = 1) =>
      fetchPage<Page>(request, { page, pageSize: request.pageSize }, (body) => {
        const next = nextLinkPage(body);
        return typeof next === 'string' ? next : undefined;
      }),
    items: (page) => items(page, request.itemsKey) as Item[],
    // The page the server's `next` link names: a link back to a page already fetched ends in PaginationError.
    next: (page) => {
      const next = nextLinkPage(page as Body);
      return typeof next === 'number' ? next : undefined;
    },
  });
}

/**
 * Marker: pages of `limit` items, each after the id of the last item of the one before (`marker`); a page with
 * fewer than `limit` items is the last. A full page whose last item has no id (a non-empty string) is a
 * PaginationError: the next page cannot be asked for, and ending there would pass a short list off as complete.
 */
export function markerList<Page, Item>(request: ListRequest & { limit: number }): Paginator<Page, Item> {
  checkPageSize(request, 'limit', request.limit);
  const description = `${request.vendor} GET ${request.path}`;
  return paginate<Page, Item, string>({
    description,
    client: request.client,
    fetchPage: (marker) =>
      fetchPage<Page>(request, { limit: request.limit, ...(marker ? { marker } : {}) }, () => undefined),
    items: (page) => items(page, request.itemsKey) as Item[],
    next: (page, pages) => {
      const list = items(page, request.itemsKey);
      if (list.length < request.limit) return undefined;
      const last = list.at(-1) as { id?: unknown } | undefined;
      if (typeof last?.id === 'string' && last.id !== '') return last.id;
      const got = last === null || typeof last !== 'object' ? 'is not an object' : 'has no "id" (a non-empty string)';
      throw paginationError(
        request.client,
        () =>
          `${description}: page ${pages} is full (${list.length} items, limit ${request.limit}) but its last item ${got}, so the page after it cannot be asked for. Stopped instead of ending the list short as if it were complete.`,
        { description, cursor: undefined, pages, reason: 'missing-cursor' },
      );
    },
  });
}

/** The schemes by the names the registry gives them (`x-pagination` in redocly.yaml). */
export type PaginationScheme = 'page-number' | 'next-link' | 'marker';

/**
 * How the resource layer walks a vendor's lists (`for await (const ip of katapult.ipAddresses.list({ … }))`): on the
 * vendor's scheme, with the items key of the path from the generated table, and the page size of the argument object
 * when it names one (`per_page`; `pageSize`, else 100; `limit`, else 100). The paging parameters themselves (`page`,
 * `marker`) are the iterator's.
 */
export function listWalker(
  scheme: PaginationScheme,
  vendor: string,
  itemsKeys: Readonly<Record<string, string>>,
): ListWalker {
  return (client, path, params, init) => {
    const itemsKey = itemsKeys[path];
    if (itemsKey === undefined) {
      throw new ConfigurationError(
        `${vendor}: GET ${path} is not in the table of paginated lists; regenerate the client.`,
      );
    }
    const query = params.query as Record<string, unknown>;
    const size = (key: string) => (typeof query[key] === 'number' ? query[key] : undefined);
    const request = {
      client: client as { GET: unknown },
      vendor,
      path,
      itemsKey,
      pathParams: params.path,
      query,
      init,
    };
    if (scheme === 'page-number') return pageNumberList({ ...request, perPage: size('per_page') });
    if (scheme === 'next-link') return nextLinkList({ ...request, pageSize: size('pageSize') ?? 100 });
    return markerList({ ...request, limit: size('limit') ?? 100 });
  };
}
