import { Katapult, ServiceUnavailableError } from '@cloudspecs/katapult-client';
import { expect, inject, it } from 'vitest';

const katapult = new Katapult({ token: 'test', baseUrl: inject('katapultUrl') });
const params = {
  organization: { sub_domain: 'acme' },
  network: { permalink: 'uk-lon-01-public' },
  version: 'ipv4',
} as const;

it('ipAddresses.create: returns the new address', async () => {
  const { ip_address } = await katapult.ipAddresses.create(params);
  expect(ip_address.address).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
});

it('ipAddresses.create: 503 no_available_addresses is not retried', async () => {
  // ask the mock for a documented answer
  const call = katapult.ipAddresses.create(params, { headers: { Prefer: 'code=503, example=no_available_addresses' } });
  await expect(call).rejects.toBeInstanceOf(ServiceUnavailableError);
  await expect(call).rejects.toMatchObject({ code: 'no_available_addresses', attempts: 1 });
});
