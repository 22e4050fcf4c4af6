/**
 * 3. Bundle size: each client bundled for the browser from the packages' built dist (esbuild, minified ESM, platform
 * browser; runtime and openapi-fetch included), gzip'd with node:zlib. And the shipped packages' runtime dependencies.
 */
import { readFileSync, realpathSync } from 'node:fs';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { BUNDLE_GROWTH_BUDGET_BYTES, before } from './baseline.js';
import { type Budget, type SectionResult, kB, table } from './report.js';

export const BUNDLE_BUDGET_BYTES = 6 * 1024;
const ALLOWED_DEPENDENCIES = new Set(['openapi-fetch', '@cloudspecs/runtime']);

const benchDir = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = join(benchDir, '..');

const CLIENTS = [
  { name: 'katapult', pkg: '@cloudspecs/katapult-client', create: 'createKatapultClient' },
  { name: 'hostway', pkg: '@cloudspecs/hostway-client', create: 'createHostwayClient' },
  { name: 'scp', pkg: '@cloudspecs/scp-client', create: 'createScpClient' },
] as const;

const ENTRY = 'bench-entry.js';

interface Bundle {
  minified: number;
  gzip: number;
  /** The input files, relative to the repository, with their share of the output (minified bytes). */
  inputs: { file: string; bytes: number }[];
}

async function bundle(contents: string): Promise<Bundle> {
  const result = await build({
    stdin: { contents, resolveDir: benchDir, loader: 'js', sourcefile: ENTRY },
    absWorkingDir: benchDir,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('bench: esbuild produced no output');
  const meta = Object.values(result.metafile.outputs)[0];
  const inputs = Object.entries(meta?.inputs ?? {})
    .filter(([file]) => file !== '<stdin>' && file !== ENTRY)
    .map(([file, { bytesInOutput }]) => ({ file: relative(repoRoot, join(benchDir, file)), bytes: bytesInOutput }));
  return { minified: output.contents.byteLength, gzip: gzipSync(output.contents, { level: 9 }).byteLength, inputs };
}

/** Groups a bundle's inputs by package: `openapi-fetch`, `@cloudspecs/runtime`, the client itself. */
function byPackage(inputs: Bundle['inputs']): Map<string, number> {
  const shares = new Map<string, number>();
  for (const { file, bytes } of inputs) {
    const match =
      /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules)/.exec(file) ?? /^packages\/([^/]+)\//.exec(file);
    const name = match?.[1] ?? file;
    const label = name === 'runtime' ? '@cloudspecs/runtime' : name.endsWith('-client') ? `@cloudspecs/${name}` : name;
    shares.set(label, (shares.get(label) ?? 0) + bytes);
  }
  return shares;
}

/** The package.json of a package as installed for the bench (a workspace link to packages/<name>). */
function packageJsonOf(pkg: string): { file: string; json: Record<string, Record<string, string> | undefined> } {
  const file = realpathSync(join(benchDir, 'node_modules', pkg, 'package.json'));
  return { file: relative(repoRoot, file), json: JSON.parse(readFileSync(file, 'utf8')) };
}

export async function bundleSize(): Promise<SectionResult> {
  const startedAt = performance.now();
  const rows: (string | number)[][] = [];
  const budgets: Budget[] = [];
  /** Minified bytes by input file, for the `{ create…Client }` bundles. */
  const byFile = new Map<string, Map<string, number>>();
  const reference = await bundle(`export { default } from 'openapi-fetch';`);
  rows.push(['openapi-fetch alone (reference)', 'default export', kB(reference.minified), kB(reference.gzip), '—']);
  const runtimeOnly = await bundle(`export { createApiClient } from '@cloudspecs/runtime/vendor-kit';`);
  rows.push([
    '@cloudspecs/runtime (reference, no vendor)',
    '{ createApiClient }',
    kB(runtimeOnly.minified),
    kB(runtimeOnly.gzip),
    [...byPackage(runtimeOnly.inputs)].map(([name, bytes]) => `${name} ${kB(bytes)}`).join(', '),
  ]);
  for (const client of CLIENTS) {
    for (const [what, contents] of [
      [`{ ${client.create} }`, `export { ${client.create} } from '${client.pkg}';`],
      ['whole entry (export *)', `export * from '${client.pkg}';`],
    ] as const) {
      const result = await bundle(contents);
      const shares = [...byPackage(result.inputs)]
        .sort((a, b) => b[1] - a[1])
        .map(([name, bytes]) => `${name} ${kB(bytes)}`)
        .join(', ');
      rows.push([client.pkg, what, kB(result.minified), kB(result.gzip), shares]);
      if (what.startsWith('{')) {
        for (const input of result.inputs) {
          const file = input.file.replace(/^.*node_modules\//, '');
          if (!byFile.has(file)) byFile.set(file, new Map());
          byFile.get(file)?.set(client.name, input.bytes);
        }
      }
      const strange = result.inputs.filter(
        (input) =>
          !/^packages\/(runtime|[a-z]+-client)\/dist\//.test(input.file) &&
          !/node_modules\/openapi-fetch\//.test(input.file),
      );
      if (strange.length > 0) {
        budgets.push({
          name: `bundle of ${client.pkg} (${what}) holds only the packages' dist and openapi-fetch`,
          limit: 'none else',
          actual: strange.map((s) => s.file).join(', '),
          pass: false,
        });
      }
      if (what.startsWith('{')) {
        const then = before.vendors[client.name];
        const growth = result.gzip - then.bundleGzipBytes;
        // The breadth budget is on what the client adds as its operations grow; the shared runtime is measured on its
        // own (the reference row) and grew for other reasons (hardening), so it is shown beside, not counted.
        const runtimeGrowth = runtimeOnly.gzip - before.runtimeGzipBytes;
        const own = growth - runtimeGrowth;
        budgets.push({
          name: `bundle growth, gzip, the client's own part: ${client.pkg} ${what} since before (${then.operations} operations)`,
          limit: `≤ +${kB(BUNDLE_GROWTH_BUDGET_BYTES)}`,
          actual: `${own < 0 ? '−' : '+'}${kB(Math.abs(own))}`,
          pass: own <= BUNDLE_GROWTH_BUDGET_BYTES,
          note: `whole bundle ${growth < 0 ? '−' : '+'}${kB(Math.abs(growth))} (${kB(then.bundleGzipBytes)} → ${kB(result.gzip)}), of which the runtime alone ${kB(runtimeGrowth)} (${kB(before.runtimeGzipBytes)} → ${kB(runtimeOnly.gzip)})`,
        });
      }
      budgets.push({
        name: `bundle size, gzip: ${client.pkg} ${what}`,
        limit: `≤ ${kB(BUNDLE_BUDGET_BYTES)}`,
        actual: kB(result.gzip),
        pass: result.gzip <= BUNDLE_BUDGET_BYTES,
        note: `openapi-fetch alone ${kB(reference.gzip)}; largest minified: ${result.inputs
          .sort((a, b) => b.bytes - a.bytes)
          .slice(0, 3)
          .map(
            (input) => `${input.file.replace(/^.*node_modules\//, '').replace(/^packages\//, '')} ${kB(input.bytes)}`,
          )
          .join(', ')}`,
      });
    }
  }

  const dependencyRows: (string | number)[][] = [];
  for (const pkg of ['@cloudspecs/runtime', ...CLIENTS.map((c) => c.pkg)]) {
    const { file, json } = packageJsonOf(pkg);
    const runtimeDeps = ['dependencies', 'peerDependencies', 'optionalDependencies'].flatMap((field) =>
      Object.keys(json[field] ?? {}).map((name) => ({ field, name })),
    );
    const extra = runtimeDeps.filter((dep) => !ALLOWED_DEPENDENCIES.has(dep.name));
    dependencyRows.push([
      pkg,
      file,
      runtimeDeps.map((dep) => (dep.field === 'dependencies' ? dep.name : `${dep.name} (${dep.field})`)).join(', ') ||
        'none',
    ]);
    budgets.push({
      name: `runtime dependencies of ${pkg} ⊆ { openapi-fetch, @cloudspecs/runtime }`,
      limit: 'no other',
      actual: extra.length === 0 ? 'none other' : extra.map((dep) => `${dep.name} (${dep.field})`).join(', '),
      pass: extra.length === 0,
    });
  }

  return {
    title: '3. Bundle size (browser, esbuild, minified ESM, gzip)',
    method: [
      "Each client bundled from its package's built `dist` (so run `pnpm build` first) by esbuild: bundle, minify,",
      'format esm, platform browser, target es2022; @cloudspecs/runtime and openapi-fetch included. gzip is',
      'node:zlib at level 9. `{ create…Client }` is what an app importing the factory ships (the budget); the whole',
      'entry (`export *`, with the generated operation metadata and helpers) is shown too and budgeted alike. The',
      'last column splits the minified bytes by package (from the esbuild metafile). Runtime dependencies are read',
      "from each shipped package's package.json (dependencies, peerDependencies, optionalDependencies). The growth",
      'budget compares `{ create…Client }` with bench/src/baseline.ts (§6 says when and where it was measured), less',
      "the runtime's own growth over the same time (the reference row against the baseline's), which the whole",
      'bundle growth is shown beside.',
    ].join(' '),
    tables: [
      table(['package', 'import', 'minified', 'gzip', 'minified bytes by package'], rows, ['l', 'l', 'r', 'r', 'l']),
      table(
        ['input file (minified bytes in the `{ create…Client }` bundle)', ...CLIENTS.map((c) => c.name)],
        [...byFile]
          .sort((a, b) => Math.max(...b[1].values()) - Math.max(...a[1].values()))
          .map(([file, sizes]) => [file, ...CLIENTS.map((c) => (sizes.has(c.name) ? String(sizes.get(c.name)) : '—'))]),
      ),
      table(['shipped package', 'package.json', 'runtime dependencies'], dependencyRows, ['l', 'l', 'l']),
    ],
    budgets,
    seconds: (performance.now() - startedAt) / 1000,
  };
}
