/**
 * The response validators `pnpm generate` compiles (scripts/lib/validators.ts): on the real specs, they refuse exactly
 * what Ajv refuses — every response example of every operation, as it is and under thousands of single mutations —
 * and on small documents, they report what JSON Schema allows but the spec does not know (new properties, new enum
 * values) as new, say where and what without a value, and stop generation on what they do not check.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ajv2020 from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DriftFinding, ResponseValidators } from '../../packages/runtime/src/drift-types.ts';
import { loadRegistry } from '../lib/registry.ts';
import { renderValidators } from '../lib/validators.ts';
import { compileValidators, documentWith } from './support/compile-validators.ts';

const repo = join(import.meta.dirname, '..', '..');
const Ajv2020 = ajv2020.default;
type Obj = Record<string, unknown>;
const isObj = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);
const escapeSegment = (segment: string) => segment.replaceAll('~', '~0').replaceAll('/', '~1');

/** Every response of every operation that documents a JSON body, with its schema's pointer and its examples. */
interface Case {
  method: string;
  path: string;
  status: number;
  schemaPointer: string;
  examples: { name: string; value: unknown }[];
}

function resolve(document: Obj, node: unknown): { node: unknown; pointer?: string } {
  if (!isObj(node) || typeof node.$ref !== 'string') return { node };
  const pointer = node.$ref.slice(1);
  let at: unknown = document;
  for (const segment of pointer.split('/').slice(1)) {
    at = (at as Obj)[segment.replaceAll('~1', '/').replaceAll('~0', '~')];
  }
  return { node: at, pointer };
}

function casesOf(document: Obj): Case[] {
  const cases: Case[] = [];
  for (const [path, item] of Object.entries(document.paths as Obj)) {
    for (const [method, operation] of Object.entries(item as Obj)) {
      if (!isObj(operation) || !isObj(operation.responses)) continue;
      for (const [status, given] of Object.entries(operation.responses)) {
        const { node: response, pointer = `/paths/${escapeSegment(path)}/${method}/responses/${status}` } = resolve(
          document,
          given,
        );
        const media = isObj(response) && isObj(response.content) ? response.content['application/json'] : undefined;
        if (!isObj(media) || media.schema === undefined) continue;
        const examples: Case['examples'] = [];
        if (media.example !== undefined) examples.push({ name: 'example', value: media.example });
        for (const [name, example] of Object.entries(isObj(media.examples) ? media.examples : {})) {
          const { node } = resolve(document, example);
          if (isObj(node) && 'value' in node) examples.push({ name, value: node.value });
        }
        cases.push({
          method: method.toUpperCase(),
          path,
          status: Number(status),
          schemaPointer: `${pointer}/content/application~1json/schema`,
          examples,
        });
      }
    }
  }
  return cases;
}

/** Single changes of a body: a value of another type, a property removed, a property added, another string. */
function* mutations(value: unknown, limit: number): Generator<{ what: string; body: unknown }> {
  const places: (string | number)[][] = [];
  const walk = (node: unknown, at: (string | number)[]) => {
    places.push(at);
    if (Array.isArray(node)) {
      for (const [index, item] of node.slice(0, 2).entries()) walk(item, [...at, index]);
    } else if (isObj(node)) for (const [key, item] of Object.entries(node)) walk(item, [...at, key]);
  };
  walk(value, []);
  // An even spread over the body when it has more places than the limit allows.
  const step = Math.max(1, Math.ceil((places.length * 4) / limit));
  let index = 0;
  for (const at of places) {
    for (const kind of ['type', 'remove', 'add', 'string'] as const) {
      if (index++ % step !== 0) continue;
      const body = structuredClone(value);
      const parent = at.slice(0, -1).reduce<unknown>((node, key) => (node as Obj)[key as string], body);
      const key = at.at(-1);
      const current = at.reduce<unknown>((node, step) => (node as Obj)[step as string], body);
      const set = (next: unknown) => {
        if (key === undefined) return next;
        (parent as Obj)[key as string] = next;
        return body;
      };
      const where = `/${at.join('/')}`;
      if (kind === 'type') {
        const other =
          typeof current === 'string'
            ? 12345
            : typeof current === 'number'
              ? '12345'
              : typeof current === 'boolean'
                ? 'true'
                : current === null
                  ? {}
                  : Array.isArray(current)
                    ? {}
                    : 'x';
        yield { what: `${where} of another type`, body: set(other) };
      } else if (kind === 'remove' && key !== undefined && isObj(parent)) {
        delete parent[key as string];
        yield { what: `${where} removed`, body };
      } else if (kind === 'add' && isObj(current)) {
        current.drift_probe = 'x';
        yield { what: `${where}/drift_probe added`, body };
      } else if (kind === 'string' && typeof current === 'string') {
        yield { what: `${where} another string`, body: set('drift-probe-value') };
      }
    }
  }
}

const violationsOf = (findings: readonly DriftFinding[] | undefined) =>
  (findings ?? []).filter((finding) => finding.violation);

describe('the validators of the real specs refuse exactly what Ajv refuses', async () => {
  const registry = await loadRegistry(repo);
  for (const entry of registry) {
    describe(entry.vendor, () => {
      const document = JSON.parse(
        readFileSync(join(repo, 'packages', 'mock', 'specs', `${entry.vendor}.json`), 'utf8'),
      ) as Obj;
      const cases = casesOf(document);
      let validators: ResponseValidators;
      let ajvValid: (pointer: string, body: unknown) => boolean;
      beforeAll(async () => {
        validators = await compileValidators(document, entry.vendor);
        const ajv = new Ajv2020({ strict: false, allErrors: false });
        ajvFormats.default(ajv);
        for (const format of ['float', 'double', 'int32', 'int64']) ajv.addFormat(format, true);
        const id = `https://cloudspecs.test/${entry.vendor}`;
        ajv.addSchema({ ...document, $id: id });
        ajvValid = (pointer, body) => {
          const validate = ajv.getSchema(`${id}#${pointer}`) ?? ajv.compile({ $ref: `${id}#${pointer}` });
          return validate(body) === true;
        };
      }, 120_000);

      it(`${entry.vendor}: every response example has no finding at all (${cases.reduce((n, c) => n + c.examples.length, 0)} examples)`, () => {
        const found: string[] = [];
        for (const c of cases) {
          for (const example of c.examples) {
            const findings = validators.findings(c.method, c.path, c.status, example.value);
            for (const f of findings ?? [])
              found.push(`${c.method} ${c.path} ${c.status} ${example.name}: ${f.kind} at ${f.pointer}`);
          }
        }
        expect(found).toEqual([]);
      });

      it(`${entry.vendor}: every single mutation of every example is refused by the validators exactly when Ajv refuses it`, () => {
        const disagreements: string[] = [];
        let compared = 0;
        for (const c of cases) {
          for (const example of c.examples) {
            for (const { what, body } of mutations(example.value, 24)) {
              compared++;
              const ours = violationsOf(validators.findings(c.method, c.path, c.status, body)).length === 0;
              const theirs = ajvValid(c.schemaPointer, body);
              if (ours !== theirs) {
                disagreements.push(
                  `${c.method} ${c.path} ${c.status} ${example.name}, ${what}: ours ${ours ? 'valid' : 'invalid'}, Ajv ${theirs ? 'valid' : 'invalid'}`,
                );
              }
            }
          }
        }
        expect(disagreements.slice(0, 20)).toEqual([]);
        expect(compared).toBeGreaterThan(500);
      }, 120_000);
    });
  }
});

/** The findings of `GET /thing` 200 for `body`, as `kind pointer seen (new|violation)` lines. */
async function findingsFor(schema: unknown, body: unknown, schemas: Record<string, unknown> = {}): Promise<string[]> {
  const validators = await compileValidators(documentWith(schema, schemas));
  return (validators.findings('GET', '/thing', 200, body) ?? []).map(
    (f) => `${f.kind} ${f.pointer || '(body)'} ${f.seen} ${f.violation ? 'violation' : 'new'}`,
  );
}

describe('what the validators report', () => {
  const server = {
    type: 'object',
    required: ['id', 'state'],
    properties: {
      id: { type: 'string' },
      state: { type: 'string', enum: ['running', 'stopped'] },
      size: { type: 'integer', minimum: 1 },
      label: { type: ['string', 'null'], maxLength: 3 },
    },
  };

  it('a body that matches the spec: no finding', async () => {
    expect(await findingsFor(server, { id: 'a', state: 'running', size: 2, label: null })).toEqual([]);
  });

  it('a wrong type, a missing property, a new property and a new enum value: each where it is, with the kind seen', async () => {
    expect(await findingsFor(server, { id: 5, state: 'paused', extra: { secret: 'x' } })).toEqual([
      'type /id integer violation',
      'enum /state string violation',
      'property /extra object new',
    ]);
    expect(await findingsFor(server, { id: 'a' })).toEqual(['missing /state missing violation']);
  });

  it('bounds: a length in code points, a minimum', async () => {
    // 'ab😀' is four UTF-16 code units but three code points: within maxLength 3, as JSON Schema counts.
    expect(await findingsFor(server, { id: 'a', state: 'running', label: 'ab😀' })).toEqual([]);
    expect(await findingsFor(server, { id: 'a', state: 'running', label: 'abcd', size: 0 })).toEqual([
      'constraint /size integer violation',
      'constraint /label string violation',
    ]);
  });

  it('a closed object (additionalProperties: false): an undeclared property is refused, not only new', async () => {
    expect(
      await findingsFor(
        { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: false },
        { b: 1 },
      ),
    ).toEqual(['property /b integer violation']);
  });

  it('a map (additionalProperties with a schema): entries are checked under *, their keys never shown', async () => {
    const map = { type: 'object', additionalProperties: { type: 'string' } };
    expect(await findingsFor(map, { 'alice@example.com': 5, ok: 'x' })).toEqual(['type /* integer violation']);
  });

  it('a free-form object (no properties declared): nothing is new', async () => {
    expect(await findingsFor({ type: 'object' }, { anything: 1 })).toEqual([]);
  });

  it('an undeclared property whose name does not look like a field name is shown as *', async () => {
    expect(await findingsFor(server, { id: 'a', state: 'running', 'alice@example.com': true })).toEqual([
      'property /* boolean new',
    ]);
  });

  it('items of an array: one pointer with * for all of them', async () => {
    const list = { type: 'array', items: { $ref: '#/components/schemas/Server' } };
    expect(
      await findingsFor(
        list,
        [
          { id: 1, state: 'running' },
          { id: 2, state: 'running' },
        ],
        { Server: server },
      ),
    ).toEqual(['type /*/id integer violation', 'type /*/id integer violation']);
  });

  it('allOf: a property one member declares is not new to another; an undeclared one is reported once', async () => {
    const schemas = {
      Base: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
      Server: {
        allOf: [{ $ref: '#/components/schemas/Base' }, { type: 'object', properties: { image: { type: 'string' } } }],
      },
    };
    const schema = { $ref: '#/components/schemas/Server' };
    expect(await findingsFor(schema, { id: 'a', image: 'x' }, schemas)).toEqual([]);
    expect(await findingsFor(schema, { id: 'a', image: 'x', zone: 'z' }, schemas)).toEqual([
      'property /zone string new',
    ]);
  });

  it('oneOf error bodies told apart by their code: a new code is one enum finding naming every known code', async () => {
    const error = (code: string) => ({
      type: 'object',
      required: ['error'],
      properties: {
        error: {
          type: 'object',
          required: ['code'],
          properties: { code: { type: 'string', enum: [code] } },
        },
      },
    });
    const validators = await compileValidators(documentWith({ oneOf: [error('not_found'), error('gone')] }));
    const findings = validators.findings('GET', '/thing', 200, { error: { code: 'moved' } }) ?? [];
    expect(findings.map((f) => [f.kind, f.pointer, f.expected])).toEqual([
      ['enum', '/error/code', ['not_found', 'gone']],
    ]);
  });

  it('oneOf: a value matching two branches is a one-of finding', async () => {
    expect(await findingsFor({ oneOf: [{ type: 'integer' }, { type: 'number' }] }, 3)).toEqual([
      'one-of (body) integer matching 2 of them violation',
    ]);
  });

  it('a property named like an Object.prototype member is read as the body has it', async () => {
    const schema = { type: 'object', required: ['constructor'], properties: { constructor: { type: 'string' } } };
    expect(await findingsFor(schema, {})).toEqual(['missing /constructor missing violation']);
    expect(await findingsFor(schema, { constructor: 'x' })).toEqual([]);
  });

  it('formats: an ipv4 and a uuid that are not', async () => {
    const schema = {
      type: 'object',
      properties: { ip: { type: 'string', format: 'ipv4' }, id: { type: 'string', format: 'uuid' } },
    };
    expect(await findingsFor(schema, { ip: '300.1.1.1', id: 'x' })).toEqual([
      'format /ip string violation',
      'format /id string violation',
    ]);
    expect(await findingsFor(schema, { ip: '10.0.0.1', id: '2a9be312-5d4b-4bc8-b2ae-35100fa9241f' })).toEqual([]);
  });

  it('a status documented without a body, and one not documented', async () => {
    const validators = await compileValidators(documentWith({ type: 'object' }));
    expect(validators.findings('GET', '/thing', 204, undefined)).toEqual([]);
    expect(validators.findings('GET', '/thing', 418, {})).toBeUndefined();
  });
});

describe('what the generator refuses', () => {
  const render = (schema: unknown) =>
    renderValidators('', documentWith(schema), { vendor: 'fixture', runtimeImport: 'x', label: 'specs/fixture.yaml' });

  it('a keyword it does not check stops generation, naming the schema and the keyword', () => {
    expect(() => render({ type: 'array', uniqueItems: true })).toThrow(
      'specs/fixture.yaml: /paths/~1thing/get/responses/200/content/application~1json/schema uses "uniqueItems"',
    );
  });

  it('a format it does not check stops generation, naming the formats it checks', () => {
    expect(() => render({ type: 'string', format: 'iso-country' })).toThrow(
      /format "iso-country", which the response validators do not check \(they check ipv4, /,
    );
  });

  it('a pattern that does not compile stops generation', () => {
    expect(() => render({ type: 'string', pattern: '(' })).toThrow(/Invalid regular expression/);
  });

  it('numeric storage formats (int64, float) are accepted and not checked', () => {
    expect(() => render({ type: 'object', properties: { n: { type: 'number', format: 'float' } } })).not.toThrow();
  });
});

describe('each distinct check is written once', () => {
  // Two places checked alike (the same inline schema under two properties, and a component asked for both by an
  // allOf, which looks for undeclared properties itself, and on its own): one shape each, reports naming each place.
  const address = { type: 'object', required: ['ip'], properties: { ip: { type: 'string', format: 'ipv4' } } };
  const schema = {
    type: 'object',
    properties: {
      primary: address,
      secondary: address,
      tagged: {
        allOf: [{ $ref: '#/components/schemas/Tag' }, { type: 'object', properties: { at: { type: 'string' } } }],
      },
      tag: { $ref: '#/components/schemas/Tag' },
    },
  };
  const schemas = { Tag: { type: 'object', properties: { name: { type: 'string' } } } };

  it('the same inline schema under two properties, and a component asked for two ways: one shape each', () => {
    const { contents } = renderValidators('', documentWith(schema, schemas), {
      vendor: 'fixture',
      runtimeImport: 'x',
      label: 'fixture',
    });
    expect(contents.match(/^function s\d+\(n: number(, o: boolean)?\)/gm)).toEqual([
      'function s0(n: number)',
      'function s1(n: number, o: boolean)',
    ]);
    expect(contents.match(/format "ipv4"|formats\["ipv4"\]/g)).toHaveLength(1);
  });

  it('reports name the place of each use: its own property, the component with or without its look for new ones', async () => {
    const validators = await compileValidators(documentWith(schema, schemas));
    const reports: string[] = [];
    const checker = validators.createChecker({
      vendor: 'fixture',
      mode: 'report',
      onDrift: (report) => reports.push(`${report.kind} ${report.pointer} ${report.schema}`),
      logger: { log: () => {} },
      secrets: () => [],
    });
    const body = {
      primary: { ip: 'x' },
      secondary: {},
      tagged: { name: 1, at: 'now', extra: true },
      tag: { name: 'a', extra: true },
    };
    checker.check({ method: 'GET', path: '/thing', status: 200, json: true, body });
    const at = '/paths/~1thing/get/responses/200/content/application~1json/schema/properties';
    expect(reports).toEqual([
      `format /primary/ip ${at}/primary/properties/ip`,
      `missing /secondary/ip ${at}/secondary/properties/ip`,
      `property /tagged/extra ${at}/tagged`,
      'type /tagged/name /components/schemas/Tag/properties/name',
      'property /tag/extra /components/schemas/Tag',
    ]);
  });
});
