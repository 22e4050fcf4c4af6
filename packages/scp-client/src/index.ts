/**
 * @cloudspecs/scp-client — a typed client for the Samsung Cloud Platform virtualserver API, signing every request.
 *
 *   const scp = createScpClient({ accessKey, secretKey, region: 'kr-west1', env: 'e', apiVersion: '1.3' });
 *   const { data, error } = await scp.POST('/v1/servers/{server_id}/interfaces', { params: { path: { server_id } }, body });
 */
import {
  type ApiClient,
  type CommonClientOptions,
  ConfigurationError,
  createApiClient,
  readCredential,
  type VendorProfile,
} from '@cloudspecs/runtime';
import { type ApiVersion, checkPinnedVersion, defaultApiVersion, versionHeader } from './api-versions.js';
import { serverTemplate } from './generated/operations.js';
import type { paths } from './generated/schema.js';
import { scpSigner } from './signing.js';

export * from '@cloudspecs/runtime/errors';
export type { LogEntry, LoggerOptions, RetryEvent } from '@cloudspecs/runtime';
export type { components, operations, paths } from './generated/schema.js';
export { defaultBaseUrl, operations as operationMetadata } from './generated/operations.js';
export { type ApiVersion, apiVersions, defaultApiVersion, operationVersions } from './api-versions.js';
export { signingMessage } from './signing.js';

export type ScpRegion = (typeof serverTemplate.variables.region.enum)[number];
export type ScpEnv = (typeof serverTemplate.variables.env.enum)[number];

export interface ScpClientOptions extends CommonClientOptions {
  /** defaults to the `SCP_ACCESS_KEY` environment variable */
  accessKey?: string | undefined;
  /** defaults to the `SCP_SECRET_KEY` environment variable */
  secretKey?: string | undefined;
  /** sent as `Scp-AccountId` and included in the signature */
  accountId?: string | undefined;
  /** region of the regional endpoint; default from the spec */
  region?: ScpRegion | undefined;
  /** environment of the endpoint (`s`, `g` or `e`); default from the spec */
  env?: ScpEnv | undefined;
  /** the API version to pin; default the newest CURRENT version in the spec */
  apiVersion?: ApiVersion | undefined;
  /** call a DEPRECATED version whose Not Before date has passed instead of refusing to */
  allowExpiredApiVersion?: boolean | undefined;
  /** `Accept-Language` sent with every request; default `en-US` */
  acceptLanguage?: string | undefined;
  /** where version warnings go; default `console.warn` */
  onWarning?: ((message: string) => void) | undefined;
  /** today's date, for the version checks (tests); default the current date */
  now?: (() => Date) | undefined;
}

/** The client type; `Throw` is true for a client created with `throwOnError: true`. */
export type ScpClient<Throw extends boolean = false> = ApiClient<paths, Throw> & { readonly apiVersion: ApiVersion };

/** How SCP reports errors: a 400 validation array `[{loc, msg, type_}]`, or `{"errors": [{code, detail}]}`. */
export const scpProfile: VendorProfile = {
  name: 'scp',
  errorCode: (body) => {
    const first = firstError(body);
    const code = first?.code ?? first?.type_;
    return typeof code === 'string' ? code : undefined;
  },
  errorMessage: (body) => {
    const first = firstError(body);
    const message = first?.detail ?? first?.msg;
    return typeof message === 'string' ? message : undefined;
  },
};

const warned = new Set<string>();

/** With `throwOnError: true`, calls resolve to their data and throw the error classes for any other answer. */
export function createScpClient(options: ScpClientOptions & { throwOnError: true }): ScpClient<true>;
export function createScpClient(options?: ScpClientOptions): ScpClient;
export function createScpClient(options: ScpClientOptions = {}): ScpClient<boolean> {
  const {
    accessKey,
    secretKey,
    accountId,
    region,
    env,
    apiVersion = defaultApiVersion,
    allowExpiredApiVersion = false,
    acceptLanguage = 'en-US',
    onWarning = (message: string) => console.warn(message),
    now = () => new Date(),
    ...common
  } = options;
  const signer = scpSigner({
    accessKey: readCredential({ vendor: 'scp', option: 'accessKey', value: accessKey, env: 'SCP_ACCESS_KEY' }),
    secretKey: readCredential({ vendor: 'scp', option: 'secretKey', value: secretKey, env: 'SCP_SECRET_KEY' }),
    ...(accountId !== undefined ? { accountId } : {}),
  });
  const { warnings } = checkPinnedVersion(apiVersion, now().toISOString().slice(0, 10), allowExpiredApiVersion);
  for (const warning of warnings) {
    if (warned.has(warning)) continue;
    warned.add(warning);
    onWarning(warning);
  }
  const client = createApiClient<paths>({
    vendor: scpProfile,
    defaultBaseUrl: baseUrlFor(region, env),
    auth: signer,
    options: common,
    requestHeaders: ({ method, schemaPath }) => {
      const version = versionHeader(apiVersion, method, schemaPath);
      return { 'Accept-Language': acceptLanguage, ...(version ? { 'Scp-Api-Version': version } : {}) };
    },
  });
  return Object.assign(client, { apiVersion });
}

function baseUrlFor(region: string | undefined, env: string | undefined): string {
  const values: Record<string, string | undefined> = { region, env };
  return serverTemplate.url.replace(/\{(\w+)\}/g, (_, name: string) => {
    const variable = (serverTemplate.variables as Record<string, { default: string; enum?: readonly string[] }>)[name];
    const value = values[name] ?? variable?.default ?? '';
    if (variable?.enum && !variable.enum.includes(value)) {
      throw new ConfigurationError(
        `scp: unknown ${name} ${JSON.stringify(value)}; expected one of ${variable.enum.join(', ')}`,
      );
    }
    return value;
  });
}

function firstError(body: unknown): Record<string, unknown> | undefined {
  const list = Array.isArray(body) ? body : (body as { errors?: unknown } | null)?.errors;
  const first = Array.isArray(list) ? list[0] : undefined;
  return typeof first === 'object' && first !== null ? (first as Record<string, unknown>) : undefined;
}
export { type Page, type PageItem, type PaginatedPath, type PaginateOptions, paginate } from './pagination.js';
