/** Comparing two schemas recursively: what `pnpm spec:compare` reports inside parameters, bodies and headers. */
import type { RecordedDifference, Scope } from './departures.ts';
import type { Doc } from './document.ts';
import { describeEnum, describeField, describeType, type Flat, flatten, isObject, isUnconstrained } from './flatten.ts';
import type { Aspect, Category, Json } from './model.ts';
import { MAX_DEPTH } from './model.ts';

export type Direction = 'request' | 'response';

export interface SchemaContext {
  direction: Direction;
  /** inside an error body: every difference is of category `error-body`, with what differs as its aspect */
  errorBody?: boolean;
  /** a parameter's value on the wire (see asParameter) */
  parameter?: boolean;
  /** error codes were compared on their own (category `error-code`): a `code` field's enum is not compared again */
  codesCompared?: boolean;
}

export class DifferenceCollector {
  readonly found: RecordedDifference[] = [];

  constructor(
    readonly ours: Doc,
    readonly vendor: Doc,
  ) {}

  add(at: string, category: Category, vendor: string, ours: string, scopes: Scope[], aspect?: Aspect): void {
    this.found.push({ at, category, ...(aspect ? { aspect } : {}), vendor, ours, scopes });
  }

  /** A difference inside a schema: its own category, or `error-body` with it as the aspect inside an error body. */
  private addAspect(
    context: SchemaContext,
    at: string,
    aspect: Aspect,
    vendor: string,
    ours: string,
    scopes: Scope[],
  ): void {
    if (context.errorBody) this.add(at, 'error-body', vendor, ours, scopes, aspect);
    else this.add(at, aspect, vendor, ours, scopes);
  }

  compareSchemas(
    oursSchema: Json,
    vendorSchema: Json,
    at: string,
    context: SchemaContext,
    scopes: Scope[],
    stack: string[] = [],
    depth = 0,
  ): void {
    const read = (doc: Doc, schema: Json) =>
      context.parameter ? asParameter(flatten(doc, schema)) : flatten(doc, schema);
    const o = read(this.ours, oursSchema);
    const v = read(this.vendor, vendorSchema);
    const here = [...scopes, ...o.departureHolders.map((holder) => ({ prefix: at, ...holder }))];
    // A cycle: the same pair of (referenced) schemas is already being compared further up.
    const key = `${o.refs.join(',')}|${v.refs.join(',')}`;
    if ((o.refs.length > 0 || v.refs.length > 0) && stack.includes(key)) return;
    if (depth > MAX_DEPTH) return;
    const inner = [...stack, key];
    const add = (aspect: Aspect, vendor: string, ours: string, where = at) =>
      this.addAspect(context, where, aspect, vendor, ours, here);

    // A vendor schema without a type allows anything, so ours may narrow it; ours without a type where the vendor has one
    // is a difference (the generated type would be `unknown`).
    if (v.types.size > 0 && !sameSet(o.types, v.types)) add('type', describeType(v), describeType(o));
    if (o.nullable !== v.nullable) {
      add('nullable', v.nullable ? 'nullable' : 'non-null', o.nullable ? 'nullable' : 'non-null');
    }
    const codeField = context.codesCompared && /(^|\.)code$/.test(at);
    if ((o.enum || v.enum) && !codeField && !(o.enum && v.enum && sameSet(o.enum, v.enum))) {
      add('enum', describeEnum(v.enum), describeEnum(o.enum));
    }
    if (o.format !== v.format) add('format', v.format ?? 'no format', o.format ?? 'no format');
    for (const keyword of [...new Set([...v.constraints.keys(), ...o.constraints.keys()])].sort()) {
      const vendorValue = v.constraints.get(keyword);
      const oursValue = o.constraints.get(keyword);
      if (vendorValue === oursValue) continue;
      const say = (value: string | undefined) => (value === undefined ? `no ${keyword}` : `${keyword} ${value}`);
      add('constraint', say(vendorValue), say(oursValue));
    }
    if (isObject(o) && isObject(v)) {
      const openness = (flat: Flat, doc: Doc) => describeOpenness(flat, doc);
      const vendorOpenness = openness(v, this.vendor);
      const oursOpenness = openness(o, this.ours);
      if (vendorOpenness !== oursOpenness) add('additional-properties', vendorOpenness, oursOpenness);
    }

    // Properties: a vendor object without any (a bare `type: object`) says nothing about its fields; an object of ours
    // without any while the vendor lists fields is missing them all.
    if (v.properties.size > 0 && (o.properties.size > 0 || o.types.has('object'))) {
      const skip = (flat: Flat) => (context.direction === 'request' ? flat.readOnly : flat.writeOnly);
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
          add('field', describeField(vendorFlat, v.required.has(name)), 'absent', field);
          continue;
        }
        if (!vendorHas && oursFlat) {
          add('field', 'absent', describeField(oursFlat, o.required.has(name)), field);
          continue;
        }
        // A vendor schema that states no `required` at all says nothing about presence in a response, nor about
        // which key of a lookup must be given (ours requires the one key of each branch).
        const stated = v.requiredStated || (context.direction === 'request' && !o.lookup);
        if (stated && o.required.has(name) !== v.required.has(name)) {
          const say = (required: boolean) => (required ? 'required' : 'optional');
          add('required', say(v.required.has(name)), say(o.required.has(name)), field);
        }
        this.compareSchemas(oursField, vendorField, field, context, here, inner, depth + 1);
      }
    }
    if (o.items.length > 0 && v.items.length > 0) {
      this.compareSchemas(one(o.items), one(v.items), `${at}[]`, context, here, inner, depth + 1);
    }
    if (o.additional.length > 0 && v.additional.length > 0) {
      this.compareSchemas(one(o.additional), one(v.additional), `${at}.*`, context, here, inner, depth + 1);
    }
  }
}

/** `closed`, `open`, or `a map of <type>` (schema-valued additionalProperties, compared further at `.*`). */
function describeOpenness(flat: Flat, doc: Doc): string {
  if (flat.closed) return 'closed';
  const values = flat.additional.map((schema) => flatten(doc, schema)).filter((value) => !isUnconstrained(value));
  return values.length > 0 ? 'a map' : 'open';
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

export function one(schemas: Json[]): Json {
  return schemas.length === 1 ? schemas[0] : { allOf: schemas };
}

function sameSet<T>(a: Set<T>, b: Set<T>): boolean {
  return a.size === b.size && [...a].every((value) => b.has(value));
}
