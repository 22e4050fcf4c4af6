/**
 * pnpm generate [vendor…] [--check] [--root DIR]
 *
 * Reads the spec registry (redocly.yaml), lints every spec, and writes each vendor's generated code, each file
 * rendered by the scripts/lib module named in brackets (the pipeline: scripts/lib/generation.ts):
 *   packages/<vendor>-client/src/generated/schema.ts      types from openapi-typescript
 *   packages/<vendor>-client/src/generated/operations.ts  what the client reads: base URL, credential options, server
 *                                                          template, API versions [operations.ts, api-versions.ts]
 *   packages/<vendor>-client/src/generated/operation-ids.ts  each operationId by path and method: the span names of
 *                                                          a traced client, loaded by import() then [operations.ts]
 *   packages/<vendor>-client/src/generated/pagination.ts  the paginated lists and their items key [pagination-table.ts]
 *   packages/<vendor>-client/src/generated/README.md      says the folder is generated, and from what
 *   packages/<vendor>-client/src/generated/client-types.ts  `type <Vendor>Client<Throw>`, which the helpers import
 *   packages/<vendor>-client/src/generated/exports.ts     the re-exports every package entry shares [client-layer.ts]
 *   packages/<vendor>-client/src/generated/resources.ts   the resource layer: `new Katapult()`, a method per operation
 *                                                          [resources.ts; names: naming.ts, shapes: shapes.ts]
 *   packages/<vendor>-client/src/generated/models.ts      a named type per schema, and each operation's Params and
 *                                                          Response [models.ts]
 *   packages/<vendor>-client/src/generated/validators.ts  each operation's response checks, for `validate: 'report' |
 *                                                          'strict'` (the ./validators entry) [validators.ts]
 *   packages/<vendor>-client/src/generated/load-validators.ts  how the factory loads them [client-layer.ts]
 *   packages/mock/specs/<vendor>.json                     the bundled spec the mock server and the docs serve
 * and, from the registry and whatever vendors are named: packages/mock/src/generated/vendors.ts (the mock's vendor
 * list), packages/mock/src/generated/<vendor>-twin.ts for each vendor with a twin module (its table of operations:
 * resource, verb, stateful or from examples [twin-table.ts]) and each `x-test-fixtures` spec's types and validators
 * (e.g. packages/runtime/test/support/generated/).
 *
 * Prints a line per vendor (files, how many changed, time) and then the path of each file it changed or removed.
 * Everything is produced in memory first; files are written only when every requested spec linted and generated,
 * each through a temporary file and a rename, so a broken spec never leaves a half-written or deleted file behind.
 * With --check nothing is written: it fails, naming the stale files, when the committed output differs.
 */
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { type GeneratedFile, generateFixture, generateRegistryFiles, generateVendor } from './lib/generation.ts';
import { loadFixtures, loadRegistry } from './lib/registry.ts';

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

  // A unit of output: the files of one folder that the run owns entirely (a stale file in `dir` is removed).
  const results: { label: string; dir: string; files: GeneratedFile[]; ms: number }[] = [];
  const failures: string[] = [];
  for (const entry of selected) {
    const started = performance.now();
    try {
      const files = await generateVendor(root, entry);
      results.push({ label: entry.vendor, dir: entry.generatedDir, files, ms: performance.now() - started });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      failures.push(`${entry.vendor} (${relative(root, entry.specPath)}): ${message.replaceAll(`${root}/`, '')}`);
    }
  }
  for (const fixture of await loadFixtures(root)) {
    const started = performance.now();
    try {
      const files = await generateFixture(root, fixture);
      results.push({
        label: `${fixture.name} (test fixture)`,
        dir: fixture.outDir,
        files,
        ms: performance.now() - started,
      });
    } catch (error) {
      failures.push(
        `${fixture.name} (${relative(root, fixture.specPath)}): ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  if (failures.length > 0) {
    for (const failure of failures) console.error(`generate: ✗ ${failure}`);
    console.error('generate: nothing was written; fix the spec(s) above and run `pnpm generate` again.');
    return 1;
  }
  // the twins' tables read the bundles generated now (a vendor not generated now: its committed bundle)
  const documents = new Map<string, Record<string, unknown>>();
  for (const result of results) {
    const bundle = result.files.find((file) =>
      file.path.endsWith(join('packages', 'mock', 'specs', `${result.label}.json`)),
    );
    if (bundle) documents.set(result.label, JSON.parse(bundle.contents));
  }
  const started = performance.now();
  let registryFiles: Awaited<ReturnType<typeof generateRegistryFiles>>;
  try {
    registryFiles = await generateRegistryFiles(root, documents);
  } catch (error) {
    console.error(`generate: ✗ mock (twin tables): ${error instanceof Error ? error.message : String(error)}`);
    console.error('generate: nothing was written; fix the twin module above and run `pnpm generate` again.');
    return 1;
  }
  const twins = registryFiles.twins.map((twin) => `${twin.vendor} twin ${twin.stateful}/${twin.total} stateful`);
  results.push({
    label: `mock (vendor list${twins.length > 0 ? `; ${twins.join(', ')}` : ''})`,
    dir: registryFiles.dir,
    files: registryFiles.files,
    ms: performance.now() - started,
  });

  if (values.check) return check(results);

  for (const { label, dir, files, ms } of results) {
    const changed: string[] = [];
    for (const file of files) if (await writeIfChanged(file)) changed.push(file.path);
    const removed = await removeStale(dir, files);
    const operationCount = files.find((f) => f.operationCount !== undefined)?.operationCount;
    const what = operationCount === undefined ? '' : `lint ok · ${operationCount} operations · `;
    const counts = `${files.length} files, ${changed.length} changed${removed.length ? `, ${removed.length} removed` : ''}`;
    console.log(`${label.padEnd(9)} ${what}${counts} · ${Math.round(ms)} ms`);
    // Which ones: what to look at in `git diff`, and what to commit with the spec.
    for (const path of changed) console.log(`  changed ${relative(root, path)}`);
    for (const path of removed) console.log(`  removed ${relative(root, path)}`);
  }
  return 0;
}

async function check(results: { dir: string; files: GeneratedFile[] }[]): Promise<number> {
  const files = results.flatMap((r) => r.files);
  const stale: string[] = [];
  for (const file of files) {
    const current = await readFile(file.path, 'utf8').catch(() => undefined);
    if (current === undefined) stale.push(`${relative(root, file.path)} (missing)`);
    else if (current !== file.contents) {
      stale.push(`${relative(root, file.path)} (differs):\n${shortDiff(current, file.contents)}`);
    }
  }
  for (const { dir } of results) {
    for (const extra of await extraFiles(dir, files)) stale.push(`${relative(root, extra)} (no longer generated)`);
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

/** Files in a generated folder that this run no longer produces. */
async function extraFiles(dir: string, files: GeneratedFile[]): Promise<string[]> {
  const produced = new Set(files.map((f) => f.path));
  const names = await readdir(dir).catch(() => [] as string[]);
  return names.map((name) => join(dir, name)).filter((path) => !produced.has(path));
}

/** Removes the files of `dir` this run no longer produces; returns their paths. */
async function removeStale(dir: string, files: GeneratedFile[]): Promise<string[]> {
  const extras = await extraFiles(dir, files);
  for (const path of extras) await rm(path, { force: true });
  return extras;
}

process.exitCode = await main();
