/**
 * redocly.yaml is the one list of vendors: a vendor added there (with its spec and package) reaches the generator, the
 * mock's vendor list, the package READMEs and the docs; and what the registry says of each vendor is what its client does.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientTarget } from '../../docs/src/client-target.ts';
import { loadRegistry, type VendorEntry } from '../lib/registry.ts';

const repo = join(import.meta.dirname, '..', '..');
const tsx = join(repo, 'node_modules', '.bin', 'tsx');
let scratch: string;

function run(script: string, ...args: string[]) {
  const result = spawnSync(tsx, [join(repo, 'scripts', script), '--root', scratch, ...args], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** A small vendor that keeps every lint promise, with one paginated list whose page has two arrays. */
const acmeSpec = `openapi: 3.1.0
info:
  title: Acme API
  version: "1.0"
  description: A one-operation API for the registry test.
  license:
    name: MIT
    identifier: MIT
servers:
  - url: https://api.acme.test/v1
security:
  - ApiToken: []
tags:
  - name: widgets
    description: Widgets.
paths:
  /widgets:
    get:
      operationId: listWidgets
      summary: List widgets
      description: One page of widgets, after the widget named by marker.
      tags: [widgets]
      x-pagination-items: widgets
      parameters:
        - name: limit
          in: query
          description: Widgets per page.
          schema: { type: integer }
        - name: marker
          in: query
          description: The id of the last widget of the previous page.
          schema: { type: string }
      responses:
        '200':
          description: A page of widgets.
          content:
            application/json:
              schema:
                type: object
                required: [widgets, warnings]
                properties:
                  widgets:
                    type: array
                    items: { type: object, required: [id], properties: { id: { type: string } } }
                  warnings:
                    type: array
                    items: { type: string }
              example:
                widgets: [{ id: wid_1 }]
                warnings: []
        '401':
          description: No or a wrong token.
          content:
            application/json:
              schema: { type: object, required: [code], properties: { code: { type: string } } }
              example: { code: unauthorized }
components:
  securitySchemes:
    ApiToken:
      type: http
      scheme: bearer
`;

const acmeEntry = `  acme@v1:
    root: specs/acme/openapi.yaml
    x-package: acme-client
    x-name: Acme
    x-factory: createAcmeClient
    x-pagination: marker
    x-credentials:
      - option: token
        env: ACME_API_TOKEN
        description: an Acme API token
`;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'cloudspecs-registry-'));
  for (const path of [
    'redocly.yaml',
    'LICENSE',
    'specs',
    'examples',
    'scripts/package-readmes',
    'packages/runtime/README.md',
    'packages/runtime/package.json',
    'packages/runtime/test/support/fixture-openapi.yaml',
    'packages/mock/package.json',
    'packages/mock/specs',
  ]) {
    cpSync(join(repo, path), join(scratch, path), { recursive: true });
  }
  for (const entry of ['hostway-client', 'katapult-client', 'scp-client']) {
    cpSync(join(repo, 'packages', entry, 'package.json'), join(scratch, 'packages', entry, 'package.json'));
  }
  // The steps of README.md "Adding a vendor": a spec, an `apis` entry, a package.
  mkdirSync(join(scratch, 'specs', 'acme'), { recursive: true });
  writeFileSync(join(scratch, 'specs', 'acme', 'openapi.yaml'), acmeSpec);
  const config = readFileSync(join(scratch, 'redocly.yaml'), 'utf8');
  writeFileSync(join(scratch, 'redocly.yaml'), config.replace(/^apis:\n/m, `apis:\n${acmeEntry}`));
  mkdirSync(join(scratch, 'packages', 'acme-client'), { recursive: true });
  const manifest = JSON.parse(readFileSync(join(repo, 'packages', 'katapult-client', 'package.json'), 'utf8'));
  manifest.name = '@cloudspecs/acme-client';
  manifest.repository.directory = 'packages/acme-client';
  writeFileSync(join(scratch, 'packages', 'acme-client', 'package.json'), JSON.stringify(manifest, null, 2));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('a vendor added to redocly.yaml', () => {
  it('registry: loadRegistry reads its package, name, factory, pagination and credentials', async () => {
    const acme = (await loadRegistry(scratch)).find((entry) => entry.vendor === 'acme');
    expect(acme).toMatchObject({
      alias: 'acme@v1',
      packageName: '@cloudspecs/acme-client',
      packageDirName: 'acme-client',
      name: 'Acme',
      factory: 'createAcmeClient',
      pagination: ['marker'],
      credentials: [{ option: 'token', env: 'ACME_API_TOKEN', description: 'an Acme API token' }],
    });
  });

  it('registry: pnpm generate writes its client code, its pagination table, its validators, its bundled spec and the mock vendor list', () => {
    const result = run('generate.ts', 'acme');
    expect(result.code, result.err).toBe(0);
    expect(result.out).toMatch(/^acme\s+lint ok · 1 operations · 12 files, 12 changed/m);
    const generated = join(scratch, 'packages', 'acme-client', 'src', 'generated');
    expect(readFileSync(join(generated, 'schema.ts'), 'utf8')).toContain('"/widgets": {');
    expect(readFileSync(join(generated, 'operations.ts'), 'utf8')).toContain(
      'export const defaultBaseUrl = "https://api.acme.test/v1";',
    );
    // The operationIds a traced client names its spans by, loaded by the client only when it traces.
    expect(readFileSync(join(generated, 'operation-ids.ts'), 'utf8')).toMatch(
      /export const operationIds: [^=]+= \{\n {2}"\/widgets": \{\n {4}"get": "listWidgets"\n {2}\}\n\};/,
    );
    // Two arrays on the page: x-pagination-items names the items.
    expect(readFileSync(join(generated, 'pagination.ts'), 'utf8')).toContain('"/widgets": ["widgets", markerScheme],');
    expect(readFileSync(join(generated, 'README.md'), 'utf8')).toContain('written by `pnpm generate`');
    // The client type (named after the vendor, as its factory is) and the re-exports its entry shares.
    expect(readFileSync(join(generated, 'client-types.ts'), 'utf8')).toContain(
      'export type AcmeClient<Throw extends boolean = false> = ApiClient<paths, Throw>;',
    );
    expect(readFileSync(join(generated, 'exports.ts'), 'utf8')).toContain(
      "export type { AcmeClient } from './client-types.js';",
    );
    // The resource layer, its class named after the vendor too.
    expect(readFileSync(join(generated, 'resources.ts'), 'utf8')).toContain(
      'export const Acme: new (options?: AcmeOptions) => Acme = /* @__PURE__ */ resourceClass({',
    );
    // Its response validators and the loader of its own `./validators` entry, for `validate: 'report' | 'strict'`.
    expect(readFileSync(join(generated, 'validators.ts'), 'utf8')).toContain('  vendor: "acme",');
    expect(readFileSync(join(generated, 'load-validators.ts'), 'utf8')).toContain(
      'const module = "@cloudspecs/acme-client/validators";',
    );
    expect(JSON.parse(readFileSync(join(scratch, 'packages', 'mock', 'specs', 'acme.json'), 'utf8')).info.title).toBe(
      'Acme API',
    );
    expect(readFileSync(join(scratch, 'packages', 'mock', 'src', 'generated', 'vendors.ts'), 'utf8')).toContain(
      'export const vendors = ["acme","hostway","katapult","scp"] as const;',
    );
    expect(run('generate.ts', 'acme', '--check').code).toBe(0);
  }, 120_000);

  it('registry: a page with two arrays and no x-pagination-items is refused, naming the extension', () => {
    const spec = join(scratch, 'specs', 'acme', 'openapi.yaml');
    writeFileSync(spec, acmeSpec.replace('      x-pagination-items: widgets\n', ''));
    const result = run('generate.ts', 'acme');
    writeFileSync(spec, acmeSpec);
    expect(result.code).toBe(1);
    expect(result.err).toContain('GET /widgets is a paginated list, but its 200 answer has several array properties');
    expect(result.err).toContain('x-pagination-items: <property>');
  }, 120_000);

  it('registry: the docs take its package, factory, class and credential variables from the registry', async () => {
    const acme = (await loadRegistry(scratch)).find((entry) => entry.vendor === 'acme');
    if (!acme) throw new Error('acme is not registered');
    expect(clientTarget(acme)).toEqual({
      packageName: '@cloudspecs/acme-client',
      factory: 'createAcmeClient',
      className: 'Acme',
      variable: 'acme',
      credentialEnv: ['ACME_API_TOKEN'],
    });
  });

  it('registry: the package README generator picks it up and asks for the prose only a person can write', () => {
    const result = run('package-readmes.ts', '--check');
    expect(result.code).not.toBe(0);
    expect(result.err).toContain(
      'redocly.yaml registers acme, but scripts/package-readmes.ts has no README text for it: add `acme` to vendorText',
    );
  });

  it('registry: an entry without its factory is refused, naming the key and what it must be', () => {
    writeFileSync(
      join(scratch, 'redocly.yaml'),
      readFileSync(join(scratch, 'redocly.yaml'), 'utf8').replace('    x-factory: createAcmeClient\n', ''),
    );
    const result = run('generate.ts', 'acme');
    expect(result.code).not.toBe(0);
    expect(result.err).toContain(
      'redocly.yaml: apis.acme@v1: `x-factory` must be the factory the package exports (create<Vendor>Client), got undefined',
    );
  });
});

describe('what the registry refuses', () => {
  /** loadRegistry over a redocly.yaml of these `apis` entries alone. */
  async function registryOf(apis: string): Promise<unknown> {
    const root = mkdtempSync(join(tmpdir(), 'cloudspecs-registry-entries-'));
    try {
      writeFileSync(join(root, 'redocly.yaml'), `apis:\n${apis}`);
      return await loadRegistry(root);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }
  const entry = (alias: string, extra = '') =>
    `${acmeEntry.replace('acme@v1', alias).replace('    x-pagination: marker\n', `    x-pagination: marker\n${extra}`)}`;

  it('registry: the key names the vendor before the @ and its document after it', async () => {
    const [acme] = (await registryOf(entry('acme@v1', '    x-api-versions: scp-api-version\n'))) as VendorEntry[];
    expect(acme).toMatchObject({
      vendor: 'acme',
      documents: [{ alias: 'acme@v1', name: 'v1', specPath: expect.stringMatching(/specs\/acme\/openapi\.yaml$/) }],
      apiVersions: 'scp-api-version',
    });
  });

  it("registry: a vendor's later documents join its entry: their root and helpers; the vendor's keys are said once", async () => {
    const later = `  acme@v2:\n    root: specs/acme/v2.yaml\n    x-helpers:\n      widgets.waitForWidget: wait.ts#waitForWidget\n`;
    const [acme, ...others] = (await registryOf(`${entry('acme@v1')}${later}`)) as VendorEntry[];
    expect(others).toEqual([]);
    expect(acme).toMatchObject({
      vendor: 'acme',
      alias: 'acme@v1',
      documents: [
        { alias: 'acme@v1', name: 'v1', specPath: expect.stringMatching(/specs\/acme\/openapi\.yaml$/) },
        { alias: 'acme@v2', name: 'v2', specPath: expect.stringMatching(/specs\/acme\/v2\.yaml$/) },
      ],
      helpers: [{ namespace: 'widgets', method: 'waitForWidget', module: 'wait', exportName: 'waitForWidget' }],
    });
    await expect(registryOf(`${entry('acme@v1')}${entry('acme@v2')}`)).rejects.toThrow(
      'redocly.yaml: apis.acme@v2 is a second document of acme: `x-package`, `x-name`, `x-factory`, `x-pagination`, `x-credentials` are said once, on apis.acme@v1',
    );
  });

  it('registry: an x-api-versions the generator does not know is refused, naming the ones it knows', async () => {
    await expect(registryOf(entry('acme@v1', '    x-api-versions: header\n'))).rejects.toThrow(
      'redocly.yaml: apis.acme@v1: `x-api-versions` must be one of scp-api-version (scripts/lib/api-versions.ts), got "header"',
    );
  });
});

const registered = await loadRegistry(repo);

describe('what the registry says of each vendor is what its client does', () => {
  for (const entry of registered) {
    it(`registry: ${entry.vendor}: ${entry.packageName} exports ${entry.factory}, which reads ${entry.credentials.map((c) => c.env).join(' and ')}`, async () => {
      const manifest = JSON.parse(readFileSync(join(entry.packageDir, 'package.json'), 'utf8')) as { name: string };
      expect(manifest.name).toBe(entry.packageName);
      expect(existsSync(entry.specPath)).toBe(true);
      const module = (await import(join(entry.packageDir, 'src', 'index.ts'))) as Record<string, unknown>;
      const factory = module[entry.factory] as (options?: object) => unknown;
      expect(typeof factory).toBe('function');
      const saved = Object.fromEntries(entry.credentials.map(({ env }) => [env, process.env[env]]));
      try {
        for (const { env } of entry.credentials) delete process.env[env];
        // Each credential missing in turn names its option and its variable.
        for (const { option, env } of entry.credentials) {
          for (const other of entry.credentials) process.env[other.env] = 'from-env';
          delete process.env[env];
          expect(() => factory({ baseUrl: 'http://127.0.0.1:9' }), `${option} missing`).toThrow(
            expect.objectContaining({ name: 'ConfigurationError', message: expect.stringContaining(env) }),
          );
          expect(() => factory({ baseUrl: 'http://127.0.0.1:9', [option]: 'given' })).not.toThrow();
        }
        for (const { env } of entry.credentials) process.env[env] = 'from-env';
        expect(() => factory({ baseUrl: 'http://127.0.0.1:9' })).not.toThrow();
      } finally {
        for (const [env, value] of Object.entries(saved)) {
          if (value === undefined) delete process.env[env];
          else process.env[env] = value;
        }
      }
    });
  }
});
