/** The Hostway resource layer against the Prism mock. */
import { ApiError, ConfigurationError } from '@cloudspecs/runtime';
import { describe, expect, inject, it } from 'vitest';
import { Hostway } from '../src/index.js';

const hostway = () =>
  new Hostway({ username: 'smith1234', password: 'hw-test-password', baseUrl: inject('mockUrl'), maxRetries: 0 });

const server = {
  name: 'test_server_create',
  imageRef: 'https://api.hostway.com/accounts/smith1234/flexcloud/images/test_public_image',
  flavorRef: 'https://api.hostway.com/accounts/smith1234/flexcloud/flavors/1',
  securityGroupRef: 'https://api.hostway.com/accounts/smith1234/flexcloud/os-security-groups/group2012Nov02_jD6NX8BsK/',
  zone: 'AUS001',
};

describe('the Hostway resource layer against the mock', () => {
  it('servers.create: the server in BUILD, with the Response for its Location', async () => {
    const { data, response } = await hostway().servers.create({ server }).withResponse();
    expect(response.status).toBe(202);
    expect(data.server.status).toBe('BUILD');
  });

  it('a documented error is thrown as the error class', async () => {
    const error = await hostway()
      .servers.create({ server }, { headers: { Prefer: 'code=400' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
  });

  it('servers.create: securityGroupRef and zone may be left out (the page never requires them)', async () => {
    const { securityGroupRef: _group, zone: _zone, ...minimal } = server;
    const { response } = await hostway().servers.create({ server: minimal }).withResponse();
    expect(response.status).toBe(202);
    expect(response.headers.get('sl-violations')).toBeNull();
  });

  it('servers.update: PUT /servers/{serverId} with {"server": {"name"}} answers 200 with the server', async () => {
    const sent: { method: string; url: string; body: string }[] = [];
    const client = new Hostway({
      username: 'smith1234',
      password: 'hw-test-password',
      baseUrl: inject('mockUrl'),
      maxRetries: 0,
      fetch: async (request: Request) => {
        sent.push({ method: request.method, url: request.url, body: await request.clone().text() });
        return fetch(request);
      },
    });
    const { data, response } = await client.servers
      .update({ serverId: '167', server: { name: 'web01-renamed' } })
      .withResponse();
    expect(response.status).toBe(200);
    expect(response.headers.get('sl-violations')).toBeNull();
    expect(data.server.name).toBe('web01-renamed');
    expect(sent).toEqual([
      { method: 'PUT', url: `${inject('mockUrl')}/servers/167`, body: '{"server":{"name":"web01-renamed"}}' },
    ]);
  });

  it('servers.updateForAccount and servers.deleteForAccount: the long URI form, account in the path', async () => {
    const renamed = await hostway().servers.updateForAccount({
      accountId: 'smith1234',
      serverId: '167',
      server: { name: 'web01-renamed' },
    });
    expect(renamed.server.id).toBe('167');
    const { response } = await hostway()
      .servers.deleteForAccount({ accountId: 'smith1234', serverId: '167' })
      .withResponse();
    expect(response.status).toBe(204);
    expect(new URL(response.url).pathname).toBe('/accounts/smith1234/flexcloud/servers/167');
  });

  it('servers.delete: DELETE /servers/{serverId} answers 204 with no body; 409 while the server is busy', async () => {
    const { data, response } = await hostway().servers.delete({ serverId: '167' }).withResponse();
    expect(response.status).toBe(204);
    expect(response.headers.get('sl-violations')).toBeNull();
    expect(data).toBeUndefined();
    const busy = await hostway()
      .servers.delete({ serverId: '167' }, { headers: { Prefer: 'code=409' } })
      .catch((e: unknown) => e);
    expect(busy).toBeInstanceOf(ApiError);
    expect((busy as ApiError).status).toBe(409);
    expect((busy as ApiError).code).toBe('conflict');
  });

  it('the wait for a server sits next to the server operations', () => {
    expect(hostway().servers.waitForServer).toBeTypeOf('function');
  });

  it('round 2 #3: a body field among the options (flexibleIps.allocate({}, { pool })) is refused, not dropped', () => {
    const allocate = hostway().flexibleIps.allocate as (params: object, options: object) => unknown;
    expect(() => allocate({}, { pool: 'public' })).toThrow(ConfigurationError);
    expect(() => allocate({}, { pool: 'public' })).toThrow(
      /flexibleIps\.allocate\(\) does not take "pool"; .* Parameters and body fields go in the first argument\./,
    );
  });

  it('round 2 #3: a misspelt client option from JavaScript is refused with the name it probably meant', () => {
    const make = (options: object) => () => new Hostway({ username: 'u', password: 'p', ...options } as never);
    expect(make({ accountID: '10001' })).toThrow(/does not take "accountID" \(did you mean "accountId"\?\)/);
    expect(make({ timeOut: 1_000 })).toThrow(/did you mean "timeout"/);
  });
});
