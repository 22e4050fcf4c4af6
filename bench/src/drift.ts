/**
 * What drift reporting (`validate: 'report' | 'strict'`, issue 20 §4) costs, and that it costs nothing when off:
 * - per call, on the client-only method (a fake `fetch` answering the seed's example on the next tick): the client
 *   with validation off beside the same client with the hook taken out of its source, and with validation on;
 * - the bundle of `{ create<Vendor>Client }`: the hook's own bytes (the same bundle with and without it) and none of
 *   the validators or of the checks in it;
 * - the validators themselves, loaded only when the option is on: their entry's size, its cold `import()` and their
 *   generation — beside Ajv's standalone code for the same schemas, the alternative the issue asked to weigh.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';
import { loadRegistry } from '../../scripts/lib/registry.ts';
import { renderValidators } from '../../scripts/lib/validators.ts';
import {
  alternate,
  atMost,
  type Budget,
  kB,
  median,
  medianRatio,
  ms,
  ratio,
  type Section,
  table,
  µs,
} from './measure.js';
import { CREDENTIALS, SEEDS, type Seed, seedOf } from './requests.js';
import { bundledSpec, type Vendor, VENDORS } from './vendors.js';

/** With validation off, a call through the shipped runtime ÷ the same call with the hook taken out: noise only. */
const OFF_BUDGET = 1.05;
/** The hook and the options' checks, all a client without validation carries of the feature. */
const HOOK_BYTES_BUDGET = 450;

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const benchDir = fileURLToPath(new URL('..', import.meta.url));
const runtimeSrc = `${repoRoot}packages/runtime/src`;
const run = promisify(execFile);

/** What only the checks and the validators put in a bundle (strings survive minifying): none may be in the factory's. */
const DRIFT_MARKS = [/only the properties the spec declares/, /"DriftError"/, /\/components\/schemas\//];
const driftMarks = (text: string) => DRIFT_MARKS.filter((mark) => mark.test(text)).length;

/**
 * The runtime's source with the hook taken out: the call sites (`if (drift) await drift(…)`) go, and the hook is never
 * made. Fails when it finds neither, so that a runtime whose hook moved is not measured as if it had none.
 */
const withoutHook: Plugin = {
  name: 'without-drift-hook',
  setup(plugin) {
    let sites = 0;
    let made = 0;
    plugin.onLoad({ filter: /[\\/]packages[\\/]runtime[\\/]src[\\/].*\.ts$/ }, (file) => {
      let contents = readFileSync(file.path, 'utf8');
      contents = contents.replace(/^\s*if \(drift\) await drift\(.*\);$/gm, () => {
        sites++;
        return '';
      });
      // `drift: driftHook(…),` in the client's context
      contents = contents.replace(/^(\s*)drift: driftHook\(.*\),$/m, (_, indent: string) => {
        made++;
        return `${indent}drift: undefined,`;
      });
      return { contents, loader: 'ts' };
    });
    plugin.onEnd(() => {
      if (sites === 0 || made === 0) {
        throw new Error(`bench: the drift hook was not found in the runtime (${made} made, ${sites} call sites)`);
      }
      sites = 0;
      made = 0;
    });
  },
};

/** The package's source and the runtime's source, bundled as one module (the runtime's entries aliased to src/). */
async function bundleSource(
  contents: string,
  plugins: Plugin[],
  options: { minify: boolean; platform: 'node' | 'browser' },
): Promise<{ text: string; gzip: number }> {
  const result = await build({
    stdin: { contents, resolveDir: benchDir, loader: 'ts' },
    bundle: true,
    minify: options.minify,
    format: 'esm',
    platform: options.platform,
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    alias: {
      '@cloudspecs/runtime/vendor-kit': `${runtimeSrc}/vendor-kit.ts`,
      '@cloudspecs/runtime/errors': `${runtimeSrc}/errors-public.ts`,
      '@cloudspecs/runtime/drift': `${runtimeSrc}/drift.ts`,
      '@cloudspecs/runtime': `${runtimeSrc}/index.ts`,
    },
    // The validators entry is loaded by the `validators` option below, from the package's dist.
    external: ['@cloudspecs/*/validators'],
    plugins,
  });
  const output = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { text: new TextDecoder().decode(output), gzip: gzipSync(output, { level: 9 }).byteLength };
}

type Factory = (options: Record<string, unknown>) => { POST(path: string, init: object): Promise<{ data?: unknown }> };

/**
 * The vendor's factory from its package's source, bundled with or without the hook: each call a module of its own
 * (`copy`), so that no two columns share compiled code and each is optimised for its own calls alone.
 */
async function factoryFromSource(vendor: Vendor, plugins: Plugin[], copy: string): Promise<Factory> {
  const entry = (await loadRegistry(repoRoot)).find((e) => e.vendor === vendor);
  if (!entry) throw new Error(`bench: ${vendor} is not in redocly.yaml`);
  const { text } = await bundleSource(
    `export { ${entry.factory} as factory } from '${entry.packageDir}/src/index.ts';`,
    plugins,
    { minify: false, platform: 'node' },
  );
  const code = `${text}\n// ${copy}\n`;
  const module = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as {
    factory: Factory;
  };
  return module.factory;
}

async function perCall(vendor: Vendor, seed: Seed, rounds: number, count: number) {
  const headers = { 'content-type': 'application/json' };
  const fetch = () =>
    new Promise<Response>((resolve) =>
      process.nextTick(() => resolve(new Response(seed.answer, { status: seed.status, headers }))),
    );
  const shipped = (copy: string) => factoryFromSource(vendor, [], copy);
  const validators = () => import(`@cloudspecs/${vendor}-client/validators`);
  // SCP warns once about an API version past its Not Before date: not the bench's business.
  const quiet = vendor === 'scp' ? { onWarning: () => {} } : {};
  const base = { ...CREDENTIALS[vendor], baseUrl: 'http://127.0.0.1:9', fetch, ...quiet };
  const clients = {
    'hook taken out': (await factoryFromSource(vendor, [withoutHook], 'hookless'))(base),
    'validate off': (await shipped('off'))(base),
    "validate: 'report'": (await shipped('report'))({ ...base, validate: 'report', validators }),
    "validate: 'strict'": (await shipped('strict'))({ ...base, validate: 'strict', validators }),
  };
  const { init } = seed;
  const path = SEEDS[vendor].path;
  for (const [name, client] of Object.entries(clients)) {
    const { data } = await client.POST(path, init);
    if (JSON.stringify(data) !== seed.answer) throw new Error(`bench: ${vendor} ${name} did not get the seed answer`);
  }
  const batch = (client: (typeof clients)[keyof typeof clients]) => async () => {
    for (let i = 0; i < count; i++) await client.POST(path, init);
    return undefined;
  };
  return alternate(
    Object.fromEntries(Object.entries(clients).map(([name, client]) => [name, batch(client)])) as Record<
      keyof typeof clients,
      () => Promise<undefined>
    >,
    rounds,
    2,
  );
}

/** Milliseconds to import the specifier in a fresh Node process (start-up not counted). */
async function coldImport(specifier: string): Promise<number> {
  const script = `const t = performance.now(); await import(${JSON.stringify(specifier)}); console.log(performance.now() - t);`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: benchDir });
  return Number(stdout.trim());
}

/** Ajv's standalone code for the same response schemas (each component its own schema, refs not inlined). */
async function ajvStandalone(document: Record<string, unknown>) {
  const require = createRequire(import.meta.url);
  const Ajv2020 = require('ajv/dist/2020.js').default;
  const standaloneCode = require('ajv/dist/standalone').default;
  const addFormats = require('ajv-formats').default;
  const started = performance.now();
  const ajv = new Ajv2020({ strict: false, allErrors: true, inlineRefs: false, code: { source: true, esm: true } });
  addFormats(ajv);
  for (const format of ['float', 'double', 'int32', 'int64']) ajv.addFormat(format, true);
  const rewrite = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(rewrite);
    if (typeof node !== 'object' || node === null) return node;
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === 'example' || key === 'examples') continue;
      out[key] =
        key === '$ref' && typeof value === 'string' && value.startsWith('#/components/schemas/')
          ? `s:${value.slice('#/components/schemas/'.length)}`
          : rewrite(value);
    }
    return out;
  };
  const components = (document.components as { schemas?: Record<string, unknown> } | undefined)?.schemas ?? {};
  for (const [name, schema] of Object.entries(components))
    ajv.addSchema({ ...(rewrite(schema) as object), $id: `s:${name}` });
  const exported: Record<string, string> = {};
  const seen = new Map<string, string>();
  const at = (pointer: string) =>
    pointer
      .slice(2)
      .split('/')
      .reduce<unknown>(
        (node, key) => (node as Record<string, unknown>)[key.replaceAll('~1', '/').replaceAll('~0', '~')],
        document,
      );
  for (const item of Object.values(document.paths as Record<string, Record<string, { responses?: object }>>)) {
    for (const operation of Object.values(item)) {
      for (const given of Object.values(operation?.responses ?? {}) as { $ref?: string }[]) {
        const response = (given.$ref ? at(given.$ref) : given) as { content?: Record<string, { schema?: unknown }> };
        const schema = response.content?.['application/json']?.schema;
        if (schema === undefined) continue;
        const key = JSON.stringify(schema);
        if (seen.has(key)) continue;
        const id = `r:${seen.size}`;
        seen.set(key, id);
        ajv.addSchema({ ...(rewrite(schema) as object), $id: id });
        exported[`v${seen.size}`] = id;
      }
    }
  }
  const code: string = standaloneCode(ajv, exported);
  const generateMs = performance.now() - started;
  const requires = [...new Set([...code.matchAll(/require\("([^"]+)"\)/g)].map((match) => match[1]))];
  const result = await build({
    stdin: { contents: code, resolveDir: benchDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const output = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { generateMs, minified: output.byteLength, gzip: gzipSync(output, { level: 9 }).byteLength, requires };
}

export async function driftCosts(rounds = 30, count = 500): Promise<Section> {
  const callRows: string[][] = [];
  const sizeRows: string[][] = [];
  const budgets: Budget[] = [];
  const registry = await loadRegistry(repoRoot);
  for (const vendor of VENDORS) {
    const entry = registry.find((e) => e.vendor === vendor);
    if (!entry) throw new Error(`bench: ${vendor} is not in redocly.yaml`);
    const figures = await perCall(vendor, seedOf(vendor), rounds, count);
    const per = (name: keyof typeof figures) => µs((median(figures[name]) * 1000) / count);
    const vsOff = (name: keyof typeof figures) => medianRatio(figures[name], figures['validate off']);
    const offVsHookless = medianRatio(figures['validate off'], figures['hook taken out']);
    callRows.push([
      vendor,
      per('hook taken out'),
      `${per('validate off')} (${ratio(offVsHookless)})`,
      `${per("validate: 'report'")} (${ratio(vsOff("validate: 'report'"))})`,
      `${per("validate: 'strict'")} (${ratio(vsOff("validate: 'strict'"))})`,
    ]);
    budgets.push(
      atMost(
        `validate off, per call: ${vendor}-client ÷ the same client with the hook taken out`,
        offVsHookless,
        OFF_BUDGET,
        ratio,
        `validate: 'report' costs ${ratio(vsOff("validate: 'report'"))} of off`,
      ),
    );

    const factory = `export { ${entry.factory} } from '${entry.packageDir}/src/index.ts';`;
    const browser = { minify: true, platform: 'browser' } as const;
    const shipped = await bundleSource(factory, [], browser);
    const hookless = await bundleSource(factory, [withoutHook], browser);
    const validatorsEntry = await bundleSource(
      `export { validators } from '${entry.packageDir}/src/validators.ts';`,
      [],
      browser,
    );
    if (driftMarks(validatorsEntry.text) !== DRIFT_MARKS.length) {
      throw new Error(`bench: the drift marks are not all in ${vendor}'s validators entry; update DRIFT_MARKS`);
    }
    const marks = driftMarks(shipped.text);
    budgets.push(
      atMost(
        `validate off, bundle: the hook in ${entry.packageName} { ${entry.factory} }`,
        shipped.gzip - hookless.gzip,
        HOOK_BYTES_BUDGET,
        (n) => `${n} B`,
      ),
      {
        name: `validate off, bundle: ${entry.packageName} { ${entry.factory} } holds none of the validators and checks`,
        limit: 'none of them',
        actual: marks === 0 ? 'none of them' : `${marks} of their ${DRIFT_MARKS.length} marks`,
        pass: marks === 0,
      },
    );

    const document = bundledSpec(vendor);
    const started = performance.now();
    renderValidators('', document, { vendor, runtimeImport: '@cloudspecs/runtime/drift', label: vendor });
    const ownMs = performance.now() - started;
    const ajv = await ajvStandalone(document);
    const imports = await alternate(
      {
        client: () => coldImport(entry.packageName),
        validators: () => coldImport(`${entry.packageName}/validators`),
      },
      5,
    );
    sizeRows.push([
      vendor,
      `${shipped.gzip - hookless.gzip} B`,
      `${kB(validatorsEntry.text.length)} · ${kB(validatorsEntry.gzip)}`,
      `${median(imports.validators).toFixed(1)} ms (client ${median(imports.client).toFixed(1)} ms)`,
      ms(ownMs),
      `${kB(ajv.minified)} · ${kB(ajv.gzip)}${ajv.requires.length > 0 ? ` + ${ajv.requires.join(', ')}` : ''}`,
      ms(ajv.generateMs),
    ]);
  }
  return {
    title: 'Drift reports (validate)',
    method:
      "Per call: the client-only method (a fake `fetch` answering the seed's example on the next tick, so the body " +
      'is valid and nothing is reported: the cost of checking), each client bundled by esbuild from its package ' +
      "source with the runtime's source, once as shipped and once with the hook taken out (its call sites and its " +
      `making removed from the source); ${rounds} rounds of ${count} sequential calls per column after 2 warm-up ` +
      "rounds, rotating order; time per call and, in brackets, the median of per-round ratios to 'validate off' " +
      "(for 'validate off': to the hook taken out). Sizes: minified ESM for the browser, gzip -9; the hook's bytes: " +
      '`{ create…Client }` as shipped less the same without the hook. The validators entry: `{ validators }` with ' +
      "the runtime's checks, minified · gzip; its cold `import()` in a fresh process (5 rounds), beside the client " +
      "package's. Generation: the validators rendered from the bundled spec; Ajv: its standalone code for the same " +
      'response schemas (every component its own schema, refs not inlined, formats on), compiled and bundled the ' +
      'same way, with the runtime modules its code requires.',
    tables: [
      table(['vendor', 'hook taken out', 'validate off', "validate: 'report'", "validate: 'strict'"], callRows),
      table(
        [
          'vendor',
          'hook, gzip',
          'validators entry: min · gzip',
          'its cold import()',
          'generated in',
          'Ajv standalone: min · gzip',
          'Ajv compiled in',
        ],
        sizeRows,
      ),
    ],
    budgets,
  };
}
