/**
 * The error classes alone (`@cloudspecs/runtime/errors`). Every client package re-exports them by name from its
 * generated exports.ts (so users import them from the client they installed): by name, because an `export *` of
 * another package makes a bundler build the entry's namespace object at run time, which keeps every export in every
 * app (bench/DECISIONS.md §2).
 */
export {
  AbortError,
  ApiError,
  type ApiErrorDetails,
  AuthenticationError,
  CloudspecsError,
  ConfigurationError,
  ConflictError,
  ConnectionError,
  NotFoundError,
  PermissionError,
  RateLimitError,
  PaginationError,
  type PaginationStop,
  ResponseParseError,
  ResponseTooLargeError,
  ServerError,
  ServiceUnavailableError,
  TimeoutError,
  ValidationError,
  WaitFailedError,
} from './errors.js';
export { DriftError } from './drift-error.js';
export type { ErrorKind } from './error-kind.js';
