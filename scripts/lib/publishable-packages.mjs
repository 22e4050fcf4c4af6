/**
 * The packages cloudspecs publishes (every packages/* manifest that is not `private`), and packing them exactly as npm
 * would receive them: `pnpm pack`, which rewrites `workspace:*` dependencies to versions. Shared by smoke/run.mjs and
 * scripts/check-packages.ts; plain JavaScript so that the smoke test runs with nothing but Node.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @typedef {{ name: string, version: string, dir: string, manifest: Record<string, any> }} PublishablePackage
 * @typedef {PublishablePackage & { tarball: string, packedManifest: Record<string, any> }} PackedPackage
 */

/**
 * The command that runs pnpm: the pnpm that started this script when there is one (`pnpm run` sets npm_execpath; under
 * `npx pnpm@…` no pnpm may be on PATH), else `pnpm` from PATH.
 * @param {string[]} args @returns {[string, string[]]}
 */
export function pnpmCommand(args) {
  const execPath = process.env.npm_execpath;
  if (execPath && /pnpm(\.c?js)?$/.test(execPath)) {
    return /\.c?js$/.test(execPath) ? [process.execPath, [execPath, ...args]] : [execPath, args];
  }
  return ['pnpm', args];
}

/** @param {string} root the repository root @returns {PublishablePackage[]} sorted by name */
export function publishablePackages(root) {
  const packagesDir = join(root, 'packages');
  return readdirSync(packagesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const dir = join(packagesDir, entry.name);
      let manifest;
      try {
        manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      } catch {
        return [];
      }
      return manifest.private === true ? [] : [{ name: manifest.name, version: manifest.version, dir, manifest }];
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Packs the packages into `destination` with one `pnpm pack` run, and reads back each tarball's package.json.
 * Throws when pnpm fails, a tarball is missing, or a packed manifest still has a `workspace:` range.
 * @param {string} root @param {PublishablePackage[]} packages @param {string} destination
 * @returns {PackedPackage[]}
 */
export function packPackages(root, packages, destination) {
  const filters = packages.flatMap((pkg) => ['--filter', pkg.name]);
  const [command, args] = pnpmCommand(['-r', ...filters, 'pack', '--json', '--pack-destination', destination]);
  const result = spawnSync(command, args, {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(
      `\`pnpm pack\` failed (${result.error?.message ?? `exit ${result.status}`}):\n${result.stderr}${result.stdout}`,
    );
  }
  /** @type {{ name: string, filename: string }[] | { name: string, filename: string }} */
  const parsed = JSON.parse(result.stdout);
  const packed = Array.isArray(parsed) ? parsed : [parsed];
  return packages.map((pkg) => {
    const entry = packed.find((item) => item.name === pkg.name);
    if (!entry) throw new Error(`\`pnpm pack\` produced no tarball for ${pkg.name}`);
    const packedManifest = JSON.parse(readFromTarball(entry.filename, 'package/package.json'));
    for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
      for (const [dependency, range] of Object.entries(packedManifest[field] ?? {})) {
        if (String(range).startsWith('workspace:')) {
          throw new Error(`${pkg.name}: the packed package.json still has ${field}.${dependency} = "${range}"`);
        }
      }
    }
    return { ...pkg, tarball: entry.filename, packedManifest };
  });
}

/** @param {string} tarball @param {string} path inside the tarball, e.g. package/package.json */
export function readFromTarball(tarball, path) {
  const result = spawnSync('tar', ['-xzOf', tarball, path], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`cannot read ${path} from ${tarball}: ${result.stderr || result.error}`);
  return result.stdout;
}

/** @param {string} tarball @returns {string[]} the paths in the tarball, without the leading `package/` */
export function listTarball(tarball) {
  const result = spawnSync('tar', ['-tzf', tarball], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`cannot list ${tarball}: ${result.stderr || result.error}`);
  return result.stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => line.replace(/^package\//, ''));
}
