/**
 * SCP's credentials: an authentication key (access key and secret key), read from the options or the environment,
 * with which every request is signed (the signature itself is signing.ts).
 */
import { type Authenticator, readCredential } from '@cloudspecs/runtime/vendor-kit';
import { scpSigner } from './signing.js';

/** The options, else the `SCP_ACCESS_KEY` and `SCP_SECRET_KEY` environment variables; `accountId` is signed too. */
export function scpAuth(options: {
  accessKey: string | undefined;
  secretKey: string | undefined;
  accountId: string | undefined;
}): Authenticator {
  return scpSigner({
    accessKey: readCredential({ vendor: 'scp', option: 'accessKey', value: options.accessKey, env: 'SCP_ACCESS_KEY' }),
    secretKey: readCredential({ vendor: 'scp', option: 'secretKey', value: options.secretKey, env: 'SCP_SECRET_KEY' }),
    accountId: options.accountId,
  });
}
