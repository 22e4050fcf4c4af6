/**
 * The types of the vendor packages' generated `paginate(client, path, options)`: what a GET operation of
 * openapi-typescript's `paths` answers and takes, and the options a list's scheme adds.
 */
import type { PaginationScheme } from './pagination-schemes.js';

/** The GET operation of a path. */
export type GetOperation<Paths, P extends keyof Paths> = Paths[P] extends { get: infer Operation } ? Operation : never;
/** The JSON body of an operation's 200 answer. */
export type OkJson<Operation> = Operation extends {
  responses: { 200: { content: { 'application/json': infer Body } } };
}
  ? Body
  : never;
/** An operation's query parameters. */
export type QueryOf<Operation> = Operation extends { parameters: { query?: infer Query } } ? NonNullable<Query> : never;
/** An operation's path parameters (`never` or `undefined` when it has none). */
// No `extends object` on the infer: without exactOptionalPropertyTypes (most consumers) a `path?: never` then falls
// back to `object` and makes every list helper require a `path` (the packed-package smoke test type-checks that way).
export type PathParamsOf<Operation> = Operation extends { parameters: { path?: infer Params } } ? Params : never;
/** True when an operation's path has parameters. */
export type HasPathParams<Operation> = [PathParamsOf<Operation>] extends [never]
  ? false
  : [PathParamsOf<Operation>] extends [undefined]
    ? false
    : true;
/** `{ path }` when the operation's path has parameters (the long form's `accountId`, SCP's `server_id`), else none. */
export type PathOption<Operation> =
  HasPathParams<Operation> extends true ? { path: PathParamsOf<Operation> & object } : { path?: never };
/** The options argument of a list helper: required when the path has parameters, optional otherwise. */
export type OptionsArgument<Operation, Options> =
  HasPathParams<Operation> extends true ? [options: Options] : [options?: Options];
/** The items of a page of a list: the array under `Key`, the property the generated table names for the path. */
export type ItemOf<Page, Key extends PropertyKey> = Page extends { [K in Key]: readonly (infer Item)[] } ? Item : never;

/** `{ query }`, required when the list has a required filter (Katapult's organization lookup). */
type QueryOption<Query> = object extends Query ? { query?: Query } : { query: Query };

/**
 * The options of a vendor's `paginate` for one list: its path parameters (when the template has any), its filters (the
 * query but the scheme's paging parameters), the scheme's page-size option (`perPage`, `pageSize`, `limit`) and a
 * signal.
 */
export type ListOptions<Operation, Scheme> =
  Scheme extends PaginationScheme<string, infer Paging, infer Size>
    ? PathOption<Operation> &
        QueryOption<Omit<QueryOf<Operation>, Paging>> & { [K in Size]?: number } & { signal?: AbortSignal }
    : never;

/** The options argument of a vendor's `paginate`: required when the list needs a path parameter or a filter. */
export type ListOptionsArgument<Operation, Scheme> =
  object extends ListOptions<Operation, Scheme>
    ? [options?: ListOptions<Operation, Scheme>]
    : [options: ListOptions<Operation, Scheme>];
