/**
 * Compare one of our specs with a vendor's published OpenAPI document (3.0 or 3.1), operation by operation.
 * Pure: `compareDocuments` takes two parsed documents and returns a report; loading lives at the end of the file.
 *
 * Vocabulary (shared with the `x-departures` extension, see specs/README.md):
 *   location  `operation`, `status 404`, `status 404 error zone_not_found`, `request.query.page`,
 *             `request.path.server_id`, `request.header.X-Foo`, `request.body.a.b`, `response.200.body.items[].name`
 *   kind      operation | status | error-code | missing | extra | type | enum | nullable | required
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { bundle, loadConfig } from '@redocly/openapi-core';
import { parse as parseYaml } from 'yaml';
import { HTTP_METHODS as METHODS } from '../../packages/runtime/src/http-methods.ts';

export type Kind =
  | 'operation'
  | 'status'
  | 'error-code'
  | 'missing'
  | 'extra'
  | 'type'
  | 'enum'
  | 'nullable'
  | 'required';

export const KINDS: readonly Kind[] = [
  'operation',
  'status',
  'error-code',
  'missing',
  'extra',
  'type',
  'enum',
  'nullable',
  'required',
];

export interface Departure {
  at: string;
  kind?: Kind;
  vendor?: string;
  ours?: string;
  why: string;
  /** root departures only: restrict to one operation (`GET /path` in either document's form, or an operationId) */
  operation?: string;
}

/** Where a departure was written: `root`, `operation GET /x`, `schema #/components/schemas/X`. */
export interface PlacedDeparture extends Departure {
  source: string;
}

export interface Difference {
  at: string;
  kind: Kind;
  vendor: string;
  ours: string;
  /** the departure that explains it, if any */
  explainedBy?: PlacedDeparture;
}

export interface OperationReport {
  method: string;
  /** our path if we have the operation, else the vendor's */
  path: string;
  ours?: { path: string; operationId?: string };
  vendor?: { path: string; operationId?: string };
  differences: Difference[];
}

export interface Summary {
  vendorOperations: number;
  ourOperations: number;
  inBoth: number;
  onlyInVendor: number;
  onlyInOurs: number;
  unexplained: number;
  explained: number;
  unusedDepartures: number;
}

export interface Report {
  operations: OperationReport[];
  /** departures that explained nothing: stale, or a typo in `at` */
  unusedDepartures: PlacedDeparture[];
  /** `x-departures` entries that are malformed (reported, never applied) */
  invalidDepartures: string[];
  summary: Summary;
}

type Json = unknown;
type Obj = Record<string, unknown>;

const MAX_DEPTH = 64;

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// ─── documents and $ref ────────────────────────────────────────────────────────────────────────────────────────────

class Doc {
  /** flattened schemas by schema object (documents are not changed while compared) */
  readonly flats = new WeakMap<object, Flat>();

  constructor(
    readonly root: Obj,
    readonly label: string,
  ) {}

  /** Follows local `$ref`s (also chains of them); returns the target and every ref passed. */
  resolve(value: Json): { node: Json; refs: string[] } {
    const refs: string[] = [];
    let node = value;
    while (isObj(node) && typeof node.$ref === 'string') {
      const ref = node.$ref;
      if (refs.includes(ref)) throw new Error(`${this.label}: $ref cycle with nothing in between at ${ref}`);
      refs.push(ref);
      node = this.pointer(ref);
    }
    return { node, refs };
  }

  private pointer(ref: string): Json {
    if (!ref.startsWith('#')) {
      throw new Error(
        `${this.label}: external $ref ${ref} is not supported in a vendor document; bundle it first (npx @redocly/cli bundle)`,
      );
    }
    let node: Json = this.root;
    for (const raw of ref.slice(1).split('/').slice(1)) {
      const key = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
      if (!isObj(node) && !Array.isArray(node)) throw new Error(`${this.label}: $ref ${ref} does not resolve`);
      node = (node as Record<string, Json>)[key];
      if (node === undefined) throw new Error(`${this.label}: $ref ${ref} does not resolve`);
    }
    return node;
  }
}

// ─── schema flattening ─────────────────────────────────────────────────────────────────────────────────────────────

/** One level of a schema with $ref, allOf, oneOf/anyOf and both nullability styles folded in. */
interface Flat {
  /** JSON types without `null`; empty = unconstrained */
  types: Set<string>;
  nullable: boolean;
  /** non-null enum/const values as JSON; undefined = no enum */
  enum: Set<string> | undefined;
  properties: Map<string, Json>;
  required: Set<string>;
  /** whether any part states `required` at all (vendor response schemas often leave it out: unknown, not optional) */
  requiredStated: boolean;
  /** a lookup: every branch has one field, and requires it (Katapult's `{"id": …}` / `{"permalink": …}`) */
  lookup: boolean;
  items: Json[];
  additional: Json[];
  readOnly: boolean;
  writeOnly: boolean;
  /** refs passed while flattening (cycle detection) */
  refs: string[];
  /** schemas passed that carry `x-departures` */
  departureHolders: { source: string; departures: Json }[];
  /** false = the schema `false` (nothing validates) */
  satisfiable: boolean;
}

function emptyFlat(): Flat {
  return {
    types: new Set(),
    nullable: false,
    enum: undefined,
    properties: new Map(),
    required: new Set(),
    requiredStated: false,
    lookup: false,
    items: [],
    additional: [],
    readOnly: false,
    writeOnly: false,
    refs: [],
    departureHolders: [],
    satisfiable: true,
  };
}

function isNullOnly(flat: Flat): boolean {
  return flat.nullable && flat.types.size === 0 && flat.properties.size === 0 && flat.enum === undefined;
}

function isUnconstrained(flat: Flat): boolean {
  return (
    flat.types.size === 0 &&
    flat.properties.size === 0 &&
    flat.items.length === 0 &&
    flat.enum === undefined &&
    !flat.nullable
  );
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

function flatten(doc: Doc, input: Json, depth = 0): Flat {
  if (!isObj(input)) return flattenUncached(doc, input, depth);
  const cached = doc.flats.get(input);
  if (cached) return cached;
  const flat = flattenUncached(doc, input, depth);
  doc.flats.set(input, flat);
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
    own.departureHolders.push({ source: `schema ${refs.at(-1) ?? '(inline)'}`, departures: node['x-departures'] });
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
  if (isObj(node.properties)) {
    for (const [name, schema] of Object.entries(node.properties)) own.properties.set(name, schema);
  }
  if (Array.isArray(node.required)) {
    own.requiredStated = true;
    for (const name of node.required) own.required.add(String(name));
  }
  if (node.items !== undefined && node.items !== true) own.items.push(node.items);
  if (node.additionalProperties !== undefined && typeof node.additionalProperties !== 'boolean') {
    own.additional.push(node.additionalProperties);
  }
  const fields = [...own.properties].filter(([, schema]) => schema !== false).map(([name]) => name);
  own.lookup = fields.length === 1 && own.required.size === 1 && own.required.has(fields[0] ?? '');
  if (own.types.size === 0 && own.properties.size > 0) own.types.add('object');
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
    for (const [name, schema] of part.properties) {
      const existing = out.properties.get(name);
      out.properties.set(name, existing === undefined ? schema : { allOf: [existing, schema] });
    }
    for (const name of part.required) out.required.add(name);
    out.requiredStated ||= part.requiredStated;
    out.items.push(...part.items);
    out.additional.push(...part.additional);
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

/** oneOf/anyOf: a property exists if any branch has it; it is required only if every (non-null) branch requires it. */
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
  out.lookup = objects.length > 0 && objects.every((branch) => branch.lookup);
  out.readOnly = values.length > 0 && values.every((branch) => branch.readOnly);
  out.writeOnly = values.length > 0 && values.every((branch) => branch.writeOnly);
  return out;
}

function describeType(flat: Flat): string {
  if (!flat.satisfiable) return 'nothing (false)';
  const types = [...flat.types].sort();
  if (types.length === 0) return isNullOnly(flat) ? 'null' : 'any';
  return types.join(' | ');
}

function describeEnum(values: Set<string> | undefined): string {
  if (!values) return 'no enum';
  const shown = [...values].map((value) => {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === 'string' ? parsed : value;
  });
  return shown.sort().join(', ') || '(empty)';
}

// ─── comparing ─────────────────────────────────────────────────────────────────────────────────────────────────────

type Direction = 'request' | 'response';

interface Scope {
  prefix: string;
  source: string;
  departures: Json;
}

interface RecordedDifference extends Difference {
  scopes: Scope[];
}

class OperationComparer {
  readonly found: RecordedDifference[] = [];

  constructor(
    private readonly ours: Doc,
    private readonly vendor: Doc,
  ) {}

  add(at: string, kind: Kind, vendor: string, ours: string, scopes: Scope[]): void {
    this.found.push({ at, kind, vendor, ours, scopes });
  }

  compareSchemas(
    oursSchema: Json,
    vendorSchema: Json,
    at: string,
    direction: Direction,
    scopes: Scope[],
    stack: string[] = [],
    depth = 0,
    parameter = false,
  ): void {
    const o = parameter ? asParameter(flatten(this.ours, oursSchema)) : flatten(this.ours, oursSchema);
    const v = parameter ? asParameter(flatten(this.vendor, vendorSchema)) : flatten(this.vendor, vendorSchema);
    const here = [...scopes, ...o.departureHolders.map((holder) => ({ prefix: at, ...holder }))];
    // A cycle: the same pair of (referenced) schemas is already being compared further up.
    const key = `${o.refs.join(',')}|${v.refs.join(',')}`;
    if ((o.refs.length > 0 || v.refs.length > 0) && stack.includes(key)) return;
    if (depth > MAX_DEPTH) return;
    const inner = [...stack, key];

    // A vendor schema without a type allows anything, so ours may narrow it; ours without a type where the vendor has one
    // is a difference (the generated type would be `unknown`).
    if (v.types.size > 0 && !sameSet(o.types, v.types)) {
      this.add(at, 'type', describeType(v), describeType(o), here);
    }
    if (o.nullable !== v.nullable) {
      this.add(at, 'nullable', v.nullable ? 'nullable' : 'non-null', o.nullable ? 'nullable' : 'non-null', here);
    }
    if ((o.enum || v.enum) && !(o.enum && v.enum && sameSet(o.enum, v.enum))) {
      this.add(at, 'enum', describeEnum(v.enum), describeEnum(o.enum), here);
    }

    // Properties: a vendor object without any (a bare `type: object`) says nothing about its fields; an object of ours
    // without any while the vendor lists fields is missing them all.
    if (v.properties.size > 0 && (o.properties.size > 0 || o.types.has('object'))) {
      const skip = (flat: Flat) => (direction === 'request' ? flat.readOnly : flat.writeOnly);
      const names = new Set([...v.properties.keys(), ...o.properties.keys()]);
      for (const name of [...names].sort()) {
        const field = `${at}.${name}`;
        const oursField = o.properties.get(name);
        const vendorField = v.properties.get(name);
        const oursFlat = oursField === undefined ? undefined : flatten(this.ours, oursField);
        const vendorFlat = vendorField === undefined ? undefined : flatten(this.vendor, vendorField);
        const present = (flat: Flat | undefined) => (flat ? flat.satisfiable && !skip(flat) : false);
        const oursHas = present(oursFlat);
        const vendorHas = present(vendorFlat);
        if (!oursHas && !vendorHas) continue;
        if (!oursHas && vendorFlat) {
          this.add(field, 'missing', describeField(vendorFlat, v.required.has(name)), 'absent', here);
          continue;
        }
        if (!vendorHas && oursFlat) {
          this.add(field, 'extra', 'absent', describeField(oursFlat, o.required.has(name)), here);
          continue;
        }
        // A vendor schema that states no `required` at all says nothing about presence in a response, nor about
        // which key of a lookup must be given (ours requires the one key of each branch).
        const stated = v.requiredStated || (direction === 'request' && !o.lookup);
        if (stated && o.required.has(name) !== v.required.has(name)) {
          const say = (required: boolean) => (required ? 'required' : 'optional');
          this.add(field, 'required', say(v.required.has(name)), say(o.required.has(name)), here);
        }
        this.compareSchemas(oursField, vendorField, field, direction, here, inner, depth + 1);
      }
    }
    if (o.items.length > 0 && v.items.length > 0) {
      this.compareSchemas(one(o.items), one(v.items), `${at}[]`, direction, here, inner, depth + 1);
    }
    if (o.additional.length > 0 && v.additional.length > 0) {
      this.compareSchemas(one(o.additional), one(v.additional), `${at}.*`, direction, here, inner, depth + 1);
    }
  }
}

/**
 * A parameter's value on the wire: a query string or header cannot carry null (absent is how "no value" is sent), and
 * with form style one value and a one-element array are the same string, so `T | T[]` is `T[]`.
 */
function asParameter(flat: Flat): Flat {
  const array = flat.types.has('array');
  return {
    ...flat,
    nullable: false,
    types: array ? new Set(['array']) : flat.types,
    enum: array ? undefined : flat.enum,
  };
}

function one(schemas: Json[]): Json {
  return schemas.length === 1 ? schemas[0] : { allOf: schemas };
}

function describeField(flat: Flat, required: boolean): string {
  return `${describeType(flat)}${flat.nullable ? ' | null' : ''}${required ? ', required' : ''}`;
}

function sameSet<T>(a: Set<T>, b: Set<T>): boolean {
  return a.size === b.size && [...a].every((value) => b.has(value));
}

// ─── operations ────────────────────────────────────────────────────────────────────────────────────────────────────

interface Operation {
  method: string;
  path: string;
  /** path with every template parameter replaced by `{}` */
  key: string;
  pathParams: string[];
  operation: Obj;
  pathItem: Obj;
}

function templateParams(path: string): string[] {
  return [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] ?? '');
}

function normalisePath(path: string): string {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
  return trimmed.replace(/\{[^}]+\}/g, '{}');
}

function operationsOf(doc: Doc): Map<string, Operation> {
  const out = new Map<string, Operation>();
  const paths = isObj(doc.root.paths) ? doc.root.paths : {};
  for (const [path, rawItem] of Object.entries(paths)) {
    const { node: item } = doc.resolve(rawItem);
    if (!isObj(item)) continue;
    for (const method of METHODS) {
      const { node: operation } = doc.resolve(item[method]);
      if (!isObj(operation)) continue;
      const key = `${method.toUpperCase()} ${normalisePath(path)}`;
      out.set(key, {
        method: method.toUpperCase(),
        path,
        key,
        pathParams: templateParams(path),
        operation,
        pathItem: item,
      });
    }
  }
  return out;
}

interface Param {
  name: string;
  in: string;
  required: boolean;
  schema: Json;
  /** a key of a deepObject lookup: the vendor's bracket parameters cannot say that one of them must be given */
  lookupKey?: boolean;
}

/** Path-item and operation parameters (the operation's win), deepObject parameters expanded to `name[key]`. */
function parametersOf(doc: Doc, op: Operation): Param[] {
  const byKey = new Map<string, Obj>();
  for (const list of [op.pathItem.parameters, op.operation.parameters]) {
    if (!Array.isArray(list)) continue;
    for (const raw of list) {
      const { node } = doc.resolve(raw);
      if (!isObj(node) || typeof node.name !== 'string' || typeof node.in !== 'string') continue;
      byKey.set(`${node.in} ${node.in === 'header' ? node.name.toLowerCase() : node.name}`, node);
    }
  }
  const out: Param[] = [];
  for (const node of byKey.values()) {
    const name = String(node.name);
    const where = String(node.in);
    const required = node.required === true || where === 'path';
    const schema = node.schema ?? firstMediaSchema(doc, node.content);
    if (where === 'query' && node.style === 'deepObject') {
      const flat = flatten(doc, schema);
      if (flat.properties.size > 0) {
        for (const [key, sub] of flat.properties) {
          if (sub === false) continue;
          out.push({
            name: `${name}[${key}]`,
            in: where,
            required: required && flat.required.has(key),
            schema: sub,
            lookupKey: flat.lookup,
          });
        }
        continue;
      }
      // An array of objects: `annotations[][key]`, `annotations[][value]`, each an array of that field's values.
      const items = flat.types.has('array') && flat.items.length > 0 ? flatten(doc, one(flat.items)) : undefined;
      if (items && items.properties.size > 0) {
        for (const [key, sub] of items.properties) {
          if (sub === false) continue;
          const schema = { type: 'array', items: sub };
          out.push({ name: `${name}[][${key}]`, in: where, required: required && items.required.has(key), schema });
        }
        continue;
      }
    }
    out.push({ name, in: where, required, schema });
  }
  return out;
}

function firstMediaSchema(doc: Doc, content: Json): Json {
  const media = pickMedia(doc, content);
  return media?.schema;
}

/** The JSON media type of a content map (application/json, then any +json, then the first one). */
function pickMedia(doc: Doc, content: Json): Obj | undefined {
  const { node } = doc.resolve(content);
  if (!isObj(node)) return undefined;
  const keys = Object.keys(node);
  const key =
    keys.find((k) => k.split(';')[0]?.trim() === 'application/json') ??
    keys.find((k) => /[/+]json\b/.test(k)) ??
    keys[0];
  if (key === undefined) return undefined;
  const { node: media } = doc.resolve(node[key]);
  return isObj(media) ? media : undefined;
}

/** Error codes a body declares: `code` enum/const at the top, under `error`, or under `errors[]`; every branch. */
function errorCodes(doc: Doc, schema: Json, depth = 0): Set<string> {
  const codes = new Set<string>();
  if (schema === undefined || depth > 8) return codes;
  const flat = flatten(doc, schema);
  const fromCode = (value: Json) => {
    const code = flatten(doc, value);
    for (const entry of code.enum ?? []) codes.add(String(JSON.parse(entry)));
  };
  const code = flat.properties.get('code');
  if (code !== undefined) fromCode(code);
  const error = flat.properties.get('error');
  if (error !== undefined) for (const c of errorCodes(doc, error, depth + 1)) codes.add(c);
  const errors = flat.properties.get('errors');
  if (errors !== undefined) {
    const list = flatten(doc, errors);
    for (const item of list.items) for (const c of errorCodes(doc, item, depth + 1)) codes.add(c);
  }
  return codes;
}

function responsesOf(doc: Doc, op: Operation): Map<string, Obj> {
  const out = new Map<string, Obj>();
  const { node } = doc.resolve(op.operation.responses);
  if (!isObj(node)) return out;
  for (const [status, raw] of Object.entries(node)) {
    const { node: response } = doc.resolve(raw);
    if (isObj(response)) out.set(status, response);
  }
  return out;
}

function isErrorStatus(status: string): boolean {
  return /^[45]/.test(status) || status === 'default';
}

function compareOperation(ours: Doc, vendor: Doc, o: Operation, v: Operation, scopes: Scope[]): RecordedDifference[] {
  const comparer = new OperationComparer(ours, vendor);

  // Parameters. Path parameters are matched by position in the template, and named as ours.
  const oursParams = parametersOf(ours, o);
  const vendorParams = parametersOf(vendor, v).map((param) => {
    if (param.in !== 'path') return param;
    const index = v.pathParams.indexOf(param.name);
    const name = index >= 0 ? o.pathParams[index] : undefined;
    return name === undefined ? param : { ...param, name };
  });
  const paramKey = (param: Param) => `${param.in} ${param.in === 'header' ? param.name.toLowerCase() : param.name}`;
  const vendorByKey = new Map(vendorParams.map((param) => [paramKey(param), param]));
  const oursByKey = new Map(oursParams.map((param) => [paramKey(param), param]));
  const keys = [...new Set([...vendorByKey.keys(), ...oursByKey.keys()])].sort();
  for (const key of keys) {
    const op = oursByKey.get(key);
    const vp = vendorByKey.get(key);
    const at = `request.${(op ?? vp)?.in}.${(op ?? vp)?.name}`;
    if (!op && vp) {
      comparer.add(at, 'missing', describeField(flatten(vendor, vp.schema), vp.required), 'absent', scopes);
    } else if (op && !vp) {
      comparer.add(at, 'extra', 'absent', describeField(flatten(ours, op.schema), op.required), scopes);
    } else if (op && vp) {
      if (op.required !== vp.required && !(op.lookupKey && !vp.required)) {
        const say = (required: boolean) => (required ? 'required' : 'optional');
        comparer.add(at, 'required', say(vp.required), say(op.required), scopes);
      }
      comparer.compareSchemas(op.schema, vp.schema, at, 'request', scopes, [], 0, true);
    }
  }

  // Request body.
  const oursBody = ours.resolve(o.operation.requestBody).node;
  const vendorBody = vendor.resolve(v.operation.requestBody).node;
  const oursBodySchema = isObj(oursBody) ? pickMedia(ours, oursBody.content)?.schema : undefined;
  const vendorBodySchema = isObj(vendorBody) ? pickMedia(vendor, vendorBody.content)?.schema : undefined;
  if (vendorBodySchema !== undefined && oursBodySchema === undefined) {
    comparer.add('request.body', 'missing', describeType(flatten(vendor, vendorBodySchema)), 'absent', scopes);
  } else if (vendorBodySchema === undefined && oursBodySchema !== undefined) {
    comparer.add('request.body', 'extra', 'absent', describeType(flatten(ours, oursBodySchema)), scopes);
  } else if (vendorBodySchema !== undefined && oursBodySchema !== undefined) {
    comparer.compareSchemas(oursBodySchema, vendorBodySchema, 'request.body', 'request', scopes);
  }

  // Responses: statuses; success bodies by fields; error bodies by their codes only.
  const oursResponses = responsesOf(ours, o);
  const vendorResponses = responsesOf(vendor, v);
  const statuses = [...new Set([...vendorResponses.keys(), ...oursResponses.keys()])].sort();
  for (const status of statuses) {
    const or = oursResponses.get(status);
    const vr = vendorResponses.get(status);
    if (!or || !vr) {
      comparer.add(`status ${status}`, 'status', vr ? 'documented' : 'absent', or ? 'documented' : 'absent', scopes);
      continue;
    }
    const oursSchema = pickMedia(ours, or.content)?.schema;
    const vendorSchema = pickMedia(vendor, vr.content)?.schema;
    if (isErrorStatus(status)) {
      const oursCodes = errorCodes(ours, oursSchema);
      const vendorCodes = errorCodes(vendor, vendorSchema);
      // A vendor status that names no code says nothing to compare ours with.
      if (vendorCodes.size === 0) continue;
      for (const code of [...new Set([...vendorCodes, ...oursCodes])].sort()) {
        if (vendorCodes.has(code) && oursCodes.has(code)) continue;
        const at = `status ${status} error ${code}`;
        comparer.add(
          at,
          'error-code',
          vendorCodes.has(code) ? 'documented' : 'absent',
          oursCodes.has(code) ? 'documented' : 'absent',
          scopes,
        );
      }
      continue;
    }
    const at = `response.${status}.body`;
    if (vendorSchema !== undefined && oursSchema === undefined) {
      comparer.add(at, 'missing', describeType(flatten(vendor, vendorSchema)), 'absent', scopes);
    } else if (vendorSchema === undefined && oursSchema !== undefined) {
      comparer.add(at, 'extra', 'absent', describeType(flatten(ours, oursSchema)), scopes);
    } else if (vendorSchema !== undefined && oursSchema !== undefined) {
      comparer.compareSchemas(oursSchema, vendorSchema, at, 'response', scopes);
    }
  }
  return comparer.found;
}

// ─── departures ────────────────────────────────────────────────────────────────────────────────────────────────────

function joinAt(prefix: string, at: string): string {
  if (prefix === '') return at;
  if (at === '' || at === '*') return prefix;
  return at.startsWith('[') ? `${prefix}${at}` : `${prefix}.${at}`;
}

/** `at` equals the location, or is a prefix of it ending on a boundary (`.`, `[`, space). */
export function locationMatches(at: string, location: string): boolean {
  if (at === '*' || at === location) return true;
  if (!location.startsWith(at)) return false;
  const next = location[at.length];
  return next === '.' || next === '[' || next === ' ';
}

interface DepartureRegistry {
  valid: Map<Json, PlacedDeparture[]>;
  invalid: string[];
  used: Set<PlacedDeparture>;
  all: PlacedDeparture[];
}

function readDepartures(registry: DepartureRegistry, holder: Json, source: string): PlacedDeparture[] {
  const cached = registry.valid.get(holder);
  if (cached) return cached;
  const out: PlacedDeparture[] = [];
  if (!Array.isArray(holder)) {
    registry.invalid.push(`${source}: x-departures must be a list of {at, kind?, vendor, ours, why}`);
  } else {
    holder.forEach((entry, index) => {
      const where = `${source}: x-departures[${index}]`;
      if (!isObj(entry) || typeof entry.at !== 'string' || entry.at === '') {
        registry.invalid.push(`${where} has no \`at\` (the location it explains)`);
        return;
      }
      if (typeof entry.why !== 'string' || entry.why.trim() === '') {
        registry.invalid.push(`${where} (${entry.at}) has no \`why\``);
        return;
      }
      if (entry.kind !== undefined && !KINDS.includes(entry.kind as Kind)) {
        registry.invalid.push(
          `${where} (${entry.at}) has unknown kind ${String(entry.kind)}; use one of ${KINDS.join(', ')}`,
        );
        return;
      }
      const departure: PlacedDeparture = { at: entry.at, why: entry.why, source };
      if (entry.kind !== undefined) departure.kind = entry.kind as Kind;
      if (entry.vendor !== undefined) departure.vendor = String(entry.vendor);
      if (entry.ours !== undefined) departure.ours = String(entry.ours);
      if (typeof entry.operation === 'string') departure.operation = entry.operation;
      out.push(departure);
      registry.all.push(departure);
    });
  }
  registry.valid.set(holder, out);
  return out;
}

function explain(
  registry: DepartureRegistry,
  difference: RecordedDifference,
  operationNames: string[],
): PlacedDeparture | undefined {
  for (const scope of [...difference.scopes].reverse()) {
    for (const departure of readDepartures(registry, scope.departures, scope.source)) {
      if (departure.operation !== undefined && !operationNames.includes(departure.operation)) continue;
      if (departure.kind !== undefined && departure.kind !== difference.kind) continue;
      // On a schema, `*` is the schema itself and everything in it.
      const at = joinAt(scope.prefix, departure.at);
      if (locationMatches(at, difference.at)) return departure;
    }
  }
  return undefined;
}

// ─── the report ────────────────────────────────────────────────────────────────────────────────────────────────────

export function compareDocuments(
  oursRoot: Obj,
  vendorRoot: Obj,
  labels = { ours: 'our spec', vendor: 'vendor' },
): Report {
  const ours = new Doc(oursRoot, labels.ours);
  const vendor = new Doc(vendorRoot, labels.vendor);
  const oursOps = operationsOf(ours);
  const vendorOps = operationsOf(vendor);
  const registry: DepartureRegistry = { valid: new Map(), invalid: [], used: new Set(), all: [] };
  // Read every declared departure up front, so one that is never reached is reported as unused.
  const rootHolder = oursRoot['x-departures'];
  if (rootHolder !== undefined) readDepartures(registry, rootHolder, 'root');
  for (const op of oursOps.values()) {
    const holder = op.operation['x-departures'];
    if (holder !== undefined) readDepartures(registry, holder, `operation ${op.method} ${op.path}`);
  }
  const schemas = isObj(oursRoot.components) && isObj(oursRoot.components.schemas) ? oursRoot.components.schemas : {};
  for (const [name, schema] of Object.entries(schemas)) {
    if (isObj(schema) && schema['x-departures'] !== undefined) {
      readDepartures(registry, schema['x-departures'], `schema #/components/schemas/${name}`);
    }
  }

  const keys = [...new Set([...vendorOps.keys(), ...oursOps.keys()])].sort((a, b) => {
    const [ma, pa] = a.split(' ');
    const [mb, pb] = b.split(' ');
    return (pa ?? '').localeCompare(pb ?? '') || METHODS.indexOf(lower(ma)) - METHODS.indexOf(lower(mb));
  });
  const operations: OperationReport[] = [];
  for (const key of keys) {
    const o = oursOps.get(key);
    const v = vendorOps.get(key);
    const base = o ?? v;
    if (!base) continue;
    const report: OperationReport = { method: base.method, path: base.path, differences: [] };
    if (o) report.ours = withId(o);
    if (v) report.vendor = withId(v);
    const scopes: Scope[] = [];
    if (rootHolder !== undefined) scopes.push({ prefix: '', source: 'root', departures: rootHolder });
    if (o?.operation['x-departures'] !== undefined) {
      scopes.push({ prefix: '', source: `operation ${o.method} ${o.path}`, departures: o.operation['x-departures'] });
    }
    let found: RecordedDifference[];
    if (o && v) found = compareOperation(ours, vendor, o, v, scopes);
    else if (o) found = [{ at: 'operation', kind: 'operation', vendor: 'absent', ours: 'documented', scopes }];
    else found = [{ at: 'operation', kind: 'operation', vendor: 'documented', ours: 'absent', scopes }];
    const names = [o, v].flatMap((op) =>
      op
        ? [
            `${op.method} ${op.path}`,
            ...(typeof op.operation.operationId === 'string' ? [op.operation.operationId] : []),
          ]
        : [],
    );
    for (const difference of dedupe(found)) {
      const { scopes: _scopes, ...plain } = difference;
      const departure = explain(registry, difference, names);
      if (departure) {
        registry.used.add(departure);
        plain.explainedBy = departure;
      }
      report.differences.push(plain);
    }
    operations.push(report);
  }

  const all = operations.flatMap((op) => op.differences);
  const unusedDepartures = registry.all.filter((departure) => !registry.used.has(departure));
  return {
    operations,
    unusedDepartures,
    invalidDepartures: registry.invalid,
    summary: {
      vendorOperations: vendorOps.size,
      ourOperations: oursOps.size,
      inBoth: operations.filter((op) => op.ours && op.vendor).length,
      onlyInVendor: operations.filter((op) => !op.ours).length,
      onlyInOurs: operations.filter((op) => !op.vendor).length,
      unexplained: all.filter((difference) => !difference.explainedBy).length,
      explained: all.filter((difference) => difference.explainedBy).length,
      unusedDepartures: unusedDepartures.length,
    },
  };
}

function lower(method: string | undefined): (typeof METHODS)[number] {
  return (method ?? '').toLowerCase() as (typeof METHODS)[number];
}

function withId(op: Operation): { path: string; operationId?: string } {
  const id = op.operation.operationId;
  return typeof id === 'string' ? { path: op.path, operationId: id } : { path: op.path };
}

/** The same difference reached twice (e.g. a schema shared by two branches) is reported once. */
function dedupe(found: RecordedDifference[]): RecordedDifference[] {
  const seen = new Map<string, RecordedDifference>();
  for (const difference of found) {
    const key = `${difference.at}\u0000${difference.kind}`;
    if (!seen.has(key)) seen.set(key, difference);
  }
  return [...seen.values()];
}

export function summaryLine(vendor: string, summary: Summary): string {
  return [
    `${vendor}: ${summary.inBoth}/${summary.vendorOperations} operations in both`,
    `${summary.onlyInVendor} only in vendor`,
    `${summary.onlyInOurs} only in ours`,
    `${summary.unexplained} unexplained`,
    `${summary.explained} explained`,
  ].join(' · ');
}

const EXPLAINED_SHOWN = 5;

/** Whether a root or operation departure's `at` can name a difference at all (a schema's is relative: always true). */
function comparedLocation(departure: PlacedDeparture): boolean {
  if (departure.source.startsWith('schema ')) return true;
  return /^(\*$|operation$|status( |$)|request(\.|$)|response(\.|$))/.test(departure.at);
}

export function renderText(vendor: string, report: Report): string {
  const lines: string[] = [];
  const title = (op: OperationReport) => {
    const ids = [
      op.ours ? `ours ${op.ours.operationId ?? '(no operationId)'}` : undefined,
      op.vendor ? `vendor ${op.vendor.operationId ?? '(no operationId)'}` : undefined,
    ].filter(Boolean);
    const vendorPath = op.vendor && op.ours && op.vendor.path !== op.ours.path ? ` (vendor ${op.vendor.path})` : '';
    return `${op.method} ${op.path}${vendorPath}  [${ids.join(' · ')}]`;
  };
  const line = (d: Difference) => `    ${d.at}  ${d.kind}: vendor ${d.vendor} · ours ${d.ours}`;

  const oneSided = (side: 'vendor' | 'ours') =>
    report.operations.filter(
      (op) => !(side === 'vendor' ? op.ours : op.vendor) && op.differences.some((d) => !d.explainedBy),
    );
  for (const side of ['vendor', 'ours'] as const) {
    const ops = oneSided(side);
    if (ops.length === 0) continue;
    lines.push(
      side === 'vendor' ? `Only in the vendor document (${ops.length}):` : `Only in our spec (${ops.length}):`,
      '',
    );
    for (const op of ops) lines.push(`  ${title(op)}`);
    lines.push('');
  }
  const unexplained = report.operations.filter(
    (op) => op.ours && op.vendor && op.differences.some((d) => !d.explainedBy),
  );
  if (unexplained.length > 0) {
    lines.push('Unexplained differences (record each in x-departures, or fix the spec):', '');
    for (const op of unexplained) {
      lines.push(`  ${title(op)}`);
      for (const d of op.differences.filter((d) => !d.explainedBy)) lines.push(line(d));
      lines.push('');
    }
  }
  // Explained differences, grouped by the departure that explains them: a root departure may explain one difference in
  // each of a hundred operations, and its reason is worth reading once.
  const byDeparture = new Map<PlacedDeparture, { op: OperationReport; d: Difference }[]>();
  for (const op of report.operations) {
    for (const d of op.differences) {
      if (!d.explainedBy) continue;
      const list = byDeparture.get(d.explainedBy) ?? [];
      list.push({ op, d });
      byDeparture.set(d.explainedBy, list);
    }
  }
  if (byDeparture.size > 0) {
    const total = [...byDeparture.values()].reduce((sum, list) => sum + list.length, 0);
    lines.push(`Explained by x-departures (${total}):`, '');
    for (const [departure, list] of byDeparture) {
      const operations = new Set(list.map(({ op }) => op)).size;
      const count = `${list.length} difference${list.length === 1 ? '' : 's'} in ${operations} operation${operations === 1 ? '' : 's'}`;
      lines.push(
        `  ${departure.source} · at ${departure.at}${departure.kind ? ` (${departure.kind})` : ''} — ${count}`,
      );
      lines.push(`    why: ${departure.why}`);
      for (const { op, d } of list.slice(0, EXPLAINED_SHOWN)) {
        lines.push(`    ${op.method} ${op.path}  ${d.at}  ${d.kind}: vendor ${d.vendor} · ours ${d.ours}`);
      }
      if (list.length > EXPLAINED_SHOWN)
        lines.push(`    … and ${list.length - EXPLAINED_SHOWN} more (--json lists every one)`);
      lines.push('');
    }
  }
  if (report.unusedDepartures.length > 0) {
    lines.push('Departures that explain nothing (stale, or `at`/`kind` does not match a difference):', '');
    for (const d of report.unusedDepartures) {
      const note = comparedLocation(d)
        ? ''
        : ' — not a location the compare reports (operation, status …, request.…, response.…)';
      lines.push(`    ${d.source}: at ${d.at}${d.kind ? ` (${d.kind})` : ''}${note}`);
    }
    lines.push('');
  }
  if (report.invalidDepartures.length > 0) {
    lines.push('Malformed x-departures (ignored):', '');
    for (const message of report.invalidDepartures) lines.push(`    ${message}`);
    lines.push('');
  }
  lines.push(summaryLine(vendor, report.summary));
  return `${lines.join('\n')}\n`;
}

// ─── loading ───────────────────────────────────────────────────────────────────────────────────────────────────────

/** Parses JSON or YAML (3.0 or 3.1), from a file path or an http(s) URL. */
export async function loadVendorDocument(source: string, cwd: string): Promise<Obj> {
  let text: string;
  if (/^https?:\/\//i.test(source)) {
    let response: Response;
    try {
      response = await fetch(source, { redirect: 'follow' });
    } catch (error) {
      throw new Error(`could not fetch ${source}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!response.ok) throw new Error(`could not fetch ${source}: HTTP ${response.status} ${response.statusText}`);
    text = await response.text();
  } else {
    try {
      text = await readFile(resolve(cwd, source), 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new Error(
        `cannot read the vendor document ${source}${code ? ` (${code})` : ''}: give a file path or an http(s) URL`,
      );
    }
  }
  return parseDocument(text, source);
}

export function parseDocument(text: string, source: string): Obj {
  let parsed: unknown;
  try {
    parsed = text.trimStart().startsWith('{') ? JSON.parse(text) : parseYaml(text, { maxAliasCount: -1 });
  } catch (error) {
    throw new Error(`${source} is neither JSON nor YAML: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!isObj(parsed) || (typeof parsed.openapi !== 'string' && typeof parsed.swagger !== 'string')) {
    throw new Error(`${source} is not an OpenAPI document (no \`openapi\` version at the top)`);
  }
  if (typeof parsed.swagger === 'string') {
    throw new Error(`${source} is Swagger ${parsed.swagger}; convert it to OpenAPI 3 first`);
  }
  return parsed;
}

/** Our spec, bundled (a spec may be split into several files with $ref). */
export async function loadOurSpec(root: string, specPath: string): Promise<Obj> {
  const config = await loadConfig({ configPath: join(root, 'redocly.yaml') });
  const bundled = await bundle({ ref: specPath, config });
  const problems = bundled.problems.filter((problem) => problem.severity === 'error');
  if (problems.length > 0) {
    throw new Error(`cannot bundle ${specPath}: ${problems.map((problem) => problem.message).join('; ')}`);
  }
  const parsed = bundled.bundle.parsed as unknown;
  if (!isObj(parsed)) throw new Error(`${specPath} did not bundle to an OpenAPI document`);
  return parsed;
}
