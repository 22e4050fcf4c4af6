/**
 * src/generated/resources.ts, the resource layer: `new Katapult()`, a method per operation grouped by namespace
 * (`katapult.ipAddresses.create(…)`), over the path-style client. It writes the table the runtime's `resourceClass`
 * reads (namespace → method → `[HTTP method, path, flags, query keys, keys sent as parameter and body]`) and the
 * interfaces that give each method its types; the names come from scripts/lib/naming.ts, the rest from
 * scripts/lib/shapes.ts.
 */
import { className, pascalCase } from './naming.ts';
import type { HelperEntry, VendorEntry } from './registry.ts';
import type { OperationShape } from './shapes.ts';

export interface ResourceLayerInput {
  /** registry key, e.g. `katapult` */
  vendor: string;
  /** `create<Vendor>Client` */
  factory: string;
  shapes: readonly OperationShape[];
  helpers: readonly HelperEntry[];
  /** the vendor's pagination schemes, when it has paginated lists: the runtime's `listWalker` walks them */
  pagination: VendorEntry['pagination'];
  /** SCP: a call's options also take `apiVersion` (`<Vendor>RequestOptions`) */
  apiVersions: boolean;
}

export function renderResources(banner: string, input: ResourceLayerInput): string {
  const vendorClass = className(input.vendor);
  const clientType = `${vendorClass}Client`;
  const optionsType = `${vendorClass}ClientOptions`;
  const namespaces = new Map<string, OperationShape[]>();
  for (const shape of input.shapes) {
    const list = namespaces.get(shape.name.namespace) ?? [];
    list.push(shape);
    namespaces.set(shape.name.namespace, list);
  }
  for (const helper of input.helpers) {
    const clash = namespaces.get(helper.namespace)?.find((shape) => shape.name.method === helper.method);
    if (clash) {
      throw new Error(
        `x-helpers: ${helper.namespace}.${helper.method} (${helper.module}.ts ${helper.exportName}) would hide the operation ${clash.name.operationId}: name the helper differently`,
      );
    }
  }
  const modelNames = input.shapes.flatMap((shape) => {
    const stem = pascalCase(shape.name.operationId);
    return [`${stem}Params`, `${stem}Response`];
  });
  const extra = input.apiVersions ? `RequestOptions<${vendorClass}RequestOptions>` : 'RequestOptions';
  const helperModules = [...new Set(input.helpers.map((h) => h.module))].sort();
  const lines: string[] = [
    banner,
    '// The resource layer: one method per operation, grouped by namespace (specs/README.md, "Resource names"), over',
    "// the path-style client. `operations` is what the runtime's resourceClass reads; the interfaces give each method",
    '// its types.',
    `import type { ApiPromise,${input.pagination ? ' ListPromise,' : ''} RequestOptions } from '@cloudspecs/runtime';`,
    `import { type BoundHelper,${input.pagination ? ' type ItemOf, listWalker,' : ''} type ResourceTable, resourceClass } from '@cloudspecs/runtime/vendor-kit';`,
    `import { ${input.factory}, type ${optionsType} } from '../client.js';`,
    ...helperModules.map((module) => {
      const names = [...new Set(input.helpers.filter((h) => h.module === module).map((h) => h.exportName))].sort();
      return `import { ${names.join(', ')} } from '../${module}.js';`;
    }),
    `import type { ${[clientType, ...(input.apiVersions ? [`${vendorClass}RequestOptions`] : [])].join(', ')} } from './client-types.js';`,
    "import { credentialOptions } from './operations.js';",
    ...(input.pagination ? ["import { paginatedPaths } from './pagination.js';"] : []),
    `import type {`,
    ...modelNames.sort().map((name) => `  ${name},`),
    "} from './models.js';",
    '',
    '/** Every operation: namespace → method → [HTTP method, path, flags, query keys, keys sent as parameter and body]. */',
    'export const operations = {',
  ];
  for (const [namespace, shapes] of namespaces) {
    lines.push(`  ${namespace}: {`);
    for (const shape of shapes) lines.push(`    ${shape.name.method}: ${JSON.stringify(entryOf(shape))},`);
    lines.push('  },');
  }
  lines.push('} as const satisfies ResourceTable;', '');

  lines.push(
    `/** ${input.vendor}'s operations as methods: \`${input.vendor}.<namespace>.<method>(params, options)\`. */`,
  );
  lines.push(`export interface ${vendorClass}Resources {`);
  const helperNamespaces = new Set(input.helpers.map((h) => h.namespace));
  for (const namespace of new Set([...namespaces.keys(), ...helperNamespaces])) {
    lines.push(`  readonly ${namespace}: {`);
    for (const shape of namespaces.get(namespace) ?? []) {
      const stem = pascalCase(shape.name.operationId);
      const params = `params${shape.paramsOptional ? '?' : ''}: ${stem}Params`;
      const result =
        shape.itemsKey === undefined
          ? `ApiPromise<${stem}Response>`
          : `ListPromise<${stem}Response, ItemOf<${stem}Response, ${JSON.stringify(shape.itemsKey)}>>`;
      lines.push(
        '    /**',
        ...docLines(shape.summary).map((line) => `     * ${line}`),
        '     *',
        `     * \`${shape.name.httpMethod.toUpperCase()} ${shape.name.path}\` (${shape.name.operationId})${shape.itemsKey === undefined ? '' : ': awaited, the first page; iterated, every item of every page'}`,
        '     */',
        `    ${shape.name.method}(${params}, options?: ${extra}): ${result};`,
      );
    }
    for (const helper of input.helpers.filter((h) => h.namespace === namespace)) {
      lines.push(
        `    /** \`${helper.exportName}\` with this client: see its own documentation. */`,
        `    ${helper.method}: BoundHelper<typeof ${helper.exportName}>;`,
      );
    }
    lines.push('  };');
  }
  lines.push('}', '');

  const helpers = [...helperNamespaces].map((namespace) => {
    const entries = input.helpers
      .filter((h) => h.namespace === namespace)
      .map((h) => (h.method === h.exportName ? h.method : `${h.method}: ${h.exportName}`));
    return `${namespace}: { ${entries.join(', ')} }`;
  });
  lines.push(
    `/** The resource client: \`new ${vendorClass}(options)\` takes the options of ${input.factory}; its \`client\` is the path-style client (throwing). */`,
    `export interface ${vendorClass} extends ${vendorClass}Resources {`,
    `  /** The path-style client underneath, created with the same options and \`throwOnError: true\`. */`,
    `  readonly client: ${clientType}<true>;`,
    '}',
    '',
    `/** The options of \`new ${vendorClass}(…)\`: those of ${input.factory} but \`throwOnError\`, which the resource layer always sets. */`,
    `export type ${vendorClass}Options = Omit<${optionsType}, 'throwOnError'>;`,
    '',
    `export const ${vendorClass}: new (options?: ${vendorClass}Options) => ${vendorClass} = /* @__PURE__ */ resourceClass({`,
    `  vendor: ${JSON.stringify(input.vendor)},`,
    `  factory: ${input.factory},`,
    '  credentials: credentialOptions,',
    '  operations,',
    ...(input.pagination
      ? [`  list: /* @__PURE__ */ listWalker(${JSON.stringify(input.vendor)}, paginatedPaths),`]
      : []),
    ...(helpers.length > 0 ? [`  helpers: { ${helpers.join(', ')} },`] : []),
    ...(input.apiVersions ? ["  callOptions: ['apiVersion'],"] : []),
    '});',
    '',
  );
  return lines.join('\n');
}

/** The table entry, trailing defaults left out. */
function entryOf(shape: OperationShape): unknown[] {
  const entry: unknown[] = [shape.name.httpMethod, shape.name.path, shape.flags, shape.queryKeys, shape.bothKeys];
  while (entry.length > 2) {
    const last = entry.at(-1);
    if (last === 0 || (Array.isArray(last) && last.length === 0)) entry.pop();
    else break;
  }
  // a bothKeys entry needs a queryKeys slot before it
  return entry;
}

/** A summary as JSDoc lines, never closing the comment. */
function docLines(text: string): string[] {
  const lines = text.replaceAll('*/', '*\\/').trim().split('\n');
  return lines.length === 1 && lines[0] === '' ? ['(no summary)'] : lines;
}
