export { createApiClient, type ApiClientConfig } from './client.js';
export { adoptClient, unexpectedBodyError, waitFailedError } from './client-registry.js';
export type {
  ApiClient,
  ApiClientMethod,
  ApiClientRequestMethod,
  ApiResult,
  HttpMethod,
  MediaType,
  PathsWithMethod,
  RequestRuntimeOptions,
  SuccessResult,
  ThrowsByDefault,
} from './client-types.js';
export * from './errors-public.js';
export type { LogEntry, LoggerOptions, LogLevel } from './logging.js';
export { clientOptions, type CommonClientOptions, readCredential, type RetryEvent } from './options.js';
export { paginate, type PaginateOptions, type Paginator } from './paginate.js';
export { poll, type PollOptions, type PollResult } from './poll.js';
export { defaultRetryPolicy, type RetryPolicy } from './retry-policy.js';
export type { Authenticator, VendorProfile } from './vendor.js';
export {
  type ArrayItemOf,
  arrayItems,
  type GetOperation,
  getPage,
  type HasPathParams,
  type OkJson,
  type OptionsArgument,
  type PathOption,
  type PathParamsOf,
  type QueryOf,
} from './list-helpers.js';
