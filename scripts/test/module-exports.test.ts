/**
 * The names a module exports, as the compiler resolves them (scripts/lib/module-exports.ts), and the re-exports of the
 * runtime's error module that every package entry shares (scripts/lib/client-layer.ts), which read them.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as runtimeErrors from '../../packages/runtime/src/errors-public.ts';
import { entryReExports } from '../lib/client-layer.ts';
import { exportNames } from '../lib/module-exports.ts';

const scratch = mkdtempSync(join(tmpdir(), 'module-exports-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('exportNames', () => {
  it('export *, export type *, a renamed and a type-only export count as they count for an importer, in order', () => {
    writeFileSync(join(scratch, 'leaf.ts'), 'export class Shown {}\nexport interface Shape { a: 1 }\n');
    writeFileSync(join(scratch, 'types.ts'), 'export class OnlyAType {}\n');
    const entry = join(scratch, 'entry.ts');
    writeFileSync(
      entry,
      [
        'export function own() {}',
        "export * from './leaf.ts';",
        "export type * from './types.ts';",
        "export { Shown as Renamed, type Shape as Kept } from './leaf.ts';",
        '',
      ].join('\n'),
    );
    expect(exportNames(entry)).toEqual(['own', 'Renamed', 'Kept', 'Shown', 'Shape', 'OnlyAType']);
  });

  it('a file that is no module of the compiler is refused, naming it', () => {
    const missing = join(scratch, 'missing.ts');
    expect(() => exportNames(missing)).toThrow(`${missing}: not a module the compiler can read`);
  });
});

describe('the runtime error names every package entry re-exports', () => {
  const [errors] = entryReExports({ vendor: 'acme', apiVersions: false });

  it("exports.ts: its values are what importing @cloudspecs/runtime/errors gives, its types the module's other names", () => {
    expect(errors?.from).toBe('@cloudspecs/runtime/errors');
    expect([...(errors?.values ?? [])].sort()).toEqual(Object.keys(runtimeErrors).sort());
    expect(errors?.types).toEqual(expect.arrayContaining(['ApiErrorDetails', 'ErrorKind']));
    expect(errors?.types.filter((name) => Object.hasOwn(runtimeErrors, name))).toEqual([]);
  });
});
