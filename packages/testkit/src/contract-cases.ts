/**
 * Derives one contract case per operation × documented response status from a bundled spec: the request is built
 * from the spec's own examples (parameters and body), the expected answer is the response's first example.
 */
import { readFileSync } from 'node:fs';
import { HTTP_METHODS } from '@cloudspecs/runtime/vendor-kit';

export interface RequestInitFromSpec {
  params: { path?: Record<string, unknown>; query?: Record<string, unknown>; header?: Record<string, unknown> };
  body?: unknown;
}

export interface ContractCase {
  operationId: string;
  method: string;
  path: string;
  status: number;
  init: RequestInitFromSpec;
  /** the media type of the documented body, or undefined when the response has no body */
  mediaType: string | undefined;
  /** the named example this case asks Prism for (`Prefer: example=…`); undefined for an inline `example` */
  exampleName: string | undefined;
  /** the documented body Prism should answer with */
  example: unknown;
  /** the named request body example sent, when the operation has several (one case each, on its success status) */
  requestExample: string | undefined;
  /** why the case cannot be run (a required parameter or body has no example); undefined when it can */
  missing: string | undefined;
}

type Json = Record<string, unknown>;

export function contractCases(specFile: string): ContractCase[] {
  const spec = JSON.parse(readFileSync(specFile, 'utf8')) as Json;
  const deref = (node: unknown): Json => {
    let current = node as Json;
    for (let depth = 0; current && typeof current.$ref === 'string'; depth += 1) {
      if (depth > 20) throw new Error(`$ref cycle at ${String(current.$ref)}`);
      const pointer = (current.$ref as string).replace(/^#\//, '').split('/');
      current = pointer.reduce<unknown>(
        (value, key) => (value as Json)[key.replace(/~1/g, '/').replace(/~0/g, '~')],
        spec,
      ) as Json;
    }
    return current;
  };
  const firstExample = (holder: Json): { found: boolean; value: unknown } => {
    if ('example' in holder) return { found: true, value: holder.example };
    const examples = holder.examples as Json | undefined;
    const first = examples && Object.values(examples)[0];
    if (first !== undefined) return { found: true, value: deref(first).value };
    const schema = holder.schema ? deref(holder.schema) : undefined;
    if (schema && 'example' in schema) return { found: true, value: schema.example };
    if (schema && Array.isArray(schema.examples) && schema.examples.length > 0) {
      return { found: true, value: schema.examples[0] };
    }
    return { found: false, value: undefined };
  };

  const cases: ContractCase[] = [];
  for (const [path, rawItem] of Object.entries((spec.paths ?? {}) as Json)) {
    const item = deref(rawItem);
    for (const method of HTTP_METHODS) {
      if (!item[method]) continue;
      const operation = deref(item[method]);
      const init: RequestInitFromSpec = { params: {} };
      const missing: string[] = [];
      const parameters = [
        ...((item.parameters as unknown[]) ?? []),
        ...((operation.parameters as unknown[]) ?? []),
      ].map(deref);
      for (const parameter of parameters) {
        const location = parameter.in as 'path' | 'query' | 'header' | 'cookie';
        if (location === 'cookie') continue;
        const example = firstExample(parameter);
        if (!example.found) {
          if (parameter.required) missing.push(`${location} parameter ${String(parameter.name)}`);
          continue;
        }
        if (!parameter.required) continue;
        init.params[location] = { ...init.params[location], [parameter.name as string]: example.value };
      }
      const requestBody = operation.requestBody ? deref(operation.requestBody) : undefined;
      // Request examples after the first are each sent once too (on the first success status), so Prism checks them all.
      let otherBodies: [string, unknown][] = [];
      if (requestBody) {
        const rawMedia = (requestBody.content as Json | undefined)?.['application/json'];
        const media = rawMedia ? deref(rawMedia) : undefined;
        const example = media ? firstExample(media) : { found: false, value: undefined };
        if (example.found) init.body = example.value;
        else if (requestBody.required) missing.push('request body');
        otherBodies = Object.entries((media?.examples ?? {}) as Json)
          .slice(1)
          .map(([name, value]) => [name, deref(value).value]);
      }
      const firstCase = cases.length;
      for (const [statusKey, rawResponse] of Object.entries((operation.responses ?? {}) as Json)) {
        const status = Number(statusKey);
        if (!Number.isInteger(status)) continue;
        const response = deref(rawResponse);
        const content = response.content as Json | undefined;
        const [mediaType, rawMedia] = content ? (Object.entries(content)[0] ?? []) : [];
        const media = rawMedia ? deref(rawMedia) : undefined;
        // One case per named example, so that every documented error code of a status is served and checked.
        const named = Object.entries((media?.examples ?? {}) as Json).map(([name, example]) => ({
          name: name as string | undefined,
          found: true,
          value: deref(example).value,
        }));
        const examples =
          named.length > 0
            ? named
            : [{ name: undefined, ...(media ? firstExample(media) : { found: true, value: undefined }) }];
        for (const example of examples) {
          const reasons = [...missing, ...(example.found ? [] : [`an example for the ${status} response`])];
          cases.push({
            operationId: String(operation.operationId),
            method: method.toUpperCase(),
            path,
            status,
            init,
            mediaType,
            exampleName: example.name,
            example: example.value,
            requestExample: undefined,
            missing: reasons.length > 0 ? `no example for ${reasons.join(', ')}` : undefined,
          });
        }
      }
      const success = cases.slice(firstCase).find((c) => c.status >= 200 && c.status < 300);
      if (success) {
        for (const [name, body] of otherBodies) {
          cases.push({ ...success, init: { ...success.init, body }, requestExample: name });
        }
      }
    }
  }
  return cases;
}
