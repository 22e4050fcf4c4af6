/**
 * The type of a cloudspecs client: openapi-fetch's `Client<Paths>` with three more per-request options, unknown keys
 * rejected, and a result type that knows when non-2xx answers are thrown.
 *
 * openapi-fetch infers the whole `init` object as a type parameter and widens it with `[key: string]: unknown`, so a
 * misspelt option compiles. Here only `parseAs` and `throwOnError` are inferred (their literal values change the
 * result type); the rest of `init` is a plain object type, which TypeScript checks for excess keys at every depth.
 */
import type { FetchOptions, FetchResponse, Middleware, ParseAs } from 'openapi-fetch';
import type { HttpMethod } from './http-methods.js';

export type MediaType = `${string}/${string}`;

/** Options a single call accepts on top of openapi-fetch's. They override the client's options for that call. */
export interface RequestRuntimeOptions {
  /** Milliseconds allowed per attempt. */
  timeout?: number;
  /** Retries after the first attempt. */
  maxRetries?: number;
  /** Throw the error classes for a non-2xx answer; the result then always has `data`. */
  throwOnError?: boolean;
  /** Longest response body read, in bytes (decoded); past it, ResponseTooLargeError. */
  maxResponseBytes?: number;
}

/** The paths of `Paths` that have operation `M`. */
export type PathsWithMethod<Paths, M extends HttpMethod> = {
  [P in keyof Paths]: Paths[P] extends { [K in M]: unknown } ? P : never;
}[keyof Paths];

// biome-ignore lint/complexity/noBannedTypes: `{} extends Pick<T, K>` is how a key is found to be optional.
type RequiredKeysOf<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? never : K }[keyof T];

type OperationOf<Paths, Path extends keyof Paths, M extends HttpMethod> = M extends keyof Paths[Path]
  ? Paths[Path][M]
  : never;

/** No per-call options of a vendor's own: the default of `CallOptions`. */
export type NoCallOptions = Record<never, never>;

/**
 * The `init` of one operation, minus the two keys that are inferred. `CallOptions` are a vendor's own per-call options
 * (SCP's `apiVersion`), checked for excess keys like the rest.
 */
type OperationInit<Operation, CallOptions extends object = NoCallOptions> = Omit<FetchOptions<Operation>, 'parseAs'> &
  Omit<RequestRuntimeOptions, 'throwOnError'> &
  CallOptions;

type InitWith<
  Operation,
  As extends ParseAs,
  Throw extends boolean | undefined,
  CallOptions extends object,
> = OperationInit<Operation, CallOptions> & {
  parseAs?: As;
  throwOnError?: Throw;
};

/** `init` is optional exactly when the operation has no required parameter or body. */
type InitArgs<
  Operation,
  As extends ParseAs,
  Throw extends boolean | undefined,
  CallOptions extends object = NoCallOptions,
> =
  RequiredKeysOf<OperationInit<Operation, CallOptions>> extends never
    ? [init?: InitWith<Operation, As, Throw, CallOptions>]
    : [init: InitWith<Operation, As, Throw, CallOptions>];

type ResultOf<Operation, As extends ParseAs, Media extends MediaType> = FetchResponse<
  Operation & Record<string | number, unknown>,
  { parseAs: As },
  Media
>;

/** The success branch of a result: what a call that throws on non-2xx resolves to. */
export type SuccessResult<Result> = Extract<Result, { data: unknown }>;

/**
 * The result of a call. `throwOnError: true` (or the client's default with the key left out) gives the success branch;
 * `false`, or a `boolean` not known at compile time, gives openapi-fetch's `{ data } | { error }` union.
 */
export type ApiResult<
  Operation,
  As extends ParseAs,
  Throw extends boolean | undefined,
  ThrowByDefault extends boolean,
  Media extends MediaType,
> = [Throw] extends [true]
  ? SuccessResult<ResultOf<Operation, As, Media>>
  : [Throw] extends [undefined]
    ? ThrowByDefault extends true
      ? SuccessResult<ResultOf<Operation, As, Media>>
      : ResultOf<Operation, As, Media>
    : ResultOf<Operation, As, Media>;

export type ApiClientMethod<
  Paths,
  M extends HttpMethod,
  ThrowByDefault extends boolean,
  Media extends MediaType,
  CallOptions extends object = NoCallOptions,
> = <
  Path extends PathsWithMethod<Paths, M>,
  As extends ParseAs = 'json',
  Throw extends boolean | undefined = undefined,
>(
  url: Path,
  ...init: InitArgs<OperationOf<Paths, Path, M>, As, Throw, CallOptions>
) => Promise<ApiResult<OperationOf<Paths, Path, M>, As, Throw, ThrowByDefault, Media>>;

export type ApiClientRequestMethod<
  Paths,
  ThrowByDefault extends boolean,
  Media extends MediaType,
  CallOptions extends object = NoCallOptions,
> = <
  M extends HttpMethod,
  Path extends PathsWithMethod<Paths, M>,
  As extends ParseAs = 'json',
  Throw extends boolean | undefined = undefined,
>(
  method: M,
  url: Path,
  ...init: InitArgs<OperationOf<Paths, Path, M>, As, Throw, CallOptions>
) => Promise<ApiResult<OperationOf<Paths, Path, M>, As, Throw, ThrowByDefault, Media>>;

/**
 * A typed client. `ThrowByDefault` is `true` when the client was created with `throwOnError: true` as a literal
 * (see `ThrowsByDefault`). `CallOptions` are the vendor's own per-call options, if it has any (SCP's `apiVersion`).
 */
export interface ApiClient<
  Paths extends {},
  ThrowByDefault extends boolean = false,
  Media extends MediaType = MediaType,
  CallOptions extends object = NoCallOptions,
> {
  request: ApiClientRequestMethod<Paths, ThrowByDefault, Media, CallOptions>;
  GET: ApiClientMethod<Paths, 'get', ThrowByDefault, Media, CallOptions>;
  PUT: ApiClientMethod<Paths, 'put', ThrowByDefault, Media, CallOptions>;
  POST: ApiClientMethod<Paths, 'post', ThrowByDefault, Media, CallOptions>;
  DELETE: ApiClientMethod<Paths, 'delete', ThrowByDefault, Media, CallOptions>;
  OPTIONS: ApiClientMethod<Paths, 'options', ThrowByDefault, Media, CallOptions>;
  HEAD: ApiClientMethod<Paths, 'head', ThrowByDefault, Media, CallOptions>;
  PATCH: ApiClientMethod<Paths, 'patch', ThrowByDefault, Media, CallOptions>;
  TRACE: ApiClientMethod<Paths, 'trace', ThrowByDefault, Media, CallOptions>;
  /** Register openapi-fetch middleware. It sees the request before credentials are added, and the final response. */
  use(...middleware: Middleware[]): void;
  /** Unregister middleware. */
  eject(...middleware: Middleware[]): void;
}

/** `true` when client options set `throwOnError: true` as a literal type; a plain `boolean` is not enough. */
export type ThrowsByDefault<Options> = Options extends { throwOnError: true } ? true : false;
