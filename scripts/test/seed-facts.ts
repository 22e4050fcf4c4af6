/**
 * The five endpoint pages this project started from (the "seed" pages), as facts: for each, the operation, the
 * statuses it lists, the request and response bodies it shows and the fields it names. These are the project's own
 * fixtures, written from those facts, not copies of the pages: where a page fills a value with a placeholder
 * ("string", `{ip_address}`), the fixture gives a value of the documented type; where a page's JSON is broken (a
 * missing comma), the fixture is the JSON it meant. Error bodies are written as the pages show them; the test applies
 * what the spec records about the wire (Katapult's error envelope) before validating.
 *
 * scripts/test/seeds.test.ts validates every one against the specs.
 */

export interface SeedBody {
  /** what the page calls it: "template", "example", an error code */
  name: string;
  status?: number;
  /** media type; JSON when left out */
  mediaType?: string;
  body: unknown;
}

export interface SeedPage {
  vendor: 'katapult' | 'hostway' | 'scp';
  title: string;
  method: string;
  /** every URI form the page documents (Hostway's long form and its "Alternative URI") */
  paths: string[];
  /** path parameters the fixtures' requests use */
  pathParams?: Record<string, string>;
  statuses: number[];
  /** the request body fields the page names, as dotted paths (`server.name`) */
  requestFields: string[];
  requests: SeedBody[];
  responses: SeedBody[];
  /** the API versions the page documents (SCP), newest first */
  apiVersions?: { version: string; status: string; notBefore: string | null }[];
}

const katapultCountry = {
  id: 'ctry_gB9kIlwqqFcnD0pY',
  name: 'United Kingdom',
  iso_code2: 'GB',
  iso_code3: 'GBR',
  time_zone: 'Europe/London',
  eu: false,
};

/** Katapult error bodies as the pages show them: flat `{code, description, detail}`. */
const katapultError = (status: number, code: string, detail: Record<string, unknown> = {}): SeedBody => ({
  name: code,
  status,
  body: { code, description: `The server's explanation of ${code}.`, detail },
});

const katapultForbidden = [
  katapultError(403, 'unauthorized_network_for_api_token', { ip_address: '203.0.113.9' }),
  katapultError(403, 'invalid_api_token'),
  katapultError(403, 'invalid_capabilities_token'),
  katapultError(403, 'scope_not_granted', { scopes: ['ip_addresses'] }),
];

export const seedPages: SeedPage[] = [
  {
    vendor: 'katapult',
    title: 'Create IP Address',
    method: 'POST',
    paths: ['/organizations/organization/ip_addresses'],
    statuses: [200, 400, 403, 404, 422, 429, 503],
    requestFields: ['organization', 'network', 'version', 'vip', 'label'],
    requests: [
      {
        name: 'every documented field',
        body: {
          organization: { sub_domain: 'acme' },
          network: { permalink: 'uk-lon-01-public' },
          version: 'ipv6',
          vip: true,
          label: 'web-vip',
        },
      },
    ],
    responses: [
      {
        name: 'example (from schema)',
        status: 200,
        body: {
          ip_address: {
            id: 'ip_dZLSaeCb7fF2aiK9',
            address: '185.199.220.27',
            reverse_dns: 'ip-185-199-220-27.rdns.example.net',
            vip: true,
            label: 'web-vip',
            address_with_mask: '185.199.220.27/24',
            network: {
              id: 'net_5ZJyUvFi5GvLT3pQ',
              name: 'Public Network',
              permalink: 'uk-lon-01-public',
              data_center: {
                id: 'dc_25d48761871e4bf',
                name: 'London',
                permalink: 'uk-lon-01',
                country: katapultCountry,
              },
            },
            allocation_id: 'vm_Rzqv3bBJhRr5wjyM',
            allocation_type: 'VirtualMachine',
          },
        },
      },
      katapultError(400, 'missing_api_token'),
      ...katapultForbidden,
      katapultError(403, 'organization_suspended'),
      katapultError(403, 'organization_not_activated'),
      katapultError(403, 'permission_denied'),
      katapultError(404, 'organization_not_found'),
      katapultError(404, 'network_not_found'),
      katapultError(422, 'validation_error', { errors: ['Version is not included in the list'] }),
      katapultError(429, 'rate_limit_reached', { total_permitted: 0 }),
      katapultError(503, 'service_unavailable'),
      katapultError(503, 'no_available_addresses'),
    ],
  },
  {
    vendor: 'katapult',
    title: 'Allocate an IP address',
    method: 'POST',
    paths: ['/virtual_machine_network_interfaces/virtual_machine_network_interface/allocate_ip'],
    statuses: [200, 400, 403, 404, 422, 429, 503],
    requestFields: ['virtual_machine_network_interface', 'ip_address'],
    requests: [
      {
        name: 'by ids',
        body: { virtual_machine_network_interface: { id: 'vmnet_8bDl1S9Ff5MbHoay' }, ip_address: { id: 'ip_x1' } },
      },
      {
        name: 'the address by its address',
        body: {
          virtual_machine_network_interface: { id: 'vmnet_8bDl1S9Ff5MbHoay' },
          ip_address: { address: '185.199.220.27' },
        },
      },
    ],
    responses: [
      {
        name: 'example (from schema)',
        status: 200,
        body: {
          virtual_machine_network_interface: {
            id: 'vmnet_8bDl1S9Ff5MbHoay',
            virtual_machine: { id: 'vm_Rzqv3bBJhRr5wjyM', name: 'web-01' },
            name: 'Public Network on web-01',
            network: { id: 'net_5ZJyUvFi5GvLT3pQ', name: 'Public Network' },
            virtual_network: { id: 'vnet_Jw3ShTJbYGOPoBk8', name: 'Backend' },
            mac_address: 'ee:10:2b:3c:4d:5e',
            state: 'attached',
            ip_addresses: [{ id: 'ip_dZLSaeCb7fF2aiK9', address: '185.199.220.27' }],
          },
        },
      },
      {
        name: 'network and virtual network null (both nullable)',
        status: 200,
        body: {
          virtual_machine_network_interface: {
            id: 'vmnet_8bDl1S9Ff5MbHoay',
            virtual_machine: { id: 'vm_Rzqv3bBJhRr5wjyM', name: 'web-01' },
            name: 'Public Network on web-01',
            network: null,
            virtual_network: null,
            mac_address: 'ee:10:2b:3c:4d:5e',
            state: 'attached',
            ip_addresses: [],
          },
        },
      },
      katapultError(400, 'missing_api_token'),
      ...katapultForbidden,
      katapultError(404, 'virtual_machine_network_interface_not_found'),
      katapultError(404, 'ip_address_not_found'),
      katapultError(422, 'ip_already_allocated'),
      katapultError(422, 'invalid_ip'),
      katapultError(429, 'rate_limit_reached', { total_permitted: 0 }),
      katapultError(503, 'service_unavailable'),
    ],
  },
  {
    vendor: 'hostway',
    title: 'Allocate Flexible IP (12 April 2013)',
    method: 'POST',
    paths: ['/os-floating-ips'],
    statuses: [202, 401],
    requestFields: [],
    // The page sends no body.
    requests: [],
    responses: [
      {
        name: 'template',
        status: 202,
        body: {
          floating_ip: {
            instance_id: 'srv_167',
            ip: '203.0.113.50',
            fixed_ip: null,
            links: [{ href: 'http://api.hostway.com/os-floating-ips/203.0.113.50/', rel: 'self' }],
            pool: 'default',
          },
        },
      },
      {
        name: 'example',
        status: 202,
        body: {
          floating_ip: {
            instance_id: null,
            ip: '203.0.113.50',
            fixed_ip: null,
            links: [{ href: 'http://api.hostway.com/os-floating-ips/203.0.113.50/', rel: 'self' }],
            pool: 'default',
          },
        },
      },
      {
        name: 'unauthorized',
        status: 401,
        mediaType: 'text/plain',
        body: '401 Unauthorized\n\nThe credentials could not be verified.',
      },
    ],
  },
  {
    vendor: 'hostway',
    title: 'ServerCreate',
    method: 'POST',
    paths: ['/accounts/{accountId}/flexcloud/servers', '/servers'],
    pathParams: { accountId: 'smith1234' },
    statuses: [202, 400, 404],
    requestFields: [
      'server',
      'server.name',
      'server.imageRef',
      'server.flavorRef',
      'server.securityGroupRef',
      'server.adminPass',
      'server.zone',
    ],
    requests: [
      {
        name: 'template',
        body: {
          server: {
            name: 'web01',
            imageRef: 'http://api.hostway.com/accounts/smith1234/flexcloud/images/test_public_image/',
            flavorRef: 'http://api.hostway.com/accounts/smith1234/flexcloud/flavors/1/',
            securityGroupRef: 'http://api.hostway.com/accounts/smith1234/flexcloud/os-security-groups/default/',
            adminPass: 'Initial-Passw0rd',
            zone: 'AUS001',
          },
        },
      },
      {
        name: 'example',
        body: {
          server: {
            flavorRef: 'http://api.hostway.com/accounts/smith1234/flexcloud/flavors/1',
            securityGroupRef: 'http://api.hostway.com/accounts/smith1234/flexcloud/os-security-groups/default/',
            name: 'test_server_create',
            imageRef: 'http://api.hostway.com/accounts/smith1234/flexcloud/images/test_public_image',
            zone: 'AUS001',
          },
        },
      },
    ],
    responses: [
      {
        name: 'template',
        status: 202,
        body: {
          server: {
            status: 'BUILD',
            updated: null,
            hostId: '',
            addresses: {
              public: [{ version: 4, addr: '203.0.113.40' }],
              private: [{ version: 4, addr: '10.20.0.15' }],
            },
            links: [{ href: 'http://api.hostway.com/accounts/smith1234/flexcloud/servers/167/', rel: 'self' }],
            image: {
              name: 'CentOS 5 Plesk',
              links: [
                { href: 'http://api.hostway.com/accounts/smith1234/flexcloud/images/test_public_image/', rel: 'self' },
              ],
              id: 'test_public_image',
            },
            securityGroup: {
              id: 'default',
              links: [
                {
                  href: 'http://api.hostway.com/accounts/smith1234/flexcloud/os-security-groups/default/',
                  rel: 'self',
                },
              ],
            },
            userId: 'smith1234',
            flavor: {
              name: 'Small',
              // the template writes this link without its scheme
              links: [{ href: 'api.hostway.com/accounts/smith1234/flexcloud/flavors/1/', rel: 'self' }],
              id: 1,
            },
            id: '167',
            zone: 'AUS001',
            name: 'web01',
            adminPass: 'Initial-Passw0rd',
            created: '',
            tenantId: null,
            accessIPv4: '203.0.113.40',
            accessIPv6: null,
            progress: 0,
            metadata: {},
          },
        },
      },
      {
        name: 'example',
        status: 202,
        body: {
          server: {
            status: 'BUILD',
            updated: null,
            hostId: '',
            addresses: {
              public: [{ version: 4, addr: '203.0.113.40' }],
              private: [{ version: 4, addr: '10.20.0.15' }],
            },
            links: [{ href: 'http://api.hostway.com/accounts/smith1234/flexcloud/servers/167/', rel: 'self' }],
            imageRef: {
              name: 'CentOS 5 Plesk',
              links: [
                { href: 'http://api.hostway.com/accounts/smith1234/flexcloud/images/test_public_image/', rel: 'self' },
              ],
              id: 'test_public_image',
            },
            securityGroup: {
              id: 'group2012Nov02_jD6NX8BsK',
              links: [
                {
                  href: 'http://api.hostway.com/accounts/smith1234/flexcloud/os-security-groups/group2012Nov02_jD6NX8BsK/',
                  rel: 'self',
                },
              ],
            },
            userId: 'smith1234',
            flavorRef: {
              name: '',
              links: [{ href: 'http://api.hostway.com/accounts/smith1234/flexcloud/flavors/1/', rel: 'self' }],
              id: '1',
            },
            id: '167',
            zone: 'AUS001',
            name: 'test_server_create',
            adminPass: 'Gen3rated-Pass',
            created: '',
            tenantId: null,
            accessIPv4: '203.0.113.40',
            accessIPv6: null,
            progress: 0,
            metadata: {},
          },
        },
      },
      {
        name: 'bad imageRef',
        status: 400,
        body: {
          computeFault: {
            message: 'Bad imageRef',
            code: 400,
            details: '',
            errorid: '59e0b3dd-2173-432a-8ff5-60efe16e83bf',
          },
        },
      },
      {
        name: 'invalid account number (long form only)',
        status: 404,
        body: {
          itemNotFound: {
            message: 'Resource not found',
            code: 404,
            details: '',
            errorid: '59e0b3dd-2173-432a-8ff5-60efe16e83bf',
          },
        },
      },
    ],
  },
  {
    vendor: 'scp',
    title: 'Create Server Interface',
    method: 'POST',
    paths: ['/v1/servers/{server_id}/interfaces'],
    pathParams: { server_id: '2a9be312-5d4b-4bc8-b2ae-35100fa9241f' },
    statuses: [200, 400, 401, 403, 404, 409],
    requestFields: ['fixed_ips', 'fixed_ips[].ip_address', 'port_id', 'subnet_id'],
    requests: [
      {
        name: 'example (every version)',
        body: {
          fixed_ips: [{ ip_address: '192.169.3.2' }],
          port_id: '91424c08-0b26-49fb-9808-ed042292ceef',
          subnet_id: '78b2ee3f074145c580ab6abac4821f97',
        },
      },
    ],
    responses: [
      {
        name: 'example (every version)',
        status: 200,
        body: {
          fixed_ips: [{ ip_address: '192.169.3.2' }],
          mac_addr: 'fa:16:3e:c0:71:2b',
          port_id: 'f2b02fc5-a5fd-4b5f-b1a9-987f4c0d66cc',
          port_state: 'ACTIVE',
          private_static_nat: {
            external_ip_address: '182.197.61.81',
            id: '224b80106e6f41b38efe98ac9ddbf280',
            private_nat_ip_id: '1f0cb5390c40483592ddc5a282f53496',
            state: 'ACTIVE',
          },
          static_nat: {
            external_ip_address: '182.197.61.81',
            id: '224b80106e6f41b38efe98ac9ddbf280',
            publicip_id: '615fa9cd5cff486c9de679b3ce63e601',
            state: 'ACTIVE',
          },
          subnet_id: '183c6c30df0c4fcbb16422aa2d64aa21',
        },
      },
    ],
    apiVersions: [
      { version: '1.3', status: 'CURRENT', notBefore: null },
      { version: '1.2', status: 'SUPPORTED', notBefore: '2026-08-31' },
      { version: '1.1', status: 'DEPRECATED', notBefore: '2026-05-31' },
      { version: '1.0', status: 'DEPRECATED', notBefore: '2025-12-31' },
    ],
  },
];

/**
 * Answers of other vendor pages that the spec must accept too, where an audit found them refused: written from their
 * facts like the seed pages above.
 */
export interface PageAnswer {
  vendor: SeedPage['vendor'];
  page: string;
  method: string;
  path: string;
  status: number;
  body: unknown;
}

export const otherPageAnswers: PageAnswer[] = [
  {
    vendor: 'hostway',
    page: 'ServerListDetails (23 April 2012): a server without zone or securityGroup, a numeric flavor id',
    method: 'GET',
    path: '/servers/detail',
    status: 200,
    body: {
      servers: [
        {
          status: 'ACTIVE',
          updated: '',
          hostId: 'host012-aus01.hyperv.hostway',
          addresses: {
            public: [{ version: 4, addr: '203.0.113.40' }],
            private: [{ version: 4, addr: '10.20.0.15' }],
          },
          links: [{ href: 'http://api.hostway.com/servers/167/', rel: 'self' }],
          image: {
            name: 'Ubuntu 10.10 x64',
            links: [{ href: 'http://api.hostway.com/images/20GB_Ubuntu%2010.10%20x64%20R1soft/', rel: 'self' }],
            id: '20GB_Ubuntu 10.10 x64 R1soft',
          },
          userId: 'smith1234',
          flavor: {
            name: '1024MB Server3',
            links: [{ href: 'http://api.hostway.com/flavors/3/', rel: 'self' }],
            id: 3,
          },
          id: '167',
          name: 'web01',
          created: '2011-12-05T12:51:28',
          tenantId: '',
          accessIPv4: '203.0.113.40',
          accessIPv6: '',
          progress: 100,
          metadata: {},
        },
      ],
    },
  },
];
