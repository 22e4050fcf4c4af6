/**
 * SCP request signing: Web Crypto everywhere (browsers, Deno, Bun, Node), or Node's synchronous HMAC where Node offers
 * it (same MAC, no thread-pool round trip per attempt).
 *
 * signature = Base64(HMAC-SHA256(secretKey, method + url + timestamp + accessKey + accountId + clientType))
 * where url is the full URL exactly as sent (scheme, host, path and `?query`), and timestamp is Unix milliseconds.
 */
import { type Authenticator, toBase64 } from '@cloudspecs/runtime/vendor-kit';

export const SCP_CLIENT_TYPE = 'Openapi';

export interface ScpCredentials {
  accessKey: string;
  secretKey: string;
  /** sent as `Scp-AccountId` and signed; empty when not used */
  accountId?: string | undefined;
}

/** The string SCP signs, for one request. */
export function signingMessage(method: string, url: string, timestamp: string, credentials: ScpCredentials): string {
  return `${method.toUpperCase()}${url}${timestamp}${credentials.accessKey}${credentials.accountId ?? ''}${SCP_CLIENT_TYPE}`;
}

/**
 * Node's synchronous HMAC with `secretKey`, when the runtime offers it without an import (`process.getBuiltinModule`,
 * Node ≥ 20.16), else `undefined` and Web Crypto is used. Same MAC; it saves Web Crypto's thread-pool round trip on
 * every attempt. The key is prepared once (a KeyObject), not derived from the string on every request.
 */
function nodeHmac(secretKey: string): ((message: string) => string) | undefined {
  try {
    const runtime = globalThis as {
      process?: { getBuiltinModule?: (id: string) => unknown };
    };
    const crypto = runtime.process?.getBuiltinModule?.('node:crypto') as
      | {
          createHmac?: (
            algorithm: string,
            key: unknown,
          ) => { update(data: string, encoding: string): { digest(encoding: string): string } };
          createSecretKey?: (key: string, encoding: string) => unknown;
        }
      | undefined;
    const createHmac = crypto?.createHmac;
    if (typeof createHmac !== 'function') return undefined;
    const key = crypto?.createSecretKey?.(secretKey, 'utf8') ?? secretKey;
    return (message) => createHmac('sha256', key).update(message, 'utf8').digest('base64');
  } catch {
    return undefined;
  }
}

async function sign(secretKey: CryptoKey, message: string): Promise<string> {
  return toBase64(await crypto.subtle.sign('HMAC', secretKey, new TextEncoder().encode(message)));
}

function importSecretKey(secretKey: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', new TextEncoder().encode(secretKey), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
}

/** Signs every attempt afresh (a retry gets a new timestamp and signature). */
export function scpSigner(
  credentials: ScpCredentials,
  now: () => number = () => Date.now(),
  /** 'webcrypto' skips Node's HMAC: the path browsers, Deno and Bun take, tested in Node too. */
  implementation: 'auto' | 'webcrypto' = 'auto',
): Authenticator {
  let key: Promise<CryptoKey> | undefined;
  const hmac = implementation === 'auto' ? nodeHmac(credentials.secretKey) : undefined;
  const signatures: string[] = [];
  const signWith = (request: Parameters<Authenticator['apply']>[0], timestamp: string, signature: string): void => {
    // Remember only the latest few signatures: they are secrets for redaction, not a growing log.
    signatures.unshift(signature);
    signatures.length = Math.min(signatures.length, 8);
    request.headers.set('Scp-AccessKey', credentials.accessKey);
    request.headers.set('Scp-Timestamp', timestamp);
    request.headers.set('Scp-ClientType', SCP_CLIENT_TYPE);
    request.headers.set('Scp-Signature', signature);
    if (credentials.accountId) request.headers.set('Scp-AccountId', credentials.accountId);
  };
  return {
    // Synchronous with Node's HMAC, so an attempt waits for nothing before it is sent; a promise with Web Crypto.
    apply(request) {
      const timestamp = String(now());
      const message = signingMessage(request.method, request.url, timestamp, credentials);
      if (hmac) {
        signWith(request, timestamp, hmac(message));
        return;
      }
      key ??= importSecretKey(credentials.secretKey);
      return key
        .then((secretKey) => sign(secretKey, message))
        .then((signature) => signWith(request, timestamp, signature));
    },
    secrets: () => [credentials.accessKey, credentials.secretKey, ...signatures],
  };
}
