/**
 * @cloudspecs/runtime/vendor-kit — what a vendor package builds its client from: `createApiClient`, the generic auth
 * schemes, the vendor profile and authenticator interfaces, the poll and pagination primitives, list helpers, and the
 * client registry helpers that build redacted errors for the helpers, and `resourceClass`, which builds the resource
 * layer from a generated table. Users of a client never need it.
 */
export { type BearerToken, basicAuth, bearerAuth, type CredentialSource } from './auth.js';
export { toBase64 } from './base64.js';
export { type ApiClientConfig, createApiClient } from './client.js';
export { unexpectedBodyError, waitFailedError } from './client-registry.js';
export type { VendorValidators } from './drift-hook.js';
export type { ErrorKind } from './error-kind.js';
export { HTTP_METHODS, type HttpMethod } from './http-methods.js';
export type {
  GetOperation,
  HasPathParams,
  ItemOf,
  ListOptions,
  ListOptionsArgument,
  OkJson,
  OptionsArgument,
  PathOption,
  PathParamsOf,
  QueryOf,
} from './list-helpers.js';
export { type CommonClientOptions, clientOptions, kindOf, readCredential } from './options.js';
export { type PaginateOptions, type Paginator, paginate } from './paginate.js';
export {
  type ListTable,
  type ListToWalk,
  listWalker,
  markerScheme,
  nextLinkScheme,
  type PaginateListOptions,
  type PaginationScheme,
  type PaginationSchemeName,
  pageNumberScheme,
  pageSizeScheme,
  paginateList,
} from './pagination-schemes.js';
export {
  machineWaitOptions,
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
  type ResourceClassSpec,
  type ResourceTable,
  resourceClass,
} from './resources.js';
export { RESOURCE_FLAGS } from './resource-flags.js';
export type { RetryPolicy } from './retry-policy.js';
export type { Authenticator, VendorProfile } from './vendor.js';
export { type OperationIdTable, openTelemetryTracing } from './tracing.js';
