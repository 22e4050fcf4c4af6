/**
 * The SCP client's type: the runtime's typed client (see @cloudspecs/runtime's client-types.ts, which this mirrors)
 * with one more per-call option, `apiVersion`. Unknown keys are still rejected at every depth of `init`.
 */
import type { ApiResult, HttpMethod, MediaType, PathsWithMethod, RequestRuntimeOptions } from '@cloudspecs/runtime';
import type { FetchOptions, Middleware, ParseAs } from 'openapi-fetch';
import type { ApiVersion, CallApiVersion } from './api-versions.js';
import type { paths } from './generated/schema.js';

/** Options of one SCP call on top of the runtime's. */
export interface ScpRequestOptions {
  /**
   * Send this call with this version (`Scp-Api-Version: virtualserver <apiVersion>`) instead of the client's choice:
   * a documented version is checked like a pinned one; a version the spec does not document (e.g. `'1.4'`) is sent
   * as it is, and the types stay those of the spec.
   */
  apiVersion?: CallApiVersion;
}

// biome-ignore lint/complexity/noBannedTypes: `{} extends Pick<T, K>` is how a key is found to be optional.
type RequiredKeysOf<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? never : K }[keyof T];

type OperationOf<Path extends keyof paths, M extends HttpMethod> = M extends keyof paths[Path] ? paths[Path][M] : never;

type ScpInit<Operation> = Omit<FetchOptions<Operation>, 'parseAs'> &
  Omit<RequestRuntimeOptions, 'throwOnError'> &
  ScpRequestOptions;

type InitWith<Operation, As extends ParseAs, Throw extends boolean | undefined> = ScpInit<Operation> & {
  parseAs?: As;
  throwOnError?: Throw;
};

type InitArgs<Operation, As extends ParseAs, Throw extends boolean | undefined> =
  RequiredKeysOf<ScpInit<Operation>> extends never
    ? [init?: InitWith<Operation, As, Throw>]
    : [init: InitWith<Operation, As, Throw>];

type ScpMethod<M extends HttpMethod, ThrowByDefault extends boolean> = <
  Path extends PathsWithMethod<paths, M>,
  As extends ParseAs = 'json',
  Throw extends boolean | undefined = undefined,
>(
  url: Path,
  ...init: InitArgs<OperationOf<Path, M>, As, Throw>
) => Promise<ApiResult<OperationOf<Path, M>, As, Throw, ThrowByDefault, MediaType>>;

type ScpRequestMethod<ThrowByDefault extends boolean> = <
  M extends HttpMethod,
  Path extends PathsWithMethod<paths, M>,
  As extends ParseAs = 'json',
  Throw extends boolean | undefined = undefined,
>(
  method: M,
  url: Path,
  ...init: InitArgs<OperationOf<Path, M>, As, Throw>
) => Promise<ApiResult<OperationOf<Path, M>, As, Throw, ThrowByDefault, MediaType>>;

/** The client type; `Throw` is true for a client created with `throwOnError: true`. */
export interface ScpClient<Throw extends boolean = false> {
  request: ScpRequestMethod<Throw>;
  GET: ScpMethod<'get', Throw>;
  PUT: ScpMethod<'put', Throw>;
  POST: ScpMethod<'post', Throw>;
  DELETE: ScpMethod<'delete', Throw>;
  OPTIONS: ScpMethod<'options', Throw>;
  HEAD: ScpMethod<'head', Throw>;
  PATCH: ScpMethod<'patch', Throw>;
  TRACE: ScpMethod<'trace', Throw>;
  /** Register openapi-fetch middleware. It sees the request before credentials are added, and the final response. */
  use(...middleware: Middleware[]): void;
  /** Unregister middleware. */
  eject(...middleware: Middleware[]): void;
  /** The version the client pins (a call's `apiVersion` wins over it). */
  readonly apiVersion: ApiVersion;
}
