/**
 * One level of a schema with `$ref`, `allOf`, `oneOf`/`anyOf` and both nullability styles folded in: what the
 * comparison reads of a schema, so that 3.0 and 3.1 spellings of the same thing compare equal.
 */
import type { Doc } from './document.ts';
import { isObj, type Json, MAX_DEPTH } from './model.ts';

export interface Flat {
  /** JSON types without `null`; empty = unconstrained */
  types: Set<string>;
  nullable: boolean;
  /** non-null enum/const values as JSON; undefined = no enum */
  enum: Set<string> | undefined;
  /** `format`, if every part that states one agrees */
  format: string | undefined;
  /** validation keywords (`maxLength`, `pattern`, `minimum`, …) by name, each value as JSON */
  constraints: Map<string, string>;
  properties: Map<string, Json>;
  required: Set<string>;
  /** whether any part states `required` at all (vendor response schemas often leave it out: unknown, not optional) */
  requiredStated: boolean;
  /** a lookup: every branch has one field, and requires it (Katapult's `{"id": …}` / `{"permalink": …}`) */
  lookup: boolean;
  items: Json[];
  /** schema-valued `additionalProperties` (a map's values) */
  additional: Json[];
  /** `additionalProperties: false` (or `unevaluatedProperties: false`): no property beyond those listed */
  closed: boolean;
  readOnly: boolean;
  writeOnly: boolean;
  /** refs passed while flattening (cycle detection) */
  refs: string[];
  /** schemas passed that carry `x-departures` */
  departureHolders: { where: string; departures: Json }[];
  /** false = the schema `false` (nothing validates) */
  satisfiable: boolean;
}

/**
 * The validation keywords compared as constraints. A 3.0 `exclusiveMinimum: true` next to `minimum: n` is read as the
 * 3.1 `exclusiveMinimum: n` (and the same for maximum); `uniqueItems: false` is the default and says nothing.
 */
export const CONSTRAINT_KEYWORDS = [
  'minLength',
  'maxLength',
  'pattern',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minItems',
  'maxItems',
  'uniqueItems',
  'minProperties',
  'maxProperties',
] as const;

export function emptyFlat(): Flat {
  return {
    types: new Set(),
    nullable: false,
    enum: undefined,
    format: undefined,
    constraints: new Map(),
    properties: new Map(),
    required: new Set(),
    requiredStated: false,
    lookup: false,
    items: [],
    additional: [],
    closed: false,
    readOnly: false,
    writeOnly: false,
    refs: [],
    departureHolders: [],
    satisfiable: true,
  };
}

export function isNullOnly(flat: Flat): boolean {
  return flat.nullable && flat.types.size === 0 && flat.properties.size === 0 && flat.enum === undefined;
}

export function isUnconstrained(flat: Flat): boolean {
  return (
    flat.types.size === 0 &&
    flat.properties.size === 0 &&
    flat.items.length === 0 &&
    flat.enum === undefined &&
    flat.format === undefined &&
    flat.constraints.size === 0 &&
    !flat.closed &&
    !flat.nullable
  );
}

/** Whether the schema describes an object (a listed property, or `type: object`). */
export function isObject(flat: Flat): boolean {
  return flat.types.has('object') || flat.properties.size > 0;
}

/** Keywords next to a `$ref` that change nothing compared here. */
const ANNOTATIONS = new Set([
  '$ref',
  'description',
  'summary',
  'title',
  'example',
  'examples',
  'deprecated',
  'default',
]);

const cache = new WeakMap<Doc, WeakMap<object, Flat>>();

export function flatten(doc: Doc, input: Json, depth = 0): Flat {
  if (!isObj(input)) return flattenUncached(doc, input, depth);
  let flats = cache.get(doc);
  if (!flats) {
    flats = new WeakMap();
    cache.set(doc, flats);
  }
  const cached = flats.get(input);
  if (cached) return cached;
  const flat = flattenUncached(doc, input, depth);
  flats.set(input, flat);
  return flat;
}

function flattenUncached(doc: Doc, input: Json, depth: number): Flat {
  if (depth > MAX_DEPTH) return emptyFlat();
  // 3.1 allows keywords next to a `$ref` (`nullable`, `x-departures`, …): they apply together with its target.
  if (isObj(input) && typeof input.$ref === 'string' && Object.keys(input).some((key) => !ANNOTATIONS.has(key))) {
    const { $ref, ...rest } = input;
    return flatten(doc, { ...rest, allOf: [{ $ref }, ...(Array.isArray(rest.allOf) ? rest.allOf : [])] }, depth + 1);
  }
  const { node, refs } = doc.resolve(input);
  if (node === false) return { ...emptyFlat(), satisfiable: false, refs };
  if (!isObj(node)) return { ...emptyFlat(), refs };

  const own = emptyFlat();
  own.refs = refs;
  if (node['x-departures'] !== undefined) {
    own.departureHolders.push({ where: `schema ${refs.at(-1) ?? '(inline)'}`, departures: node['x-departures'] });
  }
  const type = node.type;
  for (const t of Array.isArray(type) ? type : type === undefined ? [] : [type]) {
    if (t === 'null') own.nullable = true;
    else if (typeof t === 'string') own.types.add(t);
  }
  if (node.nullable === true) own.nullable = true;
  const values = Array.isArray(node.enum) ? node.enum : 'const' in node ? [node.const] : undefined;
  if (values) {
    own.enum = new Set();
    for (const value of values) {
      if (value === null) own.nullable = true;
      else own.enum.add(JSON.stringify(value));
    }
    if (own.types.size === 0) {
      for (const value of values) {
        if (value === null) continue;
        own.types.add(Number.isInteger(value) ? 'integer' : Array.isArray(value) ? 'array' : typeof value);
      }
    }
  }
  if (typeof node.format === 'string') own.format = node.format;
  readConstraints(node, own.constraints);
  if (isObj(node.properties)) {
    for (const [name, schema] of Object.entries(node.properties)) own.properties.set(name, schema);
  }
  if (Array.isArray(node.required)) {
    own.requiredStated = true;
    for (const name of node.required) own.required.add(String(name));
  }
  if (node.items !== undefined && node.items !== true) own.items.push(node.items);
  if (node.additionalProperties === false || node.unevaluatedProperties === false) own.closed = true;
  if (isObj(node.additionalProperties) && Object.keys(node.additionalProperties).length > 0) {
    own.additional.push(node.additionalProperties);
  }
  const fields = [...own.properties].filter(([, schema]) => schema !== false).map(([name]) => name);
  own.lookup = fields.length === 1 && own.required.size === 1 && own.required.has(fields[0] ?? '');
  // `properties` (even `{}`) says the schema describes an object: vendor generators leave `type: object` out.
  if (own.types.size === 0 && isObj(node.properties)) own.types.add('object');
  if (own.types.size === 0 && own.items.length > 0) own.types.add('array');
  own.readOnly = node.readOnly === true;
  own.writeOnly = node.writeOnly === true;

  let result = own;
  if (Array.isArray(node.allOf)) {
    const parts = node.allOf.map((part) => flatten(doc, part, depth + 1));
    result = mergeAll([own, ...parts], own.nullable);
  }
  for (const key of ['oneOf', 'anyOf'] as const) {
    const branches = node[key];
    if (!Array.isArray(branches)) continue;
    const flats = branches.map((branch) => flatten(doc, branch, depth + 1)).filter((flat) => flat.satisfiable);
    if (flats.length === 0) continue;
    result = mergeAll([result, mergeAny(flats)], own.nullable);
  }
  result.refs = [...refs, ...result.refs.filter((ref) => !refs.includes(ref))];
  return result;
}

function readConstraints(node: Record<string, unknown>, into: Map<string, string>): void {
  for (const keyword of CONSTRAINT_KEYWORDS) {
    const value = node[keyword];
    if (value === undefined || typeof value === 'boolean') continue;
    into.set(keyword, JSON.stringify(value));
  }
  if (node.uniqueItems === true) into.set('uniqueItems', 'true');
  // 3.0: a boolean exclusiveMinimum/exclusiveMaximum turns its minimum/maximum exclusive.
  for (const [exclusive, bound] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ] as const) {
    if (node[exclusive] === true && typeof node[bound] === 'number') {
      into.delete(bound);
      into.set(exclusive, JSON.stringify(node[bound]));
    }
  }
}

/** allOf: every part applies. `nullable: true` next to an allOf (the 3.0 idiom) makes the whole nullable. */
function mergeAll(parts: Flat[], ownNullable: boolean): Flat {
  const out = emptyFlat();
  const typed = parts.filter((part) => part.types.size > 0);
  if (typed.length > 0) {
    out.types = new Set(typed[0]?.types);
    for (const part of typed.slice(1)) {
      out.types = new Set(
        [...out.types].filter((t) => part.types.has(t) || (t === 'integer' && part.types.has('number'))),
      );
      if (part.types.has('integer') && out.types.has('number')) out.types = new Set(['integer']);
    }
  }
  const constrained = parts.filter((part) => !isUnconstrained(part));
  out.nullable = ownNullable || (constrained.length > 0 && constrained.every((part) => part.nullable));
  for (const part of parts) {
    if (part.enum) out.enum = out.enum ? new Set([...out.enum].filter((v) => part.enum?.has(v))) : new Set(part.enum);
    out.format ??= part.format;
    for (const [keyword, value] of part.constraints)
      if (!out.constraints.has(keyword)) out.constraints.set(keyword, value);
    for (const [name, schema] of part.properties) {
      const existing = out.properties.get(name);
      out.properties.set(name, existing === undefined ? schema : { allOf: [existing, schema] });
    }
    for (const name of part.required) out.required.add(name);
    out.requiredStated ||= part.requiredStated;
    out.items.push(...part.items);
    out.additional.push(...part.additional);
    out.closed ||= part.closed;
    out.readOnly ||= part.readOnly;
    out.writeOnly ||= part.writeOnly;
    out.refs.push(...part.refs);
    out.departureHolders.push(...part.departureHolders);
    out.satisfiable &&= part.satisfiable;
  }
  const withFields = parts.filter((part) => part.properties.size > 0);
  out.lookup = withFields.length === 1 && (withFields[0]?.lookup ?? false);
  return out;
}

/**
 * oneOf/anyOf: a property exists if any branch has it; it is required only if every (non-null) branch requires it; a
 * format or constraint holds only if every branch states it alike; the object is closed only if every object branch is.
 */
function mergeAny(branches: Flat[]): Flat {
  const out = emptyFlat();
  const values = branches.filter((branch) => !isNullOnly(branch));
  out.nullable = branches.some((branch) => branch.nullable);
  for (const branch of values) for (const t of branch.types) out.types.add(t);
  if (values.some((branch) => branch.types.size === 0 && !isNullOnly(branch) && branch.properties.size === 0)) {
    out.types.clear();
  }
  if (values.length > 0 && values.every((branch) => branch.enum)) {
    out.enum = new Set(values.flatMap((branch) => [...(branch.enum ?? [])]));
  }
  const first = values[0];
  if (first) {
    if (values.every((branch) => branch.format === first.format)) out.format = first.format;
    for (const [keyword, value] of first.constraints) {
      if (values.every((branch) => branch.constraints.get(keyword) === value)) out.constraints.set(keyword, value);
    }
  }
  const objects = values.filter((branch) => branch.properties.size > 0 || branch.types.has('object'));
  for (const branch of values) {
    for (const [name, schema] of branch.properties) {
      if (schema === false) continue;
      const existing = out.properties.get(name);
      out.properties.set(name, existing === undefined ? schema : { anyOf: [existing, schema] });
    }
    out.items.push(...branch.items);
    out.additional.push(...branch.additional);
    out.requiredStated ||= branch.requiredStated;
    out.refs.push(...branch.refs);
    out.departureHolders.push(...branch.departureHolders);
  }
  if (out.items.length > 1) out.items = [{ anyOf: out.items }];
  if (out.additional.length > 1) out.additional = [{ anyOf: out.additional }];
  for (const name of out.properties.keys()) {
    if (objects.length > 0 && objects.every((branch) => branch.required.has(name))) out.required.add(name);
  }
  out.closed = objects.length > 0 && objects.every((branch) => branch.closed);
  out.lookup = objects.length > 0 && objects.every((branch) => branch.lookup);
  out.readOnly = values.length > 0 && values.every((branch) => branch.readOnly);
  out.writeOnly = values.length > 0 && values.every((branch) => branch.writeOnly);
  return out;
}

export function describeType(flat: Flat): string {
  if (!flat.satisfiable) return 'nothing (false)';
  const types = [...flat.types].sort();
  if (types.length === 0) return isNullOnly(flat) ? 'null' : 'any';
  return types.join(' | ');
}

export function describeEnum(values: Set<string> | undefined): string {
  if (!values) return 'no enum';
  const shown = [...values].map((value) => {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === 'string' ? parsed : value;
  });
  return shown.sort().join(', ') || '(empty)';
}

export function describeField(flat: Flat, required: boolean): string {
  return `${describeType(flat)}${flat.nullable ? ' | null' : ''}${required ? ', required' : ''}`;
}
