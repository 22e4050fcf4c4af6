/**
 * The site in a real browser: site/ served from 127.0.0.1, every page opened in headless Chromium (Debian's
 * `chromium`, driven by playwright-core). Every operation of every spec must render with its resource-layer code sample
 * (the path-layer one is spot-checked a choice away), no page may log a console error, and no request may leave
 * 127.0.0.1. Screenshots go to site/screenshots/.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { camelCase, pascalCase, resourceNames } from '../../scripts/lib/naming.ts';
import { CODE_SAMPLE_LABEL, listOperations, type OpenApiDocument, PATH_SAMPLE_LABEL } from '../src/code-samples.ts';
import { inferredNotes } from '../src/inferred-notes.ts';
import { type OpenedPage, offlineSite } from './offline-chromium.ts';
import { bundledSpec, registeredSpecs, type SpecOperation, siteDir } from './specs.ts';

const screenshotsDir = join(siteDir, 'screenshots');
const specs = registeredSpecs();
const site = offlineSite();
const open = site.open;

/** Redoc prerenders the page and then hydrates it; wait until React owns the root, so what we read is live. */
async function waitForRedoc(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const root = document.getElementById('redoc');
      return !!root && Object.keys(root).some((key) => key.startsWith('__reactContainer$'));
    },
    undefined,
    { timeout: 15_000 },
  );
}

/**
 * An operation with the call its resource-layer sample makes, e.g. `katapult.ipAddresses.create(`, and, for one the spec
 * infers from another source, the note that says so.
 */
type ShownOperation = SpecOperation & { call: string; note?: string };

/**
 * What of these operations the page does not show: the heading (summary), the operation's section (its id ends with
 * the operationId), the sample call in that section and its inferred-operation note, if it has one. Only the section's
 * text is read: the whole page's is slow.
 */
async function missingOperations(page: Page, operations: ShownOperation[]): Promise<string[]> {
  return page.evaluate((operations) => {
    const headings = new Set(
      [...document.querySelectorAll('h1, h2, h3')].map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim()),
    );
    const missing: string[] = [];
    for (const op of operations) {
      if (!headings.has(op.summary)) missing.push(`${op.operationId}: heading "${op.summary}"`);
      const section = document.querySelector<HTMLElement>(`[data-section-id$="/${op.operationId.toLowerCase()}"]`);
      if (!section) missing.push(`${op.operationId}: operationId`);
      // biome-ignore lint/performance/useDomNodeTextContent: innerText is what is rendered, and only that counts here
      else if (!section.innerText.includes(op.call)) missing.push(`${op.operationId}: code sample ${op.call}`);
      // biome-ignore lint/performance/useDomNodeTextContent: innerText is what is rendered, and only that counts here
      else if (op.note && !section.innerText.includes(op.note)) missing.push(`${op.operationId}: note "${op.note}"`);
    }
    return missing;
  }, operations);
}

/** Each operation of the spec with its resource-layer call, named as the generator names it. */
async function shownOperations(spec: (typeof specs)[number]): Promise<ShownOperation[]> {
  const document = await bundledSpec(spec.specPath);
  const names = new Map(resourceNames(document, spec.vendor).map((name) => [name.operationId, name]));
  const inferred = new Set(
    listOperations(document as OpenApiDocument)
      .filter((ref) => inferredNotes(ref.operation).length > 0)
      .map((ref) => ref.operation.operationId),
  );
  const variable = camelCase(spec.vendor);
  return spec.operations.map((op) => {
    const name = names.get(op.operationId);
    if (!name) throw new Error(`${spec.vendor}: ${op.operationId} has no resource name`);
    const call = `${variable}.${name.namespace}.${name.method}(`;
    return inferred.has(op.operationId) ? { ...op, call, note: 'Inferred operation.' } : { ...op, call };
  });
}

/** The operation's rendered text once its sample is switched to `label` in the sample's language menu. */
async function sampleShownAs(page: Page, op: SpecOperation, label: string): Promise<string> {
  const section = page.locator(`[data-section-id$="/${op.operationId.toLowerCase()}"]`).first();
  await section.locator('[data-component-name="Dropdown/Dropdown"]', { hasText: CODE_SAMPLE_LABEL }).first().click();
  await page.locator('[role="menuitem"]').getByText(label, { exact: true }).first().click();
  // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText(), the rendered text
  return section.innerText();
}

function expectClean(opened: OpenedPage, what: string): void {
  expect(opened.external, `${what}: requests that left 127.0.0.1`).toEqual([]);
  expect(opened.errors, `${what}: console errors`).toEqual([]);
}

async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  await mkdir(screenshotsDir, { recursive: true }); // again: a rebuild of site/ (pnpm docs:build) replaces the folder
  await page.screenshot({ path: join(screenshotsDir, name), fullPage });
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

describe('site/index.html in Chromium', () => {
  test('lists every vendor API, fetches nothing from elsewhere, logs no error', async () => {
    const opened = await open('/');
    try {
      for (const spec of specs) {
        const section = opened.page.locator(`section[data-vendor="${spec.page}"]`);
        await expect.poll(() => section.isVisible()).toBe(true);
        // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText(), the rendered text
        const text = await section.innerText();
        expect(text).toContain(spec.title);
        expect(text).toContain(`version ${spec.version}`);
        // The first call the READMEs show: the resource layer.
        expect(text).toContain(`new ${pascalCase(spec.vendor)}(`);
        for (const link of await section.locator('a').all()) {
          const href = await link.getAttribute('href');
          const url = new URL(href ?? '', opened.page.url());
          // A link off the site (the repository, while the packages are not on npm) is not fetched: the test is offline.
          if (url.origin !== new URL(opened.page.url()).origin) {
            expect(url.protocol, `${spec.vendor}: link ${href}`).toBe('https:');
            continue;
          }
          const response = await opened.page.request.get(url.href);
          expect(response.status(), `${spec.vendor}: link ${href}`).toBe(200);
        }
      }
      await screenshot(opened.page, 'index.png', true);
      expectClean(opened, 'index.html');
    } finally {
      await opened.context.close();
    }
  });
});

for (const spec of specs) {
  describe(`site/${spec.page}/ in Chromium`, () => {
    const variable = camelCase(spec.vendor);

    test(`every operation (${spec.operations.length}) renders with its resource-layer sample, the path-layer one a choice away; nothing leaves 127.0.0.1; no console error`, async () => {
      const operations = await shownOperations(spec);
      const opened = await open(`/${spec.page}/`);
      const { page } = opened;
      try {
        await waitForRedoc(page);
        await expect.poll(() => page.locator('h1').first().textContent()).toContain(spec.title);
        await screenshot(page, `${spec.page}.png`);

        // the API's home page: its download buttons point at the bundled spec next to the page
        const downloads = await page.locator('a[href$="openapi.yaml"], a[href$="openapi.json"]').all();
        expect(downloads.length).toBeGreaterThan(0);
        for (const link of downloads) {
          const href = await link.getAttribute('href');
          const response = await page.request.get(new URL(href ?? '', page.url()).href);
          expect(response.status(), `download ${href}`).toBe(200);
        }

        const seen = new Set<string>();
        const menu = page.locator('[data-component-name="Menu/MenuItem"]');
        for (const [index, tag] of spec.tags.entries()) {
          // A tag is a page of its own (#/<tag>); its operations render as they scroll into view, so each one is
          // opened from its menu link, found by operationId.
          await menu.getByText(tag, { exact: true }).first().click();
          for (const op of operations.filter((operation) => operation.tag === tag)) {
            const link = menu.locator(`a[href$="/${op.operationId.toLowerCase()}"]`).first();
            await link.click();
            await expect.poll(() => missingOperations(page, [op]), { timeout: 15_000, interval: 100 }).toEqual([]);
            seen.add(op.operationId);
          }
          if (index === 0) {
            await screenshot(page, `${spec.page}-${slug(tag)}.png`);
            // a deep link (a bookmark, a reload) renders the same operation: the site needs no server-side routing
            const last = operations.filter((operation) => operation.tag === tag).at(-1);
            expect(new URL(page.url()).hash, 'Redoc routes with the URL hash').toContain(
              last?.operationId.toLowerCase(),
            );
            await page.reload({ waitUntil: 'load' });
            await waitForRedoc(page);
            if (last) {
              await expect.poll(() => missingOperations(page, [last]), { timeout: 15_000 }).toEqual([]);
              // The path-layer sample of the same operation is the second choice of its sample menu.
              const paths = await sampleShownAs(page, last, PATH_SAMPLE_LABEL);
              expect(paths, `${last.operationId}: the path-layer sample`).toContain(
                `const ${variable} = create${pascalCase(spec.vendor)}Client();`,
              );
              expect(paths).toContain(`await ${variable}.${last.method}('${last.path}'`);
              expect(paths).not.toContain(last.call);
              await screenshot(page, `${spec.page}-paths-sample.png`);
              // and back: the operations still to come are checked for their resource-layer samples
              expect(await sampleShownAs(page, last, CODE_SAMPLE_LABEL)).toContain(last.call);
            }
          }
        }
        expect([...seen].sort()).toEqual(spec.operations.map((op) => op.operationId).sort());

        expectClean(opened, `${spec.page}/index.html`);
      } finally {
        await opened.context.close();
      }
    }, 360_000); // Katapult takes ~2 min on a loaded 2-core machine: twice that leaves room without hiding a hang
  });
}
