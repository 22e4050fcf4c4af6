import { ConfigurationError, NotFoundError, PaginationError, ResponseParseError } from '@cloudspecs/runtime';
import { describe, expect, inject, it } from 'vitest';
import { createKatapultClient, paginate } from '../src/index.js';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** A fake API holding `total` IP addresses, answering pages as Katapult does. */
function fakeList(total: number, options: { largeSet?: boolean; failFirst?: number } = {}) {
  const requests: URL[] = [];
  let failures = options.failFirst ?? 0;
  const fetch = async (request: Request) => {
    const url = new URL(request.url);
    requests.push(url);
    if (failures > 0) {
      failures -= 1;
      return json({ error: { code: 'service_unavailable', description: 'try again', detail: {} } }, 503);
    }
    const page = Number(url.searchParams.get('page'));
    const perPage = Number(url.searchParams.get('per_page') ?? 30);
    const ids = Array.from({ length: total }, (_, i) => `ip_${i + 1}`).slice((page - 1) * perPage, page * perPage);
    const totalPages = Math.max(1, Math.ceil(total / perPage));
    return json({
      pagination: {
        current_page: page,
        total_pages: options.largeSet ? null : totalPages,
        total: options.largeSet ? null : total,
        per_page: perPage,
        large_set: options.largeSet === true,
      },
      ip_addresses: ids.map((id) => ({ id, address: `10.0.0.${id.slice(3)}` })),
    });
  };
  return { requests, client: createKatapultClient({ token: 'kt-test-token', baseUrl: 'http://127.0.0.1:9', fetch }) };
}

const organization = { id: 'org_BZJ1SSjRnWm7X1bT' };

describe('paginate (Katapult page/per_page)', () => {
  it('paginate: walks every page and stops exactly at the last one', async () => {
    const { client, requests } = fakeList(7);
    const ids: string[] = [];
    for await (const ip of paginate(client, '/organizations/organization/ip_addresses', {
      query: { organization },
      perPage: 3,
    })) {
      ids.push(ip.id);
    }
    expect(ids).toEqual(['ip_1', 'ip_2', 'ip_3', 'ip_4', 'ip_5', 'ip_6', 'ip_7']);
    expect(requests.map((u) => u.searchParams.get('page'))).toEqual(['1', '2', '3']);
    expect(requests.every((u) => u.searchParams.get('organization[id]') === organization.id)).toBe(true);
  });

  it('paginate: breaking out of the loop makes no further request', async () => {
    const { client, requests } = fakeList(100);
    for await (const ip of paginate(client, '/organizations/organization/ip_addresses', {
      query: { organization },
      perPage: 10,
    })) {
      if (ip.id === 'ip_2') break;
    }
    expect(requests).toHaveLength(1);
  });

  it('paginate: a large set (no totals) ends at the first page that is not full', async () => {
    const { client, requests } = fakeList(20, { largeSet: true });
    const pages = [];
    for await (const page of paginate(client, '/organizations/organization/ip_addresses', {
      query: { organization },
      perPage: 10,
    }).pages()) {
      pages.push(page.ip_addresses.length);
    }
    expect(pages).toEqual([10, 10, 0]);
    expect(requests).toHaveLength(3);
  });

  it('paginate: an empty list is one request and no items', async () => {
    const { client, requests } = fakeList(0);
    const items = [];
    for await (const ip of paginate(client, '/organizations/organization/ip_addresses', { query: { organization } }))
      items.push(ip);
    expect(items).toEqual([]);
    expect(requests).toHaveLength(1);
  });

  it('paginate: a 503 inside a page is retried by the client policy', async () => {
    const { client, requests } = fakeList(2, { failFirst: 1 });
    const items = [];
    for await (const ip of paginate(client, '/organizations/organization/ip_addresses', { query: { organization } }))
      items.push(ip);
    expect(items).toHaveLength(2);
    expect(requests).toHaveLength(2);
  });

  it('paginate: a documented error ends the loop with the typed error', async () => {
    const client = createKatapultClient({
      token: 'kt-test-token',
      baseUrl: 'http://127.0.0.1:9',
      fetch: async () =>
        json({ error: { code: 'organization_not_found', description: 'No organization', detail: {} } }, 404),
    });
    const loop = async () => {
      for await (const _ of paginate(client, '/organizations/organization/ip_addresses', { query: { organization } })) {
        // unreachable
      }
    };
    await expect(loop()).rejects.toBeInstanceOf(NotFoundError);
    await expect(loop()).rejects.toMatchObject({ code: 'organization_not_found', status: 404 });
  });

  it('paginate: against the mock, the documented example is one complete page', async () => {
    const requests: string[] = [];
    const client = createKatapultClient({
      token: 'kt-test-token',
      baseUrl: inject('mockUrl'),
      fetch: (request) => {
        requests.push(request.url);
        return fetch(request);
      },
    });
    const items = [];
    for await (const ip of paginate(client, '/organizations/organization/ip_addresses', { query: { organization } }))
      items.push(ip);
    expect(items.length).toBeGreaterThan(0);
    expect(requests).toHaveLength(1);
  });
});

describe('paginate: odd answers (issue 12)', () => {
  /** A fake that answers every page with `body(page)`, and 404 after 10 requests so a loop cannot run forever. */
  function fakeAnswers(body: (page: number) => unknown) {
    const requests: URL[] = [];
    const fetch = async (request: Request) => {
      const url = new URL(request.url);
      requests.push(url);
      if (requests.length > 10) return json({ error: { code: 'stop', description: 'looping', detail: {} } }, 404);
      return json(body(Number(url.searchParams.get('page'))));
    };
    return { requests, client: createKatapultClient({ token: 'kt-test-token', baseUrl: 'http://127.0.0.1:9', fetch }) };
  }

  it('paginate: throws PaginationError when current_page does not advance', async () => {
    const { client, requests } = fakeAnswers(() => ({
      pagination: { current_page: 1, total_pages: 3, total: 9, per_page: 3, large_set: false },
      ip_addresses: [{ id: 'ip_1' }],
    }));
    const error = await (async () => {
      for await (const _ of paginate(client, '/organizations/organization/ip_addresses', { query: { organization } }));
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect(error).toMatchObject({ cursor: '2', pages: 2 });
    expect((error as Error).message).toContain('/organizations/organization/ip_addresses');
    expect(requests).toHaveLength(2);
  });

  it('paginate: a page without its pagination object is a ResponseParseError saying what arrived', async () => {
    const { client } = fakeAnswers(() => ({ ip_addresses: [{ id: 'ip_1' }] }));
    const error = await (async () => {
      for await (const _ of paginate(client, '/organizations/organization/ip_addresses', { query: { organization } }));
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseParseError);
    expect((error as Error).message).toContain('"pagination"');
    expect((error as Error).message).toContain('{"ip_addresses":[{"id":"ip_1"}]}');
  });

  it('paginate: a page with its pagination object but without its items is a ResponseParseError naming the key', async () => {
    const { client } = fakeAnswers(() => ({
      pagination: { current_page: 1, total_pages: 1, total: 0, per_page: 30, large_set: false },
    }));
    const error = await (async () => {
      for await (const _ of paginate(client, '/organizations/organization/ip_addresses', { query: { organization } }));
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseParseError);
    expect((error as Error).message).toContain('an array "ip_addresses"');
  });
});

describe('round 2 #6, #8: Katapult lists that would never end', () => {
  it('round 2 #6: perPage 0 is a ConfigurationError before any request, in paginate and in the resource layer', async () => {
    const { client, requests } = fakeList(3);
    expect(() =>
      paginate(client, '/organizations/organization/ip_addresses', { query: { organization }, perPage: 0 }),
    ).toThrow(ConfigurationError);
    const { Katapult } = await import('../src/index.js');
    const katapult = new Katapult({
      token: 'kt-test-token',
      baseUrl: 'http://127.0.0.1:9',
      fetch: async () => json({}),
    });
    const walk = async () => {
      for await (const _ of katapult.ipAddresses.list({ organization, per_page: 0 }));
    };
    await expect(walk()).rejects.toThrow(
      /"per_page" of GET \/organizations\/organization\/ip_addresses must be a whole number/,
    );
    expect(requests).toHaveLength(0);
  });

  it('round 2 #8: a large set that claims 10⁹ pages stops at the first empty one with PaginationError', async () => {
    let page = 0;
    const { client } = {
      client: createKatapultClient({
        token: 'kt-test-token',
        baseUrl: 'http://127.0.0.1:9',
        fetch: async () => {
          if (++page > 20) throw new Error('the list kept asking for pages');
          return json({
            pagination: { current_page: page, total_pages: 1_000_000_000, total: null, per_page: 30, large_set: true },
            ip_addresses: page === 1 ? [{ id: 'ip_1', address: '10.0.0.1' }] : [],
          });
        },
      }),
    };
    const ids: string[] = [];
    const error = await (async () => {
      for await (const ip of paginate(client, '/organizations/organization/ip_addresses', { query: { organization } }))
        ids.push(ip.id);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect(error).toMatchObject({ reason: 'empty-page', pages: 2 });
    expect(ids).toEqual(['ip_1']);
  });
});
