/** The rules `pnpm lint:packages` applies to each manifest and attw report, and the `.d.cts` twins the build writes. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toCjsDeclaration, writeCjsDeclarations } from '../cjs-declarations.mjs';
import { checkManifest, judgeAttw, type PackageManifest } from '../lib/package-checks.ts';
import { publishablePackages } from '../lib/publishable-packages.mjs';

const repo = join(import.meta.dirname, '..', '..');

const entry = (name: string) => ({
  import: { types: `./dist/${name}.d.ts`, default: `./dist/${name}.js` },
  require: { types: `./dist/${name}.d.cts`, default: `./dist/${name}.js` },
});

const valid: PackageManifest = {
  description: 'a package',
  keywords: ['x'],
  license: 'MIT',
  repository: { url: 'git+https://github.com/cloudspecs/cloudspecs.git', directory: 'packages/x' },
  engines: { node: '>=20.19' },
  type: 'module',
  sideEffects: false,
  files: ['dist'],
  exports: { '.': entry('index'), './errors': entry('errors-public'), './package.json': './package.json' },
  publishConfig: { access: 'public' },
};

describe('checkManifest', () => {
  it('checkManifest: import and require of one file, each with its types, passes', () => {
    expect(checkManifest(valid)).toEqual([]);
  });

  it('checkManifest: an entry with only import (require() fails with ERR_PACKAGE_PATH_NOT_EXPORTED) fails', () => {
    const problems = checkManifest({
      ...valid,
      exports: { '.': { types: './dist/index.d.ts', import: './dist/index.js' } },
    });
    expect(problems).toEqual([
      'package.json: exports["."] must have exactly the conditions "import" then "require", got ["types","import"]',
    ]);
  });

  it('checkManifest: require pointing at another file (two copies of every class) fails', () => {
    const exports = {
      '.': { ...entry('index'), require: { types: './dist/index.d.cts', default: './dist/index.cjs' } },
    };
    expect(checkManifest({ ...valid, exports })).toEqual([
      'package.json: exports["."].require.default must be the import\'s file ./dist/index.js (one module for both), got ./dist/index.cjs',
    ]);
  });

  it('checkManifest: require with the ES .d.ts types (TS1479 under node16) fails', () => {
    const exports = { './errors': { ...entry('errors-public'), require: entry('errors-public').import } };
    expect(checkManifest({ ...valid, exports })).toContain(
      'package.json: exports["./errors"].require.types must be ./dist/errors-public.d.cts (the CommonJS twin)',
    );
  });

  it('checkManifest: types after default fails', () => {
    const exports = { '.': { ...entry('index'), import: { default: './dist/index.js', types: './dist/index.d.ts' } } };
    expect(checkManifest({ ...valid, exports })).toEqual([
      'package.json: exports["."].import must be { "types", "default" } in that order',
    ]);
  });

  it('checkManifest: engines.node ">=20" (no require() of ES modules before 20.19) fails', () => {
    expect(checkManifest({ ...valid, engines: { node: '>=20' } })).toEqual([
      'package.json: engines.node must be ">=20.19" (require() of an ES module), got ">=20"',
    ]);
  });

  it.each(publishablePackages(repo).map((pkg) => [pkg.name, pkg.manifest] as const))(
    'checkManifest: %s as committed passes',
    (_name, manifest) => {
      expect(checkManifest(manifest as PackageManifest)).toEqual([]);
    },
  );
});

describe('judgeAttw', () => {
  const falseCjs = (types: string, js: string) => ({
    kind: 'FalseCJS',
    typesFileName: `/node_modules/@cloudspecs/x/dist/${types}`,
    implementationFileName: `/node_modules/@cloudspecs/x/dist/${js}`,
  });

  it('judgeAttw: require(esm) under node16-cjs and node10 are accepted with their reasons', () => {
    const verdict = judgeAttw([
      { kind: 'NoResolution', entrypoint: '.', resolutionKind: 'node10' },
      { kind: 'CJSResolvesToESM', entrypoint: '.', resolutionKind: 'node16-cjs' },
      falseCjs('index.d.cts', 'index.js'),
    ]);
    expect(verdict.problems).toEqual([]);
    expect(verdict.accepted).toEqual([
      'node10: not checked (moduleResolution node10 does not read `exports`; TypeScript users need node16, nodenext or bundler)',
      'node16-cjs CJSResolvesToESM: require() of an ES module, which Node ≥ 20.19 does',
      'node16-cjs FalseCJS: .d.cts types for what require() of the ES module returns',
    ]);
  });

  it('judgeAttw: a node16-cjs problem of another kind fails', () => {
    expect(
      judgeAttw([{ kind: 'NoResolution', entrypoint: './errors', resolutionKind: 'node16-cjs' }]).problems,
    ).toEqual(['attw: NoResolution for "./errors" under node16-cjs']);
  });

  it('judgeAttw: FalseCJS of types that are not the twin of their module fails', () => {
    expect(judgeAttw([falseCjs('index.d.cts', 'other.js')]).problems).toEqual([
      'attw: FalseCJS: types /node_modules/@cloudspecs/x/dist/index.d.cts, JavaScript /node_modules/@cloudspecs/x/dist/other.js',
    ]);
  });

  it('judgeAttw: CJSResolvesToESM under bundler fails', () => {
    expect(judgeAttw([{ kind: 'CJSResolvesToESM', entrypoint: '.', resolutionKind: 'bundler' }]).problems).toHaveLength(
      1,
    );
  });
});

describe('cjs-declarations', () => {
  it('toCjsDeclaration: relative imports, re-exports and import() types point at the .d.cts twins; packages stay', () => {
    const dts = [
      "import type { A } from './a.js';",
      'export * from "../generated/b.js";',
      "export declare const c: import('./c.js').C;",
      "import { D } from '@cloudspecs/runtime';",
      "export type { E } from 'openapi-fetch';",
      '//# sourceMappingURL=index.d.ts.map',
    ].join('\n');
    expect(toCjsDeclaration(dts, 'index.d.ts')).toBe(
      [
        "import type { A } from './a.cjs';",
        'export * from "../generated/b.cjs";',
        "export declare const c: import('./c.cjs').C;",
        "import { D } from '@cloudspecs/runtime';",
        "export type { E } from 'openapi-fetch';",
        '//# sourceMappingURL=index.d.cts.map',
      ].join('\n'),
    );
  });

  it('toCjsDeclaration: a relative import without .js is refused, naming it', () => {
    expect(() => toCjsDeclaration("export * from './a';", 'dist/index.d.ts')).toThrow(
      'dist/index.d.ts: the relative import "./a" does not end in .js, so it has no .cjs twin',
    );
  });

  it('writeCjsDeclarations: a twin and its map for each .d.ts; a twin whose .d.ts is gone is removed', () => {
    const dist = mkdtempSync(join(tmpdir(), 'cloudspecs-cjs-declarations-'));
    try {
      writeFileSync(join(dist, 'index.d.ts'), "export * from './x.js';\n//# sourceMappingURL=index.d.ts.map");
      writeFileSync(join(dist, 'index.d.ts.map'), JSON.stringify({ version: 3, file: 'index.d.ts', sources: [] }));
      writeFileSync(join(dist, 'gone.d.cts'), 'export {};');
      writeCjsDeclarations(dist);
      expect(readdirSync(dist).sort()).toEqual(['index.d.cts', 'index.d.cts.map', 'index.d.ts', 'index.d.ts.map']);
      expect(readFileSync(join(dist, 'index.d.cts'), 'utf8')).toBe(
        "export * from './x.cjs';\n//# sourceMappingURL=index.d.cts.map",
      );
      expect(JSON.parse(readFileSync(join(dist, 'index.d.cts.map'), 'utf8')).file).toBe('index.d.cts');
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
