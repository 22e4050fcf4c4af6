/**
 * @cloudspecs/runtime — what users of a cloudspecs client import: the error classes, the rate limiter and the types of
 * clients, options, log entries and tracing. What only vendor packages need (createApiClient, auth schemes, polling and pagination primitives)
 * is `@cloudspecs/runtime/vendor-kit`.
 */
export type {
  ApiClient,
  ApiClientMethod,
  ApiClientRequestMethod,
  ApiResult,
  MediaType,
  PathsWithMethod,
  RequestRuntimeOptions,
  SuccessResult,
  ThrowsByDefault,
} from './client-types.js';
export type { DriftKind, DriftReport, ResponseValidators, ValidateMode, ValidatorsLoader } from './drift-types.js';
export * from './errors-public.js';
export type { HttpMethod } from './http-methods.js';
export type { LogEntry, LoggerOptions, LogLevel } from './logging.js';
export type { CommonClientOptions, RetryEvent } from './options.js';
export {
  type RateLimitedRequest,
  type RateLimitHit,
  RateLimiter,
  type RateLimiterOptions,
  type RateLimits,
} from './rate-limiter.js';
export type {
  ApiPromise,
  DataAndResponse,
  ListPromise,
  OperationData,
  OperationParams,
  RequestOptions,
} from './resources.js';
export type {
  OpenTelemetryApi,
  Tracing,
  TracingOptions,
  TracingSpan,
  TracingTracer,
  TracingTracerProvider,
} from './tracing.js';
