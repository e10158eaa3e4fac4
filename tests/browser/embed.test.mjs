// The embed example — a portal-like page using the README's snippets — renders every
// widget, its 长者版 switch reaches them, and neither it nor the demo asks anything of
// another origin.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, settled } from './harness.mjs';

const harness = useBrowser();

for (const path of ['/www/embed-example.html', '/www/index.html', '/www/catalog.html']) {
  test(`${path}: every request stays on the page's origin`, async () => {
    const page = await harness.page();
    const requests = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(`${harness.url}${path}`);
    // Scroll through the page so every lazily mounted widget loads what it needs.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += 600) {
        scrollTo(0, y);
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      }
    });
    // Every widget has rendered (or said why not): all it needed has been requested. Widgets
    // render near the viewport, and the page grows as they do (the catalog's 128 previews):
    // each poll brings the first one still waiting into view, or one left below the first
    // scroll would wait for ever on a slow machine.
    // (The catalog builds its previews after fetching the plans: none yet is not done.)
    await page.waitForFunction(() => {
      const widgets = [...document.querySelectorAll('plan-meter, [data-planmeter]')];
      const waiting = widgets.find((element) => !element.hasAttribute('data-status') && !element.shadowRoot?.querySelector('[role=alert]:not([hidden])'));
      waiting?.scrollIntoView({ block: 'center' });
      return widgets.length > 0 && !waiting;
    }, null, { timeout: 120000, polling: 250 });
    const foreign = requests.filter((url) => !url.startsWith(harness.url) && !url.startsWith('data:') && !url.startsWith('blob:'));
    assert.deepEqual(foreign, []);
    assert.ok(requests.some((url) => url.endsWith('planmeter_bg.wasm')), 'the wasm was loaded');
    await page.context().close();
  });
}

test('the embed example renders its widgets and follows its 长者版 switch', async () => {
  const page = await harness.page({ width: 1000 });
  await page.goto(`${harness.url}/www/embed-example.html`);
  for (const selector of ['plan-meter', '[data-planmeter]', 'plan-meter[config*="\\"plan\\""]']) await settled(page, selector);
  const statuses = await page.evaluate(() => [...document.querySelectorAll('plan-meter, [data-planmeter]')].map((element) => element.dataset.status));
  assert.deepEqual(statuses, ['on-track', 'on-track', 'dashboard']);
  await page.click('#elder-switch');
  await page.waitForFunction(() => document.querySelector('plan-meter').shadowRoot.querySelector('.pm').classList.contains('elder'));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('without scripts the content inside the element is what readers get; with them the widget', async () => {
  const off = await harness.page({ javaScriptEnabled: false });
  await off.goto(`${harness.url}/www/embed-example.html`);
  const text = await off.evaluate(() => document.body.innerText);
  assert.match(text, /2018年增长8\.3%，2019年增长7\.9%/);
  assert.match(text, /全市高新技术企业：2018年110家/);
  await off.context().close();
  const on = await harness.page();
  await on.goto(`${harness.url}/www/embed-example.html`);
  await settled(on, 'plan-meter');
  // Once mounted the shadow root renders instead of the light-DOM fallback.
  const visible = await on.evaluate(() => document.querySelector('plan-meter > p').getBoundingClientRect().height);
  assert.equal(visible, 0);
  await on.context().close();
});
