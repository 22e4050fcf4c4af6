/**
 * Hostway's paginated lists (`page`/`pageSize`, with `next` among the answer's `links`) as async iterators:
 *
 *   for await (const server of paginate(hostway, '/servers/detail', { pageSize: 100 }))
 *
 * Paging is always explicit, so the API never answers 303 (its reply to an unpaged list of more than 100 items).
 */
import {
  type ArrayItemOf,
  arrayItems,
  type GetOperation,
  getPage,
  type OkJson,
  type OptionsArgument,
  type PathOption,
  type Paginator,
  paginate as paginateWith,
  type QueryOf,
} from '@cloudspecs/runtime/vendor-kit';
import type { paths } from './generated/schema.js';
import type { HostwayClient } from './generated/client-types.js';

type Get<P extends keyof paths> = GetOperation<paths, P>;

/** The GET paths that take `page` and `pageSize`. */
export type PaginatedPath = {
  [P in keyof paths]: QueryOf<Get<P>> extends { page?: number; pageSize?: number } ? P : never;
}[keyof paths];

export type Page<P extends PaginatedPath> = OkJson<Get<P>>;
/** The items of a list: `servers`, `floating_ips`, `flavors` or `images`. */
export type PageItem<P extends PaginatedPath> = ArrayItemOf<Page<P>, 'links'>;

export type PaginateOptions<P extends PaginatedPath> = PathOption<Get<P>> & {
  /** Filters of the list (name, status, zone, …). */
  query?: Omit<QueryOf<Get<P>>, 'page' | 'pageSize'>;
  /** Items per page, 1–400. Default 100. */
  pageSize?: number;
  signal?: AbortSignal;
};

/**
 * The page number of a page's `next` link, `undefined` when there is none, or what was expected instead when the
 * `links` or the link are not what Hostway sends (`{ rel: 'next', href: '/flavors?page=2&pageSize=100' }`).
 */
function nextPage(body: Record<string, unknown>): number | string | undefined {
  const { links } = body;
  if (links === undefined) return undefined;
  if (!Array.isArray(links)) return '"links" to be an array of { rel, href }';
  const link = links.find((l) => typeof l === 'object' && l !== null && (l as { rel?: unknown }).rel === 'next') as
    | { href?: unknown }
    | undefined;
  if (link === undefined) return undefined;
  let page: number | undefined;
  try {
    if (typeof link.href === 'string')
      page = Number(new URL(link.href, 'https://api.hostway.com').searchParams.get('page'));
  } catch {
    page = undefined;
  }
  return page !== undefined && Number.isInteger(page) && page >= 1
    ? page
    : 'the "next" link\'s href to name the next page with a whole number "page" parameter';
}

/**
 * Walks a paginated list lazily, one request per page, following each page's `next` link until a page has none.
 * Breaking out of the loop makes no further request; each page is a GET, retried by the client's policy. A `next`
 * link to a page already fetched throws PaginationError.
 */
export function paginate<P extends PaginatedPath>(
  client: HostwayClient<boolean>,
  path: P,
  ...[options]: OptionsArgument<Get<P>, PaginateOptions<P>>
): Paginator<Page<P>, PageItem<P>> {
  const {
    path: pathParams,
    query,
    pageSize = 100,
    signal,
  } = (options ?? {}) as {
    path?: object;
    query?: object;
    pageSize?: number;
    signal?: AbortSignal;
  };
  return paginateWith<Page<P>, PageItem<P>, number>({
    description: `hostway GET ${path}`,
    firstCursor: 1,
    fetchPage: async (page = 1) =>
      (await getPage(client, path, { path: pathParams, query: { ...query, page, pageSize } }, signal, (body) => {
        const next = nextPage(body);
        return typeof next === 'string' ? next : undefined;
      })) as Page<P>,
    items: (page) => arrayItems(page, 'links'),
    // The page the server's `next` link names: a link back to a page already fetched ends in PaginationError.
    next: (page) => {
      const next = nextPage(page as Record<string, unknown>);
      return typeof next === 'number' ? next : undefined;
    },
  });
}
