/**
 * @cloudspecs/runtime/vendor-kit — what a vendor package builds its client from: `createApiClient`, the generic auth
 * schemes, the vendor profile and authenticator interfaces, the poll and pagination primitives, list helpers, and the
 * client registry helpers that build redacted errors for the helpers, and `resourceClass`, which builds the resource
 * layer from a generated table. Users of a client never need it.
 */
export { type BearerToken, basicAuth, bearerAuth, type CredentialSource } from './auth.js';
export { type ApiClientConfig, createApiClient } from './client.js';
export { unexpectedBodyError, waitFailedError } from './client-registry.js';
export type { ErrorKind } from './error-kind.js';
export { HTTP_METHODS, type HttpMethod } from './http-methods.js';
export {
  type GetOperation,
  getPage,
  type HasPathParams,
  type ItemOf,
  type OkJson,
  type OptionsArgument,
  type PathOption,
  type PathParamsOf,
  type QueryOf,
} from './list-helpers.js';
export { type CommonClientOptions, clientOptions, kindOf, readCredential } from './options.js';
export { type PaginateOptions, type Paginator, paginate } from './paginate.js';
export {
  type ListRequest,
  listWalker,
  markerList,
  nextLinkList,
  type PaginationScheme,
  pageNumberList,
} from './pagination-schemes.js';
export {
  machinePace,
  type PollOptions,
  type PollResult,
  poll,
  type WaitOptions,
  waitOptions,
} from './poll.js';
export {
  type BoundHelper,
  type ListParams,
  type ListWalker,
  type OperationEntry,
  RESOURCE_FLAGS,
  type ResourceClassSpec,
  type ResourceTable,
  resourceClass,
} from './resources.js';
export { defaultRetryPolicy, type RetryPolicy } from './retry-policy.js';
export type { Authenticator, VendorProfile } from './vendor.js';
export { type OperationIdTable, openTelemetryTracing } from './tracing.js';
