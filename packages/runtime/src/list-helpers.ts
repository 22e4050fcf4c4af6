/**
 * Pieces the vendor packages' typed `paginate(client, path, options)` are made of: type helpers that read a GET
 * operation out of openapi-typescript's `paths`, and the untyped page request behind them.
 */
import { unexpectedBodyError } from './client-registry.js';

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

/**
 * Fetches one page through a client's GET, throwing the error classes on a non-2xx answer. A page that is not a JSON
 * object, or that `check` finds wrong (it returns what was expected, e.g. 'a "pagination" object'), is a
 * ResponseParseError saying what arrived, never a TypeError further on.
 */
export async function getPage<Page = Record<string, unknown>>(
  client: { GET: unknown },
  path: string,
  params: { path?: object | undefined; query: object },
  signal: AbortSignal | undefined,
  check?: (page: Record<string, unknown>) => string | undefined,
  init?: Record<string, unknown>,
): Promise<Page> {
  const get = client.GET as (path: string, init: object) => Promise<{ data: unknown; response: Response }>;
  const result = await get(path, {
    // A resource call's options (timeout, maxRetries, headers, …) apply to every page.
    ...init,
    params: params.path ? params : { query: params.query },
    throwOnError: true,
    ...(signal ? { signal } : {}),
  });
  const { data } = result;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw unexpectedBodyError(client, result, 'expected a page (a JSON object)');
  }
  const page = data as Record<string, unknown>;
  const problem = check?.(page);
  if (problem !== undefined) throw unexpectedBodyError(client, result, `expected ${problem}`);
  // The one place a page becomes its schema type: it is a JSON object that passed the scheme's `check`.
  return page as Page;
}
