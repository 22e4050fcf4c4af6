/**
 * SCP request signing, with Web Crypto only (Node ≥ 20, browsers, Deno, Bun).
 *
 * signature = Base64(HMAC-SHA256(secretKey, method + url + timestamp + accessKey + accountId + clientType))
 * where url is the full URL exactly as sent (scheme, host, path and `?query`), and timestamp is Unix milliseconds.
 */
import type { Authenticator } from '@cloudspecs/runtime';

export const SCP_CLIENT_TYPE = 'Openapi';

export interface ScpCredentials {
  accessKey: string;
  secretKey: string;
  /** sent as `Scp-AccountId` and signed; empty when not used */
  accountId?: string;
}

/** The string SCP signs, for one request. */
export function signingMessage(method: string, url: string, timestamp: string, credentials: ScpCredentials): string {
  return `${method.toUpperCase()}${url}${timestamp}${credentials.accessKey}${credentials.accountId ?? ''}${SCP_CLIENT_TYPE}`;
}

async function sign(secretKey: CryptoKey, message: string): Promise<string> {
  const mac = await crypto.subtle.sign('HMAC', secretKey, new TextEncoder().encode(message));
  let binary = '';
  for (const byte of new Uint8Array(mac)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function importSecretKey(secretKey: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', new TextEncoder().encode(secretKey), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]);
}

/** Signs every attempt afresh (a retry gets a new timestamp and signature). */
export function scpSigner(credentials: ScpCredentials, now: () => number = () => Date.now()): Authenticator {
  let key: Promise<CryptoKey> | undefined;
  const signatures: string[] = [];
  return {
    async apply(request) {
      key ??= importSecretKey(credentials.secretKey);
      const timestamp = String(now());
      const signature = await sign(await key, signingMessage(request.method, request.url, timestamp, credentials));
      // Remember only the latest few signatures: they are secrets for redaction, not a growing log.
      signatures.unshift(signature);
      signatures.length = Math.min(signatures.length, 8);
      request.headers.set('Scp-AccessKey', credentials.accessKey);
      request.headers.set('Scp-Timestamp', timestamp);
      request.headers.set('Scp-ClientType', SCP_CLIENT_TYPE);
      request.headers.set('Scp-Signature', signature);
      if (credentials.accountId) request.headers.set('Scp-AccountId', credentials.accountId);
    },
    secrets: () => [credentials.accessKey, credentials.secretKey, ...signatures],
  };
}
