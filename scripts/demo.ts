/**
 * pnpm demo (what `npm start` ends with): each vendor's first-call example (examples/<vendor>-first-call.ts, the one
 * its README shows) run against a Prism mock of its spec, as the suite runs it (scripts/lib/examples.ts). A vendor of
 * the registry without that example fails here, naming the file to write.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { exampleMocks, examples, examplesDir, repoRoot } from './lib/examples.ts';
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
  console.log(
    "\nEvery call above went through the generated clients to Prism mocks of specs/, printed by each vendor's " +
      'examples/<vendor>-first-call.ts. Run `npm test` for the suite.',
  );
} finally {
  await mocks.close();
}
process.exitCode = failed ? 1 : 0;
