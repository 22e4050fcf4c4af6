#!/usr/bin/env node
/**
 * The README's quick start, on a machine with only Node ≥ 20 and npm:
 *   npm start   install, generate, build, and call every client against its mock
 *   npm test    install, drift check, lint, build, and every test
 * pnpm itself comes from the npm registry through npx at the version pinned in package.json.
 *
 * Quiet by design: each step prints one line when it passes (its output is kept back) and its whole output when it
 * fails. `npm start` ends with the demo's lines; `npm test` ends with the totals line
 * `tests: N passed, N failed, N skipped`, which CI reads. `--verbose` streams every step's output as it comes.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';

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
  npm_config_update_notifier: 'false',
};

/**
 * Each step: the pnpm arguments, and what it does in words. `stream` steps print their output as it comes (the demo);
 * the others print it only when they fail. test:packages asks turbo to replay cached logs (turbo.json says new-only),
 * so that the tests a cache hit stands for are still counted.
 */
const steps = {
  start: [
    { args: ['install', '--frozen-lockfile'], what: 'install the dependencies' },
    { args: ['build'], what: 'generate the clients from specs/ and build every package' },
    { args: ['--silent', 'demo'], what: 'call each client against a mock of its spec', stream: true },
  ],
  test: [
    { args: ['install', '--frozen-lockfile'], what: 'install the dependencies' },
    { args: ['generate', '--check'], what: 'generated code matches the specs' },
    { args: ['build'], what: 'build every package' },
    { args: ['lint'], what: 'Biome, Redocly, tsc, package READMEs' },
    { args: ['test:packages', '--output-logs=full'], what: 'every package’s tests' },
    { args: ['test:scripts'], what: 'generator, examples, mock against the clients' },
    { args: ['lint:packages', '--no-build'], what: 'publint and attw on every packed package' },
    { args: ['test:smoke'], what: 'the packed packages installed with npm and run' },
    { args: ['test:readme'], what: 'every command the READMEs show, typed as shown' },
  ],
};

const mode = process.argv[2];
const verbose = process.argv.includes('--verbose');
if (!(mode in steps)) {
  console.error(`usage: node scripts/bootstrap.mjs <${Object.keys(steps).join('|')}> [--verbose]`);
  process.exit(2);
}
// A pnpm already on PATH at the pinned version is used as is; otherwise npx fetches that version from the registry.
const pinned = packageManager.replace(/^pnpm@/, '');
const local = spawnSync('pnpm', ['--version'], { encoding: 'utf8', env });
const pnpm =
  local.status === 0 && local.stdout.trim() === pinned
    ? ['pnpm']
    : ['npx', '--yes', '--loglevel=error', packageManager];

// Vitest's per-suite counts ("Tests  12 passed (12)", "Tests  1 failed | 11 passed (12)") are added up across steps so
// the run ends with one line saying how many tests ran.
const totals = { passed: 0, failed: 0, skipped: 0 };
function count(text) {
  const found = { passed: 0, failed: 0, skipped: 0 };
  for (const line of stripVTControlCharacters(text).split('\n')) {
    const match = /^\S*\s*Tests\s+(.*)\(\d+\)\s*$/.exec(line.replace(/^.*?:\s+(?=Tests)/, ''));
    if (!match?.[1]) continue;
    for (const [, n, kind] of match[1].matchAll(/(\d+) (passed|failed|skipped)/g)) found[kind] += Number(n);
  }
  return found;
}

/** Runs one step; resolves with its exit code and everything it printed (stdout and stderr, in order). */
function run(args, stream) {
  const command = [...pnpm, ...args];
  return new Promise((resolve) => {
    const child = spawn(command[0], command.slice(1), { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env });
    let output = '';
    const collect = (target) => (chunk) => {
      output += chunk.toString();
      if (stream || verbose) target.write(chunk);
    };
    child.stdout.on('data', collect(process.stdout));
    child.stderr.on('data', collect(process.stderr));
    child.on('error', (error) => resolve({ code: 1, reason: error.message, output }));
    child.on('close', (code, signal) => resolve({ code: code ?? 1, reason: `exit ${code ?? signal}`, output }));
  });
}

/**
 * What to show of a failed step: for a turbo run, only the lines of the tasks that failed (turbo prefixes each line
 * with `<package>:<task>: `) and turbo's own summary; for anything else, everything.
 */
function failureOutput(output) {
  const lines = stripVTControlCharacters(output).split('\n');
  const failed = new Set();
  for (const line of lines) {
    // `pkg:task:  ELIFECYCLE …` from the task itself, `pkg#task:  ERROR …` from turbo.
    const match = /^(\S+?)[:#]([^\s:]+):\s+(?:ERROR|ELIFECYCLE|ERR_PNPM)/.exec(line);
    if (match?.[1] && match[2]) failed.add(`${match[1]}:${match[2]}`);
  }
  if (failed.size === 0) return lines.join('\n').trimEnd();
  return lines
    .filter((line) => {
      const prefix = /^(\S+:\S+): /.exec(line)?.[1];
      return prefix === undefined ? line.trim() !== '' : failed.has(prefix);
    })
    .join('\n')
    .trimEnd();
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
console.log(
  `cloudspecs: npm ${mode} — pnpm ${pinned}${pnpm[0] === 'pnpm' ? '' : ' (through npx)'}, Node ${process.version}`,
);
for (const step of steps[mode]) {
  const label = ['pnpm', ...step.args.filter((arg) => !['--output-logs=full', '--silent'].includes(arg))].join(' ');
  if (step.stream) console.log(`› ${label}: ${step.what}`);
  const started = Date.now();
  const result = await run(step.args, step.stream);
  const found = count(result.output);
  for (const kind of Object.keys(totals)) totals[kind] += found[kind];
  const ran = found.passed + found.failed + found.skipped;
  const tests = ran > 0 ? ` — ${found.passed} passed${found.failed ? `, ${found.failed} failed` : ''}` : '';
  if (result.code !== 0) {
    console.log(`✗ ${label}: ${step.what}${tests} (${result.reason}, ${seconds(Date.now() - started)})`);
    if (!step.stream && !verbose) console.log(failureOutput(result.output));
    console.log(`✗ \`${label}\` failed; run it alone to see it again, or \`npm ${mode} -- --verbose\` for every step`);
    if (mode === 'test') {
      console.log(`tests: ${totals.passed} passed, ${Math.max(totals.failed, 1)} failed, ${totals.skipped} skipped`);
    }
    process.exit(result.code || 1);
  }
  if (!step.stream) console.log(`✓ ${label}: ${step.what}${tests} (${seconds(Date.now() - started)})`);
}
if (mode === 'test') {
  console.log(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
}
