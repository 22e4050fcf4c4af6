/**
 * Answers shaped by the spec. A stored record holds everything the twin knows of a resource; an operation shows only
 * what its documented answer has: `project` keeps, recursively, the properties the answer's schema names (all the
 * branches of a `oneOf`/`anyOf`, every part of an `allOf`), so a list shows the summary and a get the whole. Nothing
 * is invented here: a required property the record lacks stays missing, and the answer's validation says so loudly.
 */
import type { Json } from './spec.js';

type Resolve = (value: unknown) => Json | undefined;

/** `value` with only what `schema` describes. */
export function project(value: unknown, schema: unknown, resolve: Resolve, depth = 0): unknown {
  const resolved = resolve(schema);
  if (value === null || typeof value !== 'object' || !resolved || depth > 40) return value;
  if (Array.isArray(value)) {
    const items = itemsOf(resolved, resolve);
    return items === undefined ? value : value.map((item) => project(item, items, resolve, depth + 1));
  }
  const shape = objectShape(resolved, resolve);
  if (!shape) return value;
  const out: Json = {};
  for (const [key, property] of Object.entries(value as Json)) {
    const propertySchema = shape.properties.get(key);
    if (propertySchema !== undefined) out[key] = project(property, propertySchema, resolve, depth + 1);
    else if (shape.open) out[key] = property;
  }
  return out;
}

type Shape = { properties: Map<string, unknown>; open: boolean } | undefined;

/** Shapes by schema object: a spec's schemas are read once, and projection runs on every answer. */
const shapes = new WeakMap<Json, Shape>();

/** The properties an object schema names (every branch), and whether it allows others. */
function objectShape(schema: Json, resolve: Resolve): Shape {
  if (shapes.has(schema)) return shapes.get(schema);
  const shape = computeShape(schema, resolve);
  shapes.set(schema, shape);
  return shape;
}

function computeShape(schema: Json, resolve: Resolve): Shape {
  const properties = new Map<string, unknown>();
  let open = false;
  let declared = false;
  const visit = (node: Json | undefined, depth: number) => {
    if (!node || depth > 20) return;
    if (node.properties && typeof node.properties === 'object') {
      declared = true;
      for (const [key, property] of Object.entries(node.properties as Json)) {
        // the first branch to name a property gives its schema; later ones add what it lacks
        const known = properties.get(key);
        properties.set(
          key,
          known === undefined || resolve(known) === undefined ? property : mergeSchemas(known, property),
        );
      }
      if (node.additionalProperties === true || typeof node.additionalProperties === 'object') open = true;
    } else if (node.type === 'object' && !node.oneOf && !node.anyOf && !node.allOf) {
      open = true; // a free-form object
    }
    for (const key of ['allOf', 'oneOf', 'anyOf'] as const) {
      for (const branch of (node[key] as unknown[] | undefined) ?? []) visit(resolve(branch), depth + 1);
    }
  };
  visit(schema, 0);
  return declared || open ? { properties, open: open || !declared } : undefined;
}

/** Two schemas of one property (from two branches): both, so that projection keeps what either shows. */
function mergeSchemas(a: unknown, b: unknown): unknown {
  if (a === b) return a;
  return { anyOf: [a, b] };
}

function itemsOf(schema: Json, resolve: Resolve): unknown {
  if (schema.items !== undefined) return schema.items;
  for (const key of ['allOf', 'oneOf', 'anyOf'] as const) {
    for (const branch of (schema[key] as unknown[] | undefined) ?? []) {
      const items = resolve(branch)?.items;
      if (items !== undefined) return items;
    }
  }
  return undefined;
}

/**
 * Whether an example carries the vendor's error code: Katapult's `error.code`, SCP's `errors[0].code` or a list of
 * `{ type_ }`, Hostway's fault name (the body's one key).
 */
export function exampleHasCode(example: unknown, code: string): boolean {
  if (example === null || typeof example !== 'object') return false;
  if (Array.isArray(example)) return example.some((item) => (item as Json | null)?.type_ === code);
  const body = example as Json;
  if ((body.error as Json | undefined)?.code === code) return true;
  if (Array.isArray(body.errors) && (body.errors[0] as Json | undefined)?.code === code) return true;
  const keys = Object.keys(body);
  return keys.length === 1 && keys[0] === code;
}

/** The vendor's error code of a body, for the request log (the same places as above). */
export function codeOf(body: unknown): string | undefined {
  if (body === null || typeof body !== 'object') return undefined;
  if (Array.isArray(body)) {
    const type = (body[0] as Json | undefined)?.type_;
    return typeof type === 'string' ? type : undefined;
  }
  const json = body as Json;
  const code = (json.error as Json | undefined)?.code ?? (json.errors as Json[] | undefined)?.[0]?.code;
  if (typeof code === 'string') return code;
  const keys = Object.keys(json);
  return keys.length === 1 && typeof json[keys[0] as string] === 'object' ? keys[0] : undefined;
}
