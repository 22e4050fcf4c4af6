/** The Hostway client: how Hostway reports errors, the account option, and the factory. */
import { ConfigurationError } from '@cloudspecs/runtime';
import {
  type CommonClientOptions,
  clientOptions,
  createApiClient,
  type VendorProfile,
} from '@cloudspecs/runtime/vendor-kit';
import { hostwayAuth } from './auth.js';
import type { HostwayClient } from './generated/client-types.js';
import { credentialOptions, defaultBaseUrl } from './generated/operations.js';
import type { paths } from './generated/schema.js';

export interface HostwayClientOptions extends CommonClientOptions {
  /** API user name; defaults to the `HOSTWAY_USERNAME` environment variable. */
  username?: string | undefined;
  /** API password; defaults to the `HOSTWAY_PASSWORD` environment variable. */
  password?: string | undefined;
  /**
   * The account to act on. When set, calls made with the short URI form (`/servers`) are sent to the long form
   * (`/accounts/{accountId}/flexcloud/servers`), so the account never depends on which account the credentials
   * default to. Calls made with the long form keep the account they name.
   */
  accountId?: string | undefined;
}

/** Hostway's own options besides the common ones (every one: a key missing here does not compile). */
const OWN_OPTIONS: Record<Exclude<keyof HostwayClientOptions, keyof CommonClientOptions>, true> = {
  username: true,
  password: true,
  accountId: true,
};

/**
 * How Hostway reports errors: OpenStack-style faults `{"itemNotFound": {"message", "code", "details"}}`, whose single
 * key is the error code, and a plain-text body for 401.
 */
export const hostwayProfile: VendorProfile = {
  name: 'hostway',
  errorCode: (body) => fault(body)?.name,
  errorMessage: (body) => {
    if (typeof body === 'string') return body.trim().split('\n')[0];
    const message = fault(body)?.detail.message;
    return typeof message === 'string' ? message : undefined;
  },
};

/** With `throwOnError: true`, calls resolve to their data and throw the error classes for any other answer. */
export function createHostwayClient(options: HostwayClientOptions & { throwOnError: true }): HostwayClient<true>;
export function createHostwayClient(options?: HostwayClientOptions): HostwayClient;
export function createHostwayClient(options: HostwayClientOptions = {}): HostwayClient<boolean> {
  const { username, password, accountId, ...common } = clientOptions(
    'hostway',
    options,
    credentialOptions,
    Object.keys(OWN_OPTIONS),
  );
  if (accountId !== undefined && !/^[A-Za-z0-9_-]+$/.test(accountId)) {
    throw new ConfigurationError(
      `hostway: \`accountId\` must be the account's identifier (letters, digits, '-' or '_'), got ${JSON.stringify(accountId)}`,
    );
  }
  const client = createApiClient<paths>({
    vendor: hostwayProfile,
    defaultBaseUrl,
    auth: hostwayAuth(username, password),
    options: common,
  });
  if (accountId !== undefined) {
    client.use({
      onRequest({ request, schemaPath, options: { baseUrl } }) {
        if (schemaPath.startsWith('/accounts/')) return undefined;
        const url = new URL(request.url);
        const base = new URL(baseUrl);
        const prefix = base.pathname.replace(/\/$/, '');
        url.pathname = `${prefix}/accounts/${accountId}/flexcloud${url.pathname.slice(prefix.length)}`;
        return new Request(url, request);
      },
    });
  }
  return client;
}

function fault(body: unknown): { name: string; detail: Record<string, unknown> } | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const entries = Object.entries(body);
  if (entries.length !== 1) return undefined;
  const [name, detail] = entries[0] as [string, unknown];
  return typeof detail === 'object' && detail !== null
    ? { name, detail: detail as Record<string, unknown> }
    : undefined;
}
