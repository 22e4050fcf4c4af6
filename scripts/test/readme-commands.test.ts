/**
 * Every command README.md and docs/README.md show, typed exactly as shown: each line of their fenced `sh` blocks and
 * each `pnpm …` command in their tables. A command is run here, or is a step of `npm test` itself (running it again
 * would run the suite twice, or this test inside itself), or is in `skipped` below with the reason. The pnpm they run
 * with is the one the README says to install, installed into a scratch global folder: the suite needs nothing the
 * README does not tell a user to get.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commandsOf } from '../lib/readme-commands.ts';

const repo = join(import.meta.dirname, '..', '..');
const rootManifest = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as {
  packageManager: string;
  scripts: Record<string, string>;
};
const documents = ['README.md', 'docs/README.md'];

const shown = [...new Set(documents.flatMap((file) => commandsOf(readFileSync(join(repo, file), 'utf8'))))];

/** Steps of `npm test` (scripts/bootstrap.mjs), already run by the suite this test is part of. */
const bootstrap = readFileSync(join(repo, 'scripts', 'bootstrap.mjs'), 'utf8');
const testSteps = new Set(
  [...bootstrap.slice(bootstrap.indexOf('test: [')).matchAll(/args: \[([^\]]*)\]/g)].map(
    ([, args]) =>
      `pnpm ${[...(args ?? '').matchAll(/'([^']+)'/g)]
        .map(([, arg]) => arg ?? '')
        .filter((arg) => !arg.startsWith('--output-logs'))
        .join(' ')}`,
  ),
);
const partOfNpmTest: Record<string, string> = {
  'npm test': 'the suite this test is part of',
  'pnpm lint:packages': 'a step of `npm test` (packing is slow, so it is not part of `pnpm lint`)',
  'pnpm --filter @cloudspecs/docs test': 'the docs package’s suite, run by `pnpm test:packages`, a step of `npm test`',
};

/** Commands not run here, and why: each needs the network beyond the npm registry, publishes, or needs your project. */
const skipped: Record<string, string> = {
  'npm install ../cloudspecs/packed/*.tgz':
    'installs into your own project next to the clone; `pnpm test:smoke` installs the same tarballs with npm',
  'npm install --save-dev typescript tsx @types/node':
    'installs into your own project; `pnpm test:smoke` installs them (at the versions the workspace uses) next to the tarballs',
  'npx tsx first-call.ts': 'runs in your own project; `pnpm test:smoke` runs it there, against the mock',
  'npx tsc --init': 'writes your own tsconfig.json; `pnpm test:smoke` runs it, sets "types" as the README says',
  'npx tsc --noEmit': 'type-checks your own project; `pnpm test:smoke` runs it with what `npx tsc --init` wrote',
  'apt-get update && apt-get install -y chromium':
    'installs a system package as root from Debian’s mirrors; `.ci/run` does it before `npm test`',
  'rsync -a --delete site/ host:/var/www/cloudspecs/': 'publishes the site to a host of yours',
  'pnpm bench':
    'benchmarks: minutes of measuring, and their budgets (`--check`) mean nothing on a CI machine shared with other jobs',
  'pnpm bench --check': 'as `pnpm bench`',
};

/** Servers: started, asked once, stopped. */
const servers: Record<string, { ready: RegExp; path: string; headers?: Record<string, string>; expect: RegExp }> = {
  'pnpm exec cloudspecs-mock katapult --port 4010': {
    ready: /listening on (http:\/\/\S+)/,
    path: '/data_centers',
    headers: { Authorization: 'Bearer readme-test' },
    expect: /katapult {2}GET \/data_centers → 200/,
  },
  'pnpm exec cloudspecs-mock katapult --twin --port 4010': {
    ready: /twin listening on (http:\/\/\S+)/,
    path: '/zones',
    headers: { Authorization: 'Bearer readme-test' },
    expect: /katapult twin {2}GET \/zones → 200/,
  },
  'pnpm exec cloudspecs-mock hostway --twin --port 4011': {
    ready: /twin listening on (http:\/\/\S+)/,
    path: '/flavors',
    headers: { Authorization: `Basic ${Buffer.from('readme:test').toString('base64')}` },
    expect: /hostway twin {2}GET \/flavors → 200/,
  },
  'pnpm --filter @cloudspecs/docs preview': {
    ready: /serving site\/ on (http:\/\/\S+?)\/? /,
    path: '/',
    expect: /serving site\//,
  },
};

/** pnpm's own commands and the ones it passes to npm (pnpm 10): a root script with one of these names never runs. */
const builtIns = new Set(
  [
    ...'add approve-builds audit bin c cache cat-file cat-index config create dedupe deploy dlx doctor env exec fetch',
    ...' find-hash help i ignored-builds import init install install-test it la licenses link list ll ln ls outdated',
    ...' pack patch patch-commit patch-remove prune publish rb rebuild remove rm root run self-update server setup',
    ...' store un uninstall unlink up update upgrade why',
    // passed through to npm
    ...' access adduser bugs deprecate dist-tag docs edit find home info issues login logout owner ping prefix',
    ...' profile pkg repo s se search set-script show star stars team token unpublish unstar v version view whoami xmas',
  ]
    .join('')
    .split(' '),
);

/** A shell environment like a user's: none of the variables pnpm or vitest set for the process running this test. */
function userEnvironment(extraPath: string): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^(npm_|pnpm_|PNPM_|VITEST|TINYPOOL)/i.test(key) && !['NODE_ENV', 'INIT_CWD', 'TEST'].includes(key),
    ),
  );
  return { ...env, PATH: `${extraPath}${delimiter}${process.env.PATH ?? ''}`, npm_config_update_notifier: 'false' };
}

const globalDir = mkdtempSync(join(tmpdir(), 'cloudspecs-readme-pnpm-'));
const env = userEnvironment(join(globalDir, 'bin'));
const running: ChildProcess[] = [];
afterAll(() => {
  for (const child of running) stop(child);
  rmSync(globalDir, { recursive: true, force: true });
});

/** Stops a server started with `sh -c` and everything it started (its process group); quiet if it already ended. */
function stop(child: ChildProcess): void {
  if (!child.pid || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

/** Each command may take this long: `npm start` installs and builds, on a CI machine shared with other jobs. */
const commandTimeout = 600_000;

function runShell(command: string, extraEnv: NodeJS.ProcessEnv = {}) {
  const result = spawnSync('sh', ['-c', command], {
    cwd: repo,
    env: { ...env, ...extraEnv },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: commandTimeout,
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

async function probeServer(command: string, server: (typeof servers)[string]): Promise<void> {
  const child = spawn('sh', ['-c', command], { cwd: repo, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  running.push(child);
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`\`${command}\` did not start in 120 s:\n${output}`)), 120_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = server.ready.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1].replace(/\/$/, ''));
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`\`${command}\` exited with ${code} before it was ready:\n${output}`));
    });
  });
  const response = await fetch(`${url}${server.path}`, { headers: server.headers ?? {} });
  expect(response.status, output).toBe(200);
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(output).toMatch(server.expect);
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  stop(child);
  await exited;
}

describe('README commands, typed as shown', () => {
  it('the lists are what the READMEs show: every command is run, part of npm test, or skipped with a reason', () => {
    expect(shown).toContain('npm start');
    expect(shown).toContain('pnpm docs:build');
    for (const command of [...Object.keys(skipped), ...Object.keys(servers), ...Object.keys(partOfNpmTest)]) {
      expect(shown, `${command} is listed here but no README shows it`).toContain(command);
    }
    expect([...testSteps]).toEqual(
      expect.arrayContaining(['pnpm lint', 'pnpm test:packages', 'pnpm generate --check']),
    );
    expect([...testSteps]).toContain('pnpm lint:packages --no-build');
    expect(rootManifest.scripts.lint).not.toMatch(/lint:packages/);
  });

  it('no root script is named like a pnpm or npm built-in, so `pnpm <script>` runs the script', () => {
    const shadowed = Object.keys(rootManifest.scripts).filter((name) => builtIns.has(name));
    expect(shadowed).toEqual([]);
  });

  it('every `pnpm <name>` a README shows is a pnpm command or a root script', () => {
    const unknown = shown
      .map((command) => /^pnpm (\S+)/.exec(command)?.[1])
      .filter((name): name is string => name !== undefined && !name.startsWith('-'))
      .filter((name) => !builtIns.has(name) && !(name in rootManifest.scripts) && !['test', 'start'].includes(name));
    expect(unknown).toEqual([]);
  });

  it('the README installs the pnpm version package.json pins', () => {
    const pinned = rootManifest.packageManager;
    expect(shown).toContain(`npm install --global ${pinned}`);
  });

  // The install comes first: every pnpm command after it uses the pnpm it installed.
  it(`npm install --global ${rootManifest.packageManager} (into a scratch global folder)`, {
    timeout: commandTimeout,
  }, () => {
    const result = runShell(`npm install --global ${rootManifest.packageManager}`, { npm_config_prefix: globalDir });
    expect(result.code, result.output).toBe(0);
    const version = runShell('pnpm --version');
    expect(version.output.trim()).toBe(rootManifest.packageManager.replace(/^pnpm@/, ''));
  });

  for (const command of shown) {
    if (command === `npm install --global ${rootManifest.packageManager}`) continue;
    const reason =
      skipped[command] ?? partOfNpmTest[command] ?? (testSteps.has(command) ? 'a step of `npm test`' : undefined);
    if (reason !== undefined) {
      it.skip(`${command} — not run here: ${reason}`, () => undefined);
      continue;
    }
    if (/<[a-z-]+>/.test(command)) {
      // A template such as `pnpm spec:compare <vendor> <document>`: its script must exist; the values are the reader's.
      it(`${command} — a template: its script exists`, () => {
        expect(rootManifest.scripts).toHaveProperty(/^pnpm (\S+)/.exec(command)?.[1] ?? command);
      });
      continue;
    }
    const server = servers[command];
    if (server) {
      it(`${command} — starts, answers, stops`, { timeout: 180_000 }, () => probeServer(command, server));
      continue;
    }
    it(command, { timeout: commandTimeout }, () => {
      const result = runShell(command);
      expect(result.code, result.output).toBe(0);
      expect(result.output).not.toMatch(/Failed to create bin|Update available|end-of-life|ERR_PNPM/);
      if (command === 'npm start') {
        // The quick start is quiet: a line per step, then the demo's lines, and nothing after them.
        const lines = result.output.trimEnd().split('\n');
        expect(lines.length, result.output).toBeLessThanOrEqual(30);
        expect(lines.at(-1)).toMatch(/^Every call above went through the generated clients/);
      }
    });
  }
});
