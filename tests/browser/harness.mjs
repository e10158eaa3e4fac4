// Shared set-up for the browser tests: the repo served on 127.0.0.1, Debian's Chromium
// driven by playwright-core, and every console error and page error collected.

import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { serve } from '../../scripts/serve.mjs';
import { inkIn } from './ink.mjs';

export const SCREENSHOTS = new URL('../../target/screenshots/', import.meta.url).pathname;
mkdirSync(SCREENSHOTS, { recursive: true });

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
// Flags that keep Chromium from reaching for the network on a closed machine.
export const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Starts the server and the browser; `close()` stops both. */
export async function start() {
  const { server, url } = await serve();
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  return {
    url,
    browser,
    /** A new page (in its own context) that records console errors and uncaught
     * exceptions in `page.errors`. */
    async page({ width = 900, height = 900, deviceScaleFactor = 1, javaScriptEnabled = true } = {}) {
      const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor, javaScriptEnabled });
      const page = await context.newPage();
      page.errors = [];
      page.on('console', (message) => {
        if (message.type() === 'error') page.errors.push(message.text());
      });
      page.on('pageerror', (error) => page.errors.push(`uncaught: ${error.message}`));
      return page;
    },
    async close() {
      await browser.close();
      await new Promise((done) => server.close(done));
    },
  };
}

/** The server and browser for one test file: filled in before its tests, closed after. */
export function useBrowser() {
  const harness = {};
  before(async () => Object.assign(harness, await start()));
  after(async () => harness.close?.());
  return harness;
}

/** Scrolls `selector`'s widget into view (widgets render when near the viewport) and
 * waits until it has rendered (data-status set) or shown an error. */
export async function settled(page, selector) {
  await page.evaluate((selector) => document.querySelector(selector)?.scrollIntoView({ block: 'center' }), selector);
  await page.waitForFunction(
    (selector) => {
      const host = document.querySelector(selector);
      const alert = host?.shadowRoot?.querySelector('[role=alert]');
      return host && (host.hasAttribute('data-status') || (alert && !alert.hidden));
    },
    selector,
    { timeout: 15000 },
  );
}

/** Counts the canvas pixels of `selector`'s widget that differ from its background. */
/** Waits for `count` animation frames: what the loader schedules for the next frame (a
 * draw, an observer's answer) has happened by then. A condition, not a sleep. */
export async function frames(page, count = 2) {
  await page.evaluate((count) => new Promise((done) => {
    const step = () => (--count > 0 ? requestAnimationFrame(step) : done());
    requestAnimationFrame(step);
  }), count);
}

export function inkedPixels(page, selector) {
  return page.evaluate(inkIn, selector);
}
