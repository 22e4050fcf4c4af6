/**
 * A vendor's table of paginated lists: every GET path that its pagination scheme (`x-pagination` in redocly.yaml)
 * applies to, with the property of the page that holds the items. The scheme says which paths are lists; the items
 * key is the one array property of the page besides the scheme's own (`pagination`, `links`), or the operation's
 * `x-pagination-items` where the schema has several (or none the generator can see).
 */
import { type Json, refResolver } from './json-pointer.ts';
import type { PaginationScheme } from './registry.ts';

/** How a scheme is recognised, and the property of a page that is the scheme's own rather than the items. */
const SCHEMES: Record<PaginationScheme, { describe: string; own?: string; matches: (op: ListOperation) => boolean }> = {
  'page-number': {
    describe: 'page number with totals: `page`/`per_page`, answered with a `pagination` object',
    own: 'pagination',
    matches: (op) => op.body !== undefined && op.body.pagination !== undefined,
  },
  'next-link': {
    describe: "next link: `page`/`pageSize`, with a `next` link among the answer's `links`",
    own: 'links',
    matches: (op) => op.query.has('page') && op.query.has('pageSize'),
  },
  marker: {
    describe: 'marker: `limit`/`marker`, the next page starting after the id of the last item',
    matches: (op) => op.query.has('limit') && op.query.has('marker'),
  },
};

interface ListOperation {
  path: string;
  query: Set<string>;
  /** the properties of the 200 JSON body, resolved */
  body: Record<string, Json> | undefined;
  itemsExtension: unknown;
}

/** `[path, items key]` of every paginated GET, in the spec's order. Throws when an items key cannot be told. */
export function paginatedPaths(document: Json, scheme: PaginationScheme, specLabel: string): [string, string][] {
  const resolve = refResolver(document, specLabel);
  const { matches, own } = SCHEMES[scheme];
  const table: [string, string][] = [];
  for (const [path, rawItem] of Object.entries((document.paths ?? {}) as Record<string, unknown>)) {
    const item = resolve(rawItem) ?? {};
    const get = resolve(item.get);
    if (!get) continue;
    const parameters = [...((item.parameters as unknown[]) ?? []), ...((get.parameters as unknown[]) ?? [])]
      .map(resolve)
      .filter((p): p is Json => p?.in === 'query' && typeof p.name === 'string');
    const ok = resolve((get.responses as Json | undefined)?.['200']);
    const schema = resolve(((ok?.content as Json | undefined)?.['application/json'] as Json | undefined)?.schema);
    const properties = schema?.properties as Record<string, unknown> | undefined;
    const body =
      properties === undefined
        ? undefined
        : Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, resolve(value) ?? {}]));
    const op: ListOperation = {
      path,
      query: new Set(parameters.map((p) => p.name as string)),
      body,
      itemsExtension: get['x-pagination-items'],
    };
    if (!matches(op)) continue;
    table.push([path, itemsKey(op, own, specLabel)]);
  }
  return table;
}

function itemsKey(op: ListOperation, own: string | undefined, specLabel: string): string {
  const where = `${specLabel}: GET ${op.path}`;
  const arrays = Object.entries(op.body ?? {})
    .filter(([key, schema]) => key !== own && isArray(schema))
    .map(([key]) => key);
  if (op.itemsExtension !== undefined) {
    if (typeof op.itemsExtension !== 'string' || !arrays.includes(op.itemsExtension)) {
      throw new Error(
        `${where}: x-pagination-items ${JSON.stringify(op.itemsExtension)} is not an array property of its 200 answer (its array properties: ${arrays.join(', ') || 'none'})`,
      );
    }
    return op.itemsExtension;
  }
  if (arrays.length === 1 && arrays[0] !== undefined) return arrays[0];
  throw new Error(
    `${where} is a paginated list, but its 200 answer has ${arrays.length === 0 ? 'no array property' : `several array properties (${arrays.join(', ')})`}: name the one holding the items with \`x-pagination-items: <property>\` on the operation`,
  );
}

function isArray(schema: Json): boolean {
  const { type } = schema;
  return type === 'array' || (Array.isArray(type) && type.includes('array'));
}

export function renderPaginationTable(
  banner: string,
  document: Json,
  scheme: PaginationScheme,
  specLabel: string,
): string {
  const rows = paginatedPaths(document, scheme, specLabel);
  return [
    banner,
    `/**`,
    ` * The paginated lists of the spec, for the runtime's \`${scheme}\` scheme (${SCHEMES[scheme].describe}):`,
    ' * every GET path it applies to, with the property of a page that holds the items.',
    ' */',
    'export const paginatedPaths = {',
    ...rows.map(([path, key]) => `  ${JSON.stringify(path)}: ${JSON.stringify(key)},`),
    '} as const;',
    '',
  ].join('\n');
}
