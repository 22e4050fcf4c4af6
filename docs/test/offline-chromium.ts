/**
 * The docs' browser tests' harness: site/ served from 127.0.0.1 and opened in headless Chromium (Debian's `chromium`,
 * driven by playwright-core), with every request that would leave 127.0.0.1 recorded and refused and every error on the
 * page recorded. A missing browser fails every test with how to install it, never a skip.
 *
 *   const site = offlineSite();           // at the top of a test file: starts in beforeAll, stops in afterAll
 *   const opened = await site.open('/guide/');
 */
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serveStatic } from '../src/serve-site.ts';
import { siteDir } from './specs.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-gpu',
  '--no-first-run',
  '--disable-sync',
];

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** console errors, uncaught exceptions and failed or 4xx/5xx same-origin requests */
  errors: string[];
  /** every request to anything but the local server (all of them are aborted) */
  external: string[];
}

export interface OfflineSite {
  /** `http://127.0.0.1:<port>`, once started */
  readonly origin: string;
  /** Opens a path of the site in a fresh browser context; close `context` when done. */
  open(path: string, viewport?: { width: number; height: number }): Promise<OpenedPage>;
}

/** Serves site/ and starts Chromium for the tests of the calling file. */
export function offlineSite(): OfflineSite {
  let server: Server | undefined;
  let browser: Browser | undefined;
  let origin = '';
  let missingChromium: Error | undefined;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      missingChromium = new Error(
        `Chromium is not installed at ${CHROMIUM}, and the docs' browser tests need it. ` +
          'Install it with `apt-get update && apt-get install -y chromium` (Debian), or set CHROMIUM_PATH to a Chromium binary.',
      );
      return;
    }
    server = await serveStatic(siteDir, 0);
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  });

  async function open(path: string, viewport = { width: 1400, height: 900 }): Promise<OpenedPage> {
    if (missingChromium) throw missingChromium;
    if (!browser) throw new Error('offlineSite: open() before the site was started (call it inside a test)');
    const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
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
    page.on('websocket', (socket) => external.push(socket.url()));
    page.on('request', (request) => {
      const url = request.url();
      if (/^https?:|^wss?:/.test(url) && !url.startsWith(`${origin}/`) && !external.includes(url)) external.push(url);
    });
    page.on('requestfailed', (request) => {
      if (request.url().startsWith(origin))
        errors.push(`request failed: ${request.url()} ${request.failure()?.errorText}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    await page.goto(`${origin}${path}`, { waitUntil: 'load' });
    return { page, context, errors, external };
  }

  return {
    get origin() {
      return origin;
    },
    open,
  };
}
