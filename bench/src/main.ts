/**
 * pnpm bench [--check] [--only request,client,drift,production,bundle,import,types,generate,twin]
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
import { driftCosts } from './drift.js';
import { coldImports } from './imports.js';
import { budgetTable, load, machine, type Section, table } from './measure.js';
import { CLIENT_FEATURES, COLUMNS, PEERS } from './peers.js';
import { productionOptions } from './production.js';
import { clientOnly, requestOverhead } from './requests.js';
import { twinVersusPrism } from './twin.js';
import { typeCheck } from './types.js';

/** In the order they run: generation first, as it may rewrite what the build and the others measure. */
const SECTIONS: Record<string, () => Promise<Section>> = {
  generate: generation,
  request: () => requestOverhead(),
  client: () => clientOnly(),
  drift: () => driftCosts(),
  production: () => productionOptions(),
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
    if (section.tables.length > 0) console.log(`## ${section.title}\n\n${section.tables.join('\n\n')}\n`);
  }
  const budgets = sections.flatMap((section) => section.budgets);
  const broken = budgets.filter((budget) => !budget.pass);
  const minutes = (performance.now() - started) / 60_000;
  const end = load();
  const peers = peerTable(sections);
  if (peers) console.log(`## ${PEERS_TITLE}\n\n${peers}\n`);
  console.log(`## Budgets\n\n${budgetTable(budgets)}\n\n${budgets.length - broken.length} of ${budgets.length} met`);
  console.log(`${minutes.toFixed(1)} minutes; load average at the end ${end}`);
  if (!only) {
    const lines = [
      '# Benchmark results',
      '',
      '<!-- written by `pnpm bench` (bench/src/main.ts): change the bench, not this file -->',
      '',
      `Command \`${command}\`, ${date}, ${minutes.toFixed(1)} minutes, on: ${on}; at the end ${end}.`,
      '',
      'Absolute times depend on the machine and what else runs on it; the ratios, measured side by side in',
      'alternating rounds, are what the budgets are set on. A load average above the core count means other work',
      'shared the cores: the ratios then spread more from run to run. What was decided and tried: bench/DECISIONS.md.',
      '',
      '## Budgets',
      '',
      budgetTable(budgets),
      ...(peers ? ['', `## ${PEERS_TITLE}`, '', PEERS_METHOD, '', peers] : []),
      // A blank line between tables: two tables on consecutive lines are one table to a Markdown reader.
      ...sections.flatMap((section) => [
        '',
        `## ${section.title}`,
        '',
        section.method,
        ...section.tables.flatMap((table) => ['', table]),
      ]),
      '',
    ];
    writeFileSync(new URL('../RESULTS.md', import.meta.url), lines.join('\n'));
    console.log('written to bench/RESULTS.md');
  }
  return values.check && broken.length > 0 ? 1 : 0;
}

const PEERS_TITLE = 'Against the peers';
const PEERS_METHOD =
  'Every client a user would pick instead, set up for the same call (bench/src/peers.ts): the same URL, body and ' +
  'headers, a 60 s timeout and 2 retries where it has them. Times are per call, with their ratio to the floor ' +
  '(`fetch` with `AbortSignal.timeout`) in the same rounds; how each row was measured is in its section below.';

/** The one table against the peers: the rows every section measured for them, then what each offers. */
function peerTable(sections: Section[]): string | undefined {
  const rows = sections.flatMap((section) => section.peerRows ?? []);
  if (rows.length === 0) return undefined;
  rows.push(['features', ...PEERS.map((peer) => peer.features), CLIENT_FEATURES]);
  return table(['', ...COLUMNS], rows, 'l');
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
