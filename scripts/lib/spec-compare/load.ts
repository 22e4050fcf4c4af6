/** Reading the two documents `pnpm spec:compare` compares: the vendor's (a file or a URL) and ours (bundled). */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { bundle, loadConfig } from '@redocly/openapi-core';
import { parse as parseYaml } from 'yaml';
import { isObj, type Obj } from './model.ts';

/** Parses JSON or YAML (3.0 or 3.1), from a file path or an http(s) URL. */
export async function loadVendorDocument(source: string, cwd: string): Promise<Obj> {
  let text: string;
  if (/^https?:\/\//i.test(source)) {
    let response: Response;
    try {
      response = await fetch(source, { redirect: 'follow' });
    } catch (error) {
      throw new Error(`could not fetch ${source}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!response.ok) throw new Error(`could not fetch ${source}: HTTP ${response.status} ${response.statusText}`);
    text = await response.text();
  } else {
    try {
      text = await readFile(resolve(cwd, source), 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new Error(
        `cannot read the vendor document ${source}${code ? ` (${code})` : ''}: give a file path or an http(s) URL`,
      );
    }
  }
  return parseDocument(text, source);
}

export function parseDocument(text: string, source: string): Obj {
  let parsed: unknown;
  try {
    parsed = text.trimStart().startsWith('{') ? JSON.parse(text) : parseYaml(text, { maxAliasCount: -1 });
  } catch (error) {
    throw new Error(`${source} is neither JSON nor YAML: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!isObj(parsed) || (typeof parsed.openapi !== 'string' && typeof parsed.swagger !== 'string')) {
    throw new Error(`${source} is not an OpenAPI document (no \`openapi\` version at the top)`);
  }
  if (typeof parsed.swagger === 'string') {
    throw new Error(`${source} is Swagger ${parsed.swagger}; convert it to OpenAPI 3 first`);
  }
  return parsed;
}

/** Our spec, bundled (a spec may be split into several files with $ref). */
export async function loadOurSpec(root: string, specPath: string): Promise<Obj> {
  const config = await loadConfig({ configPath: join(root, 'redocly.yaml') });
  const bundled = await bundle({ ref: specPath, config });
  const problems = bundled.problems.filter((problem) => problem.severity === 'error');
  if (problems.length > 0) {
    throw new Error(`cannot bundle ${specPath}: ${problems.map((problem) => problem.message).join('; ')}`);
  }
  const parsed = bundled.bundle.parsed as unknown;
  if (!isObj(parsed)) throw new Error(`${specPath} did not bundle to an OpenAPI document`);
  return parsed;
}
