// generated from specs/scp/openapi.yaml, specs/scp/vpc/openapi.yaml, specs/scp/security-group/openapi.yaml by scripts/generate.ts — do not edit.
// Edit the spec and run `pnpm generate` instead.

// What every client package's entry re-exports besides its factory and helpers. The error classes are defined once,
// in @cloudspecs/runtime, so `instanceof` works whichever package they are imported from.
import type { Tracing, TracingOptions } from '@cloudspecs/runtime';
import { openTelemetryTracing } from '@cloudspecs/runtime/vendor-kit';
export { AbortError, ApiError, AuthenticationError, CloudspecsError, ConfigurationError, ConflictError, ConnectionError, NotFoundError, PermissionError, RateLimitError, PaginationError, ResponseParseError, ResponseTooLargeError, ServerError, ServiceUnavailableError, TimeoutError, ValidationError, WaitFailedError, DriftError } from '@cloudspecs/runtime/errors';
export type { ApiErrorDetails, PaginationStop, ErrorKind } from '@cloudspecs/runtime/errors';
export { RateLimiter } from '@cloudspecs/runtime';
export type { DriftKind, DriftReport, LogEntry, LoggerOptions, RateLimitedRequest, RateLimiterOptions, RateLimitHit, RateLimits, RetryEvent, Tracing, TracingOptions, ValidateMode } from '@cloudspecs/runtime';
export type { CallApiVersion, ScpClient, ScpRequestOptions } from './client-types.js';
export { defaultBaseUrl } from './operations.js';
export type { components, operations, paths } from './schema.js';

/**
 * OpenTelemetry spans for scp clients: `tracing: openTelemetry({ api })`, with
 * `import * as api from '@opentelemetry/api'` (and optionally `tracerProvider`). Spans are named by this API's
 * operationIds, from a table loaded by the first traced call; a bundle that never calls this holds none of it.
 */
export function openTelemetry(options: TracingOptions): Tracing {
  return openTelemetryTracing("scp", options, () =>
    import('./operation-ids.js').then((module) => module.operationIds),
  );
}
