/** The seed operations through the typed client, against the Prism mock: typed bodies in, typed bodies out. */
import { describe, expect, inject, it } from 'vitest';
import { createKatapultClient } from '../src/index.js';

const client = () => createKatapultClient({ token: 'kt-test-token', baseUrl: inject('mockUrl'), maxRetries: 0 });

const createBody = {
  organization: { id: 'org_BZJ1SSjRnWm7X1bT' },
  network: { id: 'net_5ZJyUvFi5GvLT3pQ' },
  version: 'ipv4',
} as const;

describe('createIpAddress', () => {
  it('createIpAddress: only required params', async () => {
    const { data, error, response } = await client().POST('/organizations/organization/ip_addresses', {
      body: createBody,
    });
    expect(response.status).toBe(200);
    expect(error).toBeUndefined();
    expect(data?.ip_address.id).toMatch(/^ip_/);
    expect(data?.ip_address.network?.data_center?.country?.iso_code2).toBe('GB');
  });

  it('createIpAddress: organization by sub_domain', async () => {
    const { data, response } = await client().POST('/organizations/organization/ip_addresses', {
      body: { ...createBody, organization: { sub_domain: 'acme' } },
    });
    expect(response.headers.get('sl-violations')).toBeNull();
    expect(data?.ip_address.address).toBeTypeOf('string');
  });

  it('createIpAddress: 422 validation_error is typed by code', async () => {
    const { data, error, response } = await client().POST('/organizations/organization/ip_addresses', {
      body: createBody,
      headers: { Prefer: 'code=422' },
    });
    expect(data).toBeUndefined();
    expect(response.status).toBe(422);
    expect(response.headers.get('x-api-schema')).toBe('json-error');
    if (error?.error.code !== 'validation_error')
      throw new Error(`expected validation_error, got ${JSON.stringify(error)}`);
    expect(error.error.detail.errors?.length).toBeGreaterThan(0);
  });

  it('createIpAddress: 503 no_available_addresses is told apart from service_unavailable', async () => {
    const { error, response } = await client().POST('/organizations/organization/ip_addresses', {
      body: createBody,
      headers: { Prefer: 'code=503, example=no_available_addresses' },
    });
    expect(response.status).toBe(503);
    expect(error?.error.code).toBe('no_available_addresses');
  });
});

describe('allocateIpToNetworkInterface', () => {
  it('allocateIpToNetworkInterface: by ids', async () => {
    const { data, response } = await client().POST(
      '/virtual_machine_network_interfaces/virtual_machine_network_interface/allocate_ip',
      {
        body: {
          virtual_machine_network_interface: { id: 'vmnet_8bDl1S9Ff5MbHoay' },
          ip_address: { address: '185.199.220.27' },
        },
      },
    );
    expect(response.status).toBe(200);
    expect(data?.virtual_machine_network_interface.ip_addresses?.[0]?.id).toMatch(/^ip_/);
  });

  it('allocateIpToNetworkInterface: 422 ip_already_allocated', async () => {
    const { error } = await client().POST(
      '/virtual_machine_network_interfaces/virtual_machine_network_interface/allocate_ip',
      {
        body: {
          virtual_machine_network_interface: { id: 'vmnet_8bDl1S9Ff5MbHoay' },
          ip_address: { id: 'ip_dZLSaeCb7fF2aiK9' },
        },
        headers: { Prefer: 'code=422, example=ip_already_allocated' },
      },
    );
    expect(error?.error.code).toBe('ip_already_allocated');
  });
});

describe('lookups in the query string', () => {
  it('getIpAddress: ip_address[id] is sent as a deepObject query parameter', async () => {
    const seen: string[] = [];
    const katapult = createKatapultClient({
      token: 'kt-test-token',
      baseUrl: inject('mockUrl'),
      maxRetries: 0,
      fetch: (request) => {
        seen.push(decodeURIComponent(new URL(request.url).search));
        return fetch(request);
      },
    });
    const { response } = await katapult.GET('/ip_addresses/ip_address', {
      params: { query: { ip_address: { id: 'ip_dZLSaeCb7fF2aiK9' } } },
    });
    expect(seen).toEqual(['?ip_address[id]=ip_dZLSaeCb7fF2aiK9']);
    expect(response.headers.get('sl-violations')).toBeNull();
    expect(response.status).toBe(200);
  });
});

describe('the IP address lookup in the query string instead of the body', () => {
  const recording = (seen: { search: string; body: string | null }[]) =>
    createKatapultClient({
      token: 'kt-test-token',
      baseUrl: inject('mockUrl'),
      maxRetries: 0,
      fetch: async (request) => {
        seen.push({ search: decodeURIComponent(new URL(request.url).search), body: await request.clone().text() });
        return fetch(request);
      },
    });

  it('releaseIpAddress: ip_address[address] in the query string, no body', async () => {
    const seen: { search: string; body: string | null }[] = [];
    const { response } = await recording(seen).DELETE('/ip_addresses/ip_address', {
      params: { query: { ip_address: { address: '185.199.220.27' } } },
    });
    expect(seen).toEqual([{ search: '?ip_address[address]=185.199.220.27', body: '' }]);
    expect(response.headers.get('sl-violations')).toBeNull();
    expect(response.status).toBe(200);
  });

  it('unallocateIpAddress: ip_address[id] in the query string, no body', async () => {
    const seen: { search: string; body: string | null }[] = [];
    const { response } = await recording(seen).POST('/ip_addresses/ip_address/unallocate', {
      params: { query: { ip_address: { id: 'ip_dZLSaeCb7fF2aiK9' } } },
    });
    expect(seen).toEqual([{ search: '?ip_address[id]=ip_dZLSaeCb7fF2aiK9', body: '' }]);
    expect(response.headers.get('sl-violations')).toBeNull();
    expect(response.status).toBe(200);
  });

  it('releaseIpAddress: two keys in the query lookup are refused by the mock', async () => {
    const { response } = await recording([]).DELETE('/ip_addresses/ip_address', {
      // @ts-expect-error the lookup takes exactly one key
      params: { query: { ip_address: { id: 'ip_dZLSaeCb7fF2aiK9', address: '185.199.220.27' } } },
    });
    expect(response.headers.get('sl-violations')).toContain('ip_address');
  });
});

describe('a virtual machine without a package or hypervisor', () => {
  it('getVirtualMachine: a null package and hypervisor are valid answers', async () => {
    const { data, response } = await client().GET('/virtual_machines/virtual_machine', {
      params: { query: { virtual_machine: { id: 'vm_Rzqv3bBJhRr5wjyM' } } },
      headers: { Prefer: 'example=custom_resources' },
    });
    expect(response.headers.get('sl-violations')).toBeNull();
    expect(data?.virtual_machine.package).toBeNull();
    expect(data?.virtual_machine.hypervisor).toBeNull();
  });
});
