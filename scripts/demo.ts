/**
 * pnpm demo (what `npm start` ends with): each vendor's first-call example (examples/<vendor>-first-call.ts, the one
 * its README shows) run against its vendor's twin where there is one, else a Prism mock of its spec, as the suite runs
 * it (scripts/lib/examples.ts). A vendor of the registry without that example fails here, naming the file to write.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { exampleMocks, examples, examplesDir, hasTwin, repoRoot } from './lib/examples.ts';
import type { Vendor } from '@cloudspecs/mock';
import { loadRegistry } from './lib/registry.ts';

const mocks = exampleMocks();
let failed = false;
try {
  for (const { vendor } of await loadRegistry(repoRoot)) {
    const file = `${vendor}-first-call.ts`;
    const example = examples.find((candidate) => candidate.file === file);
    if (!example || !existsSync(join(examplesDir, file))) {
      throw new Error(
        `demo: redocly.yaml registers ${vendor}: write examples/${file} and list it in scripts/lib/examples.ts`,
      );
    }
    const { code, stdout, stderr } = await mocks.run(example);
    for (const line of stdout.trimEnd().split('\n')) console.log(`${vendor.padEnd(9)} ${line}`);
    if (code !== 0) {
      failed = true;
      console.error(`${vendor.padEnd(9)} examples/${file} failed (exit ${code}):\n${stderr}`);
    }
  }
  const registry = await loadRegistry(repoRoot);
  const twins = registry.filter((entry) => hasTwin(entry.vendor as Vendor)).map((entry) => entry.name);
  const prism = registry.filter((entry) => !hasTwin(entry.vendor as Vendor)).map((entry) => entry.name);
  console.log(
    `\nEvery call above went through the generated clients, printed by each vendor's examples/<vendor>-first-call.ts: ` +
      `${twins.length > 0 ? `to the ${twins.join(' and ')} ${twins.length === 1 ? 'twin (it keeps' : 'twins (they keep'} what a call creates), ` : ''}` +
      `${prism.length > 0 ? `to Prism mocks of ${prism.join(' and ')}` : ''}. Run \`npm test\` for the suite.`,
  );
} finally {
  await mocks.close();
}
process.exitCode = failed ? 1 : 0;
