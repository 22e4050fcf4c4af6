/**
 * The usage guide in a real browser: site/ served from 127.0.0.1 and opened in headless Chromium (Debian's `chromium`,
 * as in test/browser.test.ts). The guide must render every chapter with its code, be linked from the landing page,
 * have no link that leads nowhere on the site, fetch nothing from another host and log no console error.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveStatic } from '../src/serve-site.ts';
import { loadRegistry } from '../../scripts/lib/registry.ts';
import { repoRoot, siteDir } from './specs.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHAPTERS = [
  'Install',
  'Credentials',
  'The two layers',
  'Errors',
  'Retries and timeouts',
  'Pagination and waiting',
  'Logging',
  'Testing with the mock',
];

let server: Server;
let origin: string;
let browser: Browser;
let missingChromium: Error | undefined;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    missingChromium = new Error(
      `Chromium is not installed at ${CHROMIUM}, and the guide's browser test needs it. ` +
        'Install it with `apt-get update && apt-get install -y chromium` (Debian), or set CHROMIUM_PATH to a Chromium binary.',
    );
    return;
  }
  server = await serveStatic(siteDir, 0);
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-gpu'],
    headless: true,
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
});

/** Opens a page with every request off 127.0.0.1 recorded and refused, and every error recorded. */
async function open(path: string) {
  if (missingChromium) throw missingChromium;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  const errors: string[] = [];
  const external: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url === origin || url.startsWith(`${origin}/`)) return route.continue();
    external.push(url);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(`${origin}${path}`, { waitUntil: 'load' });
  return { page, context, errors, external };
}

/** Every link of the page that stays on the site answers 200, and every `#fragment` names an element. */
async function brokenLinks(page: Page): Promise<string[]> {
  const broken: string[] = [];
  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  for (const href of new Set(hrefs)) {
    const url = new URL(href);
    if (url.origin !== origin) {
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
    const opened = await open('/');
    try {
      await opened.page.locator('a.guide').click();
      await opened.page.waitForURL(`${origin}/guide/`);
      await expect.poll(() => opened.page.locator('h1').textContent()).toBe('Using the cloudspecs clients');
      expect(opened.external, 'requests that left 127.0.0.1').toEqual([]);
      expect(opened.errors).toEqual([]);
    } finally {
      await opened.context.close();
    }
  });

  test('every chapter renders with its code, no markdown is left raw, links work, nothing is fetched from elsewhere', async () => {
    const opened = await open('/guide/');
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
