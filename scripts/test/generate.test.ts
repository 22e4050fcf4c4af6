/** The generator on a scratch copy of the repository: deterministic, atomic, and a drift check that names files. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '..', '..');
const tsx = join(repo, 'node_modules', '.bin', 'tsx');
let scratch: string;

function generate(...args: string[]) {
  const result = spawnSync(tsx, [join(repo, 'scripts', 'generate.ts'), '--root', scratch, ...args], {
    encoding: 'utf8',
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function snapshot(): Map<string, string> {
  const files = new Map<string, string>();
  for (const dir of [
    'packages/katapult-client/src/generated',
    'packages/hostway-client/src/generated',
    'packages/scp-client/src/generated',
    'packages/mock/specs',
    'packages/mock/src/generated',
    'packages/runtime/test/support/generated',
  ]) {
    for (const name of readdirSync(join(scratch, dir))) {
      const path = join(scratch, dir, name);
      files.set(`${dir}/${name}`, `${statSync(path).mtimeMs} ${readFileSync(path, 'utf8')}`);
    }
  }
  return files;
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'cloudspecs-generate-'));
  cpSync(join(repo, 'redocly.yaml'), join(scratch, 'redocly.yaml'));
  cpSync(join(repo, 'specs'), join(scratch, 'specs'), { recursive: true });
  for (const pkg of ['katapult-client', 'hostway-client', 'scp-client']) {
    cpSync(join(repo, 'packages', pkg, 'src', 'generated'), join(scratch, 'packages', pkg, 'src', 'generated'), {
      recursive: true,
    });
  }
  for (const path of [
    'packages/mock/specs',
    // the twins' modules are an input of their generated tables (packages/mock/src/generated/<vendor>-twin.ts)
    'packages/mock/src',
    'packages/runtime/test/support/fixture-openapi.yaml',
    'packages/runtime/test/support/generated',
  ]) {
    cpSync(join(repo, path), join(scratch, path), { recursive: true });
  }
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('pnpm generate', () => {
  it('generate: committed output is what the specs generate, and a second run changes nothing', () => {
    const first = generate();
    expect(first.code, first.err).toBe(0);
    expect(first.out).toMatch(/^katapult\s+lint ok · 189 operations · 12 files, 0 changed · \d+ ms$/m);
    // the three vendors, the runtime's test fixture, the mock's vendor list and twin tables
    expect(first.out).toMatch(/^runtime \(test fixture\) 3 files, 0 changed/m);
    expect(first.out).toMatch(
      /^mock \(vendor list; hostway twin \d+\/66 stateful, katapult twin \d+\/189 stateful, scp twin \d+\/198 stateful\) 5 files, 0 changed/m,
    );
    expect(first.out.trim().split('\n')).toHaveLength(5);
    const before = snapshot();
    expect(generate().code).toBe(0);
    expect(snapshot()).toEqual(before);
    // Two full runs over every spec (Katapult alone has 189 operations): well over a minute on a busy 2-core machine.
  }, 180_000);

  it('generate --check: a stale file is named with the command that fixes it', () => {
    const schema = join(scratch, 'packages/scp-client/src/generated/schema.ts');
    const original = readFileSync(schema, 'utf8');
    writeFileSync(schema, `${original}// hand edit\n`);
    const result = generate('--check');
    expect(result.code).toBe(1);
    expect(result.err).toContain('packages/scp-client/src/generated/schema.ts (differs)');
    // A short diff: the committed line (-) against what the specs generate, with its line number.
    expect(result.err).toMatch(/^ {4}- \d+: \/\/ hand edit$/m);
    expect(result.err).toContain('Run `pnpm generate`');
    expect(generate().code).toBe(0);
    expect(readFileSync(schema, 'utf8')).toBe(original);
    expect(generate('--check').code).toBe(0);
    // Three full runs over every spec.
  }, 180_000);

  it("generate: names each file it changed or removed, under its vendor's line", () => {
    const generated = join(scratch, 'packages/scp-client/src/generated');
    const schema = join(generated, 'schema.ts');
    const original = readFileSync(schema, 'utf8');
    writeFileSync(schema, `${original}// hand edit\n`);
    writeFileSync(join(generated, 'left-over.ts'), '// no longer generated\n');
    const result = generate('scp');
    expect(result.code, result.err).toBe(0);
    const lines = result.out.trim().split('\n');
    const at = lines.findIndex((line) =>
      /^scp\s+lint ok · \d+ operations · 12 files, 1 changed, 1 removed · \d+ ms$/.test(line),
    );
    expect(at, result.out).not.toBe(-1);
    expect(lines.slice(at + 1, at + 3)).toEqual([
      '  changed packages/scp-client/src/generated/schema.ts',
      '  removed packages/scp-client/src/generated/left-over.ts',
    ]);
    expect(readFileSync(schema, 'utf8')).toBe(original);
    // Nothing left to change: no file named.
    expect(generate('scp').out).not.toMatch(/^ {2}(changed|removed) /m);
  }, 120_000);

  it('generate: a broken spec fails naming file, line and rule, and no generated file is written or deleted', () => {
    // The Katapult spec is split into files: the operation lives in its path's file.
    const spec = join(scratch, 'specs/katapult/paths/organizations@organization@ip_addresses.yaml');
    const original = readFileSync(spec, 'utf8');
    // An operation loses its operationId, and the spec gets a new path: both must be refused before anything is written.
    writeFileSync(spec, original.replace('operationId: createIpAddress', 'summary2: x'));
    writeFileSync(
      join(scratch, 'specs/hostway/openapi.yaml'),
      readFileSync(join(repo, 'specs/hostway/openapi.yaml'), 'utf8').replace('title:', 'title: Changed'),
    );
    const before = snapshot();
    const result = generate();
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/katapult \(specs\/katapult\/openapi\.yaml\): \d+ lint error\(s\)/);
    expect(result.err).toMatch(
      /specs\/katapult\/paths\/organizations@organization@ip_addresses\.yaml:\d+:\d+ operation-operationId/,
    );
    expect(result.err).toContain('nothing was written');
    expect(snapshot()).toEqual(before);
    writeFileSync(spec, original);
    cpSync(join(repo, 'specs/hostway/openapi.yaml'), join(scratch, 'specs/hostway/openapi.yaml'));
  });

  it('generate: an unresolved $ref names the target that does not exist', () => {
    const spec = join(scratch, 'specs/hostway/openapi.yaml');
    const original = readFileSync(spec, 'utf8');
    // The first $ref of the spec, whatever it points at, now points at nothing.
    const broken = original.replace(/^(\s*)\$ref:.*$/m, "$1$ref: '#/components/responses/Unauthorised'");
    expect(broken).not.toBe(original);
    writeFileSync(spec, broken);
    const result = generate('hostway');
    expect(result.code).toBe(1);
    expect(result.err).toMatch(
      /specs\/hostway\/openapi\.yaml:\d+:\d+ no-unresolved-refs: .*'#\/components\/responses\/Unauthorised' does not exist/,
    );
    writeFileSync(spec, original);
  });

  it('generate: YAML that does not parse is reported with the spec it came from', () => {
    const spec = join(scratch, 'specs/scp/openapi.yaml');
    const original = readFileSync(spec, 'utf8');
    writeFileSync(spec, `${original}\n  : : broken: [\n`);
    const result = generate('scp');
    expect(result.code).toBe(1);
    expect(result.err).toContain('scp (specs/scp/openapi.yaml)');
    expect(result.err).not.toMatch(/^\s+at /m);
    writeFileSync(spec, original);
  });

  it('generate: an unknown vendor is refused with the registry list', () => {
    const result = generate('acme');
    expect(result.code).toBe(2);
    expect(result.err).toContain('unknown vendor acme; the registry (redocly.yaml) has hostway, katapult, scp');
  });
});
