/**
 * Per-operation API versions: what a vendor's `x-api-versions` in redocly.yaml names. The one scheme so far is SCP's,
 * `scp-api-version`: each operation lists its versions in `x-scp-api-versions`, newest first (`{ version: "1.3",
 * status: CURRENT | SUPPORTED | DEPRECATED | PLANNED, notBefore: "YYYY-MM-DD" | null }`), the document names its
 * service in `x-scp-service`, and the client sends `Scp-Api-Version: <service> <version>`.
 *
 * The generator writes the versions into src/generated/operations.ts (the lines below), which the vendor's own module
 * reads (packages/scp-client/src/api-versions.ts); its client types take an `apiVersion` per call
 * (scripts/lib/client-layer.ts) and so do its resource methods (scripts/lib/resources.ts).
 */
import { type Json, refResolver } from './json-pointer.ts';
import type { ResourceName } from './naming.ts';
import type { ApiVersionScheme } from './registry.ts';

export interface ApiVersion {
  version: string;
  status: 'CURRENT' | 'SUPPORTED' | 'DEPRECATED' | 'PLANNED';
  notBefore: string | null;
}

/**
 * The lines of operations.ts that carry the versions of `operations` (every operation of `document`, in its order),
 * for the vendor's scheme; none without one, where a document that carries versions anyway is refused (the registry
 * decides what the client does, and it would silently drop them).
 */
export function renderApiVersions(
  scheme: ApiVersionScheme | undefined,
  document: Json,
  operations: readonly ResourceName[],
  label: string,
): string[] {
  const resolve = refResolver(document, label);
  const listed = operations.map((name) => {
    const operation = resolve(resolve((document.paths as Json | undefined)?.[name.path])?.[name.httpMethod]) ?? {};
    return { name, versions: operation['x-scp-api-versions'] };
  });
  const service = document['x-scp-service'];
  if (scheme === undefined) {
    const versioned = listed.find(({ versions }) => versions !== undefined);
    if (service !== undefined || versioned) {
      throw new Error(
        `${label}: ${service === undefined ? `${versioned?.name.operationId} lists x-scp-api-versions` : 'names an x-scp-service'}, but its redocly.yaml entry has no \`x-api-versions: scp-api-version\` to send them`,
      );
    }
    return [];
  }
  if (typeof service !== 'string' || service === '') {
    throw new Error(`${label}: x-api-versions ${scheme} needs the service's name in \`x-scp-service\` at the root`);
  }
  const operationVersions = listed.map(({ name, versions }) => ({
    route: `${name.httpMethod.toUpperCase()} ${name.path}`,
    versions: ((versions as ApiVersion[] | undefined) ?? []).map(normaliseVersion(label, name.operationId)),
  }));
  const all = operationVersions.flatMap((op) => op.versions);
  const versions = [...new Set(all.map((v) => v.version))].sort(compareVersions);
  const newestCurrent = all
    .filter((v) => v.status === 'CURRENT')
    .map((v) => v.version)
    .sort((a, b) => compareVersions(b, a))[0];
  if (newestCurrent === undefined) throw new Error(`${label}: x-scp-api-versions: no operation has a CURRENT version`);
  // What the client reads per request, kept small: the version list most operations document, once, and by
  // `METHOD /path` only the operations whose list differs (each distinct list once).
  const counts = new Map<string, number>();
  for (const op of operationVersions) {
    const set = JSON.stringify(op.versions);
    counts.set(set, (counts.get(set) ?? 0) + 1);
  }
  const common = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '[]';
  const sets: string[] = [common];
  const rows = operationVersions.flatMap((op) => {
    const set = JSON.stringify(op.versions);
    if (set === common) return [];
    if (!sets.includes(set)) sets.push(set);
    return [`  ${JSON.stringify(op.route)}: ${sets.indexOf(set)},`];
  });
  return [
    `/** The SCP service named in \`Scp-Api-Version\`. */`,
    `export const scpService = ${JSON.stringify(service)};`,
    '',
    '/** Every API version any operation of the spec documents, oldest first. */',
    `export const apiVersions = ${JSON.stringify(versions)} as const;`,
    '',
    'export type ApiVersion = (typeof apiVersions)[number];',
    '',
    '/** The newest version that is CURRENT for some operation: what a client pins when not told otherwise. */',
    `export const defaultApiVersion: ApiVersion = ${JSON.stringify(newestCurrent)};`,
    '',
    '/** The distinct lists of API versions the operations document, newest first; the first is the most common. */',
    "export const versionSets: readonly (readonly { version: string; status: 'CURRENT' | 'SUPPORTED' | 'DEPRECATED' | 'PLANNED'; notBefore: string | null }[])[] = [",
    ...sets.map((set) => `  ${set},`),
    '];',
    '',
    '/** The operations, by `METHOD /path/{template}`, whose versions are not `versionSets[0]`: an index into it. */',
    'export const versionTable: Readonly<Record<string, number>> = {',
    ...rows,
    '};',
    '',
  ];
}

function normaliseVersion(label: string, operationId: string) {
  return (version: ApiVersion): ApiVersion => {
    const notBefore = version.notBefore as unknown;
    // YAML reads an unquoted 2026-08-31 as a Date; keep the calendar date either way.
    const date = notBefore instanceof Date ? notBefore.toISOString().slice(0, 10) : (notBefore as string | null);
    if (date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      throw new Error(
        `${label}: ${operationId} x-scp-api-versions ${version.version}: notBefore must be YYYY-MM-DD or null`,
      );
    }
    return { version: String(version.version), status: version.status, notBefore: date };
  };
}

/** `1.10` after `1.9`: versions compared as numbers, major then minor. */
function compareVersions(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split('.').map(Number);
  const [bMajor = 0, bMinor = 0] = b.split('.').map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}
