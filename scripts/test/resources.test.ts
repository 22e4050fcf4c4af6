/**
 * The resource layer's names and generated code: the naming convention on small synthetic specs, then every operation
 * of the three bundled specs (packages/mock/specs) reachable exactly once, and the committed output equal to what the
 * generator renders from the committed bundle.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Hostway } from '../../packages/hostway-client/src/index.ts';
import { Katapult } from '../../packages/katapult-client/src/index.ts';
import { Scp } from '../../packages/scp-client/src/index.ts';
import { HTTP_METHODS } from '../../packages/runtime/src/http-methods.ts';
import { renderResourceLayer } from '../lib/generation.ts';
import { renderModels } from '../lib/models.ts';
import { loadRegistry, specLabel } from '../lib/registry.ts';
import { methodOf, namespaceOf, type NamingDocument, resourceNames } from '../lib/naming.ts';
import { renderResources } from '../lib/resources.ts';
import { operationShapes } from '../lib/shapes.ts';

const repo = join(import.meta.dirname, '..', '..');
const registry = await loadRegistry(repo);
const bundled = (vendor: string) =>
  JSON.parse(readFileSync(join(repo, 'packages', 'mock', 'specs', `${vendor}.json`), 'utf8')) as Record<
    string,
    unknown
  >;

/** A spec of the given operations, `operationId` and tag per `METHOD /path`. */
function spec(
  operations: Record<string, { id: string; tag: string; 'x-method'?: string }>,
  tags: NamingDocument['tags'] = [],
): NamingDocument {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [key, { id, tag, ...rest }] of Object.entries(operations)) {
    const [method = '', path = ''] = key.split(' ');
    paths[path] ??= {};
    (paths[path] as Record<string, unknown>)[method.toLowerCase()] = { operationId: id, tags: [tag], ...rest };
  }
  return { tags, paths };
}

const names = (document: NamingDocument) =>
  resourceNames(document, 'test').map((n) => `${n.namespace}.${n.method} ← ${n.operationId}`);

describe('resource names: the convention', () => {
  it('namespace: a tag in camelCase', () => {
    expect(namespaceOf('IP addresses')).toBe('ipAddresses');
    expect(namespaceOf('DNS zones')).toBe('dnsZones');
    expect(namespaceOf('auto-scaling-groups')).toBe('autoScalingGroups');
    expect(namespaceOf('Virtual Networks')).toBe('virtualNetworks');
    expect(namespaceOf('Flexible IPs')).toBe('flexibleIps');
  });

  it('method: list / get / create / update / delete when the rest names the resource, a qualifier before it dropped', () => {
    expect(methodOf('listOrganizationIpAddresses', 'ipAddresses')).toBe('list');
    expect(methodOf('createIpAddress', 'ipAddresses')).toBe('create');
    expect(methodOf('showVirtualServer', 'servers')).toBe('get');
    expect(methodOf('deleteDnsRecord', 'dnsRecords')).toBe('delete');
    expect(methodOf('listSnapshot', 'snapshots')).toBe('list');
    expect(methodOf('updatePolicy', 'policies')).toBe('update');
  });

  it('method: an action keeps its verb and what follows the resource', () => {
    expect(methodOf('startVirtualMachine', 'virtualMachines')).toBe('start');
    expect(methodOf('getVirtualMachineBuild', 'virtualMachines')).toBe('getBuild');
    expect(methodOf('showVirtualServerConsoleLog', 'servers')).toBe('getConsoleLog');
    expect(methodOf('createServerInterfacePrivateNat', 'servers')).toBe('createInterfacePrivateNat');
    expect(methodOf('invalidateLinkedWebSession', 'users')).toBe('invalidateLinkedWebSession');
  });

  it('method: a qualifier ending in a preposition keeps what precedes it', () => {
    expect(methodOf('allocateIpToVirtualMachine', 'virtualMachines')).toBe('allocateIp');
    expect(methodOf('attachVolumeToVirtualServer', 'volumes')).toBe('attachToVirtualServer');
    expect(methodOf('listAvailableIpsForNetworkInterface', 'virtualMachineNetworkInterfaces')).toBe('listAvailableIps');
  });

  it("method: the resource's last two words name it too", () => {
    expect(methodOf('getNetworkInterface', 'virtualMachineNetworkInterfaces')).toBe('get');
    expect(methodOf('getInterface', 'virtualMachineNetworkInterfaces')).toBe('getInterface');
  });

  it('method: a trailing ForCurrent… is the plain name', () => {
    expect(methodOf('createServerForCurrentAccount', 'servers')).toBe('create');
    expect(methodOf('listServersWithDetailsForCurrentAccount', 'servers')).toBe('listWithDetails');
  });

  it('x-resource on a tag and x-method on an operation win over the convention', () => {
    const document = spec(
      {
        'POST /vms/vm/start': { id: 'startVirtualMachine', tag: 'Power functions' },
        'GET /lists': { id: 'listGlobalAddressLists', tag: 'Address lists', 'x-method': 'listGlobal' },
        'GET /org/lists': { id: 'listOrganizationAddressLists', tag: 'Address lists' },
      },
      [{ name: 'Power functions', 'x-resource': 'virtualMachines' }],
    );
    expect(names(document)).toEqual([
      'virtualMachines.start ← startVirtualMachine',
      'addressLists.listGlobal ← listGlobalAddressLists',
      'addressLists.list ← listOrganizationAddressLists',
    ]);
  });

  it('a name clash fails, naming both operations and the fix', () => {
    const document = spec({
      'GET /lists': { id: 'listGlobalAddressLists', tag: 'Address lists' },
      'GET /org/lists': { id: 'listOrganizationAddressLists', tag: 'Address lists' },
    });
    expect(() => resourceNames(document, 'specs/x.yaml')).toThrow(
      'specs/x.yaml: addressLists.list would name two operations, listGlobalAddressLists (GET /lists) and listOrganizationAddressLists (GET /org/lists): give one of them an `x-method` (or its tag an `x-resource`)',
    );
  });

  it('a malformed x-method, an x-resource named client, an operation without a tag: each fails, saying what to do', () => {
    expect(() => resourceNames(spec({ 'GET /a': { id: 'listAs', tag: 'As', 'x-method': 'List As' } }))).toThrow(
      'spec: GET /a (listAs): x-method must be a camelCase name, got "List As"',
    );
    expect(() => resourceNames(spec({ 'GET /a': { id: 'listAs', tag: 'Client' } }))).toThrow(
      'spec: tag "Client" names the namespace `client`, which the client object already has: give the tag an `x-resource`',
    );
    expect(() => resourceNames(spec({ 'POST /a/then': { id: 'thenA', tag: 'As' } }))).toThrow(
      'spec: POST /a/then (thenA): `then` cannot be a method name: give it an `x-method`',
    );
    expect(() => resourceNames({ paths: { '/a': { get: { operationId: 'listAs' } } } })).toThrow(
      'spec: GET /a (listAs) has no tag: its tag names its namespace',
    );
  });
});

describe('resource layer: the table and the signatures', () => {
  const document = {
    paths: {
      '/things': {
        get: {
          operationId: 'listThings',
          tags: ['Things'],
          parameters: [{ name: 'page', in: 'query' }],
          responses: { 200: { content: { 'application/json': { schema: { type: 'object' } } } } },
        },
        post: {
          operationId: 'createThing',
          tags: ['Things'],
          summary: 'Create a thing',
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: { type: 'object', required: ['name'], properties: { name: {} } } },
            },
          },
          responses: { 201: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } } },
        },
      },
      '/things/{id}': {
        delete: {
          operationId: 'deleteThing',
          tags: ['Things'],
          parameters: [
            { name: 'id', in: 'path', required: true },
            { name: 'force', in: 'query' },
          ],
          requestBody: { content: { 'application/json': { schema: { properties: { id: {}, reason: {} } } } } },
          responses: { 204: { description: 'gone' } },
        },
      },
      '/things/{id}/log': {
        get: {
          operationId: 'showThingLog',
          tags: ['Things'],
          parameters: [{ name: 'id', in: 'path', required: true }],
          responses: { 200: { content: { 'text/plain': { schema: { type: 'string' } } } } },
        },
      },
    },
    components: { schemas: { Thing: { type: 'object', properties: { id: {} } } } },
  };
  const shapes = operationShapes(document, 'things.yaml', [['/things', 'things']]);
  const rendered = renderResources('// banner\n', {
    vendor: 'acme',
    factory: 'createAcmeClient',
    shapes,
    helpers: [{ namespace: 'things', method: 'waitForThing', module: 'wait-for-thing', exportName: 'waitForThing' }],
    pagination: ['page-number'],
    apiVersions: false,
  });

  it('entries: a list (8), a required body (1), an optional body with query and shared keys (2), a text answer (4)', () => {
    expect(rendered).toContain('    list: ["get","/things",8],');
    expect(rendered).toContain('    create: ["post","/things",1],');
    expect(rendered).toContain('    delete: ["delete","/things/{id}",2,["force"],["id"]],');
    expect(rendered).toContain('    getLog: ["get","/things/{id}/log",4],');
  });

  it('signatures: params optional only when nothing is required; a list returns a ListPromise of its items', () => {
    expect(rendered).toContain(
      '    list(params?: ListThingsParams, options?: RequestOptions): ListPromise<ListThingsResponse, ItemOf<ListThingsResponse, "things">>;',
    );
    expect(rendered).toContain(
      '    create(params: CreateThingParams, options?: RequestOptions): ApiPromise<CreateThingResponse>;',
    );
    expect(rendered).toContain('     * Create a thing\n     *\n     * `POST /things` (createThing)\n');
    expect(rendered).toContain('    delete(params: DeleteThingParams, options?: RequestOptions)');
    expect(rendered).toContain('    waitForThing: BoundHelper<typeof waitForThing>;');
    expect(rendered).toContain(
      'export const Acme: new (options?: AcmeOptions) => Acme = /* @__PURE__ */ resourceClass({',
    );
    expect(rendered).toContain('  helpers: { things: { waitForThing } },');
  });

  it('a helper named like an operation of its namespace fails generation', () => {
    expect(() =>
      renderResources('', {
        vendor: 'acme',
        factory: 'createAcmeClient',
        shapes,
        helpers: [{ namespace: 'things', method: 'create', module: 'x', exportName: 'x' }],
        pagination: ['page-number'],
        apiVersions: false,
      }),
    ).toThrow('x-helpers: things.create (x.ts x) would hide the operation createThing: name the helper differently');
  });

  it('round 2 #5: a lookup the query or the optional body may carry gets the lookup flag (16) and required params', () => {
    const lookupThing = { type: 'object', required: ['id'], properties: { id: {} } };
    const withLookup = {
      tags: [{ name: 'Things' }],
      paths: {
        '/things/thing': {
          delete: {
            operationId: 'releaseThing',
            tags: ['Things'],
            parameters: [{ name: 'thing', in: 'query', style: 'deepObject', schema: lookupThing }],
            requestBody: {
              content: {
                'application/json': {
                  schema: { type: 'object', required: ['thing'], properties: { thing: lookupThing } },
                },
              },
            },
            responses: { 200: { content: { 'application/json': { schema: { type: 'object' } } } } },
          },
        },
      },
    };
    const [shape] = operationShapes(withLookup, 'things.yaml', []);
    expect(shape).toMatchObject({ flags: 2 | 16, queryKeys: ['thing'], bothKeys: ['thing'], paramsOptional: false });
    const layer = renderResources('', {
      vendor: 'acme',
      factory: 'createAcmeClient',
      shapes: shape ? [shape] : [],
      helpers: [],
      pagination: undefined,
      apiVersions: true,
    });
    expect(layer).toContain('    release: ["delete","/things/thing",18,["thing"],["thing"]],');
    expect(layer).toContain('    release(params: ReleaseThingParams, options?: RequestOptions<AcmeRequestOptions>)');
    expect(layer).toContain("  callOptions: ['apiVersion'],");
  });

  it('models: an object schema is an interface, a reserved name gets Model, a clash fails naming both', () => {
    const models = renderModels('', { document, label: 'things.yaml', shapes, reserved: new Set(['Thing']) });
    expect(models.contents).toContain('export interface ThingModel extends Schema<"Thing"> {}');
    expect(models.renamed).toEqual(new Map([['Thing', 'ThingModel']]));
    expect(models.contents).toContain(
      'export interface CreateThingResponse extends OperationData<operations["createThing"]> {}',
    );
    // a 204 without a body is no object: a type alias
    expect(models.contents).toContain('export type DeleteThingResponse = OperationData<operations["deleteThing"]>;');
    const clashing = { ...document, components: { schemas: { CreateThingParams: { type: 'object' } } } };
    expect(() => renderModels('', { document: clashing, label: 'things.yaml', shapes, reserved: new Set() })).toThrow(
      'things.yaml: two models would be exported as CreateThingParams: the schema CreateThingParams and the argument object of createThing; rename the schema or the operation',
    );
  });
});

describe('resource layer: names the package entry already exports', () => {
  it("a schema named like a runtime error class, a runtime type or the resource layer's own type gets Model", async () => {
    const [katapult] = registry.filter((entry) => entry.vendor === 'katapult');
    if (!katapult) throw new Error('katapult is not registered');
    const document = {
      paths: {},
      components: {
        schemas: {
          ValidationError: { type: 'object' },
          ErrorKind: { type: 'string' },
          KatapultOptions: { type: 'object' },
          Machine: { type: 'object' },
        },
      },
    };
    const files = renderResourceLayer(katapult, document, 'names.yaml', []);
    const models = files.find((file) => file.path.endsWith('models.ts'))?.contents ?? '';
    expect(models).toContain('export interface ValidationErrorModel extends Schema<"ValidationError"> {}');
    expect(models).toContain('export type ErrorKindModel = Schema<"ErrorKind">;');
    expect(models).toContain('export interface KatapultOptionsModel extends Schema<"KatapultOptions"> {}');
    expect(models).toContain('export interface Machine extends Schema<"Machine"> {}');
  });
});

describe('resource layer: the three vendors', () => {
  const clients = {
    katapult: new Katapult({ token: 'test-token' }),
    hostway: new Hostway({ username: 'u', password: 'p' }),
    scp: new Scp({ accessKey: 'a', secretKey: 's' }),
  } as unknown as Record<string, Record<string, Record<string, unknown>>>;

  it.each(registry.map((entry) => [entry.vendor, entry] as const))(
    '%s: every operation of the bundled spec is exactly one method of the class',
    async (vendor) => {
      const document = bundled(vendor);
      const { operations } = (await import(
        join(repo, 'packages', `${vendor}-client`, 'src', 'generated', 'resources.ts')
      )) as { operations: Record<string, Record<string, readonly [string, string, ...unknown[]]>> };
      const table = Object.entries(operations).flatMap(([namespace, methods]) =>
        Object.entries(methods).map(([method, [httpMethod, path]]) => ({
          call: `${namespace}.${method}`,
          op: `${httpMethod} ${path}`,
        })),
      );
      const specOperations = Object.entries(document.paths as Record<string, Record<string, unknown>>).flatMap(
        ([path, item]) => HTTP_METHODS.filter((method) => item[method] !== undefined).map((m) => `${m} ${path}`),
      );
      expect(table.map((row) => row.op).sort()).toEqual([...specOperations].sort());
      expect(new Set(table.map((row) => row.op)).size).toBe(table.length);
      const client = clients[vendor] ?? {};
      for (const { call } of table) {
        const [namespace = '', method = ''] = call.split('.');
        expect(typeof client[namespace]?.[method], call).toBe('function');
      }
    },
  );

  it('the five names of the contract', () => {
    const call = (vendor: string, name: string) => {
      const found = resourceNames(bundled(vendor) as NamingDocument, vendor).find(
        (n) => `${n.namespace}.${n.method}` === name,
      );
      return found && `${found.operationId} (${found.httpMethod.toUpperCase()} ${found.path})`;
    };
    expect(call('katapult', 'ipAddresses.create')).toBe(
      'createIpAddress (POST /organizations/organization/ip_addresses)',
    );
    expect(call('katapult', 'ipAddresses.list')).toBe(
      'listOrganizationIpAddresses (GET /organizations/organization/ip_addresses)',
    );
    expect(call('katapult', 'virtualMachines.start')).toBe(
      'startVirtualMachine (POST /virtual_machines/virtual_machine/start)',
    );
    expect(call('hostway', 'servers.create')).toBe('createServerForCurrentAccount (POST /servers)');
    expect(call('scp', 'servers.create')).toBe('createVirtualServer (POST /v1/servers)');
  });

  it('the helpers named in redocly.yaml sit in their namespaces', () => {
    expect(typeof clients.katapult?.virtualMachines?.waitForBuild).toBe('function');
    expect(typeof clients.katapult?.tasks?.wait).toBe('function');
    expect(typeof clients.hostway?.servers?.waitForServer).toBe('function');
    expect(typeof clients.scp?.servers?.waitForServer).toBe('function');
  });

  it.each(registry.map((entry) => [entry.vendor, entry] as const))(
    '%s: the committed resources.ts and models.ts are what the committed bundle generates',
    async (_vendor, entry) => {
      const files = await renderResourceLayer(entry, bundled(entry.vendor), specLabel(repo, entry));
      expect(files.map((file) => relative(repo, file.path)).sort()).toEqual([
        `packages/${entry.packageDirName}/src/generated/models.ts`,
        `packages/${entry.packageDirName}/src/generated/resources.ts`,
      ]);
      for (const file of files) {
        expect(readFileSync(file.path, 'utf8'), `${relative(repo, file.path)}: run \`pnpm generate\``).toBe(
          file.contents,
        );
      }
    },
  );
});
