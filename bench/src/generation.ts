/**
 * Generation time at the full API size (the breadth issues record it before and after; no budget): one cold
 * `pnpm generate`, whose line per vendor gives its own time. It writes only files whose content changed, so on an
 * up-to-date tree it writes nothing.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { before } from './baseline.js';
import { ms, type Section, table } from './measure.js';
import { VENDORS } from './vendors.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export async function generation(): Promise<Section> {
  const started = performance.now();
  const { stdout } = await promisify(execFile)('pnpm', ['generate'], { cwd: repoRoot });
  const wall = performance.now() - started;
  const rows = VENDORS.map((vendor) => {
    // e.g. "katapult  lint ok · 189 operations · 9 files, 0 changed · 2555 ms"
    const line = stdout.split('\n').find((l) => l.startsWith(`${vendor} `)) ?? '';
    const [, operations = '?', changed = '?', took = 'NaN'] =
      /· (\d+) operations · \d+ files, (\d+) changed.* · (\d+) ms/.exec(line) ?? [];
    const then = before.vendors[vendor];
    return [vendor, `${then.operations} → ${operations}`, `${ms(then.generateMs)} → ${ms(Number(took))}`, changed];
  });
  return {
    title: 'Generation',
    method:
      '`pnpm generate` (lint, openapi-typescript, the generated layer and the bundled spec of every vendor in ' +
      `redocly.yaml) run once as a child process: ${ms(wall)} from spawn to exit. Per vendor: its own time as the ` +
      'generator prints it, against bench/src/baseline.ts.',
    tables: [table(['vendor', 'operations before → now', 'generation before → now', 'files changed'], rows)],
    budgets: [],
  };
}
