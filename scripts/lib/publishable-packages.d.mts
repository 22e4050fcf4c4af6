/** Types of publishable-packages.mjs (plain JavaScript so that smoke/run.mjs runs with nothing but Node). */
export interface PublishablePackage {
  name: string;
  version: string;
  /** absolute path of the package folder */
  dir: string;
  manifest: Record<string, unknown>;
}

export interface PackedPackage extends PublishablePackage {
  /** absolute path of the .tgz */
  tarball: string;
  /** the package.json inside the tarball: workspace: ranges rewritten to versions */
  packedManifest: Record<string, unknown>;
}

/** How to run pnpm: the pnpm running this script (npm_execpath) if any, else `pnpm` from PATH. */
export function pnpmCommand(args: string[]): [string, string[]];
export function publishablePackages(root: string): PublishablePackage[];
export function packPackages(root: string, packages: PublishablePackage[], destination: string): PackedPackage[];
export function readFromTarball(tarball: string, path: string): string;
export function listTarball(tarball: string): string[];
