#!/usr/bin/env node
/**
 * The README's quick start, on a machine with only Node ≥ 20 and npm:
 *   npm start   install, generate, build, and call every client against its mock
 *   npm test    install, drift check, lint, build, and every test
 * pnpm itself comes from the npm registry through npx at the version pinned in package.json.
 */
import { spawn, spawnSync } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';
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

// Vitest's per-suite counts ("Tests  12 passed (12)", "Tests  1 failed | 11 passed (12)") are added up across steps so
// the run ends with one line saying how many tests ran.
const totals = { passed: 0, failed: 0, skipped: 0 };
function count(text) {
  const plain = stripVTControlCharacters(text);
  for (const line of plain.split('\n')) {
    const match = /^\S*\s*Tests\s+(.*)\(\d+\)\s*$/.exec(line.replace(/^.*?:\s+(?=Tests)/, ''));
    if (!match?.[1]) continue;
    for (const [, n, kind] of match[1].matchAll(/(\d+) (passed|failed|skipped)/g)) totals[kind] += Number(n);
  }
}

function run(args) {
  const command = [...pnpm, ...args];
  return new Promise((resolve) => {
    const child = spawn(command[0], command.slice(1), { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env });
    let pending = '';
    const forward = (stream) => (chunk) => {
      stream.write(chunk);
      pending += chunk.toString();
      const end = pending.lastIndexOf('\n');
      if (end >= 0) {
        count(pending.slice(0, end));
        pending = pending.slice(end + 1);
      }
    };
    child.stdout.on('data', forward(process.stdout));
    child.stderr.on('data', forward(process.stderr));
    child.on('error', (error) => resolve({ code: 1, reason: error.message }));
    child.on('close', (code, signal) => {
      count(pending);
      resolve({ code: code ?? 1, reason: `exit ${code ?? signal}` });
    });
  });
}

for (const args of steps[mode]) {
  console.log(`\n› ${['pnpm', ...args].join(' ')}`);
  const started = Date.now();
  const result = await run(args);
  if (result.code !== 0) {
    console.error(
      `\n✗ \`pnpm ${args.join(' ')}\` failed (${result.reason}) after ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    if (mode === 'test') console.log(`\ntests: ${totals.passed} passed, ${Math.max(totals.failed, 1)} failed`);
    process.exit(result.code || 1);
  }
}
if (mode === 'test')
  console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
