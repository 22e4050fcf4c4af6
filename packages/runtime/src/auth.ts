/**
 * The generic credential schemes, written once for every vendor: a bearer token (static, or a function that returns
 * the current one, e.g. an OAuth2 access token that refreshes) and HTTP basic. A vendor's own scheme (SCP's request
 * signing) is an `Authenticator` of its own.
 */
import { toBase64 } from './base64.js';
import { ConfigurationError } from './errors.js';
import type { Authenticator } from './vendor.js';

/** A token, or a function that returns the current one (called once per attempt, so a refreshed token is used). */
export type BearerToken = string | (() => string | Promise<string>);

/** Where a credential came from, for error messages: `katapult: the \`token\` function returned no token`. */
export interface CredentialSource {
  vendor: string;
  option: string;
}

/** How many of the tokens a token function handed out are kept as secrets: a server may echo an older one. */
const ISSUED_TOKENS_KEPT = 16;

/** `Authorization: Bearer <token>` on every attempt. A static token must already be read (see `readCredential`). */
export function bearerAuth(token: BearerToken, source: CredentialSource): Authenticator {
  if (typeof token === 'function') {
    const issued: string[] = [];
    return {
      async apply(request) {
        const value = await token();
        if (typeof value !== 'string' || value === '') {
          throw new ConfigurationError(
            `${source.vendor}: the \`${source.option}\` function returned no token; it must return a non-empty string`,
            { option: source.option },
          );
        }
        if (!issued.includes(value)) issued.unshift(value);
        issued.length = Math.min(issued.length, ISSUED_TOKENS_KEPT);
        request.headers.set('Authorization', `Bearer ${value}`);
      },
      secrets: () => issued,
    };
  }
  return {
    apply(request) {
      request.headers.set('Authorization', `Bearer ${token}`);
    },
    sameEveryAttempt: true,
    secrets: () => [token],
  };
}

/** `Authorization: Basic base64(username:password)`, the pair encoded as UTF-8. */
export function basicAuth(username: string, password: string, source: { vendor: string }): Authenticator {
  if (username.includes(':')) {
    throw new ConfigurationError(
      `${source.vendor}: \`username\` cannot contain ":" (HTTP basic authentication separates on it)`,
      { option: 'username' },
    );
  }
  const encoded = toBase64(`${username}:${password}`);
  const header = `Basic ${encoded}`;
  return {
    apply(request) {
      request.headers.set('Authorization', header);
    },
    sameEveryAttempt: true,
    secrets: () => [password, header, encoded],
  };
}
