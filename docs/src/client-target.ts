/** What a code sample needs to know about a vendor's client package, read from the registry (redocly.yaml). */
import { paginatedPaths } from '../../scripts/lib/pagination-table.ts';
import { camelCase, className, resourceNames } from '../../scripts/lib/naming.ts';
import type { VendorEntry } from '../../scripts/lib/registry.ts';
import type { ClientTarget, OpenApiDocument, ResourceNaming } from './code-samples.js';

export function clientTarget(
  entry: Pick<VendorEntry, 'vendor' | 'packageName' | 'factory' | 'credentials'>,
): ClientTarget {
  return {
    packageName: entry.packageName,
    factory: entry.factory,
    className: className(entry.vendor),
    variable: camelCase(entry.vendor),
    credentialEnv: entry.credentials.map((credential) => credential.env),
  };
}

/**
 * Each operation's resource method, named as the generator names it (scripts/lib/naming.ts), and whether it is a
 * paginated list (its GET path is in the vendor's pagination table, as the generator's is).
 */
export function resourceNaming(
  entry: Pick<VendorEntry, 'vendor' | 'pagination'>,
  document: OpenApiDocument,
): ResourceNaming {
  const names = new Map(resourceNames(document, entry.vendor).map((name) => [`${name.httpMethod} ${name.path}`, name]));
  const paginated = new Set(
    entry.pagination ? paginatedPaths(document, entry.pagination, entry.vendor).map(([path]) => path) : [],
  );
  return (ref) => {
    const name = names.get(`${ref.method} ${ref.path}`);
    if (!name) throw new Error(`${entry.vendor}: ${ref.method.toUpperCase()} ${ref.path} has no resource name`);
    return {
      namespace: name.namespace,
      method: name.method,
      paginated: ref.method === 'get' && paginated.has(ref.path),
    };
  };
}
