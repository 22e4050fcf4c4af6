import { inspect } from 'node:util';
import {
  AbortError,
  ConfigurationError,
  NotFoundError,
  ResponseParseError,
  TimeoutError,
  WaitFailedError,
} from '@cloudspecs/runtime';
import { describe, expect, inject, it } from 'vitest';
import { createHostwayClient, type ServerStatus, waitForServer } from '../src/index.js';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const fast = { intervalMs: 5, maxIntervalMs: 5 };

function server(id: string, status: ServerStatus, progress: number) {
  return {
    id,
    name: 'web01',
    status,
    progress,
    hostId: status === 'BUILD' ? '' : 'h-31',
    userId: 'smith1234',
    created: status === 'BUILD' ? '' : '2026-11-25T10:00:00',
    updated: null,
    tenantId: null,
    accessIPv4: '203.0.113.40',
    accessIPv6: null,
    zone: 'AUS001',
    addresses: { public: [{ version: 4, addr: '203.0.113.40' }], private: [{ version: 4, addr: '10.20.0.15' }] },
    links: [{ href: `https://api.hostway.com/accounts/smith1234/flexcloud/servers/${id}/`, rel: 'self' }],
    image: { id: 'img', name: 'CentOS', links: [] },
    flavor: { id: '1', name: 'small', links: [] },
    metadata: {},
  };
}

/** A fake Hostway whose server walks through the given states, one per poll (the last one repeats). */
function scripted(states: [ServerStatus, number][]) {
  const requests: string[] = [];
  const fetch = async (request: Request) => {
    requests.push(new URL(request.url).pathname);
    const [status, progress] = states[Math.min(requests.length - 1, states.length - 1)] ?? ['UNKNOWN', 0];
    return json({ server: server('167', status, progress) });
  };
  return {
    requests,
    client: createHostwayClient({
      username: 'smith1234',
      password: 'hw-test-password',
      baseUrl: 'http://127.0.0.1:9',
      fetch,
    }),
  };
}

describe('waitForServer', () => {
  it('waitForServer: BUILD 0 → 50 → 100 → ACTIVE resolves with the server and reports progress', async () => {
    const { client, requests } = scripted([
      ['BUILD', 0],
      ['BUILD', 50],
      ['BUILD', 100],
      ['ACTIVE', 100],
    ]);
    const progress: string[] = [];
    const active = await waitForServer(client, 'https://api.hostway.com/accounts/smith1234/flexcloud/servers/167/', {
      ...fast,
      onProgress: (p) => progress.push(`${p.status} ${p.progress}`),
    });
    expect(active.status).toBe('ACTIVE');
    expect(progress).toEqual(['BUILD 0', 'BUILD 50', 'BUILD 100']);
    // The Location names the server; the polls go to the client's own base URL, in the long form of that account.
    expect(requests).toEqual(Array(4).fill('/accounts/smith1234/flexcloud/servers/167'));
  });

  it('waitForServer: BUILD → DELETED throws WaitFailedError naming the state', async () => {
    const { client } = scripted([
      ['BUILD', 50],
      ['DELETED', 0],
    ]);
    const error = await waitForServer(client, { serverId: '167' }, fast).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaitFailedError);
    expect(error).toMatchObject({ state: 'DELETED', message: 'hostway: server 167 left BUILD as DELETED, not ACTIVE' });
  });

  it('waitForServer: a short-form URL polls the short form', async () => {
    const { client, requests } = scripted([['ACTIVE', 100]]);
    await waitForServer(client, '/servers/167', fast);
    expect(requests).toEqual(['/servers/167']);
  });

  it('waitForServer: a self link without its scheme (as the pages show some) still names the server', async () => {
    const { client, requests } = scripted([['ACTIVE', 100]]);
    const created = {
      response: new Response(null, { status: 202 }),
      data: {
        server: {
          id: '167',
          links: [{ href: 'api.hostway.com/accounts/smith1234/flexcloud/servers/167/', rel: 'self' }],
        },
      },
    };
    await waitForServer(client, created, fast);
    expect(requests).toEqual(['/accounts/smith1234/flexcloud/servers/167']);
  });

  it('waitForServer: gives up after timeoutMs and stops on the caller’s signal', async () => {
    const { client } = scripted([['BUILD', 50]]);
    const timeout = await waitForServer(client, { serverId: '167' }, { ...fast, timeoutMs: 50 }).catch(
      (e: unknown) => e,
    );
    expect(timeout).toBeInstanceOf(TimeoutError);
    expect((timeout as Error).message).toMatch(/hostway server 167 to become ACTIVE/);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 20);
    await expect(
      waitForServer(client, { serverId: '167' }, { ...fast, signal: controller.signal }),
    ).rejects.toBeInstanceOf(AbortError);
  });

  it('waitForServer: a 404 while polling is the typed NotFoundError', async () => {
    const client = createHostwayClient({
      username: 'smith1234',
      password: 'hw-test-password',
      baseUrl: 'http://127.0.0.1:9',
      fetch: async () => json({ itemNotFound: { message: 'Resource not found', code: 404, details: '' } }, 404),
    });
    await expect(waitForServer(client, { serverId: '167' }, fast)).rejects.toMatchObject({
      constructor: NotFoundError,
      code: 'itemNotFound',
    });
  });

  it('waitForServer: a target without a server is a clear error', async () => {
    const { client } = scripted([['ACTIVE', 100]]);
    await expect(waitForServer(client, 'https://api.hostway.com/flavors/1', fast)).rejects.toBeInstanceOf(
      ConfigurationError,
    );
    await expect(waitForServer(client, { response: new Response(null, { status: 202 }) }, fast)).rejects.toThrow(
      /needs the create call's data or result/,
    );
  });

  it('waitForServer: create against the mock, then follow its Location until ACTIVE', async () => {
    const client = createHostwayClient({
      username: 'smith1234',
      password: 'hw-test-password',
      baseUrl: inject('mockUrl'),
    });
    const created = await client.POST('/accounts/{accountId}/flexcloud/servers', {
      params: { path: { accountId: 'smith1234' } },
      body: {
        server: {
          name: 'web01',
          imageRef: 'https://api.hostway.com/accounts/smith1234/flexcloud/images/test_public_image',
          flavorRef: 'https://api.hostway.com/accounts/smith1234/flexcloud/flavors/1',
          securityGroupRef: 'https://api.hostway.com/accounts/smith1234/flexcloud/os-security-groups/g1/',
          zone: 'AUS001',
        },
      },
    });
    expect(created.data?.server.status).toBe('BUILD');
    const active = await waitForServer(client, created, fast);
    expect(active.id).toBe('167');
    expect(active.status).toBe('ACTIVE');
  });
});

describe('waitForServer: odd answers (issue 12)', () => {
  const answering = (body: unknown, password = 'hw-test-password') =>
    createHostwayClient({
      username: 'smith1234',
      password,
      baseUrl: 'http://127.0.0.1:9',
      fetch: async () => json(body),
    });

  for (const body of [{ server: null }, {}, { server: { id: '167' } }]) {
    it(`waitForServer: ${JSON.stringify(body)} is a ResponseParseError saying what arrived`, async () => {
      const error = await waitForServer(answering(body), { serverId: '167' }, fast).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ResponseParseError);
      expect((error as Error).message).toContain(JSON.stringify(body));
    });
  }

  for (const location of ['http://[::1/servers/167', 'https://api.hostway.com/servers/%E0%A4%A/']) {
    it(`waitForServer: a malformed Location ${JSON.stringify(location)} is a ConfigurationError, not a raw TypeError/URIError`, async () => {
      const response = new Response(null, { status: 202, headers: { Location: location } });
      const error = await waitForServer(answering({}), { response }, fast).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as Error).message).toContain('waitForServer');
    });
  }

  it('waitForServer: a server that ends DELETED, its name echoing the password: no password in the WaitFailedError', async () => {
    const password = 'hw-SECRET-echoed-31415';
    const body = { server: { ...server('167', 'DELETED', 0), name: `web ${password}` } };
    const error = await waitForServer(answering(body, password), { serverId: '167' }, fast).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaitFailedError);
    for (const text of [String(error), JSON.stringify(error), inspect(error, { depth: 10 })]) {
      expect(text).not.toContain(password);
    }
  });
});

describe('round 2 #9: waitForServer takes the plain create data, and refuses what names no server', () => {
  it('round 2 #9: the awaited create data (no .withResponse()) is followed by its self link, account included', async () => {
    const { client, requests } = scripted([['ACTIVE', 100]]);
    const data = {
      server: {
        id: '167',
        links: [{ rel: 'self', href: 'https://api.hostway.com/accounts/smith1234/flexcloud/servers/167' }],
      },
    };
    const active = await waitForServer(client, data, fast);
    expect(active.status).toBe('ACTIVE');
    expect(requests).toEqual(['/accounts/smith1234/flexcloud/servers/167']);
  });

  it('round 2 #9: create data without links is waited for by its id', async () => {
    const { client, requests } = scripted([['ACTIVE', 100]]);
    await waitForServer(client, { server: { id: '167' } }, fast);
    expect(requests).toEqual(['/servers/167']);
  });

  for (const target of [undefined, null, {}, 42, { serverId: '' }, { response: new Response(null, { status: 202 }) }]) {
    it(`round 2 #9: ${target instanceof Object && 'response' in target ? 'a result without Location or data' : (JSON.stringify(target) ?? 'undefined')} is a ConfigurationError saying what it accepts; nothing is polled`, async () => {
      const { client, requests } = scripted([['ACTIVE', 100]]);
      const error = await waitForServer(client, target as never, fast).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as Error).message).toMatch(/^hostway: waitForServer needs /);
      expect(requests).toHaveLength(0);
    });
  }
});

describe('round 2 #12: a wait on a Location that echoes the password', () => {
  it('round 2 #12: its TimeoutError names the server without the password', async () => {
    const password = 'hw-SECRET-in-location-27182';
    const client = createHostwayClient({
      username: 'smith1234',
      password,
      baseUrl: 'http://127.0.0.1:9',
      fetch: async () => json({ server: server('167', 'BUILD', 50) }),
    });
    const response = new Response(null, {
      status: 202,
      headers: { Location: `https://api.hostway.com/servers/${password}` },
    });
    const error = await waitForServer(client, { response }, { ...fast, timeoutMs: 30 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    for (const text of [
      String(error),
      (error as Error).stack ?? '',
      JSON.stringify(error),
      inspect(error, { depth: 10 }),
    ]) {
      expect(text).not.toContain(password);
    }
  });

  it('round 2 #12: a Location that names no server is refused without quoting it', async () => {
    const password = 'hw-SECRET-in-location-27182';
    const client = createHostwayClient({
      username: 'smith1234',
      password,
      baseUrl: 'http://127.0.0.1:9',
      fetch: async () => json({}),
    });
    const response = new Response(null, {
      status: 202,
      headers: { Location: `https://api.hostway.com/flavors/${password}` },
    });
    const error = await waitForServer(client, { response }, fast).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(/cannot find a server in its Location header/);
    expect(JSON.stringify(error)).not.toContain(password);
  });
});

describe('round 2 #3: the options of waitForServer', () => {
  it('round 2 #3: { timeout } from JavaScript is refused naming timeoutMs, before anything is polled', async () => {
    const { client, requests } = scripted([['BUILD', 0]]);
    const error = await waitForServer(client, { serverId: '167' }, { timeout: 60_000 } as never).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message).toMatch(
      /waitForServer\(\) does not take "timeout" \(did you mean "timeoutMs"\?\)/,
    );
    expect(requests).toHaveLength(0);
  });
});
