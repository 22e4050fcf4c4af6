import { PaginationError, ResponseParseError } from '@cloudspecs/runtime';
import { describe, expect, it } from 'vitest';
import { createScpClient, paginate } from '../src/index.js';

/** A fake SCP holding `total` servers, paging with limit/marker. */
function fakeServers(total: number) {
  const requests: URL[] = [];
  const ids = Array.from({ length: total }, (_, i) => `srv-${String(i + 1).padStart(2, '0')}`);
  const fetch = async (request: Request) => {
    const url = new URL(request.url);
    requests.push(url);
    const limit = Number(url.searchParams.get('limit'));
    const marker = url.searchParams.get('marker');
    const start = marker ? ids.indexOf(marker) + 1 : 0;
    const servers = ids.slice(start, start + limit).map((id) => ({ id, name: id }));
    return new Response(JSON.stringify({ servers }), { headers: { 'Content-Type': 'application/json' } });
  };
  return {
    requests,
    client: createScpClient({
      accessKey: 'a',
      secretKey: 's',
      baseUrl: 'http://127.0.0.1:9',
      fetch,
      onWarning: () => {},
    }),
  };
}

describe('paginate (SCP limit/marker)', () => {
  it('paginate: each page starts after the last id, and a short page is the last', async () => {
    const { client, requests } = fakeServers(5);
    const ids: string[] = [];
    for await (const server of paginate(client, '/v1/servers', { limit: 2 })) ids.push(server.id);
    expect(ids).toEqual(['srv-01', 'srv-02', 'srv-03', 'srv-04', 'srv-05']);
    expect(requests.map((u) => u.searchParams.get('marker'))).toEqual([null, 'srv-02', 'srv-04']);
  });

  it('paginate: an exact multiple ends with one empty page', async () => {
    const { client, requests } = fakeServers(4);
    const ids: string[] = [];
    for await (const server of paginate(client, '/v1/servers', { limit: 2 })) ids.push(server.id);
    expect(ids).toHaveLength(4);
    expect(requests).toHaveLength(3);
  });

  it('paginate: breaking out makes no further request; filters are sent', async () => {
    const { client, requests } = fakeServers(10);
    for await (const _ of paginate(client, '/v1/servers', { limit: 3, query: { name: 'web' } })) break;
    expect(requests).toHaveLength(1);
    expect(requests[0]?.searchParams.get('name')).toBe('web');
  });
});

describe('paginate: odd answers (issue 12)', () => {
  function answering(body: () => unknown) {
    const requests: URL[] = [];
    const fetch = async (request: Request) => {
      requests.push(new URL(request.url));
      if (requests.length > 10) return new Response('{"errors":[{"code":"stop","detail":"looping"}]}', { status: 404 });
      return new Response(JSON.stringify(body()), { headers: { 'Content-Type': 'application/json' } });
    };
    const client = createScpClient({
      accessKey: 'a',
      secretKey: 's',
      baseUrl: 'http://127.0.0.1:9',
      fetch,
      onWarning: () => {},
    });
    return { requests, client };
  }

  it('paginate: a server that ignores marker throws PaginationError naming the path and the marker', async () => {
    const { client, requests } = answering(() => ({ servers: [{ id: 'srv-01' }, { id: 'srv-02' }] }));
    const error = await (async () => {
      for await (const _ of paginate(client, '/v1/servers', { limit: 2 }));
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect(error).toMatchObject({ cursor: '"srv-02"', pages: 2 });
    expect((error as Error).message).toContain('/v1/servers');
    expect(requests).toHaveLength(2);
  });

  it('paginate: a page that is not an object is a ResponseParseError saying what arrived', async () => {
    const { client } = answering(() => null);
    const error = await (async () => {
      for await (const _ of paginate(client, '/v1/servers'));
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseParseError);
    expect((error as Error).message).toContain('got null');
  });

  it('paginate: the items are the property the generated table names, not the first array of the page', async () => {
    // `notes` comes first: the old "first array property" guess would have listed it.
    const { client } = answering(() => ({ notes: ['n1', 'n2'], servers: [{ id: 'srv-1', name: 'a' }] }));
    const ids: string[] = [];
    for await (const server of paginate(client, '/v1/servers')) ids.push(server.id);
    expect(ids).toEqual(['srv-1']);
  });

  it('paginate: a page without its items is a ResponseParseError naming the items key', async () => {
    // Long keys: the shared fixture's one-letter keys would redact every a and s of the message.
    const client = createScpClient({
      accessKey: 'test-access-key-0001',
      secretKey: 'test-secret-key-0001',
      baseUrl: 'http://127.0.0.1:9',
      fetch: async () =>
        new Response(JSON.stringify({ server: [] }), { headers: { 'Content-Type': 'application/json' } }),
      onWarning: () => {},
    });
    const error = await (async () => {
      for await (const _ of paginate(client, '/v1/servers'));
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseParseError);
    expect((error as Error).message).toContain(
      'expected an array "servers" (the items of the list); got {"server":[]}',
    );
  });
});

describe('round 2 #7, #11: SCP lists that cannot go on', () => {
  const answering = (servers: unknown[], secretKey = 's') =>
    createScpClient({
      accessKey: 'a',
      secretKey,
      baseUrl: 'http://127.0.0.1:9',
      onWarning: () => {},
      fetch: async () => new Response(JSON.stringify({ servers }), { headers: { 'Content-Type': 'application/json' } }),
    });

  it('round 2 #7: a full page whose last server has no id is a PaginationError, not a short list', async () => {
    const ids: string[] = [];
    const error = await (async () => {
      for await (const server of paginate(answering([{ id: 'srv-01' }, { name: 'no id' }]), '/v1/servers', {
        limit: 2,
      }))
        ids.push(server.id);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PaginationError);
    expect(error).toMatchObject({ reason: 'missing-cursor', description: 'scp GET /v1/servers', pages: 1 });
    expect(ids).toHaveLength(2);
  });

  it('round 2 #11: a server that echoes the secret key as an id and ignores the marker: no key in the error', async () => {
    const secretKey = 'scp-SECRET-as-an-id-14142';
    const error = await (async () => {
      for await (const _ of paginate(answering([{ id: 'srv-01' }, { id: secretKey }], secretKey), '/v1/servers', {
        limit: 2,
      }));
    })().catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'PaginationError', reason: 'repeated-cursor' });
    expect(JSON.stringify(error)).not.toContain(secretKey);
    expect(String(error)).not.toContain(secretKey);
  });
});
