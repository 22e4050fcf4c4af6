/**
 * The vendors the bench measures: the registry's (redocly.yaml), as `pnpm generate` lists them for the mock, so a new
 * vendor fails the bench's type-check until its per-vendor tables (baseline.ts, bundle.ts) have it. Their bundled
 * specs are packages/mock/specs/<vendor>.json.
 */
import { readFileSync } from 'node:fs';
// The list alone (`@cloudspecs/mock/vendors`), without loading Prism into the measuring process.
import { vendors } from '@cloudspecs/mock/vendors';
import { HTTP_METHODS } from '@cloudspecs/runtime/vendor-kit';

export const VENDORS = vendors;
export type Vendor = (typeof VENDORS)[number];

// biome-ignore lint/suspicious/noExplicitAny: a parsed OpenAPI document, walked by the few keys the bench reads
export function bundledSpec(vendor: Vendor): any {
  return JSON.parse(readFileSync(new URL(`../../packages/mock/specs/${vendor}.json`, import.meta.url), 'utf8'));
}

const METHODS = new Set<string>(HTTP_METHODS);

/** Whether a key of a path item is an operation (not `parameters`, `summary`, …). */
export const isOperationKey = (key: string) => METHODS.has(key);

/** The operations of the vendor's spec, or of another document (the bundle section's half-size spec). */
export function operationCount(vendor: Vendor, document = bundledSpec(vendor)): number {
  const paths: Record<string, Record<string, unknown>> = document.paths;
  return Object.values(paths).reduce((n, item) => n + Object.keys(item).filter(isOperationKey).length, 0);
}
