#!/usr/bin/env node
/**
 * The README's quick start, on a machine with only Node ≥ 20 and npm:
 *   npm start   install, generate, build, and call every client against its mock
 *   npm test    install, drift check, lint, build, and every test
 * pnpm itself comes from the npm registry through npx at the version pinned in package.json.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const { packageManager } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const env = {
  ...process.env,
  TURBO_TELEMETRY_DISABLED: '1',
  TURBO_NO_UPDATE_NOTIFIER: '1',
  DO_NOT_TRACK: '1',
  REDOCLY_TELEMETRY: 'off',
  REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
  NO_UPDATE_NOTIFIER: '1',
};

const steps = {
  start: [['install', '--frozen-lockfile'], ['build'], ['demo']],
  test: [
    ['install', '--frozen-lockfile'],
    ['generate', '--check'],
    ['build'],
    ['lint'],
    ['test:packages'],
    ['test:scripts'],
    ['test:smoke'],
  ],
};

const mode = process.argv[2];
if (!(mode in steps)) {
  console.error(`usage: node scripts/bootstrap.mjs <${Object.keys(steps).join('|')}>`);
  process.exit(2);
}
// A pnpm already on PATH at the pinned version is used as is; otherwise npx fetches that version from the registry.
const pinned = packageManager.replace(/^pnpm@/, '');
const local = spawnSync('pnpm', ['--version'], { encoding: 'utf8', env });
const pnpm = local.status === 0 && local.stdout.trim() === pinned ? ['pnpm'] : ['npx', '--yes', packageManager];

for (const args of steps[mode]) {
  const command = [...pnpm, ...args];
  console.log(`\n› ${['pnpm', ...args].join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command[0], command.slice(1), { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(
      `\n✗ \`pnpm ${args.join(' ')}\` failed (${result.error ? result.error.message : `exit ${result.status ?? result.signal}`}) after ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    process.exit(result.status || 1);
  }
}
