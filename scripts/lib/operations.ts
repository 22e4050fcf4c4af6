/**
 * src/generated/operations.ts: what a vendor's client reads of the spec at run time besides its types — the
 * production base URL, the credential options (from the registry), the server URL template where the spec's server
 * has variables, and, for a vendor whose operations are versioned, their versions (scripts/lib/api-versions.ts).
 * And src/generated/operation-ids.ts, each operationId by path and method, which a traced client names its spans by.
 */
import { renderApiVersions } from './api-versions.ts';
import type { Json } from './json-pointer.ts';
import type { ResourceName } from './naming.ts';
import type { VendorEntry } from './registry.ts';

interface ServerObject {
  url: string;
  variables?: Record<string, { default: string; enum?: string[] }>;
}

export function renderOperationsModule(
  banner: string,
  input: {
    entry: Pick<VendorEntry, 'credentials' | 'apiVersions'>;
    document: Json;
    operations: readonly ResourceName[];
    label: string;
  },
): string {
  const server = (input.document.servers as ServerObject[] | undefined)?.[0];
  const defaultBaseUrl = server
    ? server.url.replace(/\{(\w+)\}/g, (_, name: string) => server.variables?.[name]?.default ?? `{${name}}`)
    : '';
  const credentialOptions = input.entry.credentials.map((credential) => credential.option);
  const lines = [
    banner,
    `/** The first server of the spec with its variables' defaults: the vendor's production base URL. */`,
    `export const defaultBaseUrl = ${JSON.stringify(defaultBaseUrl)};`,
    '',
    '/** The credential options of the client (redocly.yaml `x-credentials`): named when the options are no object. */',
    `export const credentialOptions = ${JSON.stringify(credentialOptions)} as const;`,
    '',
  ];
  if (server?.variables) {
    lines.push(
      '/** The server URL template and its variables, from the spec. */',
      `export const serverTemplate = ${JSON.stringify({ url: server.url, variables: server.variables }, null, 2)} as const;`,
      '',
    );
  }
  lines.push(...renderServices(input.document, server?.url ?? '', input.label));
  lines.push(...renderApiVersions(input.entry.apiVersions, input.document, input.operations, input.label));
  return lines.join('\n');
}

/**
 * Each operation's operationId by path template and lower-case method: what the spans of a traced client are named by
 * (`katapult.createIpAddress`). A module of its own, which the vendor's `openTelemetry()` loads with `import()` at a
 * traced client's first call: a client without `tracing` never loads it, and a bundler keeps it out of the entry.
 */
export function renderOperationIds(banner: string, operations: readonly ResourceName[]): string {
  const table: Record<string, Record<string, string>> = {};
  for (const { path, httpMethod, operationId } of operations) {
    table[path] = { ...table[path], [httpMethod]: operationId };
  }
  return [
    banner,
    '/** Each operationId by path template and lower-case method: what the spans of a traced client are named by. */',
    `export const operationIds: Readonly<Record<string, Readonly<Record<string, string>>>> = ${JSON.stringify(table, null, 2)};`,
    '',
  ].join('\n');
}

/**
 * A vendor of several documents (merged, each path item marked with its `x-document`): a service per document, with
 * its server URL and, for SCP, the name its version header sends; and which service each path is, by its first two
 * segments (`/v1/vpcs`), listed only for the paths not of the first. Generation fails where one prefix has paths of
 * two documents, naming it. Nothing for a vendor of one document.
 */
function renderServices(document: Json, baseUrl: string, label: string): string[] {
  const services: { document: string; url: string; scpService: unknown }[] = [];
  const prefixes = new Map<string, { service: number; path: string }>();
  for (const [path, item] of Object.entries((document.paths ?? {}) as Record<string, Json>)) {
    const name = item['x-document'];
    if (typeof name !== 'string') return [];
    let index = services.findIndex((service) => service.document === name);
    if (index === -1) {
      const url = (item.servers as ServerObject[] | undefined)?.[0]?.url ?? baseUrl;
      index = services.push({ document: name, url, scpService: item['x-scp-service'] }) - 1;
    }
    const prefix = path.split('/').slice(0, 3).join('/');
    const held = prefixes.get(prefix);
    if (held !== undefined && held.service !== index) {
      throw new Error(
        `${label}: ${held.path} (${services[held.service]?.document}) and ${path} (${name}) start alike (${prefix}), so a request cannot tell their services apart: the client routes by a path's first two segments`,
      );
    }
    prefixes.set(prefix, { service: index, path });
  }
  if (services.length < 2) return [];
  const rows = [...prefixes].filter(([, { service }]) => service !== 0);
  return [
    "/** The vendor's services, one per document of its spec: its name, its server URL and the service its `Scp-Api-Version` names. */",
    `export const services = [`,
    ...services.map(
      (service) =>
        `  { document: ${JSON.stringify(service.document)}, url: ${JSON.stringify(service.url)}${typeof service.scpService === 'string' ? `, scpService: ${JSON.stringify(service.scpService)}` : ''} },`,
    ),
    '] as const;',
    '',
    '/** The service of each path (an index into `services`) by its first two segments; a path not listed is of the first. */',
    'export const servicePrefixes: Readonly<Record<string, number>> = {',
    ...rows.map(([prefix, { service }]) => `  ${JSON.stringify(prefix)}: ${service},`),
    '};',
    '',
  ];
}
