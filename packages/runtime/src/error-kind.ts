/** The class an HTTP failure maps to. A vendor's `errorKind` picks one by code, otherwise the status decides. */
export type ErrorKind =
  | 'authentication'
  | 'permission'
  | 'not-found'
  | 'conflict'
  | 'validation'
  | 'rate-limit'
  | 'service-unavailable'
  | 'server'
  | 'api';

/** The kind a status maps to when the vendor does not name one. */
export function errorKindForStatus(status: number): ErrorKind {
  switch (status) {
    case 400:
    case 422:
      return 'validation';
    case 401:
      return 'authentication';
    case 403:
      return 'permission';
    case 404:
      return 'not-found';
    case 409:
      return 'conflict';
    case 429:
      return 'rate-limit';
    case 503:
      return 'service-unavailable';
    default:
      return status >= 500 && status <= 599 ? 'server' : 'api';
  }
}
