/**
 * The twin's table of operations (packages/mock/src/generated/<vendor>-twin.ts): what each operation does to which
 * resource, read from the spec by the resource layer's own names (scripts/lib/resources.ts) — never a second naming
 * convention — and, where the vendor has a twin module (packages/mock/src/twin/vendors/<vendor>.ts), whether the twin
 * serves it from its state or from the spec's examples.
 *
 *   verb       from the resource-layer method and the HTTP method: `list…` GET → list, `get…` GET → get,
 *              `create…`/`add…` POST → create, `update…` PATCH/PUT → update, a DELETE named `delete…`, `release…` or
 *              `purge…` → delete; anything else is an action (`start`, `allocateIp`, `verify`)
 *   resource   the key of the 2xx answer that holds the resource (`ip_address` in `{ ip_address: {…} }`), singular:
 *              the namespace's own noun (`ipAddresses` → `ip_address`, plural `ip_addresses` for a list) when the
 *              answer has it, else the answer's one object (or array of objects) with an `id`
 *   key        that property of the answer (`ip_addresses`, or Katapult's `disk` for a list of disks); `''` where the
 *              answer is the resource itself (SCP's `GET /v1/servers/{server_id}`)
 *   lookups    the parameters and body fields that name one resource by one of several keys: the spec's lookup
 *              schemas, a `oneOf` of single-key objects (`organization` by `id` or `sub_domain`), and whether the
 *              operation requires them
 *   path       path parameters (Hostway's `/servers/{serverId}`, SCP's `/v1/servers/{server_id}`)
 *
 * A vendor twin module may correct a row (`operations: { opId: { verb, resource } }`) and decides what is stateful:
 * scripts/generate.ts asks it through the engine's own `servedBy`, so this file and the running twin agree.
 */
import { resolver } from './resources.ts';
import { resourceNames } from './resources.ts';

type Json = Record<string, unknown>;

export type TwinVerb = 'list' | 'get' | 'create' | 'update' | 'delete' | 'action';

/** One operation as the twin's table has it (the shape of packages/mock/src/twin/types.ts `OperationRow`). */
export interface TwinRow {
  operationId: string;
  method: string;
  path: string;
  /** the resource-layer name, `ipAddresses.create` */
  name: string;
  verb: TwinVerb;
  /** the resource's singular key (`ip_address`), when the answer holds one */
  resource?: string;
  /** the answer's property that holds it (`ip_address`, `ip_addresses`); `''` when the answer is the resource itself */
  key?: string;
  /** lookup parameter or body field → where it travels and its keys */
  lookups: Record<string, { in: 'query' | 'body'; keys: string[]; required: boolean }>;
  /** path parameters, in order */
  pathParams: string[];
  /** 2xx status of the first success answer */
  status: number;
}

/** `virtualMachineNetworkInterfaces` → `virtual_machine_network_interfaces` */
export function snakeCase(identifier: string): string {
  return identifier.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

/** `ip_addresses` → `ip_address`, `policies` → `policy`, `entries` → `entry`; a word not ending in s is kept. */
export function singularKey(key: string): string {
  if (key.endsWith('ies')) return `${key.slice(0, -3)}y`;
  if (/(ss|x|ch|sh)es$/.test(key)) return key.slice(0, -2);
  if (key.endsWith('s') && !key.endsWith('ss')) return key.slice(0, -1);
  return key;
}

/** Every operation's row, in the spec's order. */
export function twinRows(document: Json, label: string, lists: readonly (readonly [string, string])[]): TwinRow[] {
  const resolve = resolver(document, label);
  const listKeys = new Map(lists.map(([path, key]) => [path, key]));
  return resourceNames(document, label).map((name) => {
    const item = resolve((document.paths as Json)[name.path]) ?? {};
    const operation = resolve(item[name.httpMethod]) ?? {};
    const parameters = [...((item.parameters as unknown[]) ?? []), ...((operation.parameters as unknown[]) ?? [])]
      .map(resolve)
      .filter((p): p is Json => p !== undefined && typeof p.name === 'string');
    const lookups: TwinRow['lookups'] = {};
    for (const parameter of parameters) {
      if (parameter.in !== 'query') continue;
      const keys = lookupKeys(resolve(parameter.schema), resolve);
      if (keys) lookups[parameter.name as string] = { in: 'query', keys, required: parameter.required === true };
    }
    const body = resolve(
      ((resolve(operation.requestBody)?.content as Json | undefined)?.['application/json'] as Json | undefined)?.schema,
    );
    const requiredFields = Array.isArray(body?.required) ? (body.required as string[]) : [];
    for (const [field, schema] of Object.entries((body?.properties as Json | undefined) ?? {})) {
      const keys = lookupKeys(resolve(schema), resolve);
      if (keys && !lookups[field]) lookups[field] = { in: 'body', keys, required: requiredFields.includes(field) };
    }
    const pathParams = parameters.filter((p) => p.in === 'path').map((p) => p.name as string);
    const [status, answer] = successAnswer(operation, resolve);
    const singular = singularKey(snakeCase(name.namespace));
    const objects = answerObjects(answer, resolve);
    const bare = hasId(answer, resolve);
    let verb = verbOf(name.method, name.httpMethod);
    let key: string | undefined;
    let resource: string | undefined;
    if (verb === 'list') {
      const listKey = name.httpMethod === 'get' ? listKeys.get(name.path) : undefined;
      key = listKey ?? (objects.arrays.length === 1 ? objects.arrays[0] : undefined);
      resource = key === undefined ? undefined : key === singular ? singular : singularKey(key);
    } else if (answer === undefined && verb === 'delete' && (lookups[singular] || pathParams.length > 0)) {
      // a delete answered without a body (Hostway's 204, SCP's 202)
      resource = singular;
    } else if (bare) {
      // the answer is the resource itself (SCP's `{ id, name, … }`)
      key = '';
      resource = singular;
      const named = lookups[resource] !== undefined || pathParams.length > 0;
      if (verb !== 'create' && verb !== 'action' && !named) verb = 'action';
    } else if (verb === 'create') {
      key = objects.single.includes(singular) ? singular : objects.single.length === 1 ? objects.single[0] : undefined;
      resource = key;
    } else {
      // the resource acted on: the lookup named like the namespace, else the answer's object named like one of the
      // operation's lookups (the thing looked up: `virtual_machine_build`), else the one object the answer holds
      resource =
        lookups[singular] || objects.single.includes(singular)
          ? singular
          : (objects.single.find((key) => lookups[key] !== undefined) ??
            (objects.single.length === 1 ? objects.single[0] : undefined));
      key = resource !== undefined && objects.single.includes(resource) ? resource : objects.single[0];
      const named = resource !== undefined && (lookups[resource] !== undefined || pathParams.length > 0);
      // what the generic verbs do: answer with the resource itself (delete may answer with nothing of it), found by
      // its lookup or path; anything else is the vendor module's to serve
      if (verb !== 'action' && (!named || (key !== resource && !(verb === 'delete' && key === undefined)))) {
        verb = 'action';
      }
    }
    if (resource === undefined) verb = 'action';
    return {
      operationId: name.operationId,
      method: name.httpMethod,
      path: name.path,
      name: `${name.namespace}.${name.method}`,
      verb,
      ...(resource === undefined ? {} : { resource }),
      ...(key === undefined ? {} : { key }),
      lookups,
      pathParams,
      status,
    };
  });
}

function verbOf(method: string, httpMethod: string): TwinVerb {
  const word = /^[a-z]+/.exec(method)?.[0] ?? method;
  if (httpMethod === 'get') return word === 'list' ? 'list' : word === 'get' ? 'get' : 'action';
  if (httpMethod === 'post') return word === 'create' || word === 'add' ? 'create' : 'action';
  if (httpMethod === 'patch' || httpMethod === 'put') return word === 'update' ? 'update' : 'action';
  if (httpMethod === 'delete') return ['delete', 'release', 'purge'].includes(word) ? 'delete' : 'action';
  return 'action';
}

/** The first 2xx answer's status and JSON schema. */
function successAnswer(operation: Json, resolve: (value: unknown) => Json | undefined): [number, Json | undefined] {
  for (const [status, response] of Object.entries((operation.responses as Json) ?? {})) {
    if (!/^2\d\d$/.test(status)) continue;
    const content = (resolve(response)?.content as Json | undefined)?.['application/json'] as Json | undefined;
    return [Number(status), resolve(content?.schema)];
  }
  return [200, undefined];
}

/** The answer's properties holding one object with an `id`, and those holding an array of them. */
function answerObjects(
  answer: Json | undefined,
  resolve: (value: unknown) => Json | undefined,
): { single: string[]; arrays: string[] } {
  const single: string[] = [];
  const arrays: string[] = [];
  for (const [property, raw] of Object.entries((answer?.properties as Json | undefined) ?? {})) {
    const schema = resolve(raw);
    if (hasId(schema, resolve)) single.push(property);
    else if (schema?.type === 'array' && hasId(resolve(schema.items), resolve)) arrays.push(property);
  }
  return { single, arrays };
}

/** An object schema with an `id` property (through `allOf`, and the non-null branch of a nullable `oneOf`). */
function hasId(schema: Json | undefined, resolve: (value: unknown) => Json | undefined): boolean {
  if (!schema) return false;
  if ((schema.properties as Json | undefined)?.id !== undefined) return true;
  for (const branch of [...((schema.allOf as unknown[]) ?? []), ...((schema.oneOf as unknown[]) ?? [])]) {
    if (hasId(resolve(branch), resolve)) return true;
  }
  return false;
}

/**
 * A lookup names one thing by exactly one of its keys: a `oneOf` whose object branches each require one property
 * (`{ id }` or `{ sub_domain }`), the branch that allows none (a lookup that may be left out) skipped; or, with one
 * key, a closed object of that one required property.
 */
function lookupKeys(schema: Json | undefined, resolve: (value: unknown) => Json | undefined): string[] | undefined {
  if (!schema) return undefined;
  // a lookup with one key: a closed object of that one required property (`{ id }`)
  const properties = Object.keys((schema.properties as Json | undefined) ?? {});
  const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
  if (!schema.oneOf && schema.additionalProperties === false && properties.length === 1 && required.length === 1) {
    return properties[0] === required[0] ? required : undefined;
  }
  if (!Array.isArray(schema.oneOf)) return undefined;
  const keys: string[] = [];
  for (const raw of schema.oneOf) {
    const branch = resolve(raw);
    if (!branch) return undefined;
    if (Array.isArray(branch.oneOf)) {
      const inner = lookupKeys(branch, resolve);
      if (!inner) return undefined;
      keys.push(...inner);
      continue;
    }
    const required = Array.isArray(branch.required) ? (branch.required as string[]) : [];
    if (required.length === 1 && required[0] !== undefined) keys.push(required[0]);
    else if (required.length > 1) return undefined;
  }
  return keys.length > 0 ? [...new Set(keys)] : undefined;
}

/** What the generator reads of a vendor's twin module (packages/mock/src/twin/vendors/<vendor>.ts). */
export interface TwinModule {
  operations?: Readonly<Record<string, unknown>>;
  resources: Readonly<Record<string, unknown>>;
  corrections?: Readonly<Record<string, Partial<Pick<TwinRow, 'verb' | 'resource' | 'key'>>>>;
}

type Served = 'stateful' | 'examples';

/**
 * packages/mock/src/generated/<vendor>-twin.ts: the rows, corrected by the vendor module, with how each is served
 * (`served` is the engine's own function, passed in so this file and the running twin cannot disagree).
 */
export function renderTwinTable(
  label: string,
  vendor: string,
  rows: readonly TwinRow[],
  module: TwinModule,
  servedBy: (row: TwinRow, module: TwinModule) => Served,
): { contents: string; stateful: number; total: number } {
  const served = rows.map((raw) => {
    const correction = module.corrections?.[raw.operationId];
    const row = correction ? { ...raw, ...correction } : raw;
    return { ...row, served: servedBy(row, module) };
  });
  for (const operationId of Object.keys(module.corrections ?? {})) {
    if (!rows.some((row) => row.operationId === operationId)) {
      throw new Error(
        `packages/mock/src/twin/vendors/${vendor}.ts: corrections name ${operationId}, which ${label} lacks`,
      );
    }
  }
  for (const operationId of Object.keys(module.operations ?? {})) {
    if (!rows.some((row) => row.operationId === operationId)) {
      throw new Error(
        `packages/mock/src/twin/vendors/${vendor}.ts: a handler for ${operationId}, which ${label} lacks`,
      );
    }
  }
  const stateful = served.filter((row) => row.served === 'stateful').length;
  const examples = served.filter((row) => row.served === 'examples');
  const percent = ((stateful / served.length) * 100).toFixed(1);
  const contents = [
    `// generated from ${label} and packages/mock/src/twin/vendors/${vendor}.ts by scripts/generate.ts — do not edit.`,
    '// Edit the spec or the twin module and run `pnpm generate` instead.',
    "import type { OperationRow } from '../twin/types.js';",
    '',
    '/**',
    ` * Every operation of the ${vendor} twin: the resource it acts on and its verb (read from the spec by the resource`,
    ` * layer's names), and whether the twin serves it from its state: ${stateful} of ${served.length} (${percent} %).`,
    examples.length === 0
      ? ' * None is served from the examples alone.'
      : ` * From the spec's examples: ${examples.map((row) => row.operationId).join(', ')}.`,
    ' */',
    'export const operations: readonly OperationRow[] = [',
    ...served.map((row) => `  ${JSON.stringify(row)},`),
    '];',
    '',
  ];
  return { contents: wrapComment(contents).join('\n'), stateful, total: served.length };
}

/** Long JSDoc lines of the header wrapped at 120 columns. */
function wrapComment(lines: string[]): string[] {
  return lines.flatMap((line) => {
    if (!line.startsWith(' * ') || line.length <= 120) return [line];
    const out: string[] = [];
    let current = ' *';
    for (const word of line.slice(3).split(' ')) {
      if (`${current} ${word}`.length > 120) {
        out.push(current);
        current = ' *';
      }
      current += ` ${word}`;
    }
    out.push(current);
    return out;
  });
}
