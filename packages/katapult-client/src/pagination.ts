/**
 * Katapult's paginated lists (`page`/`per_page`, answered with a `pagination` object) as async iterators:
 *
 *   for await (const ip of paginate(katapult, '/organizations/organization/ip_addresses', { query: { organization: { id } } }))
 */
import { paginate as paginateWith, type Paginator } from '@cloudspecs/runtime';
import type { paths } from './generated/schema.js';
import type { KatapultClient } from './index.js';

type GetOperation<P extends keyof paths> = paths[P] extends { get: infer Operation } ? Operation : never;
type PageBody<P extends keyof paths> =
  GetOperation<P> extends { responses: { 200: { content: { 'application/json': infer Body } } } } ? Body : never;
type Query<P extends keyof paths> =
  GetOperation<P> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;

/** The GET paths whose answer carries a `pagination` object. */
export type PaginatedPath = {
  [P in keyof paths]: PageBody<P> extends { pagination: unknown } ? P : never;
}[keyof paths];

/** One page of a list, as the API answers it. */
export type Page<P extends PaginatedPath> = PageBody<P>;
/** The items of a list: `ip_addresses` for the organization's IP addresses, and so on. */
export type PageItem<P extends PaginatedPath> = {
  [K in Exclude<keyof PageBody<P>, 'pagination'>]: PageBody<P>[K] extends readonly (infer Item)[] ? Item : never;
}[Exclude<keyof PageBody<P>, 'pagination'>];

type ListQuery<P extends PaginatedPath> = Omit<Query<P>, 'page' | 'per_page'>;

export type PaginateOptions<P extends PaginatedPath> = ({} extends ListQuery<P>
  ? { query?: ListQuery<P> }
  : { query: ListQuery<P> }) & {
  /** Items per page (`per_page`); the API's default is 30. */
  perPage?: number;
  signal?: AbortSignal;
};

type PaginationObject = { current_page: number; total_pages: number | null; per_page: number };
type UntypedGet = (path: string, init: object) => Promise<{ data: Record<string, unknown> }>;

/**
 * Walks a paginated list lazily, one request per page, stopping after the last page (for a `large_set`, whose total is
 * not counted, after the first page that is not full). Breaking out of the loop makes no further request. Each page is
 * a GET, so it is retried by the client's policy; a failure throws the runtime's error classes.
 */
export function paginate<P extends PaginatedPath>(
  client: KatapultClient<boolean>,
  path: P,
  ...[options]: {} extends ListQuery<P> ? [options?: PaginateOptions<P>] : [options: PaginateOptions<P>]
): Paginator<Page<P>, PageItem<P>> {
  const get = client.GET as unknown as UntypedGet;
  const { query, perPage, signal } = (options ?? {}) as { query?: object; perPage?: number; signal?: AbortSignal };
  const itemsOf = (page: Record<string, unknown>): PageItem<P>[] => {
    const key = Object.keys(page).find((name) => name !== 'pagination' && Array.isArray(page[name]));
    return key === undefined ? [] : (page[key] as PageItem<P>[]);
  };
  return paginateWith<Page<P>, PageItem<P>, number>({
    fetchPage: async (page = 1) => {
      const { data } = await get(path, {
        params: { query: { ...query, page, ...(perPage === undefined ? {} : { per_page: perPage }) } },
        throwOnError: true,
        ...(signal ? { signal } : {}),
      });
      return data as Page<P>;
    },
    items: (page) => itemsOf(page as Record<string, unknown>),
    next: (page) => {
      const { pagination } = page as { pagination: PaginationObject };
      if (pagination.total_pages !== null) {
        return pagination.current_page < pagination.total_pages ? pagination.current_page + 1 : undefined;
      }
      return itemsOf(page as Record<string, unknown>).length >= pagination.per_page
        ? pagination.current_page + 1
        : undefined;
    },
  });
}
