/**
 * `x-codeSamples` for the reference pages, made from the spec itself so that they cannot drift from it: for every
 * operation, the call through the cloudspecs client with the operation's path, its required parameters and its
 * request body, all taken from the spec's examples.
 */
import { HTTP_METHODS, type HttpMethod } from '@cloudspecs/runtime/vendor-kit';
import { stringLiteral, tsLiteral } from './ts-literal.js';

/** An OpenAPI document as parsed JSON; only the parts read here are typed. */
export type OpenApiDocument = Record<string, unknown> & { paths?: Record<string, Record<string, unknown>> };

/** The client a sample calls through. */
export interface ClientTarget {
  /** `@cloudspecs/katapult-client` */
  packageName: string;
  /** `createKatapultClient` */
  factory: string;
  /** the variable the client is held in, `katapult` */
  variable: string;
  /** environment variables the factory reads credentials from when no option is given */
  credentialEnv: readonly string[];
}

export interface CodeSample {
  lang: 'TypeScript';
  label: 'cloudspecs';
  source: string;
}

export const CODE_SAMPLE_LABEL = 'cloudspecs';

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
    // In the order the spec lists them: the first operation is the one the landing page shows as the first call.
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

/** The whole sample: import, client creation and the call. */
export function codeSample(document: OpenApiDocument, ref: OperationRef, client: ClientTarget): CodeSample {
  const credentials =
    client.credentialEnv.length > 0 ? [`// credentials from ${client.credentialEnv.join(' and ')}`] : [];
  const source = [
    `import { ${client.factory} } from ${stringLiteral(client.packageName)};`,
    '',
    ...credentials,
    `const ${client.variable} = ${client.factory}();`,
    clientCall(document, ref, client.variable),
    '',
  ].join('\n');
  return { lang: 'TypeScript', label: CODE_SAMPLE_LABEL, source };
}

/**
 * A copy of the document in which every operation carries the cloudspecs sample in `x-codeSamples` (replacing an
 * earlier cloudspecs sample, keeping any other). The document passed in is not changed.
 */
export function withCodeSamples(document: OpenApiDocument, client: ClientTarget): OpenApiDocument {
  const samples = listOperations(document).map((ref) => codeSample(document, ref, client));
  const copy = structuredClone(document);
  listOperations(copy).forEach((ref, index) => {
    const existing = Array.isArray(ref.operation['x-codeSamples'])
      ? (ref.operation['x-codeSamples'] as { label?: unknown }[])
      : [];
    const others = existing.filter((sample) => sample.label !== CODE_SAMPLE_LABEL);
    ref.operation['x-codeSamples'] = [samples[index], ...others];
  });
  return copy;
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
