/**
 * The part of each vendor package that is the same in all of them, emitted instead of written by hand:
 *   src/generated/client-types.ts  `type <Vendor>Client<Throw>` (the runtime's client over the spec's paths), which
 *                                  the factory and every helper module import, so no helper imports the package entry
 *   src/generated/exports.ts       what every package entry re-exports: the errors, the RateLimiter, the log, retry,
 *                                  rate-limit and tracing types, the spec's types, the client type and the default
 *                                  base URL; and `openTelemetry({ api })`, the `tracing` option named by this API's
 *                                  operationIds
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ClientLayerOptions {
  /** The registry key, e.g. `katapult`: the client type is named after it (`KatapultClient`, as `createKatapultClient`). */
  vendor: string;
  generatedDir: string;
  /** The spec documents per-operation API versions (SCP): calls take an `apiVersion` and the client pins one. */
  apiVersions: boolean;
}

export function renderClientLayer(banner: string, options: ClientLayerOptions): { path: string; contents: string }[] {
  const prefix = `${options.vendor.charAt(0).toUpperCase()}${options.vendor.slice(1)}`;
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
  const clientTypeExports = options.apiVersions
    ? `export type { CallApiVersion, ${clientType}, ${callOptions} } from './client-types.js';`
    : `export type { ${clientType} } from './client-types.js';`;
  const exports = [
    banner,
    "// What every client package's entry re-exports besides its factory and helpers. The error classes are defined once,",
    '// in @cloudspecs/runtime, so `instanceof` works whichever package they are imported from.',
    "import type { Tracing, TracingOptions } from '@cloudspecs/runtime';",
    "import { openTelemetryTracing } from '@cloudspecs/runtime/vendor-kit';",
    ...runtimeErrorExports(),
    "export { RateLimiter } from '@cloudspecs/runtime';",
    "export type { LogEntry, LoggerOptions, RateLimitedRequest, RateLimiterOptions, RateLimitHit, RateLimits, RetryEvent, Tracing, TracingOptions } from '@cloudspecs/runtime';",
    clientTypeExports,
    "export { defaultBaseUrl } from './operations.js';",
    "export type { components, operations, paths } from './schema.js';",
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
  return [
    { path: join(options.generatedDir, 'client-types.ts'), contents: types.join('\n') },
    { path: join(options.generatedDir, 'exports.ts'), contents: exports.join('\n') },
  ];
}

/**
 * The re-export of the runtime's error classes, by name: `export *` of another package makes a bundler build a
 * namespace object of the whole entry at run time, which keeps every export of a bundled client (the resource layer
 * too) in an app that uses one. The names are those of @cloudspecs/runtime/errors (packages/runtime/src/errors-public.ts).
 */
function runtimeErrorExports(): string[] {
  const source = readFileSync(
    join(import.meta.dirname, '..', '..', 'packages', 'runtime', 'src', 'errors-public.ts'),
    'utf8',
  );
  const values: string[] = [];
  const types: string[] = [];
  for (const [, typeOnly, list] of source.matchAll(/export\s+(type\s+)?\{([^}]*)\}/g)) {
    for (const part of (list ?? '').split(',').map((item) => item.trim())) {
      if (!part) continue;
      if (typeOnly || part.startsWith('type ')) types.push(part.replace(/^type\s+/, ''));
      else values.push(part);
    }
  }
  return [
    `export { ${values.join(', ')} } from '@cloudspecs/runtime/errors';`,
    `export type { ${types.join(', ')} } from '@cloudspecs/runtime/errors';`,
  ];
}
