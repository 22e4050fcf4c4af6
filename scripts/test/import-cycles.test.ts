/**
 * No import cycle in any package's src: a newcomer can read a package from its leaves up. Type-only imports and
 * re-exports count as arrows too (a cycle of types is still a knot to read).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The relative modules a file imports or re-exports (static, dynamic, type-only), resolved to files. */
function importsOf(file: string, text: string): string[] {
  const specifiers = [
    ...text.matchAll(/\b(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\bfrom\s*)?['"](\.{1,2}\/[^'"]+)['"]/g),
    ...text.matchAll(/\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g),
  ].map((match) => match[1] as string);
  return specifiers.map((specifier) => {
    const base = resolve(dirname(file), specifier);
    const candidates = [base.replace(/\.js$/, '.ts'), `${base}.ts`, join(base, 'index.ts')];
    return candidates.find((candidate) => existsSync(candidate)) ?? base;
  });
}

/** Every elementary cycle found by a depth-first walk, each as the list of files around it. */
function findCycles(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'visiting');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'visiting') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return cycles;
}

describe('import cycles', () => {
  it('findCycles: finds a type-only cycle and ignores a diamond', () => {
    const a = '/p/a.ts';
    const b = '/p/b.ts';
    const c = '/p/c.ts';
    expect(importsOf(a, "import type { X } from './b.js';\nexport { y } from './c.js';")).toEqual([
      '/p/b.js',
      '/p/c.js',
    ]);
    expect(
      findCycles(
        new Map([
          [a, [b, c]],
          [b, [c]],
          [c, []],
        ]),
      ),
    ).toEqual([]);
    expect(
      findCycles(
        new Map([
          [a, [b]],
          [b, [a]],
        ]),
      ),
    ).toEqual([[a, b, a]]);
  });

  it('packages/*/src: no module imports itself through others', () => {
    const graph = new Map<string, string[]>();
    for (const pkg of readdirSync(join(repo, 'packages'))) {
      for (const file of sourceFiles(join(repo, 'packages', pkg, 'src'))) {
        graph.set(file, importsOf(file, readFileSync(file, 'utf8')));
      }
    }
    expect(graph.size).toBeGreaterThan(20);
    const cycles = findCycles(graph).map((cycle) => cycle.map((file) => relative(repo, file)).join(' -> '));
    expect(cycles).toEqual([]);
  });
});
