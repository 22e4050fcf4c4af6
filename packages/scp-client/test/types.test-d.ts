/** Type tests: what the generated SCP types must refuse to compile. */
import { describe, expectTypeOf, it } from 'vitest';
import { type ApiVersion, createScpClient, Scp, type Server, type Vpc, waitForServer } from '../src/index.js';

const scp = createScpClient({ accessKey: 'a', secretKey: 's' });
const server_id = '2a9be312-5d4b-4bc8-b2ae-35100fa9241f';

describe('scp types', () => {
  it('API versions are the documented ones', () => {
    expectTypeOf<ApiVersion>().toEqualTypeOf<'1.0' | '1.1' | '1.2' | '1.3'>();
    // @ts-expect-error 1.4 is not a documented version
    createScpClient({ accessKey: 'a', secretKey: 's', apiVersion: '1.4' });
    // @ts-expect-error unknown region
    createScpClient({ accessKey: 'a', secretKey: 's', region: 'us-east-1' });
  });

  it('createServerInterface: a missing path parameter does not compile', () => {
    // @ts-expect-error server_id is required
    void scp.POST('/v1/servers/{server_id}/interfaces', { params: { path: {} }, body: { subnet_id: 'sub' } });
    // @ts-expect-error params are required
    void scp.POST('/v1/servers/{server_id}/interfaces', { body: { subnet_id: 'sub' } });
  });

  it('createServerInterface: subnet_id (new port) or port_id (existing port), at least one; both as the vendor sends them', () => {
    void scp.POST('/v1/servers/{server_id}/interfaces', {
      params: { path: { server_id } },
      body: { subnet_id: 'sub' },
    });
    void scp.POST('/v1/servers/{server_id}/interfaces', { params: { path: { server_id } }, body: { port_id: 'port' } });
    // The vendor's own example sends both, and its SDK sends the one left out as null.
    void scp.POST('/v1/servers/{server_id}/interfaces', {
      params: { path: { server_id } },
      body: { subnet_id: 'sub', port_id: 'port', fixed_ips: [{ ip_address: '10.0.0.1' }] },
    });
    void scp.POST('/v1/servers/{server_id}/interfaces', {
      params: { path: { server_id } },
      body: { subnet_id: 'sub', port_id: null },
    });
    void scp.POST('/v1/servers/{server_id}/interfaces', {
      params: { path: { server_id } },
      // @ts-expect-error neither a subnet nor an existing port
      body: {},
    });
    void scp.POST('/v1/servers/{server_id}/interfaces', {
      params: { path: { server_id } },
      // @ts-expect-error fixed IPs without a subnet or a port
      body: { fixed_ips: [{ ip_address: '10.0.0.1' }] },
    });
    void scp.POST('/v1/servers/{server_id}/interfaces', {
      params: { path: { server_id } },
      // @ts-expect-error a null subnet and no port names nothing
      body: { subnet_id: null },
    });
    void scp.POST('/v1/servers/{server_id}/interfaces', {
      params: { path: { server_id } },
      // @ts-expect-error fixed_ips items need ip_address
      body: { subnet_id: 'sub', fixed_ips: [{ address: '10.0.0.1' }] },
    });
  });

  it('apiVersion per call: a version string compiles, anything else and unknown keys do not', () => {
    void scp.GET('/v1/servers/{server_id}/interfaces', { params: { path: { server_id } }, apiVersion: '1.3' });
    void scp.GET('/v1/servers/{server_id}/interfaces', { params: { path: { server_id } }, apiVersion: '1.4' });
    // @ts-expect-error not major.minor
    void scp.GET('/v1/servers/{server_id}/interfaces', { params: { path: { server_id } }, apiVersion: 'latest' });
    // @ts-expect-error a misspelt option is still refused
    void scp.GET('/v1/servers/{server_id}/interfaces', { params: { path: { server_id } }, apiVerison: '1.3' });
  });

  it('throwOnError: true makes data non-optional, with or without apiVersion', async () => {
    const throwing = createScpClient({ accessKey: 'a', secretKey: 's', throwOnError: true });
    const { data } = await throwing.GET('/v1/servers/{server_id}', {
      params: { path: { server_id } },
      apiVersion: '1.0',
    });
    expectTypeOf(data.state).toEqualTypeOf<string>();
  });

  it('waitForServer resolves to the shown server', () => {
    expectTypeOf(waitForServer(scp, server_id)).resolves.toEqualTypeOf<Server>();
    expectTypeOf<Server['state']>().toEqualTypeOf<string>();
    // @ts-expect-error a number is not a server id
    void waitForServer(scp, 42);
  });

  it('waitForServer takes the create result as it is, in either error style', async () => {
    const body = {
      name: 'web-01',
      server_type_id: 't',
      image_id: 'i',
      keypair_name: 'k',
      networks: [{ subnet_id: 's' }],
    };
    const result = await scp.POST('/v1/servers', { body });
    void waitForServer(scp, result);
    const throwing = createScpClient({ accessKey: 'a', secretKey: 's', throwOnError: true });
    const { data } = await throwing.POST('/v1/servers', { body });
    void waitForServer(throwing, data);
  });

  it('the three services on one client: endpoints by service, waits typed, defaulted request fields optional', async () => {
    createScpClient({ accessKey: 'a', secretKey: 's', endpoints: { vpc: 'https://v', 'security-group': 'https://g' } });
    // @ts-expect-error `vpcs` is no service (the services are virtualserver, vpc, security-group)
    createScpClient({ accessKey: 'a', secretKey: 's', endpoints: { vpcs: 'https://v' } });
    const resources = new Scp({ accessKey: 'a', secretKey: 's' });
    // tags, allocation_pools, dns_nameservers and host_routes have defaults: not required
    const { subnet } = await resources.subnets.create({
      name: 'sn',
      vpc_id: 'v',
      cidr: '10.0.1.0/24',
      type: 'GENERAL',
    });
    // @ts-expect-error type is required
    void resources.subnets.create({ name: 'sn', vpc_id: 'v', cidr: '10.0.1.0/24' });
    expectTypeOf(await resources.subnets.waitForSubnet({ subnet })).toHaveProperty('state');
    expectTypeOf(await resources.vpcs.waitForVpc('v')).toEqualTypeOf<Vpc>();
    // @ts-expect-error securityGroupRules.create needs its group
    void resources.securityGroupRules.create({ direction: 'ingress', protocol: 'tcp' });
  });
});
