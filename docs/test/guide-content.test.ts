/**
 * The guide is made of the READMEs' sections (src/guide.ts), and so of the examples of examples/ they embed: these
 * tests check it holds them, once each, and that the markdown the READMEs use becomes the HTML it should.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installInstructions } from '../../scripts/lib/install.ts';
import { loadRegistry } from '../../scripts/lib/registry.ts';
import { guideChapters, readmeSection, renderGuide } from '../src/guide.ts';
import { markdownToHtml } from '../src/guide-markdown.ts';
import { escapeHtml } from '../src/landing-page.ts';
import { repoRoot } from './specs.ts';

const registry = await loadRegistry(repoRoot);
const chapters = await guideChapters(repoRoot, registry);
const html = renderGuide(chapters);
const count = (text: string, part: string) => text.split(part).length - 1;

describe('the guide from the READMEs', () => {
  it('guide: chapters in the order a user needs them', () => {
    expect(chapters.map((chapter) => chapter.title)).toEqual([
      'Install',
      'Credentials',
      'The two layers',
      'Errors',
      'Retries and timeouts',
      'Rate limits',
      'Traces',
      'Pagination and waiting',
      'Logging',
      'Drift reports',
      'Testing with the mock',
      'Testing against a twin',
    ]);
  });

  for (const entry of registry) {
    it(`guide: ${entry.vendor}: its install command, credential variables and its examples, each once`, () => {
      const install = installInstructions(
        repoRoot,
        [{ name: entry.packageName, dir: entry.packageDirName }],
        'https://github.com/cloudspecs/cloudspecs',
      );
      for (const command of install.commands) expect(html).toContain(escapeHtml(command));
      for (const { env } of entry.credentials) expect(html).toContain(`<code>${env}</code>`);
      for (const topic of ['first-call', 'errors', 'waiting']) {
        const file = `${entry.vendor}-${topic}.ts`;
        const source = readFileSync(join(repoRoot, 'examples', file), 'utf8').trimEnd();
        expect(count(html, escapeHtml(source)), `examples/${file} in the guide`).toBe(1);
      }
    });
  }

  it("guide: the runtime's error table and retry rules once, not once per vendor", () => {
    expect(count(html, '<th>what happened</th>')).toBe(1);
    expect(count(html, '<h3 id="retries-and-timeouts-timeouts-and-cancellation">')).toBe(1);
    expect(count(html, '<h3 id="errors-katapult">')).toBe(1);
  });

  it('guide: the path layer underneath, shown once', () => {
    const source = readFileSync(join(repoRoot, 'examples', 'katapult-path-style.ts'), 'utf8').trimEnd();
    expect(count(html, escapeHtml(source))).toBe(1);
    expect(count(html, '<h3 id="the-two-layers-the-path-layer-underneath">')).toBe(1);
  });

  it("guide: rate limits and traces, each with the example the root README embeds and the runtime's rules, once", () => {
    for (const file of ['katapult-rate-limits.ts', 'katapult-tracing.ts']) {
      const source = readFileSync(join(repoRoot, 'examples', file), 'utf8').trimEnd();
      expect(count(html, escapeHtml(source)), `examples/${file} in the guide`).toBe(1);
    }
    expect(count(html, '<th>option of <code>RateLimiter</code></th>')).toBe(1);
    expect(count(html, '<code>http.request.resend_count</code>')).toBeGreaterThanOrEqual(1);
    expect(html).toContain('<h2>Rate limits</h2>');
    expect(html).toContain('<h2>Traces</h2>');
  });

  it("guide: the mock's vitest setup, as its README shows it", () => {
    const setup = readFileSync(join(repoRoot, 'examples', 'mock-vitest', 'mock-setup.ts'), 'utf8').trimEnd();
    expect(count(html, escapeHtml(setup))).toBe(1);
  });

  it("guide: testing against a twin, with the mock README's twin example and vitest tests, once each", () => {
    for (const file of ['twin-first-call.ts', join('twin-vitest', 'provision.test.ts')]) {
      const source = readFileSync(join(repoRoot, 'examples', file), 'utf8').trimEnd();
      expect(count(html, escapeHtml(source)), `examples/${file} in the guide`).toBe(1);
    }
    expect(html).toContain('<h2>Testing against a twin</h2>');
  });

  it('guide: links to the published reference become links within the site', () => {
    expect(html).not.toMatch(/href="https:\/\/[^"]+\.github\.io\//);
  });

  it('readmeSection: a missing section names the README and the heading', () => {
    expect(() => readmeSection('# x\n\n## Install\n\ntext', 'Errors', 'packages/x/README.md')).toThrow(
      'packages/x/README.md has no "## Errors" section',
    );
  });
});

describe('markdownToHtml', () => {
  it('markdown: headings shifted, paragraphs joined, code escaped, inline code, bold and links', () => {
    const out = markdownToHtml(
      '## Errors\n\nA **bold** `a<b>` and\n[`paginate`](https://x.test/p) [site](https://o.github.io/r/katapult/).\n\n```ts\nif (a < b) x();\n```',
      { headingShift: 1, link: (href) => href.replace('https://o.github.io/r/', '../') },
    );
    expect(out).toBe(
      '<h3 id="errors">Errors</h3>\n' +
        '<p>A <strong>bold</strong> <code>a&lt;b&gt;</code> and <a href="https://x.test/p"><code>paginate</code></a> ' +
        '<a href="../katapult/">site</a>.</p>\n' +
        '<pre><code class="language-ts">if (a &lt; b) x();</code></pre>',
    );
  });

  it('markdown: a table, with a pipe inside a code span kept in its cell', () => {
    expect(markdownToHtml('| a | b |\n| --- | --- |\n| `x | y` | 2 |')).toBe(
      '<table><thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr><td><code>x | y</code></td><td>2</td></tr></tbody></table>',
    );
  });

  it('markdown: lists, with indented lines continuing their item, and HTML comments dropped', () => {
    expect(markdownToHtml('<!-- note -->\n- one\n  more\n- two\n\n1. first\n2. second')).toBe(
      '<ul><li>one more</li><li>two</li></ul>\n<ol><li>first</li><li>second</li></ol>',
    );
  });

  it('markdown: an unclosed code block is an error, not a page that swallows the rest', () => {
    expect(() => markdownToHtml('```ts\nconst a = 1;')).toThrow('never closed');
  });
});
