import { ConfigurationError } from '@cloudspecs/runtime';
import { describe, expect, inject, it, vi } from 'vitest';
import { apiVersions, createScpClient, defaultApiVersion, operationVersions } from '../src/index.js';

const credentials = { accessKey: 'scp-access', secretKey: 'scp-secret' };
const on = (date: string) => () => new Date(`${date}T12:00:00Z`);

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
      /1\.1 of createServerInterface is DEPRECATED and no longer supported since 2026-05-31; use 1\.3 instead/,
    );
  });

  it('apiVersion: allowExpiredApiVersion lets an expired version through with a warning', () => {
    const onWarning = vi.fn();
    const scp = createScpClient({
      ...credentials,
      apiVersion: '1.0',
      allowExpiredApiVersion: true,
      now: on('2026-11-25'),
      onWarning,
    });
    expect(scp.apiVersion).toBe('1.0');
    expect(onWarning).toHaveBeenCalledWith(
      expect.stringMatching(/1\.0 of createServerInterface is past its Not Before date 2025-12-31/),
    );
  });

  it('apiVersion: a DEPRECATED version before its Not Before date warns once', () => {
    const onWarning = vi.fn();
    createScpClient({ ...credentials, apiVersion: '1.1', now: on('2026-04-01'), onWarning });
    createScpClient({ ...credentials, apiVersion: '1.1', now: on('2026-04-01'), onWarning });
    expect(onWarning).toHaveBeenCalledTimes(1);
    expect(onWarning.mock.calls[0]?.[0]).toMatch(
      /1\.1 of createServerInterface is DEPRECATED \(Not Before 2026-05-31\); use 1\.3/,
    );
  });

  it('apiVersion: the CURRENT version gives no warning', () => {
    const onWarning = vi.fn();
    createScpClient({ ...credentials, apiVersion: '1.3', now: on('2026-11-25'), onWarning });
    expect(onWarning).not.toHaveBeenCalled();
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
