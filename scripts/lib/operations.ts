/**
 * src/generated/operations.ts: what a vendor's client reads of the spec at run time besides its types — the
 * production base URL, the credential options (from the registry), the server URL template where the spec's server
 * has variables, and, for a vendor whose operations are versioned, their versions (scripts/lib/api-versions.ts).
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
  lines.push(...renderApiVersions(input.entry.apiVersions, input.document, input.operations, input.label));
  return lines.join('\n');
}
