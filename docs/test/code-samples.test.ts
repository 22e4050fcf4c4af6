import { describe, expect, test } from 'vitest';
import { loadRegistry } from '../../scripts/lib/registry.ts';
import { camelCase, pascalCase, resourceNames } from '../../scripts/lib/naming.ts';
import { clientTarget, resourceNaming } from '../src/client-target.ts';
import {
  type ClientTarget,
  clientCall,
  codeSamples,
  listOperations,
  type OpenApiDocument,
  type ResourceMethod,
  type ResourceNaming,
  requiredParameterExamples,
  resourceCall,
  singular,
  withCodeSamples,
} from '../src/code-samples.ts';
import { stringLiteral, tsLiteral } from '../src/ts-literal.ts';
import { bundledSpec, registeredSpecs, repoRoot as repoRootForRegistry } from './specs.ts';

const katapult: ClientTarget = {
  packageName: '@cloudspecs/katapult-client',
  factory: 'createKatapultClient',
  className: 'Katapult',
  variable: 'katapult',
  credentialEnv: ['KATAPULT_API_TOKEN'],
};

/** A small document in the shape of the Katapult spec: refs everywhere, deepObject lookups, named examples. */
const document: OpenApiDocument = {
  openapi: '3.1.0',
  info: { title: 'Sample', version: '1' },
  paths: {
    '/organizations/organization/ip_addresses': {
      post: {
        operationId: 'createIpAddress',
        requestBody: { $ref: '#/components/requestBodies/CreateIpAddress' },
        responses: { '201': { $ref: '#/components/responses/IpAddress' } },
      },
      get: {
        operationId: 'listOrganizationIpAddresses',
        parameters: [
          { $ref: '#/components/parameters/Organization' },
          { name: 'page', in: 'query', schema: { type: 'integer' }, example: 2 },
        ],
        responses: { '200': { content: { 'application/json': { schema: { type: 'object' } } } } },
      },
    },
    '/accounts/{accountId}/servers/{server-id}': {
      parameters: [{ name: 'accountId', in: 'path', required: true, example: '10001' }],
      delete: {
        operationId: 'deleteServer',
        parameters: [
          { name: 'server-id', in: 'path', required: true, examples: { web: { $ref: '#/components/examples/Id' } } },
          { name: 'Scp-Api-Version', in: 'header', required: true, example: 'virtualserver 1.3' },
        ],
        responses: {},
      },
    },
    '/data_centers': {
      get: {
        operationId: 'listDataCenters',
        responses: {
          '200': {
            content: {
              'application/json': { schema: { properties: { data_centers: {}, total: {} } } },
            },
          },
        },
      },
    },
    '/accounts/{accountId}/servers/{server-id}/rename': {
      post: {
        operationId: 'renameServer',
        parameters: [
          { name: 'accountId', in: 'path', required: true, example: '10001' },
          { name: 'server-id', in: 'path', required: true, example: 'srv-1' },
        ],
        requestBody: {
          content: {
            'application/json': { example: { accountId: 'ignored', name: 'web02', delete: true, constructor: 'own' } },
          },
        },
        responses: {
          '202': {
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Delete' } } },
          },
        },
      },
    },
    '/uploads': {
      put: {
        operationId: 'upload',
        requestBody: { required: true, content: { 'application/octet-stream': { schema: { type: 'string' } } } },
        responses: {},
      },
    },
  },
  components: {
    responses: {
      IpAddress: {
        content: { 'application/json': { schema: { type: 'object', properties: { ip_address: { type: 'object' } } } } },
      },
    },
    schemas: { Delete: { type: 'object', properties: { delete: { type: 'boolean' } } } },
    parameters: {
      Organization: {
        name: 'organization',
        in: 'query',
        required: true,
        style: 'deepObject',
        example: { id: 'org_BZJ1SSjRnWm7X1bT' },
      },
    },
    requestBodies: {
      CreateIpAddress: {
        required: true,
        content: {
          'application/json': {
            examples: {
              vip: { $ref: '#/components/examples/Vip' },
              plain: { value: { version: 'ipv6' } },
            },
          },
        },
      },
    },
    examples: {
      Vip: {
        value: {
          organization: { sub_domain: 'acme' },
          network: { permalink: 'uk-lon-01-public' },
          version: 'ipv4',
          vip: true,
          label: "Sam's VIP",
        },
      },
      Id: { value: 'srv-1' },
    },
  },
};

function operation(operationId: string) {
  const found = listOperations(document).find((op) => op.operation.operationId === operationId);
  if (!found) throw new Error(`no ${operationId} in the test document`);
  return found;
}

describe('clientCall', () => {
  test('createIpAddress: the body is the first named example, through $refs', () => {
    expect(clientCall(document, operation('createIpAddress'), 'katapult')).toBe(
      [
        "const { data, error } = await katapult.POST('/organizations/organization/ip_addresses', {",
        '  body: {',
        "    organization: { sub_domain: 'acme' },",
        "    network: { permalink: 'uk-lon-01-public' },",
        "    version: 'ipv4',",
        '    vip: true,',
        "    label: 'Sam\\'s VIP',",
        '  },',
        '});',
      ].join('\n'),
    );
  });

  test('listOrganizationIpAddresses: required query parameters only, deepObject values as objects', () => {
    expect(clientCall(document, operation('listOrganizationIpAddresses'), 'katapult')).toBe(
      [
        "const { data, error } = await katapult.GET('/organizations/organization/ip_addresses', {",
        "  params: { query: { organization: { id: 'org_BZJ1SSjRnWm7X1bT' } } },",
        '});',
      ].join('\n'),
    );
  });

  test('deleteServer: path-level and operation-level parameters, quoted keys, header parameters', () => {
    expect(requiredParameterExamples(document, operation('deleteServer'))).toEqual({
      path: { accountId: '10001', 'server-id': 'srv-1' },
      header: { 'Scp-Api-Version': 'virtualserver 1.3' },
    });
    expect(clientCall(document, operation('deleteServer'), 'hostway')).toBe(
      [
        "const { data, error } = await hostway.DELETE('/accounts/{accountId}/servers/{server-id}', {",
        '  params: {',
        "    path: { accountId: '10001', 'server-id': 'srv-1' },",
        "    header: { 'Scp-Api-Version': 'virtualserver 1.3' },",
        '  },',
        '});',
      ].join('\n'),
    );
  });

  test('listDataCenters: no parameters and no body: no options object', () => {
    expect(clientCall(document, operation('listDataCenters'), 'katapult')).toBe(
      "const { data, error } = await katapult.GET('/data_centers');",
    );
  });

  test('upload: a body that is not JSON is named, not invented', () => {
    expect(clientCall(document, operation('upload'), 'katapult')).toContain(
      '// body: application/octet-stream; pass it with a bodySerializer',
    );
  });

  test('a required parameter without an example stops the build, naming the operation and the parameter', () => {
    const broken = structuredClone(document);
    delete (broken.components as { parameters: { Organization: { example?: unknown } } }).parameters.Organization
      .example;
    const list = listOperations(broken).find((op) => op.operation.operationId === 'listOrganizationIpAddresses');
    expect(() => list && clientCall(broken, list, 'katapult')).toThrow(
      'listOrganizationIpAddresses (GET /organizations/organization/ip_addresses): the required query parameter `organization` has no example',
    );
  });
});

/** The test document's resource names, as the generator's would be. */
const names: Record<string, ResourceMethod> = {
  createIpAddress: { namespace: 'ipAddresses', method: 'create', paginated: false },
  listOrganizationIpAddresses: { namespace: 'ipAddresses', method: 'list', paginated: true },
  deleteServer: { namespace: 'servers', method: 'delete', paginated: false },
  listDataCenters: { namespace: 'dataCenters', method: 'list', paginated: false },
  renameServer: { namespace: 'servers', method: 'rename', paginated: false },
  upload: { namespace: 'uploads', method: 'put', paginated: false },
};
const naming: ResourceNaming = (ref) => {
  const name = names[String(ref.operation.operationId)];
  if (!name) throw new Error(`no resource name for ${String(ref.operation.operationId)}`);
  return name;
};

function resourceCallOf(operationId: string, variable = 'katapult'): string {
  const ref = operation(operationId);
  return resourceCall(document, ref, variable, naming(ref));
}

describe('resourceCall', () => {
  test('createIpAddress: the body fields are the argument; a one-property answer is destructured', () => {
    expect(resourceCallOf('createIpAddress')).toBe(
      [
        'const { ip_address } = await katapult.ipAddresses.create({',
        "  organization: { sub_domain: 'acme' },",
        "  network: { permalink: 'uk-lon-01-public' },",
        "  version: 'ipv4',",
        '  vip: true,',
        "  label: 'Sam\\'s VIP',",
        '});',
      ].join('\n'),
    );
  });

  test('listOrganizationIpAddresses: a paginated list is walked with for await; its argument broken over lines past 80 columns', () => {
    expect(resourceCallOf('listOrganizationIpAddresses')).toBe(
      [
        'for await (const ipAddress of katapult.ipAddresses.list({',
        "  organization: { id: 'org_BZJ1SSjRnWm7X1bT' },",
        '})) {',
        '  console.log(ipAddress);',
        '}',
      ].join('\n'),
    );
  });

  test('deleteServer: path parameters in the argument, header parameters in the options, no answer: no variable', () => {
    expect(resourceCallOf('deleteServer', 'hostway')).toBe(
      [
        "await hostway.servers.delete({ accountId: '10001', 'server-id': 'srv-1' }, {",
        "  headers: { 'Scp-Api-Version': 'virtualserver 1.3' },",
        '});',
      ].join('\n'),
    );
  });

  test('listDataCenters: no argument; an answer of several properties is named after the namespace', () => {
    expect(resourceCallOf('listDataCenters')).toBe('const dataCenters = await katapult.dataCenters.list();');
  });

  test('renameServer: a name in the path and the body keeps the path value; Object.prototype names are fields too; a reserved word is not a variable', () => {
    expect(resourceCallOf('renameServer', 'hostway')).toBe(
      [
        'const result = await hostway.servers.rename({',
        "  accountId: '10001',",
        "  'server-id': 'srv-1',",
        "  name: 'web02',",
        '  delete: true,',
        "  constructor: 'own',",
        '});',
      ].join('\n'),
    );
  });

  test('upload: a body that is not JSON is named, not invented', () => {
    expect(resourceCallOf('upload')).toBe(
      [
        '// body: application/octet-stream; send it through katapult.client (the path layer) with a bodySerializer',
        'await katapult.uploads.put();',
      ].join('\n'),
    );
  });

  test('a body example that is not an object stops the build, naming the operation', () => {
    const broken = structuredClone(document);
    const examples = (broken.components as { examples: { Vip: { value: unknown } } }).examples;
    examples.Vip.value = ['not', 'fields'];
    const create = listOperations(broken).find((op) => op.operation.operationId === 'createIpAddress');
    expect(() => create && resourceCall(broken, create, 'katapult', naming(create))).toThrow(
      'createIpAddress (POST /organizations/organization/ip_addresses): the request body example is not an object',
    );
  });

  test('names of one item', () => {
    expect(['ipAddresses', 'policies', 'addresses', 'boxes', 'status', 'servers'].map(singular)).toEqual([
      'ipAddress',
      'policy',
      'address',
      'box',
      'status',
      'server',
    ]);
  });
});

describe('codeSamples', () => {
  test('createIpAddress: the resource layer first, the path layer second, each with import and client', () => {
    const [resource, paths] = codeSamples(document, operation('createIpAddress'), katapult, naming);
    expect(resource.lang).toBe('TypeScript');
    expect(resource.label).toBe('cloudspecs');
    expect(resource.source.split('\n').slice(0, 5)).toEqual([
      "import { Katapult } from '@cloudspecs/katapult-client';",
      '',
      '// credentials from KATAPULT_API_TOKEN',
      'const katapult = new Katapult();',
      'const { ip_address } = await katapult.ipAddresses.create({',
    ]);
    expect(paths.label).toBe('cloudspecs (paths)');
    expect(paths.source.split('\n').slice(0, 5)).toEqual([
      "import { createKatapultClient } from '@cloudspecs/katapult-client';",
      '',
      '// credentials from KATAPULT_API_TOKEN',
      'const katapult = createKatapultClient();',
      "const { data, error } = await katapult.POST('/organizations/organization/ip_addresses', {",
    ]);
  });
});

describe('withCodeSamples', () => {
  test('every operation gets the two cloudspecs samples first; other samples stay; the input is not changed', () => {
    const input = structuredClone(document);
    const get = (input.paths as Record<string, { get: Record<string, unknown> }>)['/data_centers']?.get ?? {};
    get['x-codeSamples'] = [
      { lang: 'Shell', label: 'curl', source: 'curl …' },
      { lang: 'TypeScript', label: 'cloudspecs', source: 'stale' },
      { lang: 'TypeScript', label: 'cloudspecs (paths)', source: 'stale' },
    ];
    const before = structuredClone(input);
    const output = withCodeSamples(input, katapult, naming);
    expect(input).toEqual(before);
    for (const op of listOperations(output)) {
      const samples = op.operation['x-codeSamples'] as { label: string; source: string }[];
      const name = naming(op);
      expect(samples.slice(0, 2).map((sample) => sample.label)).toEqual(['cloudspecs', 'cloudspecs (paths)']);
      expect(samples[0]?.source).toContain(`katapult.${name.namespace}.${name.method}(`);
      expect(samples[1]?.source).toContain(`katapult.${op.method.toUpperCase()}('${op.path}'`);
    }
    const dataCenters = listOperations(output).find((op) => op.path === '/data_centers');
    const labels = (dataCenters?.operation['x-codeSamples'] ?? []) as { label: string; source: string }[];
    expect(labels.map((s) => s.label)).toEqual(['cloudspecs', 'cloudspecs (paths)', 'curl']);
    expect(labels.some((s) => s.source === 'stale')).toBe(false);
  });
});

describe('tsLiteral', () => {
  test('scalars, quoting and escapes', () => {
    expect(tsLiteral(null)).toBe('null');
    expect(tsLiteral(3.5)).toBe('3.5');
    expect(tsLiteral(false)).toBe('false');
    expect(tsLiteral("it's\n\\ok\u2028")).toBe("'it\\'s\\n\\\\ok\\u2028'");
    expect(tsLiteral({ 'a-b': 1, $ok: 2, _x: 3, '1st': 4 })).toBe("{ 'a-b': 1, $ok: 2, _x: 3, '1st': 4 }");
    expect(tsLiteral({ empty: {}, list: [] })).toBe('{ empty: {}, list: [] }');
  });

  test('breaks what does not fit, keeps what fits inline', () => {
    const value = { name: 'web01', tags: ['a', 'b'], nested: { deep: 'x'.repeat(60) } };
    expect(tsLiteral(value, { width: 40 })).toBe(
      [
        '{',
        "  name: 'web01',",
        "  tags: ['a', 'b'],",
        '  nested: {',
        `    deep: '${'x'.repeat(60)}',`,
        '  },',
        '}',
      ].join('\n'),
    );
  });

  test('every string literal is valid TypeScript that evaluates back to the string', () => {
    for (const text of ['plain', "quo'te", 'back\\slash', 'new\nline', 'tab\tand\u0000nul', 'emoji 🚀', '\u2029']) {
      expect(new Function(`return ${stringLiteral(text)};`)()).toBe(text);
    }
  });
});

describe('client targets', () => {
  test('names', () => {
    expect(pascalCase('katapult')).toBe('Katapult');
    expect(pascalCase('open-stack')).toBe('OpenStack');
    expect(camelCase('open-stack')).toBe('openStack');
  });

  test('a target is the registry entry: its package, factory and credential variables', () => {
    const target = clientTarget({
      vendor: 'open-stack',
      packageName: '@cloudspecs/open-stack-client',
      factory: 'createOpenStackClient',
      credentials: [
        { option: 'user', env: 'X_USER', description: 'u' },
        { option: 'pass', env: 'X_PASS', description: 'p' },
      ],
    });
    expect(target).toEqual({
      packageName: '@cloudspecs/open-stack-client',
      factory: 'createOpenStackClient',
      className: 'OpenStack',
      variable: 'openStack',
      credentialEnv: ['X_USER', 'X_PASS'],
    });
  });
});

/** The registry entry of a registered vendor, as the site build reads it. */
async function entryOf(vendor: string) {
  const entry = (await loadRegistry(repoRootForRegistry)).find((e) => e.vendor === vendor);
  if (!entry) throw new Error(`${vendor} is not in redocly.yaml`);
  return entry;
}

describe('the registered specs', () => {
  for (const spec of registeredSpecs()) {
    test(`${spec.page}: every operation gets its resource-layer sample (named as the generator names it), then its path-layer one`, async () => {
      const entry = await entryOf(spec.vendor);
      const client = clientTarget(entry);
      expect(client.factory).toBe(`create${pascalCase(spec.vendor)}Client`);
      expect(client.credentialEnv.length).toBeGreaterThan(0);
      const bundled = (await bundledSpec(spec.specPath)) as OpenApiDocument;
      const names = new Map(resourceNames(bundled, spec.vendor).map((name) => [name.operationId, name]));
      const samples = listOperations(withCodeSamples(bundled, client, resourceNaming(entry, bundled))).map(
        (op) => op.operation['x-codeSamples'] as { label: string; source: string }[],
      );
      expect(samples).toHaveLength(spec.operations.length);
      spec.operations.forEach((op, index) => {
        const name = names.get(op.operationId);
        const [resource, paths] = samples[index] ?? [];
        expect(resource?.source, op.operationId).toContain(`new ${pascalCase(spec.vendor)}();`);
        expect(resource?.source, op.operationId).toContain(`${client.variable}.${name?.namespace}.${name?.method}(`);
        expect(paths?.source, op.operationId).toContain(`${client.variable}.${op.method}('${op.path}'`);
      });
      // Each vendor has a pagination scheme and lists that use it: those samples walk every item.
      expect(samples.some(([resource]) => resource?.source.includes(`for await (const `))).toBe(true);
    });
  }
});
