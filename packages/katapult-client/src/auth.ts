/**
 * Katapult's credentials: a bearer token, either an API token or a function that returns the current OAuth2 access
 * token (asked on every attempt, so a refreshed token is used). The scheme itself is the runtime's.
 */
import { type Authenticator, type BearerToken, bearerAuth, readCredential } from '@cloudspecs/runtime/vendor-kit';

/** A Katapult API token, or a function that returns the current one (an OAuth2 access token that refreshes). */
export type KatapultToken = BearerToken;

/** The token option, else the `KATAPULT_API_TOKEN` environment variable, sent as `Authorization: Bearer`. */
export function katapultAuth(token: KatapultToken | undefined): Authenticator {
  const value =
    typeof token === 'function'
      ? token
      : readCredential({ vendor: 'katapult', option: 'token', value: token, env: 'KATAPULT_API_TOKEN' });
  return bearerAuth(value, { vendor: 'katapult', option: 'token' });
}
