/**
 * The reference's code samples (docs/src/code-samples.ts) as a user receives them: both samples of every operation of
 * every vendor (the resource layer's and the path layer's), each in its own file of a scratch project that installed
 * the packed packages with npm, type-checked in one TypeScript program with the repo's strict settings. A sample that
 * stops compiling against what we publish fails here.
 *
 * Packs the built packages as they are (`pnpm build` first; `npm test` builds before this suite) with the packing
 * pnpm pack:all and the smoke test use (scripts/lib/publishable-packages.mjs).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { clientTarget, resourceNaming } from '../../docs/src/client-target.ts';
import { codeSamples, listOperations, type OpenApiDocument } from '../../docs/src/code-samples.ts';
import { type PackedPackage, packPackages, publishablePackages } from '../lib/publishable-packages.mjs';
import { loadRegistry } from '../lib/registry.ts';

const run = promisify(execFile);
const repo = join(import.meta.dirname, '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'cloudspecs-samples-'));
const project = join(scratch, 'consumer');

/**
 * pnpm mirrors its settings into npm_config_* variables, which npm would warn about or act on: npm gets the environment
 * of a user's shell (as in smoke/run.mjs).
 */
const npmEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => {
    if (!key.startsWith('npm_')) return true;
    const setting = key.replace(/^npm_config_/, '');
    return key.startsWith('npm_config_') && !(`pnpm_config_${setting}` in process.env) && setting !== 'user_agent';
  }),
);

let packed: PackedPackage[] = [];
let failed = false;

beforeAll(async () => {
  // The samples import the client packages, which bring the runtime; the mock (and its Prism) is not needed.
  const packages = publishablePackages(repo).filter((pkg) => pkg.name !== '@cloudspecs/mock');
  const unbuilt = packages.filter((pkg) => !existsSync(join(pkg.dir, 'dist')));
  if (unbuilt.length > 0) {
    throw new Error(`${unbuilt.map((pkg) => pkg.name).join(', ')}: no dist/ to pack; run \`pnpm build\` first`);
  }
  const tarballs = join(scratch, 'tarballs');
  mkdirSync(tarballs);
  packed = packPackages(repo, packages, tarballs);
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'samples', private: true, type: 'module' }));
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', ...packed.map((pkg) => pkg.tarball)], {
    cwd: project,
    env: npmEnv,
    timeout: 240_000,
  });
}, 300_000);

afterAll(() => {
  // Kept for a look when a sample failed to compile.
  if (failed) console.error(`docs samples: the scratch project is kept: ${project}`);
  else rmSync(scratch, { recursive: true, force: true });
});

describe('docs code samples against the packed packages', () => {
  test('both samples of every operation of every vendor compile (strict, exactOptionalPropertyTypes)', async () => {
    const files: Record<string, string> = {};
    let operations = 0;
    for (const entry of await loadRegistry(repo)) {
      // The bundled spec the site is built from (pnpm generate writes it).
      const document = JSON.parse(
        readFileSync(join(repo, 'packages', 'mock', 'specs', `${entry.vendor}.json`), 'utf8'),
      ) as OpenApiDocument;
      const client = clientTarget(entry);
      const naming = resourceNaming(entry, document);
      for (const ref of listOperations(document)) {
        operations++;
        const [resource, paths] = codeSamples(document, ref, client, naming);
        const name = String(ref.operation.operationId);
        files[join(project, 'samples', entry.vendor, `${name}.ts`)] = resource.source;
        files[join(project, 'samples', entry.vendor, `${name}.paths.ts`)] = paths.source;
      }
    }
    // A call the resource layer must reject (a key the operation does not take), to show the check can fail.
    const wrong = join(project, 'samples', 'wrong-key.ts');
    files[wrong] = [
      "import { Katapult } from '@cloudspecs/katapult-client';",
      'const katapult = new Katapult();',
      "await katapult.ipAddresses.create({ organization: { sub_domain: 'acme' }, not_a_parameter: true });",
      '',
    ].join('\n');
    for (const [path, source] of Object.entries(files)) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, source);
    }

    const { checked, diagnostics } = typeCheck(Object.keys(files));
    expect(checked).toBe(2 * operations + 1);
    const wrongKey = diagnostics.filter((line) => line.startsWith('samples/wrong-key.ts'));
    const others = diagnostics.filter((line) => !line.startsWith('samples/wrong-key.ts'));
    failed = others.length > 0;
    expect(others).toEqual([]);
    expect(wrongKey.join('\n')).toMatch(/not_a_parameter/);
  }, 300_000);
});

/** One program over all the files, resolved from the scratch project's node_modules; the diagnostics as text. */
function typeCheck(rootNames: string[]): { checked: number; diagnostics: string[] } {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    verbatimModuleSyntax: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
  };
  const program = ts.createProgram(rootNames, options);
  const roots = new Set(rootNames);
  const checked = program.getSourceFiles().filter((file) => roots.has(file.fileName)).length;
  const diagnostics = ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const where = diagnostic.file
      ? `${relative(project, diagnostic.file.fileName)}:${
          diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1
        }`
      : '';
    return `${where} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
  });
  return { checked, diagnostics };
}
