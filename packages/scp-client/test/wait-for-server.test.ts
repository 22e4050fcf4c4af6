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
import { createScpClient, waitForServer } from '../src/index.js';

const serverId = '2a9be312-5d4b-4bc8-b2ae-35100fa9241f';
const fast = { intervalMs: 5, maxIntervalMs: 5 };

function server(state: string) {
  return {
    account_id: '0d2a4bd3e3b84d7a9c5e1f6a7b8c9d01',
    created_at: '2026-11-30T08:41:27',
    created_by: '7c1e0f3a9b2d4e6f8a0b1c2d3e4f5a6b',
    disk_config: 'MANUAL',
    id: serverId,
    locked: false,
    metadata: {},
    modified_at: '2026-11-30T08:41:27',
    name: 'web-01',
    server_type: { disk: 0, ephemeral: 0, extra_specs: {}, id: null, name: 's1v1m2', ram: 2048, swap: 0, vcpus: 1 },
    state,
    volumes: [],
  };
}

/** A fake SCP whose server answers the given bodies, one per poll (the last one repeats). */
function scripted(bodies: (() => Response)[]) {
  const requests: string[] = [];
  const fetch = async (request: Request) => {
    requests.push(`${request.method} ${new URL(request.url).pathname}`);
    const answer = bodies[Math.min(requests.length - 1, bodies.length - 1)];
    if (!answer) throw new Error('scripted: no answer');
    return answer();
  };
  return {
    requests,
    client: createScpClient({
      accessKey: 'scp-access',
      secretKey: 'scp-secret',
      baseUrl: 'http://127.0.0.1:9',
      maxRetries: 0,
      onWarning: () => {},
      fetch,
    }),
  };
}
const state = (s: string) => () => Response.json(server(s));
const raw =
  (text: string, contentType = 'application/json') =>
  () =>
    new Response(text, { status: 200, headers: { 'Content-Type': contentType } });

describe('waitForServer', () => {
  it('waitForServer: BUILD → BUILD → ACTIVE resolves with the server and reports each pending state', async () => {
    const { client, requests } = scripted([state('BUILD'), state('BUILD'), state('ACTIVE')]);
    const progress: string[] = [];
    const active = await waitForServer(client, serverId, { ...fast, onProgress: (p) => progress.push(p.state) });
    expect(active.state).toBe('ACTIVE');
    expect(active.id).toBe(serverId);
    expect(progress).toEqual(['BUILD', 'BUILD']);
    expect(requests).toEqual(Array(3).fill(`GET /v1/servers/${serverId}`));
  });

  it('waitForServer: a state the vendor did not list (e.g. NETWORKING) is waited out', async () => {
    const { client } = scripted([state('BUILD'), state('NETWORKING'), state('ACTIVE')]);
    const progress: string[] = [];
    await waitForServer(client, { serverId }, { ...fast, onProgress: (p) => progress.push(p.state) });
    expect(progress).toEqual(['BUILD', 'NETWORKING']);
  });

  it.each(['ERROR', 'DELETED'])('waitForServer: BUILD → %s throws WaitFailedError naming the state', async (end) => {
    const { client, requests } = scripted([state('BUILD'), state(end)]);
    const error = await waitForServer(client, serverId, fast).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaitFailedError);
    expect(error).toMatchObject({
      state: end,
      vendor: 'scp',
      message: `scp: server ${serverId} is ${end}, not ACTIVE; it will not become ACTIVE by itself`,
    });
    expect((error as WaitFailedError).resource).toMatchObject({ id: serverId, state: end });
    expect(requests).toHaveLength(2);
  });

  it('waitForServer: a failed server whose name echoes the secret key leaves no secret in the error', async () => {
    const secretKey = 'scp-secret-9f8e7d6c5b4a';
    const echoed = () => Response.json({ ...server('ERROR'), name: `build of ${secretKey}` });
    const leaky = createScpClient({
      accessKey: 'scp-access',
      secretKey,
      baseUrl: 'http://127.0.0.1:9',
      maxRetries: 0,
      onWarning: () => {},
      fetch: async () => echoed(),
    });
    const error = await waitForServer(leaky, serverId, fast).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WaitFailedError);
    expect(JSON.stringify((error as WaitFailedError).resource)).not.toContain(secretKey);
    expect(JSON.stringify(error)).not.toContain(secretKey);
  });

  it('waitForServer: the create result (202 { servers: [{ id }] }) names the server to wait for', async () => {
    const { client, requests } = scripted([state('ACTIVE')]);
    await waitForServer(client, { data: { servers: [{ id: serverId }] } }, fast);
    await waitForServer(client, { servers: [{ id: serverId }] }, fast);
    expect(requests).toEqual(Array(2).fill(`GET /v1/servers/${serverId}`));
  });

  it('waitForServer: a create that started several servers, or failed, is a ConfigurationError saying what to do', async () => {
    const { client, requests } = scripted([state('ACTIVE')]);
    await expect(waitForServer(client, { servers: [{ id: 'a' }, { id: 'b' }] })).rejects.toThrow(
      /started 2 servers; wait for each one/,
    );
    await expect(waitForServer(client, { data: undefined })).rejects.toThrow(ConfigurationError);
    await expect(waitForServer(client, '')).rejects.toThrow(/needs a server id; got an empty string/);
    expect(requests).toEqual([]);
  });

  it.each([
    [
      '{}',
      /answered 200 with a body that is not what the API documents: a server with a "state" .*; got an empty object\./,
    ],
    ['{"server": null}', /answered 200 .*: a server with a "state" .*; got an object with keys server\./],
    ['{"id": "x", "state": null}', /answered 200 .*; got an object whose "state" is null\./],
    ['null', /answered 200 .*; got no body\./],
    ['[]', /answered 200 .*; got an array of 0\./],
  ])('waitForServer: a 200 body %s is a ResponseParseError, not a TypeError', async (body, message) => {
    const { client } = scripted([raw(body)]);
    const error = await waitForServer(client, serverId, fast).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseParseError);
    expect(error).toMatchObject({ vendor: 'scp', method: 'GET', status: 200 });
    expect((error as Error).message).toMatch(message);
  });

  it('waitForServer: a 200 that is not JSON (a proxy page) is a ResponseParseError', async () => {
    const { client } = scripted([raw('<html>Gateway maintenance</html>', 'text/html')]);
    await expect(waitForServer(client, serverId, fast)).rejects.toBeInstanceOf(ResponseParseError);
  });

  it('waitForServer: a 404 while polling throws NotFoundError', async () => {
    const { client } = scripted([state('BUILD'), () => new Response(null, { status: 404 })]);
    await expect(waitForServer(client, serverId, fast)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('waitForServer: timeoutMs gives a TimeoutError naming the server', async () => {
    const { client } = scripted([state('BUILD')]);
    const error = await waitForServer(client, serverId, { ...fast, timeoutMs: 40 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toContain(`scp server ${serverId} to become ACTIVE`);
  });

  it('waitForServer: the caller aborting gives an AbortError', async () => {
    const { client } = scripted([state('BUILD')]);
    const controller = new AbortController();
    const waiting = waitForServer(client, serverId, {
      ...fast,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(waiting).rejects.toBeInstanceOf(AbortError);
  });

  it('waitForServer against the Prism mock: the documented server is ACTIVE', async () => {
    const scp = createScpClient({
      accessKey: 'scp-access',
      secretKey: 'scp-secret',
      baseUrl: inject('mockUrl'),
      maxRetries: 0,
      onWarning: () => {},
    });
    const active = await waitForServer(scp, serverId, fast);
    expect(active.state).toBe('ACTIVE');
  });
});

describe('round 2 #9: waitForServer refuses what names no server with a ConfigurationError, not a TypeError', () => {
  for (const target of [undefined, null, 42, {}, { servers: 'x' }, { serverId: 7 }]) {
    it(`round 2 #9: ${JSON.stringify(target) ?? 'undefined'} is a ConfigurationError saying what it accepts; nothing is polled`, async () => {
      const { client, requests } = scripted([state('ACTIVE')]);
      const error = await waitForServer(client, target as never, fast).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as Error).message).toMatch(/^scp: waitForServer needs /);
      expect(requests).toHaveLength(0);
    });
  }
});

describe('round 2 #13: an answer without a state, whose keys and URL echo the secret key', () => {
  it('round 2 #13: the ResponseParseError lists neither the secret key nor the URL unredacted', async () => {
    const secretKey = 'scp-SECRET-key-echoed-16180';
    const client = createScpClient({
      accessKey: 'scp-access',
      secretKey,
      baseUrl: 'http://127.0.0.1:9',
      onWarning: () => {},
      fetch: async () =>
        new Response(JSON.stringify({ [secretKey]: true, note: 'no state here' }), {
          headers: { 'content-type': 'application/json' },
        }),
    });
    const error = await waitForServer(client, secretKey, fast).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseParseError);
    expect((error as Error).message).toContain('got an object with keys [REDACTED], note.');
    for (const text of [
      String(error),
      (error as Error).stack ?? '',
      JSON.stringify(error),
      inspect(error, { depth: 10 }),
    ]) {
      expect(text).not.toContain(secretKey);
    }
  });
});
