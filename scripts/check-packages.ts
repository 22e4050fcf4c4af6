/**
 * pnpm lint:packages [--no-build]
 *
 * Checks every publishable package as the tarball `pnpm pack` makes of it (what npm would receive), and fails on any
 * problem:
 *   - the package.json fields every published package must have (name, version, description, keywords, MIT license,
 *     repository, engines.node, sideEffects: false, files, an `exports` map whose "." has `types` first, public access)
 *   - the tarball holds README.md and LICENSE, and nothing from test/ or a .tsbuildinfo
 *   - publint, strict, at suggestion level: any message is a failure
 *   - @arethetypeswrong/cli with `--profile esm-only`: the packages are ESM only (`"type": "module"`, `exports` with
 *     `types` and `import` conditions, no `require`). That profile leaves out two resolutions, whose results are printed
 *     as "not checked" with the reason, never silently:
 *       node10      TypeScript's `moduleResolution: node`/`node10` does not read `exports`, so the import does not
 *                   resolve at all ("NoResolution"). Supporting it would mean a `main`/`types` fallback that hands
 *                   CommonJS-era resolution an ESM file.
 *       node16-cjs  `require()` from CommonJS gets an ESM file ("CJSResolvesToESM"): CommonJS code must use
 *                   `await import(...)`, as the READMEs say.
 *     Every other problem, for node16 from ESM and for bundler, fails.
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
import {
  listTarball,
  type PackedPackage,
  packPackages,
  pnpmCommand,
  publishablePackages,
} from './lib/publishable-packages.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
/** The resolutions an ESM-only package cannot serve; see the comment at the top. */
const NOT_APPLICABLE: Record<string, string> = {
  node10: 'moduleResolution node10 does not read `exports`',
  'node16-cjs': 'require() of an ESM-only package; CommonJS uses await import()',
};

interface AttwProblem {
  kind: string;
  entrypoint?: string;
  resolutionKind?: string;
}

/** The fields checked, as they may come: unvalidated JSON. */
interface PackageManifest {
  description?: unknown;
  keywords?: unknown;
  license?: unknown;
  repository?: { url?: unknown; directory?: unknown };
  engines?: { node?: string };
  type?: unknown;
  sideEffects?: unknown;
  files?: unknown;
  exports?: Record<string, unknown>;
  publishConfig?: { access?: unknown };
}

function checkManifest(manifest: PackageManifest): string[] {
  const problems: string[] = [];
  const need = (condition: unknown, what: string) => {
    if (!condition) problems.push(`package.json: ${what}`);
  };
  need(typeof manifest.description === 'string' && manifest.description.length > 0, 'needs a description');
  need(Array.isArray(manifest.keywords) && manifest.keywords.length > 0, 'needs keywords');
  need(manifest.license === 'MIT', `license must be "MIT", got ${JSON.stringify(manifest.license)}`);
  need(
    typeof manifest.repository?.url === 'string' && typeof manifest.repository?.directory === 'string',
    'needs repository { type, url, directory }',
  );
  need(
    /^>=\s*20(\.|$)/.test(manifest.engines?.node ?? ''),
    `engines.node must be ">=20…", got ${manifest.engines?.node}`,
  );
  need(manifest.type === 'module', 'type must be "module"');
  need(manifest.sideEffects === false, 'sideEffects must be false');
  need(Array.isArray(manifest.files) && manifest.files.length > 0, 'needs a files list');
  const entry = manifest.exports?.['.'];
  need(
    typeof entry === 'object' && entry !== null && Object.keys(entry)[0] === 'types',
    'exports["."] must be an object whose first condition is "types"',
  );
  need(manifest.publishConfig?.access === 'public', 'publishConfig.access must be "public" (a scoped package)');
  return problems;
}

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

function runAttw(pkg: PackedPackage): { problems: string[]; notChecked: string[] } {
  const attw = join(root, 'node_modules', '.bin', 'attw');
  const result = spawnSync(attw, [pkg.tarball, '--profile', 'esm-only', '--format', 'json'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  let report: { problems?: Record<string, AttwProblem[]> };
  try {
    report = JSON.parse(result.stdout);
  } catch {
    return {
      problems: [`attw did not run (${result.error?.message ?? `exit ${result.status}`}): ${result.stderr}`],
      notChecked: [],
    };
  }
  const all = Object.values(report.problems ?? {}).flat();
  const describe = (problem: AttwProblem) =>
    `${problem.kind} for "${problem.entrypoint ?? '.'}" under ${problem.resolutionKind ?? 'every resolution'}`;
  const problems = all
    .filter((problem) => !(problem.resolutionKind && problem.resolutionKind in NOT_APPLICABLE))
    .map((problem) => `attw: ${describe(problem)}`);
  if (problems.length === 0 && result.status !== 0) {
    problems.push(`attw exited with ${result.status}: ${result.stderr || result.stdout.slice(0, 500)}`);
  }
  const notChecked = [...new Set(all.map((problem) => problem.resolutionKind).filter((kind) => kind !== undefined))]
    .filter((kind) => kind in NOT_APPLICABLE)
    .map((kind) => `${kind} (${NOT_APPLICABLE[kind]})`);
  return { problems, notChecked };
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
    if (attw.notChecked.length > 0)
      console.log(`    attw esm-only profile, not checked: ${attw.notChecked.join('; ')}`);
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
