/**
 * How to install the published packages, said one way wherever it is said: the package READMEs
 * (scripts/package-readmes.ts), the docs site's landing page and its usage guide (docs/src/).
 *
 * Before a package's first release `npm install <package>` answers 404, so the way in is the root README's
 * "Trying the packages before they are published": its commands are read from README.md, not copied. A package is
 * released once it has a CHANGELOG.md: `pnpm release:version` (changesets) writes it with the first version, then
 * rewrites the package READMEs, so the next build of the docs says `npm install` too.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The root README's subsection with the commands that install the packages from a clone. */
export const FROM_A_CLONE = 'Trying the packages before they are published';

export interface InstallPackage {
  /** `@cloudspecs/katapult-client` */
  name: string;
  /** its folder under packages/: `katapult-client` */
  dir: string;
  /** a dev dependency of the user's project (the mock) */
  dev?: boolean;
}

export interface InstallInstructions {
  /** every package is on npm */
  released: boolean;
  /** markdown to put before the commands; empty when they say it all */
  note: string;
  /** shell lines, with their `# comments` */
  commands: string[];
}

/** Whether changesets has released the package (its CHANGELOG.md is written with the first version). */
export function isReleased(root: string, dir: string): boolean {
  return existsSync(join(root, 'packages', dir, 'CHANGELOG.md'));
}

/** The repository's web page from a manifest's `repository.url` (`git+https://github.com/owner/repo.git`). */
export function repositoryPage(url: unknown): string {
  const match = typeof url === 'string' ? /github\.com[/:]([^/]+)\/([^/.]+)(?:\.git)?$/.exec(url) : null;
  if (!match) throw new Error(`install: not a GitHub repository.url: ${String(url)}`);
  return `https://github.com/${match[1]}/${match[2]}`;
}

/** Markdown: the note, then the commands in a ```sh block. */
export function installMarkdown(instructions: InstallInstructions): string {
  const block = ['```sh', ...instructions.commands, '```'].join('\n');
  return instructions.note ? `${instructions.note}\n\n${block}` : block;
}

/** The lines of the first ```sh block of README.md's "### Trying the packages before they are published". */
export function fromACloneCommands(root: string): string[] {
  const lines = readFileSync(join(root, 'README.md'), 'utf8').split('\n');
  const start = lines.findIndex((line) => line.trim() === `### ${FROM_A_CLONE}`);
  const end = lines.findIndex((line, index) => index > start && /^#{1,3} /.test(line));
  const section = lines.slice(start + 1, end === -1 ? undefined : end);
  const open = section.findIndex((line) => /^```(sh|bash|shell)\s*$/.test(line));
  const close = section.findIndex((line, index) => index > open && line.startsWith('```'));
  const commands = section.slice(open + 1, close);
  if (start === -1 || open === -1 || close === -1 || commands.length === 0) {
    throw new Error(
      `install: README.md has no \`\`\`sh block under "### ${FROM_A_CLONE}", which the package READMEs and the docs show`,
    );
  }
  return commands;
}

/**
 * What to type to install `packages`: `npm install` of each once they are all released; until then the root README's
 * commands from a clone of `repository` (its web address), which install every package at once.
 */
export function installInstructions(
  root: string,
  packages: readonly InstallPackage[],
  repository: string,
): InstallInstructions {
  if (packages.length > 0 && packages.every((pkg) => isReleased(root, pkg.dir))) {
    const plain = packages.filter((pkg) => !pkg.dev).map((pkg) => pkg.name);
    const dev = packages.filter((pkg) => pkg.dev).map((pkg) => pkg.name);
    return {
      released: true,
      note: '',
      commands: [
        ...(plain.length > 0 ? [`npm install ${plain.join(' ')}`] : []),
        ...(dev.length > 0 ? [`npm install --save-dev ${dev.join(' ')}`] : []),
      ],
    };
  }
  const named = packages.length === 1 ? `\`npm install ${packages[0]?.name}\`` : '`npm install` of a package';
  return {
    released: false,
    note:
      `Not on npm yet: ${named} fails until the first release. In a clone of [the repository](${repository}), ` +
      `with the pnpm of its [quick start](${repository}#quick-start), pack the packages; then install all the ` +
      'tarballs at once, since every client depends on `@cloudspecs/runtime`, which is not on npm either:',
    commands: fromACloneCommands(root),
  };
}
