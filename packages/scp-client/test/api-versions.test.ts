import { ConfigurationError } from '@cloudspecs/runtime';
import { describe, expect, inject, it, vi } from 'vitest';
import {
  apiVersions,
  createScpClient,
  defaultApiVersion,
  operationVersions,
  type ScpClient,
  type ScpClientOptions,
} from '../src/index.js';

const credentials = { accessKey: 'scp-access', secretKey: 'scp-secret' };
const on = (date: string) => () => new Date(`${date}T12:00:00Z`);
const serverId = '2a9be312-5d4b-4bc8-b2ae-35100fa9241f';

/** A client whose fetch records the Scp-Api-Version of every request and answers 200 `{}` without a network. */
function recording(options: ScpClientOptions) {
  const sent: (string | null)[] = [];
  const scp = createScpClient({
    ...credentials,
    maxRetries: 0,
    ...options,
    fetch: async (request) => {
      sent.push(request.headers.get('Scp-Api-Version'));
      return Response.json({ interfaces: [] });
    },
  });
  return { scp, sent };
}
const listInterfaces = (scp: ScpClient) =>
  scp.GET('/v1/servers/{server_id}/interfaces', { params: { path: { server_id: serverId } } });
const createInterface = (scp: ScpClient) =>
  scp.POST('/v1/servers/{server_id}/interfaces', {
    params: { path: { server_id: serverId } },
    body: { subnet_id: '78b2ee3f074145c580ab6abac4821f97' },
  });

describe('SCP API versions come from the spec', () => {
  it('lists the versions the spec documents and defaults to the newest CURRENT one', () => {
    expect(apiVersions).toEqual(['1.0', '1.1', '1.2', '1.3']);
    expect(defaultApiVersion).toBe('1.3');
    expect(
      operationVersions('POST', '/v1/servers/{server_id}/interfaces').map((v) => `${v.version} ${v.status}`),
    ).toEqual(['1.3 CURRENT', '1.2 SUPPORTED', '1.1 DEPRECATED', '1.0 DEPRECATED']);
  });

  it('apiVersion: an unknown version is a configuration error listing the known ones', () => {
    // @ts-expect-error 2.0 is not a documented version
    expect(() => createScpClient({ ...credentials, apiVersion: '2.0' })).toThrow(
      /unknown apiVersion "2.0".*1\.0, 1\.1, 1\.2, 1\.3/,
    );
  });

  it('apiVersion: a DEPRECATED version past its Not Before date is refused, naming the replacement', () => {
    expect(() => createScpClient({ ...credentials, apiVersion: '1.1', now: on('2026-11-25') })).toThrow(
      ConfigurationError,
    );
    expect(() => createScpClient({ ...credentials, apiVersion: '1.1', now: on('2026-11-25') })).toThrow(
      /1\.1 of POST \/v1\/servers\/\{server_id\}\/interfaces is DEPRECATED and no longer supported since 2026-05-31; use 1\.3 instead/,
    );
  });

  it('apiVersion: allowExpiredApiVersion lets an expired version through, with a warning when it is sent', async () => {
    const onWarning = vi.fn();
    const { scp, sent } = recording({
      apiVersion: '1.0',
      allowExpiredApiVersion: true,
      now: on('2026-11-25'),
      onWarning,
    });
    expect(scp.apiVersion).toBe('1.0');
    expect(onWarning).not.toHaveBeenCalled();
    await createInterface(scp);
    expect(sent).toEqual(['virtualserver 1.0']);
    expect(onWarning).toHaveBeenCalledTimes(1);
    expect(onWarning.mock.calls[0]?.[0]).toMatch(
      /POST \/v1\/servers\/\{server_id\}\/interfaces is sent with virtualserver 1\.0, DEPRECATED and no longer supported since 2025-12-31; use 1\.3 instead/,
    );
  });

  it('apiVersion: a DEPRECATED version before its Not Before date warns once', () => {
    const onWarning = vi.fn();
    createScpClient({ ...credentials, apiVersion: '1.1', now: on('2026-04-01'), onWarning });
    createScpClient({ ...credentials, apiVersion: '1.1', now: on('2026-04-01'), onWarning });
    expect(onWarning).toHaveBeenCalledTimes(1);
    expect(onWarning.mock.calls[0]?.[0]).toMatch(
      /1\.1 of POST \/v1\/servers\/\{server_id\}\/interfaces is DEPRECATED \(Not Before 2026-05-31\); use 1\.3/,
    );
  });

  it('apiVersion: the CURRENT version gives no warning', () => {
    const onWarning = vi.fn();
    createScpClient({ ...credentials, apiVersion: '1.3', now: on('2026-11-25'), onWarning });
    expect(onWarning).not.toHaveBeenCalled();
  });
});

describe('a version past its Not Before date, when a request is sent with it', () => {
  it('no newer version documented: still sent, and one warning for every such operation, saying what it means', async () => {
    const onWarning = vi.fn();
    const { scp, sent } = recording({ now: on('2026-11-30'), onWarning });
    await listInterfaces(scp);
    await listInterfaces(scp);
    // Another operation documented only as 1.0: the same position, nothing more to say.
    await scp.GET('/v1/servers/{server_id}', { params: { path: { server_id: serverId } } });
    expect(sent).toEqual(['virtualserver 1.0', 'virtualserver 1.0', 'virtualserver 1.0']);
    expect(onWarning.mock.calls.map(([message]) => message)).toEqual([
      'scp: GET /v1/servers/{server_id}/interfaces is sent with virtualserver 1.0, the newest version the spec ' +
        'documents for it, whose Not Before date 2026-07-01 has passed: the vendor no longer guarantees it and may ' +
        'withdraw it. There is no newer version to move to, so requests are sent with it as before and your code ' +
        'needs no change; a later @cloudspecs/scp-client sends a newer version once the vendor documents one. ' +
        'Said once, not for each operation in the same position.',
    ]);
  });

  it('a newer version documented: a warning naming it, once per operation and version', async () => {
    const onWarning = vi.fn();
    // 1.2 is SUPPORTED until 2026-08-31 for createInterface, which documents 1.3 (CURRENT, no date) too.
    const { scp, sent } = recording({ apiVersion: '1.2', now: on('2026-09-01'), onWarning });
    await createInterface(scp);
    await createInterface(scp);
    await listInterfaces(scp);
    expect(sent).toEqual(['virtualserver 1.2', 'virtualserver 1.2', 'virtualserver 1.0']);
    expect(onWarning.mock.calls.map(([message]) => message)).toEqual([
      'scp: POST /v1/servers/{server_id}/interfaces is sent with virtualserver 1.2 (SUPPORTED), whose Not Before date ' +
        '2026-08-31 has passed: the vendor may withdraw it. The request is still sent; to send 1.3, which the spec ' +
        "documents for it, pass apiVersion: '1.3' on the call or pin it on the client.",
      expect.stringMatching(
        /^scp: GET \/v1\/servers\/\{server_id\}\/interfaces is sent with virtualserver 1\.0, the newest/,
      ),
    ]);
  });

  it('gives no warning before the date, and warns on the day it arrives (the clock is read per request)', async () => {
    const onWarning = vi.fn();
    let today = '2026-06-30';
    const { scp } = recording({ now: () => on(today)(), onWarning });
    await listInterfaces(scp);
    expect(onWarning).not.toHaveBeenCalled();
    today = '2026-07-01';
    await listInterfaces(scp);
    expect(onWarning).toHaveBeenCalledTimes(1);
  });

  it('warns once per warning sink: a second client with the same onWarning stays quiet', async () => {
    const onWarning = vi.fn();
    await listInterfaces(recording({ now: on('2026-11-30'), onWarning }).scp);
    await listInterfaces(recording({ now: on('2026-11-30'), onWarning }).scp);
    expect(onWarning).toHaveBeenCalledTimes(1);
  });

  it('a version without a Not Before date gives no warning', async () => {
    const onWarning = vi.fn();
    const { scp, sent } = recording({ apiVersion: '1.3', now: on('2026-11-30'), onWarning });
    await createInterface(scp);
    expect(sent).toEqual(['virtualserver 1.3']);
    expect(onWarning).not.toHaveBeenCalled();
  });

  it('with the default console.warn: once per process, across clients and operations', async () => {
    vi.resetModules();
    const fresh = await import('../src/index.js');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      for (const path of ['/v1/servers/{server_id}/interfaces', '/v1/servers/{server_id}'] as const) {
        const scp = fresh.createScpClient({
          ...credentials,
          now: on('2026-11-30'),
          fetch: async () => Response.json({}),
        });
        await scp.GET(path, { params: { path: { server_id: serverId } } });
      }
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn.mock.calls[0]?.[0]).toMatch(/no newer version to move to/);
    } finally {
      warn.mockRestore();
    }
  });
});

describe('apiVersion on one call', () => {
  it("wins over the client's choice; the version not sent is not warned about", async () => {
    const onWarning = vi.fn();
    const { scp, sent } = recording({ now: on('2026-11-30'), onWarning });
    await scp.GET('/v1/servers/{server_id}/interfaces', {
      params: { path: { server_id: serverId } },
      apiVersion: '1.3',
    });
    expect(sent).toEqual(['virtualserver 1.3']);
    expect(onWarning).not.toHaveBeenCalled();
  });

  it('a version the spec does not document yet (1.4) is sent as it is', async () => {
    const onWarning = vi.fn();
    const { scp, sent } = recording({ now: on('2026-11-30'), onWarning });
    await scp.POST('/v1/servers/{server_id}/interfaces', {
      params: { path: { server_id: serverId } },
      body: { subnet_id: 'sub' },
      apiVersion: '1.4',
    });
    await scp.request('get', '/v1/servers/{server_id}/interfaces', {
      params: { path: { server_id: serverId } },
      apiVersion: '1.4',
    });
    expect(sent).toEqual(['virtualserver 1.4', 'virtualserver 1.4']);
    expect(onWarning).not.toHaveBeenCalled();
  });

  it('a DEPRECATED version past its Not Before date is refused before anything is sent', async () => {
    const { scp, sent } = recording({ now: on('2026-11-30'), onWarning: () => {} });
    const call = scp.POST('/v1/servers/{server_id}/interfaces', {
      params: { path: { server_id: serverId } },
      body: { subnet_id: 'sub' },
      apiVersion: '1.1',
    });
    await expect(call).rejects.toThrow(ConfigurationError);
    await expect(call).rejects.toThrow(
      /1\.1 of POST \/v1\/servers\/\{server_id\}\/interfaces is DEPRECATED and no longer supported since 2026-05-31/,
    );
    expect(sent).toEqual([]);
  });

  it('a DEPRECATED version before its Not Before date is sent with a warning', async () => {
    const onWarning = vi.fn();
    const { scp, sent } = recording({ now: on('2026-04-01'), onWarning });
    await scp.POST('/v1/servers/{server_id}/interfaces', {
      params: { path: { server_id: serverId } },
      body: { subnet_id: 'sub' },
      apiVersion: '1.1',
    });
    expect(sent).toEqual(['virtualserver 1.1']);
    expect(onWarning).toHaveBeenCalledWith(
      expect.stringMatching(
        /1\.1 of POST \/v1\/servers\/\{server_id\}\/interfaces is DEPRECATED \(Not Before 2026-05-31\); use 1\.3/,
      ),
    );
  });

  it('something that is not major.minor is refused, naming the operation', async () => {
    const { scp, sent } = recording({ now: on('2026-11-30'), onWarning: () => {} });
    await expect(
      scp.GET('/v1/servers/{server_id}/interfaces', {
        params: { path: { server_id: serverId } },
        // @ts-expect-error not a version
        apiVersion: 'latest',
      }),
    ).rejects.toThrow(
      /apiVersion "latest" of GET \/v1\/servers\/\{server_id\}\/interfaces is not a version; expected major\.minor/,
    );
    expect(sent).toEqual([]);
  });

  it("the call's own Scp-Api-Version header wins, and null sends none (the server then uses its newest CURRENT version)", async () => {
    const { scp, sent } = recording({ now: on('2026-11-30'), onWarning: () => {} });
    await scp.GET('/v1/servers/{server_id}/interfaces', {
      params: { path: { server_id: serverId } },
      apiVersion: '1.3',
      headers: { 'Scp-Api-Version': 'virtualserver 1.2' },
    });
    await scp.GET('/v1/servers/{server_id}/interfaces', {
      params: { path: { server_id: serverId } },
      headers: { 'Scp-Api-Version': null },
    });
    expect(sent).toEqual(['virtualserver 1.2', null]);
  });

  it('a client-wide Scp-Api-Version header is sent with every call, with no version warnings', async () => {
    const onWarning = vi.fn();
    const { scp, sent } = recording({
      now: on('2026-11-30'),
      onWarning,
      headers: { 'scp-api-version': 'virtualserver 1.4' },
    });
    await listInterfaces(scp);
    await createInterface(scp);
    expect(sent).toEqual(['virtualserver 1.4', 'virtualserver 1.4']);
    expect(onWarning).not.toHaveBeenCalled();
  });

  it("a call's apiVersion wins over a client-wide Scp-Api-Version header, which the other calls are sent with", async () => {
    const { scp, sent } = recording({
      now: on('2026-11-30'),
      onWarning: () => {},
      headers: { 'Scp-Api-Version': 'virtualserver 1.4' },
    });
    await scp.GET('/v1/servers/{server_id}/interfaces', {
      params: { path: { server_id: serverId } },
      apiVersion: '1.3',
    });
    await listInterfaces(scp);
    expect(sent).toEqual(['virtualserver 1.3', 'virtualserver 1.4']);
  });
});

describe('Scp-Api-Version on the wire', () => {
  async function versionSent(apiVersion: '1.2' | '1.3', call: 'create' | 'list') {
    const sent: (string | null)[] = [];
    const scp = createScpClient({
      ...credentials,
      apiVersion,
      baseUrl: inject('mockUrl'),
      maxRetries: 0,
      now: on('2026-04-01'),
      onWarning: () => {},
      fetch: (request) => {
        sent.push(request.headers.get('Scp-Api-Version'));
        return fetch(request);
      },
    });
    const serverId = '2a9be312-5d4b-4bc8-b2ae-35100fa9241f';
    const { response } =
      call === 'create'
        ? await scp.POST('/v1/servers/{server_id}/interfaces', {
            params: { path: { server_id: serverId } },
            body: { subnet_id: '78b2ee3f074145c580ab6abac4821f97' },
          })
        : await scp.GET('/v1/servers/{server_id}/interfaces', { params: { path: { server_id: serverId } } });
    expect(response.headers.get('sl-violations')).toBeNull();
    expect(response.ok).toBe(true);
    return sent;
  }

  it('createServerInterface is sent with the pinned version', async () => {
    expect(await versionSent('1.3', 'create')).toEqual(['virtualserver 1.3']);
    expect(await versionSent('1.2', 'create')).toEqual(['virtualserver 1.2']);
  });

  it('an operation without the pinned version is sent with its own newest CURRENT version', async () => {
    expect(await versionSent('1.3', 'list')).toEqual(['virtualserver 1.0']);
  });
});
