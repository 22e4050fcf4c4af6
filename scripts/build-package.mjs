/**
 * `pnpm build` of a published package (run in its folder): dist/ is the declarations from tsc, one per module, for
 * editors and `tsc` users (with a `.d.cts` twin of each for CommonJS callers: scripts/cjs-declarations.mjs), and the
 * JavaScript bundled by esbuild into one file per entry of the package's `exports`
 * (`./dist/index.js` from `src/index.ts`), with a shared chunk when there are several and a chunk of its own for a
 * module that is only imported with `import()`. One file per entry instead of
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
const { metafile } = await build({
  entryPoints,
  outdir: 'dist',
  outbase: 'src',
  bundle: true,
  // A chunk per shared module, and one per module only imported with import() (a client's operationIds table, loaded
  // only by a client that traces): it stays out of the entry until it is asked for.
  splitting: true,
  chunkNames: 'shared-[hash]',
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  external: [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})],
  sourcemap: true,
  metafile: true,
  logLevel: 'warning',
});
for (const output of Object.keys(metafile.outputs)) written.add(resolve(output));
for (const twin of writeCjsDeclarations('dist', [...written])) written.add(resolve(twin));
for (const entry of readdirSync('dist', { recursive: true, withFileTypes: true })) {
  const path = resolve(join(entry.parentPath, entry.name));
  if (entry.isFile() && !written.has(path)) rmSync(path);
}
console.log(`${manifest.name} dist: ${written.size} files`);
