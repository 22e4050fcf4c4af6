/**
 * `pnpm spec:drift`: collected reports in, what to change out, placed at the file and line under specs/ where the
 * spec says otherwise — across the files a spec is split into. The fixtures (fixtures/spec-drift/) are a registry of
 * one small split spec and report files as clients write them (made by the generated validators of that spec). The
 * last tests hold the real specs to the same promise: every schema a report can name is found in specs/.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../lib/registry.ts';
import { loadOurSpec } from '../lib/spec-compare/load.ts';
import { readReports } from '../lib/spec-drift/reports.ts';
import { pointerSegments, SourceMap } from '../lib/spec-drift/source-map.ts';
import { renderValidators, specId } from '../lib/validators.ts';

const repo = join(import.meta.dirname, '..', '..');
const fixtures = join(import.meta.dirname, 'fixtures', 'spec-drift');
const tsx = join(repo, 'node_modules', '.bin', 'tsx');

function specDrift(...args: string[]) {
  const result = spawnSync(tsx, [join(repo, 'scripts', 'spec-drift.ts'), '--root', fixtures, ...args], {
    cwd: fixtures,
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: fixtures },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('pnpm spec:drift', () => {
  it('spec:drift: the fixture reports were made against the fixture spec as it is', async () => {
    const bundled = await loadOurSpec(fixtures, join(fixtures, 'specs', 'shop', 'openapi.yaml'));
    const { reports } = readReports(readFileSync(join(fixtures, 'reports.jsonl'), 'utf8'), 'reports.jsonl');
    expect(new Set(reports.map((report) => report.spec))).toEqual(new Set([specId(bundled)]));
  });

  it('spec:drift: each difference once, at the file and line to change, with the change, by file and line', () => {
    const { code, out, err } = specDrift('reports.jsonl');
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toBe(`spec:drift: 11 report(s) from reports.jsonl: 9 difference(s) from the specs.

specs/shop/components/Line.yaml
  line 3 · /properties  [bundled #/components/schemas/Line]
    property (new) · getOrder 200 · 1 report
    The API sends \`qty\` (integer) at /order/lines/*/qty, which the schema does not declare, and the schema is closed (\`additionalProperties: false\`). Declare \`qty: { type: integer }\` under \`properties\` here (optional, unless every answer has it).

specs/shop/components/Order.yaml
  line 2 · /required/2  [bundled #/components/schemas/Order/properties/total]
    missing (error) · getOrder 200 · 1 report
    The API answered without \`total\` (/order/total), which the spec requires (integer). Take \`total\` out of \`required\` here (specs/README.md, "Presence": an answer without it makes it optional), or record in \`x-departures\` why it stays required.
  line 3 · /properties  [bundled #/components/schemas/Order]
    property (new) · getOrder 200 · 1 report
    The API sends \`coupon\` (string) at /order/coupon, which the schema does not declare. Declare \`coupon: { type: string }\` under \`properties\` here (optional, unless every answer has it).
  line 5 · /properties/id/type  [bundled #/components/schemas/Order/properties/id]
    type (error) · getOrder 200 · 2 reports
    The API sent an integer at /order/id where the spec says string. Add \`integer\` to \`type\` here, or record the departure.
  line 8 · /properties/state/enum  [bundled #/components/schemas/Order/properties/state]
    enum (new) · getOrder 200 · 2 reports
    The API sent a value at /order/state that is not in \`enum\` (one of "open", "paid"). Add it to \`enum\` here; reports never carry values, so take the new value from an answer itself or from the vendor's documents.
  line 11 · /properties/total/minimum  [bundled #/components/schemas/Order/properties/total]
    constraint (error) · getOrder 200 · 1 report
    The API sent an integer at /order/total outside the spec's bounds (a number ≥ 0). Relax the bound here, or record the departure.
  line 14 · /properties/email/format  [bundled #/components/schemas/Order/properties/email]
    format (error) · getOrder 200 · 1 report
    The API sent a string at /order/email that is not in format email. Drop or change \`format\` here.

specs/shop/openapi.yaml
  line 11 · /paths/~1orders~1{id}/get/responses  [bundled #/paths/~1orders~1{id}/get/responses]
    status (new) · getOrder 409 · 1 report
    getOrder answered 409 with an object body, which it does not document (a documented status (200, 404)). Add a response '409' here, with the schema of its body.
  line 33 · /components/schemas/Error/properties  [bundled #/components/schemas/Error]
    property (new) · getOrder 404 · 1 report
    The API sends \`detail\` (string) at /detail, which the schema does not declare. Declare \`detail: { type: string }\` under \`properties\` here (optional, unless every answer has it).

`);
  });

  it('spec:drift --json: the same findings as data, each with its file, pointer and line', () => {
    const { code, out } = specDrift('reports.jsonl', '--json');
    expect(code).toBe(0);
    const result = JSON.parse(out) as { reports: number; findings: { kind: string; place: unknown; count: number }[] };
    expect(result.reports).toBe(11);
    expect(result.findings.find((finding) => finding.kind === 'missing')).toMatchObject({
      place: { file: 'specs/shop/components/Order.yaml', pointer: '/required/2', line: 2 },
      count: 1,
    });
  });

  it('spec:drift: reports of another version of the spec are said to be, those of a schema gone are listed apart, an unknown vendor is left out', () => {
    const { code, out } = specDrift('other-versions.jsonl');
    expect(code).toBe(0);
    expect(out).toContain('acme: not in the registry (redocly.yaml has shop); its 1 report(s) are left out.');
    expect(out).toMatch(
      /shop: 2 of 2 report\(s\) were made against another version of the spec \(1\+aaaaaaaaaaaa; now 2\+[0-9a-f]{12}\)/,
    );
    expect(out).toContain(
      'Not in the current specs (fixed since, or reported against another version):\n  shop #/components/schemas/Refund/properties/id\n',
    );
  });

  it('spec:drift: a line that is not a report is named with its line number, and the status is 1', () => {
    const { code, out, err } = specDrift('broken.jsonl');
    expect(code).toBe(1);
    expect(out).toContain('1 report(s) from broken.jsonl');
    expect(err).toBe(
      'spec:drift: broken.jsonl:3: not JSON\nspec:drift: broken.jsonl:4: not a drift report (no operationId, method, path, pointer, expected, seen, schema, status)\n',
    );
  });

  it('spec:drift: no file, or one that cannot be read: status 2 and the usage', () => {
    expect(specDrift()).toMatchObject({ code: 2, err: expect.stringContaining('usage: pnpm spec:drift') });
    expect(specDrift('missing.jsonl')).toMatchObject({
      code: 2,
      err: 'spec:drift: cannot read missing.jsonl (ENOENT)\n',
    });
  });
});

describe('readReports', () => {
  it('takes reports as onDrift gives them and log entries that carry one, skipping blank lines', () => {
    const report = readFileSync(join(fixtures, 'reports.jsonl'), 'utf8').split('\n')[0] ?? '';
    const text = `${report}\n\n{"level":"warn","message":"…","vendor":"shop","drift":${report}}\n`;
    const { reports, problems } = readReports(text, 'r.jsonl');
    expect(problems).toEqual([]);
    expect(reports).toHaveLength(2);
    expect(reports[1]).toEqual(JSON.parse(report));
  });

  it('refuses a report of an unknown kind', () => {
    const report = JSON.parse(readFileSync(join(fixtures, 'reports.jsonl'), 'utf8').split('\n')[0] ?? '{}');
    const { problems } = readReports(JSON.stringify({ ...report, kind: 'vibes' }), 'r.jsonl');
    expect(problems).toEqual(['r.jsonl:1: not a drift report (no known kind (got vibes))']);
  });
});

describe('the real specs: every schema a report can name is found in specs/', async () => {
  const registry = await loadRegistry(repo);
  for (const entry of registry) {
    it(`${entry.vendor}: each schema of the validators' node table maps to a file and line whose schema has the same type`, async () => {
      const bundled = await loadOurSpec(repo, entry.specPath);
      const { contents } = renderValidators('', bundled, { vendor: entry.vendor, runtimeImport: 'x', label: '' });
      const nodes = JSON.parse(/^ {2}nodes: (.*),$/m.exec(contents)?.[1] ?? '[]') as (number | string)[];
      const pointers: string[] = [];
      for (let index = 0; index < nodes.length; index += 2) {
        const parent = nodes[index] as number;
        const path = nodes[index + 1] as string;
        pointers.push(parent < 0 ? path : `${pointers[parent]}${path.startsWith('/') ? path : `/properties/${path}`}`);
      }
      const map = new SourceMap(repo, entry.specPath, bundled);
      const files = new Map<string, unknown>();
      const wrong: string[] = [];
      for (const pointer of pointers) {
        const place = map.locate(pointer);
        if (place === undefined) {
          wrong.push(`${pointer}: not found`);
          continue;
        }
        if (!files.has(place.file)) files.set(place.file, parseYaml(readFileSync(join(repo, place.file), 'utf8')));
        let source = files.get(place.file);
        for (const segment of pointerSegments(place.pointer)) source = (source as Record<string, unknown>)?.[segment];
        let schema: unknown = bundled;
        for (const segment of pointerSegments(pointer)) schema = (schema as Record<string, unknown>)?.[segment];
        const typeOf = (node: unknown) => JSON.stringify((node as { type?: unknown } | undefined)?.type);
        if (source === undefined) wrong.push(`${pointer}: ${place.file}#${place.pointer} does not exist`);
        else if (typeOf(source) !== typeOf(schema) && (source as { $ref?: unknown }).$ref === undefined) {
          wrong.push(
            `${pointer}: ${place.file}#${place.pointer} has type ${typeOf(source)}, the bundle ${typeOf(schema)}`,
          );
        }
      }
      expect(wrong.slice(0, 10)).toEqual([]);
      expect(pointers.length).toBeGreaterThan(100);
    }, 120_000);
  }
});
