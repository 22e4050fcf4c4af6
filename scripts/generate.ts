/**
 * pnpm generate [vendor…] [--check] [--root DIR]
 *
 * Reads the spec registry (redocly.yaml), lints every spec, and writes each vendor's generated code:
 *   packages/<vendor>-client/src/generated/schema.ts      types from openapi-typescript
 *   packages/<vendor>-client/src/generated/operations.ts  operation metadata (method, path, statuses, SCP versions)
 *   packages/mock/specs/<vendor>.json                     the bundled spec the mock server and the docs serve
 *
 * Everything is produced in memory first; files are written only when every requested spec linted and generated,
 * each through a temporary file and a rename, so a broken spec never leaves a half-written or deleted file behind.
 * With --check nothing is written: it fails, naming the stale files, when the committed output differs.
 */
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { type GeneratedFile, generateVendor, loadRegistry, type VendorEntry } from './lib/generation.ts';

let root = join(import.meta.dirname, '..');

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: {
      check: { type: 'boolean', default: false },
      // another checkout to generate in (the generator's own tests use a scratch copy)
      root: { type: 'string' },
    },
    allowPositionals: true,
  });
  if (values.root) root = values.root;
  const registry = await loadRegistry(root);
  const unknown = positionals.filter((name) => !registry.some((entry) => entry.vendor === name));
  if (unknown.length > 0) {
    console.error(
      `generate: unknown vendor ${unknown.join(', ')}; the registry (redocly.yaml) has ${registry.map((e) => e.vendor).join(', ')}`,
    );
    return 2;
  }
  const selected = positionals.length > 0 ? registry.filter((e) => positionals.includes(e.vendor)) : registry;

  const results: { entry: VendorEntry; files: GeneratedFile[]; ms: number }[] = [];
  const failures: string[] = [];
  for (const entry of selected) {
    const started = performance.now();
    try {
      const files = await generateVendor(root, entry);
      results.push({ entry, files, ms: performance.now() - started });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      failures.push(`${entry.vendor} (${relative(root, entry.specPath)}): ${message.replaceAll(`${root}/`, '')}`);
    }
  }
  if (failures.length > 0) {
    for (const failure of failures) console.error(`generate: ✗ ${failure}`);
    console.error('generate: nothing was written; fix the spec(s) above and run `pnpm generate` again.');
    return 1;
  }

  if (values.check)
    return check(
      results.flatMap((r) => r.files),
      selected,
    );

  for (const { entry, files, ms } of results) {
    let changed = 0;
    for (const file of files) if (await writeIfChanged(file)) changed += 1;
    const removed = await removeStale(entry, files);
    const operationCount = files.find((f) => f.operationCount !== undefined)?.operationCount ?? 0;
    console.log(
      `${entry.vendor.padEnd(9)} lint ok · ${operationCount} operations · ${files.length} files, ${changed} changed${removed ? `, ${removed} removed` : ''} · ${Math.round(ms)} ms`,
    );
  }
  return 0;
}

async function check(files: GeneratedFile[], entries: VendorEntry[]): Promise<number> {
  const stale: string[] = [];
  for (const file of files) {
    const current = await readFile(file.path, 'utf8').catch(() => undefined);
    if (current === undefined) stale.push(`${relative(root, file.path)} (missing)`);
    else if (current !== file.contents) {
      stale.push(`${relative(root, file.path)} (differs):\n${shortDiff(current, file.contents)}`);
    }
  }
  for (const entry of entries) {
    for (const extra of await extraFiles(entry, files)) stale.push(`${relative(root, extra)} (no longer generated)`);
  }
  if (stale.length === 0) {
    console.log(`generate --check: generated code is up to date (${files.length} files)`);
    return 0;
  }
  console.error('generate --check: generated code is stale:');
  for (const line of stale) console.error(`  ${line}`);
  console.error('Run `pnpm generate` and commit the result.');
  return 1;
}

/**
 * The first region where the committed file (`-`) and what the specs generate (`+`) differ, with line numbers and a
 * line of context on each side, at most `max` lines per side: enough to see what changed, short enough for a CI log.
 */
function shortDiff(committed: string, generated: string, max = 8): string {
  const before = committed.split('\n');
  const after = generated.split('\n');
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start += 1;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore -= 1;
    endAfter -= 1;
  }
  const side = (lines: string[], from: number, to: number, sign: string) => {
    const shown = lines.slice(from, Math.min(to, from + max)).map((line, i) => `    ${sign} ${from + i + 1}: ${line}`);
    if (to - from > max) shown.push(`    ${sign} … ${to - from - max} more line(s)`);
    return shown;
  };
  const context = start > 0 ? [`      ${start}: ${before[start - 1]}`] : [];
  const removed = side(before, start, endBefore, '-');
  const added = side(after, start, endAfter, '+');
  return [...context, ...removed, ...added].join('\n');
}

async function writeIfChanged(file: GeneratedFile): Promise<boolean> {
  const current = await readFile(file.path, 'utf8').catch(() => undefined);
  if (current === file.contents) return false;
  await mkdir(dirname(file.path), { recursive: true });
  const temporary = `${file.path}.${process.pid}.tmp`;
  await writeFile(temporary, file.contents);
  await rename(temporary, file.path);
  return true;
}

/** Files in a vendor's generated folder that this run no longer produces. */
async function extraFiles(entry: VendorEntry, files: GeneratedFile[]): Promise<string[]> {
  const produced = new Set(files.map((f) => f.path));
  const names = await readdir(entry.generatedDir).catch(() => [] as string[]);
  return names.map((name) => join(entry.generatedDir, name)).filter((path) => !produced.has(path));
}

async function removeStale(entry: VendorEntry, files: GeneratedFile[]): Promise<number> {
  const extras = await extraFiles(entry, files);
  for (const path of extras) await rm(path, { force: true });
  return extras.length;
}

process.exitCode = await main();
