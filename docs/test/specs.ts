/**
 * What the tests expect, read straight from specs/ and redocly.yaml — not from the site build — so that a build
 * that drops an operation cannot also drop it from the expectations.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { bundle, loadConfig } from '@redocly/openapi-core';
import { HTTP_METHODS } from '@cloudspecs/runtime/vendor-kit';
import { parse } from 'yaml';

export const repoRoot = join(import.meta.dirname, '..', '..');
export const siteDir = join(repoRoot, 'site');

export interface SpecOperation {
  operationId: string;
  summary: string;
  method: string;
  path: string;
  tag: string;
}

export interface RegisteredSpec {
  vendor: string;
  /** its pages' folder under site/ and its id on the landing page: the vendor, or `<vendor>-<document>` past its first */
  page: string;
  specPath: string;
  packageDir: string;
  title: string;
  version: string;
  tags: string[];
  operations: SpecOperation[];
}

export function registeredSpecs(): RegisteredSpec[] {
  const registry = parse(readFileSync(join(repoRoot, 'redocly.yaml'), 'utf8')) as {
    apis: Record<string, { root: string; 'x-package'?: string }>;
  };
  const seen = new Set<string>();
  return Object.entries(registry.apis).map(([alias, api]) => {
    const vendor = alias.split('@')[0] ?? alias;
    const page = seen.has(vendor) ? `${vendor}-${alias.slice(alias.indexOf('@') + 1)}` : vendor;
    seen.add(vendor);
    const manifestOf = Object.entries(registry.apis).find(([key]) => key.split('@')[0] === vendor)?.[1];
    const specPath = join(repoRoot, api.root);
    const spec = parse(readFileSync(specPath, 'utf8')) as {
      info: { title: string; version: string };
      tags?: { name: string }[];
      paths: Record<string, Record<string, { operationId: string; summary: string; tags?: string[] }>>;
    };
    // A spec split into files (`paths: {'/v1/servers': {$ref: paths/v1_servers.yaml}}`) keeps each path item in its own file.
    const pathItem = (item: Record<string, unknown>) =>
      (typeof item.$ref === 'string'
        ? parse(readFileSync(join(dirname(specPath), item.$ref), 'utf8'))
        : item) as Record<string, { operationId: string; summary: string; tags?: string[] }>;
    const operations = Object.entries(spec.paths).flatMap(([path, rawItem]) => {
      const item = pathItem(rawItem);
      return Object.keys(item)
        .filter((method) => HTTP_METHODS.some((known) => known === method))
        .map((method) => {
          const operation = item[method] as { operationId: string; summary: string; tags?: string[] };
          return {
            operationId: operation.operationId,
            summary: operation.summary,
            method: method.toUpperCase(),
            path,
            tag: operation.tags?.[0] ?? '',
          };
        });
    });
    const used = new Set(operations.map((operation) => operation.tag));
    return {
      vendor,
      page,
      specPath,
      packageDir: join(repoRoot, 'packages', manifestOf?.['x-package'] ?? api['x-package'] ?? `${vendor}-client`),
      title: spec.info.title,
      version: String(spec.info.version),
      tags: (spec.tags ?? []).map((tag) => tag.name).filter((name) => used.has(name)),
      operations,
    };
  });
}

/** The spec bundled the way the site build bundles it (all `$ref`s local). */
export async function bundledSpec(specPath: string): Promise<Record<string, unknown>> {
  const config = await loadConfig({ configPath: join(repoRoot, 'redocly.yaml') });
  const { bundle: bundled } = await bundle({ ref: specPath, config });
  return bundled.parsed as Record<string, unknown>;
}
