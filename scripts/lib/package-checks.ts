/**
 * What `pnpm lint:packages` (scripts/check-packages.ts) requires of a published package's manifest, and how it reads
 * @arethetypeswrong/cli's report. Kept apart from the script so that the rules are tested (scripts/test/).
 *
 * The packages are ES modules that CommonJS callers `require()` (Node ≥ 20.19 loads an ES module without top-level
 * await that way): every JavaScript entry of `exports` is
 *   { "import":  { "types": "./dist/x.d.ts",  "default": "./dist/x.js" },
 *     "require": { "types": "./dist/x.d.cts", "default": "./dist/x.js" } }
 * one file for both, so a program that mixes `import` and `require()` still has one copy of every class (an error
 * thrown by a client is `instanceof` the class either way); the `.d.cts` twin (scripts/cjs-declarations.mjs) is what
 * TypeScript accepts from a `.cts` file under `module` `node16`.
 */

/** The oldest Node every published package supports: `require()` of an ES module needs 20.19. */
export const MIN_NODE = '20.19';

/**
 * attw's resolutions it cannot judge for these packages, and why; their problems are printed, never silently
 * dropped. node10 fails outright (it does not read `exports`); the others are accepted only for the kinds listed.
 */
export const NOT_APPLICABLE: Record<string, string> = {
  node10: 'moduleResolution node10 does not read `exports`; TypeScript users need node16, nodenext or bundler',
};

/**
 * Problems attw 0.18 reports for `require()` of an ES module, which it predates (arethetypeswrong.github.io#252):
 * it takes any ES module reached by `require` for an error (CJSResolvesToESM) and `.d.cts` types for an ES module for
 * a mismatch (FalseCJS). Node ≥ 20.19 loads the module, and `require()` returns its namespace, which is what the
 * `.d.cts` declares; `pnpm test:smoke` proves both by requiring each package and type-checking a `.cts` caller.
 * Any other problem under node16-cjs (no resolution, untyped, named exports) still fails.
 */
export const REQUIRE_ESM_PROBLEMS: Record<string, string> = {
  CJSResolvesToESM: 'require() of an ES module, which Node ≥ 20.19 does',
  FalseCJS: '.d.cts types for what require() of the ES module returns',
};

/** The fields checked, as they may come: unvalidated JSON. */
export interface PackageManifest {
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

export function checkManifest(manifest: PackageManifest): string[] {
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
    manifest.engines?.node === `>=${MIN_NODE}`,
    `engines.node must be ">=${MIN_NODE}" (require() of an ES module), got ${JSON.stringify(manifest.engines?.node)}`,
  );
  need(manifest.type === 'module', 'type must be "module"');
  need(manifest.sideEffects === false, 'sideEffects must be false');
  need(Array.isArray(manifest.files) && manifest.files.length > 0, 'needs a files list');
  need(typeof manifest.exports?.['.'] === 'object', 'exports["."] must be an entry of conditions');
  for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
    if (typeof target === 'object' && target !== null) problems.push(...checkExportEntry(subpath, target));
  }
  need(manifest.publishConfig?.access === 'public', 'publishConfig.access must be "public" (a scoped package)');
  return problems;
}

/** One `exports` entry with conditions: `import` and `require`, each `types` first, the same JavaScript file. */
function checkExportEntry(subpath: string, target: object): string[] {
  const where = `package.json: exports["${subpath}"]`;
  const conditions = Object.keys(target);
  if (conditions.join(',') !== 'import,require') {
    return [`${where} must have exactly the conditions "import" then "require", got ${JSON.stringify(conditions)}`];
  }
  const { import: esm, require: cjs } = target as Record<'import' | 'require', unknown>;
  const problems: string[] = [];
  const read = (condition: string, value: unknown) => {
    const entry = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
    if (Object.keys(entry).join(',') !== 'types,default') {
      problems.push(`${where}.${condition} must be { "types", "default" } in that order`);
    }
    return { types: String(entry.types), js: String(entry.default) };
  };
  const i = read('import', esm);
  const r = read('require', cjs);
  if (!/^\.\/dist\/.+\.js$/.test(i.js)) problems.push(`${where}.import.default must be a ./dist/*.js file`);
  if (r.js !== i.js) {
    problems.push(`${where}.require.default must be the import's file ${i.js} (one module for both), got ${r.js}`);
  }
  if (i.types !== i.js.replace(/\.js$/, '.d.ts'))
    problems.push(`${where}.import.types must be ${i.js.replace(/\.js$/, '.d.ts')}`);
  if (r.types !== i.js.replace(/\.js$/, '.d.cts')) {
    problems.push(`${where}.require.types must be ${i.js.replace(/\.js$/, '.d.cts')} (the CommonJS twin)`);
  }
  return problems;
}

export interface AttwProblem {
  kind: string;
  entrypoint?: string;
  resolutionKind?: string;
  /** FalseCJS and FalseESM name the two files instead of an entry point */
  typesFileName?: string;
  implementationFileName?: string;
}

/** FalseCJS of a `.d.cts` twin and its own module (`dist/index.d.cts` ↔ `dist/index.js`), nothing else. */
function isTwinOfItsModule(problem: AttwProblem): boolean {
  const types = problem.typesFileName ?? '';
  return types.endsWith('.d.cts') && problem.implementationFileName === types.replace(/\.d\.cts$/, '.js');
}

export interface AttwVerdict {
  /** failures */
  problems: string[];
  /** accepted, with the reason: printed beside the package's line */
  accepted: string[];
}

/** Sorts attw's problems (from `--format json`) into failures and the ones accepted above, with their reasons. */
export function judgeAttw(all: readonly AttwProblem[]): AttwVerdict {
  const describe = (problem: AttwProblem) =>
    problem.typesFileName !== undefined
      ? `${problem.kind}: types ${problem.typesFileName}, JavaScript ${problem.implementationFileName}`
      : `${problem.kind} for "${problem.entrypoint ?? '.'}" under ${problem.resolutionKind ?? 'every resolution'}`;
  const problems: string[] = [];
  const accepted = new Set<string>();
  for (const problem of all) {
    const resolution = problem.resolutionKind;
    if (resolution !== undefined && resolution in NOT_APPLICABLE) {
      accepted.add(`${resolution}: not checked (${NOT_APPLICABLE[resolution]})`);
    } else if (
      (problem.kind === 'CJSResolvesToESM' && resolution === 'node16-cjs') ||
      (problem.kind === 'FalseCJS' && isTwinOfItsModule(problem))
    ) {
      accepted.add(`node16-cjs ${problem.kind}: ${REQUIRE_ESM_PROBLEMS[problem.kind]}`);
    } else {
      problems.push(`attw: ${describe(problem)}`);
    }
  }
  return { problems, accepted: [...accepted].sort() };
}
