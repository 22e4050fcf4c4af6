/**
 * The SCP vpc and security-group documents (specs/scp/vpc, specs/scp/security-group), each on its own (the registry
 * merges them into SCP's one bundle, which packages/scp-client's contract test sweeps): each lints clean under the
 * repository's rules, and a Prism mock of it (`@cloudspecs/mock` with errors on) serves every operation × documented status ×
 * example, with the spec's own request examples, without a violation. With the virtualserver document, the three
 * merge without a clash — a component name means one component, no path, operationId or tag is in two of them, no two
 * operations get one resource name — so that one client (and one mock) can hold all three.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startMock, type RunningMock } from '@cloudspecs/mock';
import { bundle, lint, loadConfig } from '@redocly/openapi-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ContractCase, contractCases } from '../../packages/testkit/src/contract-cases.ts';
import { resourceNames } from '../lib/naming.ts';

type Json = Record<string, unknown>;

const repo = join(import.meta.dirname, '..', '..');
const config = await loadConfig({ configPath: join(repo, 'redocly.yaml') });
const scratch = mkdtempSync(join(tmpdir(), 'scp-network-specs-'));

/** The documents, with the operation counts of the vendor's published vpc 1.0 and security-group 1.0 documents. */
const documents = [
  { name: 'vpc', spec: 'specs/scp/vpc/openapi.yaml', service: 'vpc', operations: 75 },
  { name: 'security-group', spec: 'specs/scp/security-group/openapi.yaml', service: 'securitygroup', operations: 12 },
] as const;

async function bundled(spec: string): Promise<Json> {
  const result = await bundle({ ref: join(repo, spec), config });
  return result.bundle.parsed as Json;
}

const bundles = await Promise.all(
  documents.map(async (document) => {
    const parsed = await bundled(document.spec);
    const file = join(scratch, `${document.name}.json`);
    writeFileSync(file, JSON.stringify(parsed));
    return { ...document, parsed, file, cases: contractCases(file) };
  }),
);
const virtualserver = await bundled('specs/scp/openapi.yaml');

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// Prism checks that the signed headers are there (apiKey schemes); a mock does not verify their values.
const signedHeaders = {
  'Scp-AccessKey': 'test-access-key',
  'Scp-Signature': 'c2lnbmF0dXJl',
  'Scp-Timestamp': '1764494102000',
  'Scp-ClientType': 'Openapi',
};

function label(c: ContractCase): string {
  return `${c.operationId}: ${c.status}${c.exampleName ? ` ${c.exampleName}` : ''}${c.requestExample ? ` (request ${c.requestExample})` : ''}`;
}

/** The request a case describes, as fetch sends it: path and query parameters from the spec's examples. */
function request(baseUrl: string, c: ContractCase): { url: string; init: RequestInit } {
  const path = c.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
    encodeURIComponent(String(c.init.params.path?.[name] ?? `{${name}}`)),
  );
  const url = new URL(`${baseUrl}${path}`);
  for (const [name, value] of Object.entries(c.init.params.query ?? {})) {
    for (const item of Array.isArray(value) ? value : [value]) url.searchParams.append(name, String(item));
  }
  const headers: Record<string, string> = {
    ...signedHeaders,
    ...Object.fromEntries(Object.entries(c.init.params.header ?? {}).map(([name, value]) => [name, String(value)])),
    Prefer: `code=${c.status}${c.exampleName ? `, example=${c.exampleName}` : ''}`,
  };
  const body = c.init.body === undefined ? undefined : JSON.stringify(c.init.body);
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  return { url: url.toString(), init: { method: c.method, headers, ...(body !== undefined ? { body } : {}) } };
}

describe.each(bundles)('$name document', (document) => {
  it('lints clean under redocly.yaml (recommended-strict and the project rules)', async () => {
    const problems = await lint({ ref: join(repo, document.spec), config });
    const errors = problems
      .filter((problem) => problem.severity === 'error')
      .map((problem) => `${problem.ruleId}: ${problem.message} (${problem.location[0]?.pointer ?? ''})`);
    expect(errors).toEqual([]);
  });

  it(`has the ${document.operations} operations of the vendor's document, each with a case per documented status`, () => {
    const operations = new Set(document.cases.map((c) => c.operationId));
    expect(operations.size).toBe(document.operations);
    const untestable = document.cases.filter((c) => c.missing !== undefined).map((c) => `${label(c)} (${c.missing})`);
    expect(untestable).toEqual([]);
  });

  it(`names its service ${document.service} in x-scp-service and in the Scp-Api-Version pattern`, () => {
    expect(document.parsed['x-scp-service']).toBe(document.service);
    const parameters = (document.parsed.components as { parameters: Record<string, Json> }).parameters;
    const header = Object.values(parameters).find((parameter) => parameter.name === 'Scp-Api-Version');
    const pattern = new RegExp((header?.schema as { pattern?: string } | undefined)?.pattern ?? '(?!)');
    expect(pattern.test(`${document.service} 1.0`)).toBe(true);
    expect(pattern.test('virtualserver 1.0')).toBe(false);
  });

  describe('served by a Prism mock of it (errors on)', () => {
    let mock: RunningMock;
    beforeAll(async () => {
      mock = await startMock({ spec: document.file }, { quiet: true });
    });
    afterAll(() => mock?.close());

    it.each(document.cases.map((c) => [label(c), c] as const))('%s', async (_, c) => {
      const { url, init } = request(mock.url, c);
      const response = await fetch(url, init);
      const text = await response.text();
      expect(response.headers.get('sl-violations'), `${c.method} ${c.path}: Prism reported a violation`).toBeNull();
      expect(response.status).toBe(c.status);
      if (c.mediaType === undefined) expect(text).toBe('');
      else expect(JSON.parse(text)).toEqual(c.example);
    });
  });
});

describe('the three SCP documents together', () => {
  const all = [{ name: 'virtualserver', parsed: virtualserver }, ...bundles];

  it('a component name used by several documents names the same component in each, so they merge into one', () => {
    const differing: string[] = [];
    for (const kind of ['schemas', 'parameters', 'responses', 'securitySchemes', 'requestBodies']) {
      const seen = new Map<string, { document: string; value: string }>();
      for (const { name, parsed } of all) {
        const components = (parsed.components as Record<string, Record<string, unknown> | undefined>)[kind] ?? {};
        for (const [componentName, component] of Object.entries(components)) {
          const value = JSON.stringify(component);
          const first = seen.get(componentName);
          if (!first) seen.set(componentName, { document: name, value });
          else if (first.value !== value) differing.push(`${kind}.${componentName} (${first.document} and ${name})`);
        }
      }
    }
    expect(differing).toEqual([]);
  });

  it('no path, operationId or tag is in two documents', () => {
    const owners = new Map<string, string>();
    const twice: string[] = [];
    const claim = (key: string, document: string) => {
      const owner = owners.get(key);
      if (owner) twice.push(`${key} (${owner} and ${document})`);
      owners.set(key, document);
    };
    for (const { name, parsed } of all) {
      for (const [path, item] of Object.entries(
        parsed.paths as Record<string, Record<string, { operationId?: string }>>,
      )) {
        // Path parameter names do not tell two paths apart on the wire.
        claim(`path ${path.replace(/\{[^}]+\}/g, '{}')}`, name);
        for (const operation of Object.values(item)) {
          if (typeof operation?.operationId === 'string') claim(`operationId ${operation.operationId}`, name);
        }
      }
      for (const tag of parsed.tags as { name: string }[]) claim(`tag ${tag.name}`, name);
    }
    expect(twice).toEqual([]);
  });

  it('resource methods never clash across the documents, and the issue’s names exist', () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const { name, parsed } of all) {
      for (const method of resourceNames(parsed, name)) {
        const key = `${method.namespace}.${method.method}`;
        const owner = owners.get(key);
        if (owner) clashes.push(`${key}: ${owner} and ${name} ${method.operationId}`);
        owners.set(key, `${name} ${method.operationId}`);
      }
    }
    expect(clashes).toEqual([]);
    expect(owners.get('vpcs.create')).toBe('vpc createVpc');
    expect(owners.get('subnets.list')).toBe('vpc listSubnets');
    expect(owners.get('publicIps.create')).toBe('vpc createPublicip');
    expect(owners.get('securityGroups.create')).toBe('security-group createSecurityGroup');
    expect(owners.get('securityGroupRules.create')).toBe('security-group createSecurityGroupRule');
    expect(owners.get('servers.create')).toBe('virtualserver createVirtualServer');
  });
});
