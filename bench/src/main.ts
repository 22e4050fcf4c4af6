/**
 * pnpm bench [--check] [--only pipeline,request,client,bundle,scaling,vendors]
 *
 * Runs the benchmarks side by side on this machine, prints the tables and the budgets, and (on a full run) writes
 * them with the machine, date and command to bench/RESULTS.md. With --check it exits 1 when a budget is broken.
 */
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { bundleSize } from './bundle-size.js';
import { clientOverhead } from './client-overhead.js';
import { describeMachine } from './machine.js';
import { pipeline } from './pipeline.js';
import { type Budget, budgetTable, type SectionResult } from './report.js';
import { requestOverhead } from './request-overhead.js';
import { typeScaling } from './type-scaling.js';
import { vendorClients } from './vendor-clients.js';

/**
 * In the order they run. The pipeline runs first: its `turbo run build` also brings every package's dist up to date,
 * and the other sections measure those builds. RESULTS.md lists the sections by their number.
 */
const sections: Record<string, () => Promise<SectionResult>> = {
  pipeline: () => pipeline(),
  request: () => requestOverhead(),
  client: () => clientOverhead(),
  bundle: () => bundleSize(),
  scaling: () => typeScaling(),
  vendors: () => vendorClients(),
};

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      check: { type: 'boolean', default: false },
      only: { type: 'string' },
    },
  });
  const only = values.only?.split(',').map((name) => name.trim());
  const unknown = only?.filter((name) => !(name in sections)) ?? [];
  if (unknown.length > 0) {
    console.error(`bench: unknown section ${unknown.join(', ')}; the sections are ${Object.keys(sections).join(', ')}`);
    return 2;
  }
  const command = `pnpm bench${process.argv.slice(2).length > 0 ? ` ${process.argv.slice(2).join(' ')}` : ''}`;
  const machine = describeMachine();
  const started = performance.now();
  const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  console.log(`${command} — ${date}`);
  console.log(
    `${machine.cpu}, ${machine.cores} cores, ${machine.memory}, Node ${machine.node}, load ${machine.load}\n`,
  );

  const results: SectionResult[] = [];
  for (const [name, run] of Object.entries(sections)) {
    if (only && !only.includes(name)) continue;
    const result = await run();
    results.push(result);
    console.log(`## ${result.title}\n`);
    for (const text of result.tables) console.log(`${text}\n`);
    for (const note of result.notes ?? []) console.log(note);
    console.log(`(${result.seconds.toFixed(1)} s)\n`);
  }

  const budgets: Budget[] = results.flatMap((r) => r.budgets);
  const broken = budgets.filter((b) => !b.pass);
  const wallSeconds = (performance.now() - started) / 1000;
  console.log(`## Budgets\n\n${budgetTable(budgets)}\n`);
  console.log(
    `${budgets.length - broken.length} of ${budgets.length} budgets met; bench wall time ${wallSeconds.toFixed(1)} s`,
  );

  if (!only) {
    const file = new URL('../RESULTS.md', import.meta.url);
    writeFileSync(file, renderResults({ command, date, machine, results, budgets, wallSeconds }));
    console.log(`written to bench/RESULTS.md`);
  }
  if (values.check && broken.length > 0) {
    console.error(`\nbench --check: ${broken.length} budget(s) broken:`);
    for (const b of broken) console.error(`  ✗ ${b.name}: ${b.actual} (limit ${b.limit})`);
    return 1;
  }
  return 0;
}

function renderResults(run: {
  command: string;
  date: string;
  machine: ReturnType<typeof describeMachine>;
  results: SectionResult[];
  budgets: Budget[];
  wallSeconds: number;
}): string {
  const { machine } = run;
  const lines = [
    '# Benchmark results',
    '',
    '<!-- written by `pnpm bench` (bench/src/main.ts); edit the bench, not this file -->',
    '',
    `- command: \`${run.command}\``,
    `- date: ${run.date}`,
    `- machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memory} memory, ${machine.os}, load average at start ${machine.load}`,
    `- Node ${machine.node}; ${machine.versions}`,
    `- bench wall time: ${run.wallSeconds.toFixed(1)} s`,
    '',
    'Absolute times depend on the machine and on what else runs on it; the ratios, measured side by side in one',
    'process in alternating rounds, are what the budgets are set on. How each figure is measured is under its',
    'section; bench/README.md says how to run the bench and what was found about the budgets that are not met.',
    '',
    '## Budgets',
    '',
    budgetTable(run.budgets),
    '',
  ];
  const byNumber = [...run.results].sort((a, b) => a.title.localeCompare(b.title, 'en', { numeric: true }));
  for (const result of byNumber) {
    lines.push(`## ${result.title}`, '', result.method, '');
    for (const text of result.tables) lines.push(text, '');
    for (const note of result.notes ?? []) lines.push(note);
    if (result.notes?.length) lines.push('');
    lines.push(`Section time: ${result.seconds.toFixed(1)} s`, '');
  }
  return lines.join('\n');
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
