/**
 * `pnpm build` of a published package (run in its folder): dist/ is the declarations from tsc, one per module, for
 * editors and `tsc` users (with a `.d.cts` twin of each for CommonJS callers: scripts/cjs-declarations.mjs), and the
 * JavaScript bundled by esbuild into one file per entry of the package's `exports`
 * (`./dist/index.js` from `src/index.ts`), with one shared chunk (`dist/shared.js`) when there are several and a
 * chunk of its own for a module that is only imported with `import()`. One file per entry instead of
 * one per module makes a cold `import()` cheaper: Node resolves, reads and links each module file on its own. The
 * package's dependencies stay imports (one copy of the runtime's error classes for every client).
 * Files of earlier builds are removed afterwards, not before, so dist/ is never missing while other packages use it.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { writeCjsDeclarations } from './cjs-declarations.mjs';

const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
/**
 * `./dist/vendor-kit.js` → `src/vendor-kit.ts`: every JavaScript entry the package exports (`import` and `require`
 * name the same file: `{ import: { types, default }, require: { types, default } }`).
 */
const entryPoints = Object.values(manifest.exports)
  .map((target) => (typeof target === 'object' ? target.import?.default : undefined))
  .filter((path) => typeof path === 'string' && /^\.\/dist\/.*\.js$/.test(path))
  .map((path) => path.replace(/^\.\/dist\//, 'src/').replace(/\.js$/, '.ts'));
if (entryPoints.length === 0) throw new Error(`${manifest.name}: no ./dist/*.js entry in package.json "exports"`);

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const listed = execFileSync(
  process.execPath,
  [tsc, '-p', 'tsconfig.build.json', '--emitDeclarationOnly', '--listEmittedFiles'],
  { encoding: 'utf8' },
);
const written = new Set(
  listed
    .split('\n')
    .filter((line) => line.startsWith('TSFILE: '))
    .map((line) => resolve(line.slice('TSFILE: '.length))),
);
const options = {
  entryPoints,
  outdir: 'dist',
  outbase: 'src',
  bundle: true,
  // A chunk for what several entries share, and one per module only imported with import() (a client's operationIds
  // table, loaded only by a client that traces): it stays out of the entry until it is asked for.
  splitting: true,
  chunkNames: 'shared-[hash]',
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  external: [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})],
  sourcemap: true,
  metafile: true,
  logLevel: 'warning',
};
const merged = await oneSharedChunk();
const { metafile } = await build({ ...options, ...merged });
if (merged.plugins) {
  // `export *` leaves out a name two shared modules both export, and any default export: an entry that imports
  // one would fail only when linked, so link every entry now.
  const imports = entryPoints.map(
    (entry) => `import(${JSON.stringify(`./${entry.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js')}`)})`,
  );
  execFileSync(process.execPath, ['--input-type=module', '-e', `await Promise.all([${imports.join(', ')}]);`]);
}

/**
 * esbuild splits what the entries share into a chunk per set of entries that use it (the runtime had four, one of
 * them empty), and a client that imports three of the runtime's entries made Node resolve, read and link all of
 * them (bench/DECISIONS.md §4). When a first build (not written) gives more than one chunk that entries import
 * statically, their modules go into one `dist/shared.js` instead, and the entries import them from it: the same code
 * once, in one file. Chunks loaded only with import() stay their own.
 */
async function oneSharedChunk() {
  const trial = await build({ ...options, write: false, logLevel: 'silent' });
  const entryOutputs = Object.entries(trial.metafile.outputs).filter(([, output]) => output.entryPoint);
  const statics = new Set(
    entryOutputs.flatMap(([, output]) =>
      output.imports.filter((edge) => edge.kind === 'import-statement' && !edge.external).map((edge) => edge.path),
    ),
  );
  if (statics.size <= 1) return {};
  if (entryOutputs.some(([path]) => !/^dist\/[^/]+\.js$/.test(path))) {
    throw new Error(`${manifest.name}: one shared chunk needs every entry directly in dist/`);
  }
  const sharedModules = new Set(
    Object.entries(trial.metafile.outputs)
      .filter(([chunk]) => statics.has(chunk))
      // In the chunks' name order, as a bundler that reads them met them before: gzip of an app's bundle is then
      // within a few bytes of what it was (the minified code is the same; only the order of its modules differs).
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .flatMap(([, output]) => Object.keys(output.inputs))
      .map((input) => resolve(input)),
  );
  const entryFiles = new Map(
    entryPoints.map((entry) => [resolve(entry), `./${entry.replace(/^src\//, '').replace(/\.ts$/, '.js')}`]),
  );
  for (const entry of entryFiles.keys()) sharedModules.delete(entry);
  const { metafile: sharedMeta } = await build({
    ...options,
    entryPoints: undefined,
    outdir: undefined,
    outbase: undefined,
    splitting: false,
    stdin: {
      contents: [...sharedModules].map((module) => `export * from ${JSON.stringify(module)};`).join('\n'),
      resolveDir: resolve('src'),
      sourcefile: 'shared.ts',
      loader: 'ts',
    },
    outfile: 'dist/shared.js',
  });
  for (const output of Object.keys(sharedMeta.outputs)) written.add(resolve(output));
  return {
    plugins: [
      {
        name: 'one-shared-chunk',
        setup(context) {
          context.onResolve({ filter: /^\./ }, async (args) => {
            if (args.pluginData === 'one-shared-chunk' || args.kind === 'entry-point') return undefined;
            const found = await context.resolve(args.path, {
              kind: args.kind,
              importer: args.importer,
              resolveDir: args.resolveDir,
              pluginData: 'one-shared-chunk',
            });
            // An entry that re-exports another (the runtime's root and its errors) imports that entry's file.
            const entry = entryFiles.get(found.path);
            if (entry) return { path: entry, external: true };
            return sharedModules.has(found.path) ? { path: './shared.js', external: true } : undefined;
          });
        },
      },
    ],
  };
}
for (const output of Object.keys(metafile.outputs)) written.add(resolve(output));
for (const twin of writeCjsDeclarations('dist', [...written])) written.add(resolve(twin));
for (const entry of readdirSync('dist', { recursive: true, withFileTypes: true })) {
  const path = resolve(join(entry.parentPath, entry.name));
  if (entry.isFile() && !written.has(path)) rmSync(path);
}
console.log(`${manifest.name} dist: ${written.size} files`);
