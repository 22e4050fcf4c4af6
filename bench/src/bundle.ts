/**
 * Bundle size: what an app ships, bundled for the browser by esbuild (minified ESM, everything it imports included),
 * gzip'd at level 9. Issue 22's budgets: `{ create<Vendor>Client }` ≤ 13 kB (SCP ≤ 15 kB) and smaller than the peers
 * with error classes (axios, the Stainless core); the resource layer's fixed part and its cost per operation, the
 * slope between the real spec and one with half its operations; and the breadth issues' growth budget.
 */
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';
import { generatedBanner, renderResourceLayer } from '../../scripts/lib/generation.ts';
import { renderPaginationTable } from '../../scripts/lib/pagination-table.ts';
import { loadRegistry } from '../../scripts/lib/registry.ts';
import { before, BUNDLE_GROWTH_BUDGET_BYTES } from './baseline.js';
import { atMost, type Budget, kB, type Section, table } from './measure.js';
import { PEERS } from './peers.js';
import { bundledSpec, isOperationKey, operationCount, type Vendor, VENDORS } from './vendors.js';

const BUNDLE_BUDGET_BYTES: Record<Vendor, number> = { katapult: 13 * 1024, hostway: 13 * 1024, scp: 15 * 1024 };
/** The peers a client's bundle must be smaller than: those that also have error classes and retries. */
const LARGER_PEERS = ['axios', 'openai (Stainless core)'];
/** The resource layer: its fixed part, and what each operation adds (the slope between two API sizes). */
const RESOURCE_FIXED_BYTES = 4 * 1024;
const RESOURCE_BYTES_PER_OPERATION = 12;

const benchDir = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** One call each way, the same operation, through `create<Class>Client` or `new <Class>`, with these options. */
const ONE_CALL: Record<Vendor, { className: string; options: string; method: 'post'; path: string; resource: string }> =
  {
    katapult: {
      className: 'Katapult',
      options: `{ token: 't' }`,
      method: 'post',
      path: '/organizations/organization/ip_addresses',
      resource: 'ipAddresses.create({})',
    },
    hostway: {
      className: 'Hostway',
      options: `{ username: 'u', password: 'p' }`,
      method: 'post',
      path: '/servers',
      resource: 'servers.create({})',
    },
    scp: {
      className: 'Scp',
      options: `{ accessKey: 'a', secretKey: 's' }`,
      method: 'post',
      path: '/v1/servers',
      resource: 'servers.create({})',
    },
  };

/**
 * What only the resource layer leaves in a bundle: its promise's `withResponse` (a property name, kept by minifying) and
 * its table's entries (`["post","/…`). A bundle with neither has none of the layer in it.
 */
const RESOURCE_MARKS = [/withResponse/, /\["(?:get|post|put|patch|delete)","\//];
const resourceMarks = (text: string) => RESOURCE_MARKS.filter((mark) => mark.test(text)).length;

/** The gzip size and the minified text of a bundle. */
async function bundle(
  contents: string,
  { external = [], plugins = [] }: { external?: string[]; plugins?: Plugin[] } = {},
): Promise<{ gzip: number; text: string }> {
  const result = await build({
    stdin: { contents, resolveDir: benchDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    external,
    plugins,
  });
  const output = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { gzip: gzipSync(output, { level: 9 }).byteLength, text: new TextDecoder().decode(output) };
}

/**
 * The spec with every other operation in document order (a copy), but `keep`; a path left without operations goes.
 */
// biome-ignore lint/suspicious/noExplicitAny: a parsed OpenAPI document, as bundledSpec returns it
export function halfTheOperations(document: any, keep: { method: string; path: string }): any {
  const half = structuredClone(document);
  let index = 0;
  for (const [route, item] of Object.entries<Record<string, unknown>>(half.paths)) {
    for (const key of Object.keys(item).filter(isOperationKey)) {
      if (index++ % 2 === 1 && !(route === keep.path && key === keep.method)) delete item[key];
    }
    if (!Object.keys(item).some(isOperationKey)) delete half.paths[route];
  }
  return half;
}

/**
 * The vendor's resource layer at two API sizes, each bundled from the package's source (the same esbuild settings):
 * the real spec, and the spec with every other operation (the called one kept), its resources.ts and pagination.ts
 * rendered by the generator's own functions and put in place of the committed ones while bundling. The layer's cost at
 * a size is `new <Class>` + one call less the factory + the same call.
 */
async function resourceLayerSlope(vendor: Vendor) {
  const entry = (await loadRegistry(repoRoot)).find((e) => e.vendor === vendor);
  if (!entry) throw new Error(`bench: ${vendor} is not in redocly.yaml`);
  const { className, options, method, path, resource } = ONE_CALL[vendor];
  const half = halfTheOperations(bundledSpec(vendor), { method, path });
  const label = `specs/${vendor} with every other operation`;
  const [resources] = renderResourceLayer(entry, half, label).filter((f) => f.path.endsWith('resources.ts'));
  const pagination =
    entry.pagination &&
    renderPaginationTable(generatedBanner(label), half, { vendor: entry.vendor, schemes: entry.pagination }, label);
  const halved: Plugin = {
    name: 'half-the-operations',
    setup(build) {
      build.onLoad({ filter: /[\\/]generated[\\/](resources|pagination)\.ts$/ }, (file) => {
        const contents = file.path.endsWith('resources.ts') ? resources?.contents : pagination;
        if (contents === undefined) throw new Error(`bench: nothing rendered for ${file.path}`);
        return { contents, loader: 'ts' };
      });
    },
  };
  const source = `${entry.packageDir}/src/index.ts`;
  const factory = entry.factory;
  const layerCost = async (plugins: Plugin[]) => {
    const pathCall = await bundle(
      `import { ${factory} as f } from '${source}';\nexport const r = f(${options}).${method.toUpperCase()}('${path}', {});`,
      { plugins },
    );
    const resourceCall = await bundle(
      `import { ${className} as C } from '${source}';\nexport const r = new C(${options}).${resource};`,
      { plugins },
    );
    return resourceCall.gzip - pathCall.gzip;
  };
  const sizes = { full: operationCount(vendor), half: operationCount(vendor, half) };
  const cost = { full: await layerCost([]), half: await layerCost([halved]) };
  const perOperation = (cost.full - cost.half) / (sizes.full - sizes.half);
  return { sizes, cost, perOperation, fixed: cost.full - perOperation * sizes.full };
}

export async function bundleSize(): Promise<Section> {
  const rows: string[][] = [];
  const layerRows: string[][] = [];
  const budgets: Budget[] = [];
  const runtime = await bundle(`export { createApiClient } from '@cloudspecs/runtime/vendor-kit';`);
  rows.push(['@cloudspecs/runtime (reference)', '{ createApiClient } of ./vendor-kit', kB(runtime.gzip)]);
  const runtimeGrowth = runtime.gzip - before.runtimeGzipBytes;
  const peers: Record<string, number> = {};
  const peerCells: string[] = [];
  for (const peer of PEERS) {
    if (!peer.bundle) {
      peerCells.push('0 (built in)');
      continue;
    }
    const shipped = await bundle(peer.bundle.contents, { external: peer.bundle.external ?? [] });
    peers[peer.name] = shipped.gzip;
    rows.push([peer.name, peer.bundle.label, kB(shipped.gzip)]);
    if (peer.bundle.external) {
      const whole = await bundle(peer.bundle.contents);
      rows.push([peer.name, 'the same, whole', kB(whole.gzip)]);
      peerCells.push(`${kB(shipped.gzip)} (${kB(whole.gzip)} whole)`);
    } else peerCells.push(kB(shipped.gzip));
  }
  const clientCells: string[] = [];
  for (const vendor of VENDORS) {
    const { className, options, method, path, resource } = ONE_CALL[vendor];
    const pkg = `@cloudspecs/${vendor}-client`;
    const factory = `create${className}Client`;
    const then = before.vendors[vendor];
    const factoryOnly = await bundle(`export { ${factory} } from '${pkg}';`);
    const pathCall = await bundle(
      `import { ${factory} as f } from '${pkg}';\nexport const r = f(${options}).${method.toUpperCase()}('${path}', {});`,
    );
    const resourceCall = await bundle(
      `import { ${className} as C } from '${pkg}';\nexport const r = new C(${options}).${resource};`,
    );
    rows.push([pkg, `{ ${factory} }`, kB(factoryOnly.gzip)]);
    rows.push([pkg, `${factory}(…) + one call`, kB(pathCall.gzip)]);
    rows.push([pkg, `new ${className}(…) + the same call`, kB(resourceCall.gzip)]);
    clientCells.push(`${vendor} ${kB(factoryOnly.gzip)}`);
    const own = factoryOnly.gzip - then.bundleGzipBytes - runtimeGrowth;
    const signed = (n: number) => `${n < 0 ? '−' : '+'}${kB(Math.abs(n))}`;
    // The marks must be found where the layer is used, or their absence below would prove nothing.
    if (resourceMarks(resourceCall.text) !== RESOURCE_MARKS.length) {
      throw new Error(
        `bench: the resource layer's marks are not in the bundle of new ${className}(…); update RESOURCE_MARKS`,
      );
    }
    const unusedMarks = resourceMarks(factoryOnly.text);
    const layer = await resourceLayerSlope(vendor);
    layerRows.push([
      vendor,
      `${layer.sizes.full} → ${layer.sizes.half}`,
      `${kB(layer.cost.full)} → ${kB(layer.cost.half)}`,
      `${layer.perOperation.toFixed(1)} B`,
      kB(layer.fixed),
    ]);
    const smaller = LARGER_PEERS.map((name) => ({ name, gzip: peers[name] ?? 0 })).reduce((a, b) =>
      b.gzip < a.gzip ? b : a,
    );
    budgets.push(
      atMost(`bundle, gzip: ${pkg} { ${factory} }`, factoryOnly.gzip, BUNDLE_BUDGET_BYTES[vendor], kB),
      {
        name: `bundle, gzip: ${pkg} { ${factory} } < ${LARGER_PEERS.join(' and ')}`,
        limit: `< ${kB(smaller.gzip)}`,
        actual: kB(factoryOnly.gzip),
        pass: factoryOnly.gzip < smaller.gzip,
        note: `the smaller of them: ${smaller.name}`,
      },
      atMost(
        `bundle growth since ${then.operations} operations, the client's own part: ${pkg}`,
        own,
        BUNDLE_GROWTH_BUDGET_BYTES,
        signed,
        `the runtime's own growth beside it: ${signed(runtimeGrowth)}`,
      ),
      atMost(
        `resource layer used, its fixed part: ${pkg}`,
        layer.fixed,
        RESOURCE_FIXED_BYTES,
        kB,
        `${kB(layer.cost.full)} in all at ${layer.sizes.full} operations`,
      ),
      atMost(
        `resource layer used, per operation (slope ${layer.sizes.half} → ${layer.sizes.full} operations): ${pkg}`,
        layer.perOperation,
        RESOURCE_BYTES_PER_OPERATION,
        (n) => `${n.toFixed(1)} B`,
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
      "everything it imports included; gzip is node:zlib at level 9. The peers' rows: what an app imports to make the " +
      "call as the request rows make it; openai's without its API's resource modules (`./resources/*` left " +
      'external), which leaves the Stainless core: the client class, requests, retries, errors, uploads, pagination ' +
      "and streaming. Growth: `{ create…Client }` against bench/src/baseline.ts, less the runtime's own growth (the " +
      "reference row against the baseline's). Resource layer used: an app making one call through `new <Vendor>` " +
      'less one making the same call through the factory, at two API sizes — the spec, and the spec with every ' +
      "other operation (rendered by the generator's functions from the bundled spec, swapped in while bundling from " +
      'the package source) — per operation: the slope between them; fixed part: the cost at full size less the slope ' +
      'times the operations. Unused: `{ create…Client }` from the package entry must hold none of the ' +
      "layer's marks: its promise's `withResponse` and its table's entries, both found in the bundle that uses it.",
    tables: [
      table(['package', 'import', 'gzip'], rows, 'll'),
      table(['vendor', 'operations: full → half', 'layer: full → half', 'per operation', 'fixed part'], layerRows),
    ],
    peerRows: [['bundle, gzip', ...peerCells, clientCells.join(' · ')]],
    budgets,
  };
}
