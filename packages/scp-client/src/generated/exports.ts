// generated from specs/scp/openapi.yaml, specs/scp/vpc/openapi.yaml, specs/scp/security-group/openapi.yaml by scripts/generate.ts — do not edit.
// Edit the spec and run `pnpm generate` instead.

// What every client package's entry re-exports besides its factory and helpers. The error classes are defined once,
// in @cloudspecs/runtime, so `instanceof` works whichever package they are imported from.
export { AbortError, ApiError, AuthenticationError, CloudspecsError, ConfigurationError, ConflictError, ConnectionError, NotFoundError, PermissionError, RateLimitError, PaginationError, ResponseParseError, ResponseTooLargeError, ServerError, ServiceUnavailableError, TimeoutError, ValidationError, WaitFailedError } from '@cloudspecs/runtime/errors';
export type { ApiErrorDetails, PaginationStop, ErrorKind } from '@cloudspecs/runtime/errors';
export type { LogEntry, LoggerOptions, RetryEvent } from '@cloudspecs/runtime';
export type { CallApiVersion, ScpClient, ScpRequestOptions } from './client-types.js';
export { defaultBaseUrl } from './operations.js';
export type { components, operations, paths } from './schema.js';
