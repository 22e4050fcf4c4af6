/** Type tests: what the generated Hostway types must refuse to compile. */
import { describe, expectTypeOf, it } from 'vitest';
import {
  type CreatedServer,
  createHostwayClient,
  Hostway,
  type PageItem,
  paginate,
  type Server,
} from '../src/index.js';

const hostway = createHostwayClient({ username: 'u', password: 'p' });
const server = { name: 'web', imageRef: 'i', flavorRef: 'f', securityGroupRef: 's', zone: 'AUS001' };

describe('hostway types', () => {
  it('createServer: the account path parameter is required in the long form', () => {
    // @ts-expect-error accountId missing
    void hostway.POST('/accounts/{accountId}/flexcloud/servers', { params: { path: {} }, body: { server } });
    void hostway.POST('/accounts/{accountId}/flexcloud/servers', {
      params: { path: { accountId: 'a1' } },
      body: { server },
    });
  });

  it('createServer: a wrong or missing body field does not compile', () => {
    // @ts-expect-error `image` is not a request field (it is imageRef)
    void hostway.POST('/servers', { body: { server: { ...server, image: 'x' } } });
    const { imageRef: _dropped, ...withoutImage } = server;
    // @ts-expect-error imageRef is required
    void hostway.POST('/servers', { body: { server: withoutImage } });
  });

  it('createServer: securityGroupRef and zone may be left out; name, imageRef and flavorRef may not', () => {
    void hostway.POST('/servers', { body: { server: { name: 'web', imageRef: 'i', flavorRef: 'f' } } });
    // @ts-expect-error flavorRef is required
    void hostway.POST('/servers', { body: { server: { name: 'web', imageRef: 'i' } } });
  });

  it('the create answer may name image and flavor either way; a server read later has image and flavor', () => {
    expectTypeOf<CreatedServer['image']>().toEqualTypeOf<Server['image'] | undefined>();
    expectTypeOf<CreatedServer['imageRef']>().toEqualTypeOf<Server['image'] | undefined>();
    expectTypeOf<Server['image']>().not.toBeNullable();
    expectTypeOf<Server['zone']>().toEqualTypeOf<string | undefined>();
  });

  it('servers.update and servers.delete: by serverId (short form) or accountId and serverId (long form)', () => {
    const resources = new Hostway({ username: 'u', password: 'p' });
    void resources.servers.update({ serverId: '167', server: { name: 'web01' } });
    // @ts-expect-error the new name is required
    void resources.servers.update({ serverId: '167', server: {} });
    // @ts-expect-error serverId is required
    void resources.servers.delete({});
    void resources.servers.deleteForAccount({ accountId: 'smith1234', serverId: '167' });
    // @ts-expect-error the long form needs the account
    void resources.servers.updateForAccount({ serverId: '167', server: { name: 'web01' } });
    expectTypeOf(resources.servers.update).returns.resolves.toHaveProperty('server').toEqualTypeOf<Server>();
  });

  it('server actions are single-key bodies', () => {
    void hostway.POST('/servers/{serverId}/action', {
      params: { path: { serverId: '167' } },
      body: { reboot: { type: 'SOFT' } },
    });
    void hostway.POST('/servers/{serverId}/action', {
      params: { path: { serverId: '167' } },
      // @ts-expect-error reboot type is HARD or SOFT
      body: { reboot: { type: 'GENTLE' } },
    });
  });

  it('performServerAction: a wrong action body does not compile', () => {
    const params = { path: { serverId: '167' } };
    void hostway.POST('/servers/{serverId}/action', { params, body: { 'os-start': null } });
    void hostway.POST('/servers/{serverId}/action', { params, body: { 'os-stop': null } });
    void hostway.POST('/servers/{serverId}/action', { params, body: { resize: { flavor: { id: '3' } } } });
    void hostway.POST('/servers/{serverId}/action', {
      params,
      // @ts-expect-error the flavor id of a resize is a string
      body: { resize: { flavor: { id: 3 } } },
    });
    void hostway.POST('/servers/{serverId}/action', {
      params,
      // @ts-expect-error os-start takes no arguments
      body: { 'os-start': { force: true } },
    });
    void hostway.POST('/servers/{serverId}/action', {
      params,
      // @ts-expect-error one action per body
      body: { reboot: { type: 'HARD' }, 'os-stop': null },
    });
    void hostway.POST('/servers/{serverId}/action', {
      params,
      // @ts-expect-error no such action
      body: { 'os-pause': null },
    });
    void hostway.POST('/servers/{serverId}/action', {
      params,
      // @ts-expect-error addFloatingIp needs the address
      body: { addFloatingIp: {} },
    });
  });

  it('createSecurityGroupRule: the protocol is TCP or UDP and ports are numbers', () => {
    const rule = { fromPort: 443, toPort: 443, protocol: 'TCP' as const, cidr: '0.0.0.0/0', parentGroupId: 'g1' };
    void hostway.POST('/os-security-group-rules', { body: { securityGroupRule: rule } });
    void hostway.POST('/os-security-group-rules', {
      // @ts-expect-error ICMP is not a documented protocol
      body: { securityGroupRule: { ...rule, protocol: 'ICMP' } },
    });
    void hostway.POST('/os-security-group-rules', {
      // @ts-expect-error ports are numbers in a request
      body: { securityGroupRule: { ...rule, fromPort: '443' } },
    });
  });

  it("a server's flavor id is a string or a number; zones are keyed by account", async () => {
    const { data } = await hostway.GET('/servers/detail');
    if (data) expectTypeOf(data.servers[0]?.flavor.id).toEqualTypeOf<string | number | undefined>();
    const zones = await hostway.GET('/zone');
    if (zones.data)
      expectTypeOf(zones.data.smith1234).toEqualTypeOf<{ zone: string; location: string }[] | undefined>();
  });

  it('server status is a closed set', async () => {
    const { data } = await hostway.GET('/servers/{serverId}', { params: { path: { serverId: '167' } } });
    if (!data) return;
    expectTypeOf(data.server.status).toEqualTypeOf<
      'BUILD' | 'ACTIVE' | 'PROCESSING' | 'SUSPENDED' | 'STOPPED' | 'DELETED' | 'UNKNOWN'
    >();
  });

  it('paginate: the long form needs its account, and items are typed', () => {
    // @ts-expect-error the long form needs { path: { accountId } }
    paginate(hostway, '/accounts/{accountId}/flexcloud/flavors');
    paginate(hostway, '/accounts/{accountId}/flexcloud/flavors', { path: { accountId: 'a1' } });
    // @ts-expect-error createServer is not a list
    paginate(hostway, '/servers/{serverId}');
    expectTypeOf<PageItem<'/servers/detail'>['status']>().toEqualTypeOf<
      'BUILD' | 'ACTIVE' | 'PROCESSING' | 'SUSPENDED' | 'STOPPED' | 'DELETED' | 'UNKNOWN'
    >();
  });
});
