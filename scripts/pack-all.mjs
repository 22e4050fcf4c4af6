#!/usr/bin/env node
/**
 * pnpm pack:all [folder] — every publishable package, built and packed as npm would receive it, into one folder
 * (default: packed/ at the repository root), so the packages can be tried before they are on npm:
 *
 *   npm install <that folder>/*.tgz
 *
 * All of them at once: each client depends on @cloudspecs/runtime, which is not on npm either.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packPackages, pnpmCommand, publishablePackages } from './lib/publishable-packages.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
if (args.length > 1 || args.some((arg) => arg.startsWith('-'))) {
  console.error('usage: pnpm pack:all [folder]   (default folder: packed/)');
  process.exit(2);
}
const destination = resolve(process.env.INIT_CWD ?? process.cwd(), args[0] ?? join(root, 'packed'));
const packages = publishablePackages(root);

// Build first (a turbo cache hit when nothing changed), so no tarball holds a stale or missing dist/.
const [command, buildArgs] = pnpmCommand([
  'exec',
  'turbo',
  'run',
  'build',
  ...packages.flatMap((pkg) => ['--filter', pkg.name]),
  '--output-logs=errors-only',
]);
// Turbo's telemetry stays off and its notices unprinted: this prints the tarballs and the install command, nothing else.
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', TURBO_NO_UPDATE_NOTIFIER: '1', DO_NOT_TRACK: '1' };
const build = spawnSync(command, buildArgs, { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) {
  console.error(`pack:all: the build failed (${build.error?.message ?? `exit ${build.status}`}); nothing was packed`);
  process.exit(1);
}

// Old tarballs would be installed along with the new ones by `npm install packed/*.tgz`: start from an empty folder.
mkdirSync(destination, { recursive: true });
for (const entry of readdirSync(destination)) {
  if (entry.endsWith('.tgz')) rmSync(join(destination, entry));
}
let packed;
try {
  packed = packPackages(root, packages, destination);
} catch (error) {
  console.error(`pack:all: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
const shown = relative(process.env.INIT_CWD ?? process.cwd(), destination) || '.';
console.log(`pack:all: ${packed.length} packages in ${shown}/`);
for (const pkg of packed) console.log(`  ${basename(pkg.tarball)}`);
console.log(`install them all at once in your project:\n  npm install ${join(destination, '*.tgz')}`);
