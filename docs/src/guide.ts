/**
 * site/guide/index.html: the usage guide, made of the READMEs' own sections rather than a third copy of them. The
 * package READMEs are written by `pnpm readmes` from one template, the runtime's README and the examples of examples/
 * (which the suite runs against the mocks), and `pnpm lint` fails when one is stale; the guide puts their sections in
 * the order a user needs them: install, credentials, the two layers, errors, retries and timeouts, rate limits, traces,
 * pagination and waiting, logging, drift reports, testing with the mock. The rate-limit and tracing chapters open with
 * the examples the root README embeds there. Plain HTML and inline CSS, like the landing page: nothing is fetched.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { installInstructions, installMarkdown, repositoryPage } from '../../scripts/lib/install.ts';
import type { VendorEntry } from '../../scripts/lib/registry.ts';
import { markdownToHtml, slug } from './guide-markdown.js';
import { escapeHtml, pageHead } from './landing-page.js';

/** A chapter: its title and its markdown, from the READMEs. */
export interface GuideChapter {
  title: string;
  markdown: string;
}

/** The body of a `## heading` section of a README, without the heading; an error naming both when it is missing. */
export function readmeSection(markdown: string, heading: string, source: string): string {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.trim() === `## ${heading}`);
  if (start === -1) throw new Error(`guide: ${source} has no "## ${heading}" section, which the usage guide includes`);
  const end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
  return lines
    .slice(start + 1, end === -1 ? undefined : end)
    .join('\n')
    .trim();
}

/**
 * The text of a client README's Errors section that is the vendor's own: the generator (scripts/package-readmes.ts)
 * follows it with the runtime's Errors section, which the guide shows once.
 */
const ERROR_CLASSES_NOTE = 'The error classes are exported by this package';

export async function guideChapters(root: string, registry: readonly VendorEntry[]): Promise<GuideChapter[]> {
  const read = async (dir: string) => {
    const source = `packages/${dir}/README.md`;
    const text = await readFile(join(root, source), 'utf8');
    return {
      source,
      section: (heading: string) => readmeSection(text, heading, source),
      has: (heading: string) => text.split('\n').some((line) => line.trim() === `## ${heading}`),
    };
  };
  const runtime = await read('runtime');
  const mock = await read('mock');
  const vendors = await Promise.all(
    registry.map(async (entry) => ({ entry, readme: await read(entry.packageDirName) })),
  );
  const perVendor = (render: (vendor: (typeof vendors)[number]) => string) =>
    vendors.map((vendor) => `## ${vendor.entry.name}\n\n${render(vendor)}`).join('\n\n');
  const first = vendors[0];
  if (!first) throw new Error('guide: redocly.yaml registers no vendor');

  const install = first.readme.section('Install');
  // The examples the root README embeds in the same places (the suite runs them against the mock).
  const exampleBlock = async (file: string) =>
    `\`\`\`ts\n${(await readFile(join(root, 'examples', file), 'utf8')).trimEnd()}\n\`\`\``;
  const manifest = JSON.parse(await readFile(join(first.entry.packageDir, 'package.json'), 'utf8')) as {
    repository?: { url?: unknown };
  };
  const packages = [
    ...registry.map((entry) => ({ name: entry.packageName, dir: entry.packageDirName })),
    { name: '@cloudspecs/mock', dir: 'mock', dev: true },
  ];
  return [
    {
      title: 'Install',
      markdown: [
        installMarkdown(installInstructions(root, packages, repositoryPage(manifest.repository?.url))),
        '',
        // The rest of a client README's Install section, after its commands: Node version, ESM and CommonJS, TypeScript.
        install.slice(install.indexOf('```', install.indexOf('```') + 3) + 3).trim(),
      ].join('\n'),
    },
    { title: 'Credentials', markdown: perVendor(({ readme }) => readme.section('Credentials')) },
    {
      title: 'The two layers',
      markdown: [
        runtime.section('The resource layer'),
        perVendor(({ readme }) => readme.section('First call')),
        // The path layer is shown once, in the README of the vendor that has the section.
        ...vendors
          .filter(({ readme }) => readme.has('The path layer'))
          .map(({ readme }) => `## The path layer underneath\n\n${readme.section('The path layer')}`),
      ].join('\n\n'),
    },
    {
      title: 'Errors',
      markdown: [
        runtime.section('Errors'),
        perVendor(({ readme, entry }) => {
          const errors = readme.section('Errors');
          const at = errors.indexOf(ERROR_CLASSES_NOTE);
          if (at === -1)
            throw new Error(`guide: the Errors section of ${entry.packageName}'s README has changed shape`);
          return errors.slice(0, at).trim();
        }),
      ].join('\n\n'),
    },
    {
      title: 'Retries and timeouts',
      markdown: [
        runtime.section('Retries'),
        '## Timeouts and cancellation',
        runtime.section('Timeouts and cancellation'),
      ].join('\n\n'),
    },
    {
      title: 'Rate limits',
      markdown: [await exampleBlock('katapult-rate-limits.ts'), runtime.section('Rate limits')].join('\n\n'),
    },
    {
      title: 'Traces',
      markdown: [await exampleBlock('katapult-tracing.ts'), runtime.section('Traces')].join('\n\n'),
    },
    {
      title: 'Pagination and waiting',
      markdown: perVendor(({ readme }) => readme.section('Pagination and waiting')),
    },
    { title: 'Logging', markdown: runtime.section('Logging') },
    { title: 'Drift reports', markdown: runtime.section('Drift reports') },
    {
      title: 'Testing with the mock',
      markdown: [mock.section('First call'), mock.section('Testing your code against a mock')].join('\n\n'),
    },
    { title: 'Testing against a twin', markdown: mock.section('Testing your code against a twin') },
  ];
}

/** The published site's absolute URLs (a README's links to the reference) as links within the site. */
function siteRelative(href: string): string {
  const onSite = /^https:\/\/[^/]+\.github\.io\/[^/]+\/(.*)$/.exec(href);
  return onSite ? `../${onSite[1]}` : href;
}

export function renderGuide(chapters: readonly GuideChapter[]): string {
  const toc = chapters
    .map((chapter) => `<li><a href="#${slug(chapter.title)}">${escapeHtml(chapter.title)}</a></li>`)
    .join('');
  const body = chapters
    .map(
      (chapter) =>
        `<section id="${slug(chapter.title)}" class="chapter">\n<h2>${escapeHtml(chapter.title)}</h2>\n` +
        `${markdownToHtml(chapter.markdown, {
          headingShift: 1,
          idPrefix: `${slug(chapter.title)}-`,
          link: siteRelative,
        })}\n</section>`,
    )
    .join('\n');
  return `${pageHead('cloudspecs — usage guide', STYLE)}
<body>
<header>
<p><a href="../">cloudspecs</a> · usage guide</p>
<h1>Using the cloudspecs clients</h1>
<p>Made of the package READMEs' sections, whose code is the examples the test suite runs against the mocks.</p>
<nav><ol class="toc">${toc}</ol></nav>
</header>
<main>
${body}
</main>
</body>
</html>
`;
}

const STYLE = `
:root { color-scheme: light dark; --fg: #1d2330; --muted: #5b6475; --bg: #fff; --card: #f6f7f9; --accent: #2557c7; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6e8ec; --muted: #a2a9b6; --bg: #14161b; --card: #1e2128; --accent: #7aa2ff; } }
body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
header, main { max-width: 60rem; margin: 0 auto; padding: 0 1.25rem; }
header { padding-top: 1.5rem; }
a { color: var(--accent); }
h2 { margin-top: 2.5rem; border-bottom: 1px solid var(--card); }
h3 { margin-top: 1.75rem; }
h4 { color: var(--muted); }
pre { overflow-x: auto; padding: .75rem; border-radius: .375rem; background: var(--card); font: 13px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .9em; }
table { border-collapse: collapse; margin: 1rem 0; font-size: .9rem; }
th, td { border: 1px solid var(--card); padding: .35rem .6rem; text-align: left; vertical-align: top; }
.toc { columns: 2; }
main { padding-bottom: 3rem; }
`;

/** Writes <siteDir>/guide/index.html (a hook of src/build-site.ts). */
export async function writeGuide(root: string, registry: readonly VendorEntry[], siteDir: string): Promise<void> {
  await mkdir(join(siteDir, 'guide'), { recursive: true });
  await writeFile(join(siteDir, 'guide', 'index.html'), renderGuide(await guideChapters(root, registry)));
}
