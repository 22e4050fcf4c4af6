/**
 * The bundled spec as the twin reads it: operations by id and by method and path (a literal path before a template,
 * as Prism's router does, and a more specific template before a less specific one), their parameters and answers,
 * and a `$ref` resolver. Built once per twin; every lookup a request needs is a Map get or a short list of path
 * templates.
 */
import type { OperationRow } from './types.js';

export type Json = Record<string, unknown>;

/** A JSON object: not null, not an array. */
export const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

export interface ParameterSpec {
  name: string;
  in: 'query' | 'path' | 'header' | 'cookie';
  required: boolean;
  style: string | undefined;
  explode: boolean | undefined;
  /** the resolved schema (for the deserialisers, which read `type` and `properties`) */
  schema: Json;
  /** JSON pointer of the schema in the document, for the validator */
  pointer: string;
  /** the parameter's example, when it has one */
  example: unknown;
}

export interface ResponseSpec {
  status: string;
  /** media type → JSON pointer of its schema (undefined: no schema) and its examples in the spec's order */
  contents: Map<string, { pointer: string | undefined; examples: unknown[] }>;
  /** header name (lower case) → its example value, and whether it is required */
  headers: Map<string, { example: string | undefined; required: boolean }>;
}

export interface OperationSpec {
  row: OperationRow;
  parameters: ParameterSpec[];
  /** JSON pointer of the JSON request body's schema; undefined when the operation takes no JSON body */
  bodyPointer: string | undefined;
  bodyRequired: boolean;
  bodyMediaTypes: string[];
  responses: Map<string, ResponseSpec>;
  /** alternatives of security requirements (any one suffices); empty: none needed */
  security: Json[];
  /** the operation's vendor extensions (`x-scp-api-versions`), as the spec has them */
  extensions: Json;
}

export interface SpecIndex {
  document: Json;
  resolve(value: unknown): Json | undefined;
  operations: Map<string, OperationSpec>;
  /** The operation of `method path`, or the methods the path has (for a 405), or nothing. */
  route(
    method: string,
    pathname: string,
  ): { operation: OperationSpec; path: Record<string, string> } | { allowed: string[] } | undefined;
  securitySchemes: Json;
}

/** `/paths/~1organizations/get` from path segments. */
export function pointer(...segments: (string | number)[]): string {
  return `/${segments.map((segment) => String(segment).replaceAll('~', '~0').replaceAll('/', '~1')).join('/')}`;
}

export function createResolver(document: Json): (value: unknown) => Json | undefined {
  // every answer is projected through its schema's `$ref`s: each is looked up once
  const targets = new Map<string, Json | undefined>();
  const target = (ref: string) => {
    if (!targets.has(ref)) targets.set(ref, refTarget(document, ref));
    return targets.get(ref);
  };
  return (value) => {
    let current = value as Json | undefined;
    for (let hops = 0; current && typeof current.$ref === 'string' && hops < 20; hops++) {
      current = target(current.$ref as string);
    }
    return current;
  };
}

function refTarget(document: Json, ref: string): Json | undefined {
  if (!ref.startsWith('#/')) throw new Error(`twin: cannot follow the external $ref ${ref}`);
  return ref
    .slice(2)
    .split('/')
    .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<unknown>((node, key) => (node as Json | undefined)?.[key], document) as Json | undefined;
}

/** Follows `$ref`s from a pointer, returning the pointer of the object finally reached. */
function resolvePointer(document: Json, at: string, value: unknown): string {
  let current = value as Json | undefined;
  let where = at;
  for (let hops = 0; current && typeof current.$ref === 'string' && hops < 20; hops++) {
    where = (current.$ref as string).slice(1);
    current = refTarget(document, current.$ref as string);
  }
  return where;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

export function indexSpec(document: Json, rows: readonly OperationRow[]): SpecIndex {
  const resolve = createResolver(document);
  const byId = new Map(rows.map((row) => [row.operationId, row]));
  const operations = new Map<string, OperationSpec>();
  const literal = new Map<string, OperationSpec>();
  const literalPaths = new Map<string, string[]>();
  const templates: { method: string; pattern: RegExp; names: string[]; literal: number; operation: OperationSpec }[] =
    [];
  const rootSecurity = (document.security as Json[] | undefined) ?? [];
  const paths = (document.paths ?? {}) as Json;

  for (const [path, rawItem] of Object.entries(paths)) {
    const item = resolve(rawItem) ?? {};
    const itemPointer = resolvePointer(document, pointer('paths', path), rawItem);
    for (const method of METHODS) {
      const operation = resolve(item[method]);
      if (!operation) continue;
      const id = operation.operationId as string;
      const row = byId.get(id);
      if (!row) {
        throw new Error(
          `twin: ${method.toUpperCase()} ${path} (${id}) is not in the generated table; run \`pnpm generate\``,
        );
      }
      const operationPointer = resolvePointer(document, `${itemPointer}/${method}`, item[method]);
      const spec = describeOperation(document, resolve, row, operation, operationPointer, item, itemPointer);
      spec.security = ((operation.security as Json[] | undefined) ?? rootSecurity).map((s) => s ?? {});
      operations.set(id, spec);
      if (path.includes('{')) {
        const names: string[] = [];
        const source = path
          .split(/(\{[^}]+\})/)
          .map((part) => {
            if (!part.startsWith('{')) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
            names.push(part.slice(1, -1));
            return '([^/]+)';
          })
          .join('');
        const literal = path.replace(/\{[^}]+\}/g, '').length;
        templates.push({ method, pattern: new RegExp(`^${source}$`), names, literal, operation: spec });
      } else {
        literal.set(`${method} ${path}`, spec);
        literalPaths.set(path, [...(literalPaths.get(path) ?? []), method]);
      }
    }
  }
  // the most specific template first, whatever the spec's order: `/accounts/{id}/flavors/detail` is the detail list,
  // not the flavor named `detail` of `/accounts/{id}/flavors/{flavorId}` (fewer parameters, then more literal text)
  templates.sort((a, b) => a.names.length - b.names.length || b.literal - a.literal);
  for (const row of rows) {
    if (!operations.has(row.operationId)) {
      throw new Error(
        `twin: the generated table names ${row.operationId}, which the spec lacks; run \`pnpm generate\``,
      );
    }
  }

  return {
    document,
    resolve,
    operations,
    securitySchemes: ((document.components as Json | undefined)?.securitySchemes ?? {}) as Json,
    route(method, pathname) {
      const lower = method.toLowerCase();
      const exact = literal.get(`${lower} ${pathname}`);
      if (exact) return { operation: exact, path: {} };
      const allowed = new Set(literalPaths.get(pathname) ?? []);
      for (const template of templates) {
        const match = template.pattern.exec(pathname);
        if (!match) continue;
        if (template.method !== lower) {
          allowed.add(template.method);
          continue;
        }
        const path: Record<string, string> = {};
        template.names.forEach((name, index) => {
          path[name] = decodeURIComponent(match[index + 1] ?? '');
        });
        return { operation: template.operation, path };
      }
      return allowed.size > 0 ? { allowed: [...allowed].map((m) => m.toUpperCase()) } : undefined;
    },
  };
}

function describeOperation(
  document: Json,
  resolve: (value: unknown) => Json | undefined,
  row: OperationRow,
  operation: Json,
  operationPointer: string,
  item: Json,
  itemPointer: string,
): OperationSpec {
  const parameters: ParameterSpec[] = [];
  const seen = new Set<string>();
  // operation parameters override path-item ones of the same name and place
  const sources: [unknown[], string][] = [
    [(operation.parameters as unknown[]) ?? [], `${operationPointer}/parameters`],
    [(item.parameters as unknown[]) ?? [], `${itemPointer}/parameters`],
  ];
  for (const [list, at] of sources) {
    list.forEach((raw, index) => {
      const parameter = resolve(raw);
      if (!parameter || typeof parameter.name !== 'string') return;
      const where = `${parameter.in as string}:${parameter.name}`;
      if (seen.has(where)) return;
      seen.add(where);
      const parameterPointer = resolvePointer(document, `${at}/${index}`, raw);
      parameters.push({
        name: parameter.name,
        in: parameter.in as ParameterSpec['in'],
        required: parameter.required === true,
        style: parameter.style as string | undefined,
        explode: parameter.explode as boolean | undefined,
        schema: resolve(parameter.schema) ?? {},
        pointer: resolvePointer(document, `${parameterPointer}/schema`, parameter.schema),
        example:
          parameter.example ??
          Object.values((parameter.examples as Json | undefined) ?? {}).map((e) => resolve(e)?.value)[0],
      });
    });
  }
  const requestBody = resolve(operation.requestBody);
  const requestBodyPointer = resolvePointer(document, `${operationPointer}/requestBody`, operation.requestBody);
  const bodyContent = (requestBody?.content ?? {}) as Json;
  const json = bodyContent['application/json'] as Json | undefined;
  const responses = new Map<string, ResponseSpec>();
  for (const [status, raw] of Object.entries((operation.responses as Json) ?? {})) {
    const response = resolve(raw) ?? {};
    const responsePointer = resolvePointer(document, `${operationPointer}/responses/${status}`, raw);
    const contents = new Map<string, { pointer: string | undefined; examples: unknown[] }>();
    for (const [mediaType, rawContent] of Object.entries((response.content as Json) ?? {})) {
      const content = (rawContent ?? {}) as Json;
      const examples: unknown[] = [];
      if (content.example !== undefined) examples.push(content.example);
      for (const example of Object.values((content.examples as Json) ?? {})) {
        const value = resolve(example)?.value;
        if (value !== undefined) examples.push(value);
      }
      const schemaPointer =
        content.schema === undefined
          ? undefined
          : resolvePointer(
              document,
              `${responsePointer}/content/${pointer(mediaType).slice(1)}/schema`,
              content.schema,
            );
      contents.set(mediaType, { pointer: schemaPointer, examples });
    }
    const headers = new Map<string, { example: string | undefined; required: boolean }>();
    for (const [name, rawHeader] of Object.entries((response.headers as Json) ?? {})) {
      const header = resolve(rawHeader) ?? {};
      const schema = resolve(header.schema) ?? {};
      const example = header.example ?? schema.example ?? schema.const ?? (schema.enum as unknown[] | undefined)?.[0];
      headers.set(name.toLowerCase(), {
        example: example === undefined ? undefined : String(example),
        required: header.required === true,
      });
    }
    responses.set(status, { status, contents, headers });
  }
  return {
    row,
    parameters,
    bodyPointer:
      json?.schema === undefined
        ? undefined
        : resolvePointer(document, `${requestBodyPointer}/content/application~1json/schema`, json.schema),
    bodyRequired: requestBody?.required === true,
    bodyMediaTypes: Object.keys(bodyContent),
    responses,
    security: [],
    extensions: Object.fromEntries(Object.entries(operation).filter(([key]) => key.startsWith('x-'))),
  };
}
