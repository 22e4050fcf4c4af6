/** Type tests: what the generated SCP types must refuse to compile. */
import { describe, expectTypeOf, it } from 'vitest';
import { type ApiVersion, createScpClient } from '../src/index.js';

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

  it('createServerInterface: subnet_id (new port) and port_id (existing port) are exclusive', () => {
    void scp.POST('/v1/servers/{server_id}/interfaces', {
      params: { path: { server_id } },
      body: { subnet_id: 'sub' },
    });
    void scp.POST('/v1/servers/{server_id}/interfaces', { params: { path: { server_id } }, body: { port_id: 'port' } });
    void scp.POST('/v1/servers/{server_id}/interfaces', {
      params: { path: { server_id } },
      // @ts-expect-error both a subnet and an existing port
      body: { subnet_id: 'sub', port_id: 'port' },
    });
    void scp.POST('/v1/servers/{server_id}/interfaces', {
      params: { path: { server_id } },
      // @ts-expect-error fixed_ips items need ip_address
      body: { subnet_id: 'sub', fixed_ips: [{ address: '10.0.0.1' }] },
    });
  });
});
