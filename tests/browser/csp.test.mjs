// Under the strictest policy a portal would send — no inline scripts, no inline styles —
// the widget renders fully and no securitypolicyviolation event fires.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';
import { frames } from './harness.mjs';

const POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
let server;
let browser;
before(async () => {
  server = await serve({ headers: { 'content-security-policy': POLICY } });
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
});
after(async () => {
  await browser?.close();
  await new Promise((done) => server.server.close(done));
});

for (const path of ['/www/index.html', '/www/embed-example.html', '/www/configurator.html', '/www/catalog.html']) {
  test(`${path} under a strict CSP: widgets render, no violations`, async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (event) => window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    await page.goto(`${server.url}${path}`);
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += 500) {
        scrollTo(0, y);
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      }
    });
    await page.waitForFunction(() => [...document.querySelectorAll('plan-meter')].filter((e) => e.getBoundingClientRect().height > 0).some((e) => e.dataset.status));
    await frames(page, 3);
    const rendered = await page.evaluate(() => document.querySelectorAll('plan-meter[data-status]').length);
    assert.ok(rendered >= 1, 'widgets rendered');
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(errors, []);
    await page.close();
  });
}
