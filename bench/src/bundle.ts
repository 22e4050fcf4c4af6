/**
 * Bundle size: what an app ships, bundled for the browser from the packages' built dist by esbuild (minified ESM,
 * runtime and openapi-fetch included), gzip'd at level 9. Issue 14 §1's ≤ 7 kB for `{ create<Vendor>Client }`, the
 * breadth issues' growth budget, and issue 15's: the resource layer's cost per operation to a bundle that uses it and
 * nothing to one that does not.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';
import { before, BUNDLE_GROWTH_BUDGET_BYTES } from './baseline.js';
import { atMost, type Budget, kB, type Section, table } from './measure.js';
import { operationCount, type Vendor, VENDORS } from './vendors.js';

const BUNDLE_BUDGET_BYTES = 7 * 1024;
/** The resource layer's gzip bytes per operation, over the path client making the same call. */
const RESOURCE_BYTES_PER_OPERATION = 25;

const benchDir = fileURLToPath(new URL('..', import.meta.url));

/** One call each way, the same operation: what an app using one layer or the other bundles. */
const ONE_CALL: Record<Vendor, { pkg: string; factory: string; path: string; resource: string }> = {
  katapult: {
    pkg: '@cloudspecs/katapult-client',
    factory: 'createKatapultClient',
    path: `createKatapultClient({ token: 't' }).POST('/organizations/organization/ip_addresses', { body: {} })`,
    resource: `new Katapult({ token: 't' }).ipAddresses.create({})`,
  },
  hostway: {
    pkg: '@cloudspecs/hostway-client',
    factory: 'createHostwayClient',
    path: `createHostwayClient({ username: 'u', password: 'p' }).POST('/servers', { body: {} })`,
    resource: `new Hostway({ username: 'u', password: 'p' }).servers.create({})`,
  },
  scp: {
    pkg: '@cloudspecs/scp-client',
    factory: 'createScpClient',
    path: `createScpClient({ accessKey: 'a', secretKey: 's' }).POST('/v1/servers', { body: {} })`,
    resource: `new Scp({ accessKey: 'a', secretKey: 's' }).servers.create({})`,
  },
};
const CLASS: Record<Vendor, string> = { katapult: 'Katapult', hostway: 'Hostway', scp: 'Scp' };

/**
 * Leaves out of a client package's dist every export of its generated resource layer (`…/resources.js`), so the same
 * entry can be bundled with and without the layer present.
 */
function withoutResourceLayer(found: Set<string>): Plugin {
  return {
    name: 'without-resource-layer',
    setup(esbuild) {
      esbuild.onLoad({ filter: /[\\/]packages[\\/][a-z]+-client[\\/]dist[\\/].*\.js$/ }, async ({ path }) => {
        const source = await readFile(path, 'utf8');
        const contents = source.replace(/^export [^;]*from '[^']*\/resources\.js';$/gm, '');
        if (contents !== source) found.add(path);
        return { contents, loader: 'js' };
      });
    },
  };
}

/** The gzip size, and the bytes each input file leaves in the minified output (esbuild's metafile). */
async function bundle(contents: string, plugins: Plugin[] = []): Promise<{ gzip: number; inputs: string }> {
  const result = await build({
    stdin: { contents, resolveDir: benchDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    metafile: true,
    plugins,
  });
  const output = result.outputFiles[0]?.contents ?? new Uint8Array();
  const inputs = Object.entries(Object.values(result.metafile.outputs)[0]?.inputs ?? {})
    .map(([file, { bytesInOutput }]) => `${file} ${bytesInOutput}`)
    .sort();
  return { gzip: gzipSync(output, { level: 9 }).byteLength, inputs: inputs.join('\n') };
}

export async function bundleSize(): Promise<Section> {
  const rows: (string | number)[][] = [];
  const budgets: Budget[] = [];
  const reference = await bundle(`export { default } from 'openapi-fetch';`);
  const runtime = await bundle(`export { createApiClient } from '@cloudspecs/runtime/vendor-kit';`);
  rows.push(['openapi-fetch (reference)', 'default export', kB(reference.gzip)]);
  rows.push(['@cloudspecs/runtime (reference)', '{ createApiClient } of ./vendor-kit', kB(runtime.gzip)]);
  const runtimeGrowth = runtime.gzip - before.runtimeGzipBytes;
  for (const vendor of VENDORS) {
    const { pkg, factory, path, resource } = ONE_CALL[vendor];
    const entry = `export { ${factory} } from '${pkg}';`;
    const factoryOnly = await bundle(entry);
    rows.push([pkg, `{ ${factory} }`, kB(factoryOnly.gzip)]);
    budgets.push(atMost(`bundle, gzip: ${pkg} { ${factory} }`, factoryOnly.gzip, BUNDLE_BUDGET_BYTES, kB));
    const own = factoryOnly.gzip - before.vendors[vendor].bundleGzipBytes - runtimeGrowth;
    budgets.push(
      atMost(
        `bundle growth, gzip, the client's own part since ${before.vendors[vendor].operations} operations: ${pkg}`,
        own,
        BUNDLE_GROWTH_BUDGET_BYTES,
        (n) => `${n < 0 ? '−' : '+'}${kB(Math.abs(n))}`,
        `the runtime's own growth beside it: ${kB(runtimeGrowth)}`,
      ),
    );

    // Issue 15: the resource layer, used (per operation) and unused (nothing).
    const className = CLASS[vendor];
    const found = new Set<string>();
    const without = await bundle(entry, [withoutResourceLayer(found)]);
    if (found.size === 0) {
      budgets.push({
        name: `resource layer, unused: ${pkg} { ${factory} }`,
        limit: '+0 B',
        actual: `no export of a generated resources.js found in ${pkg}'s dist`,
        pass: false,
      });
      continue;
    }
    const added = factoryOnly.gzip - without.gzip;
    budgets.push({
      name: `resource layer, unused: gzip of ${pkg} { ${factory} } with the layer ÷ without`,
      limit: '+0 B',
      actual: `${added >= 0 ? '+' : '−'}${Math.abs(added)} B`,
      pass: factoryOnly.inputs === without.inputs,
      note: `the same code from each file: ${factoryOnly.inputs === without.inputs ? 'yes' : 'no'}`,
    });
    const pathCall = await bundle(`import { ${factory} } from '${pkg}';\nexport const r = ${path};`);
    const resourceCall = await bundle(`import { ${className} } from '${pkg}';\nexport const r = ${resource};`);
    const operations = operationCount(vendor);
    const perOperation = (resourceCall.gzip - pathCall.gzip) / operations;
    rows.push([pkg, `${factory} + one call`, kB(pathCall.gzip)]);
    rows.push([pkg, `new ${className} + the same call`, kB(resourceCall.gzip)]);
    budgets.push(
      atMost(
        `resource layer, used: (gzip of new ${className} + one call − ${factory} + one call) ÷ ${operations} operations`,
        perOperation,
        RESOURCE_BYTES_PER_OPERATION,
        (n) => `${n.toFixed(1)} B`,
        `${kB(resourceCall.gzip - pathCall.gzip)} in all`,
      ),
    );
  }
  return {
    title: 'Bundle size (browser, esbuild, minified ESM, gzip -9)',
    method:
      "Each entry bundled from the packages' built dist by esbuild (bundle, minify, ESM, platform browser, es2022), " +
      '@cloudspecs/runtime and openapi-fetch included; gzip is node:zlib at level 9. Growth: `{ create…Client }` ' +
      "against bench/src/baseline.ts, less the runtime's own growth (the reference row against the baseline's). " +
      'Resource layer used: an app making one call through `new <Vendor>` against one making the same call through ' +
      "the factory, the difference divided by the vendor's operations. Unused: `{ create…Client }` from the package " +
      "entry, bundled as it is and with the entry's export of the generated resources.js left out: the budget is that " +
      'each input file leaves the same number of bytes in both (minified names may differ, and the gzip size by a few bytes).',
    tables: [table(['package', 'import', 'gzip'], rows, 'll')],
    budgets,
  };
}
