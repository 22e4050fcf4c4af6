/**
 * pnpm lint:packages [--no-build]
 *
 * Checks every publishable package as the tarball `pnpm pack` makes of it (what npm would receive), and fails on any
 * problem:
 *   - the package.json fields every published package must have (name, version, description, keywords, MIT license,
 *     repository, engines.node >=20.19, sideEffects: false, files, public access, and an `exports` map whose every
 *     entry is `import` and `require` of one dist/*.js, each with its own `types` first: scripts/lib/package-checks.ts)
 *   - the tarball holds README.md and LICENSE, and nothing from test/ or a .tsbuildinfo
 *   - publint, strict, at suggestion level: any message is a failure
 *   - @arethetypeswrong/cli (`--profile node16`): node16 from ESM and bundler must be clean. Under node16 from
 *     CommonJS, attw 0.18 predates `require()` of an ES module and reports two problems for what Node ≥ 20.19 does
 *     (scripts/lib/package-checks.ts says which and why; `pnpm test:smoke` requires every package and type-checks a
 *     `.cts` caller instead); node10 does not read `exports`. Both are printed as "accepted" with the reason, never
 *     silently; any other problem fails.
 *
 * Builds the packages first (turbo, a cache hit when nothing changed) unless --no-build.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { type AttwProblem, type AttwVerdict, checkManifest, judgeAttw } from './lib/package-checks.ts';
import {
  listTarball,
  type PackedPackage,
  packPackages,
  pnpmCommand,
  publishablePackages,
} from './lib/publishable-packages.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

function checkTarballFiles(files: string[]): string[] {
  const problems: string[] = [];
  for (const required of ['package.json', 'README.md', 'LICENSE']) {
    if (!files.includes(required)) problems.push(`tarball: no ${required}`);
  }
  const unwanted = files.filter((file) => /^test\/|\.tsbuildinfo$|(^|\/)\.turbo\//.test(file));
  if (unwanted.length > 0) problems.push(`tarball: should not ship ${unwanted.join(', ')}`);
  return problems;
}

async function runPublint(pkg: PackedPackage): Promise<string[]> {
  const tarball = readFileSync(pkg.tarball);
  const { messages, pkg: manifest } = await publint({
    pack: { tarball: tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.byteLength) },
    level: 'suggestion',
    strict: true,
  });
  return messages.map(
    (message) => `publint ${message.type}: ${formatMessage(message, manifest, { color: false }) ?? message.code}`,
  );
}

function runAttw(pkg: PackedPackage): AttwVerdict {
  const attw = join(root, 'node_modules', '.bin', 'attw');
  const result = spawnSync(attw, [pkg.tarball, '--profile', 'node16', '--format', 'json'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  let report: { problems?: Record<string, AttwProblem[]> };
  try {
    report = JSON.parse(result.stdout);
  } catch {
    return {
      problems: [`attw did not run (${result.error?.message ?? `exit ${result.status}`}): ${result.stderr}`],
      accepted: [],
    };
  }
  const verdict = judgeAttw(Object.values(report.problems ?? {}).flat());
  if (verdict.problems.length === 0 && verdict.accepted.length === 0 && result.status !== 0) {
    verdict.problems.push(`attw exited with ${result.status}: ${result.stderr || result.stdout.slice(0, 500)}`);
  }
  return verdict;
}

if (!process.argv.includes('--no-build')) {
  const [command, args] = pnpmCommand([
    'exec',
    'turbo',
    'run',
    'build',
    '--filter=./packages/*',
    '--output-logs=errors-only',
  ]);
  const build = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', TURBO_NO_UPDATE_NOTIFIER: '1' },
  });
  if (build.status !== 0) {
    console.error(`check-packages: the build failed (exit ${build.status}); nothing was checked`);
    process.exit(1);
  }
}

const started = performance.now();
const scratch = mkdtempSync(join(tmpdir(), 'cloudspecs-check-packages-'));
let failures = 0;
try {
  const packages = packPackages(root, publishablePackages(root), scratch);
  for (const pkg of packages) {
    const files = listTarball(pkg.tarball);
    const attw = runAttw(pkg);
    const problems = [
      ...checkManifest(pkg.packedManifest),
      ...checkTarballFiles(files),
      ...(await runPublint(pkg)),
      ...attw.problems,
    ];
    const where = relative(root, pkg.dir);
    if (problems.length === 0) {
      console.log(`✓ ${pkg.name}@${pkg.version} (${where}, ${files.length} files): manifest, publint, attw`);
    } else {
      failures += 1;
      console.log(
        `✗ ${pkg.name}@${pkg.version} (${where}):\n${problems.map((problem) => `    ${problem}`).join('\n')}`,
      );
    }
    for (const line of attw.accepted) console.log(`    attw, accepted: ${line}`);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (failures > 0) {
    console.error(`\ncheck-packages: ${failures} of ${packages.length} packages have problems (${seconds} s)`);
    process.exitCode = 1;
  } else {
    console.log(`\ncheck-packages: ${packages.length} packages pass publint and attw (${seconds} s)`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
