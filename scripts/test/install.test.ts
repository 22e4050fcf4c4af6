/** One way to install, said everywhere: the README's commands from a clone until a release, then `npm install`. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commandsOf } from '../lib/readme-commands.ts';
import { fromACloneCommands, installInstructions, installMarkdown, repositoryPage } from '../lib/install.ts';

const repo = join(import.meta.dirname, '..', '..');
const repository = 'https://github.com/cloudspecs/cloudspecs';
const katapult = { name: '@cloudspecs/katapult-client', dir: 'katapult-client' };
const mock = { name: '@cloudspecs/mock', dir: 'mock', dev: true };
let scratch: string;

beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'cloudspecs-install-'));
  writeFileSync(join(scratch, 'README.md'), readFileSync(join(repo, 'README.md'), 'utf8'));
  for (const dir of ['katapult-client', 'mock']) mkdirSync(join(scratch, 'packages', dir), { recursive: true });
});
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

describe('installInstructions', () => {
  it("install: unreleased (no CHANGELOG.md), the README's commands from a clone, with a note saying npm has none yet", () => {
    const install = installInstructions(scratch, [katapult], repository);
    expect(install.released).toBe(false);
    expect(install.note).toContain(
      'Not on npm yet: `npm install @cloudspecs/katapult-client` fails until the first release.',
    );
    expect(install.note).toContain(`[quick start](${repository}#quick-start)`);
    expect(install.commands).toEqual(fromACloneCommands(repo));
    // The README's own lines, as its command test runs (or skips) them.
    const shown = commandsOf(readFileSync(join(repo, 'README.md'), 'utf8'));
    for (const line of install.commands) expect(shown).toContain(line.replace(/\s+#\s.*$/, '').trim());
    expect(install.commands.join('\n')).toContain('pnpm pack:all');
  });

  it('install: released (CHANGELOG.md written by changesets), npm install; the mock as a dev dependency', () => {
    writeFileSync(join(scratch, 'packages', 'katapult-client', 'CHANGELOG.md'), '# @cloudspecs/katapult-client\n');
    writeFileSync(join(scratch, 'packages', 'mock', 'CHANGELOG.md'), '# @cloudspecs/mock\n');
    const install = installInstructions(scratch, [katapult, mock], repository);
    expect(install).toEqual({
      released: true,
      note: '',
      commands: ['npm install @cloudspecs/katapult-client', 'npm install --save-dev @cloudspecs/mock'],
    });
    expect(installMarkdown(install)).toBe(
      '```sh\nnpm install @cloudspecs/katapult-client\nnpm install --save-dev @cloudspecs/mock\n```',
    );
  });

  it('install: one package of several unreleased, still from a clone', () => {
    writeFileSync(join(scratch, 'packages', 'katapult-client', 'CHANGELOG.md'), '# @cloudspecs/katapult-client\n');
    expect(installInstructions(scratch, [katapult, mock], repository).released).toBe(false);
  });

  it('install: a README without the section is an error naming it', () => {
    writeFileSync(join(scratch, 'README.md'), '# cloudspecs\n\n## Quick start\n');
    expect(() => installInstructions(scratch, [katapult], repository)).toThrow(
      'README.md has no ```sh block under "### Trying the packages before they are published"',
    );
  });

  it('repositoryPage: the web page of a git+https repository.url', () => {
    expect(repositoryPage('git+https://github.com/cloudspecs/cloudspecs.git')).toBe(repository);
    expect(() => repositoryPage(undefined)).toThrow('not a GitHub repository.url');
  });
});
