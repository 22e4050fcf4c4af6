import { describe, expect, test, vi } from 'vitest';
import { ConfigurationError, PaginationError } from '../src/index.js';
import { PAGINATION_SCHEMES } from '../src/pagination-schemes.js';
import * as vendorKit from '../src/vendor-kit.js';
import {
  type ListTable,
  listWalker,
  markerScheme,
  pageSizeScheme,
  pageNumberScheme,
  paginate,
  paginateList,
} from '../src/vendor-kit.js';
import { fakeFetch, json } from './support/fake-fetch.js';
import { testClient } from './support/katapult-like.js';

const BASE = 'https://api.example.test';

interface Page {
  items: string[];
  pagination: { current_page: number; total_pages: number };
}

/** A Katapult-style list of 3 pages of 2 items. */
function katapultPages() {
  const fetchPage = vi.fn(async (page: number | undefined): Promise<Page> => {
    const current = page ?? 1;
    return { items: [`item-${current}a`, `item-${current}b`], pagination: { current_page: current, total_pages: 3 } };
  });
  const paginator = paginate({
    fetchPage,
    items: (page: Page) => page.items,
    next: (page: Page) =>
      page.pagination.current_page < page.pagination.total_pages ? page.pagination.current_page + 1 : undefined,
  });
  return { fetchPage, paginator };
}

describe('paginate', () => {
  test('iterates the items of every page and stops at the last page', async () => {
    const { fetchPage, paginator } = katapultPages();
    const items: string[] = [];
    for await (const item of paginator) items.push(item);
    expect(items).toEqual(['item-1a', 'item-1b', 'item-2a', 'item-2b', 'item-3a', 'item-3b']);
    expect(fetchPage.mock.calls).toEqual([[undefined], [2], [3]]);
  });

  test('breaking out of for-await makes no further request', async () => {
    const { fetchPage, paginator } = katapultPages();
    for await (const item of paginator) {
      if (item === 'item-1b') break;
    }
    expect(fetchPage).toHaveBeenCalledTimes(1);
  });

  test('nothing is fetched until iteration starts', () => {
    const { fetchPage } = katapultPages();
    expect(fetchPage).not.toHaveBeenCalled();
  });

  test('pages() yields whole pages', async () => {
    const { paginator } = katapultPages();
    const pages: number[] = [];
    for await (const page of paginator.pages()) pages.push(page.pagination.current_page);
    expect(pages).toEqual([1, 2, 3]);
  });

  test('an empty single page yields no items after one request', async () => {
    const fetchPage = vi.fn(async () => ({ items: [] as string[] }));
    const items: string[] = [];
    for await (const item of paginate({ fetchPage, items: (page) => page.items, next: () => null })) items.push(item);
    expect(items).toEqual([]);
    expect(fetchPage).toHaveBeenCalledTimes(1);
  });

  test('an error fetching a page ends the iteration with that error', async () => {
    const failure = new Error('503');
    const paginator = paginate({
      fetchPage: async (cursor: number | undefined) => {
        if (cursor === 2) throw failure;
        return { n: 1 };
      },
      items: () => ['a'],
      next: () => 2,
    });
    const items: string[] = [];
    await expect(
      (async () => {
        for await (const item of paginator) items.push(item);
      })(),
    ).rejects.toBe(failure);
    expect(items).toEqual(['a']);
  });
});

/** Fails a test that would otherwise loop forever (as paginate did before it remembered its cursors). */
function guard<T>(answer: () => T): () => Promise<T> {
  let calls = 0;
  return async () => {
    if (++calls > 10) throw new Error('paginate kept asking for the same pages');
    return answer();
  };
}

describe('paginate: a server that does not advance (issue 12 #2)', () => {
  test('paginate: throws PaginationError naming the list and the cursor when the cursor does not advance', async () => {
    const fetchPage = vi.fn(guard(() => ({ items: ['a'], current_page: 1 })));
    const paginator = paginate({
      fetchPage,
      items: (page) => page.items,
      next: (page) => page.current_page + 1,
      description: 'katapult GET /things',
    });
    const error = await (async () => {
      for await (const _ of paginator);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect(error).toMatchObject({ description: 'katapult GET /things', cursor: '2', pages: 2 });
    expect((error as Error).message).toMatch(/^katapult GET \/things: the server sent the cursor 2 again/);
    expect(fetchPage).toHaveBeenCalledTimes(2);
  });

  test('paginate: a cursor that comes back after others (a cycle) is caught too', async () => {
    const markers = ['m1', 'm2', 'm1'];
    let calls = 0;
    const paginator = paginate<{ next: string }, string, string>({
      fetchPage: guard(() => ({ next: markers[calls++] ?? 'end' })),
      items: () => ['an item'],
      next: (page) => page.next,
    });
    const error = await (async () => {
      for await (const _ of paginator);
    })().catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'PaginationError', cursor: '"m1"', pages: 3, reason: 'repeated-cursor' });
  });
});

test('paginate: with firstCursor, a next cursor pointing back to the first page is caught after one request', async () => {
  const fetchPage = vi.fn(guard(() => ({ next: 1 })));
  const paginator = paginate({ fetchPage, items: () => ['an item'], next: (page) => page.next, firstCursor: 1 });
  const error = await (async () => {
    for await (const _ of paginator);
  })().catch((e: unknown) => e);
  expect(error).toMatchObject({ name: 'PaginationError', cursor: '1', pages: 1 });
  expect(fetchPage).toHaveBeenCalledTimes(1);
});

describe('the registry of pagination schemes', () => {
  test('every scheme of the registry is exported by vendor-kit under its registry key (the generated tables import it so)', () => {
    for (const [exportName, scheme] of Object.entries(PAGINATION_SCHEMES)) {
      expect((vendorKit as Record<string, unknown>)[exportName]).toBe(scheme);
    }
    expect(Object.values(PAGINATION_SCHEMES).map((scheme) => scheme.name)).toEqual([
      'page-number',
      'next-link',
      'marker',
      'page-size',
    ]);
  });

  // A table may give its lists different schemes (SCP's vpc lists will page differently from its servers).
  const table: ListTable = {
    '/items': ['items', pageNumberScheme],
    '/things': ['things', markerScheme],
  };
  const pages = (request: Request) => {
    const query = new URL(request.url).searchParams;
    if (new URL(request.url).pathname.endsWith('/items')) {
      const page = Number(query.get('page'));
      return json(200, { items: [`i${page}`], pagination: { current_page: page, total_pages: 2, per_page: 1 } });
    }
    return json(200, { things: query.get('marker') ? [] : [{ id: 't1' }] });
  };

  test('paginateList walks each path on the scheme its table row gives, with the scheme page-size option', async () => {
    const fake = fakeFetch(pages);
    const { client } = testClient({ baseUrl: BASE, fetch: fake.fetch });
    const items: unknown[] = [];
    for await (const item of paginateList(client, 'katapult', table, '/items', { perPage: 1 } as object))
      items.push(item);
    for await (const thing of paginateList(client, 'katapult', table, '/things', { limit: 1 } as object))
      items.push(thing);
    expect(items).toEqual(['i1', 'i2', { id: 't1' }]);
    expect(fake.requests.map((r) => r.url.slice(BASE.length))).toEqual([
      '/items?page=1&per_page=1',
      '/items?page=2&per_page=1',
      '/things?limit=1',
      '/things?limit=1&marker=t1',
    ]);
  });

  test("listWalker reads the page size from the argument object's query, else the scheme's default", async () => {
    const fake = fakeFetch(pages);
    const { client } = testClient({ baseUrl: BASE, fetch: fake.fetch });
    const walk = listWalker('katapult', table);
    for await (const _ of walk(client, '/items', { query: { per_page: 1 } }, {}));
    for await (const _ of walk(client, '/things', { query: {} }, {}));
    expect(fake.requests.map((r) => r.url.slice(BASE.length))).toEqual([
      '/items?per_page=1&page=1',
      '/items?per_page=1&page=2',
      '/things?limit=100',
    ]);
  });

  test("marker: a list whose table row names its cursor key pages after that property of the last item (SCP's key pairs, by name)", async () => {
    const named: ListTable = { '/keys': ['keys', markerScheme, 'name'] };
    const fake = fakeFetch((request) => {
      const marker = new URL(request.url).searchParams.get('marker');
      if (marker === null) return json(200, { keys: [{ name: 'a' }, { name: 'b' }] });
      return json(200, { keys: marker === 'b' ? [{ name: 'c' }] : [] });
    });
    const { client } = testClient({ baseUrl: BASE, fetch: fake.fetch });
    const names: unknown[] = [];
    for await (const key of paginateList(client, 'scp', named, '/keys', { limit: 2 } as object)) names.push(key);
    expect(names).toEqual([{ name: 'a' }, { name: 'b' }, { name: 'c' }]);
    expect(fake.requests.map((r) => r.url.slice(BASE.length))).toEqual(['/keys?limit=2', '/keys?limit=2&marker=b']);
    // without the row's key, the scheme reads `id`, which these items do not have
    const error = await (async () => {
      for await (const _ of paginateList(client, 'scp', { '/keys': ['keys', markerScheme] }, '/keys', {
        limit: 2,
      } as object));
    })().catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'PaginationError', message: expect.stringContaining('has no "id"') });
  });

  test('page-size: pages from 0 until the page that reaches count; size sent when given, else the API decides', async () => {
    const sized: ListTable = { '/nats': ['nats', pageSizeScheme] };
    const all = ['n0', 'n1', 'n2', 'n3', 'n4'];
    const fake = fakeFetch((request) => {
      const query = new URL(request.url).searchParams;
      const page = Number(query.get('page'));
      const size = Number(query.get('size') ?? 3);
      return json(200, { nats: all.slice(page * size, (page + 1) * size), page, size, count: all.length, sort: [] });
    });
    const { client } = testClient({ baseUrl: BASE, fetch: fake.fetch });
    const seen: unknown[] = [];
    for await (const nat of paginateList(client, 'scp', sized, '/nats', { size: 2 } as object)) seen.push(nat);
    for await (const nat of listWalker('scp', sized)(client, '/nats', { query: {} }, {})) seen.push(nat);
    expect(seen).toEqual([...all, ...all]);
    expect(fake.requests.map((r) => r.url.slice(BASE.length))).toEqual([
      '/nats?page=0&size=2',
      '/nats?page=1&size=2',
      '/nats?page=2&size=2',
      '/nats?page=0',
      '/nats?page=1',
    ]);
  });

  test('page-size: an answer without page, size and count is a ResponseParseError saying what was expected', async () => {
    const fake = fakeFetch(() => json(200, { nats: ['n0'] }));
    const { client } = testClient({ baseUrl: BASE, fetch: fake.fetch });
    const error = await (async () => {
      for await (const _ of paginateList(client, 'scp', { '/nats': ['nats', pageSizeScheme] }, '/nats'));
    })().catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: 'ResponseParseError',
      message: expect.stringContaining('whole numbers "page", "size" and "count"'),
    });
  });

  test('a path the table does not hold is a ConfigurationError that says to regenerate', () => {
    const { client } = testClient({ baseUrl: BASE, fetch: fakeFetch(pages).fetch });
    expect(() => paginateList(client, 'katapult', table, '/other')).toThrow(ConfigurationError);
    expect(() => listWalker('katapult', table)(client, '/other', { query: {} }, {})).toThrow(/regenerate the client/);
  });
});
