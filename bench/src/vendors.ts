/** The vendors the bench measures, and their bundled specs (packages/mock/specs/<vendor>.json, from `pnpm generate`). */
import { readFileSync } from 'node:fs';

export const VENDORS = ['katapult', 'hostway', 'scp'] as const;
export type Vendor = (typeof VENDORS)[number];

// biome-ignore lint/suspicious/noExplicitAny: a parsed OpenAPI document, walked by the few keys the bench reads
export function bundledSpec(vendor: Vendor): any {
  return JSON.parse(readFileSync(new URL(`../../packages/mock/specs/${vendor}.json`, import.meta.url), 'utf8'));
}

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

/** The vendor's operations: the API size the issue-15 budgets are set at. */
export function operationCount(vendor: Vendor): number {
  const paths: Record<string, Record<string, unknown>> = bundledSpec(vendor).paths;
  return Object.values(paths).reduce((n, item) => n + Object.keys(item).filter((key) => METHODS.has(key)).length, 0);
}
