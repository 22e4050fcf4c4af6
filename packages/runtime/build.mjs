/**
 * Builds dist/: the declarations from tsc (one per module, for editors and `tsc` users), and the JavaScript bundled by
 * esbuild into the three entry points of `exports` plus a shared chunk. One file per entry instead of one per module
 * makes a cold `import()` cheaper (Node resolves, reads and links each module file on its own), and the shared chunk
 * keeps a single copy of the error classes and the client registry whichever entry a user imports them through.
 * Files of earlier builds are removed afterwards, not before, so dist/ is never missing while other packages use it.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

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
  entryPoints: ['src/index.ts', 'src/errors-public.ts', 'src/vendor-kit.ts'],
  outdir: 'dist',
  bundle: true,
  splitting: true,
  chunkNames: 'shared-[hash]',
  format: 'esm',
  platform: 'neutral',
  target: 'es2022',
  external: ['openapi-fetch'],
  sourcemap: true,
  metafile: true,
  logLevel: 'warning',
});
for (const output of Object.keys(metafile.outputs)) written.add(resolve(output));
for (const entry of readdirSync('dist', { recursive: true, withFileTypes: true })) {
  const path = resolve(join(entry.parentPath, entry.name));
  if (entry.isFile() && !written.has(path)) rmSync(path);
}
console.log(`dist: ${written.size} files`);
