/**
 * Hostway's paginated lists (`page`/`pageSize`, with `next` among the answer's `links`) as async iterators:
 *
 *   for await (const server of paginate(hostway, '/servers/detail', { pageSize: 100 }))
 *
 * Paging is always explicit, so the API never answers 303 (its reply to an unpaged list of more than 100 items).
 */
import { paginate as paginateWith, type Paginator } from '@cloudspecs/runtime';
import type { paths } from './generated/schema.js';
import type { HostwayClient } from './index.js';

type GetOperation<P extends keyof paths> = paths[P] extends { get: infer Operation } ? Operation : never;
type PageBody<P extends keyof paths> =
  GetOperation<P> extends { responses: { 200: { content: { 'application/json': infer Body } } } } ? Body : never;
type Query<P extends keyof paths> =
  GetOperation<P> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;
type Path<P extends keyof paths> = GetOperation<P> extends { parameters: { path?: infer Params } } ? Params : never;

/** The GET paths that take `page` and `pageSize`. */
export type PaginatedPath = {
  [P in keyof paths]: Query<P> extends { page?: number; pageSize?: number } ? P : never;
}[keyof paths];

export type Page<P extends PaginatedPath> = PageBody<P>;
/** The items of a list: `servers`, `floating_ips`, `flavors` or `images`. */
export type PageItem<P extends PaginatedPath> = {
  [K in Exclude<keyof PageBody<P>, 'links'>]: PageBody<P>[K] extends readonly (infer Item)[] ? Item : never;
}[Exclude<keyof PageBody<P>, 'links'>];

/** True when the list's path has parameters (the long form's `accountId`, SCP's `server_id`). */
type HasPathParams<P extends keyof paths> = [Path<P>] extends [never]
  ? false
  : [Path<P>] extends [undefined]
    ? false
    : true;

export type PaginateOptions<P extends PaginatedPath> = (HasPathParams<P> extends true
  ? { path: Path<P> }
  : { path?: never }) & {
  /** Filters of the list (name, status, zone, …). */
  query?: Omit<Query<P>, 'page' | 'pageSize'>;
  /** Items per page, 1–400. Default 100. */
  pageSize?: number;
  signal?: AbortSignal;
};

type UntypedGet = (path: string, init: object) => Promise<{ data: Record<string, unknown> }>;

/**
 * Walks a paginated list lazily, one request per page, until a page has no `next` link. Breaking out of the loop
 * makes no further request; each page is a GET, retried by the client's policy.
 */
export function paginate<P extends PaginatedPath>(
  client: HostwayClient<boolean>,
  path: P,
  ...[options]: HasPathParams<P> extends true ? [options: PaginateOptions<P>] : [options?: PaginateOptions<P>]
): Paginator<Page<P>, PageItem<P>> {
  const get = client.GET as unknown as UntypedGet;
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
      const { data } = await get(path, {
        params: { ...(pathParams ? { path: pathParams } : {}), query: { ...query, page, pageSize } },
        throwOnError: true,
        ...(signal ? { signal } : {}),
      });
      return data as Page<P>;
    },
    items: (page) => {
      const body = page as Record<string, unknown>;
      const key = Object.keys(body).find((name) => name !== 'links' && Array.isArray(body[name]));
      return key === undefined ? [] : (body[key] as PageItem<P>[]);
    },
    next: (page) => {
      const links = (page as { links?: { rel: string }[] }).links ?? [];
      return links.some((link) => link.rel === 'next') ? current + 1 : undefined;
    },
  });
}
