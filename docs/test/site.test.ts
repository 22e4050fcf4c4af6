/** The built site, read from disk: what `pnpm docs:build` wrote into site/ (built by build-site.global.ts). */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { installInstructions } from '../../scripts/lib/install.ts';
import { pascalCase } from '../../scripts/lib/naming.ts';
import { escapeHtml, LANDING_CSP } from '../src/landing-page.ts';
import { findFetchedUrls, REFERENCE_CSP, selfContained } from '../src/offline.ts';
import { registeredSpecs, repoRoot, siteDir } from './specs.ts';

const specs = registeredSpecs();
const read = (path: string) => readFileSync(join(siteDir, path), 'utf8');

describe('site/index.html', () => {
  const html = read('index.html');

  for (const spec of specs) {
    test(`${spec.page}: version, client package, the README's install commands and first call, links`, () => {
      const section = new RegExp(`<section class="api" id="${spec.page}"[\\s\\S]*?</section>`).exec(html)?.[0] ?? '';
      const manifest = JSON.parse(readFileSync(join(spec.packageDir, 'package.json'), 'utf8')) as { name: string };
      expect(section).toContain(escapeHtml(spec.title));
      expect(section).toContain(`version ${escapeHtml(spec.version)}`);
      const install = installInstructions(
        repoRoot,
        [{ name: manifest.name, dir: basename(spec.packageDir) }],
        'https://github.com/cloudspecs/cloudspecs',
      );
      expect(section).toContain(`<pre class="install"><code>${escapeHtml(install.commands.join('\n'))}</code></pre>`);
      if (!install.released) {
        // Before the first release the page says so, and never shows the `npm install` that answers 404 as a command.
        expect(section).toContain('Not on npm yet');
        expect(install.commands.join('\n')).not.toContain(`npm install ${manifest.name}`);
      }
      // The first call is the one the READMEs show (and the suite runs): the resource layer, `new Katapult(…)`.
      const firstCall = readFileSync(join(repoRoot, 'examples', `${spec.vendor}-first-call.ts`), 'utf8').trimEnd();
      expect(section).toContain(`<pre class="first-call"><code>${escapeHtml(firstCall)}</code></pre>`);
      expect(firstCall).toContain(`new ${pascalCase(spec.vendor)}(`);
      expect(section).toContain(`(${spec.operations.length} operations)`);
      for (const href of [`${spec.page}/`, `${spec.page}/openapi.yaml`, `${spec.page}/openapi.json`]) {
        expect(section).toContain(`href="${href}"`);
        expect(existsSync(join(siteDir, href.endsWith('/') ? `${href}index.html` : href)), href).toBe(true);
      }
    });
  }

  test('fetches nothing: no URL to another host, a CSP that allows nothing but its inline style', () => {
    expect(findFetchedUrls(html)).toEqual([]);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${LANDING_CSP}">`);
    expect(html).not.toContain('<script');
  });
});

for (const spec of specs) {
  describe(`site/${spec.page}/`, () => {
    test('openapi.yaml and openapi.json: the same bundled spec, without the docs-only code samples', () => {
      const json = JSON.parse(read(`${spec.page}/openapi.json`)) as { info: { version: string } };
      const yaml = parse(read(`${spec.page}/openapi.yaml`)) as unknown;
      expect(yaml).toEqual(json);
      expect(json.info.version).toBe(spec.version);
      expect(JSON.stringify(json)).not.toContain('x-codeSamples');
      const operationIds = JSON.stringify(json).match(/"operationId":"[^"]+"/g) ?? [];
      expect(operationIds).toHaveLength(spec.operations.length);
    });

    test('index.html: Redoc inlined, nothing fetched from another host, telemetry off, a cloudspecs sample per operation', () => {
      const html = read(`${spec.page}/index.html`);
      expect(findFetchedUrls(html)).toEqual([]);
      expect(html).not.toMatch(/cdn\.redoc\.ly|cdn\.jsdelivr|unpkg\.com|fonts\.googleapis/);
      expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${REFERENCE_CSP}">`);
      const options = JSON.parse(/const __redoc_options = (\{.*\});/.exec(html)?.[1] ?? '{}') as Record<
        string,
        unknown
      >;
      expect(options).toMatchObject({ disableTelemetry: true });
      expect(html.match(/"lang":"TypeScript","label":"cloudspecs","source":/g)).toHaveLength(spec.operations.length);
    });

    test('index.html: every operation the spec infers from another source carries its note', () => {
      const html = read(`${spec.page}/index.html`);
      const downloaded = JSON.stringify(JSON.parse(read(`${spec.page}/openapi.json`)));
      const inferred = downloaded.match(/"category":"inferred","at":"operation"/g)?.length ?? 0;
      expect(html.match(/Inferred operation\./g)?.length ?? 0).toBeGreaterThanOrEqual(inferred);
      if (spec.vendor === 'hostway') expect(inferred).toBe(4);
    });
  });
}

describe('findFetchedUrls', () => {
  test('finds what a browser would fetch from another host', () => {
    const html = `<head><script src="https://cdn.example/redoc.js"></script>
      <link rel="stylesheet" href="//fonts.googleapis.com/css?family=Roboto">
      <style>@import 'https://cdn.example/a.css'; body { background: url("http://img.example/bg.png") }</style>
      <img srcset="local.png 1x, https://img.example/2x.png 2x"><iframe src='https://frame.example/'></iframe></head>`;
    expect(findFetchedUrls(html).sort()).toEqual(
      [
        '//fonts.googleapis.com/css?family=Roboto',
        'http://img.example/bg.png',
        'https://cdn.example/a.css',
        'https://cdn.example/redoc.js',
        'https://frame.example/',
        'https://img.example/2x.png',
      ].sort(),
    );
  });

  test('ignores links, relative and inline resources', () => {
    const html = `<a href="https://redocly.com/">docs by</a><script src="app.js"></script><img src="data:image/png;base64,AA">
      <link href="/style.css" rel="stylesheet"><svg><use href="#icon"></use></svg><style>a { background: url(#grad) }</style>`;
    expect(findFetchedUrls(html)).toEqual([]);
  });
});

describe('selfContained', () => {
  test('adds the CSP after the charset and inlines the Redocly logo Redoc loads from its CDN', () => {
    const page = selfContained(
      '<html><head>\n  <meta charset="utf8" />\n  <title>x</title></head><body><script>' +
        'src:e?`https://cdn.redoc.ly/redoc/logo-mini-full.svg`:`https://cdn.redoc.ly/redoc/logo-mini.svg`' +
        '</script></body></html>',
    );
    expect(page).toMatch(
      /<meta charset="utf8" \/>\n {2}<meta http-equiv="Content-Security-Policy" content="[^"]+">\n {2}<link rel="icon" href="data:,">\n {2}<title>/,
    );
    expect(page).not.toContain('cdn.redoc.ly');
    expect(page.match(/data:image\/svg\+xml;base64,/g)).toHaveLength(2);
  });
});
