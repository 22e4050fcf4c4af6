/** The generation pipeline for one vendor: lint → types → operation metadata → bundled spec. Pure: it writes nothing. */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundle, getLineColLocation, lint, loadConfig, type NormalizedProblem } from '@redocly/openapi-core';
import openapiTS, { astToString } from 'openapi-typescript';
import { HTTP_METHODS } from '../../packages/runtime/src/http-methods.ts';
import { renderClientLayer } from './client-layer.ts';
import { type FixtureEntry, loadRegistry, type VendorEntry } from './registry.ts';
import { paginatedPaths, renderPaginationTable } from './pagination-table.ts';
import { exportedNames, renderModels } from './models.ts';
import { className, operationShapes, renderResources } from './resources.ts';
import { renderTwinTable, type TwinModule, twinRows } from './twin-table.ts';

export { type FixtureEntry, loadFixtures, loadRegistry, type VendorEntry } from './registry.ts';

export interface GeneratedFile {
  path: string;
  contents: string;
  operationCount?: number;
}

export async function generateVendor(root: string, entry: VendorEntry): Promise<GeneratedFile[]> {
  const specLabel = relative(root, entry.specPath);
  await lintSpec(root, entry, specLabel);
  const banner = generatedBanner(specLabel);

  const ast = await openapiTS(new URL(`file://${entry.specPath}`), { alphabetize: false });
  const schema = `${banner}${astToString(ast)}`;

  // A spec may be split into files with $ref (paths/, components/): metadata is read from the bundled document.
  const bundled = await bundle({
    ref: entry.specPath,
    config: await loadConfig({ configPath: join(root, 'redocly.yaml') }),
  });
  const document = bundled.bundle.parsed as OpenApiDocument;
  const operations = collectOperations(document, specLabel);
  const metadata = renderMetadata(
    banner,
    document,
    operations,
    entry.credentials.map((credential) => credential.option),
  );
  const specJson = `${JSON.stringify(bundled.bundle.parsed, null, 2)}\n`;
  const pagination = entry.pagination
    ? [
        {
          path: join(entry.generatedDir, 'pagination.ts'),
          contents: renderPaginationTable(
            banner,
            document as unknown as Record<string, unknown>,
            entry.pagination,
            specLabel,
          ),
        },
      ]
    : [];

  const apiVersions = Boolean(document['x-scp-service']);
  const clientLayer = renderClientLayer(banner, {
    vendor: entry.vendor,
    generatedDir: entry.generatedDir,
    apiVersions,
  });
  const resourceLayer = await renderResourceLayer(entry, document as unknown as Record<string, unknown>, specLabel);

  return [
    { path: join(entry.generatedDir, 'schema.ts'), contents: schema },
    { path: join(entry.generatedDir, 'operations.ts'), contents: metadata, operationCount: operations.length },
    { path: join(entry.generatedDir, 'operation-ids.ts'), contents: renderOperationIds(banner, operations) },
    ...pagination,
    ...clientLayer,
    ...resourceLayer,
    { path: join(entry.generatedDir, 'README.md'), contents: generatedReadme(specLabel, entry.vendor) },
    { path: join(root, 'packages', 'mock', 'specs', `${entry.vendor}.json`), contents: specJson },
  ];
}

/**
 * The resource layer (resources.ts: `new Katapult()`, `katapult.ipAddresses.create(…)`) and the named models
 * (models.ts: `IpAddress`, `CreateIpAddressParams`). A schema named like something the package entry already exports
 * through the generated exports (a runtime error class such as `ValidationError`) is exported as `<Name>Model`.
 * Exported for the tests, which render it from the committed bundle (packages/mock/specs) without linting again.
 */
export async function renderResourceLayer(
  entry: VendorEntry,
  document: Record<string, unknown>,
  specLabel: string,
): Promise<GeneratedFile[]> {
  const banner = generatedBanner(specLabel);
  const apiVersions = Boolean(document['x-scp-service']);
  // what the package entry re-exports from the generated exports.ts: a schema may not take one of those names
  const entryExports = renderClientLayer(banner, {
    vendor: entry.vendor,
    generatedDir: entry.generatedDir,
    apiVersions,
  })
    .filter((file) => file.path.endsWith('exports.ts'))
    .flatMap((file) => exportedNames(file.contents));
  const lists = entry.pagination ? paginatedPaths(document, entry.pagination, specLabel) : [];
  const shapes = operationShapes(document, specLabel, lists);
  for (const shape of shapes) {
    if (!['get', 'post', 'put', 'patch', 'delete'].includes(shape.name.httpMethod)) {
      throw new Error(
        `${specLabel}: ${shape.name.operationId} is a ${shape.name.httpMethod.toUpperCase()}, which the resource layer does not call`,
      );
    }
  }
  const runtimeErrors = await readFile(
    join(import.meta.dirname, '..', '..', 'packages', 'runtime', 'src', 'errors-public.ts'),
    'utf8',
  );
  const vendorClass = className(entry.vendor);
  const reserved = new Set([
    ...entryExports,
    ...exportedNames(runtimeErrors),
    vendorClass,
    `${vendorClass}Options`,
    `${vendorClass}Resources`,
  ]);
  const models = renderModels(banner, { document, label: specLabel, shapes, reserved });
  const resources = renderResources(banner, {
    vendor: entry.vendor,
    factory: entry.factory,
    shapes,
    helpers: entry.helpers,
    pagination: entry.pagination,
    apiVersions: apiVersions,
  });
  return [
    { path: join(entry.generatedDir, 'resources.ts'), contents: resources },
    { path: join(entry.generatedDir, 'models.ts'), contents: models.contents },
  ];
}

/** The first lines of every generated source file. */
export function generatedBanner(specLabel: string): string {
  return [
    `// generated from ${specLabel} by scripts/generate.ts — do not edit.`,
    '// Edit the spec and run `pnpm generate` instead.',
    '',
  ].join('\n');
}

/** What sits in every generated folder: where its files come from, and how to change them. */
function generatedReadme(source: string, what: string): string {
  return [
    '# Generated — do not edit',
    '',
    `Every file in this folder is written by \`pnpm generate\` (scripts/generate.ts) from ${source}, for ${what}.`,
    'Change the source and run `pnpm generate`; `pnpm generate --check` (in CI) fails when these files are stale.',
    '',
  ].join('\n');
}

/** A test fixture spec: its types only (no lint: fixtures show odd cases on purpose), and a README. */
export async function generateFixture(root: string, fixture: FixtureEntry): Promise<GeneratedFile[]> {
  const specLabel = relative(root, fixture.specPath);
  const banner = generatedBanner(specLabel);
  const ast = await openapiTS(new URL(`file://${fixture.specPath}`), { alphabetize: false });
  return [
    { path: join(fixture.outDir, 'schema.ts'), contents: `${banner}${astToString(ast)}` },
    { path: join(fixture.outDir, 'README.md'), contents: generatedReadme(specLabel, `the ${fixture.name} tests`) },
  ];
}

/**
 * The mock's generated folder (packages/mock/src/generated): the vendor list, from the registry (the published mock
 * cannot read redocly.yaml), and each twin's table of operations (`<vendor>-twin.ts`, scripts/lib/twin-table.ts) for
 * the vendors that have a twin module. `documents` are the bundles generated in this run; a vendor not generated now
 * is read from its committed bundle (packages/mock/specs/<vendor>.json).
 */
export async function generateRegistryFiles(
  root: string,
  documents: ReadonlyMap<string, Record<string, unknown>> = new Map(),
): Promise<{ dir: string; files: GeneratedFile[]; twins: { vendor: string; stateful: number; total: number }[] }> {
  const registry = await loadRegistry(root);
  const dir = join(root, 'packages', 'mock', 'src', 'generated');
  const names = registry.map((entry) => entry.vendor).sort();
  const vendors = [
    '// generated from redocly.yaml (the `apis`) by scripts/generate.ts — do not edit.',
    '// Add a vendor to redocly.yaml and run `pnpm generate` instead.',
    '',
    '/** The vendors whose bundled spec is in specs/<vendor>.json. */',
    `export const vendors = ${JSON.stringify(names)} as const;`,
    '',
  ].join('\n');
  const files: GeneratedFile[] = [
    { path: join(dir, 'vendors.ts'), contents: vendors },
    {
      path: join(dir, 'README.md'),
      contents: generatedReadme(
        'redocly.yaml, the bundled specs and packages/mock/src/twin/vendors/',
        "the mock's list of vendors and each twin's table of operations",
      ),
    },
  ];
  const twins: { vendor: string; stateful: number; total: number }[] = [];
  const twinDir = join(root, 'packages', 'mock', 'src', 'twin');
  const withTwins = registry.filter((entry) => existsSync(join(twinDir, 'vendors', `${entry.vendor}.ts`)));
  // the engine's own rule (a vendor without a twin module needs none of it)
  const servedBy =
    withTwins.length > 0 ? (await import(pathToFileURL(join(twinDir, 'served.ts')).href)).servedBy : undefined;
  for (const entry of withTwins) {
    const modulePath = join(twinDir, 'vendors', `${entry.vendor}.ts`);
    const specLabel = relative(root, entry.specPath);
    const document =
      documents.get(entry.vendor) ??
      (JSON.parse(await readFile(join(root, 'packages', 'mock', 'specs', `${entry.vendor}.json`), 'utf8')) as Record<
        string,
        unknown
      >);
    const module = (await import(pathToFileURL(modulePath).href)).twin as TwinModule;
    if (!module || typeof module.resources !== 'object') {
      throw new Error(`packages/mock/src/twin/vendors/${entry.vendor}.ts must export its twin as \`twin\``);
    }
    const lists = entry.pagination ? paginatedPaths(document, entry.pagination, specLabel) : [];
    const table = renderTwinTable(specLabel, entry.vendor, twinRows(document, specLabel, lists), module, servedBy);
    files.push({ path: join(dir, `${entry.vendor}-twin.ts`), contents: table.contents });
    twins.push({ vendor: entry.vendor, stateful: table.stateful, total: table.total });
  }
  return { dir, files, twins };
}

async function lintSpec(root: string, entry: VendorEntry, specLabel: string): Promise<void> {
  const config = await loadConfig({ configPath: join(root, 'redocly.yaml') });
  const problems = await lint({ ref: entry.specPath, config });
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length === 0) return;
  const lines = errors
    .slice(0, 20)
    .map((problem) => `  ${where(root, problem)} ${problem.ruleId}: ${describeProblem(problem)}`);
  if (errors.length > 20) {
    lines.push(
      `  … and ${errors.length - 20} more (run \`pnpm exec redocly lint ${relative(root, entry.specPath)}\` for all)`,
    );
  }
  throw new Error(`${errors.length} lint error(s) in ${specLabel}:\n${lines.join('\n')}`);
}

/**
 * Redocly's message, plus what it leaves out: for an unresolved `$ref`, the target it names (Redocly reports only the
 * location of the `$ref`, so "Can't resolve $ref" alone sends the reader hunting for which one).
 */
export function describeProblem(problem: NormalizedProblem): string {
  if (problem.ruleId !== 'no-unresolved-refs') return problem.message;
  const target = refAt(problem);
  return target === undefined ? problem.message : `${problem.message} — '${target}' does not exist`;
}

/** The value of the `$ref` a problem is reported at, read from the source line it starts on. */
function refAt(problem: NormalizedProblem): string | undefined {
  const location = problem.location[0];
  if (!location) return undefined;
  const { start } = getLineColLocation(location);
  const line = location.source.body.split('\n')[start.line - 1] ?? '';
  const match = /["']?\$ref["']?\s*:\s*(?:"([^"]*)"|'([^']*)'|(\S+?)(?=\s*(?:,|\s\}|$)))/.exec(line);
  return match?.[1] ?? match?.[2] ?? match?.[3];
}

function where(root: string, problem: NormalizedProblem): string {
  const location = problem.location[0];
  if (!location) return '';
  const { start } = getLineColLocation(location);
  return `${relative(root, location.source.absoluteRef)}:${start.line}:${start.col}`;
}

interface OpenApiDocument {
  info: { title: string; version: string };
  servers?: { url: string; variables?: Record<string, { default: string; enum?: string[] }> }[];
  paths?: Record<string, Record<string, OperationObject | unknown>>;
  'x-scp-service'?: string;
}

interface OperationObject {
  operationId?: string;
  summary?: string;
  tags?: string[];
  responses?: Record<string, unknown>;
  'x-scp-api-versions'?: ApiVersion[];
}

export interface ApiVersion {
  version: string;
  status: 'CURRENT' | 'SUPPORTED' | 'DEPRECATED' | 'PLANNED';
  notBefore: string | null;
}

export interface OperationMetadata {
  operationId: string;
  method: string;
  path: string;
  tag: string;
  summary: string;
  statuses: number[];
  apiVersions?: ApiVersion[];
}

export function collectOperations(document: OpenApiDocument, specLabel: string): OperationMetadata[] {
  const operations: OperationMetadata[] = [];
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const operation = item[method] as OperationObject | undefined;
      if (!operation) continue;
      if (!operation.operationId) throw new Error(`${specLabel}: ${method.toUpperCase()} ${path} has no operationId`);
      const metadata: OperationMetadata = {
        operationId: operation.operationId,
        method: method.toUpperCase(),
        path,
        tag: operation.tags?.[0] ?? '',
        summary: operation.summary ?? '',
        statuses: Object.keys(operation.responses ?? {})
          .map(Number)
          .filter((status) => Number.isInteger(status))
          .sort((a, b) => a - b),
      };
      const versions = operation['x-scp-api-versions'];
      if (versions) metadata.apiVersions = versions.map(normaliseVersion(specLabel, operation.operationId));
      operations.push(metadata);
    }
  }
  return operations;
}

function normaliseVersion(specLabel: string, operationId: string) {
  return (version: ApiVersion): ApiVersion => {
    const notBefore = version.notBefore as unknown;
    // YAML reads an unquoted 2026-08-31 as a Date; keep the calendar date either way.
    const date = notBefore instanceof Date ? notBefore.toISOString().slice(0, 10) : (notBefore as string | null);
    if (date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      throw new Error(
        `${specLabel}: ${operationId} x-scp-api-versions ${version.version}: notBefore must be YYYY-MM-DD or null`,
      );
    }
    return { version: String(version.version), status: version.status, notBefore: date };
  };
}

/**
 * Each operation's operationId by path template and lower-case method: what the spans of a traced client are named by
 * (`katapult.createIpAddress`). A module of its own, which the vendor's client loads with `import()` only when it
 * traces: a client without `tracing` never loads it, and a bundler that splits code keeps it out of the first chunk.
 */
export function renderOperationIds(banner: string, operations: OperationMetadata[]): string {
  const table: Record<string, Record<string, string>> = {};
  for (const { path, method, operationId } of operations) {
    table[path] = { ...table[path], [method.toLowerCase()]: operationId };
  }
  return [
    banner,
    '/** Each operationId by path template and lower-case method: what the spans of a traced client are named by. */',
    `export const operationIds: Readonly<Record<string, Readonly<Record<string, string>>>> = ${JSON.stringify(table, null, 2)};`,
    '',
  ].join('\n');
}

function renderMetadata(
  banner: string,
  document: OpenApiDocument,
  operations: OperationMetadata[],
  credentialOptions: readonly string[],
): string {
  const server = document.servers?.[0];
  const defaultBaseUrl = server
    ? server.url.replace(/\{(\w+)\}/g, (_, name: string) => server.variables?.[name]?.default ?? `{${name}}`)
    : '';
  const lines = [
    banner,
    `/** The first server of the spec with its variables' defaults: the vendor's production base URL. */`,
    `export const defaultBaseUrl = ${JSON.stringify(defaultBaseUrl)};`,
    '',
    '/** The credential options of the client (redocly.yaml `x-credentials`): named when the options are no object. */',
    `export const credentialOptions = ${JSON.stringify(credentialOptions)} as const;`,
    '',
  ];
  if (server?.variables) {
    lines.push(
      '/** The server URL template and its variables, from the spec. */',
      `export const serverTemplate = ${JSON.stringify({ url: server.url, variables: server.variables }, null, 2)} as const;`,
      '',
    );
  }
  if (document['x-scp-service']) {
    const versions = [...new Set(operations.flatMap((op) => op.apiVersions?.map((v) => v.version) ?? []))].sort(
      compareVersions,
    );
    const newestCurrent = operations
      .flatMap((op) => op.apiVersions ?? [])
      .filter((v) => v.status === 'CURRENT')
      .map((v) => v.version)
      .sort((a, b) => compareVersions(b, a))[0];
    if (newestCurrent === undefined) throw new Error('x-scp-api-versions: no operation has a CURRENT version');
    lines.push(
      `/** The SCP service named in \`Scp-Api-Version\`. */`,
      `export const scpService = ${JSON.stringify(document['x-scp-service'])};`,
      '',
      '/** Every API version any operation of the spec documents, oldest first. */',
      `export const apiVersions = ${JSON.stringify(versions)} as const;`,
      '',
      'export type ApiVersion = (typeof apiVersions)[number];',
      '',
      '/** The newest version that is CURRENT for some operation: what a client pins when not told otherwise. */',
      `export const defaultApiVersion: ApiVersion = ${JSON.stringify(newestCurrent)};`,
      '',
    );
    // What the client reads per request, kept small: the version list most operations document, once, and by
    // `METHOD /path` only the operations whose list differs (each distinct list once).
    const counts = new Map<string, number>();
    for (const op of operations) {
      const set = JSON.stringify(op.apiVersions ?? []);
      counts.set(set, (counts.get(set) ?? 0) + 1);
    }
    const common = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '[]';
    const sets: string[] = [common];
    const rows = operations.flatMap((op) => {
      const set = JSON.stringify(op.apiVersions ?? []);
      if (set === common) return [];
      if (!sets.includes(set)) sets.push(set);
      return [`  ${JSON.stringify(`${op.method} ${op.path}`)}: ${sets.indexOf(set)},`];
    });
    lines.push(
      '/** The distinct lists of API versions the operations document, newest first; the first is the most common. */',
      "export const versionSets: readonly (readonly { version: string; status: 'CURRENT' | 'SUPPORTED' | 'DEPRECATED' | 'PLANNED'; notBefore: string | null }[])[] = [",
      ...sets.map((set) => `  ${set},`),
      '];',
      '',
      '/** The operations, by `METHOD /path/{template}`, whose versions are not `versionSets[0]`: an index into it. */',
      'export const versionTable: Readonly<Record<string, number>> = {',
      ...rows,
      '};',
      '',
    );
  }
  return lines.join('\n');
}

function compareVersions(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split('.').map(Number);
  const [bMajor = 0, bMinor = 0] = b.split('.').map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}
