/** The Katapult client: how Katapult reports errors, and the factory. */
import {
  type CommonClientOptions,
  clientOptions,
  createApiClient,
  type VendorProfile,
} from '@cloudspecs/runtime/vendor-kit';
import { type KatapultToken, katapultAuth } from './auth.js';
import type { KatapultClient } from './generated/client-types.js';
import { credentialOptions, defaultBaseUrl } from './generated/operations.js';
import type { paths } from './generated/schema.js';

export interface KatapultClientOptions extends CommonClientOptions {
  /** API token or OAuth2 access token; defaults to the `KATAPULT_API_TOKEN` environment variable. */
  token?: KatapultToken | undefined;
}

/** Katapult's own options besides the common ones (every one: a key missing here does not compile). */
const OWN_OPTIONS: Record<Exclude<keyof KatapultClientOptions, keyof CommonClientOptions>, true> = { token: true };

/** How Katapult reports errors: `{"error": {"code", "description", "detail"}}`. */
export const katapultProfile: VendorProfile = {
  name: 'katapult',
  errorCode: (body) => stringField(errorObject(body), 'code'),
  errorMessage: (body) => stringField(errorObject(body), 'description'),
  // 503 service_unavailable is answered before the request is executed; no_available_addresses is an answer about
  // the IP pool and the same request would fail the same way.
  notExecuted: (status, code) => status === 503 && code === 'service_unavailable',
  errorKind: (_status, code) => {
    if (code === 'missing_api_token' || code === 'invalid_api_token' || code === 'invalid_capabilities_token') {
      return 'authentication';
    }
    return undefined;
  },
};

/** With `throwOnError: true`, calls resolve to their data and throw the error classes for any other answer. */
export function createKatapultClient(options: KatapultClientOptions & { throwOnError: true }): KatapultClient<true>;
export function createKatapultClient(options?: KatapultClientOptions): KatapultClient;
export function createKatapultClient(options: KatapultClientOptions = {}): KatapultClient<boolean> {
  const { token, ...common } = clientOptions('katapult', options, credentialOptions, Object.keys(OWN_OPTIONS));
  return createApiClient<paths>({
    vendor: katapultProfile,
    defaultBaseUrl,
    auth: katapultAuth(token),
    options: common,
  });
}

function errorObject(body: unknown): Record<string, unknown> | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const inner = (body as { error?: unknown }).error;
  return typeof inner === 'object' && inner !== null ? (inner as Record<string, unknown>) : undefined;
}

function stringField(object: Record<string, unknown> | undefined, key: string): string | undefined {
  const value = object?.[key];
  return typeof value === 'string' ? value : undefined;
}
