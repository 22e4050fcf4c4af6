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
