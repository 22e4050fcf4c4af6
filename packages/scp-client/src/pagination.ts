/**
 * SCP's paginated lists as async iterators, over the runtime's marker scheme (`limit`/`marker`: a page starts after
 * the id given as `marker`). Which paths are lists, and the property of a page that holds the items, is the table
 * `pnpm generate` emits from the spec (./generated/pagination.ts):
 *
 *   for await (const server of paginate(scp, '/v1/servers', { limit: 50 }))
 */
import {
  type GetOperation,
  type ItemOf,
  markerList,
  type OkJson,
  type OptionsArgument,
  type PathOption,
  type Paginator,
  type QueryOf,
} from '@cloudspecs/runtime/vendor-kit';
import type { ScpClient } from './generated/client-types.js';
import { paginatedPaths } from './generated/pagination.js';
import type { paths } from './generated/schema.js';

type Get<P extends keyof paths> = GetOperation<paths, P>;

/** The GET paths that take `limit` and `marker`: the generated table's paths. */
export type PaginatedPath = keyof typeof paginatedPaths;

export type Page<P extends PaginatedPath> = OkJson<Get<P>>;
/** The items of a list: `servers`, `images`, … (the table names the key). */
export type PageItem<P extends PaginatedPath> = ItemOf<Page<P>, (typeof paginatedPaths)[P]>;

export type PaginateOptions<P extends PaginatedPath> = PathOption<Get<P>> & {
  /** Filters of the list. */
  query?: Omit<QueryOf<Get<P>>, 'limit' | 'marker'>;
  /** Items per page. Default 100. */
  limit?: number;
  signal?: AbortSignal;
};

/**
 * Walks a list lazily, one request per page; the next page starts after the id of the last item, and a page with
 * fewer than `limit` items is the last. Breaking out of the loop makes no further request. A server that ignores
 * `marker` (the same last id again) throws PaginationError.
 */
export function paginate<P extends PaginatedPath>(
  client: ScpClient<boolean>,
  path: P,
  ...[options]: OptionsArgument<Get<P>, PaginateOptions<P>>
): Paginator<Page<P>, PageItem<P>> {
  return markerList<Page<P>, PageItem<P>>({
    client,
    vendor: 'scp',
    path,
    itemsKey: paginatedPaths[path],
    pathParams: options?.path,
    query: options?.query,
    limit: options?.limit ?? 100,
    signal: options?.signal,
  });
}
