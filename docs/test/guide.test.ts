/**
 * The usage guide in a real browser: site/ served from 127.0.0.1 and opened in headless Chromium (Debian's `chromium`,
 * through test/offline-chromium.ts, as the reference pages). The guide must render every chapter with its code, be linked from the landing page,
 * have no link that leads nowhere on the site, fetch nothing from another host and log no console error.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { loadRegistry } from '../../scripts/lib/registry.ts';
import { offlineSite } from './offline-chromium.ts';
import { repoRoot, siteDir } from './specs.ts';

const CHAPTERS = [
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
];

const site = offlineSite();

/** Every link of the page that stays on the site answers 200, and every `#fragment` names an element. */
async function brokenLinks(page: Page): Promise<string[]> {
  const broken: string[] = [];
  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  for (const href of new Set(hrefs)) {
    const url = new URL(href);
    if (url.origin !== site.origin) {
      if (url.protocol !== 'https:') broken.push(`${href}: a link off the site that is not https`);
      continue;
    }
    const response = await page.request.get(url.href);
    if (response.status() !== 200) broken.push(`${href}: HTTP ${response.status()}`);
    if (url.hash && url.pathname === new URL(page.url()).pathname) {
      const id = decodeURIComponent(url.hash.slice(1));
      if ((await page.locator(`[id="${id}"]`).count()) !== 1) broken.push(`${href}: no element with id ${id}`);
    }
  }
  return broken;
}

describe('site/guide/ in Chromium', () => {
  test('the landing page links to the guide, and the link works', async () => {
    const opened = await site.open('/');
    try {
      await opened.page.locator('a.guide').click();
      await opened.page.waitForURL(`${site.origin}/guide/`);
      await expect.poll(() => opened.page.locator('h1').textContent()).toBe('Using the cloudspecs clients');
      expect(opened.external, 'requests that left 127.0.0.1').toEqual([]);
      expect(opened.errors).toEqual([]);
    } finally {
      await opened.context.close();
    }
  });

  test('every chapter renders with its code, no markdown is left raw, links work, nothing is fetched from elsewhere', async () => {
    const opened = await site.open('/guide/');
    const { page } = opened;
    try {
      const headings = await page.locator('main h2').allTextContents();
      expect(headings).toEqual(CHAPTERS);
      for (const title of CHAPTERS) {
        const chapter = page.locator('section.chapter').filter({ has: page.getByRole('heading', { name: title }) });
        // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText(), the rendered text
        const text = await chapter.innerText();
        expect(text.length, `${title}: rendered text`).toBeGreaterThan(200);
      }
      // Every vendor has its credentials, first call, errors and lists in the guide, with code.
      const code = await page.locator('pre code').allTextContents();
      for (const { packageName: pkg } of await loadRegistry(repoRoot)) {
        expect(
          code.filter((block) => block.includes(pkg)).length,
          `${pkg}: code blocks importing it`,
        ).toBeGreaterThanOrEqual(3);
      }
      // What a renderer that missed a construct leaves: fences, link syntax, bold markers, table rows.
      const prose = await page
        .locator('main p, main li, main td, main h2, main h3, main h4')
        .evaluateAll((nodes) => nodes.map((node) => node.textContent ?? ''));
      const raw = prose.filter((text) => /```|\]\(|\*\*\w|^\|/.test(text));
      expect(raw, 'markdown left unrendered').toEqual([]);
      expect(await brokenLinks(page)).toEqual([]);

      await mkdir(join(siteDir, 'screenshots'), { recursive: true });
      await page.screenshot({ path: join(siteDir, 'screenshots', 'guide.png') });
      expect(opened.external, 'requests that left 127.0.0.1').toEqual([]);
      expect(opened.errors, 'console errors').toEqual([]);
    } finally {
      await opened.context.close();
    }
  }, 60_000);
});
