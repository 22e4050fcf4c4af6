/**
 * @cloudspecs/hostway-client — a typed client for the Hostway FlexCloud API.
 *
 *   const hostway = createHostwayClient({ username, password, accountId: '10001' });
 *   const { data, error } = await hostway.POST('/servers', { body: { server: { … } } });
 */
import {
  type ApiClient,
  type Authenticator,
  clientOptions,
  type CommonClientOptions,
  ConfigurationError,
  createApiClient,
  readCredential,
  type VendorProfile,
} from '@cloudspecs/runtime';
import { defaultBaseUrl } from './generated/operations.js';
import type { paths } from './generated/schema.js';

export * from '@cloudspecs/runtime/errors';
export type { LogEntry, LoggerOptions, RetryEvent } from '@cloudspecs/runtime';
export type { components, operations, paths } from './generated/schema.js';
// The operation metadata table is for docs and tools: `@cloudspecs/hostway-client/operations`, not this entry.
export { defaultBaseUrl } from './generated/operations.js';

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

/** The client type; `Throw` is true for a client created with `throwOnError: true`. */
export type HostwayClient<Throw extends boolean = false> = ApiClient<paths, Throw>;

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
  const { username, password, accountId, ...common } = clientOptions('hostway', options);
  if (accountId !== undefined && !/^[A-Za-z0-9_-]+$/.test(accountId)) {
    throw new ConfigurationError(
      `hostway: \`accountId\` must be the account's identifier (letters, digits, '-' or '_'), got ${JSON.stringify(accountId)}`,
    );
  }
  const client = createApiClient<paths>({
    vendor: hostwayProfile,
    defaultBaseUrl,
    auth: basicAuth(
      readCredential({ vendor: 'hostway', option: 'username', value: username, env: 'HOSTWAY_USERNAME' }),
      readCredential({ vendor: 'hostway', option: 'password', value: password, env: 'HOSTWAY_PASSWORD' }),
    ),
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

function basicAuth(username: string, password: string): Authenticator {
  if (username.includes(':')) {
    throw new ConfigurationError('hostway: `username` cannot contain ":" (HTTP basic authentication separates on it)');
  }
  const header = `Basic ${base64(`${username}:${password}`)}`;
  return {
    apply(request) {
      request.headers.set('Authorization', header);
    },
    secrets: () => [password, header, header.slice('Basic '.length)],
  };
}

function base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
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

export {
  type Server,
  type ServerProgress,
  type ServerStatus,
  type ServerTarget,
  type WaitForServerOptions,
  waitForServer,
} from './wait-for-server.js';
export { type Page, type PageItem, type PaginatedPath, type PaginateOptions, paginate } from './pagination.js';
