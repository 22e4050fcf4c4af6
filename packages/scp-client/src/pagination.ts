/**
 * SCP's paginated lists (`limit`/`marker`: a page starts after the id given as `marker`) as async iterators:
 *
 *   for await (const server of paginate(scp, '/v1/servers', { limit: 50 }))
 */
import { paginate as paginateWith, type Paginator } from '@cloudspecs/runtime';
import type { paths } from './generated/schema.js';
import type { ScpClient } from './index.js';

type GetOperation<P extends keyof paths> = paths[P] extends { get: infer Operation } ? Operation : never;
type PageBody<P extends keyof paths> =
  GetOperation<P> extends { responses: { 200: { content: { 'application/json': infer Body } } } } ? Body : never;
type Query<P extends keyof paths> =
  GetOperation<P> extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never;
type Path<P extends keyof paths> = GetOperation<P> extends { parameters: { path?: infer Params } } ? Params : never;

/** The GET paths that take `limit` and `marker`. */
export type PaginatedPath = {
  [P in keyof paths]: Query<P> extends { limit?: unknown; marker?: unknown } ? P : never;
}[keyof paths];

export type Page<P extends PaginatedPath> = PageBody<P>;
export type PageItem<P extends PaginatedPath> = {
  [K in keyof PageBody<P>]: PageBody<P>[K] extends readonly (infer Item)[] ? Item : never;
}[keyof PageBody<P>];

/** True when the list's path has parameters (the long form's `accountId`, SCP's `server_id`). */
type HasPathParams<P extends keyof paths> = [Path<P>] extends [never]
  ? false
  : [Path<P>] extends [undefined]
    ? false
    : true;

export type PaginateOptions<P extends PaginatedPath> = (HasPathParams<P> extends true
  ? { path: Path<P> }
  : { path?: never }) & {
  /** Filters of the list. */
  query?: Omit<Query<P>, 'limit' | 'marker'>;
  /** Items per page. Default 100. */
  limit?: number;
  signal?: AbortSignal;
};

type UntypedGet = (path: string, init: object) => Promise<{ data: Record<string, unknown> }>;

/**
 * Walks a list lazily, one request per page; the next page starts after the id of the last item, and a page with
 * fewer than `limit` items is the last. Breaking out of the loop makes no further request.
 */
export function paginate<P extends PaginatedPath>(
  client: ScpClient<boolean>,
  path: P,
  ...[options]: HasPathParams<P> extends true ? [options: PaginateOptions<P>] : [options?: PaginateOptions<P>]
): Paginator<Page<P>, PageItem<P>> {
  const get = client.GET as unknown as UntypedGet;
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
  const itemsOf = (page: Page<P>): PageItem<P>[] => {
    const body = page as Record<string, unknown>;
    const key = Object.keys(body).find((name) => Array.isArray(body[name]));
    return key === undefined ? [] : (body[key] as PageItem<P>[]);
  };
  return paginateWith<Page<P>, PageItem<P>, string>({
    fetchPage: async (marker) => {
      const { data } = await get(path, {
        params: {
          ...(pathParams ? { path: pathParams } : {}),
          query: { ...query, limit, ...(marker ? { marker } : {}) },
        },
        throwOnError: true,
        ...(signal ? { signal } : {}),
      });
      return data as Page<P>;
    },
    items: itemsOf,
    next: (page) => {
      const items = itemsOf(page);
      const last = items.at(-1) as { id?: unknown } | undefined;
      return items.length >= limit && typeof last?.id === 'string' ? last.id : undefined;
    },
  });
}
