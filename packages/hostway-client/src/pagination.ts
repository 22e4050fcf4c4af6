/**
 * Hostway's paginated lists as async iterators, over the runtime's next-link scheme (`page`/`pageSize`, with `next`
 * among the answer's `links`). Which paths are lists, and the property of a page that holds the items, is the table
 * `pnpm generate` emits from the spec (./generated/pagination.ts):
 *
 *   for await (const server of paginate(hostway, '/servers/detail', { pageSize: 100 }))
 *
 * Paging is always explicit, so the API never answers 303 (its reply to an unpaged list of more than 100 items).
 */
import {
  type GetOperation,
  type ItemOf,
  nextLinkList,
  type OkJson,
  type OptionsArgument,
  type PathOption,
  type Paginator,
  type QueryOf,
} from '@cloudspecs/runtime/vendor-kit';
import type { HostwayClient } from './generated/client-types.js';
import { paginatedPaths } from './generated/pagination.js';
import type { paths } from './generated/schema.js';

type Get<P extends keyof paths> = GetOperation<paths, P>;

/** The GET paths that take `page` and `pageSize`: the generated table's paths. */
export type PaginatedPath = keyof typeof paginatedPaths;

export type Page<P extends PaginatedPath> = OkJson<Get<P>>;
/** The items of a list: `servers`, `floating_ips`, `flavors`, … (the table names the key). */
export type PageItem<P extends PaginatedPath> = ItemOf<Page<P>, (typeof paginatedPaths)[P]>;

export type PaginateOptions<P extends PaginatedPath> = PathOption<Get<P>> & {
  /** Filters of the list (name, status, zone, …). */
  query?: Omit<QueryOf<Get<P>>, 'page' | 'pageSize'>;
  /** Items per page, 1–400. Default 100. */
  pageSize?: number;
  signal?: AbortSignal;
};

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
  return nextLinkList<Page<P>, PageItem<P>>({
    client,
    vendor: 'hostway',
    path,
    itemsKey: paginatedPaths[path],
    pathParams: options?.path,
    query: options?.query,
    pageSize: options?.pageSize ?? 100,
    signal: options?.signal,
  });
}
