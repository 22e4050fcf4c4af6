/**
 * `paginate` covers every paginated list of the spec: the GET paths whose 200 answer has a `pagination` object (read
 * from the bundled spec the mock serves) are exactly the members of the `PaginatedPath` type (read with the TypeScript
 * compiler), and each of them is walked across two pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, inject, it } from 'vitest';
import { createKatapultClient, type PaginatedPath, paginate } from '../src/index.js';

type Schema = { $ref?: string; properties?: Record<string, Schema>; allOf?: Schema[]; type?: string | string[] };
type Spec = { paths: Record<string, { get?: { responses?: Record<string, unknown> } }> };

const packageDir = join(import.meta.dirname, '..');
const spec = JSON.parse(readFileSync(join(packageDir, '..', 'mock', 'specs', 'katapult.json'), 'utf8')) as Spec;

function resolve<T>(node: T): T {
  let current = node as { $ref?: string } | undefined;
  while (current?.$ref) {
    current = current.$ref
      .slice(2)
      .split('/')
      .reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], spec) as { $ref?: string };
  }
  return current as T;
}

/** The properties of a schema, through $ref and allOf. */
function propertiesOf(schema: Schema | undefined): Record<string, Schema> {
  const resolved = resolve(schema);
  if (!resolved) return {};
  return Object.assign({}, ...(resolved.allOf ?? []).map(propertiesOf), resolved.properties ?? {});
}

/** Every paginated GET of the spec, with the name of its array of items. */
const listsInSpec = Object.entries(spec.paths).flatMap(([path, item]) => {
  const ok = resolve(item.get?.responses?.['200'] as { content?: Record<string, { schema?: Schema }> } | undefined);
  const properties = propertiesOf(ok?.content?.['application/json']?.schema);
  if (!properties.pagination) return [];
  const itemsKey = Object.keys(properties).find((key) => {
    const type = resolve(properties[key])?.type;
    return key !== 'pagination' && (type === 'array' || (Array.isArray(type) && type.includes('array')));
  });
  return [{ path, itemsKey }];
});

/** The string literals of the `PaginatedPath` union, as the compiler sees them in the package's own types. */
function paginatedPathMembers(): string[] {
  const file = join(packageDir, 'src', 'generated', 'pagination.ts');
  const config = ts.getParsedCommandLineOfConfigFile(
    join(packageDir, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  const program = ts.createProgram([file], { ...config?.options, noEmit: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const alias = source?.statements.find(
    (statement): statement is ts.TypeAliasDeclaration =>
      ts.isTypeAliasDeclaration(statement) && statement.name.text === 'PaginatedPath',
  );
  if (!alias) throw new Error('src/generated/pagination.ts declares no type PaginatedPath');
  const type = checker.getTypeAtLocation(alias.name);
  return (type.isUnion() ? type.types : [type]).map((member) => String((member as ts.StringLiteralType).value));
}

describe('paginate covers every paginated list of the spec', () => {
  it('PaginatedPath is exactly the GET paths whose 200 has a pagination object', () => {
    const typed = paginatedPathMembers().sort();
    expect(listsInSpec.length).toBeGreaterThan(30);
    expect(typed).toEqual(listsInSpec.map((list) => list.path).sort());
  }, 60_000);

  it('paginate: every paginated list is walked across two pages', async () => {
    for (const { path, itemsKey } of listsInSpec) {
      expect(itemsKey, `${path}: an array of items beside pagination`).toBeDefined();
      const pages: (string | null)[] = [];
      const fetch = async (request: Request) => {
        const url = new URL(request.url);
        expect(url.pathname).toBe(path);
        const page = Number(url.searchParams.get('page'));
        pages.push(url.searchParams.get('page'));
        const body = {
          pagination: { current_page: page, total_pages: 2, total: 3, per_page: 2, large_set: false },
          [itemsKey as string]: page === 1 ? [{ id: 'a' }, { id: 'b' }] : [{ id: 'c' }],
        };
        return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
      };
      const client = createKatapultClient({ token: 'kt-test-token', baseUrl: 'http://127.0.0.1:9', fetch });
      // Each list's own lookup does not matter to a fake server; the types of each are checked by the test above.
      const walk = paginate as (c: typeof client, p: PaginatedPath, o: object) => AsyncIterable<{ id: string }>;
      const ids: string[] = [];
      for await (const item of walk(client, path as PaginatedPath, { query: {}, perPage: 2 })) ids.push(item.id);
      expect({ path, ids, pages }).toEqual({ path, ids: ['a', 'b', 'c'], pages: ['1', '2'] });
    }
  });

  it('paginate: a list new with the whole API, SSH keys, against the mock', async () => {
    const client = createKatapultClient({ token: 'kt-test-token', baseUrl: inject('mockUrl'), maxRetries: 0 });
    const keys: string[] = [];
    for await (const key of paginate(client, '/organizations/organization/ssh_keys', {
      query: { organization: { sub_domain: 'acme' } },
    })) {
      keys.push(key.id);
    }
    expect(keys.length).toBeGreaterThan(0);
  });
});
