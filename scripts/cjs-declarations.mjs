/**
 * The declarations a CommonJS caller's TypeScript reads: a `.d.cts` twin of every `.d.ts` in a package's dist/.
 *
 * The packages are ES modules, and Node ≥ 20.19 `require()`s them (an ES module without top-level await), so the
 * `require` condition of every `exports` entry points at the same `dist/*.js` as `import`. TypeScript 5.9 accepts
 * that from a `.cts` file only under `module` `node20`/`nodenext`; under `node16` and `node18` it refuses an import
 * whose declarations are an ES module (TS1479), and every `.d.ts` of a `"type": "module"` package is one. A `.d.cts`
 * file is CommonJS to TypeScript whatever the package type, and what it declares (named exports, no default) is what
 * `require()` returns: the module's namespace object. So each `.d.ts` is copied to `.d.cts` with its relative imports
 * (`./client.js`, `import('./schema.js')`) pointing at the `.d.cts` twins (`./client.cjs`), and its declaration map
 * copied beside it, so that "go to definition" still lands in src/.
 *
 *   node scripts/cjs-declarations.mjs [dist]     (default dist/ of the current folder)
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ts = createRequire(import.meta.url)('typescript');

/**
 * The text of a `.d.ts` file as its `.d.cts` twin: every relative module specifier ending in `.js` ends in `.cjs`.
 * Specifiers are found by TypeScript's own scanner (imports, re-exports and `import()` types), not by a pattern.
 * Throws on a relative specifier without `.js`: its twin could not be named, and the declarations would be wrong.
 * @param {string} text @param {string} source the file, for the error
 */
export function toCjsDeclaration(text, source) {
  const specifiers = ts
    .preProcessFile(text, true, true)
    .importedFiles.filter((file) => file.fileName.startsWith('./') || file.fileName.startsWith('../'))
    .sort((a, b) => b.pos - a.pos);
  let result = text;
  for (const { fileName, pos } of specifiers) {
    if (!fileName.endsWith('.js')) {
      throw new Error(`${source}: the relative import "${fileName}" does not end in .js, so it has no .cjs twin`);
    }
    // `pos` is where the string literal starts, at its quote.
    const start = pos + 1;
    if (!/^['"]$/.test(text[pos] ?? '') || text.slice(start, start + fileName.length) !== fileName) {
      throw new Error(`${source}: could not find the import "${fileName}" at offset ${pos}`);
    }
    const end = start + fileName.length;
    result = `${result.slice(0, start)}${fileName.slice(0, -'.js'.length)}.cjs${result.slice(end)}`;
  }
  return result.replace(/\/\/# sourceMappingURL=(\S+)\.d\.ts\.map\s*$/, '//# sourceMappingURL=$1.d.cts.map');
}

/**
 * Writes the `.d.cts` (and `.d.cts.map`) twin of every `.d.ts` under `dist` (or of those `only` names: the ones a
 * build just emitted, when older files are still there), and removes twins whose `.d.ts` is gone.
 * @param {string} dist @param {Iterable<string>} [only] absolute paths @returns {string[]} the files written
 */
export function writeCjsDeclarations(dist, only) {
  const written = [];
  const files = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => resolve(entry.parentPath, entry.name));
  const wanted = only === undefined ? undefined : new Set([...only].map((file) => resolve(file)));
  const declarations = new Set(
    files.filter((file) => file.endsWith('.d.ts') && (wanted === undefined || wanted.has(file))),
  );
  for (const file of declarations) {
    const twin = file.replace(/\.d\.ts$/, '.d.cts');
    writeFileSync(twin, toCjsDeclaration(readFileSync(file, 'utf8'), file));
    written.push(twin);
    const map = `${file}.map`;
    if (files.includes(map)) {
      const parsed = JSON.parse(readFileSync(map, 'utf8'));
      writeFileSync(`${twin}.map`, JSON.stringify({ ...parsed, file: basename(twin) }));
      written.push(`${twin}.map`);
    }
  }
  for (const file of files) {
    const original = file.replace(/\.d\.cts(\.map)?$/, '.d.ts');
    if (original !== file && !declarations.has(original)) rmSync(file);
  }
  return written;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = process.argv[2] ?? 'dist';
  const written = writeCjsDeclarations(dist);
  console.log(`cjs-declarations: ${written.filter((file) => file.endsWith('.d.cts')).length} .d.cts files in ${dist}/`);
}
