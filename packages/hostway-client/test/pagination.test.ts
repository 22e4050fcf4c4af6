import { PaginationError, ResponseParseError } from '@cloudspecs/runtime';
import { describe, expect, inject, it } from 'vitest';
import { createHostwayClient, paginate } from '../src/index.js';

/** A fake Hostway holding `total` flavors, paging as the Pagination page describes. */
function fakeFlavors(total: number) {
  const requests: URL[] = [];
  const fetch = async (request: Request) => {
    const url = new URL(request.url);
    requests.push(url);
    const page = Number(url.searchParams.get('page'));
    const size = Number(url.searchParams.get('pageSize'));
    const last = Math.max(1, Math.ceil(total / size));
    const link = (rel: string, n: number) => ({ rel, href: `/flavors?page=${n}&pageSize=${size}` });
    const links = [link('self', page), ...(page < last ? [link('next', page + 1), link('last', last)] : [])];
    const flavors = Array.from({ length: total }, (_, i) => ({
      id: String(i + 1),
      name: `f${i + 1}`,
      links: [],
    })).slice((page - 1) * size, page * size);
    return new Response(JSON.stringify({ flavors, links }), { headers: { 'Content-Type': 'application/json' } });
  };
  return {
    requests,
    client: createHostwayClient({ username: 'u', password: 'p', baseUrl: 'http://127.0.0.1:9', fetch }),
  };
}

describe('paginate (Hostway page/pageSize)', () => {
  it('paginate: follows next links to the last page', async () => {
    const { client, requests } = fakeFlavors(5);
    const ids: string[] = [];
    for await (const flavor of paginate(client, '/flavors', { pageSize: 2 })) ids.push(flavor.id);
    expect(ids).toEqual(['1', '2', '3', '4', '5']);
    expect(requests.map((u) => `${u.searchParams.get('page')}/${u.searchParams.get('pageSize')}`)).toEqual([
      '1/2',
      '2/2',
      '3/2',
    ]);
  });

  it('paginate: breaking out makes no further request', async () => {
    const { client, requests } = fakeFlavors(50);
    for await (const _ of paginate(client, '/flavors', { pageSize: 10 })) break;
    expect(requests).toHaveLength(1);
  });

  it('paginate: the long form takes its account as a path parameter', async () => {
    const { client, requests } = fakeFlavors(1);
    const items = [];
    for await (const flavor of paginate(client, '/accounts/{accountId}/flexcloud/flavors', {
      path: { accountId: 'smith1234' },
    })) {
      items.push(flavor);
    }
    expect(items).toHaveLength(1);
    expect(requests[0]?.pathname).toBe('/accounts/smith1234/flexcloud/flavors');
    expect(requests[0]?.searchParams.get('pageSize')).toBe('100');
  });

  it('paginate: against the mock, servers with details', async () => {
    const client = createHostwayClient({ username: 'u', password: 'p', baseUrl: inject('mockUrl') });
    const names = [];
    for await (const server of paginate(client, '/servers/detail', { pageSize: 50 })) names.push(server.name);
    expect(names.length).toBeGreaterThan(0);
  });
});

describe('paginate: odd answers (issue 12)', () => {
  /** Answers every page with `body(page)`, and 404 after 10 requests so a loop cannot run forever. */
  function answering(body: (page: number) => unknown) {
    const requests: URL[] = [];
    const fetch = async (request: Request) => {
      const url = new URL(request.url);
      requests.push(url);
      if (requests.length > 10)
        return new Response('{"itemNotFound":{"message":"looping","code":404}}', { status: 404 });
      return new Response(JSON.stringify(body(Number(url.searchParams.get('page')))), {
        headers: { 'Content-Type': 'application/json' },
      });
    };
    return {
      requests,
      client: createHostwayClient({
        username: 'u',
        password: 'hw-test-password',
        baseUrl: 'http://127.0.0.1:9',
        fetch,
      }),
    };
  }

  it('paginate: a next link to the same page throws PaginationError naming the path and the page', async () => {
    const { client, requests } = answering(() => ({
      flavors: [{ id: '1', name: 'f1', links: [] }],
      links: [{ rel: 'next', href: '/flavors?page=1&pageSize=2' }],
    }));
    const error = await (async () => {
      for await (const _ of paginate(client, '/flavors', { pageSize: 2 }));
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect(error).toMatchObject({ cursor: '1' });
    expect((error as Error).message).toContain('/flavors');
    expect(requests).toHaveLength(1);
  });

  it('paginate: a page that is not an object is a ResponseParseError saying what arrived', async () => {
    const { client } = answering(() => null);
    const error = await (async () => {
      for await (const _ of paginate(client, '/flavors'));
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseParseError);
    expect((error as Error).message).toContain('got null');
  });

  it('paginate: a next link without a usable page number is a ResponseParseError', async () => {
    const { client } = answering(() => ({ flavors: [], links: [{ rel: 'next', href: '/flavors?page=two' }] }));
    const error = await (async () => {
      for await (const _ of paginate(client, '/flavors'));
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseParseError);
    expect((error as Error).message).toContain('page=two');
  });

  it('paginate: a page whose items are not an array is a ResponseParseError naming the items key', async () => {
    const { client } = answering(() => ({ flavors: { id: '1' }, links: [] }));
    const error = await (async () => {
      for await (const _ of paginate(client, '/flavors'));
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseParseError);
    expect((error as Error).message).toContain('an array "flavors"');
  });
});
