/**
 * The part of each vendor package that is the same in all of them, emitted instead of written by hand:
 *   src/generated/client-types.ts  `type <Vendor>Client<Throw>` (the runtime's client over the spec's paths), which
 *                                  the factory and every helper module import, so no helper imports the package entry
 *   src/generated/exports.ts       what every package entry re-exports: the errors, the RateLimiter, the log, retry,
 *                                  rate-limit, tracing and drift types, the spec's types, the client type and the
 *                                  default base URL; and `openTelemetry({ api })`, the `tracing` option named by this
 *                                  API's operationIds
 *   src/generated/load-validators.ts  how the factory loads the package's own `./validators` entry when a client turns
 *                                  `validate` on: a dynamic import() that bundlers leave alone, so a bundle of the
 *                                  factory holds none of the validators
 * What exports.ts re-exports is data (`entryReExports`), and what it defines is named in `ENTRY_DEFINITIONS`: both tell
 * the models which names are taken.
 */
import { join } from 'node:path';
import * as runtimeErrors from '../../packages/runtime/src/errors-public.ts';
import { exportNames } from './module-exports.ts';
import { className } from './naming.ts';

export interface ClientLayerOptions {
  /** The registry key, e.g. `katapult`: the client type is named after it (`KatapultClient`, as `createKatapultClient`). */
  vendor: string;
  /** The npm name, e.g. `@cloudspecs/katapult-client`. */
  packageName: string;
  generatedDir: string;
  /** Per-operation API versions (registry `x-api-versions`): calls take an `apiVersion`, the client pins one. */
  apiVersions: boolean;
}

/** One module the package entry re-exports from (through exports.ts), with the names it takes from it. */
export interface ReExport {
  from: string;
  values: readonly string[];
  types: readonly string[];
}

/**
 * The error classes are re-exported by name: `export *` of another package makes a bundler build a namespace object
 * of the whole entry at run time, which keeps every export of a bundled client (the resource layer too) in an app that
 * uses one. The names are those @cloudspecs/runtime/errors (packages/runtime/src/errors-public.ts) exports: the values
 * are what importing it gives, the types the rest of what the compiler finds exported there.
 */
let runtimeErrorNames: { values: string[]; types: string[] } | undefined;
function runtimeErrorExports(): { values: string[]; types: string[] } {
  if (runtimeErrorNames) return runtimeErrorNames;
  const names = exportNames(join(import.meta.dirname, '..', '..', 'packages', 'runtime', 'src', 'errors-public.ts'));
  const isValue = (name: string) => Object.hasOwn(runtimeErrors, name);
  runtimeErrorNames = { values: names.filter(isValue), types: names.filter((name) => !isValue(name)) };
  return runtimeErrorNames;
}

/** What exports.ts defines itself (besides what it re-exports). */
export const ENTRY_DEFINITIONS = ['openTelemetry'] as const;

/** What every package entry re-exports besides its factory, helpers and resource layer, in exports.ts's order. */
export function entryReExports(options: Pick<ClientLayerOptions, 'vendor' | 'apiVersions'>): ReExport[] {
  const prefix = className(options.vendor);
  return [
    { from: '@cloudspecs/runtime/errors', ...runtimeErrorExports() },
    {
      from: '@cloudspecs/runtime',
      values: ['RateLimiter'],
      types: [
        'DriftKind',
        'DriftReport',
        'LogEntry',
        'LoggerOptions',
        'RateLimitedRequest',
        'RateLimiterOptions',
        'RateLimitHit',
        'RateLimits',
        'RetryEvent',
        'Tracing',
        'TracingOptions',
        'ValidateMode',
      ],
    },
    {
      from: './client-types.js',
      values: [],
      types: options.apiVersions
        ? ['CallApiVersion', `${prefix}Client`, `${prefix}RequestOptions`]
        : [`${prefix}Client`],
    },
    { from: './operations.js', values: ['defaultBaseUrl'], types: [] },
    { from: './schema.js', values: [], types: ['components', 'operations', 'paths'] },
  ];
}

export function renderClientLayer(banner: string, options: ClientLayerOptions): { path: string; contents: string }[] {
  const prefix = className(options.vendor);
  const clientType = `${prefix}Client`;
  const callOptions = `${prefix}RequestOptions`;
  const types = options.apiVersions
    ? [
        banner,
        "import type { ApiClient, MediaType } from '@cloudspecs/runtime';",
        "import type { ApiVersion } from './operations.js';",
        "import type { paths } from './schema.js';",
        '',
        '/**',
        ' * A version to send one call with (`apiVersion` on the call): a documented one, or a newer one the spec does not',
        " * document yet, such as `'1.4'`, sent as it is.",
        ' */',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the emitted code is a template literal type.
        'export type CallApiVersion = ApiVersion | `${number}.${number}`;',
        '',
        "/** Options of one call on top of the runtime's. */",
        `export interface ${callOptions} {`,
        '  /**',
        "   * Send this call with this version instead of the client's choice: a documented version is checked like a",
        "   * pinned one; a version the spec does not document (e.g. `'1.4'`) is sent as it is, and the types stay those of",
        '   * the spec.',
        '   */',
        '  apiVersion?: CallApiVersion;',
        '}',
        '',
        '/** The client type; `Throw` is true for a client created with `throwOnError: true`. */',
        `export type ${clientType}<Throw extends boolean = false> = ApiClient<paths, Throw, MediaType, ${callOptions}> & {`,
        "  /** The version the client pins (a call's `apiVersion` wins over it). */",
        '  readonly apiVersion: ApiVersion;',
        '};',
        '',
      ]
    : [
        banner,
        "import type { ApiClient } from '@cloudspecs/runtime';",
        "import type { paths } from './schema.js';",
        '',
        '/** The client type; `Throw` is true for a client created with `throwOnError: true`. */',
        `export type ${clientType}<Throw extends boolean = false> = ApiClient<paths, Throw>;`,
        '',
      ];
  const exports = [
    banner,
    "// What every client package's entry re-exports besides its factory and helpers. The error classes are defined once,",
    '// in @cloudspecs/runtime, so `instanceof` works whichever package they are imported from.',
    "import type { Tracing, TracingOptions } from '@cloudspecs/runtime';",
    "import { openTelemetryTracing } from '@cloudspecs/runtime/vendor-kit';",
    ...entryReExports(options).flatMap(({ from, values, types }) => [
      ...(values.length > 0 ? [`export { ${values.join(', ')} } from '${from}';`] : []),
      ...(types.length > 0 ? [`export type { ${types.join(', ')} } from '${from}';`] : []),
    ]),
    '',
    '/**',
    ` * OpenTelemetry spans for ${options.vendor} clients: \`tracing: openTelemetry({ api })\`, with`,
    " * `import * as api from '@opentelemetry/api'` (and optionally `tracerProvider`). Spans are named by this API's",
    ' * operationIds, from a table loaded by the first traced call; a bundle that never calls this holds none of it.',
    ' */',
    'export function openTelemetry(options: TracingOptions): Tracing {',
    `  return openTelemetryTracing(${JSON.stringify(options.vendor)}, options, () =>`,
    "    import('./operation-ids.js').then((module) => module.operationIds),",
    '  );',
    '}',
    '',
  ];
  const validatorsModule = `${options.packageName}/validators`;
  const loader = [
    banner,
    "import type { VendorValidators } from '@cloudspecs/runtime/vendor-kit';",
    '',
    '/**',
    " * This package's own `./validators` entry, imported only by a client created with `validate: 'report' | 'strict'`.",
    ' * The specifier is not a literal of the import() call, and the comments ask bundlers to leave the call as it is: a',
    ' * bundle of the factory then holds none of the validators. An app built by a bundler passes the `validators` option',
    ` * instead: \`validators: () => import('${validatorsModule}')\`.`,
    ' */',
    `const module = ${JSON.stringify(validatorsModule)};`,
    '',
    'export const validators: VendorValidators = {',
    '  module,',
    '  load: () => import(/* webpackIgnore: true */ /* @vite-ignore */ module),',
    '};',
    '',
  ];
  return [
    { path: join(options.generatedDir, 'client-types.ts'), contents: types.join('\n') },
    { path: join(options.generatedDir, 'exports.ts'), contents: exports.join('\n') },
    { path: join(options.generatedDir, 'load-validators.ts'), contents: loader.join('\n') },
  ];
}
