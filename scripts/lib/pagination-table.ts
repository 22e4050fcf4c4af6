/**
 * A vendor's paginated lists, and the module generated from them (`src/generated/pagination.ts`): every GET path of
 * the spec that one of the vendor's pagination schemes (`x-pagination` in redocly.yaml) applies to, with the property
 * of a page that holds the items and the list's scheme, and the vendor's typed `paginate` over that table. What a
 * scheme is — its paging parameters, how its lists are recognised, its page-size option — is the runtime's registry
 * (packages/runtime/src/pagination-schemes.ts), read here. The items key is the one array property of the page
 * besides the scheme's own (`pagination`, `links`), or the operation's `x-pagination-items` where the schema has
 * several (or none the generator can see). Where two of the vendor's schemes recognise one list, the operation's own
 * `x-pagination` names its scheme.
 */
import {
  PAGINATION_SCHEMES,
  type PaginationScheme,
  type PaginationSchemeName,
} from '../../packages/runtime/src/pagination-schemes.ts';
import { type Json, refResolver } from './json-pointer.ts';
import { className } from './naming.ts';

interface ListOperation {
  path: string;
  query: Set<string>;
  /** the properties of the 200 JSON body, resolved */
  body: Record<string, Json> | undefined;
  itemsExtension: unknown;
  schemeExtension: unknown;
  markerExtension: unknown;
}

/** One paginated list: its GET path, the property of a page holding the items, and its scheme. */
export interface PaginatedList {
  path: string;
  itemsKey: string;
  scheme: PaginationSchemeName;
  /** `x-pagination-marker`: the property of an item sent as the next page's cursor, where not the scheme's own */
  cursorKey?: string;
}

/** A scheme by its registry name, with the name vendor-kit exports it as (what a generated table imports). */
function schemeNamed(name: string): { exportName: string; scheme: PaginationScheme } {
  for (const [exportName, scheme] of Object.entries(PAGINATION_SCHEMES)) {
    if (scheme.name === name) return { exportName, scheme };
  }
  throw new Error(`no pagination scheme named ${JSON.stringify(name)} in the runtime's registry`);
}

function recognises(scheme: PaginationScheme, op: ListOperation): boolean {
  return scheme.recognisedBy === 'answer'
    ? scheme.own !== undefined && op.body?.[scheme.own] !== undefined
    : scheme.paging.every((parameter) => op.query.has(parameter));
}

/** Every paginated GET of the spec, in the spec's order. Throws when a list's scheme or items key cannot be told. */
export function paginatedLists(
  document: Json,
  schemes: readonly PaginationSchemeName[],
  specLabel: string,
): PaginatedList[] {
  const resolve = refResolver(document, specLabel);
  const candidates = schemes.map((name) => schemeNamed(name).scheme);
  const lists: PaginatedList[] = [];
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
      schemeExtension: get['x-pagination'],
      markerExtension: get['x-pagination-marker'],
    };
    const scheme = schemeOf(op, candidates, specLabel);
    if (scheme === undefined) {
      if (op.markerExtension !== undefined) {
        throw new Error(`${specLabel}: GET ${path} has x-pagination-marker, but is no paginated list of the vendor`);
      }
      continue;
    }
    const cursorKey = markerKey(op, scheme, specLabel);
    lists.push({
      path,
      itemsKey: itemsKey(op, scheme.own, specLabel),
      scheme: scheme.name as PaginationSchemeName,
      ...(cursorKey === undefined ? {} : { cursorKey }),
    });
  }
  return lists;
}

/** `[path, items key]` of every paginated GET, in the spec's order (for the resource layer, the twins and the docs). */
export function paginatedPaths(
  document: Json,
  schemes: readonly PaginationSchemeName[],
  specLabel: string,
): [string, string][] {
  return paginatedLists(document, schemes, specLabel).map((list) => [list.path, list.itemsKey]);
}

function schemeOf(
  op: ListOperation,
  candidates: readonly PaginationScheme[],
  specLabel: string,
): PaginationScheme | undefined {
  const where = `${specLabel}: GET ${op.path}`;
  if (op.schemeExtension !== undefined) {
    const named = candidates.find((scheme) => scheme.name === op.schemeExtension);
    if (named === undefined) {
      throw new Error(
        `${where}: x-pagination ${JSON.stringify(op.schemeExtension)} is not one of the vendor's schemes (x-pagination in redocly.yaml: ${candidates.map((s) => s.name).join(', ')})`,
      );
    }
    return named;
  }
  const matching = candidates.filter((scheme) => recognises(scheme, op));
  if (matching.length > 1) {
    throw new Error(
      `${where} looks like a list of several schemes (${matching.map((s) => s.name).join(', ')}): name its scheme with \`x-pagination: <scheme>\` on the operation`,
    );
  }
  return matching[0];
}

/**
 * `x-pagination-marker: <property>`: the list's cursor is that property of its last item, not the scheme's
 * `itemCursor` (SCP's key pairs have no id: their marker is the name). Only for a scheme with an item cursor.
 */
function markerKey(op: ListOperation, scheme: PaginationScheme, specLabel: string): string | undefined {
  const given = op.markerExtension;
  if (given === undefined || given === scheme.itemCursor) return undefined;
  const where = `${specLabel}: GET ${op.path}`;
  if (scheme.itemCursor === undefined) {
    throw new Error(
      `${where}: x-pagination-marker means nothing to the ${scheme.name} scheme, whose cursor is no item property`,
    );
  }
  if (typeof given !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(given)) {
    throw new Error(`${where}: x-pagination-marker must name a property of the items, got ${JSON.stringify(given)}`);
  }
  return given;
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

/** The generated `pagination.ts` of a vendor: its table of lists, and `paginate` with its types. */
export function renderPaginationTable(
  banner: string,
  document: Json,
  vendor: { vendor: string; schemes: readonly PaginationSchemeName[] },
  specLabel: string,
): string {
  const lists = paginatedLists(document, vendor.schemes, specLabel);
  const used = [...new Set(lists.map((list) => list.scheme))].map((name) => ({ name, ...schemeNamed(name) }));
  const exportOf = new Map(used.map(({ name, exportName }) => [name, exportName]));
  const clientType = `${className(vendor.vendor)}Client`;
  const describe = (scheme: PaginationScheme) =>
    ` *   ${scheme.name}: ${scheme.paging.map((p) => `\`${p}\``).join(', ')}${scheme.own ? `, and each page's \`${scheme.own}\`` : ''}`;
  return [
    banner,
    '/**',
    " * The paginated lists of the spec, with the property of a page that holds the items and the list's scheme (of the",
    " * runtime's schemes the vendor names in redocly.yaml's x-pagination, those its lists use):",
    ...used.map(({ scheme }) => describe(scheme)),
    " * `paginate` below and the resource layer's lists walk them.",
    ' */',
    'import {',
    '  type GetOperation,',
    '  type ItemOf,',
    '  type ListOptions,',
    '  type ListOptionsArgument,',
    '  type OkJson,',
    '  type Paginator,',
    ...used.map(({ exportName }) => `  ${exportName},`).sort(),
    '  paginateList,',
    "} from '@cloudspecs/runtime/vendor-kit';",
    `import type { ${clientType} } from './client-types.js';`,
    "import type { paths } from './schema.js';",
    '',
    'export const paginatedPaths = {',
    ...lists.map(
      (list) =>
        `  ${JSON.stringify(list.path)}: [${JSON.stringify(list.itemsKey)}, ${exportOf.get(list.scheme)}${list.cursorKey === undefined ? '' : `, ${JSON.stringify(list.cursorKey)}`}],`,
    ),
    '} as const;',
    '',
    '/** The GET paths that are paginated lists: the table above. */',
    'export type PaginatedPath = keyof typeof paginatedPaths;',
    'type Get<P extends PaginatedPath> = GetOperation<paths, P>;',
    'type Scheme<P extends PaginatedPath> = (typeof paginatedPaths)[P][1];',
    '/** One page of a list, as the API answers it. */',
    'export type Page<P extends PaginatedPath> = OkJson<Get<P>>;',
    '/** The items of a list: the array under the property the table names. */',
    'export type PageItem<P extends PaginatedPath> = ItemOf<Page<P>, (typeof paginatedPaths)[P][0]>;',
    "/** The options of `paginate` for a list: its path parameters and filters, its scheme's page size, a signal. */",
    'export type PaginateOptions<P extends PaginatedPath> = ListOptions<Get<P>, Scheme<P>>;',
    '',
    '/**',
    ' * Walks a paginated list lazily, one request per page, on its scheme: `for await (const item of paginate(…))`, or',
    ' * `.pages()` for whole pages. Breaking out of the loop makes no further request. Each page is a GET, retried by the',
    " * client's policy; a failure throws the runtime's error classes, a page that is not what the scheme expects a",
    ' * ResponseParseError, and a cursor that does not advance (or an empty page that names a next one) a PaginationError.',
    ' */',
    'export function paginate<P extends PaginatedPath>(',
    `  client: ${clientType}<boolean>,`,
    '  path: P,',
    '  ...[options]: ListOptionsArgument<Get<P>, Scheme<P>>',
    '): Paginator<Page<P>, PageItem<P>> {',
    `  return paginateList(client, ${JSON.stringify(vendor.vendor)}, paginatedPaths, path, options) as Paginator<Page<P>, PageItem<P>>;`,
    '}',
    '',
  ].join('\n');
}
