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
} from '@cloudspecs/runtime';
import type { paths } from './generated/schema.js';
import type { HostwayClient } from './index.js';

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
 * Walks a paginated list lazily, one request per page, until a page has no `next` link. Breaking out of the loop
 * makes no further request; each page is a GET, retried by the client's policy.
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
  // Pages are fetched one after the other: the number of the one last fetched is the current one.
  let current = 1;
  return paginateWith<Page<P>, PageItem<P>, number>({
    fetchPage: async (page = 1) => {
      current = page;
      return (await getPage(
        client,
        path,
        { path: pathParams, query: { ...query, page, pageSize } },
        signal,
      )) as Page<P>;
    },
    items: (page) => arrayItems(page, 'links'),
    next: (page) =>
      (page as { links?: { rel: string }[] }).links?.some((l) => l.rel === 'next') ? current + 1 : undefined,
  });
}
