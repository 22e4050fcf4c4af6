/**
 * SCP's paginated lists (`limit`/`marker`: a page starts after the id given as `marker`) as async iterators:
 *
 *   for await (const server of paginate(scp, '/v1/servers', { limit: 50 }))
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
import type { ScpClient } from './generated/client-types.js';

type Get<P extends keyof paths> = GetOperation<paths, P>;

/** The GET paths that take `limit` and `marker`. */
export type PaginatedPath = {
  [P in keyof paths]: QueryOf<Get<P>> extends { limit?: unknown; marker?: unknown } ? P : never;
}[keyof paths];

export type Page<P extends PaginatedPath> = OkJson<Get<P>>;
export type PageItem<P extends PaginatedPath> = ArrayItemOf<Page<P>>;

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
  const {
    path: pathParams,
    query,
    limit = 100,
    signal,
  } = (options ?? {}) as {
    path?: object;
    query?: object;
    limit?: number;
    signal?: AbortSignal;
  };
  return paginateWith<Page<P>, PageItem<P>, string>({
    description: `scp GET ${path}`,
    fetchPage: async (marker) =>
      (await getPage(
        client,
        path,
        { path: pathParams, query: { ...query, limit, ...(marker ? { marker } : {}) } },
        signal,
      )) as Page<P>,
    items: (page) => arrayItems(page),
    next: (page) => {
      const items = arrayItems<{ id?: unknown }>(page);
      const last = items.at(-1);
      return items.length >= limit && typeof last?.id === 'string' ? last.id : undefined;
    },
  });
}
