/**
 * Bundle size: what an app ships, bundled for the browser from the packages' built dist by esbuild (minified ESM,
 * runtime and openapi-fetch included), gzip'd at level 9. Issue 14 §1's ≤ 7 kB for `{ create<Vendor>Client }`, the
 * breadth issues' growth budget, and issue 15's: the resource layer's cost per operation to a bundle that uses it and
 * nothing to one that does not.
 */
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { before, BUNDLE_GROWTH_BUDGET_BYTES } from './baseline.js';
import { atMost, type Budget, kB, type Section, table } from './measure.js';
import { operationCount, type Vendor, VENDORS } from './vendors.js';

const BUNDLE_BUDGET_BYTES = 7 * 1024;
/** The resource layer's gzip bytes per operation, over the path client making the same call. */
const RESOURCE_BYTES_PER_OPERATION = 25;

const benchDir = fileURLToPath(new URL('..', import.meta.url));

/** One call each way, the same operation, through `create<Class>Client` or `new <Class>`, with these options. */
const ONE_CALL: Record<Vendor, [className: string, options: string, path: string, resource: string]> = {
  katapult: [
    'Katapult',
    `{ token: 't' }`,
    `POST('/organizations/organization/ip_addresses', {})`,
    'ipAddresses.create({})',
  ],
  hostway: ['Hostway', `{ username: 'u', password: 'p' }`, `POST('/servers', {})`, 'servers.create({})'],
  scp: ['Scp', `{ accessKey: 'a', secretKey: 's' }`, `POST('/v1/servers', {})`, 'servers.create({})'],
};

/**
 * What only the resource layer leaves in a bundle: its promise's `withResponse` (a property name, kept by minifying) and
 * its table's entries (`["post","/…`). A bundle with neither has none of the layer in it.
 */
const RESOURCE_MARKS = [/withResponse/, /\["(?:get|post|put|patch|delete)","\//];
const resourceMarks = (text: string) => RESOURCE_MARKS.filter((mark) => mark.test(text)).length;

/** The gzip size and the minified text of a bundle. */
async function bundle(contents: string): Promise<{ gzip: number; text: string }> {
  const result = await build({
    stdin: { contents, resolveDir: benchDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const output = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { gzip: gzipSync(output, { level: 9 }).byteLength, text: new TextDecoder().decode(output) };
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
    const [className, options, path, resource] = ONE_CALL[vendor];
    const pkg = `@cloudspecs/${vendor}-client`;
    const factory = `create${className}Client`;
    const then = before.vendors[vendor];
    const entry = `export { ${factory} } from '${pkg}';`;
    const factoryOnly = await bundle(entry);
    const pathCall = await bundle(`import { ${factory} as f } from '${pkg}';\nexport const r = f(${options}).${path};`);
    const resourceCall = await bundle(
      `import { ${className} as C } from '${pkg}';\nexport const r = new C(${options}).${resource};`,
    );
    rows.push([pkg, `{ ${factory} }`, kB(factoryOnly.gzip)]);
    rows.push([pkg, `${factory}(…) + one call`, kB(pathCall.gzip)]);
    rows.push([pkg, `new ${className}(…) + the same call`, kB(resourceCall.gzip)]);
    const own = factoryOnly.gzip - then.bundleGzipBytes - runtimeGrowth;
    const signed = (n: number) => `${n < 0 ? '−' : '+'}${kB(Math.abs(n))}`;
    const operations = operationCount(vendor);
    const perOperation = (resourceCall.gzip - pathCall.gzip) / operations;
    // The marks must be found where the layer is used, or their absence below would prove nothing.
    if (resourceMarks(resourceCall.text) !== RESOURCE_MARKS.length) {
      throw new Error(
        `bench: the resource layer's marks are not in the bundle of new ${className}(…); update RESOURCE_MARKS`,
      );
    }
    const unusedMarks = resourceMarks(factoryOnly.text);
    budgets.push(
      atMost(`bundle, gzip: ${pkg} { ${factory} }`, factoryOnly.gzip, BUNDLE_BUDGET_BYTES, kB),
      atMost(
        `bundle growth since ${then.operations} operations, the client's own part: ${pkg}`,
        own,
        BUNDLE_GROWTH_BUDGET_BYTES,
        signed,
        `the runtime's own growth beside it: ${signed(runtimeGrowth)}`,
      ),
      atMost(
        `resource layer used: (new ${className} − ${factory}, one call each, gzip) ÷ ${operations} operations`,
        perOperation,
        RESOURCE_BYTES_PER_OPERATION,
        (n) => `${n.toFixed(1)} B`,
        `${kB(resourceCall.gzip - pathCall.gzip)} in all`,
      ),
      {
        name: `resource layer unused: ${pkg} { ${factory} } holds none of it`,
        limit: 'none of it',
        actual: unusedMarks === 0 ? 'none of it' : `${unusedMarks} of its ${RESOURCE_MARKS.length} marks`,
        pass: unusedMarks === 0,
      },
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
      "entry (one bundled file per package, so the layer's part cannot be told by input file) must hold none of the " +
      "layer's marks: its promise's `withResponse` and its table's entries, both found in the bundle that uses it.",
    tables: [table(['package', 'import', 'gzip'], rows, 'll')],
    budgets,
  };
}
