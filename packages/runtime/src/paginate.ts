/** Walking a paginated list lazily: a page is fetched only when the consumer gets to it. */
import { PaginationError } from './errors.js';

export interface PaginateOptions<TPage, TItem, TCursor> {
  /** Fetches one page; `undefined` for the first. */
  fetchPage: (cursor: TCursor | undefined) => Promise<TPage>;
  /** The items on a page. */
  items: (page: TPage) => readonly TItem[];
  /** The cursor of the page after this one, or `undefined` (or `null`) when this is the last. */
  next: (page: TPage) => TCursor | undefined | null;
  /** What is listed, for the error when the server repeats a cursor: "katapult GET /organizations/.../ip_addresses". */
  description?: string;
  /**
   * The cursor that names the first page, fetched with `undefined` (page 1 for page-numbered lists), so that a `next`
   * pointing back to it is caught at once.
   */
  firstCursor?: TCursor;
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
    // Every cursor asked for: a server that does not advance (a page number that stays, a marker it ignores, a
    // `next` link to the same page) would otherwise be asked for the same pages forever.
    const seen = new Set<string>(opts.firstCursor === undefined ? [] : [cursorKey(opts.firstCursor)]);
    for (let pages = 1; ; pages++) {
      const page = await opts.fetchPage(cursor);
      yield page;
      const next = opts.next(page);
      if (next === undefined || next === null) return;
      const key = cursorKey(next);
      if (seen.has(key)) {
        const description = opts.description ?? 'a paginated list';
        throw new PaginationError(
          `${description}: the server sent the cursor ${key} again after ${pages} pages, so the next page would repeat one already fetched. Stopped instead of asking for the same pages forever; the server does not advance its pagination.`,
          { description, cursor: key, pages },
        );
      }
      seen.add(key);
      cursor = next;
    }
  }
  async function* items(): AsyncGenerator<TItem, void, undefined> {
    for await (const page of pages()) yield* opts.items(page);
  }
  return { pages, [Symbol.asyncIterator]: items };
}

/** A cursor as text: a number or string as itself, anything else as its JSON. */
function cursorKey(cursor: unknown): string {
  if (typeof cursor === 'string') return JSON.stringify(cursor);
  if (typeof cursor !== 'object' || cursor === null) return String(cursor);
  try {
    return JSON.stringify(cursor);
  } catch {
    return String(cursor);
  }
}
