import { createKatapultClient, ServiceUnavailableError } from '@cloudspecs/katapult-client';
import { expect, inject, it } from 'vitest';

const katapult = createKatapultClient({ token: 'test', baseUrl: inject('katapultUrl'), throwOnError: true });
const body = {
  organization: { sub_domain: 'acme' },
  network: { permalink: 'uk-lon-01-public' },
  version: 'ipv4',
} as const;

it('createIpAddress: returns the new address', async () => {
  const { data } = await katapult.POST('/organizations/organization/ip_addresses', { body });
  expect(data.ip_address.address).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
});

it('createIpAddress: 503 no_available_addresses is not retried', async () => {
  const call = katapult.POST('/organizations/organization/ip_addresses', {
    body,
    headers: { Prefer: 'code=503, example=no_available_addresses' }, // ask the mock for a documented answer
  });
  await expect(call).rejects.toBeInstanceOf(ServiceUnavailableError);
  await expect(call).rejects.toMatchObject({ code: 'no_available_addresses', attempts: 1 });
});
