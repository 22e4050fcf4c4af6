/** The generation pipeline for one vendor: lint → types → operation metadata → bundled spec. Pure: it writes nothing. */
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { bundle, getLineColLocation, lint, loadConfig, type NormalizedProblem } from '@redocly/openapi-core';
import openapiTS, { astToString } from 'openapi-typescript';
import { parse } from 'yaml';

export interface VendorEntry {
  /** registry key before the `@`, e.g. `katapult` */
  vendor: string;
  /** the `apis` key, e.g. `katapult@v1` */
  alias: string;
  specPath: string;
  packageDir: string;
  generatedDir: string;
}

export interface GeneratedFile {
  path: string;
  contents: string;
  operationCount?: number;
}

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export async function loadRegistry(root: string): Promise<VendorEntry[]> {
  const config = parse(await readFile(join(root, 'redocly.yaml'), 'utf8')) as {
    apis?: Record<string, { root?: string; 'x-package'?: string }>;
  };
  const apis = Object.entries(config.apis ?? {});
  if (apis.length === 0) throw new Error('redocly.yaml has no `apis` entries: nothing to generate');
  return apis.map(([alias, api]) => {
    const vendor = alias.split('@')[0] ?? alias;
    if (!api.root) throw new Error(`redocly.yaml: apis.${alias} has no \`root\` (the path of its spec)`);
    const packageDir = join(root, 'packages', api['x-package'] ?? `${vendor}-client`);
    return {
      vendor,
      alias,
      specPath: join(root, api.root),
      packageDir,
      generatedDir: join(packageDir, 'src', 'generated'),
    };
  });
}

export async function generateVendor(root: string, entry: VendorEntry): Promise<GeneratedFile[]> {
  const specLabel = relative(root, entry.specPath);
  await lintSpec(root, entry, specLabel);
  const banner = [
    `// generated from ${specLabel} by scripts/generate.ts — do not edit.`,
    '// Edit the spec and run `pnpm generate` instead.',
    '',
  ].join('\n');

  const ast = await openapiTS(new URL(`file://${entry.specPath}`), { alphabetize: false });
  const schema = `${banner}${astToString(ast)}`;

  // A spec may be split into files with $ref (paths/, components/): metadata is read from the bundled document.
  const bundled = await bundle({
    ref: entry.specPath,
    config: await loadConfig({ configPath: join(root, 'redocly.yaml') }),
  });
  const document = bundled.bundle.parsed as OpenApiDocument;
  const operations = collectOperations(document, specLabel);
  const metadata = renderMetadata(banner, document, operations);
  const specJson = `${JSON.stringify(bundled.bundle.parsed, null, 2)}\n`;

  return [
    { path: join(entry.generatedDir, 'schema.ts'), contents: schema },
    { path: join(entry.generatedDir, 'operations.ts'), contents: metadata, operationCount: operations.length },
    { path: join(root, 'packages', 'mock', 'specs', `${entry.vendor}.json`), contents: specJson },
  ];
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

function renderMetadata(banner: string, document: OpenApiDocument, operations: OperationMetadata[]): string {
  const server = document.servers?.[0];
  const defaultBaseUrl = server
    ? server.url.replace(/\{(\w+)\}/g, (_, name: string) => server.variables?.[name]?.default ?? `{${name}}`)
    : '';
  const byId = Object.fromEntries(operations.map(({ operationId, ...rest }) => [operationId, rest]));
  const lines = [
    banner,
    `/** The spec's title and version. */`,
    `export const specInfo = ${JSON.stringify({ title: document.info.title, version: document.info.version })} as const;`,
    '',
    `/** The first server of the spec with its variables' defaults: the vendor's production base URL. */`,
    `export const defaultBaseUrl = ${JSON.stringify(defaultBaseUrl)};`,
    '',
  ];
  if (server?.variables) {
    lines.push(
      '/** The server URL template and its variables, from the spec. */',
      `export const serverTemplate = ${JSON.stringify({ url: server.url, variables: server.variables }, null, 2)} as const;`,
      '',
    );
  }
  lines.push(
    '/** Every operation of the spec by operationId: method, path, tag, summary and documented response statuses. */',
    `export const operations = ${JSON.stringify(byId, null, 2)} as const;`,
    '',
    'export type OperationId = keyof typeof operations;',
    '',
  );
  if (document['x-scp-service']) {
    const versions = [...new Set(operations.flatMap((op) => op.apiVersions?.map((v) => v.version) ?? []))].sort(
      compareVersions,
    );
    lines.push(
      `/** The SCP service named in \`Scp-Api-Version\`. */`,
      `export const scpService = ${JSON.stringify(document['x-scp-service'])};`,
      '',
      '/** Every API version any operation of the spec documents, oldest first. */',
      `export const apiVersions = ${JSON.stringify(versions)} as const;`,
      '',
      'export type ApiVersion = (typeof apiVersions)[number];',
      '',
    );
    // What the client reads on every request, apart from `operations` so that an app bundling the client does not
    // ship every summary, tag and status with it: each distinct list of versions once, and per operation an index.
    const sets: string[] = [];
    const rows = operations.map((op) => {
      const set = JSON.stringify(op.apiVersions ?? []);
      if (!sets.includes(set)) sets.push(set);
      return `  ${JSON.stringify([op.operationId, op.method, op.path, sets.indexOf(set)])},`;
    });
    lines.push(
      '/** The distinct lists of API versions the operations document, newest first; `operationVersionTable` points into it. */',
      "export const versionSets: readonly (readonly { version: string; status: 'CURRENT' | 'SUPPORTED' | 'DEPRECATED' | 'PLANNED'; notBefore: string | null }[])[] = [",
      ...sets.map((set) => `  ${set},`),
      '];',
      '',
      '/** Every operation as [operationId, method, path, index into versionSets]: the part of `operations` the client reads. */',
      'export const operationVersionTable: readonly (readonly [string, string, string, number])[] = [',
      ...rows,
      '];',
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
