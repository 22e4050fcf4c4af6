/**
 * Cold `import()` of each client package against openapi-fetch's (issue 14 §1: ≤ 3×). Each import runs in a fresh
 * Node process (no module cache), timed inside it around the `import()` alone, so Node's own start-up is not counted.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { alternate, atMost, median, medianRatio, ratio, type Section, table } from './measure.js';
import { VENDORS } from './vendors.js';

const IMPORT_BUDGET = 3;
const benchDir = fileURLToPath(new URL('..', import.meta.url));
const run = promisify(execFile);

async function coldImport(specifier: string): Promise<number> {
  const script = `const t = performance.now(); await import(${JSON.stringify(specifier)}); console.log(performance.now() - t);`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: benchDir });
  return Number(stdout.trim());
}

export async function coldImports(rounds = 15): Promise<Section> {
  const packages = ['openapi-fetch', ...VENDORS.map((vendor) => `@cloudspecs/${vendor}-client`)];
  const figures = await alternate(Object.fromEntries(packages.map((pkg) => [pkg, () => coldImport(pkg)])), rounds);
  const reference = figures['openapi-fetch'] ?? [];
  const rows = packages.map((pkg) => [
    pkg,
    `${median(figures[pkg] ?? []).toFixed(1)} ms`,
    ratio(medianRatio(figures[pkg] ?? [], reference)),
  ]);
  return {
    title: 'Cold import',
    method:
      `\`await import(<package>)\` in a fresh \`node\` process per run, timed inside it (Node's start-up not ` +
      `counted), the packages' built dist; ${rounds} rounds after a warm-up round (which fills the page cache), ` +
      "rotating order; ratio: median of per-round ratios to openapi-fetch's import.",
    tables: [table(['package', 'import()', '÷ openapi-fetch'], rows)],
    budgets: packages
      .slice(1)
      .map((pkg) =>
        atMost(
          `cold import(): ${pkg} ÷ openapi-fetch`,
          medianRatio(figures[pkg] ?? [], reference),
          IMPORT_BUDGET,
          ratio,
          `openapi-fetch ${median(reference).toFixed(1)} ms`,
        ),
      ),
  };
}
