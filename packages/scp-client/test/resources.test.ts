/** The SCP resource layer against the Prism mock. */
import { ApiError } from '@cloudspecs/runtime';
import { describe, expect, inject, it } from 'vitest';
import { Scp } from '../src/index.js';

const scp = () =>
  new Scp({
    accessKey: 'scp-test-access-key',
    secretKey: 'scp-test-secret-key',
    baseUrl: inject('mockUrl'),
    maxRetries: 0,
    onWarning: () => {},
  });

const body = {
  name: 'web-01',
  server_type_id: 's1v1m2',
  image_id: 'e3a4c8f2-7b61-4d0e-9a53-1f2b3c4d5e6f',
  keypair_name: 'deploy',
  networks: [{ subnet_id: '78b2ee3f074145c580ab6abac4821f97' }],
};

describe('the SCP resource layer against the mock', () => {
  it('servers.create: 202 with the new server', async () => {
    const { data, response } = await scp().servers.create(body).withResponse();
    expect(response.status).toBe(202);
    expect(data.servers[0]?.id).toBeTypeOf('string');
  });

  it('a per-call apiVersion is sent on that call', async () => {
    const sent: (string | null)[] = [];
    const client = new Scp({
      accessKey: 'scp-test-access-key',
      secretKey: 'scp-test-secret-key',
      baseUrl: inject('mockUrl'),
      onWarning: () => {},
      fetch: (request) => {
        sent.push(request.headers.get('Scp-Api-Version'));
        return fetch(request);
      },
    });
    await client.servers.create(body, { apiVersion: '1.0' });
    expect(sent).toEqual(['virtualserver 1.0']);
  });

  it('a documented error is thrown as the error class', async () => {
    const error = await scp()
      .servers.create(body, { headers: { Prefer: 'code=400' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
  });
});
