/**
 * `pnpm readmes` keeps the examples a handwritten README embeds (`<!-- example: examples/<file> -->` before a code
 * block) equal to the files of examples/: run on a scratch copy of what it reads, with a root README whose embedded
 * example is stale, then one that names a file that does not exist.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '..', '..');
const tsx = join(repo, 'node_modules', '.bin', 'tsx');
let scratch: string;

function readmes(...args: string[]) {
  const result = spawnSync(tsx, [join(repo, 'scripts', 'package-readmes.ts'), '--root', scratch, ...args], {
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** The root README's install-from-a-clone section, which the package READMEs' install sections take their commands from. */
const fromAClone = (() => {
  const text = readFileSync(join(repo, 'README.md'), 'utf8');
  const start = text.indexOf('### Trying the packages before they are published');
  return text.slice(start, text.indexOf('\n#', start + 4)).trim();
})();
const readme = (block: string) =>
  `# Project\n\n${fromAClone}\n\n## First call\n\n<!-- example: examples/katapult-errors.ts -->\n${block}\n\nMore text.\n`;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'cloudspecs-readmes-'));
  for (const path of ['redocly.yaml', 'LICENSE', 'examples', 'scripts/package-readmes', 'packages']) {
    cpSync(join(repo, path), join(scratch, path), {
      recursive: true,
      // Sources and tests stay behind, but the mock's generated twin tables, which the READMEs describe.
      filter: (source) =>
        /[/\\]mock[/\\]src([/\\]generated([/\\]|$)|$)/.test(source) ||
        !/node_modules|[/\\]dist([/\\]|$)|[/\\]src([/\\]|$)|[/\\]test([/\\]|$)/.test(source),
    });
  }
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('pnpm readmes: examples embedded in a handwritten README', () => {
  it('readmes --check: a stale embedded example fails, naming the README; the run then writes the file as it is', () => {
    writeFileSync(join(scratch, 'README.md'), readme('```ts\nconst old = true;\n```'));
    const checked = readmes('--check');
    expect(checked.code).toBe(1);
    expect(checked.err).toContain('out of date: README.md');

    expect(readmes().code).toBe(0);
    const source = readFileSync(join(repo, 'examples', 'katapult-errors.ts'), 'utf8').trimEnd();
    expect(readFileSync(join(scratch, 'README.md'), 'utf8')).toBe(readme(`\`\`\`ts\n${source}\n\`\`\``));
    expect(readmes('--check').code).toBe(0);
  });

  it('readmes: an empty embedded block is filled, and what follows it (another code block) is left as it is', () => {
    const after = '\n\n## Later\n\n```sh\npnpm test\n```';
    writeFileSync(join(scratch, 'README.md'), readme(`\`\`\`ts\n\`\`\`${after}`));
    expect(readmes().code).toBe(0);
    const source = readFileSync(join(repo, 'examples', 'katapult-errors.ts'), 'utf8').trimEnd();
    expect(readFileSync(join(scratch, 'README.md'), 'utf8')).toBe(readme(`\`\`\`ts\n${source}\n\`\`\`${after}`));
  });

  it('readmes: a marker naming a file examples/ does not have fails, naming the file', () => {
    writeFileSync(join(scratch, 'README.md'), readme('```ts\n```').replace('katapult-errors.ts', 'no-such-example.ts'));
    const result = readmes('--check');
    expect(result.code).not.toBe(0);
    expect(result.err).toContain('no example examples/no-such-example.ts');
  });

  it('readmes: a marker not followed by a ts block fails, saying what it must be', () => {
    writeFileSync(join(scratch, 'README.md'), readme('Some prose instead of a block.'));
    const result = readmes('--check');
    expect(result.code).not.toBe(0);
    expect(result.err).toContain('must name a file of examples/ and be followed by a ```ts block');
  });
});
