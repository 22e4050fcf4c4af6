/** The seed operations through the typed client, against the Prism mock. */
import { describe, expect, inject, it } from 'vitest';
import { createHostwayClient, type HostwayClientOptions } from '../src/index.js';

const accountId = 'smith1234';
const client = (options: HostwayClientOptions = {}) =>
  createHostwayClient({
    username: 'smith1234',
    password: 'hw-test-password',
    baseUrl: inject('mockUrl'),
    maxRetries: 0,
    ...options,
  });

const server = {
  name: 'test_server_create',
  imageRef: 'https://api.hostway.com/accounts/smith1234/flexcloud/images/test_public_image',
  flavorRef: 'https://api.hostway.com/accounts/smith1234/flexcloud/flavors/1',
  securityGroupRef: 'https://api.hostway.com/accounts/smith1234/flexcloud/os-security-groups/group2012Nov02_jD6NX8BsK/',
  zone: 'AUS001',
};

describe('createServer', () => {
  it('createServer: long form answers 202 BUILD with a Location to poll', async () => {
    const { data, response } = await client().POST('/accounts/{accountId}/flexcloud/servers', {
      params: { path: { accountId } },
      body: { server },
    });
    expect(response.status).toBe(202);
    expect(response.headers.get('sl-violations')).toBeNull();
    expect(data?.server.status).toBe('BUILD');
    expect(data?.server.progress).toBe(0);
    expect(response.headers.get('Location')).toMatch(/\/servers\/167\/$/);
  });

  it('createServerForCurrentAccount: short form, account from the credentials', async () => {
    const requests: string[] = [];
    const hostway = client({
      fetch: (request) => {
        requests.push(new URL(request.url).pathname);
        return fetch(request);
      },
    });
    const { data } = await hostway.POST('/servers', { body: { server } });
    expect(requests).toEqual(['/servers']);
    expect(data?.server.adminPass).toBeTypeOf('string');
  });

  it('accountId option: short-form calls are sent to the long form of that account', async () => {
    const requests: string[] = [];
    const hostway = client({
      accountId,
      fetch: (request) => {
        requests.push(new URL(request.url).pathname);
        return fetch(request);
      },
    });
    const { response } = await hostway.POST('/servers', { body: { server } });
    const { response: viaLong } = await hostway.GET('/accounts/{accountId}/flexcloud/servers/{serverId}', {
      params: { path: { accountId: 'other42', serverId: '167' } },
    });
    expect(requests).toEqual(['/accounts/smith1234/flexcloud/servers', '/accounts/other42/flexcloud/servers/167']);
    expect(response.status).toBe(202);
    expect(viaLong.status).toBe(200);
  });

  it('createServer: 400 computeFault is typed', async () => {
    const { error, response } = await client().POST('/accounts/{accountId}/flexcloud/servers', {
      params: { path: { accountId } },
      body: { server },
      headers: { Prefer: 'code=400' },
    });
    expect(response.status).toBe(400);
    expect(typeof error === 'object' && 'computeFault' in error ? error.computeFault.message : undefined).toBe(
      'Bad imageRef',
    );
  });

  it('createServer: 401 is plain text', async () => {
    const { error, response } = await client().POST('/accounts/{accountId}/flexcloud/servers', {
      params: { path: { accountId } },
      body: { server },
      headers: { Prefer: 'code=401' },
      parseAs: 'text',
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(String(error)).toMatch(/^401 Unauthorized/);
  });
});

describe('allocateFlexibleIp', () => {
  it('allocateFlexibleIpForCurrentAccount: the seed page short form', async () => {
    const { data, response } = await client().POST('/os-floating-ips', {});
    expect(response.status).toBe(202);
    expect(data?.floating_ip.ip).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });
});

describe('getServer', () => {
  it('getServer: follows the create', async () => {
    const { data } = await client().GET('/accounts/{accountId}/flexcloud/servers/{serverId}', {
      params: { path: { accountId, serverId: '167' } },
    });
    expect(data?.server.id).toBe('167');
  });
});
