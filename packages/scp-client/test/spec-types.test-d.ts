/** Type tests of the whole virtualserver spec: timestamps stay strings, closed sets stay closed, bodies stay required. */
import { describe, expectTypeOf, it } from 'vitest';
import { type components, createScpClient } from '../src/index.js';

type Schemas = components['schemas'];
const scp = createScpClient({ accessKey: 'a', secretKey: 's' });
const server_id = '2a9be312-5d4b-4bc8-b2ae-35100fa9241f';
const port_id = 'f2b02fc5-a5fd-4b5f-b1a9-987f4c0d66cc';

describe('scp spec types', () => {
  it('Timestamp: RFC 3339 and zone-less timestamps are both plain strings', () => {
    expectTypeOf<Schemas['Timestamp']>().toEqualTypeOf<string>();
    expectTypeOf<Schemas['ServerShowResponse']['created_at']>().toEqualTypeOf<string>();
    expectTypeOf<Schemas['VolumeShowResponse']['modified_at']>().toEqualTypeOf<string | null>();
    expectTypeOf<Schemas['KeypairShowResponse']['created_at']>().toEqualTypeOf<string>();
  });

  it('enums: image share status, schedule frequency and policy scale type are closed sets', () => {
    expectTypeOf<Schemas['ImageMemberSetRequest']['status']>().toEqualTypeOf<'pending' | 'accepted' | 'rejected'>();
    expectTypeOf<Schemas['AutoScalingGroupScheduleCreateRequest']['frequency']>().toEqualTypeOf<
      'ONCE' | 'DAILY' | 'WEEKLY' | 'MONTHLY'
    >();
    expectTypeOf<Schemas['AutoScalingGroupPolicyScaleType']>().toEqualTypeOf<'SCALE_OUT' | 'SCALE_IN'>();
  });

  it('listServerTypes, listImages, listKeypairs: answers are typed lists', async () => {
    const types = await scp.GET('/v1/server-types', { params: { query: { min_ram: 4096 } } });
    expectTypeOf(types.data?.server_types[0]?.vcpus).toEqualTypeOf<number | undefined>();
    const images = await scp.GET('/v1/images', { params: { query: { visibility: 'private' } } });
    expectTypeOf(images.data?.images[0]?.id).toEqualTypeOf<string | undefined>();
    // @ts-expect-error visibility is a closed set
    void scp.GET('/v1/images', { params: { query: { visibility: 'everyone' } } });
    const keypairs = await scp.GET('/v1/keypairs');
    expectTypeOf(keypairs.data?.keypairs[0]?.fingerprint).toEqualTypeOf<string | undefined>();
  });

  it('createServerInterfaceNat: the public IP is required and the path names server and port', () => {
    void scp.POST('/v1/servers/{server_id}/interfaces/{port_id}/static-nats', {
      params: { path: { server_id, port_id } },
      body: { publicip_id: '615fa9cd5cff486c9de679b3ce63e601' },
    });
    void scp.POST('/v1/servers/{server_id}/interfaces/{port_id}/static-nats', {
      params: { path: { server_id, port_id } },
      // @ts-expect-error publicip_id is required
      body: {},
    });
    void scp.DELETE('/v1/servers/{server_id}/interfaces/{port_id}/static-nats/{nat_id}', {
      // @ts-expect-error nat_id is required
      params: { path: { server_id, port_id } },
    });
  });

  it('createKeypair: name is required; the answer may carry a private key', async () => {
    const created = await scp.POST('/v1/keypairs', { body: { name: 'deploy-key' } });
    expectTypeOf(created.data?.private_key).toEqualTypeOf<string | null | undefined>();
    // @ts-expect-error name is required
    void scp.POST('/v1/keypairs', { body: { public_key: 'ssh-ed25519 AAAA' } });
  });
});
