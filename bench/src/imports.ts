/**
 * Cold `import()` of each client package and of each peer, against openapi-fetch's (issue 22: ≤ 1.5×). Each import
 * runs in a fresh Node process (no module cache), timed inside it around the `import()` alone, so Node's own start-up
 * is not counted.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { alternate, atMost, median, medianRatio, ratio, type Section, table } from './measure.js';
import { PEERS } from './peers.js';
import { VENDORS } from './vendors.js';

const IMPORT_BUDGET = 1.5;
const REFERENCE = 'openapi-fetch';
const benchDir = fileURLToPath(new URL('..', import.meta.url));
const run = promisify(execFile);

/** Milliseconds to import the specifiers together (a peer may take two packages, as axios and axios-retry). */
async function coldImport(specifiers: string[]): Promise<number> {
  const imports = specifiers.map((specifier) => `import(${JSON.stringify(specifier)})`).join(', ');
  const script = `const t = performance.now(); await Promise.all([${imports}]); console.log(performance.now() - t);`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: benchDir });
  return Number(stdout.trim());
}

export async function coldImports(rounds = 15): Promise<Section> {
  const clients = VENDORS.map((vendor) => `@cloudspecs/${vendor}-client`);
  const imported: Record<string, string[]> = {
    ...Object.fromEntries(PEERS.flatMap((peer) => (peer.imports ? [[peer.name, peer.imports]] : []))),
    ...Object.fromEntries(clients.map((pkg) => [pkg, [pkg]])),
  };
  const figures = await alternate(
    Object.fromEntries(Object.entries(imported).map(([name, specifiers]) => [name, () => coldImport(specifiers)])),
    rounds,
  );
  const reference = figures[REFERENCE] ?? [];
  const ms = (name: string) => `${median(figures[name] ?? []).toFixed(1)} ms`;
  const vsReference = (name: string) => medianRatio(figures[name] ?? [], reference);
  const cell = (name: string) => (name === REFERENCE ? ms(name) : `${ms(name)} (${ratio(vsReference(name))})`);
  const rows = Object.entries(imported).map(([name, specifiers]) => [
    name,
    specifiers.join(' + '),
    ms(name),
    ratio(vsReference(name)),
  ]);
  return {
    title: 'Cold import',
    method:
      `\`await import(<package>)\` in a fresh \`node\` process per run, timed inside it (Node's start-up not ` +
      `counted), the packages' built dist and the peers as installed; ${rounds} rounds after a warm-up round (which ` +
      "fills the page cache), rotating order; ratio: median of per-round ratios to openapi-fetch's import. ky builds " +
      "a `Request` as it loads (a feature check), which loads Node's fetch (undici) then; the others load it at " +
      'their first request.',
    tables: [table(['package', 'import()', 'time', `÷ ${REFERENCE}`], rows, 'll')],
    peerRows: [
      [
        `cold import() (÷ ${REFERENCE})`,
        ...PEERS.map((peer) => (peer.imports ? cell(peer.name) : '0 (built in)')),
        clients.map((pkg) => `${pkg.replace(/^@cloudspecs\/|-client$/g, '')} ${cell(pkg)}`).join(' · '),
      ],
    ],
    budgets: clients.map((pkg) =>
      atMost(
        `cold import(): ${pkg} ÷ ${REFERENCE}`,
        vsReference(pkg),
        IMPORT_BUDGET,
        ratio,
        `${REFERENCE} ${ms(REFERENCE)}`,
      ),
    ),
  };
}
