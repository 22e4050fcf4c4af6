import { describe, expect, test, vi } from 'vitest';
import { PaginationError } from '../src/index.js';
import { paginate } from '../src/vendor-kit.js';

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
