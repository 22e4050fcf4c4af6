/** Hostway's credentials: HTTP basic authentication with the API user's name and password (the runtime's scheme). */
import { type Authenticator, basicAuth, readCredential } from '@cloudspecs/runtime/vendor-kit';

/** The options, else the `HOSTWAY_USERNAME` and `HOSTWAY_PASSWORD` environment variables. */
export function hostwayAuth(username: string | undefined, password: string | undefined): Authenticator {
  return basicAuth(
    readCredential({ vendor: 'hostway', option: 'username', value: username, env: 'HOSTWAY_USERNAME' }),
    readCredential({ vendor: 'hostway', option: 'password', value: password, env: 'HOSTWAY_PASSWORD' }),
    { vendor: 'hostway' },
  );
}
