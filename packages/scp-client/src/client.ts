/**
 * The SCP client: a host per service (an explicit endpoint, else the documented pattern from region and environment),
 * how SCP reports errors, API versions per call, the factory.
 */
import { ConfigurationError } from '@cloudspecs/runtime';
import {
  type CommonClientOptions,
  clientOptions,
  createApiClient,
  type VendorProfile,
} from '@cloudspecs/runtime/vendor-kit';
import {
  type ApiVersion,
  checkPinnedVersion,
  chooseVersion,
  defaultApiVersion,
  type VersionChoice,
} from './api-versions.js';
import { scpAuth } from './auth.js';
import type { ScpClient } from './generated/client-types.js';
import { validators } from './generated/load-validators.js';
import { credentialOptions, serverTemplate } from './generated/operations.js';
import type { paths } from './generated/schema.js';
import { type ScpServiceName, serviceOf, services } from './services.js';

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
  /**
   * The endpoint of a service, where it is not the documented `https://<service>.<region>.<env>.samsungsdscloud.com`
   * (a private endpoint, a proxy): `{ vpc: 'https://vpc.internal.example' }`. A service not named here uses the
   * pattern. `baseUrl`, when given, sends every service's requests to that one host instead (a mock serving all).
   */
  endpoints?: Partial<Record<ScpServiceName, string>> | undefined;
  /**
   * Find the hosts of the services `endpoints` does not name in the identity service's endpoint catalog, as the
   * vendor's SDK does: `GET {authUrl}/endpoints`, signed, fetched once per client (again only after a failure), each
   * service's entry chosen by its `service_type` and the client's region. See `ScpDiscovery`.
   */
  discovery?: ScpDiscovery | undefined;
  /** the API version to pin; default the newest CURRENT version in the spec */
  apiVersion?: ApiVersion | undefined;
  /** call a DEPRECATED version whose Not Before date has passed instead of refusing to (with a warning) */
  allowExpiredApiVersion?: boolean | undefined;
  /** `Accept-Language` sent with every request; default `en-US` */
  acceptLanguage?: string | undefined;
  /**
   * Where version warnings go: a deprecated version; a version sent past its Not Before date, naming the newer one to
   * send (once per operation and version), or saying once that there is none yet and nothing to change. Each at most
   * once per function given; default `console.warn`, so once per process.
   */
  onWarning?: ((message: string) => void) | undefined;
  /** today's date, for the version checks (tests); default the current date */
  now?: (() => Date) | undefined;
}

/** Endpoint discovery through the identity service's catalog. */
export interface ScpDiscovery {
  /** the identity service's URL; the catalog is `GET {authUrl}/endpoints` */
  authUrl: string;
  /**
   * The catalog's `service_type` of each service. The vendor does not document them: by default the name of the
   * service's host (`virtualserver`, `vpc`, `security-group`); a catalog without it is a ConfigurationError listing
   * what it offers, so that the right one can be set here.
   */
  serviceTypes?: Partial<Record<ScpServiceName, string>> | undefined;
}

/** SCP's own options besides the common ones (every one: a key missing here does not compile). */
const OWN_OPTIONS: Record<Exclude<keyof ScpClientOptions, keyof CommonClientOptions>, true> = {
  accessKey: true,
  secretKey: true,
  accountId: true,
  region: true,
  env: true,
  endpoints: true,
  discovery: true,
  apiVersion: true,
  allowExpiredApiVersion: true,
  acceptLanguage: true,
  onWarning: true,
  now: true,
};

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

const consoleWarning = (message: string) => console.warn(message);
/** What each warning sink has been told already: a warning is shown once per sink, not once per client. */
const warnedBySink = new WeakMap<(message: string) => void, Set<string>>();

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
    endpoints = {},
    discovery,
    apiVersion = defaultApiVersion,
    allowExpiredApiVersion = false,
    acceptLanguage = 'en-US',
    onWarning = consoleWarning,
    now = () => new Date(),
    ...common
  } = clientOptions('scp', options, credentialOptions, Object.keys(OWN_OPTIONS));
  const auth = scpAuth({ accessKey, secretKey, accountId });
  const today = () => now().toISOString().slice(0, 10);
  const warned = warnedBySink.get(onWarning) ?? new Set<string>();
  warnedBySink.set(onWarning, warned);
  const warn = (key: string, message: string) => {
    if (warned.has(key)) return;
    warned.add(key);
    onWarning(message);
  };
  for (const warning of checkPinnedVersion(apiVersion, today(), allowExpiredApiVersion).warnings)
    warn(warning, warning);
  // A client-wide Scp-Api-Version header is the user's own choice for every call that does not name its own version:
  // no choosing, no warnings. It is taken out of the client's headers so that a call's apiVersion still wins over it.
  const { headers: clientHeaders = {}, ...rest } = common;
  const ownName = Object.keys(clientHeaders).find((name) => name.toLowerCase() === 'scp-api-version');
  const ownHeader = ownName === undefined ? undefined : clientHeaders[ownName];
  const headers = Object.fromEntries(Object.entries(clientHeaders).filter(([name]) => name !== ownName));
  // What a call without its own apiVersion is sent with, by method and path. A choice whose version has a Not Before
  // date still to come is made again on each call, so that the warning comes on the day it applies.
  const defaults = new Map<string, VersionChoice>();
  const defaultChoice = (method: string, schemaPath: string) => {
    const route = `${method} ${schemaPath}`;
    let choice = defaults.get(route);
    if (choice === undefined || (choice.warning === undefined && choice.notBefore !== null)) {
      choice = chooseVersion(apiVersion, method, schemaPath, today(), allowExpiredApiVersion);
      defaults.set(route, choice);
    }
    return choice;
  };
  /** The version a call is sent with: its own apiVersion, else the client-wide header, else the client's choice. */
  const versionHeader = (method: string, schemaPath: string, callVersion: unknown): string | undefined => {
    if (callVersion === undefined && ownHeader !== undefined) return ownHeader;
    const choice =
      callVersion === undefined
        ? defaultChoice(method, schemaPath)
        : chooseVersion(apiVersion, method, schemaPath, today(), allowExpiredApiVersion, callVersion as string);
    if (choice.warning !== undefined) warn(choice.key, choice.warning);
    return choice.header;
  };
  // Each service's host: its endpoint, else the catalog's when discovery is on, else the pattern. One `baseUrl` for
  // all wins over them.
  const hosts = hostsOf(region, env, endpoints);
  const catalog =
    discovery === undefined
      ? undefined
      : endpointCatalog(discovery, region ?? serverTemplate.variables.region.default, () => client);
  const baseUrlFor = (schemaPath: string) => {
    const { document } = serviceOf(schemaPath);
    return catalog === undefined || endpoints[document] !== undefined ? hosts.get(document) : catalog(document);
  };
  const client = createApiClient<paths>({
    vendor: scpProfile,
    validators,
    defaultBaseUrl: hosts.get(services[0].document) ?? '',
    ...(rest.baseUrl === undefined ? { baseUrlFor } : {}),
    auth,
    options: { ...rest, headers },
    callOptions: ['apiVersion'],
    // A version that is refused throws here, before anything is sent: the call's promise rejects with it.
    requestHeaders: ({ method, schemaPath, options: { apiVersion: callVersion } }): Record<string, string> => {
      const header = versionHeader(method, schemaPath, callVersion);
      return header === undefined
        ? { 'Accept-Language': acceptLanguage }
        : { 'Accept-Language': acceptLanguage, 'Scp-Api-Version': header };
    },
  });
  return Object.assign(client, { apiVersion }) as unknown as ScpClient<boolean>;
}

interface CatalogEntry {
  region?: unknown;
  service_type?: unknown;
  service_name?: unknown;
  url?: unknown;
}

/**
 * The identity service's endpoint catalog, fetched once through the client (signed like every request, with
 * `Scp-AccountId` when the client has an account; retried by its policy) and kept; a failed fetch is forgotten, so
 * the next call asks again. A service's host is the entry of its `service_type`, of the client's region, else of the
 * default region, else of any, the first by URL.
 */
function endpointCatalog(
  discovery: ScpDiscovery,
  region: string,
  client: () => { GET: unknown },
): (service: ScpServiceName) => Promise<string> {
  if (typeof discovery !== 'object' || discovery === null || typeof discovery.authUrl !== 'string') {
    throw new ConfigurationError('scp: "discovery" must be { authUrl, serviceTypes? }', { option: 'discovery' });
  }
  const { authUrl, serviceTypes = {} } = discovery;
  let entries: Promise<CatalogEntry[]> | undefined;
  const fetchCatalog = async (): Promise<CatalogEntry[]> => {
    const get = client().GET as (path: string, init: object) => Promise<{ data: unknown }>;
    const { data } = await get('/endpoints', { baseUrl: authUrl, throwOnError: true });
    const list = (data as { endpoints?: unknown } | null)?.endpoints;
    if (!Array.isArray(list)) {
      throw new ConfigurationError(
        `scp: the endpoint catalog (GET ${authUrl}/endpoints) answered no "endpoints" list: is discovery.authUrl the identity service?`,
        { option: 'discovery' },
      );
    }
    return list.filter((entry): entry is CatalogEntry => typeof entry === 'object' && entry !== null);
  };
  return async (service) => {
    entries ??= fetchCatalog().catch((error: unknown) => {
      entries = undefined;
      throw error;
    });
    const all = await entries;
    const type = serviceTypes[service] ?? service;
    const ofType = all
      .filter((entry) => entry.service_type === type && typeof entry.url === 'string')
      .sort((a, b) => String(a.url).localeCompare(String(b.url)));
    const chosen =
      ofType.find((entry) => entry.region === region) ??
      ofType.find((entry) => entry.region === serverTemplate.variables.region.default) ??
      ofType[0];
    if (chosen === undefined) {
      const offered = [...new Set(all.map((entry) => `${String(entry.service_type)} (${String(entry.region)})`))];
      throw new ConfigurationError(
        `scp: the endpoint catalog (GET ${authUrl}/endpoints) has no service_type ${JSON.stringify(type)}, asked for the ${service} service in region ${region}; it offers ${offered.join(', ') || 'nothing'}. Set discovery.serviceTypes.${service} to the right one, or endpoints.${service}.`,
        { option: 'discovery' },
      );
    }
    return chosen.url as string;
  };
}

/** The host of every service: its explicit endpoint, else its server template with the region and environment. */
function hostsOf(
  region: string | undefined,
  env: string | undefined,
  endpoints: Partial<Record<string, string>>,
): Map<string, string> {
  if (typeof endpoints !== 'object' || endpoints === null) {
    throw new ConfigurationError('scp: "endpoints" must be an object of service → URL', { option: 'endpoints' });
  }
  const known = services.map((service) => service.document as string);
  const unknown = Object.keys(endpoints).filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    throw new ConfigurationError(
      `scp: "endpoints" names ${unknown.map((name) => JSON.stringify(name)).join(', ')}, which is no service of this client; its services are ${known.join(', ')}`,
      { option: 'endpoints' },
    );
  }
  const values: Record<string, string | undefined> = { region, env };
  const variables = serverTemplate.variables as Record<string, { default: string; enum?: readonly string[] }>;
  for (const [name, variable] of Object.entries(variables)) {
    const value = values[name] ?? variable.default;
    if (variable.enum && !variable.enum.includes(value)) {
      throw new ConfigurationError(
        `scp: unknown ${name} ${JSON.stringify(value)}; expected one of ${variable.enum.join(', ')}`,
      );
    }
    values[name] = value;
  }
  return new Map(
    services.map((service) => [
      service.document,
      endpoints[service.document] ?? service.url.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? ''),
    ]),
  );
}

function firstError(body: unknown): Record<string, unknown> | undefined {
  const list = Array.isArray(body) ? body : (body as { errors?: unknown } | null)?.errors;
  const first = Array.isArray(list) ? list[0] : undefined;
  return typeof first === 'object' && first !== null ? (first as Record<string, unknown>) : undefined;
}
