/** Walking a paginated list lazily: a page is fetched only when the consumer gets to it. */

export interface PaginateOptions<TPage, TItem, TCursor> {
  /** Fetches one page; `undefined` for the first. */
  fetchPage: (cursor: TCursor | undefined) => Promise<TPage>;
  /** The items on a page. */
  items: (page: TPage) => readonly TItem[];
  /** The cursor of the page after this one, or `undefined` (or `null`) when this is the last. */
  next: (page: TPage) => TCursor | undefined | null;
}

export interface Paginator<TPage, TItem> extends AsyncIterable<TItem> {
  /** The pages, one request each, in order. */
  pages(): AsyncGenerator<TPage, void, undefined>;
  /** The items of all pages: `for await (const item of paginate(...))`. Breaking out makes no further request. */
  [Symbol.asyncIterator](): AsyncGenerator<TItem, void, undefined>;
}

export function paginate<TPage, TItem, TCursor = unknown>(
  opts: PaginateOptions<TPage, TItem, TCursor>,
): Paginator<TPage, TItem> {
  async function* pages(): AsyncGenerator<TPage, void, undefined> {
    let cursor: TCursor | undefined;
    for (;;) {
      const page = await opts.fetchPage(cursor);
      yield page;
      const next = opts.next(page);
      if (next === undefined || next === null) return;
      cursor = next;
    }
  }
  async function* items(): AsyncGenerator<TItem, void, undefined> {
    for await (const page of pages()) yield* opts.items(page);
  }
  return { pages, [Symbol.asyncIterator]: items };
}
