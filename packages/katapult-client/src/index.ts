/**
 * @cloudspecs/katapult-client — a typed client for the Katapult core API v1.
 *
 *   const katapult = createKatapultClient({ token: process.env.KATAPULT_API_TOKEN });
 *   const { data, error } = await katapult.POST('/organizations/organization/ip_addresses', { body: { … } });
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
// The operation metadata table is for docs and tools: `@cloudspecs/katapult-client/operations`, not this entry.
export { defaultBaseUrl } from './generated/operations.js';

/** A Katapult API token, or a function that returns the current one (an OAuth2 access token that refreshes). */
export type KatapultToken = string | (() => string | Promise<string>);

export interface KatapultClientOptions extends CommonClientOptions {
  /** API token or OAuth2 access token; defaults to the `KATAPULT_API_TOKEN` environment variable. */
  token?: KatapultToken | undefined;
}

/** The client type; `Throw` is true for a client created with `throwOnError: true`. */
export type KatapultClient<Throw extends boolean = false> = ApiClient<paths, Throw>;

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
  const { token, ...common } = clientOptions('katapult', options);
  return createApiClient<paths>({
    vendor: katapultProfile,
    defaultBaseUrl,
    auth: bearerToken(token),
    options: common,
  });
}

function bearerToken(token: KatapultToken | undefined): Authenticator {
  if (typeof token === 'function') {
    // Every token handed out is kept (the last few): a server may echo an older one after a refresh.
    const issued: string[] = [];
    return {
      async apply(request) {
        const value = await token();
        if (typeof value !== 'string' || value === '') {
          throw new ConfigurationError(
            'katapult: the `token` function returned no token; it must return a non-empty string',
          );
        }
        if (!issued.includes(value)) issued.unshift(value);
        issued.length = Math.min(issued.length, 16);
        request.headers.set('Authorization', `Bearer ${value}`);
      },
      secrets: () => issued,
    };
  }
  const value = readCredential({ vendor: 'katapult', option: 'token', value: token, env: 'KATAPULT_API_TOKEN' });
  return {
    apply(request) {
      request.headers.set('Authorization', `Bearer ${value}`);
    },
    secrets: () => [value],
  };
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

export { type Page, type PageItem, type PaginatedPath, type PaginateOptions, paginate } from './pagination.js';
export { type Task, type WaitForTaskOptions, waitForTask } from './tasks.js';
export {
  type CompletedVirtualMachineBuild,
  type VirtualMachineBuild,
  type VirtualMachineBuildState,
  type WaitForBuildOptions,
  waitForBuild,
} from './builds.js';
