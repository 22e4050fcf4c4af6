/**
 * The generator's reading of the runtime's pagination registry: which GETs of a spec are lists, on which of the
 * vendor's schemes, with which items key; and the committed pagination tables equal to what it renders now.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedBanner } from '../lib/generation.ts';
import { paginatedLists, renderPaginationTable } from '../lib/pagination-table.ts';
import { loadRegistry, specLabel } from '../lib/registry.ts';

const repo = join(import.meta.dirname, '..', '..');

const page = (items: string, extra: Record<string, unknown> = {}) => ({
  '200': {
    description: 'a page',
    content: {
      'application/json': {
        schema: { type: 'object', properties: { [items]: { type: 'array', items: {} }, ...extra } },
      },
    },
  },
});
const query = (...names: string[]) => names.map((name) => ({ name, in: 'query', schema: { type: 'string' } }));

/** Lists of two schemes in one spec, as SCP's vpc documents have (limit/marker beside numbered pages). */
const twoSchemes = {
  paths: {
    '/servers': { get: { parameters: query('limit', 'marker'), responses: page('servers') } },
    '/flavors': { get: { parameters: query('page', 'pageSize', 'name'), responses: page('flavors', { links: {} }) } },
    '/ips': { get: { parameters: query('page', 'per_page'), responses: page('ips', { pagination: {} }) } },
    '/one': { get: { responses: page('things') } },
  },
};

describe('paginated lists', () => {
  it("each GET is a list of the vendor's scheme that recognises it; a GET no scheme recognises is none", () => {
    expect(paginatedLists(twoSchemes, ['marker', 'next-link'], 'two.yaml')).toEqual([
      { path: '/servers', itemsKey: 'servers', scheme: 'marker' },
      { path: '/flavors', itemsKey: 'flavors', scheme: 'next-link' },
    ]);
    expect(paginatedLists(twoSchemes, ['page-number'], 'two.yaml')).toEqual([
      { path: '/ips', itemsKey: 'ips', scheme: 'page-number' },
    ]);
  });

  it("a GET two of the vendor's schemes recognise needs its own x-pagination, which picks one", () => {
    const both = {
      paths: { '/both': { get: { parameters: query('page', 'pageSize', 'limit', 'marker'), responses: page('xs') } } },
    };
    expect(() => paginatedLists(both, ['marker', 'next-link'], 'both.yaml')).toThrow(
      'both.yaml: GET /both looks like a list of several schemes (marker, next-link): name its scheme with `x-pagination: <scheme>` on the operation',
    );
    const get = both.paths['/both'].get as Record<string, unknown>;
    get['x-pagination'] = 'next-link';
    expect(paginatedLists(both, ['marker', 'next-link'], 'both.yaml')).toEqual([
      { path: '/both', itemsKey: 'xs', scheme: 'next-link' },
    ]);
    get['x-pagination'] = 'page-number';
    expect(() => paginatedLists(both, ['marker', 'next-link'], 'both.yaml')).toThrow(
      `both.yaml: GET /both: x-pagination "page-number" is not one of the vendor's schemes`,
    );
  });

  it("x-pagination-marker names the item property a marker list's cursor is; the table row carries it", () => {
    const keys = {
      paths: {
        '/keys': {
          get: { 'x-pagination-marker': 'name', parameters: query('limit', 'marker'), responses: page('keys') },
        },
        '/ids': { get: { 'x-pagination-marker': 'id', parameters: query('limit', 'marker'), responses: page('ids') } },
      },
    };
    expect(paginatedLists(keys, ['marker'], 'keys.yaml')).toEqual([
      { path: '/keys', itemsKey: 'keys', scheme: 'marker', cursorKey: 'name' },
      // the scheme's own cursor, said again: nothing to carry
      { path: '/ids', itemsKey: 'ids', scheme: 'marker' },
    ]);
    expect(renderPaginationTable('', keys, { vendor: 'acme', schemes: ['marker'] }, 'keys.yaml')).toContain(
      '  "/keys": ["keys", markerScheme, "name"],\n',
    );
    const numbered = {
      paths: {
        '/nats': { get: { 'x-pagination-marker': 'name', parameters: query('page', 'size'), responses: page('nats') } },
      },
    };
    expect(() => paginatedLists(numbered, ['page-size'], 'nats.yaml')).toThrow(
      'nats.yaml: GET /nats: x-pagination-marker means nothing to the page-size scheme, whose cursor is no item property',
    );
  });

  it('the rendered table imports only the schemes its lists use, and gives each row its scheme', () => {
    const rendered = renderPaginationTable(
      '// banner\n',
      twoSchemes,
      { vendor: 'acme', schemes: ['marker', 'next-link'] },
      'two.yaml',
    );
    expect(rendered).toContain(
      '  "/servers": ["servers", markerScheme],\n  "/flavors": ["flavors", nextLinkScheme],\n',
    );
    expect(rendered).not.toContain('pageNumberScheme');
    expect(rendered).toContain('  client: AcmeClient<boolean>,');
    expect(rendered).toContain('return paginateList(client, "acme", paginatedPaths, path, options)');
  });

  it('the committed pagination tables are what the generator renders from the committed bundles', async () => {
    for (const entry of await loadRegistry(repo)) {
      if (!entry.pagination) continue;
      const label = specLabel(repo, entry);
      const document = JSON.parse(
        readFileSync(join(repo, 'packages', 'mock', 'specs', `${entry.vendor}.json`), 'utf8'),
      );
      const rendered = renderPaginationTable(
        generatedBanner(label),
        document,
        { vendor: entry.vendor, schemes: entry.pagination },
        label,
      );
      expect(readFileSync(join(entry.generatedDir, 'pagination.ts'), 'utf8'), entry.vendor).toBe(rendered);
    }
  });
});
