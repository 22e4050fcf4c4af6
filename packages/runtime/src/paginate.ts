/** Walking a paginated list lazily: a page is fetched only when the consumer gets to it. */
import { paginationError } from './client-registry.js';

export interface PaginateOptions<TPage, TItem, TCursor> {
  /** Fetches one page; `undefined` for the first. */
  fetchPage: (cursor: TCursor | undefined) => Promise<TPage>;
  /** The items on a page. */
  items: (page: TPage) => readonly TItem[];
  /**
   * The cursor of the page after this one, or `undefined` (or `null`) when this is the last. `pages` is how many
   * pages have been fetched, this one included.
   */
  next: (page: TPage, pages: number) => TCursor | undefined | null;
  /** What is listed, for the error when the server repeats a cursor: "katapult GET /organizations/.../ip_addresses". */
  description?: string;
  /**
   * The cursor that names the first page, fetched with `undefined` (page 1 for page-numbered lists), so that a `next`
   * pointing back to it is caught at once.
   */
  firstCursor?: TCursor;
  /**
   * The client the pages come from: a PaginationError is built without its secrets (a server may echo an access key
   * or a signature as an id, which becomes the cursor).
   */
  client?: object | undefined;
}

export interface Paginator<TPage, TItem> extends AsyncIterable<TItem> {
  /** The pages, one request each, in order. */
  pages(): AsyncGenerator<TPage, void, undefined>;
  /** The items of all pages: `for await (const item of paginate(...))`. Breaking out makes no further request. */
  [Symbol.asyncIterator](): AsyncGenerator<TItem, void, undefined>;
}

/**
 * Walks the pages. It stops with PaginationError, rather than ask forever, when the server sends a cursor already
 * asked for, or an empty page that names a page after it (a `per_page` of 0, a `total_pages` of 10⁹): a list whose
 * pages stop holding items has ended, whatever its server claims.
 */
export function paginate<TPage, TItem, TCursor = unknown>(
  opts: PaginateOptions<TPage, TItem, TCursor>,
): Paginator<TPage, TItem> {
  const description = opts.description ?? 'a paginated list';
  async function* pages(): AsyncGenerator<TPage, void, undefined> {
    let cursor: TCursor | undefined;
    // Every cursor asked for: a server that does not advance (a page number that stays, a marker it ignores, a
    // `next` link to the same page) would otherwise be asked for the same pages forever.
    const seen = new Set<string>(opts.firstCursor === undefined ? [] : [cursorKey(opts.firstCursor)]);
    for (let pages = 1; ; pages++) {
      const page = await opts.fetchPage(cursor);
      yield page;
      const next = opts.next(page, pages);
      if (next === undefined || next === null) return;
      const key = cursorKey(next);
      if (seen.has(key)) {
        throw paginationError(
          opts.client,
          (shown) =>
            `${description}: the server sent the cursor ${shown} again after ${pages} pages, so the next page would repeat one already fetched. Stopped instead of asking for the same pages forever; the server does not advance its pagination.`,
          { description, cursor: next, pages, reason: 'repeated-cursor' },
        );
      }
      if (opts.items(page).length === 0) {
        throw paginationError(
          opts.client,
          (shown) =>
            `${description}: page ${pages} holds no items but names a page after it (${shown}). Stopped instead of asking for more: a list whose pages stop holding items has ended, whatever its server claims.`,
          { description, cursor: next, pages, reason: 'empty-page' },
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
