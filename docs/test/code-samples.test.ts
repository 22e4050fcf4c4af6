import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import { loadRegistry } from '../../scripts/lib/registry.ts';
import { camelCase, clientTarget, pascalCase } from '../src/client-target.ts';
import {
  type ClientTarget,
  clientCall,
  codeSample,
  listOperations,
  type OpenApiDocument,
  requiredParameterExamples,
  withCodeSamples,
} from '../src/code-samples.ts';
import { stringLiteral, tsLiteral } from '../src/ts-literal.ts';
import { bundledSpec, registeredSpecs, repoRoot as repoRootForRegistry } from './specs.ts';

const katapult: ClientTarget = {
  packageName: '@cloudspecs/katapult-client',
  factory: 'createKatapultClient',
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
        responses: {},
      },
      get: {
        operationId: 'listOrganizationIpAddresses',
        parameters: [
          { $ref: '#/components/parameters/Organization' },
          { name: 'page', in: 'query', schema: { type: 'integer' }, example: 2 },
        ],
        responses: {},
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
    '/data_centers': { get: { operationId: 'listDataCenters', responses: {} } },
    '/uploads': {
      put: {
        operationId: 'upload',
        requestBody: { required: true, content: { 'application/octet-stream': { schema: { type: 'string' } } } },
        responses: {},
      },
    },
  },
  components: {
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

describe('codeSample', () => {
  test('createIpAddress: import, client from the environment, the call', () => {
    const sample = codeSample(document, operation('createIpAddress'), katapult);
    expect(sample.lang).toBe('TypeScript');
    expect(sample.label).toBe('cloudspecs');
    expect(sample.source.split('\n').slice(0, 5)).toEqual([
      "import { createKatapultClient } from '@cloudspecs/katapult-client';",
      '',
      '// credentials from KATAPULT_API_TOKEN',
      'const katapult = createKatapultClient();',
      "const { data, error } = await katapult.POST('/organizations/organization/ip_addresses', {",
    ]);
  });
});

describe('withCodeSamples', () => {
  test('every operation gets one cloudspecs sample; other samples stay; the input is not changed', () => {
    const input = structuredClone(document);
    const get = (input.paths as Record<string, { get: Record<string, unknown> }>)['/data_centers']?.get ?? {};
    get['x-codeSamples'] = [
      { lang: 'Shell', label: 'curl', source: 'curl …' },
      { lang: 'TypeScript', label: 'cloudspecs', source: 'stale' },
    ];
    const before = structuredClone(input);
    const output = withCodeSamples(input, katapult);
    expect(input).toEqual(before);
    for (const op of listOperations(output)) {
      const samples = op.operation['x-codeSamples'] as { label: string; source: string }[];
      expect(
        samples.filter((s) => s.label === 'cloudspecs'),
        String(op.operation.operationId),
      ).toHaveLength(1);
      expect(samples[0]?.source).toContain(`katapult.${op.method.toUpperCase()}('${op.path}'`);
    }
    const dataCenters = listOperations(output).find((op) => op.path === '/data_centers');
    const labels = (dataCenters?.operation['x-codeSamples'] ?? []) as { label: string }[];
    expect(labels.map((s) => s.label)).toEqual(['cloudspecs', 'curl']);
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
      variable: 'openStack',
      credentialEnv: ['X_USER', 'X_PASS'],
    });
  });
});

/** The code-sample target of a registered vendor, as the site build makes it. */
async function targetOf(vendor: string) {
  const entry = (await loadRegistry(repoRootForRegistry)).find((e) => e.vendor === vendor);
  if (!entry) throw new Error(`${vendor} is not in redocly.yaml`);
  return clientTarget(entry);
}

describe('the registered specs', () => {
  const specs = registeredSpecs();

  for (const spec of specs) {
    test(`${spec.vendor}: the client package exports create<Vendor>Client and every operation gets a sample`, async () => {
      const client = await targetOf(spec.vendor);
      expect(client.factory).toBe(`create${pascalCase(spec.vendor)}Client`);
      expect(client.credentialEnv.length).toBeGreaterThan(0);
      const bundled = (await bundledSpec(spec.specPath)) as OpenApiDocument;
      const samples = listOperations(withCodeSamples(bundled, client)).map(
        (op) => (op.operation['x-codeSamples'] as { source: string }[])[0]?.source ?? '',
      );
      expect(samples).toHaveLength(spec.operations.length);
      spec.operations.forEach((op, index) => {
        expect(samples[index], op.operationId).toContain(`${client.variable}.${op.method}('${op.path}'`);
      });
    });
  }

  test('every sample type-checks against the types generated from its spec (openapi-fetch)', async () => {
    const files: Record<string, string> = {};
    for (const spec of specs) {
      const client = await targetOf(spec.vendor);
      const document = (await bundledSpec(spec.specPath)) as OpenApiDocument;
      const schema = join(spec.packageDir, 'src', 'generated', 'schema.ts');
      const calls = listOperations(document).map(
        (op) =>
          `export async function ${String(op.operation.operationId)}() {\n` +
          `${indent(clientCall(document, op, client.variable))}\n  return { data, error };\n}`,
      );
      files[join(import.meta.dirname, '__samples__', `${spec.vendor}.ts`)] = [
        "import createClient from 'openapi-fetch';",
        `import type { paths } from ${JSON.stringify(schema)};`,
        `const ${client.variable} = createClient<paths>({ baseUrl: 'http://127.0.0.1' });`,
        ...calls,
        '',
      ].join('\n');
    }
    expect(typeCheck(files)).toEqual([]);
  }, 60_000);
});

function indent(code: string): string {
  return code
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}

/** Type-checks in-memory files (with the repo's strict settings) and returns the diagnostics as text. */
function typeCheck(files: Record<string, string>): string[] {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    allowImportingTsExtensions: true,
    skipLibCheck: true,
    noEmit: true,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (name) => name in files || fileExists.call(host, name);
  host.readFile = (name) => files[name] ?? readFile.call(host, name);
  host.getSourceFile = (name, language, ...rest) =>
    name in files
      ? ts.createSourceFile(name, files[name] ?? '', language)
      : getSourceFile.call(host, name, language, ...rest);
  const program = ts.createProgram(Object.keys(files), options, host);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const where = diagnostic.file
      ? `${diagnostic.file.fileName.split('/').slice(-2).join('/')}:${
          diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1
        }`
      : '';
    return `${where} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
  });
}
