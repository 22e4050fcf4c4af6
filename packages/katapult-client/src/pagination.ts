/**
 * Katapult's paginated lists (`page`/`per_page`, answered with a `pagination` object) as async iterators:
 *
 *   for await (const ip of paginate(katapult, '/organizations/organization/ip_addresses', { query: { organization: { id } } }))
 */
import {
  type ArrayItemOf,
  arrayItems,
  type GetOperation,
  getPage,
  type OkJson,
  type Paginator,
  paginate as paginateWith,
  type QueryOf,
} from '@cloudspecs/runtime/vendor-kit';
import type { paths } from './generated/schema.js';
import type { KatapultClient } from './generated/client-types.js';

type Get<P extends keyof paths> = GetOperation<paths, P>;

/** The GET paths whose answer carries a `pagination` object (`[…] extends [never]`: a path without a GET is not one). */
export type PaginatedPath = {
  [P in keyof paths]: [OkJson<Get<P>>] extends [never]
    ? never
    : OkJson<Get<P>> extends { pagination: unknown }
      ? P
      : never;
}[keyof paths];

/** One page of a list, as the API answers it. */
export type Page<P extends PaginatedPath> = OkJson<Get<P>>;
/** The items of a list: `ip_addresses` for the organization's IP addresses, and so on. */
export type PageItem<P extends PaginatedPath> = ArrayItemOf<Page<P>, 'pagination'>;

type ListQuery<P extends PaginatedPath> = Omit<QueryOf<Get<P>>, 'page' | 'per_page'>;

export type PaginateOptions<P extends PaginatedPath> = (object extends ListQuery<P>
  ? { query?: ListQuery<P> }
  : { query: ListQuery<P> }) & {
  /** Items per page (`per_page`); the API's default is 30. */
  perPage?: number;
  signal?: AbortSignal;
};

type PaginationObject = { current_page: number; total_pages: number | null; per_page: number };

const PAGINATION_SHAPE =
  'a "pagination" object with whole numbers "current_page" and "per_page", and "total_pages" (a whole number or null)';

function isPaginationObject(value: unknown): value is PaginationObject {
  if (typeof value !== 'object' || value === null) return false;
  const { current_page, total_pages, per_page } = value as Record<string, unknown>;
  return (
    Number.isInteger(current_page) &&
    Number.isInteger(per_page) &&
    (total_pages === null || Number.isInteger(total_pages))
  );
}

/**
 * Walks a paginated list lazily, one request per page, stopping after the last page (for a `large_set`, whose total is
 * not counted, after the first page that is not full). Breaking out of the loop makes no further request. Each page is
 * a GET, so it is retried by the client's policy; a failure throws the runtime's error classes, a page without its
 * `pagination` object a ResponseParseError, and a `current_page` that does not advance a PaginationError.
 */
export function paginate<P extends PaginatedPath>(
  client: KatapultClient<boolean>,
  path: P,
  ...[options]: object extends ListQuery<P> ? [options?: PaginateOptions<P>] : [options: PaginateOptions<P>]
): Paginator<Page<P>, PageItem<P>> {
  const { query, perPage, signal } = (options ?? {}) as { query?: object; perPage?: number; signal?: AbortSignal };
  return paginateWith<Page<P>, PageItem<P>, number>({
    description: `katapult GET ${path}`,
    firstCursor: 1,
    fetchPage: async (page = 1) =>
      (await getPage(
        client,
        path,
        { query: { ...query, page, ...(perPage === undefined ? {} : { per_page: perPage }) } },
        signal,
        (body) => (isPaginationObject(body.pagination) ? undefined : PAGINATION_SHAPE),
      )) as Page<P>,
    items: (page) => arrayItems(page, 'pagination'),
    next: (page) => {
      const { pagination } = page as { pagination: PaginationObject };
      if (pagination.total_pages !== null) {
        return pagination.current_page < pagination.total_pages ? pagination.current_page + 1 : undefined;
      }
      return arrayItems(page, 'pagination').length >= pagination.per_page ? pagination.current_page + 1 : undefined;
    },
  });
}
