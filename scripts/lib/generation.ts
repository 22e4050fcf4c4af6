/**
 * The generation pipeline. Pure: it writes nothing (scripts/generate.ts writes, or checks, what it returns).
 *
 *   a vendor      its document linted and bundled (every `$ref` local): the vendor's API as one document, which
 *                 everything else reads — its types (openapi-typescript), its operations' names (naming.ts) and
 *                 shapes (shapes.ts), and each generated file, rendered by the module named after it:
 *                 operations.ts (with api-versions.ts; it also renders operation-ids.ts), pagination-table.ts,
 *                 client-layer.ts, resources.ts and models.ts; then the bundled spec the mock serves
 *   a fixture     its types only
 *   the registry  the mock's vendor list, and each twin's table (twin-table.ts)
 *
 * A vendor of several documents (SCP's services) is merged into the one document the rest reads
 * (`vendorDocument`, scripts/lib/merge-documents.ts).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  bundle,
  type Config,
  getLineColLocation,
  lint,
  loadConfig,
  type NormalizedProblem,
} from '@redocly/openapi-core';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { ENTRY_DEFINITIONS, entryReExports, renderClientLayer } from './client-layer.ts';
import type { Json } from './json-pointer.ts';
import { type DocumentToMerge, mergeDocuments } from './merge-documents.ts';
import { renderModels } from './models.ts';
import { className } from './naming.ts';
import { renderOperationIds, renderOperationsModule } from './operations.ts';
import { paginatedPaths, renderPaginationTable } from './pagination-table.ts';
import { type FixtureEntry, loadRegistry, specLabel, type VendorEntry } from './registry.ts';
import { renderResources } from './resources.ts';
import { type OperationShape, operationShapes } from './shapes.ts';
import { renderValidators } from './validators.ts';
import { renderTwinTable, type TwinModule, twinRows } from './twin-table.ts';

export interface GeneratedFile {
  path: string;
  contents: string;
  operationCount?: number;
}

export async function generateVendor(root: string, entry: VendorEntry): Promise<GeneratedFile[]> {
  const { label, document } = await vendorDocument(root, entry);
  const banner = generatedBanner(label);
  const specJson = `${JSON.stringify(document, null, 2)}\n`;
  const shapes = operationShapes(document, label, paginatedLists(entry, document, label));
  const operations = shapes.map((shape) => shape.name);
  const pagination = entry.pagination
    ? [
        {
          path: join(entry.generatedDir, 'pagination.ts'),
          contents: renderPaginationTable(
            banner,
            document as unknown as Record<string, unknown>,
            { vendor: entry.vendor, schemes: entry.pagination },
            label,
          ),
        },
      ]
    : [];
  // The types of the bundle (linted above: an OpenAPI 3 document) are those of the spec's files, one bundling fewer.
  // A `default` is what the server assumes when a field is left out, not a promise that it is sent: only `required`
  // makes a field required (specs/README.md, "Presence"), in requests and answers alike.
  const types = astToString(
    await openapiTS(document as unknown as OpenAPI3, { alphabetize: false, defaultNonNullable: false }),
  );
  return [
    { path: join(entry.generatedDir, 'schema.ts'), contents: `${banner}${types}` },
    {
      path: join(entry.generatedDir, 'operations.ts'),
      contents: renderOperationsModule(banner, { entry, document, operations, label }),
      operationCount: operations.length,
    },
    { path: join(entry.generatedDir, 'operation-ids.ts'), contents: renderOperationIds(banner, operations) },
    ...pagination,
    ...renderClientLayer(banner, {
      vendor: entry.vendor,
      packageName: entry.packageName,
      generatedDir: entry.generatedDir,
      apiVersions: entry.apiVersions !== undefined,
    }),
    ...renderResourceLayer(entry, document, label, shapes),
    {
      path: join(entry.generatedDir, 'validators.ts'),
      contents: renderValidators(banner, document, {
        vendor: entry.vendor,
        runtimeImport: '@cloudspecs/runtime/drift',
        label,
      }).contents,
    },
    { path: join(entry.generatedDir, 'README.md'), contents: generatedReadme(label, entry.vendor) },
    { path: join(root, 'packages', 'mock', 'specs', `${entry.vendor}.json`), contents: specJson },
  ];
}

/**
 * The vendor's API as one bundled document, each of its documents linted first (a lint error stops generation,
 * naming file, line and rule). `label` names its spec in banners and errors.
 */
async function vendorDocument(root: string, entry: VendorEntry): Promise<{ label: string; document: Json }> {
  const config = await loadConfig({ configPath: join(root, 'redocly.yaml') });
  const bundles: DocumentToMerge[] = [];
  for (const { name, specPath } of entry.documents) {
    const label = relative(root, specPath);
    await lintSpec(root, config, specPath, label);
    const bundled = await bundle({ ref: specPath, config });
    bundles.push({ name, label, document: bundled.bundle.parsed as Json });
  }
  return { label: specLabel(root, entry), document: mergeDocuments(bundles) };
}

/** The vendor's paginated lists (`[path, items key]`), by its pagination scheme; none without one. */
function paginatedLists(entry: VendorEntry, document: Json, label: string): [string, string][] {
  return entry.pagination ? paginatedPaths(document, entry.pagination, label) : [];
}

/**
 * The resource layer (resources.ts: `new Katapult()`, `katapult.ipAddresses.create(…)`) and the named models
 * (models.ts: `IpAddress`, `CreateIpAddressParams`). A schema named like something the package entry exports through
 * the generated exports.ts (a runtime error class such as `ValidationError`) or like the resource layer's own types
 * is exported as `<Name>Model`. Exported for the tests and the bench, which render it from a bundle
 * (packages/mock/specs, or half of one) without linting again.
 */
export function renderResourceLayer(
  entry: VendorEntry,
  document: Json,
  label: string,
  shapes: readonly OperationShape[] = operationShapes(document, label, paginatedLists(entry, document, label)),
): GeneratedFile[] {
  const banner = generatedBanner(label);
  const apiVersions = entry.apiVersions !== undefined;
  const vendorClass = className(entry.vendor);
  const reserved = new Set([
    ...entryReExports({ vendor: entry.vendor, apiVersions }).flatMap((reExport) => [
      ...reExport.values,
      ...reExport.types,
    ]),
    ...ENTRY_DEFINITIONS,
    vendorClass,
    `${vendorClass}Options`,
    `${vendorClass}Resources`,
  ]);
  const models = renderModels(banner, { document, label, shapes, reserved });
  const resources = renderResources(banner, {
    vendor: entry.vendor,
    factory: entry.factory,
    shapes,
    helpers: entry.helpers,
    pagination: entry.pagination,
    apiVersions,
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

/**
 * A test fixture spec: its types and its response validators (importing the runtime's checks from its source), no lint
 * (fixtures show odd cases on purpose), and a README.
 */
export async function generateFixture(root: string, fixture: FixtureEntry): Promise<GeneratedFile[]> {
  const specLabel = relative(root, fixture.specPath);
  const banner = generatedBanner(specLabel);
  const ast = await openapiTS(new URL(`file://${fixture.specPath}`), { alphabetize: false });
  const bundled = await bundle({
    ref: fixture.specPath,
    config: await loadConfig({ configPath: join(root, 'redocly.yaml') }),
  });
  const drift = relative(fixture.outDir, join(root, 'packages', 'runtime', 'src', 'drift.js'))
    .split(sep)
    .join('/');
  const validators = renderValidators(banner, bundled.bundle.parsed as Record<string, unknown>, {
    vendor: fixture.name,
    runtimeImport: drift.startsWith('.') ? drift : `./${drift}`,
    label: specLabel,
  });
  return [
    { path: join(fixture.outDir, 'schema.ts'), contents: `${banner}${astToString(ast)}` },
    { path: join(fixture.outDir, 'validators.ts'), contents: validators.contents },
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
  documents: ReadonlyMap<string, Json> = new Map(),
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
      (JSON.parse(await readFile(join(root, 'packages', 'mock', 'specs', `${entry.vendor}.json`), 'utf8')) as Json);
    const module = (await import(pathToFileURL(modulePath).href)).twin as TwinModule;
    if (!module || typeof module.resources !== 'object') {
      throw new Error(`packages/mock/src/twin/vendors/${entry.vendor}.ts must export its twin as \`twin\``);
    }
    const lists = paginatedLists(entry, document, specLabel);
    const table = renderTwinTable(specLabel, entry.vendor, twinRows(document, specLabel, lists), module, servedBy);
    files.push({ path: join(dir, `${entry.vendor}-twin.ts`), contents: table.contents });
    twins.push({ vendor: entry.vendor, stateful: table.stateful, total: table.total });
  }
  return { dir, files, twins };
}

async function lintSpec(root: string, config: Config, specPath: string, specLabel: string): Promise<void> {
  const problems = await lint({ ref: specPath, config });
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length === 0) return;
  const lines = errors
    .slice(0, 20)
    .map((problem) => `  ${where(root, problem)} ${problem.ruleId}: ${describeProblem(problem)}`);
  if (errors.length > 20) {
    lines.push(`  … and ${errors.length - 20} more (run \`pnpm exec redocly lint ${specLabel}\` for all)`);
  }
  throw new Error(`${errors.length} lint error(s) in ${specLabel}:\n${lines.join('\n')}`);
}

/**
 * Redocly's message, plus what it leaves out: for an unresolved `$ref`, the target it names (Redocly reports only the
 * location of the `$ref`, so "Can't resolve $ref" alone sends the reader hunting for which one).
 */
function describeProblem(problem: NormalizedProblem): string {
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
