/**
 * `x-codeSamples` for the reference pages, made from the spec itself so that they cannot drift from it. Every operation
 * gets two samples, both with its required parameters and its request body taken from the spec's examples:
 *   cloudspecs          the resource layer: `await katapult.ipAddresses.create({ organization, network })`, one
 *                       argument object holding the path, query and body fields (a paginated list is walked with
 *                       `for await`)
 *   cloudspecs (paths)  the path layer underneath: `await katapult.POST('/organizations/…', { body })`
 */
import { HTTP_METHODS, type HttpMethod } from '@cloudspecs/runtime/vendor-kit';
import { stringLiteral, tsLiteral } from './ts-literal.js';

/** An OpenAPI document as parsed JSON; only the parts read here are typed. */
export type OpenApiDocument = Record<string, unknown> & { paths?: Record<string, Record<string, unknown>> };

/** The client a sample calls through. */
export interface ClientTarget {
  /** `@cloudspecs/katapult-client` */
  packageName: string;
  /** `createKatapultClient`: the path layer's factory */
  factory: string;
  /** `Katapult`: the resource layer's class */
  className: string;
  /** the variable the client is held in, `katapult` */
  variable: string;
  /** environment variables the factory reads credentials from when no option is given */
  credentialEnv: readonly string[];
}

/** The resource-layer sample's label: the first tab of every operation. */
export const CODE_SAMPLE_LABEL = 'cloudspecs';
/** The path-layer sample's label: the second tab. */
export const PATH_SAMPLE_LABEL = 'cloudspecs (paths)';
export const CODE_SAMPLE_LABELS = [CODE_SAMPLE_LABEL, PATH_SAMPLE_LABEL] as const;

export interface CodeSample {
  lang: 'TypeScript';
  label: (typeof CODE_SAMPLE_LABELS)[number];
  source: string;
}

/** Where an operation lives in the resource layer: `katapult.<namespace>.<method>(…)`. */
export interface ResourceMethod {
  namespace: string;
  method: string;
  /** A paginated list (its method is async-iterable over every item): the sample walks it with `for await`. */
  paginated: boolean;
}

/** The resource method of each operation, as the generator names it (scripts/lib/resources.ts). */
export type ResourceNaming = (ref: OperationRef) => ResourceMethod;

/** Redoc's sample panel is narrow: objects longer than this are broken over several lines. */
const SAMPLE_WIDTH = 80;

export interface OperationRef {
  path: string;
  method: HttpMethod;
  operation: Record<string, unknown>;
  pathItem: Record<string, unknown>;
}

/** Every operation of the document, in document order. */
export function listOperations(document: OpenApiDocument): OperationRef[] {
  const operations: OperationRef[] = [];
  for (const [path, rawItem] of Object.entries(document.paths ?? {})) {
    const pathItem = resolve<Record<string, unknown>>(document, rawItem);
    // In the order the spec lists them.
    for (const [key, operation] of Object.entries(pathItem)) {
      const method = key.toLowerCase() as HttpMethod;
      if (HTTP_METHODS.includes(method) && isObject(operation)) operations.push({ path, method, operation, pathItem });
    }
  }
  return operations;
}

/** The client call for one operation, e.g. `const { data, error } = await katapult.POST('/…', { body: {…} });`. */
export function clientCall(document: OpenApiDocument, ref: OperationRef, variable: string): string {
  const head = `const { data, error } = await ${variable}.${ref.method.toUpperCase()}(${stringLiteral(ref.path)}`;
  const options: string[] = [];

  const params = requiredParameterExamples(document, ref);
  if (Object.keys(params).length > 0) {
    options.push(`  params: ${tsLiteral(params, { indent: 2, column: '  params: '.length, width: SAMPLE_WIDTH })},`);
  }

  const body = requestBodyExample(document, ref);
  if (body.kind === 'json')
    options.push(`  body: ${tsLiteral(body.value, { indent: 2, column: '  body: '.length, width: SAMPLE_WIDTH })},`);
  if (body.kind === 'not-json') {
    options.push(`  // body: ${body.mediaType}; pass it with a bodySerializer (see openapi-fetch)`);
  }

  if (options.length === 0) return `${head});`;
  return `${head}, {\n${options.join('\n')}\n});`;
}

/**
 * The resource-layer call for one operation, e.g. `const { ip_address } = await katapult.ipAddresses.create({…});`.
 * The argument object holds the required path and query parameters, then the body's fields (a name that is both
 * keeps the parameter's value: the resource layer sends it in both places); required header parameters go in the
 * per-call options.
 */
export function resourceCall(
  document: OpenApiDocument,
  ref: OperationRef,
  variable: string,
  resource: ResourceMethod,
): string {
  const params = requiredParameterExamples(document, ref);
  if (params.cookie) {
    throw new Error(`${operationLabel(ref)}: a required cookie parameter cannot be passed through the resource layer`);
  }
  const argument: Record<string, unknown> = { ...params.path, ...params.query };
  const body = requestBodyExample(document, ref);
  if (body.kind === 'json') {
    if (!isObject(body.value)) {
      throw new Error(`${operationLabel(ref)}: the request body example is not an object, so it has no fields to pass`);
    }
    for (const [key, value] of Object.entries(body.value)) if (!Object.hasOwn(argument, key)) argument[key] = value;
  }
  const callee = `${variable}${member(resource.namespace)}${member(resource.method)}`;
  const notes =
    body.kind === 'not-json'
      ? [`// body: ${body.mediaType}; send it through ${variable}.client (the path layer) with a bodySerializer`]
      : [];
  const call = (prefix: string, suffix: string): string => {
    let line = `${prefix}${callee}(`;
    if (Object.keys(argument).length > 0 || params.header) {
      line += tsLiteral(argument, { indent: 0, column: line.length, width: SAMPLE_WIDTH });
    }
    if (params.header) {
      const column = line.length - line.lastIndexOf('\n') + 1;
      line += `, ${tsLiteral({ headers: params.header }, { indent: 0, column, width: SAMPLE_WIDTH })}`;
    }
    return `${line})${suffix}`;
  };

  if (resource.paginated) {
    const item = sampleVariable(singular(resource.namespace), 'item', variable);
    return [...notes, call(`for await (const ${item} of `, ') {'), `  console.log(${item});`, '}'].join('\n');
  }
  const answer = successBody(document, ref);
  if (answer.kind === 'none') return [...notes, call('await ', ';')].join('\n');
  const only = answer.kind === 'json' ? answer.onlyProperty : undefined;
  if (only !== undefined && sampleVariable(only, '', variable) === only) {
    return [...notes, call(`const { ${only} } = await `, ';')].join('\n');
  }
  const verb = /^[a-z]+/.exec(resource.method)?.[0] ?? '';
  const named =
    verb === 'list'
      ? resource.namespace
      : ['get', 'create', 'update'].includes(verb)
        ? singular(resource.namespace)
        : 'result';
  return [...notes, call(`const ${sampleVariable(named, 'result', variable)} = await `, ';')].join('\n');
}

/** The resource-layer sample: import, client from the environment and the call. */
export function resourceSample(
  document: OpenApiDocument,
  ref: OperationRef,
  client: ClientTarget,
  resource: ResourceMethod,
): CodeSample {
  const source = [
    `import { ${client.className} } from ${stringLiteral(client.packageName)};`,
    '',
    ...credentialsComment(client),
    `const ${client.variable} = new ${client.className}();`,
    resourceCall(document, ref, client.variable, resource),
    '',
  ].join('\n');
  return { lang: 'TypeScript', label: CODE_SAMPLE_LABEL, source };
}

/** The path-layer sample: import, client from the environment and the call. */
export function pathSample(document: OpenApiDocument, ref: OperationRef, client: ClientTarget): CodeSample {
  const source = [
    `import { ${client.factory} } from ${stringLiteral(client.packageName)};`,
    '',
    ...credentialsComment(client),
    `const ${client.variable} = ${client.factory}();`,
    clientCall(document, ref, client.variable),
    '',
  ].join('\n');
  return { lang: 'TypeScript', label: PATH_SAMPLE_LABEL, source };
}

/** Both samples of one operation, the resource layer's first. */
export function codeSamples(
  document: OpenApiDocument,
  ref: OperationRef,
  client: ClientTarget,
  naming: ResourceNaming,
): [CodeSample, CodeSample] {
  return [resourceSample(document, ref, client, naming(ref)), pathSample(document, ref, client)];
}

/**
 * A copy of the document in which every operation carries the two cloudspecs samples first in `x-codeSamples`
 * (replacing earlier cloudspecs samples, keeping any other). The document passed in is not changed.
 */
export function withCodeSamples(
  document: OpenApiDocument,
  client: ClientTarget,
  naming: ResourceNaming,
): OpenApiDocument {
  const samples = listOperations(document).map((ref) => codeSamples(document, ref, client, naming));
  const copy = structuredClone(document);
  const ours = new Set<unknown>(CODE_SAMPLE_LABELS);
  listOperations(copy).forEach((ref, index) => {
    const existing = Array.isArray(ref.operation['x-codeSamples'])
      ? (ref.operation['x-codeSamples'] as { label?: unknown }[])
      : [];
    const others = existing.filter((sample) => !ours.has(sample.label));
    ref.operation['x-codeSamples'] = [...(samples[index] ?? []), ...others];
  });
  return copy;
}

function credentialsComment(client: ClientTarget): string[] {
  return client.credentialEnv.length > 0 ? [`// credentials from ${client.credentialEnv.join(' and ')}`] : [];
}

export type SuccessBody = { kind: 'none' } | { kind: 'json'; onlyProperty?: string } | { kind: 'other' };

/**
 * What the operation answers on success (its first 2xx response with content): nothing, JSON (with the name of its
 * one property when the schema is an object with exactly one, e.g. `{ ip_address }`), or another media type.
 */
export function successBody(document: OpenApiDocument, ref: OperationRef): SuccessBody {
  const responses = isObject(ref.operation.responses) ? ref.operation.responses : {};
  for (const [status, raw] of Object.entries(responses)) {
    if (!/^2/.test(status)) continue;
    const response = resolve<Record<string, unknown>>(document, raw);
    const content = isObject(response.content) ? response.content : {};
    const types = Object.keys(content);
    if (types.length === 0) continue;
    const json = types.find(isJsonMediaType);
    if (json === undefined) return { kind: 'other' };
    const media = resolve<Record<string, unknown>>(document, content[json]);
    const schema = resolve<Record<string, unknown>>(document, media.schema);
    const properties = isObject(schema) && isObject(schema.properties) ? Object.keys(schema.properties) : [];
    const composed = isObject(schema) && ['allOf', 'oneOf', 'anyOf'].some((key) => key in schema);
    const only = properties.length === 1 && !composed ? properties[0] : undefined;
    return only === undefined ? { kind: 'json' } : { kind: 'json', onlyProperty: only };
  }
  return { kind: 'none' };
}

/** `ipAddresses` → `ipAddress`, `policies` → `policy`, `addresses` → `address`: the name of one item in a sample. */
export function singular(name: string): string {
  if (/ies$/.test(name)) return name.replace(/ies$/, 'y');
  if (/(ss|x|ch|sh|us)es$/.test(name)) return name.replace(/es$/, '');
  if (/[^su]s$/.test(name)) return name.slice(0, -1);
  return name;
}

/** JavaScript's reserved words and the globals a sample must not shadow. */
const NOT_A_VARIABLE = new Set(
  (
    'await break case catch class const continue debugger default delete do else enum export extends false finally ' +
    'for function if implements import in instanceof interface let new null package private protected public return ' +
    'static super switch this throw true try typeof var void while with yield arguments eval undefined console'
  ).split(' '),
);

/** `.name`, or `['name']` where the name is not an identifier. */
function member(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? `.${name}` : `[${stringLiteral(name)}]`;
}

/** `name` when a sample can declare a variable of that name, else `fallback`. */
function sampleVariable(name: string, fallback: string, clientVariable: string): string {
  const usable = /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) && !NOT_A_VARIABLE.has(name) && name !== clientVariable;
  return usable ? name : fallback;
}

type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';
const PARAMETER_LOCATIONS: readonly ParameterLocation[] = ['path', 'query', 'header', 'cookie'];

/** The required parameters of the operation (path-level ones included) with their example values, by location. */
export function requiredParameterExamples(
  document: OpenApiDocument,
  ref: OperationRef,
): Partial<Record<ParameterLocation, Record<string, unknown>>> {
  const byKey = new Map<string, Record<string, unknown>>();
  // Operation-level parameters override path-level ones with the same name and location.
  for (const raw of [...asArray(ref.pathItem.parameters), ...asArray(ref.operation.parameters)]) {
    const parameter = resolve<Record<string, unknown>>(document, raw);
    byKey.set(`${String(parameter.in)}:${String(parameter.name)}`, parameter);
  }
  const params: Partial<Record<ParameterLocation, Record<string, unknown>>> = {};
  for (const location of PARAMETER_LOCATIONS) {
    for (const parameter of byKey.values()) {
      if (parameter.in !== location || (parameter.required !== true && location !== 'path')) continue;
      const name = String(parameter.name);
      const example = exampleOf(document, parameter);
      if (!example.found) {
        throw new Error(
          `${operationLabel(ref)}: the required ${location} parameter \`${name}\` has no example to build the code sample from`,
        );
      }
      params[location] ??= {};
      (params[location] as Record<string, unknown>)[name] = example.value;
    }
  }
  return params;
}

export type BodyExample = { kind: 'none' } | { kind: 'json'; value: unknown } | { kind: 'not-json'; mediaType: string };

/** The request body example of the operation's JSON media type. */
export function requestBodyExample(document: OpenApiDocument, ref: OperationRef): BodyExample {
  if (ref.operation.requestBody === undefined) return { kind: 'none' };
  const requestBody = resolve<Record<string, unknown>>(document, ref.operation.requestBody);
  const content = isObject(requestBody.content) ? requestBody.content : {};
  const mediaType = Object.keys(content).find(isJsonMediaType);
  if (mediaType === undefined) {
    const first = Object.keys(content)[0];
    return first === undefined ? { kind: 'none' } : { kind: 'not-json', mediaType: first };
  }
  const example = exampleOf(document, resolve<Record<string, unknown>>(document, content[mediaType]));
  if (!example.found) {
    if (requestBody.required !== true) return { kind: 'none' };
    throw new Error(`${operationLabel(ref)}: the request body has no example to build the code sample from`);
  }
  return { kind: 'json', value: example.value };
}

export function isJsonMediaType(mediaType: string): boolean {
  return /^application\/([\w.-]+\+)?json(;.*)?$/i.test(mediaType);
}

/** `example`, else the first of `examples` (a Parameter or a Media Type object). */
function exampleOf(document: OpenApiDocument, holder: Record<string, unknown>): { found: boolean; value?: unknown } {
  if (holder.example !== undefined) return { found: true, value: holder.example };
  if (isObject(holder.examples)) {
    const first = Object.values(holder.examples)[0];
    if (first !== undefined) {
      const example = resolve<Record<string, unknown>>(document, first);
      if (example.value !== undefined) return { found: true, value: example.value };
    }
  }
  return { found: false };
}

/** Follows local `$ref`s (`#/components/…`); a bundled document has no other kind. */
export function resolve<T>(document: OpenApiDocument, value: unknown): T {
  let current = value;
  for (let hops = 0; isObject(current) && typeof current.$ref === 'string'; hops++) {
    if (hops > 32) throw new Error(`$ref cycle at ${current.$ref}`);
    current = pointer(document, current.$ref);
  }
  return current as T;
}

function pointer(document: OpenApiDocument, ref: string): unknown {
  if (!ref.startsWith('#/')) throw new Error(`$ref ${ref} is not local: bundle the document first`);
  let node: unknown = document;
  for (const raw of ref.slice(2).split('/')) {
    const key = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    if (!isObject(node) || !(key in node)) throw new Error(`$ref ${ref} does not resolve`);
    node = node[key];
  }
  return node;
}

function operationLabel(ref: OperationRef): string {
  const id = typeof ref.operation.operationId === 'string' ? `${ref.operation.operationId} ` : '';
  return `${id}(${ref.method.toUpperCase()} ${ref.path})`;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
