#!/usr/bin/env node
/**
 * pnpm test:smoke — the published packages as a user receives them.
 *
 *   1. build the packages (turbo; a cache hit when nothing changed)
 *   2. `pnpm pack` every publishable package (workspace:* becomes a version)
 *   3. in a scratch project in the OS temp dir, `npm install` the tarballs, typescript, @types/node and vitest
 *   4. check that every @cloudspecs package came from its tarball, once (no copy from the registry, no nested copy)
 *   5. type-check the examples (examples/, the ones the READMEs embed) and smoke/consumer.ts under
 *      moduleResolution node16 and bundler (strict, skipLibCheck: false)
 *   6. run the consumer (what a user relies on beyond the examples) against the installed @cloudspecs/mock
 *   7. run the @cloudspecs/mock README's vitest example (examples/mock-vitest: globalSetup starting startMock)
 *   8. start the installed `cloudspecs-mock` CLI and call it
 *   9. the README's "In your project" commands, as typed there: `npx tsx first-call.ts` runs the first-call example
 *      against the mock; `npx tsc --init`, with "types": ["node"] set as the README says, then `npx tsc --noEmit`
 *  10. a CommonJS project (`"type": "commonjs"`): npm install the tarballs, type-check smoke/commonjs/consumer.cts
 *      under module node16 (its imports become require(), typed by the packages' .d.cts files), check that the
 *      output require()s every package, and run it: each client required and called against the mock (Node ≥ 20.19)
 *
 * Options: --no-build (use the dist/ folders as they are), --keep (keep the scratch project; it is always kept when a
 * step fails). Exit status 1 names the step that failed, with its command's output.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { packPackages, pnpmCommand, publishablePackages } from '../scripts/lib/publishable-packages.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const here = fileURLToPath(new URL('.', import.meta.url));
const examplesDir = join(root, 'examples');
const args = new Set(process.argv.slice(2));
const unknown = [...args].filter((arg) => !['--no-build', '--keep'].includes(arg));
if (unknown.length > 0) {
  console.error(`smoke: unknown option ${unknown.join(' ')}\nusage: node smoke/run.mjs [--no-build] [--keep]`);
  process.exit(2);
}

/** The tool versions the consumer installs: the workspace's own, so the smoke test checks what CI checks. */
const rootManifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
// The OpenTelemetry packages are those examples/katapult-tracing.ts imports (the clients' optional peer and an SDK).
const consumerTools = [
  'typescript',
  '@types/node',
  'vitest',
  'tsx',
  '@opentelemetry/api',
  '@opentelemetry/sdk-trace-base',
  '@opentelemetry/sdk-trace-node',
].map((name) => {
  const range = rootManifest.devDependencies?.[name];
  if (!range) throw new Error(`smoke: the root package.json has no devDependency ${name} to take the version from`);
  return `${name}@${range}`;
});

/**
 * pnpm mirrors its own settings into npm_config_* variables (npm_config_verify_deps_before_run, …); npm warns about
 * every one it does not know. The consumer is a plain npm user: give npm only the environment a user's shell has.
 */
const npmEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => {
    if (!key.startsWith('npm_')) return true;
    const setting = key.replace(/^npm_config_/, '');
    return key.startsWith('npm_config_') && !(`pnpm_config_${setting}` in process.env) && setting !== 'user_agent';
  }),
);
/** The consumer runs with no credentials in its environment: every one it uses is given as an option. */
const consumerEnv = Object.fromEntries(Object.entries(npmEnv).filter(([key]) => !/^(KATAPULT|HOSTWAY|SCP)_/.test(key)));

class StepFailure extends Error {}

/** Runs a command, capturing its output; rejects with the output when it fails or outlives `timeoutMs`. */
function run(command, commandArgs, { cwd, env = npmEnv, timeoutMs = 120_000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new StepFailure(
          `\`${[command, ...commandArgs].join(' ')}\` took longer than ${timeoutMs / 1000} s:\n${output}`,
        ),
      );
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new StepFailure(`\`${command}\` could not be started: ${error.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(output);
      else
        reject(new StepFailure(`\`${[command, ...commandArgs].join(' ')}\` exited with ${code ?? signal}:\n${output}`));
    });
  });
}

const timings = [];
/** Runs one step: prints its title, then its time; `label` names it in the closing summary. */
async function step(label, title, action) {
  const started = performance.now();
  process.stdout.write(`› ${title}\n`);
  try {
    const result = await action();
    const seconds = (performance.now() - started) / 1000;
    timings.push([label, seconds]);
    process.stdout.write(`  ✓ ${seconds.toFixed(1)} s\n`);
    return result;
  } catch (error) {
    error.step = title;
    throw error;
  }
}

const started = performance.now();
const scratch = mkdtempSync(join(tmpdir(), 'cloudspecs-smoke-'));
const tarballsDir = join(scratch, 'tarballs');
const project = join(scratch, 'consumer');
const commonjsProject = join(scratch, 'commonjs-consumer');
let failed = false;

try {
  const packages = publishablePackages(root);
  if (packages.length === 0) throw new StepFailure('no publishable package found under packages/');

  if (!args.has('--no-build')) {
    await step('build', 'build the packages (turbo)', () =>
      run(...pnpmCommand(['exec', 'turbo', 'run', 'build', '--filter=./packages/*', '--output-logs=errors-only']), {
        cwd: root,
        env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', TURBO_NO_UPDATE_NOTIFIER: '1' },
        timeoutMs: 600_000,
      }),
    );
  }

  const packed = await step('pack', `pack ${packages.length} packages with pnpm pack`, async () => {
    mkdirSync(tarballsDir);
    const result = packPackages(root, packages, tarballsDir);
    for (const pkg of result) {
      const dependencies = Object.entries(pkg.packedManifest.dependencies ?? {})
        .filter(([name]) => name.startsWith('@cloudspecs/'))
        .map(([name, range]) => `${name}@${range}`);
      console.log(
        `  ${pkg.tarball.replace(`${scratch}/`, '')}${dependencies.length ? `  (depends on ${dependencies.join(', ')})` : ''}`,
      );
    }
    return result;
  });

  await step('npm install', `npm install the tarballs, ${consumerTools.join(', ')} into ${project}`, async () => {
    mkdirSync(project);
    writeFileSync(
      join(project, 'package.json'),
      `${JSON.stringify({ name: 'cloudspecs-smoke-consumer', private: true, type: 'module' }, null, 2)}\n`,
    );
    for (const file of ['consumer.ts', 'tsconfig.node16.json', 'tsconfig.bundler.json']) {
      cpSync(join(here, file), join(project, file));
    }
    cpSync(examplesDir, join(project, 'examples'), { recursive: true });
    await run(
      'npm',
      ['install', '--no-audit', '--no-fund', '--prefer-offline', ...packed.map((pkg) => pkg.tarball), ...consumerTools],
      { cwd: project, timeoutMs: 300_000 },
    );
  });

  await step('install check', 'check that each @cloudspecs package was installed once, from its tarball', () =>
    checkInstalled(project, packed),
  );

  const tsc = join(project, 'node_modules', 'typescript', 'bin', 'tsc');
  await step('type-check', 'type-check the examples and consumer.ts: moduleResolution node16 and bundler', async () => {
    const version = (await run(process.execPath, [tsc, '--version'], { cwd: project })).trim();
    console.log(`  ${version}; strict, skipLibCheck: false (node16 adds exactOptionalPropertyTypes, no DOM lib)`);
    const results = await Promise.allSettled(
      ['node16', 'bundler'].map((flavour) =>
        run(process.execPath, [tsc, '-p', `tsconfig.${flavour}.json`], { cwd: project }).catch((error) => {
          error.message = `moduleResolution ${flavour}: ${error.message}`;
          throw error;
        }),
      ),
    );
    const errors = results.filter((result) => result.status === 'rejected').map((result) => result.reason.message);
    if (errors.length > 0) throw new StepFailure(errors.join('\n'));
  });

  await step('consumer', 'run consumer.ts against the Prism mocks of the installed @cloudspecs/mock', async () => {
    const output = await run(process.execPath, [join('out', 'consumer.js')], {
      cwd: project,
      env: consumerEnv,
      timeoutMs: 60_000,
    });
    process.stdout.write(output);
  });

  await step(
    'vitest example',
    "run the @cloudspecs/mock README's vitest example (globalSetup: startMock)",
    async () => {
      const vitest = join(project, 'node_modules', 'vitest', 'vitest.mjs');
      const output = await run(process.execPath, [vitest, 'run', '--root', join('examples', 'mock-vitest')], {
        cwd: project,
        env: { ...consumerEnv, NO_COLOR: '1', CI: '1' },
        timeoutMs: 120_000,
      });
      const summary = output.split('\n').filter((line) => /✓|Test Files|Tests /.test(line));
      console.log(summary.map((line) => `  ${line.trim()}`).join('\n'));
    },
  );

  await step('CLI', 'start the installed cloudspecs-mock CLI and call it', () => checkCli(project));

  await step(
    'README',
    "the README's TypeScript commands: npx tsx first-call.ts, npx tsc --init, npx tsc --noEmit",
    () => readmeTypeScript(project),
  );

  await step('CommonJS', 'a CommonJS project: require() each package, type-checked with module node16', async () => {
    mkdirSync(commonjsProject);
    writeFileSync(
      join(commonjsProject, 'package.json'),
      `${JSON.stringify({ name: 'cloudspecs-smoke-commonjs', private: true, type: 'commonjs' }, null, 2)}\n`,
    );
    for (const file of ['consumer.cts', 'tsconfig.json'])
      cpSync(join(here, 'commonjs', file), join(commonjsProject, file));
    const tools = consumerTools.filter((tool) => !tool.startsWith('vitest@'));
    await run(
      'npm',
      ['install', '--no-audit', '--no-fund', '--prefer-offline', ...packed.map((pkg) => pkg.tarball), ...tools],
      {
        cwd: commonjsProject,
        timeoutMs: 300_000,
      },
    );
    checkInstalled(commonjsProject, packed);
    await run(
      process.execPath,
      [join(commonjsProject, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'],
      {
        cwd: commonjsProject,
      },
    );
    // What Node runs is plain CommonJS: each package is loaded by require(), not by an import() TypeScript kept.
    const compiled = readFileSync(join(commonjsProject, 'out', 'consumer.cjs'), 'utf8');
    const notRequired = packed.filter((pkg) => !compiled.includes(`require("${pkg.name}")`)).map((pkg) => pkg.name);
    if (notRequired.length > 0) {
      throw new StepFailure(`out/consumer.cjs does not require() ${notRequired.join(', ')}:\n${compiled}`);
    }
    const output = await run(process.execPath, [join('out', 'consumer.cjs')], {
      cwd: commonjsProject,
      env: consumerEnv,
      timeoutMs: 60_000,
    });
    process.stdout.write(output);
  });
} catch (error) {
  failed = true;
  const where = error.step ? `the step "${error.step}" failed` : 'failed';
  console.error(`\n✗ smoke: ${where}:\n${error instanceof StepFailure ? error.message : error.stack}`);
  console.error(`\nThe scratch project is kept for a look: ${scratch}`);
} finally {
  const total = (performance.now() - started) / 1000;
  if (!failed) {
    console.log(`\n✓ smoke: the packed packages install, type-check and run from ${project} (${total.toFixed(1)} s)`);
    console.log(`  ${timings.map(([label, seconds]) => `${label} ${seconds.toFixed(1)} s`).join(' · ')}`);
    if (args.has('--keep')) console.log(`  kept: ${scratch}`);
    else rmSync(scratch, { recursive: true, force: true });
  }
  process.exitCode = failed ? 1 : 0;
}

/**
 * README.md "In your project": the first call saved as first-call.ts runs with `npx tsx` (against the installed mock),
 * and the tsconfig.json `npx tsc --init` writes, with "types": ["node"] set in it, type-checks the project.
 */
async function readmeTypeScript(cwd) {
  cpSync(join(examplesDir, 'katapult-first-call.ts'), join(cwd, 'first-call.ts'));
  const { startMock } = await import(
    pathToFileURL(join(cwd, 'node_modules', '@cloudspecs', 'mock', 'dist', 'index.js')).href
  );
  const mock = await startMock('katapult', { quiet: true });
  try {
    const output = await run('npx', ['tsx', 'first-call.ts'], {
      cwd,
      env: { ...consumerEnv, KATAPULT_API_TOKEN: 'smoke-token', KATAPULT_BASE_URL: mock.url },
      timeoutMs: 60_000,
    });
    if (!/^\d+\.\d+\.\d+\.\d+ ip_\w+$/m.test(output))
      throw new StepFailure(`npx tsx first-call.ts printed:\n${output}`);
    console.log(`  npx tsx first-call.ts: ${output.trim().split('\n').join(' · ')}`);
  } finally {
    await mock.close();
  }
  await run('npx', ['tsc', '--init'], { cwd });
  const config = readFileSync(join(cwd, 'tsconfig.json'), 'utf8');
  if (!config.includes('"types": []')) {
    throw new StepFailure(`npx tsc --init no longer writes "types": [], which the README says to set:\n${config}`);
  }
  writeFileSync(join(cwd, 'tsconfig.json'), config.replace('"types": []', '"types": ["node"]'));
  await run('npx', ['tsc', '--noEmit'], { cwd });
  console.log('  npx tsc --noEmit: the examples, first-call.ts and consumer.ts under what npx tsc --init writes');
}

/** Each @cloudspecs package of `cwd` was installed once, from its tarball, at the packed version. */
function checkInstalled(cwd, packed) {
  const lock = JSON.parse(readFileSync(join(cwd, 'package-lock.json'), 'utf8'));
  const problems = [];
  for (const [path, entry] of Object.entries(lock.packages ?? {})) {
    const match = /(?:^|\/)node_modules\/(@cloudspecs\/[^/]+)$/.exec(path);
    if (!match) continue;
    const expected = packed.find((pkg) => pkg.name === match[1]);
    if (!expected) problems.push(`${path}: not a package of this workspace (from ${entry.resolved})`);
    else if (path !== `node_modules/${match[1]}`) problems.push(`${path}: a second, nested copy (${entry.version})`);
    else if (!String(entry.resolved).startsWith('file:'))
      problems.push(`${path}: from ${entry.resolved}, not the tarball`);
    else if (entry.version !== expected.version)
      problems.push(`${path}: version ${entry.version}, packed ${expected.version}`);
  }
  const installed = readdirSync(join(cwd, 'node_modules', '@cloudspecs'));
  for (const pkg of packed) {
    if (!installed.includes(pkg.name.split('/')[1])) problems.push(`${pkg.name}: not installed`);
  }
  if (problems.length > 0) throw new StepFailure(problems.join('\n'));
  console.log(`  ${packed.map((pkg) => `${pkg.name}@${pkg.version}`).join(', ')}`);
}

/** `cloudspecs-mock katapult --port 0` from node_modules/.bin: it listens, answers a spec'd request, stops on SIGTERM. */
async function checkCli(cwd) {
  const bin = join(cwd, 'node_modules', '.bin', 'cloudspecs-mock');
  const child = spawn(bin, ['katapult', '--port', '0'], { cwd, env: consumerEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise((resolve) => child.on('close', (code, signal) => resolve(code ?? signal)));
  try {
    const url = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new StepFailure(`no "listening on" line within 20 s:\n${output}`)), 20_000);
      const onData = (chunk) => {
        output += chunk;
        const match = /listening on (http:\/\/\S+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.on('error', (error) => reject(new StepFailure(`${bin} could not be started: ${error.message}`)));
      exited.then((code) =>
        reject(new StepFailure(`cloudspecs-mock exited with ${code} before listening:\n${output}`)),
      );
    });
    const response = await fetch(`${url}/data_centers`, { headers: { Authorization: 'Bearer smoke-token' } });
    const body = await response.text();
    if (response.status !== 200) throw new StepFailure(`GET ${url}/data_centers answered ${response.status}:\n${body}`);
    console.log(`  ${output.trim()}\n  GET /data_centers → ${response.status} (${body.length} bytes)`);
  } finally {
    child.kill('SIGTERM');
  }
  const code = await exited;
  if (code !== 0) throw new StepFailure(`cloudspecs-mock exited with ${code} on SIGTERM, not 0:\n${output}`);
}
