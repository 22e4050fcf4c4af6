/**
 * Builds dist/: the declarations from tsc (one per module, for editors and `tsc` users), and the JavaScript bundled by
 * esbuild into the three entry points of `exports` plus one shared chunk. One file per entry instead of one per module
 * makes a cold `import()` cheaper (Node resolves, reads and links each module file on its own), and the shared chunk
 * keeps a single copy of the error classes and the client registry whichever entry a user imports them through.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build } from 'esbuild';

rmSync('dist', { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--emitDeclarationOnly'], { stdio: 'inherit' });
await build({
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
  logLevel: 'warning',
});
