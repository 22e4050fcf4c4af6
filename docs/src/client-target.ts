/** What a code sample needs to know about a vendor's client package, read from the registry (redocly.yaml). */
import type { VendorEntry } from '../../scripts/lib/registry.ts';
import type { ClientTarget } from './code-samples.js';

export function clientTarget(
  entry: Pick<VendorEntry, 'vendor' | 'packageName' | 'factory' | 'credentials'>,
): ClientTarget {
  return {
    packageName: entry.packageName,
    factory: entry.factory,
    variable: camelCase(entry.vendor),
    credentialEnv: entry.credentials.map((credential) => credential.env),
  };
}

export function camelCase(name: string): string {
  const pascal = pascalCase(name);
  return pascal.charAt(0).toLowerCase() + pascal.slice(1);
}

export function pascalCase(name: string): string {
  return name
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}
