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

  it('getDnsZone: a lookup of the new operations takes exactly one key, and is required', () => {
    void katapult.GET('/dns_zones/dns_zone', { params: { query: { dns_zone: { name: 'acme-hosting.co.uk' } } } });
    void katapult.GET('/dns_zones/dns_zone', {
      // @ts-expect-error two keys in the dns_zone lookup
      params: { query: { dns_zone: { id: 'dnszone_1', name: 'acme-hosting.co.uk' } } },
    });
    // @ts-expect-error the dns_zone lookup is required
    void katapult.GET('/dns_zones/dns_zone', { params: { query: {} } });
  });

  it('buildVirtualMachine: body lookups take one key each, and the package is required', () => {
    void katapult.POST('/organizations/organization/virtual_machines/build', {
      body: { organization: { id: 'org_1' }, package: { permalink: 'rock-3' }, zone: { permalink: 'uk-lon-01-a' } },
    });
    void katapult.POST('/organizations/organization/virtual_machines/build', {
      // @ts-expect-error two keys in the package lookup
      body: { organization: { id: 'org_1' }, package: { id: 'vmpkg_1', permalink: 'rock-3' } },
    });
    void katapult.POST('/organizations/organization/virtual_machines/build', {
      // @ts-expect-error the package is required
      body: { organization: { id: 'org_1' } },
    });
  });

  it('listDiskTemplates: an optional query lookup may be left out, but still takes one key', () => {
    void katapult.GET('/organizations/organization/disk_templates', {
      params: { query: { organization: { id: 'org_1' } } },
    });
    void katapult.GET('/organizations/organization/disk_templates', {
      params: { query: { organization: { id: 'org_1' }, operating_system: { id: 'os_1' } } },
    });
    void katapult.GET('/organizations/organization/disk_templates', {
      // @ts-expect-error `name` is not a key of the operating_system lookup
      params: { query: { organization: { id: 'org_1' }, operating_system: { name: 'Ubuntu' } } },
    });
  });

  it('releaseIpAddress: the lookup goes in the query string or in the body', () => {
    void katapult.DELETE('/ip_addresses/ip_address', {
      params: { query: { ip_address: { address: '185.199.220.27' } } },
    });
    void katapult.DELETE('/ip_addresses/ip_address', { body: { ip_address: { id: 'ip_1' } } });
    void katapult.DELETE('/ip_addresses/ip_address', {
      // @ts-expect-error two keys in the query lookup
      params: { query: { ip_address: { id: 'ip_1', address: '185.199.220.27' } } },
    });
  });

  it('getVirtualMachine: package and hypervisor may be null', () => {
    type VirtualMachine = components['schemas']['VirtualMachine'];
    expectTypeOf<VirtualMachine['package']>().toEqualTypeOf<components['schemas']['VirtualMachinePackage'] | null>();
    expectTypeOf<VirtualMachine['hypervisor']>().toEqualTypeOf<components['schemas']['Hypervisor'] | null>();
    expectTypeOf<components['schemas']['VirtualMachineSummary']['hypervisor']>().toEqualTypeOf<
      components['schemas']['NamedReference'] | null
    >();
    expectTypeOf<components['schemas']['Organization']['country']>().toEqualTypeOf<
      components['schemas']['Country'] | null
    >();
  });

  it('error details: an empty `detail` object is a valid invalid_api_token, object_in_trash or task_queueing_error', () => {
    type ErrorOf<N extends keyof components['schemas']> = components['schemas'][N] extends { error: infer E }
      ? E
      : never;
    expectTypeOf<{ code: 'invalid_api_token'; description: string; detail: Record<string, never> }>().toMatchTypeOf<
      ErrorOf<'InvalidApiTokenError'>
    >();
    expectTypeOf<{ code: 'object_in_trash'; description: string; detail: Record<string, never> }>().toMatchTypeOf<
      ErrorOf<'ObjectInTrashError'>
    >();
    expectTypeOf<{ code: 'task_queueing_error'; description: string; detail: Record<string, never> }>().toMatchTypeOf<
      ErrorOf<'TaskQueueingError'>
    >();
    expectTypeOf<ErrorOf<'ObjectInTrashError'>['detail']['trash_object']>().toEqualTypeOf<
      components['schemas']['TrashObject'] | null | undefined
    >();
  });

  it('error details are open: a detail field the API adds later is readable as unknown, not a type error', () => {
    type ErrorOf<N extends keyof components['schemas']> = components['schemas'][N] extends { error: infer E }
      ? E
      : never;
    expectTypeOf<ErrorOf<'CertificateNotFoundError'>['detail']>().toEqualTypeOf<Record<string, unknown>>();
    expectTypeOf<{ code: 'certificate_not_found'; description: string; detail: { hint: string } }>().toMatchTypeOf<
      ErrorOf<'CertificateNotFoundError'>
    >();
  });

  it('getCertificate: answers one certificate, not a list', async () => {
    const { data } = await katapult.GET('/certificates/certificate', {
      params: { query: { certificate: { id: 'cert_GpIyuGtpoi7SjuZE' } } },
    });
    expectTypeOf(data?.certificate).toEqualTypeOf<components['schemas']['Certificate'] | undefined>();
  });

  it('getVirtualMachineBuild: the build under virtual_machine_build or its older name, build', async () => {
    const { data } = await katapult.GET('/virtual_machines/builds/virtual_machine_build', {
      params: { query: { virtual_machine_build: { id: 'vmbuild_1' } } },
    });
    type Build = components['schemas']['VirtualMachineBuild'];
    if (data) {
      expectTypeOf(data.virtual_machine_build).toEqualTypeOf<Build | undefined>();
      expectTypeOf(data.build).toEqualTypeOf<Build | undefined>();
    }
  });

  it('a network may come without `default` (the Create IP Address seed page shows none)', () => {
    expectTypeOf<components['schemas']['Network']['default']>().toEqualTypeOf<boolean | undefined>();
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
    // No field of a `detail` is guaranteed on the wire: each one is optional.
    if (error?.error.code === 'rate_limit_reached') {
      expectTypeOf(error.error.detail.total_permitted).toEqualTypeOf<number | undefined>();
    }
    if (error?.error.code === 'validation_error') {
      expectTypeOf(error.error.detail.errors).toEqualTypeOf<string[] | undefined>();
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
