/**
 * The response validators of a spec (src/generated/validators.ts, the package's `./validators` entry): for every
 * operation and documented status, a function that checks a JSON body against the response's schema and records
 * findings (scripts generate them; @cloudspecs/runtime/drift turns them into drift reports). Compiled here, ahead of
 * time, from the bundled spec: one function per schema that has structure (objects, arrays, combinations), shared
 * through `$ref`; scalar checks are written inline.
 *
 * Each distinct check is written once. A function's schema nodes (what a report names as `schema`) are numbered from
 * its own first node `n`, so that schemas rendering to the same checks — the many copies of `{ oneOf: [{ $ref },
 * { type: null }] }`, components the vendor's document repeats, an object asked for with and without its own look
 * for undeclared properties — share one shape whatever their place in the spec. A shape used once is written as its
 * function, `n` a default parameter; a shape used more often, once as a factory `s<k>(n)` called per use. Each use
 * keeps its own nodes, so verdicts and reports are those of one function per place.
 *
 * The JSON Schema subset the specs use is supported, and nothing else: a keyword outside it stops generation, naming
 * the schema, so that a spec never gets checks that silently skip part of it. What JSON Schema refuses is a finding
 * marked `violation` (strict mode throws on those); an undeclared property of an open object (no
 * `additionalProperties`) is recorded as new without being one. Where several schemas describe one object (`allOf`,
 * `oneOf`, `anyOf` beside or below `properties`), an undeclared property is looked for once, against every property
 * they declare together, so that one member's properties are never "new" to another.
 */
import { createHash } from 'node:crypto';
import { HTTP_METHODS } from '../../packages/runtime/src/http-methods.ts';

type Schema = boolean | { [key: string]: unknown };
type Obj = { [key: string]: unknown };

/** Keywords that only describe; they are not checked. */
const ANNOTATIONS = new Set([
  'description',
  'title',
  'example',
  'examples',
  'default',
  'deprecated',
  'readOnly',
  'writeOnly',
  'discriminator',
  'externalDocs',
  'xml',
  '$comment',
]);
/** Keywords that are checked. */
const ASSERTIONS = new Set([
  '$ref',
  'type',
  'enum',
  'const',
  'properties',
  'required',
  'additionalProperties',
  'minProperties',
  'maxProperties',
  'items',
  'minItems',
  'maxItems',
  'minLength',
  'maxLength',
  'pattern',
  'format',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'allOf',
  'oneOf',
  'anyOf',
]);
/** Formats checked by @cloudspecs/runtime/drift's `formats`. */
export const CHECKED_FORMATS = [
  'ipv4',
  'ipv6',
  'uuid',
  'uri',
  'uri-reference',
  'date-time',
  'date',
  'email',
  'hostname',
];
/** OpenAPI's numeric formats: how a number is stored, not which values are valid. */
const STORAGE_FORMATS = new Set(['int32', 'int64', 'float', 'double']);
const JSON_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'null', 'array', 'object']);

export interface ValidatorsOptions {
  vendor: string;
  /** Where the generated module imports the checks from. */
  runtimeImport: string;
  /** The spec's file, for error messages. */
  label: string;
}

export interface RenderedValidators {
  contents: string;
  /** Operation × status pairs with a body validator. */
  validatorCount: number;
  /** Shapes emitted: the distinct functions. */
  functionCount: number;
}

const escapePointer = (segment: string) => segment.replaceAll('~', '~0').replaceAll('/', '~1');
const unescapePointer = (segment: string) => segment.replaceAll('~1', '/').replaceAll('~0', '~');
const literal = (value: unknown) => JSON.stringify(value);
const isObj = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);

export function renderValidators(banner: string, document: Obj, options: ValidatorsOptions): RenderedValidators {
  // The templates mark nodes, parts and `o` with private-use characters: a spec that holds one would confuse them.
  if (/[\uE000-\uE002]/.test(JSON.stringify(document))) {
    throw new Error(
      `${options.label}: a string of the spec holds a character of U+E000–U+E002, which the validators' templates use`,
    );
  }
  const generator = new Generator(document, options.label);
  const operations: string[] = [];
  let validatorCount = 0;
  const paths = isObj(document.paths) ? document.paths : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isObj(item)) continue;
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!isObj(operation) || !isObj(operation.responses)) continue;
      const pointer = `/paths/${escapePointer(path)}/${method}`;
      const responses: string[] = [];
      for (const [status, given] of Object.entries(operation.responses)) {
        let responsePointer = `${pointer}/responses/${escapePointer(status)}`;
        let response = given;
        if (isObj(response) && typeof response.$ref === 'string') {
          responsePointer = generator.refTarget(response.$ref, responsePointer);
          response = generator.at(responsePointer);
        }
        const content = isObj(response) && isObj(response.content) ? response.content : {};
        const mediaType = Object.keys(content).find((type) => /^application\/(?:[\w.-]+\+)?json(?:;|$)/i.test(type));
        const media = mediaType === undefined ? undefined : content[mediaType];
        const schemaPointer = `${responsePointer}/content/${escapePointer(mediaType ?? '')}/schema`;
        const validator =
          isObj(media) && media.schema !== undefined ? generator.functionFor(schemaPointer, false) : '0';
        if (validator !== '0') validatorCount++;
        responses.push(`${literal(status)}: ${validator}`);
      }
      const operationId = typeof operation.operationId === 'string' ? operation.operationId : `${method} ${path}`;
      operations.push(
        `    ${literal(`${method.toUpperCase()} ${path}`)}: [${literal(operationId)}, { ${responses.join(', ')} }],`,
      );
    }
  }
  generator.renderPending();
  const { functions, instances } = generator.emit();
  const spec = specId(document);
  const helpers = [...generator.helpersUsed].sort();
  const contents = [
    banner,
    '// The response validators of this spec: for each operation and documented status, a check of the JSON body that',
    "// records where it departs from the response's schema (see scripts/lib/validators.ts). Loaded only by a client",
    "// created with `validate: 'report' | 'strict'`.",
    '',
    `import { ${['type DriftFinding', 'defineValidators', ...helpers].join(', ')} } from ${literal(options.runtimeImport)};`,
    '',
    '// biome-ignore-all lint: generated',
    '/* eslint-disable */',
    '',
    ...generator.constants,
    '',
    ...functions,
    '',
    ...instances,
    '',
    'export const validators = /* @__PURE__ */ defineValidators({',
    `  vendor: ${literal(options.vendor)},`,
    `  spec: ${literal(spec)},`,
    `  nodes: ${literal(generator.nodes)},`,
    '  operations: {',
    ...operations,
    '  },',
    '});',
    '',
  ].join('\n');
  return { contents, validatorCount, functionCount: functions.length };
}

/**
 * What a drift report says it was checked against (`spec`): the bundled spec's `info.version` and the start of a hash
 * of the whole bundle, so `pnpm spec:drift` can tell reports made against another version of the spec.
 */
export function specId(document: Obj): string {
  const info = isObj(document.info) ? document.info : {};
  const hash = createHash('sha256').update(JSON.stringify(document)).digest('hex').slice(0, 12);
  return `${typeof info.version === 'string' ? info.version : '?'}+${hash}`;
}

class Generator {
  /** Flattened [parent, path] pairs: the node table the runtime rebuilds schema pointers from. */
  readonly nodes: (number | string)[] = [];
  readonly constants: string[] = [];
  readonly helpersUsed = new Set<string>();
  /** A node of each pointer that has one: where a new block's root is placed in the node table. */
  private readonly nodeIds = new Map<string, number>();
  private readonly functionNames = new Map<string, string>();
  private readonly constantNames = new Map<string, string>();
  /** Every distinct rendering, by its template, parts and `o`. */
  private readonly shapes = new Map<string, Shape>();
  /** Shared schemas named but not rendered yet. */
  private readonly pending: { pointer: string; noExtra: boolean; name: string }[] = [];
  /** The shared schemas' functions: each a shape at its block, with `o` when the shape takes it. */
  private readonly roots: { name: string; shape: Shape; base: number; open: boolean | undefined }[] = [];
  /** The block of nodes of the function being rendered. */
  private block: Block | undefined;

  constructor(
    private readonly document: Obj,
    private readonly label: string,
  ) {}

  /** The value at a JSON pointer of the bundled document. */
  at(pointer: string): unknown {
    let node: unknown = this.document;
    for (const segment of pointer.split('/').slice(1)) {
      const key = unescapePointer(segment);
      node = Array.isArray(node) ? node[Number(key)] : isObj(node) ? node[key] : undefined;
      if (node === undefined) throw new Error(`${this.label}: nothing at ${pointer}`);
    }
    return node;
  }

  /** A local `$ref`'s pointer; other references cannot be in a bundled document. */
  refTarget(ref: string, from: string): string {
    if (!ref.startsWith('#/')) throw new Error(`${this.label}: ${from}: $ref ${ref} is not local to the bundled spec`);
    return ref.slice(1);
  }

  /**
   * The node at `pointer` in the block being rendered: its parent's id and the path from it (the nearest node above
   * it when no parent is given), or a root with its whole pointer. Written relative to the block (`n + 3`), so that
   * two schemas checked alike share one shape whatever their place in the table.
   */
  private node(pointer: string, parent?: { id: NodeRef; pointer: string }): NodeRef {
    const block = this.block;
    if (block === undefined) throw new Error(`${this.label}: ${pointer}: a node outside a function`);
    const known = block.ids.get(pointer);
    if (known !== undefined) return known;
    const id = this.nodes.length / 2;
    const offset = id - block.base;
    const ref = { id, code: `\uE000${offset}\uE000` };
    block.ids.set(pointer, ref);
    let above: { id: number; pointer: string } | undefined =
      parent && pointer.startsWith(`${parent.pointer}/`) ? { id: parent.id.id, pointer: parent.pointer } : undefined;
    for (let at = pointer.lastIndexOf('/'); above === undefined && at > 0; at = pointer.lastIndexOf('/', at - 1)) {
      const ancestor = this.nodeIds.get(pointer.slice(0, at));
      if (ancestor !== undefined) above = { id: ancestor, pointer: pointer.slice(0, at) };
    }
    if (above) {
      // `properties/<name>` is written `<name>`; any other path keeps its leading slash (`/items`, `/oneOf/0`).
      const path = pointer.slice(above.pointer.length);
      this.nodes.push(above.id, path.startsWith('/properties/') ? path.slice('/properties/'.length) : path);
    } else {
      this.nodes.push(-1, pointer);
    }
    if (!this.nodeIds.has(pointer)) this.nodeIds.set(pointer, id);
    return ref;
  }

  private use(helper: string): string {
    this.helpersUsed.add(helper);
    return helper;
  }

  private constant(prefix: string, code: string): string {
    let name = this.constantNames.get(code);
    if (name === undefined) {
      name = `${prefix}${this.constantNames.size}`;
      this.constantNames.set(code, name);
      this.constants.push(`const ${name} = ${code};`);
    }
    return name;
  }

  /**
   * The function checking the schema at `pointer`. `noExtra`: a schema above looks for undeclared properties of
   * this object (it knows the properties of all the schemas describing it), so this one does not.
   *
   * A schema reached through `$ref` (or a response's own schema) has one function for the whole module, named when
   * first asked for and rendered after; any other schema (a property's, an item's, a branch's) is part of the function
   * being rendered, made inside its shape from a shape of its own.
   */
  functionFor(pointer: string, noExtra: boolean): string {
    const target = this.pureRefTarget(pointer);
    if (target === undefined && this.block !== undefined) {
      const { shape, base } = this.renderShape(pointer, noExtra);
      this.block.parts.push({ shape, offset: base - this.block.base });
      return `\uE001${this.block.parts.length - 1}\uE001`;
    }
    return this.sharedFunction(target ?? pointer, noExtra);
  }

  /**
   * Renders every shared schema asked for (those it refers to included). An object schema asked for both with and
   * without its own look for undeclared properties (`noExtra`) is rendered once: its shape takes that look as `o`.
   */
  renderPending(): void {
    const objects = new Map<string, { shape: Shape; base: number }>();
    for (let next = this.pending.shift(); next !== undefined; next = this.pending.shift()) {
      const { pointer, noExtra, name } = next;
      let rendered = objects.get(pointer);
      if (rendered === undefined) {
        const object = this.describesObject(this.at(pointer) as Schema, pointer);
        rendered = this.renderShape(pointer, object ? 'o' : noExtra);
        if (object) objects.set(pointer, rendered);
      }
      const { shape, base } = rendered;
      this.roots.push({ name, shape, base, open: shape.open ? !noExtra : undefined });
    }
  }

  /**
   * The module's functions. A shape that one function alone uses is written as that function, its first node `n` a
   * default parameter; a shape used more than once is written once as a factory of `n` (and `o`), called per use.
   */
  emit(): { functions: string[]; instances: string[] } {
    const uses = new Map<Shape, number>();
    const count = (shape: Shape) => uses.set(shape, (uses.get(shape) ?? 0) + 1);
    for (const root of this.roots) count(root.shape);
    for (const shape of this.shapes.values()) for (const part of shape.parts) count(part.shape);
    const factories = new Set<Shape>();
    const factory = (shape: Shape): void => {
      if (factories.has(shape)) return;
      factories.add(shape);
      for (const part of shape.parts) factory(part.shape);
    };
    const written: { name: string; shape: Shape; base: number; open: boolean | undefined; parts?: string[] }[] = [];
    /** `name`: the function checking `shape` at `base`, written out when nothing else uses its shape. */
    const place = (name: string, shape: Shape, base: number, open: boolean | undefined): void => {
      if (uses.get(shape) !== 1) {
        factory(shape);
        written.push({ name, shape, base, open });
        return;
      }
      const parts = shape.parts.map((part, index) => {
        place(`${name}_${index}`, part.shape, base + part.offset, undefined);
        return `${name}_${index}`;
      });
      written.push({ name, shape, base, open, parts });
    };
    for (const root of this.roots) place(root.name, root.shape, root.base, root.open);

    // The factories, numbered in the order they were met (parts before the shapes made of them).
    const shared = [...this.shapes.values()].filter((shape) => factories.has(shape));
    const names = new Map(shared.map((shape, index) => [shape, `s${index}`]));
    const functions = shared.map((shape) => {
      const parts = shape.parts.map((part, index) => `a${index} = ${names.get(part.shape)}(${relative(part.offset)})`);
      const body = fill(
        shape,
        shape.parts.map((_, index) => `a${index}`),
        'o',
      );
      return [
        `function ${names.get(shape)}(n: number${shape.open ? ', o: boolean' : ''}) {`,
        ...(parts.length ? [`  const ${parts.join(', ')};`] : []),
        `  return (x: any, p: string, f: DriftFinding[]): void => {${block(body, '    ')}};`,
        '}',
      ].join('\n');
    });
    const instances: string[] = [];
    for (const { name, shape, base, open, parts } of written) {
      if (parts === undefined) {
        instances.push(`const ${name} = ${names.get(shape)}(${base}${open === undefined ? '' : `, ${open}`});`);
      } else {
        // `n`, the function's first node, is a default: the runtime calls a check with (value, pointer, findings).
        const body = fill(shape, parts, open === true);
        functions.push(
          `function ${name}(x: any, p: string, f: DriftFinding[], n = ${base}): void {${block(body, '  ')}}`,
        );
      }
    }
    return { functions, instances };
  }

  /**
   * Whether a schema describes an object's properties: then it looks for undeclared ones itself (unless a schema
   * above does), and the schemas combined into it never do.
   */
  private describesObject(schema: Schema, pointer: string): boolean {
    return (
      isObj(schema) &&
      (schema.properties !== undefined ||
        schema.additionalProperties !== undefined ||
        this.declared(schema, pointer, new Set()).size > 0)
    );
  }

  /** A schema that is only a `$ref` is checked by its target's function: that target, followed to the end. */
  private pureRefTarget(pointer: string): string | undefined {
    const schema = this.at(pointer) as Schema;
    if (
      isObj(schema) &&
      typeof schema.$ref === 'string' &&
      Object.keys(schema).every((k) => k === '$ref' || ANNOTATIONS.has(k))
    ) {
      const target = this.refTarget(schema.$ref, pointer);
      return this.pureRefTarget(target) ?? target;
    }
    return undefined;
  }

  private sharedFunction(pointer: string, noExtra: boolean): string {
    const key = `${pointer}\u0000${noExtra}`;
    let name = this.functionNames.get(key);
    if (name === undefined) {
      name = `v${this.functionNames.size}`;
      this.functionNames.set(key, name);
      this.pending.push({ pointer, noExtra, name });
    }
    return name;
  }

  /**
   * Renders the checks of the schema at `pointer` in a block of nodes of its own, written relative to the block's
   * first node `n`: its shape. Schemas rendered alike (the same checks of the same properties, whatever their place
   * in the spec) share one shape; each keeps its own nodes, so reports still name its own place.
   */
  private renderShape(pointer: string, noExtra: NoExtra): { shape: Shape; base: number } {
    const outer = this.block;
    const block: Block = { base: this.nodes.length / 2, ids: new Map(), parts: [], open: false };
    this.block = block;
    const body = this.checks(this.at(pointer) as Schema, pointer, this.node(pointer), 'x', 'p', noExtra);
    this.block = outer;
    const key = JSON.stringify([body, block.parts.map((part) => [part.shape.name, part.offset]), block.open]);
    let shape = this.shapes.get(key);
    if (shape === undefined) {
      shape = { name: `s${this.shapes.size}`, body, parts: block.parts, open: block.open };
      this.shapes.set(key, shape);
    }
    return { shape, base: block.base };
  }

  /** Statements checking `x` (a variable) against `schema`, reporting at pointer expression `p`. */
  private checks(schema: Schema, pointer: string, id: NodeRef, x: string, p: string, noExtra: NoExtra): string[] {
    if (schema === true) return [];
    if (schema === false) return [`${this.use('typeMismatch')}(f, ${p}, ${id.code}, "nothing", ${x});`];
    if (!isObj(schema)) throw new Error(`${this.label}: ${pointer} is not a schema`);
    for (const keyword of Object.keys(schema)) {
      if (ASSERTIONS.has(keyword) || ANNOTATIONS.has(keyword) || keyword.startsWith('x-')) continue;
      throw new Error(
        `${this.label}: ${pointer} uses "${keyword}", which the response validators do not check (scripts/lib/validators.ts): add it there, or leave it out of response schemas`,
      );
    }
    const out: string[] = [];
    const self = { id, pointer };
    const child = (segment: string): { pointer: string; id: NodeRef } => {
      const childPointer = `${pointer}/${segment}`;
      return { pointer: childPointer, id: this.node(childPointer, self) };
    };

    const types = this.types(schema, pointer);
    const rest: string[] = [];

    // enum and const
    const values = schema.enum !== undefined ? schema.enum : 'const' in schema ? [schema.const] : undefined;
    if (values !== undefined) {
      if (!Array.isArray(values) || values.some((v) => v !== null && typeof v === 'object')) {
        throw new Error(`${this.label}: ${pointer}: only enums of strings, numbers, booleans and null are checked`);
      }
      const list = this.constant('e', literal(values));
      rest.push(`if (!${list}.includes(${x})) ${this.use('notInEnum')}(f, ${p}, ${id.code}, ${list}, ${x});`);
    }

    // strings
    const strings: string[] = [];
    if (schema.minLength !== undefined || schema.maxLength !== undefined) {
      const length = `${this.use('codePoints')}(${x})`;
      if (typeof schema.minLength === 'number' && schema.minLength > 0) {
        strings.push(
          `if (${length} < ${schema.minLength}) ${this.use('outOfBounds')}(f, ${p}, ${id.code}, ${literal(`a string of at least ${plural(schema.minLength, 'character')}`)}, ${x});`,
        );
      }
      if (typeof schema.maxLength === 'number') {
        strings.push(
          `if (${length} > ${schema.maxLength}) ${this.use('outOfBounds')}(f, ${p}, ${id.code}, ${literal(`a string of at most ${plural(schema.maxLength, 'character')}`)}, ${x});`,
        );
      }
    }
    if (typeof schema.pattern === 'string') {
      new RegExp(schema.pattern, 'u'); // a pattern that does not compile stops generation here, not in a client
      const regex = this.constant('r', `new RegExp(${literal(schema.pattern)}, "u")`);
      strings.push(
        `if (!${regex}.test(${x})) ${this.use('outOfBounds')}(f, ${p}, ${id.code}, ${literal(`a string matching ${schema.pattern}`)}, ${x});`,
      );
    }
    if (typeof schema.format === 'string' && !STORAGE_FORMATS.has(schema.format)) {
      if (!CHECKED_FORMATS.includes(schema.format)) {
        throw new Error(
          `${this.label}: ${pointer} has format "${schema.format}", which the response validators do not check (they check ${[...CHECKED_FORMATS, ...STORAGE_FORMATS].join(', ')}): add it to @cloudspecs/runtime/drift's formats and scripts/lib/validators.ts`,
        );
      }
      strings.push(
        `if (!${this.use('formats')}[${literal(schema.format)}]!(${x})) ${this.use('wrongFormat')}(f, ${p}, ${id.code}, ${literal(schema.format)});`,
      );
    }
    if (strings.length) rest.push(...this.guard(types, 'string', x, strings));

    // numbers
    const numbers: string[] = [];
    const bound = (keyword: string, op: string, text: string) => {
      const limit = schema[keyword];
      if (typeof limit !== 'number') return;
      numbers.push(
        `if (${x} ${op} ${limit}) ${this.use('outOfBounds')}(f, ${p}, ${id.code}, ${literal(`a number ${text} ${limit}`)}, ${x});`,
      );
    };
    bound('minimum', '<', '≥');
    bound('maximum', '>', '≤');
    bound('exclusiveMinimum', '<=', '>');
    bound('exclusiveMaximum', '>=', '<');
    if (typeof schema.multipleOf === 'number') {
      numbers.push(
        `if (${x} % ${schema.multipleOf} !== 0) ${this.use('outOfBounds')}(f, ${p}, ${id.code}, ${literal(`a multiple of ${schema.multipleOf}`)}, ${x});`,
      );
    }
    if (numbers.length) rest.push(...this.guard(types, 'number', x, numbers));

    // arrays
    const arrays: string[] = [];
    if (typeof schema.minItems === 'number' && schema.minItems > 0) {
      arrays.push(
        `if (${x}.length < ${schema.minItems}) ${this.use('outOfBounds')}(f, ${p}, ${id.code}, ${literal(`at least ${plural(schema.minItems, 'item')}`)}, ${x});`,
      );
    }
    if (typeof schema.maxItems === 'number') {
      arrays.push(
        `if (${x}.length > ${schema.maxItems}) ${this.use('outOfBounds')}(f, ${p}, ${id.code}, ${literal(`at most ${plural(schema.maxItems, 'item')}`)}, ${x});`,
      );
    }
    if (schema.items !== undefined && schema.items !== true) {
      const items = child('items');
      const compact = this.memberCheck(schema.items as Schema, items.pointer, items.id, 'y', 'q', '""', true);
      const check =
        compact === undefined
          ? this.checks(schema.items as Schema, items.pointer, items.id, 'y', 'q', false)
          : compact
            ? [compact]
            : [];
      if (check.length) {
        arrays.push(`const q = ${p} + "/*";`, `for (const y of ${x}) {`, ...check.map((line) => `  ${line}`), '}');
      }
    }
    if (arrays.length) rest.push(...this.guard(types, 'array', x, arrays));

    // objects
    const objects = this.objectChecks(schema, pointer, id, x, p, noExtra, child);
    if (objects.length) rest.push(...this.guard(types, 'object', x, objects));

    // combinations
    const membersNoExtra = noExtra !== false || this.describesObject(schema, pointer);
    if (Array.isArray(schema.allOf)) {
      schema.allOf.forEach((_, index) => {
        const member = child(`allOf/${index}`);
        rest.push(
          ...this.valueCheck(this.at(member.pointer) as Schema, member.pointer, member.id, x, p, membersNoExtra),
        );
      });
    }
    for (const keyword of ['oneOf', 'anyOf'] as const) {
      const branches = schema[keyword];
      if (!Array.isArray(branches)) continue;
      const names = branches.map((_, index) => this.functionFor(`${pointer}/${keyword}/${index}`, membersNoExtra));
      rest.push(`${this.use('oneOf')}(f, ${p}, ${id.code}, ${x}, [${names.join(', ')}], ${keyword === 'oneOf'});`);
    }
    if (typeof schema.$ref === 'string') {
      // A $ref with other keywords beside it: both apply.
      const target = this.refTarget(schema.$ref, pointer);
      rest.unshift(`${this.sharedFunction(this.pureRefTarget(target) ?? target, membersNoExtra)}(${x}, ${p}, f);`);
    }

    if (types === undefined) return [...out, ...rest];
    const condition = types.map((type) => typeCondition(type, x, (h) => this.use(h))).join(' || ');
    out.push(
      `if (!(${condition})) ${this.use('typeMismatch')}(f, ${p}, ${id.code}, ${literal(types.join(' or '))}, ${x});`,
    );
    if (rest.length) out.push('else {', ...rest.map((line) => `  ${line}`), '}');
    return out;
  }

  /** Required, declared and undeclared properties, and the property count. */
  private objectChecks(
    schema: Obj,
    pointer: string,
    id: NodeRef,
    x: string,
    p: string,
    noExtra: NoExtra,
    child: (segment: string) => { pointer: string; id: NodeRef },
  ): string[] {
    const out: string[] = [];
    const properties = isObj(schema.properties) ? schema.properties : {};
    const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
    const count = `Object.keys(${x}).length`;
    if (typeof schema.minProperties === 'number' && schema.minProperties > 0) {
      out.push(
        `if (${count} < ${schema.minProperties}) ${this.use('outOfBounds')}(f, ${p}, ${id.code}, ${literal(`at least ${plural(schema.minProperties, 'property', 'properties')}`)}, ${x});`,
      );
    }
    if (typeof schema.maxProperties === 'number') {
      out.push(
        `if (${count} > ${schema.maxProperties}) ${this.use('outOfBounds')}(f, ${p}, ${id.code}, ${literal(`at most ${plural(schema.maxProperties, 'property', 'properties')}`)}, ${x});`,
      );
    }
    let declaredVariable = false;
    for (const [name, propertySchema] of Object.entries(properties)) {
      const property = child(`properties/${escapePointer(name)}`);
      const suffix = literal(`/${escapePointer(name)}`);
      const read =
        name in Object.prototype
          ? `(Object.hasOwn(${x}, ${literal(name)}) ? ${x}[${literal(name)}] : undefined)`
          : access(x, name);
      const isRequired = required.has(name);
      const compact = this.memberCheck(
        propertySchema as Schema,
        property.pointer,
        property.id,
        read,
        p,
        suffix,
        isRequired,
      );
      if (compact !== undefined) {
        if (compact) out.push(compact);
        continue;
      }
      const at = `${p} + ${suffix}`;
      const check = this.checks(propertySchema as Schema, property.pointer, property.id, 'y', at, false);
      if (!isRequired && check.length === 0) continue;
      if (!declaredVariable) {
        out.push('let y: any;');
        declaredVariable = true;
      }
      out.push(`y = ${read};`);
      const absent = isRequired
        ? `${this.use('missing')}(f, ${at}, ${property.id.code}, ${literal(this.describe(propertySchema as Schema))});`
        : undefined;
      if (check.length === 0) out.push(`if (y === undefined) ${absent}`);
      else if (absent === undefined) out.push('if (y !== undefined) {', ...check.map((l) => `  ${l}`), '}');
      else out.push(`if (y === undefined) ${absent}`, 'else {', ...check.map((l) => `  ${l}`), '}');
    }
    for (const name of required) {
      if (name in properties) continue;
      const read =
        name in Object.prototype ? `Object.hasOwn(${x}, ${literal(name)})` : `${access(x, name)} !== undefined`;
      out.push(
        `if (!(${read})) ${this.use('missing')}(f, ${p} + ${literal(`/${escapePointer(name)}`)}, ${id.code}, "any value");`,
      );
    }

    // Properties beyond the declared ones.
    const own = Object.keys(properties);
    const additional = schema.additionalProperties;
    if (additional === false) {
      const known = this.constant('k', `new Set<string>(${literal(own)})`);
      out.push(`${this.use('undeclaredProperties')}(f, ${x}, ${p}, ${id.code}, ${known}, true);`);
    } else if (isObj(additional)) {
      const entry = child('additionalProperties');
      const compact = this.memberCheck(additional, entry.pointer, entry.id, 'z', 'q', '""', true);
      const check =
        compact === undefined
          ? this.checks(additional, entry.pointer, entry.id, 'z', 'q', false)
          : compact
            ? [compact]
            : [];
      if (check.length) {
        const known = this.constant('k', `new Set<string>(${literal(own)})`);
        out.push(
          `const q = ${p} + "/*";`,
          `for (const k in ${x}) {`,
          `  if (${known}.has(k)) continue;`,
          `  const z = ${x}[k];`,
          ...check.map((line) => `  ${line}`),
          '}',
        );
      }
    } else if (additional === undefined && noExtra !== true) {
      // An open object: a property no schema of it declares is new (a free-form object, declaring none, is not).
      const declared = this.declared(schema, pointer, new Set());
      if (declared.size > 0) {
        const known = this.constant('k', `new Set<string>(${literal([...declared].sort())})`);
        const check = `${this.use('undeclaredProperties')}(f, ${x}, ${p}, ${id.code}, ${known}, false);`;
        if (noExtra === 'o' && this.block) this.block.open = true;
        out.push(noExtra === 'o' ? `\uE002${check}` : check);
      }
    }
    return out;
  }

  /**
   * One statement checking a property, an item or a map entry (`value`, at `p` + `suffix`) with one of the runtime's
   * compact checks, when its schema is one of the common shapes: typed only, an enum, or a schema with a function of
   * its own; `''` when there is nothing to check; `undefined` when the schema needs checks written out.
   */
  private memberCheck(
    schema: Schema,
    pointer: string,
    id: NodeRef,
    value: string,
    p: string,
    suffix: string,
    required: boolean,
  ): string | undefined {
    if (schema === true)
      return required ? `${this.use('typed')}(f, ${value}, ${p}, ${suffix}, ${id.code}, 0, true);` : '';
    if (!isObj(schema)) return undefined;
    const keywords = Object.keys(schema).filter((k) => !ANNOTATIONS.has(k) && !k.startsWith('x-'));
    const numericFormat = typeof schema.format === 'string' && STORAGE_FORMATS.has(schema.format);
    const plain = keywords.every((k) => k === 'type' || (k === 'format' && numericFormat));
    if (plain) {
      const bits = typeBits(this.types(schema, pointer));
      return `${this.use('typed')}(f, ${value}, ${p}, ${suffix}, ${id.code}, ${bits}, ${required});`;
    }
    if (
      keywords.every((k) => k === 'type' || k === 'enum' || (k === 'format' && numericFormat)) &&
      Array.isArray(schema.enum)
    ) {
      if (schema.enum.some((v) => v !== null && typeof v === 'object')) return undefined;
      const bits = typeBits(this.types(schema, pointer));
      const list = this.constant('e', literal(schema.enum));
      return `${this.use('enumerated')}(f, ${value}, ${p}, ${suffix}, ${id.code}, ${bits}, ${list}, ${required});`;
    }
    if (hasStructure(schema)) {
      const check = this.functionFor(pointer, false);
      return `${this.use('nested')}(f, ${value}, ${p}, ${suffix}, ${id.code}, ${literal(this.describe(schema))}, ${check}, ${required});`;
    }
    return undefined;
  }

  /** Every property the schema and the schemas combined into it (`allOf`, `oneOf`, `anyOf`, `$ref`) declare. */
  private declared(schema: Schema, pointer: string, visiting: Set<string>): Set<string> {
    const names = new Set<string>();
    if (!isObj(schema) || visiting.has(pointer)) return names;
    visiting.add(pointer);
    if (isObj(schema.properties)) for (const name of Object.keys(schema.properties)) names.add(name);
    if (typeof schema.$ref === 'string') {
      const target = this.refTarget(schema.$ref, pointer);
      for (const name of this.declared(this.at(target) as Schema, target, visiting)) names.add(name);
    }
    for (const keyword of ['allOf', 'oneOf', 'anyOf']) {
      const members = schema[keyword];
      if (!Array.isArray(members)) continue;
      members.forEach((member, index) => {
        for (const name of this.declared(member as Schema, `${pointer}/${keyword}/${index}`, visiting)) names.add(name);
      });
    }
    return names;
  }

  /**
   * Statements checking the value in variable `x` against a subschema: a call of its function when it has
   * structure or is a `$ref`, the checks themselves when it is a scalar.
   */
  private valueCheck(schema: Schema, pointer: string, id: NodeRef, x: string, p: string, noExtra: boolean): string[] {
    if (schema === true) return [];
    if (isObj(schema) && hasStructure(schema)) return [`${this.functionFor(pointer, noExtra)}(${x}, ${p}, f);`];
    return this.checks(schema, pointer, id, x, p, noExtra);
  }

  private types(schema: Obj, pointer: string): string[] | undefined {
    if (schema.type === undefined) return undefined;
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    for (const type of types) {
      if (typeof type !== 'string' || !JSON_TYPES.has(type))
        throw new Error(`${this.label}: ${pointer}: unknown type ${literal(type)}`);
    }
    return types as string[];
  }

  /** Statements that apply only to values of one type: guarded unless the schema's type already says so. */
  private guard(
    types: string[] | undefined,
    kind: 'string' | 'number' | 'array' | 'object',
    x: string,
    lines: string[],
  ): string[] {
    const matching = types?.filter((type) => type === kind || (kind === 'number' && type === 'integer'));
    if (types !== undefined && matching !== undefined && matching.length === types.length) return lines;
    if (matching !== undefined && matching.length === 0) return [];
    const condition = kind === 'number' ? `typeof ${x} === "number"` : typeCondition(kind, x, (h) => this.use(h));
    return [`if (${condition}) {`, ...lines.map((line) => `  ${line}`), '}'];
  }

  /** What a schema expects, in a few words: `string or null`, `Network`, `one of "a", "b"`, `array of Network`. */
  describe(schema: Schema): string {
    if (schema === true) return 'any value';
    if (schema === false) return 'nothing';
    if (typeof schema.$ref === 'string') return schema.$ref.split('/').at(-1) ?? 'a value';
    if (Array.isArray(schema.enum)) return `one of ${schema.enum.map((v) => literal(v)).join(', ')}`;
    const types = Array.isArray(schema.type)
      ? (schema.type as string[])
      : typeof schema.type === 'string'
        ? [schema.type]
        : [];
    const described = types.map((type) => {
      if (type === 'string' && typeof schema.format === 'string') return `string (${schema.format})`;
      if (type === 'array' && schema.items !== undefined) return `array of ${this.describe(schema.items as Schema)}`;
      return type;
    });
    if (described.length) return described.join(' or ');
    for (const keyword of ['oneOf', 'anyOf', 'allOf']) {
      const members = schema[keyword];
      if (Array.isArray(members)) {
        return `${keyword === 'allOf' ? 'all' : 'one'} of ${members.map((m) => this.describe(m as Schema)).join(', ')}`;
      }
    }
    return 'any value';
  }
}

/** A node of the schema table as the generated code names it: `n + <offset>` in the block of the function. */
interface NodeRef {
  id: number;
  code: string;
}

/** The nodes of one function being rendered, from `base` on, and the functions of its parts made inside it. */
interface Block {
  base: number;
  ids: Map<string, NodeRef>;
  parts: Shape['parts'];
  /** Whether the shape takes `o`: see `NoExtra`. */
  open: boolean;
}

/**
 * Whether a schema above looks for this object's undeclared properties (`true`), this one does (`false`), or the
 * shape's parameter `o` says (`'o'`, for a shared schema that is asked for both ways).
 */
type NoExtra = boolean | 'o';

/**
 * The checks of a schema, as a template: its nodes are written `\uE000<offset>\uE000` (from the block's first node), its
 * parts' functions `\uE001<index>\uE001`, and a look for undeclared properties that `o` decides starts with `\uE002`.
 */
interface Shape {
  name: string;
  body: string[];
  /** The functions of its property, item and branch schemas: their shapes, at an offset in its block. */
  parts: { shape: Shape; offset: number }[];
  open: boolean;
}

const relative = (offset: number) => (offset === 0 ? 'n' : `n + ${offset}`);

/** A shape's statements with its nodes, parts and `o` filled in (`o`: the parameter's name, or what it is). */
function fill(shape: Shape, parts: string[], o: 'o' | boolean): string[] {
  return shape.body.flatMap((line) => {
    const filled = line
      .replace(/\uE000(\d+)\uE000/g, (_, offset: string) => relative(Number(offset)))
      .replace(/\uE001(\d+)\uE001/g, (_, index: string) => parts[Number(index)] as string);
    if (!filled.includes('\uE002')) return [filled];
    if (o === false) return [];
    return [filled.replace('\uE002', o === 'o' ? 'if (o) ' : '')];
  });
}

const block = (lines: string[], indent: string) =>
  lines.length ? `\n${indent}${lines.join(`\n${indent}`)}\n${indent.slice(2)}` : '';

/** A schema checked by a function of its own rather than inline. */
function hasStructure(schema: Obj): boolean {
  return [
    '$ref',
    'properties',
    'required',
    'additionalProperties',
    'items',
    'allOf',
    'oneOf',
    'anyOf',
    'minProperties',
    'maxProperties',
  ].some((keyword) => schema[keyword] !== undefined);
}

/** A schema's types as the runtime's bit set (see `typed` in @cloudspecs/runtime/drift); 0 for any type. */
function typeBits(types: string[] | undefined): number {
  const bit: Record<string, number> = { string: 1, number: 2, integer: 4, boolean: 8, null: 16, array: 32, object: 64 };
  return (types ?? []).reduce((bits, type) => bits | (bit[type] ?? 0), 0);
}

function typeCondition(type: string, x: string, use: (helper: string) => string): string {
  switch (type) {
    case 'string':
    case 'boolean':
    case 'number':
      return `typeof ${x} === "${type}"`;
    case 'integer':
      return `Number.isInteger(${x})`;
    case 'null':
      return `${x} === null`;
    case 'array':
      return `Array.isArray(${x})`;
    default:
      return `${use('isObject')}(${x})`;
  }
}

function access(x: string, name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? `${x}.${name}` : `${x}[${literal(name)}]`;
}

function plural(count: number, word: string, words = `${word}s`): string {
  return `${count} ${count === 1 ? word : words}`;
}
