/**
 * pnpm docs:build  (pnpm --filter @cloudspecs/docs build)
 *
 * Builds the static site into <repo>/site from the spec registry (redocly.yaml):
 *   site/index.html                  every vendor API: version, client package, how to install it and its first call
 *                                    (both as the READMEs say them), links
 *   site/guide/index.html            the usage guide, made of the READMEs' sections (src/guide.ts)
 *   site/<page>/index.html           the reference (redocly build-docs, Redoc inlined: works offline), a page per
 *                                    document of the registry: `<vendor>` for a vendor's first (or only) document,
 *                                    `<vendor>-<document>` for the others (SCP's services: site/scp-vpc/)
 *   site/<page>/openapi.yaml|json    the bundled spec, for download (packages/mock/specs/<vendor>.json, which
 *                                    `pnpm generate` writes and --check keeps current; for a vendor of several
 *                                    documents, the operations of that document, under its own info and servers)
 * The reference is built from a copy of the bundled spec in which every operation has two `x-codeSamples` entries
 * (the resource layer's call, then the path layer's) generated from the spec's own examples (src/code-samples.ts), and
 * every operation inferred from another source opens with a note naming it (src/inferred-notes.ts); the downloads and
 * specs/ stay as written.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parse, stringify } from 'yaml';
import { installInstructions, repositoryPage } from '../../scripts/lib/install.ts';
import { loadRegistry, type VendorEntry } from '../../scripts/lib/registry.ts';
import { clientTarget, resourceNaming } from './client-target.js';
import { CODE_SAMPLE_LABELS, listOperations, type OpenApiDocument, withCodeSamples } from './code-samples.js';
import { writeGuide } from './guide.js';
import { markdownToHtml } from './guide-markdown.js';
import { withInferredNotes } from './inferred-notes.js';
import { renderLandingPage, type SiteApi } from './landing-page.js';
import { findFetchedUrls, selfContained } from './offline.js';

const run = promisify(execFile);

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The environment every Redocly run gets: no telemetry, no update check. */
export const quietRedoclyEnv = {
  REDOCLY_TELEMETRY: 'off',
  REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
  NO_COLOR: '1',
};

export interface BuildOptions {
  root?: string;
  outDir?: string;
  log?: (line: string) => void;
}

export async function buildSite(options: BuildOptions = {}): Promise<SiteApi[]> {
  const root = options.root ?? repoRoot;
  const siteDir = options.outDir ?? join(root, 'site');
  const log = options.log ?? (() => {});
  const configPath = join(root, 'redocly.yaml');
  const registry = await loadRegistry(root);
  const scratch = await mkdtemp(join(tmpdir(), 'cloudspecs-docs-'));
  // Built beside site/ and swapped in at the end, so that site/ is never half-written: a test or a server reading it
  // sees the old site or the new one.
  const staging = `${siteDir}.staging-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  try {
    const pages = registry.flatMap((entry) =>
      entry.documents.map((document, index) => ({
        entry,
        document,
        page: index === 0 ? entry.vendor : `${entry.vendor}-${document.name}`,
      })),
    );
    const apis = await Promise.all(
      pages.map(async ({ entry, document: source, page }): Promise<SiteApi> => {
        const started = performance.now();
        // The bundled spec `pnpm generate` writes (and --check keeps current), not a second bundling.
        const bundledPath = join(root, 'packages', 'mock', 'specs', `${entry.vendor}.json`);
        const bundled = JSON.parse(await readFile(bundledPath, 'utf8')) as OpenApiDocument;
        const document =
          entry.documents.length === 1 ? bundled : await documentPart(bundled, source.name, source.specPath);
        const info = (document.info ?? {}) as {
          title?: string;
          version?: string;
          summary?: string;
          description?: string;
        };
        const client = clientTarget(entry);
        const operations = listOperations(document);
        const vendorDir = join(staging, page);
        await mkdir(vendorDir, { recursive: true });
        await writeFile(join(vendorDir, 'openapi.json'), `${JSON.stringify(document, null, 2)}\n`);
        await writeFile(join(vendorDir, 'openapi.yaml'), stringify(document, { lineWidth: 0 }));

        const withSamples = join(scratch, `${page}.json`);
        await writeFile(
          withSamples,
          JSON.stringify(withInferredNotes(withCodeSamples(document, client, resourceNaming(entry, document)))),
        );
        const referencePath = join(vendorDir, 'index.html');
        const title = `${info.title ?? entry.vendor} ${info.version ?? ''} — cloudspecs reference`.replace('  ', ' ');
        await buildReference({ root, configPath, spec: withSamples, output: referencePath, title });
        const fetched = findFetchedUrls(await readFile(referencePath, 'utf8'));
        if (fetched.length > 0) {
          throw new Error(`site/${page}/index.html would fetch from other hosts: ${fetched.join(', ')}`);
        }
        log(`docs: ${page}: ${operations.length} operations → site/${page}/ (${ms(started)})`);

        if (operations.length === 0)
          throw new Error(`${relative(root, source.specPath)} has no operations to document`);
        return {
          vendor: page,
          title: info.title ?? entry.vendor,
          version: info.version ?? '',
          summary: info.summary ?? firstParagraph(info.description ?? ''),
          operationCount: operations.length,
          packageName: client.packageName,
          install: await installFor(root, entry),
          firstCall: await firstCallExample(root, entry),
          referenceHref: `${page}/`,
          specYamlHref: `${page}/openapi.yaml`,
          specJsonHref: `${page}/openapi.json`,
        };
      }),
    );
    await writeFile(join(staging, 'index.html'), renderLandingPage(apis));
    await writeGuide(root, registry, staging);
    const previous = `${siteDir}.previous-${process.pid}`;
    await rename(siteDir, previous).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    await rename(staging, siteDir);
    await rm(previous, { recursive: true, force: true });
    return apis;
  } finally {
    await rm(scratch, { recursive: true, force: true });
    await rm(staging, { recursive: true, force: true });
  }
}

/**
 * One document of a vendor of several, out of the vendor's merged bundle: the operations `pnpm generate` marked with
 * its name (`x-document`), the tags they use, the components all share, and the document's own `info` and `servers`
 * (read from its root file, where the merge kept the first document's).
 */
async function documentPart(bundled: OpenApiDocument, name: string, specPath: string): Promise<OpenApiDocument> {
  const own = parse(await readFile(specPath, 'utf8')) as Record<string, unknown>;
  const paths = Object.fromEntries(
    Object.entries((bundled.paths ?? {}) as Record<string, Record<string, unknown>>).filter(
      ([, item]) => item['x-document'] === name,
    ),
  );
  const used = new Set(
    Object.values(paths).flatMap((item) =>
      Object.values(item).flatMap((operation) =>
        typeof operation === 'object' && operation !== null && Array.isArray((operation as { tags?: unknown }).tags)
          ? ((operation as { tags: string[] }).tags ?? [])
          : [],
      ),
    ),
  );
  const tags = ((bundled.tags ?? []) as { name: string }[]).filter((tag) => used.has(tag.name));
  return { ...bundled, info: own.info, servers: own.servers, tags, paths } as OpenApiDocument;
}

/** The install commands of the vendor's package, as its README gives them (a note before them while unreleased). */
async function installFor(root: string, entry: VendorEntry): Promise<SiteApi['install']> {
  const manifest = JSON.parse(await readFile(join(entry.packageDir, 'package.json'), 'utf8')) as {
    repository?: { url?: unknown };
  };
  const install = installInstructions(
    root,
    [{ name: entry.packageName, dir: entry.packageDirName }],
    repositoryPage(manifest.repository?.url),
  );
  return {
    noteHtml: install.note ? markdownToHtml(install.note) : '',
    commands: install.commands,
  };
}

/** The vendor's first call as the READMEs show it: examples/<vendor>-first-call.ts, which the suite runs. */
async function firstCallExample(root: string, entry: VendorEntry): Promise<string> {
  const file = join(root, 'examples', `${entry.vendor}-first-call.ts`);
  try {
    return (await readFile(file, 'utf8')).trimEnd();
  } catch {
    throw new Error(`${relative(root, file)} is missing: the landing page shows each vendor's first-call example`);
  }
}

interface ReferenceBuild {
  root: string;
  configPath: string;
  spec: string;
  output: string;
  title: string;
}

/**
 * `redocly build-docs` with Redoc inlined (no CDN), then made self-contained (see selfContained). Redoc's options come
 * from the `openapi` section of redocly.yaml, if any, plus what this site needs: telemetry off, the cloudspecs samples
 * shown first, and the download button pointing at the plain bundled spec next to the page.
 */
async function buildReference({ root, configPath, spec, output, title }: ReferenceBuild): Promise<void> {
  const rootConfig = (parse(await readFile(configPath, 'utf8')) ?? {}) as { openapi?: Record<string, unknown> };
  const redocOptions = {
    ...rootConfig.openapi,
    disableTelemetry: true,
    codeSamples: {
      languages: [...CODE_SAMPLE_LABELS.map((label) => ({ lang: 'TypeScript', label })), { lang: 'Payload' }],
    },
    downloadUrls: [
      { title: 'openapi.yaml', url: 'openapi.yaml' },
      { title: 'openapi.json', url: 'openapi.json' },
    ],
  };
  const docsConfig = join(dirname(spec), `${basename(spec, '.json')}.redocly.yaml`);
  await writeFile(docsConfig, stringify({ telemetry: 'off', openapi: redocOptions }));
  const args = [redoclyCli(), 'build-docs', spec, '--inlineBundle', '--output', output, '--title', title];
  try {
    await run(process.execPath, [...args, '--config', docsConfig, '--lint-config', 'off'], {
      cwd: root,
      env: { ...process.env, ...quietRedoclyEnv },
    });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`redocly build-docs failed for ${relative(root, output)}:\n${stderr || stdout}`);
  }
  await writeFile(output, selfContained(await readFile(output, 'utf8')));
}

/** The @redocly/cli entry point (bin/cli.js), run with this Node. */
export function redoclyCli(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@redocly/cli/package.json')), 'bin', 'cli.js');
}

function firstParagraph(markdown: string): string {
  return (
    markdown
      .trim()
      .split(/\n\s*\n/)[0]
      ?.replace(/\s+/g, ' ') ?? ''
  );
}

function ms(started: number): string {
  return `${Math.round(performance.now() - started)} ms`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  buildSite({ log: (line) => console.log(line) }).then(
    (apis) => {
      console.log(`docs: site/ built: index.html + ${apis.length} references in ${ms(started)}`);
    },
    (error: unknown) => {
      console.error(`docs: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
