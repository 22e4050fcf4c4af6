import { describe, expect, test, vi } from 'vitest';
import { paginate } from '../src/index.js';

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
