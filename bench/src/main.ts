/**
 * pnpm bench [--check] [--only request,client,bundle,import,types,generate,twin]
 *
 * Builds the packages (turbo: a cache hit when nothing changed), runs the sections, prints their tables and budgets,
 * and on a full run writes them with the machine, date and command to bench/RESULTS.md. --check exits 1 when a
 * budget is broken.
 */
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { bundleSize } from './bundle.js';
import { generation } from './generation.js';
import { coldImports } from './imports.js';
import { budgetTable, machine, type Section } from './measure.js';
import { clientOnly, requestOverhead } from './requests.js';
import { twinVersusPrism } from './twin.js';
import { typeCheck } from './types.js';

/** In the order they run: generation first, as it may rewrite what the build and the others measure. */
const SECTIONS: Record<string, () => Promise<Section>> = {
  generate: generation,
  request: () => requestOverhead(),
  client: () => clientOnly(),
  bundle: bundleSize,
  import: () => coldImports(),
  types: () => typeCheck(),
  twin: twinVersusPrism,
};

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { check: { type: 'boolean' }, only: { type: 'string' } } });
  const only = values.only?.split(',').map((name) => name.trim());
  const unknown = only?.filter((name) => !(name in SECTIONS)) ?? [];
  if (unknown.length > 0) {
    console.error(`bench: unknown section ${unknown.join(', ')}; the sections: ${Object.keys(SECTIONS).join(', ')}`);
    return 2;
  }
  const command = ['pnpm bench', ...process.argv.slice(2)].join(' ');
  const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const on = machine();
  console.log(`${command} — ${date}\n${on}\n`);
  const started = performance.now();
  const sections: Section[] = [];
  let built = false;
  for (const [name, run] of Object.entries(SECTIONS)) {
    if (only && !only.includes(name)) continue;
    if (name !== 'generate' && !built) built = await buildAll();
    const section = await run();
    sections.push(section);
    console.log(`## ${section.title}\n\n${section.tables.join('\n\n')}\n`);
  }
  const budgets = sections.flatMap((section) => section.budgets);
  const broken = budgets.filter((budget) => !budget.pass);
  const minutes = (performance.now() - started) / 60_000;
  console.log(`## Budgets\n\n${budgetTable(budgets)}\n\n${budgets.length - broken.length} of ${budgets.length} met`);
  if (!only) {
    const lines = [
      '# Benchmark results',
      '',
      '<!-- written by `pnpm bench` (bench/src/main.ts): change the bench, not this file -->',
      '',
      `Command \`${command}\`, ${date}, ${minutes.toFixed(1)} minutes, on: ${on}.`,
      '',
      'Absolute times depend on the machine and what else runs on it; the ratios, measured side by side in',
      'alternating rounds, are what the budgets are set on. What was decided and tried: bench/DECISIONS.md.',
      '',
      '## Budgets',
      '',
      budgetTable(budgets),
      ...sections.flatMap((section) => ['', `## ${section.title}`, '', section.method, '', ...section.tables]),
      '',
    ];
    writeFileSync(new URL('../RESULTS.md', import.meta.url), lines.join('\n'));
    console.log('written to bench/RESULTS.md');
  }
  return values.check && broken.length > 0 ? 1 : 0;
}

/** Every section measures the built dist: bring the packages the bench imports up to date first. */
async function buildAll(): Promise<true> {
  const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', TURBO_NO_UPDATE_NOTIFIER: '1' };
  const cwd = fileURLToPath(new URL('../../', import.meta.url));
  const build = ['exec', 'turbo', 'run', 'build', '--filter=@cloudspecs/bench...', '--output-logs=errors-only'];
  await promisify(execFile)('pnpm', build, { cwd, env });
  return true;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
