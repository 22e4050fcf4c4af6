/** The Katapult profile's retry rules, with the real profile: a POST is retried only when Katapult says nothing was done. */
import { ServiceUnavailableError } from '@cloudspecs/runtime';
import { describe, expect, it } from 'vitest';
import { createKatapultClient } from '../src/index.js';

const body = {
  organization: { id: 'org_BZJ1SSjRnWm7X1bT' },
  network: { id: 'net_5ZJyUvFi5GvLT3pQ' },
  version: 'ipv4',
} as const;
const created = { ip_address: { id: 'ip_1', address: '185.199.220.27' } };
const unavailable = (code: string) =>
  Response.json(
    { error: { code, description: code, detail: {} } },
    { status: 503, headers: { 'x-api-schema': 'json-error' } },
  );

function scripted(...answers: (() => Response)[]) {
  let count = 0;
  const client = createKatapultClient({
    token: 'kt-test-token',
    baseUrl: 'http://127.0.0.1:9',
    fetch: async () => (answers[Math.min(count++, answers.length - 1)] as () => Response)(),
  });
  return { client, count: () => count };
}

describe('katapult retries', () => {
  it('createIpAddress: 503 service_unavailable (not executed) is retried and succeeds', async () => {
    const { client, count } = scripted(
      () => unavailable('service_unavailable'),
      () => Response.json(created),
    );
    const { data } = await client.POST('/organizations/organization/ip_addresses', { body, throwOnError: true });
    expect(data.ip_address.id).toBe('ip_1');
    expect(count()).toBe(2);
  });

  it('createIpAddress: 503 no_available_addresses is not retried', async () => {
    const { client, count } = scripted(
      () => unavailable('no_available_addresses'),
      () => Response.json(created),
    );
    const error = await client
      .POST('/organizations/organization/ip_addresses', { body, throwOnError: true })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceUnavailableError);
    expect(error).toMatchObject({ code: 'no_available_addresses', attempts: 1 });
    expect(count()).toBe(1);
  });

  it('createIpAddress: a 502 from a proxy is not retried for a POST (it may have been executed)', async () => {
    const { client, count } = scripted(
      () =>
        new Response('<html><body>502 Bad Gateway</body></html>', {
          status: 502,
          headers: { 'Content-Type': 'text/html' },
        }),
      () => Response.json(created),
    );
    const { error, response } = await client.POST('/organizations/organization/ip_addresses', { body });
    expect(response.status).toBe(502);
    expect(String(error)).toContain('Bad Gateway');
    expect(count()).toBe(1);
  });
});
