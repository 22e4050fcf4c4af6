/** What a code sample needs to know about a vendor's client package, read from the package itself. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ClientTarget } from './code-samples.js';

export interface ClientPackage {
  vendor: string;
  packageDir: string;
}

export async function readClientTarget({ vendor, packageDir }: ClientPackage): Promise<ClientTarget> {
  const manifest = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8')) as { name?: string };
  if (!manifest.name) throw new Error(`${join(packageDir, 'package.json')} has no "name"`);
  const factory = `create${pascalCase(vendor)}Client`;
  const indexPath = join(packageDir, 'src', 'index.ts');
  const index = await readFile(indexPath, 'utf8');
  if (!new RegExp(`export (async )?function ${factory}\\b|export const ${factory}\\b`).test(index)) {
    throw new Error(
      `${indexPath} does not export ${factory}(), which the code samples call; every client package exports create<Vendor>Client`,
    );
  }
  return {
    packageName: manifest.name,
    factory,
    variable: camelCase(vendor),
    credentialEnv: credentialVariables(index),
  };
}

/** The environment variables a client reads its credentials from: the `env:` of its `readCredential` calls. */
export function credentialVariables(source: string): string[] {
  const names = [...source.matchAll(/readCredential\(\{[^}]*\benv:\s*'([A-Z][A-Z0-9_]*)'/g)].map((match) => match[1]);
  return [...new Set(names.filter((name): name is string => name !== undefined))];
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
