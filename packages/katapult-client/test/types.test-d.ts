/** Type tests: what the generated types must refuse to compile. */
import { describe, expectTypeOf, it } from 'vitest';
import { type components, createKatapultClient, type PageItem, paginate } from '../src/index.js';

const katapult = createKatapultClient({ token: 'kt-test-token' });

describe('katapult types', () => {
  it('a lookup takes exactly one key', () => {
    type OrganizationLookup = components['schemas']['OrganizationLookup'];
    expectTypeOf<{ id: string }>().toMatchTypeOf<OrganizationLookup>();
    expectTypeOf<{ sub_domain: string }>().toMatchTypeOf<OrganizationLookup>();
    expectTypeOf<{ id: string; sub_domain: string }>().not.toMatchTypeOf<OrganizationLookup>();
  });

  it('createIpAddress: two keys in a lookup, a wrong field or a wrong enum do not compile', () => {
    void katapult.POST('/organizations/organization/ip_addresses', {
      // @ts-expect-error two keys in the organization lookup
      body: { organization: { id: 'org_1', sub_domain: 'acme' }, network: { id: 'net_1' }, version: 'ipv4' },
    });
    void katapult.POST('/organizations/organization/ip_addresses', {
      // @ts-expect-error address version is ipv4 | ipv6
      body: { organization: { id: 'org_1' }, network: { id: 'net_1' }, version: 'ipv5' },
    });
    void katapult.POST('/organizations/organization/ip_addresses', {
      // @ts-expect-error `netwrk` is not a field
      body: { organization: { id: 'org_1' }, netwrk: { id: 'net_1' }, version: 'ipv4' },
    });
    // @ts-expect-error the body is required
    void katapult.POST('/organizations/organization/ip_addresses', {});
  });

  it('a path that is not in the spec does not compile', () => {
    // @ts-expect-error no such path
    void katapult.POST('/organizations/organization/ip_address', { body: {} });
    // @ts-expect-error createIpAddress is POST, not PUT
    void katapult.PUT('/organizations/organization/ip_addresses', { body: {} });
  });

  it('GET lookups are required query parameters', () => {
    // @ts-expect-error the ip_address lookup is required
    void katapult.GET('/ip_addresses/ip_address', { params: { query: {} } });
    void katapult.GET('/ip_addresses/ip_address', { params: { query: { ip_address: { address: '185.199.220.27' } } } });
  });

  it('error bodies are the union of documented errors, narrowable by code', async () => {
    const { error } = await katapult.POST('/organizations/organization/ip_addresses', {
      body: { organization: { id: 'org_1' }, network: { id: 'net_1' }, version: 'ipv4' },
    });
    if (error?.error.code === 'rate_limit_reached') {
      expectTypeOf(error.error.detail.total_permitted).toEqualTypeOf<number>();
    }
    if (error?.error.code === 'validation_error') {
      expectTypeOf(error.error.detail.errors).toEqualTypeOf<string[]>();
    }
  });

  it('paginate: a list that needs a lookup needs it, and items are typed', () => {
    // @ts-expect-error the organization lookup is required
    paginate(katapult, '/organizations/organization/ip_addresses');
    paginate(katapult, '/organizations/organization/ip_addresses', { query: { organization: { id: 'org_1' } } });
    paginate(katapult, '/organizations/organization/virtual_machines', {
      query: { organization: { sub_domain: 'acme' } },
    });
    // @ts-expect-error listOrganizations is not paginated
    paginate(katapult, '/organizations');
    // @ts-expect-error getIpAddress is not a list
    paginate(katapult, '/ip_addresses/ip_address', { query: { ip_address: { id: 'ip_1' } } });
    expectTypeOf<PageItem<'/organizations/organization/ip_addresses'>['id']>().toEqualTypeOf<string>();
  });
});
