/**
 * What the generator reads from each operation besides its name (scripts/lib/naming.ts): the shape of its argument
 * object and its answer, as the resource layer's table (`src/generated/resources.ts`) and the named models
 * (`src/generated/models.ts`) need it. The flags are the runtime's own `RESOURCE_FLAGS`, which its resource layer reads.
 * Pure and synchronous; it reads a bundled document.
 */
import { RESOURCE_FLAGS } from '../../packages/runtime/src/resource-flags.ts';
import type { OperationEntry } from '../../packages/runtime/src/resources.ts';
import { type Json, refResolver } from './json-pointer.ts';
import { resourceNames, type ResourceName } from './naming.ts';

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

/** The HTTP methods the runtime's resource layer calls (its `OperationEntry`). */
const CALLABLE: ReadonlySet<string> = new Set<OperationEntry[0]>(['get', 'post', 'put', 'patch', 'delete']);

/**
 * Every operation's name and shape. `lists` is the vendor's pagination table (`[path, items key]`). Throws on an
 * operation the resource layer cannot call (a HEAD, an OPTIONS, a TRACE).
 */
export function operationShapes(
  document: Json,
  label: string,
  lists: readonly (readonly [string, string])[],
): OperationShape[] {
  const resolve = refResolver(document, label);
  const listKeys = new Map(lists.map(([path, key]) => [path, key]));
  return resourceNames(document, label).map((name) => {
    if (!CALLABLE.has(name.httpMethod)) {
      throw new Error(
        `${label}: ${name.operationId} is a ${name.httpMethod.toUpperCase()}, which the resource layer does not call`,
      );
    }
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
    if (hasBody) flags |= bodyRequired ? RESOURCE_FLAGS.bodyRequired : RESOURCE_FLAGS.bodyOptional;
    if (answersText(operation, resolve)) flags |= RESOURCE_FLAGS.text;
    const itemsKey = name.httpMethod === 'get' ? listKeys.get(name.path) : undefined;
    if (itemsKey !== undefined) flags |= RESOURCE_FLAGS.list;

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
      flags |= RESOURCE_FLAGS.lookup;
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
