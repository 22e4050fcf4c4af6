/**
 * The error classes alone, re-exported by every client package (`export * from '@cloudspecs/runtime/errors'`) so users
 * import them from the client they installed.
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
export type { ErrorKind } from './error-kind.js';
