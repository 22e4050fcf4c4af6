/**
 * Katapult's paginated lists as async iterators, over the runtime's page-number scheme (`page`/`per_page`, answered
 * with a `pagination` object). Which paths are lists, and the property of a page that holds the items, is the table
 * `pnpm generate` emits from the spec (./generated/pagination.ts):
 *
 *   for await (const ip of paginate(katapult, '/organizations/organization/ip_addresses', { query: { organization: { id } } }))
 */
import {
  type GetOperation,
  type ItemOf,
  type OkJson,
  type Paginator,
  pageNumberList,
  type QueryOf,
} from '@cloudspecs/runtime/vendor-kit';
import type { KatapultClient } from './generated/client-types.js';
import { paginatedPaths } from './generated/pagination.js';
import type { paths } from './generated/schema.js';

type Get<P extends keyof paths> = GetOperation<paths, P>;

/** The GET paths whose answer carries a `pagination` object: the generated table's paths. */
export type PaginatedPath = keyof typeof paginatedPaths;

/** One page of a list, as the API answers it. */
export type Page<P extends PaginatedPath> = OkJson<Get<P>>;
/** The items of a list: `ip_addresses` for the organization's IP addresses, and so on (the table names the key). */
export type PageItem<P extends PaginatedPath> = ItemOf<Page<P>, (typeof paginatedPaths)[P]>;

type ListQuery<P extends PaginatedPath> = Omit<QueryOf<Get<P>>, 'page' | 'per_page'>;

export type PaginateOptions<P extends PaginatedPath> = (object extends ListQuery<P>
  ? { query?: ListQuery<P> }
  : { query: ListQuery<P> }) & {
  /** Items per page (`per_page`); the API's default is 30. */
  perPage?: number;
  signal?: AbortSignal;
};

/**
 * Walks a paginated list lazily, one request per page, stopping after the last page (for a `large_set`, whose total is
 * not counted, after the first page that is not full). Breaking out of the loop makes no further request. Each page is
 * a GET, so it is retried by the client's policy; a failure throws the runtime's error classes, a page without its
 * `pagination` object or its items a ResponseParseError, and a `current_page` that does not advance a PaginationError.
 */
export function paginate<P extends PaginatedPath>(
  client: KatapultClient<boolean>,
  path: P,
  ...[options]: object extends ListQuery<P> ? [options?: PaginateOptions<P>] : [options: PaginateOptions<P>]
): Paginator<Page<P>, PageItem<P>> {
  return pageNumberList<Page<P>, PageItem<P>>({
    client,
    vendor: 'katapult',
    path,
    itemsKey: paginatedPaths[path],
    query: options?.query,
    perPage: options?.perPage,
    signal: options?.signal,
  });
}
