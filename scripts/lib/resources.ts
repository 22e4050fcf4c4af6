/**
 * The resource layer's names: every operation of a spec as `<namespace>.<method>` (`katapult.ipAddresses.create`).
 * One convention for every vendor, documented in specs/README.md ("Resource names"), with two spec extensions where it
 * reads badly:
 *
 *   namespace  the tag's `x-resource` (on the tag object in `tags:`) if set, else the tag name in camelCase
 *              (`IP addresses` → ipAddresses, `auto-scaling-groups` → autoScalingGroups)
 *   method     the operation's `x-method` if set, else derived from the operationId:
 *                1. the first word is the verb; `show` reads `get`
 *                2. the rest is searched for the namespace's noun, plural or singular (`IpAddresses`, `IpAddress`), or
 *                   for the noun's last two or more words (`NetworkInterface` in `virtualMachineNetworkInterfaces`)
 *                3. found: the words before it are a qualifier and are dropped (`listOrganizationIpAddresses` → list,
 *                   `lockVirtualServer` in `servers` → lock), unless they end with a preposition, which keeps what
 *                   precedes it (`allocateIpToVirtualMachine` → allocateIp); the words after it stay
 *                   (`getVirtualMachineBuild` in `virtualMachines` → getBuild)
 *                4. not found: the verb and the rest as they are (`invalidateLinkedWebSession`)
 *                5. a trailing `ForCurrent…` is dropped before all this: it names the caller's own scope, which is
 *                   what a call acts on unless told otherwise (Hostway's `createServerForCurrentAccount` → create)
 *
 * Two operations with one name fail generation, naming both: give one an `x-method`.
 * Pure and synchronous, for the generator and the docs: it reads a bundled document (paths inline, as
 * packages/mock/specs/<vendor>.json).
 */
import { HTTP_METHODS } from '../../packages/runtime/src/http-methods.ts';
import type { HelperEntry, PaginationScheme } from './registry.ts';

export type HttpMethod = (typeof HTTP_METHODS)[number];

/** One operation's place in the resource layer. */
export interface ResourceName {
  operationId: string;
  /** the namespace on the client, e.g. `ipAddresses` */
  namespace: string;
  /** the method in the namespace, e.g. `create` */
  method: string;
  /** the HTTP method, lower case, e.g. `post` */
  httpMethod: HttpMethod;
  path: string;
  /** the operation's tag */
  tag: string;
}

interface TagObject {
  name?: unknown;
  'x-resource'?: unknown;
}

interface NamedOperation {
  operationId?: unknown;
  tags?: unknown;
  'x-method'?: unknown;
}

/** The subset of an OpenAPI document the names are read from. */
export interface NamingDocument {
  tags?: readonly TagObject[];
  paths?: Record<string, unknown>;
}

const IDENTIFIER = /^[a-z][A-Za-z0-9]*$/;
/** Names an instance already has: a namespace of that name would hide it. `then` would make it a thenable. */
const RESERVED_NAMESPACES = new Set(['client', 'constructor', 'prototype', '__proto__', 'then']);
const RESERVED_METHODS = new Set(['constructor', 'prototype', '__proto__', 'then']);
/** A qualifier ending in one of these is kept, without it: `allocateIpToVirtualMachine` → allocateIp. */
const PREPOSITIONS = new Set(['to', 'from', 'for', 'by', 'on', 'in', 'into', 'of', 'with', 'at']);

/**
 * Every operation of `document` with its resource name, in the spec's order (paths, then methods in HTTP order).
 * Throws on a name clash (naming both operations), a malformed `x-resource`/`x-method`, or an operation without an
 * operationId or a tag. `label` names the spec in errors.
 */
export function resourceNames(document: NamingDocument, label = 'spec'): ResourceName[] {
  const namespaces = tagNamespaces(document, label);
  const names: ResourceName[] = [];
  const seen = new Map<string, ResourceName>();
  for (const [path, rawItem] of Object.entries(document.paths ?? {})) {
    const item = (rawItem ?? {}) as Record<string, unknown>;
    for (const httpMethod of HTTP_METHODS) {
      const operation = item[httpMethod] as NamedOperation | undefined;
      if (!operation) continue;
      const where = `${label}: ${httpMethod.toUpperCase()} ${path}`;
      const { operationId } = operation;
      if (typeof operationId !== 'string' || operationId === '') throw new Error(`${where} has no operationId`);
      const tag = Array.isArray(operation.tags) ? operation.tags[0] : undefined;
      if (typeof tag !== 'string') throw new Error(`${where} (${operationId}) has no tag: its tag names its namespace`);
      const namespace = namespaces.get(tag) ?? namespaceOf(tag);
      if (RESERVED_NAMESPACES.has(namespace)) {
        throw new Error(
          `${label}: tag ${JSON.stringify(tag)} names the namespace \`${namespace}\`, which the client object already has: give the tag an \`x-resource\``,
        );
      }
      const override = operation['x-method'];
      if (override !== undefined && (typeof override !== 'string' || !IDENTIFIER.test(override))) {
        throw new Error(
          `${where} (${operationId}): x-method must be a camelCase name, got ${JSON.stringify(override)}`,
        );
      }
      const method = override ?? methodOf(operationId, namespace);
      if (RESERVED_METHODS.has(method)) {
        throw new Error(`${where} (${operationId}): \`${method}\` cannot be a method name: give it an \`x-method\``);
      }
      const name: ResourceName = { operationId, namespace, method, httpMethod, path, tag };
      const key = `${namespace}.${method}`;
      const other = seen.get(key);
      if (other) {
        throw new Error(
          `${label}: ${key} would name two operations, ${describe(other)} and ${describe(name)}: give one of them an \`x-method\` (or its tag an \`x-resource\`)`,
        );
      }
      seen.set(key, name);
      names.push(name);
    }
  }
  return names;
}

function describe(name: ResourceName): string {
  return `${name.operationId} (${name.httpMethod.toUpperCase()} ${name.path})`;
}

/** tag name → its `x-resource`, checked. */
function tagNamespaces(document: NamingDocument, label: string): Map<string, string> {
  const namespaces = new Map<string, string>();
  for (const tag of document.tags ?? []) {
    const resource = tag['x-resource'];
    if (resource === undefined || typeof tag.name !== 'string') continue;
    if (typeof resource !== 'string' || !IDENTIFIER.test(resource)) {
      throw new Error(
        `${label}: tag ${JSON.stringify(tag.name)}: x-resource must be a camelCase name, got ${JSON.stringify(resource)}`,
      );
    }
    namespaces.set(tag.name, resource);
  }
  return namespaces;
}

/** A tag name in camelCase: `IP addresses` → ipAddresses, `DNS zones` → dnsZones, `auto-scaling-groups` → autoScalingGroups. */
export function namespaceOf(tag: string): string {
  const words = tag.split(/[^A-Za-z0-9]+/).filter(Boolean);
  if (words.length === 0) throw new Error(`tag ${JSON.stringify(tag)} has no letters to name a namespace with`);
  return camel(words.map((word) => word.toLowerCase()));
}

/** The method the convention derives from an operationId in a namespace (no `x-method`). */
export function methodOf(operationId: string, namespace: string): string {
  const [first = operationId, ...all] = words(operationId);
  // `…ForCurrentAccount`: the caller's own scope, what a call acts on when nothing says otherwise.
  const current = all.findIndex((word, i) => word === 'For' && all[i + 1] === 'Current');
  const object = current === -1 ? all : all.slice(0, current);
  const verb = first.toLowerCase() === 'show' ? 'get' : first.toLowerCase();
  const match = findNoun(
    object.map((word) => word.toLowerCase()),
    nounForms(namespace),
  );
  if (!match) return camel([verb, ...object]);
  let before = object.slice(0, match.at);
  const after = object.slice(match.at + match.length);
  const last = before.at(-1);
  if (last !== undefined && PREPOSITIONS.has(last.toLowerCase())) before = before.slice(0, -1);
  else before = [];
  return camel([verb, ...before, ...after]);
}

/** The words of a camelCase or PascalCase identifier: `listOrganizationIpAddresses` → list Organization Ip Addresses. */
function words(identifier: string): string[] {
  return identifier.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z0-9]+/g) ?? [identifier];
}

function camel(parts: string[]): string {
  return parts
    .map((part, index) => {
      const lower = part.toLowerCase();
      return index === 0 ? lower : `${lower.charAt(0).toUpperCase()}${lower.slice(1)}`;
    })
    .join('');
}

/**
 * The word sequences that name a namespace's resource, longest first: the noun in plural and singular, then its last
 * two or more words (so `NetworkInterface` names `virtualMachineNetworkInterfaces`).
 */
function nounForms(namespace: string): string[][] {
  const plural = words(namespace).map((word) => word.toLowerCase());
  const singular = [...plural.slice(0, -1), singularOf(plural.at(-1) ?? '')];
  const forms: string[][] = [];
  for (let start = 0; start < plural.length; start++) {
    if (start > 0 && plural.length - start < 2) break;
    forms.push(plural.slice(start), singular.slice(start));
  }
  return forms;
}

function singularOf(word: string): string {
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** The first (longest) noun form found in the words, at its leftmost place. */
function findNoun(object: string[], forms: string[][]): { at: number; length: number } | undefined {
  for (const form of forms) {
    for (let at = 0; at + form.length <= object.length; at++) {
      if (form.every((word, i) => object[at + i] === word)) return { at, length: form.length };
    }
  }
  return undefined;
}

// ---- The generated resource layer: src/generated/resources.ts ----

type Json = Record<string, unknown>;

/** Follows local `$ref`s of a bundled document. */
export function resolver(document: Json, label: string): (value: unknown) => Json | undefined {
  return (value) => {
    let current = value as Json | undefined;
    for (let hops = 0; current && typeof current.$ref === 'string' && hops < 20; hops++) {
      const ref = current.$ref as string;
      if (!ref.startsWith('#/')) throw new Error(`${label}: cannot follow the external $ref ${ref}`);
      current = ref
        .slice(2)
        .split('/')
        .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
        .reduce<unknown>((node, key) => (node as Json | undefined)?.[key], document) as Json | undefined;
    }
    return current;
  };
}

/** A schema that openapi-typescript turns into one object type (an interface can extend it): no union, no null. */
export function isPlainObjectSchema(schema: Json | undefined): boolean {
  if (!schema || schema.oneOf || schema.anyOf || schema.allOf || schema.enum || schema.const !== undefined)
    return false;
  return schema.type === 'object' || (schema.type === undefined && typeof schema.properties === 'object');
}

/** What the generator reads from one operation, besides its name. */
export interface OperationShape {
  name: ResourceName;
  summary: string;
  /** bit-or of the runtime's RESOURCE_FLAGS */
  flags: number;
  /** query parameters of an operation that also has a body */
  queryKeys: string[];
  /** names that are a parameter and a body field */
  bothKeys: string[];
  /** the argument object may be left out: no required parameter, no required body with required fields */
  paramsOptional: boolean;
  /** the argument object's type is one object type (no `oneOf` body) */
  paramsPlain: boolean;
  /** the 2xx answer is one object schema */
  responsePlain: boolean;
  /** a list's items key, from the pagination table */
  itemsKey: string | undefined;
}

const FLAG_BODY_REQUIRED = 1;
const FLAG_BODY_OPTIONAL = 2;
const FLAG_TEXT = 4;
const FLAG_LIST = 8;
const FLAG_LOOKUP = 16;

/** Every operation's name and shape. `lists` is the vendor's pagination table (`[path, items key]`). */
export function operationShapes(
  document: Json,
  label: string,
  lists: readonly (readonly [string, string])[],
): OperationShape[] {
  const resolve = resolver(document, label);
  const listKeys = new Map(lists.map(([path, key]) => [path, key]));
  return resourceNames(document as NamingDocument, label).map((name) => {
    const item = resolve((document.paths as Json)[name.path]) ?? {};
    const operation = resolve(item[name.httpMethod]) ?? {};
    const parameters = [...((item.parameters as unknown[]) ?? []), ...((operation.parameters as unknown[]) ?? [])]
      .map(resolve)
      .filter((p): p is Json => p !== undefined && typeof p.name === 'string');
    const pathAndQuery = parameters.filter((p) => p.in === 'path' || p.in === 'query');
    const query = parameters.filter((p) => p.in === 'query').map((p) => p.name as string);
    const requestBody = resolve(operation.requestBody);
    const bodyContent = (requestBody?.content as Json | undefined)?.['application/json'] as Json | undefined;
    const bodySchema = bodyContent ? resolve(bodyContent.schema) : undefined;
    const hasBody = bodyContent !== undefined;
    const bodyRequired = hasBody && requestBody?.required === true;

    let flags = 0;
    if (hasBody) flags |= bodyRequired ? FLAG_BODY_REQUIRED : FLAG_BODY_OPTIONAL;
    if (answersText(operation, resolve)) flags |= FLAG_TEXT;
    const itemsKey = name.httpMethod === 'get' ? listKeys.get(name.path) : undefined;
    if (itemsKey !== undefined) flags |= FLAG_LIST;

    const fields = bodySchema
      ? bodyFields(bodySchema, resolve)
      : { names: new Set<string>(), required: false, requiredNames: new Set<string>() };
    const bothKeys = pathAndQuery.map((p) => p.name as string).filter((key) => fields.names.has(key));
    // What the call acts on, taken in the query or the optional body, whose schema requires it (Katapult's
    // `ip_address` on release): both places are optional, so only the argument object can insist on it.
    const lookups = hasBody && !bodyRequired ? lookupKeys(pathAndQuery, fields.requiredNames) : [];
    if (lookups.length > 0) {
      if (lookups.length !== bothKeys.length) {
        throw new Error(
          `${label}: ${name.operationId} takes ${bothKeys.join(', ')} in both the query and the body, but only ${lookups.join(', ')} as what it acts on: the resource layer's lookup flag covers all of them or none`,
        );
      }
      flags |= FLAG_LOOKUP;
    }
    const paramsOptional =
      !pathAndQuery.some((p) => p.required === true) && !(bodyRequired && fields.required) && lookups.length === 0;
    return {
      name,
      summary: typeof operation.summary === 'string' ? operation.summary : '',
      flags,
      queryKeys: hasBody ? query : [],
      bothKeys,
      paramsOptional,
      paramsPlain: !hasBody || isPlainObjectSchema(bodySchema),
      responsePlain: answersOneObject(operation, resolve),
      itemsKey,
    };
  });
}

/** The optional query parameters that an optional body's schema requires: the call must give them one way. */
function lookupKeys(parameters: readonly Json[], requiredInBody: ReadonlySet<string>): string[] {
  return parameters
    .filter((p) => p.in === 'query' && p.required !== true && requiredInBody.has(p.name as string))
    .map((p) => p.name as string);
}

/**
 * The top-level fields of a body schema (all branches of a `oneOf`), whether `{}` would miss a required one, and the
 * fields it requires whatever the branch (its own `required` and its `allOf`'s).
 */
function bodyFields(
  schema: Json,
  resolve: (value: unknown) => Json | undefined,
): { names: Set<string>; required: boolean; requiredNames: Set<string> } {
  const names = new Set<string>();
  const branches = [schema, ...((schema.allOf as unknown[]) ?? []).map(resolve)].filter(Boolean) as Json[];
  const requiredNames = new Set(
    branches.flatMap((branch) => (Array.isArray(branch.required) ? (branch.required as string[]) : [])),
  );
  let required = branches.some((branch) => Array.isArray(branch.required) && branch.required.length > 0);
  for (const branch of branches) for (const key of Object.keys((branch.properties as Json) ?? {})) names.add(key);
  const alternatives = [...((schema.oneOf as unknown[]) ?? []), ...((schema.anyOf as unknown[]) ?? [])]
    .map(resolve)
    .filter(Boolean) as Json[];
  for (const branch of alternatives) for (const key of Object.keys((branch.properties as Json) ?? {})) names.add(key);
  // `{}` satisfies a `oneOf` only if some branch requires nothing; to be safe, any alternatives make it required.
  if (alternatives.length > 0) required = true;
  return { names, required, requiredNames };
}

function successResponses(operation: Json, resolve: (value: unknown) => Json | undefined): Json[] {
  return Object.entries((operation.responses as Json) ?? {})
    .filter(([status]) => /^2(\d\d|XX)$/.test(status))
    .map(([, response]) => resolve(response) ?? {});
}

/** The 2xx answers are text/plain (the client reads them with `parseAs: 'text'`). */
function answersText(operation: Json, resolve: (value: unknown) => Json | undefined): boolean {
  const types = successResponses(operation, resolve).flatMap((response) =>
    Object.keys((response.content as Json) ?? {}),
  );
  return types.length > 0 && types.every((type) => type.startsWith('text/plain'));
}

/** Every 2xx answer is JSON of one and the same object schema. */
function answersOneObject(operation: Json, resolve: (value: unknown) => Json | undefined): boolean {
  const schemas = successResponses(operation, resolve).map((response) => {
    const content = (response.content as Json | undefined)?.['application/json'] as Json | undefined;
    return content?.schema;
  });
  if (schemas.length === 0 || schemas.some((schema) => schema === undefined)) return false;
  if (new Set(schemas.map((schema) => JSON.stringify(schema))).size !== 1) return false;
  return isPlainObjectSchema(resolve(schemas[0]));
}

/** `listOrganizationIpAddresses` → ListOrganizationIpAddresses: the stem of an operation's type names. */
export function pascalCase(identifier: string): string {
  return `${identifier.charAt(0).toUpperCase()}${identifier.slice(1)}`;
}

export interface ResourceLayerInput {
  /** registry key, e.g. `katapult` */
  vendor: string;
  /** `create<Vendor>Client` */
  factory: string;
  shapes: OperationShape[];
  helpers: readonly HelperEntry[];
  /** the vendor's pagination scheme, when it has paginated lists: the runtime's `listWalker` walks them */
  pagination: PaginationScheme | undefined;
  /** SCP: a call's options also take `apiVersion` (`<Vendor>RequestOptions`) */
  apiVersions: boolean;
}

/** The class name of a vendor's resource client: `katapult` → Katapult. */
export function className(vendor: string): string {
  return pascalCase(vendor);
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
      ? [
          `  list: /* @__PURE__ */ listWalker(${JSON.stringify(input.pagination)}, ${JSON.stringify(input.vendor)}, paginatedPaths),`,
        ]
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
