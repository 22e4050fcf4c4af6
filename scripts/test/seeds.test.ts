/**
 * The seed pages are the project's first promise: every status, request body, response body and field the five pages
 * document (scripts/test/seed-facts.ts) must be in the specs and validate against them, in every URI form the page
 * gives. Bodies are validated with Ajv (JSON Schema 2020-12, formats on, as the mock's validation has them); fields
 * are looked up through the same schema reading as `pnpm spec:compare`.
 */
import ajv2020 from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadRegistry } from '../lib/registry.ts';
import { Doc } from '../lib/spec-compare/document.ts';
import { flatten } from '../lib/spec-compare/flatten.ts';
import { loadOurSpec } from '../lib/spec-compare/load.ts';
import { isObj, type Json, type Obj } from '../lib/spec-compare/model.ts';
import { one } from '../lib/spec-compare/schemas.ts';
import { otherPageAnswers, type SeedBody, type SeedPage, seedPages } from './seed-facts.ts';

const repo = join(import.meta.dirname, '..', '..');
// Both are CommonJS: the class and the plugin are each module's `default` under both module systems.
const Ajv2020 = ajv2020.default;
const specs = new Map<string, { doc: Doc; ajv: InstanceType<typeof Ajv2020>; id: string }>();

beforeAll(async () => {
  for (const entry of await loadRegistry(repo)) {
    const document = await loadOurSpec(repo, entry.specPath);
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    ajvFormats.default(ajv);
    // OpenAPI's numeric formats say how a number is stored, not which values are valid.
    for (const format of ['float', 'double', 'int32', 'int64']) ajv.addFormat(format, true);
    const id = `https://cloudspecs.test/${entry.vendor}`;
    ajv.addSchema({ ...document, $id: id });
    specs.set(entry.vendor, { doc: new Doc(document, entry.vendor), ajv, id });
  }
}, 120_000);

function spec(vendor: string) {
  const found = specs.get(vendor);
  if (!found) throw new Error(`${vendor} is not in the registry`);
  return found;
}

const pointerStep = (key: string) => key.replaceAll('~', '~0').replaceAll('/', '~1');

/** Follows a node that may be a `$ref`, keeping its JSON pointer in the document. */
function follow(doc: Doc, node: Json, pointer: string): { node: Json; pointer: string } {
  const { node: target, refs } = doc.resolve(node);
  const last = refs.at(-1);
  return { node: target, pointer: last === undefined ? pointer : last.slice(1) };
}

interface Found {
  operation: Obj;
  /** the JSON pointer of the operation */
  pointer: string;
}

function operationOf(doc: Doc, path: string, method: string): Found | undefined {
  const paths = isObj(doc.root.paths) ? doc.root.paths : {};
  const item = follow(doc, paths[path], `/paths/${pointerStep(path)}`);
  if (!isObj(item.node)) return undefined;
  const operation = item.node[method.toLowerCase()];
  return isObj(operation) ? { operation, pointer: `${item.pointer}/${method.toLowerCase()}` } : undefined;
}

/** The JSON pointer of a media type's schema in a request body or a response, if documented. */
function mediaSchemaPointer(doc: Doc, node: Json, pointer: string, mediaType: string): string | undefined {
  const { node: resolved, pointer: at } = follow(doc, node, pointer);
  if (!isObj(resolved) || !isObj(resolved.content) || !isObj(resolved.content[mediaType])) return undefined;
  return `${at}/content/${pointerStep(mediaType)}/schema`;
}

function at(doc: Doc, pointer: string): Json {
  return doc.resolve({ $ref: `#${pointer}` }).node;
}

/** Ajv's errors for a value against the schema at a pointer, one line each; empty when it validates. */
function violations(vendor: string, pointer: string, value: unknown): string[] {
  const { ajv, id } = spec(vendor);
  const validate = ajv.getSchema(`${id}#${pointer}`) ?? ajv.compile({ $ref: `${id}#${pointer}` });
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error: { instancePath: string; message?: string }) =>
    `${error.instancePath || '(body)'} ${error.message ?? ''}`.trim(),
  );
}

/** Fields of a value the schema does not declare (where the schema is not a map), as dotted paths. */
function undeclaredFields(doc: Doc, schema: Json, value: unknown, path = ''): string[] {
  const flat = flatten(doc, schema);
  if (Array.isArray(value)) {
    if (flat.items.length === 0) return [];
    return value.flatMap((item) => undeclaredFields(doc, one(flat.items), item, `${path}[]`));
  }
  if (!isObj(value)) return [];
  return Object.entries(value).flatMap(([key, field]) => {
    const where = path === '' ? key : `${path}.${key}`;
    const declared = flat.properties.get(key);
    if (declared !== undefined && declared !== false) return undeclaredFields(doc, declared, field, where);
    if (flat.additional.length > 0) return undeclaredFields(doc, one(flat.additional), field, where);
    return [where];
  });
}

/** Whether a dotted field path (`server.name`, `fixed_ips[].ip_address`) is declared by the schema. */
function declares(doc: Doc, schema: Json, path: string): boolean {
  let node = schema;
  for (const step of path.split('.')) {
    const [name, ...arrays] = step.split('[]');
    const field = flatten(doc, node).properties.get(name ?? '');
    if (field === undefined || field === false) return false;
    node = field;
    for (const _ of arrays) node = one(flatten(doc, node).items);
  }
  return true;
}

/**
 * A body as it travels: where the spec records that the server wraps error bodies the pages show flat (an
 * `x-departures` entry of category `envelope` at the root), the page's error body is wrapped the same way.
 */
function onTheWire(doc: Doc, seed: SeedBody): unknown {
  if ((seed.status ?? 200) < 400) return seed.body;
  const departures = Array.isArray(doc.root['x-departures']) ? doc.root['x-departures'] : [];
  const envelope = departures.find((entry) => isObj(entry) && entry.category === 'envelope');
  return isObj(envelope) && typeof envelope.property === 'string' ? { [envelope.property]: seed.body } : seed.body;
}

const label = (page: SeedPage) => `${page.vendor} ${page.title}`;

describe('the seed pages, against the specs', () => {
  it('covers the five seed pages', () => {
    expect(seedPages.map(label)).toEqual([
      'katapult Create IP Address',
      'katapult Allocate an IP address',
      'hostway Allocate Flexible IP (12 April 2013)',
      'hostway ServerCreate',
      'scp Create Server Interface',
    ]);
  });

  for (const page of seedPages) {
    describe(label(page), () => {
      it(`${label(page)}: every status the page lists is documented (${page.statuses.join(', ')})`, () => {
        const { doc } = spec(page.vendor);
        const [primary, ...others] = page.paths;
        const found = operationOf(doc, primary ?? '', page.method);
        expect(found, `${page.method} ${primary}`).toBeDefined();
        const responses = isObj(found?.operation.responses) ? found.operation.responses : {};
        expect(page.statuses.filter((status) => !(String(status) in responses))).toEqual([]);
        // The other URI forms answer the same, but for what only the first form can say (an account in the path).
        for (const path of others) {
          const other = operationOf(doc, path, page.method);
          expect(other, `${page.method} ${path}`).toBeDefined();
          const documented = isObj(other?.operation.responses) ? other.operation.responses : {};
          const success = page.statuses.filter((status) => status < 300);
          expect(success.filter((status) => !(String(status) in documented))).toEqual([]);
        }
      });

      it(`${label(page)}: every request field the page names is in the request body`, () => {
        const { doc } = spec(page.vendor);
        for (const path of page.paths) {
          const found = operationOf(doc, path, page.method);
          if (!found || page.requestFields.length === 0) continue;
          const pointer = mediaSchemaPointer(
            doc,
            found.operation.requestBody,
            `${found.pointer}/requestBody`,
            'application/json',
          );
          expect(pointer, `${page.method} ${path} has a JSON request body`).toBeDefined();
          const schema = at(doc, pointer ?? '');
          expect(
            page.requestFields.filter((field) => !declares(doc, schema, field)),
            path,
          ).toEqual([]);
        }
      });

      for (const request of page.requests) {
        it(`${label(page)}: the ${request.name} request validates, every field declared`, () => {
          const { doc } = spec(page.vendor);
          for (const path of page.paths) {
            const found = operationOf(doc, path, page.method);
            if (!found) throw new Error(`${page.method} ${path} is not in the spec`);
            const pointer = mediaSchemaPointer(
              doc,
              found.operation.requestBody,
              `${found.pointer}/requestBody`,
              'application/json',
            );
            if (!pointer) throw new Error(`${page.method} ${path} takes no JSON body`);
            expect(violations(page.vendor, pointer, request.body), path).toEqual([]);
            expect(undeclaredFields(doc, at(doc, pointer), request.body), path).toEqual([]);
          }
        });
      }

      for (const response of page.responses) {
        it(`${label(page)}: the ${response.status} ${response.name} answer validates, every field declared`, () => {
          const { doc } = spec(page.vendor);
          const wire = onTheWire(doc, response);
          let checked = 0;
          for (const path of page.paths) {
            const found = operationOf(doc, path, page.method);
            const responses = isObj(found?.operation.responses) ? found.operation.responses : {};
            const status = String(response.status);
            if (!found || !(status in responses)) continue;
            const pointer = mediaSchemaPointer(
              doc,
              responses[status],
              `${found.pointer}/responses/${status}`,
              response.mediaType ?? 'application/json',
            );
            expect(pointer, `${path} ${status} documents ${response.mediaType ?? 'application/json'}`).toBeDefined();
            expect(violations(page.vendor, pointer ?? '', wire), path).toEqual([]);
            expect(undeclaredFields(doc, at(doc, pointer ?? ''), wire), path).toEqual([]);
            checked++;
          }
          expect(checked, 'the status is documented on at least one URI form').toBeGreaterThan(0);
        });
      }

      if (page.apiVersions) {
        it(`${label(page)}: the API versions, their states and Not Before dates`, () => {
          const { doc } = spec(page.vendor);
          const found = operationOf(doc, page.paths[0] ?? '', page.method);
          const key = Object.keys(found?.operation ?? {}).find((name) => /^x-(.+-)?api-versions$/.test(name));
          expect(key && found?.operation[key]).toEqual(page.apiVersions);
        });
      }
    });
  }
});

describe('other vendor pages, against the specs', () => {
  for (const answer of otherPageAnswers) {
    it(`${answer.vendor} ${answer.page}: the ${answer.status} answer validates, every field declared`, () => {
      const { doc } = spec(answer.vendor);
      const found = operationOf(doc, answer.path, answer.method);
      if (!found) throw new Error(`${answer.method} ${answer.path} is not in the spec`);
      const responses = isObj(found.operation.responses) ? found.operation.responses : {};
      const status = String(answer.status);
      const pointer = mediaSchemaPointer(
        doc,
        responses[status],
        `${found.pointer}/responses/${status}`,
        'application/json',
      );
      expect(pointer, `${answer.path} ${status} documents JSON`).toBeDefined();
      expect(violations(answer.vendor, pointer ?? '', answer.body)).toEqual([]);
      expect(undeclaredFields(doc, at(doc, pointer ?? ''), answer.body)).toEqual([]);
    });
  }
});
