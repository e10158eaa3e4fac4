// Data from another origin only when the page allows it; a whole plan's values from a
// CSV file.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, settled } from './harness.mjs';
import { serve } from '../../scripts/serve.mjs';

let harness;
let other;
before(async () => {
  harness = await start();
  // A second origin (another port), which answers CORS requests.
  other = await serve({ headers: { 'access-control-allow-origin': '*' } });
});
after(async () => {
  await harness?.close();
  await new Promise((done) => other.server.close(done));
});

async function widget(page, id, config, allow) {
  await page.evaluate(([id, config, allow]) => {
    if (allow) {
      const meta = document.createElement('meta');
      meta.name = 'planmeter-data-origins';
      meta.content = allow;
      document.head.append(meta);
    }
    const element = document.createElement('plan-meter');
    element.id = id;
    element.setAttribute('config', JSON.stringify(config));
    document.getElementById('slot').append(element);
  }, [id, config, allow]);
  await settled(page, `#${id}`);
}

test('another origin is refused unless the page names it in <meta name="planmeter-data-origins">', async () => {
  const page = await harness.page();
  await page.goto(`${harness.url}/tests/browser/fixtures/blank.html`);
  const dataUrl = `${other.url}/tests/browser/fixtures/ezhou-actuals.json`;
  const config = { indicator: 'ezhou-2018-2020.value-added-growth', dataUrl, asOf: '2020-03-31' };
  await widget(page, 'refused', config);
  const message = await page.evaluate(() => document.getElementById('refused').shadowRoot.querySelector('[role=alert]').textContent);
  assert.match(message, /is on another origin \(http:\/\/127\.0\.0\.1:\d+\); a page allows it with <meta name="planmeter-data-origins"/);
  await widget(page, 'allowed', { ...config, dataUrl: `${dataUrl}?again` }, other.url);
  assert.equal(await page.evaluate(() => document.getElementById('allowed').dataset.status), 'needs-acceleration');
  await page.context().close();
});

test('a dashboard takes its values from a CSV file keyed by indicator', async () => {
  const page = await harness.page({ width: 1000 });
  await page.goto(`${harness.url}/tests/browser/fixtures/blank.html`);
  await widget(page, 'plan', { plan: 'taizhou-2018-2020', dataUrl: '/tests/browser/fixtures/taizhou.csv', asOf: '2020-03-31' });
  assert.equal(await page.evaluate(() => document.getElementById('plan').dataset.status), 'dashboard');
  const tile = await page.evaluate(() => document.getElementById('plan').shadowRoot.querySelector('[data-id="taizhou-2018-2020.firms-over-10bn-2020"]').dataset.status);
  assert.equal(tile, 'on-track');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a server that sends .wasm with the wrong MIME type still works, with a console warning', async () => {
  const wrong = await serve({ types: { '.wasm': 'application/octet-stream' } });
  const page = await harness.page();
  const warnings = [];
  page.on('console', (message) => message.type() === 'warning' && warnings.push(message.text()));
  await page.goto(`${wrong.url}/tests/browser/fixtures/blank.html`);
  await widget(page, 'mime', { indicator: 'ezhou-2018-2020.value-added-growth', actuals: { 2018: 8.3 }, asOf: '2019-03-31' });
  assert.equal(await page.evaluate(() => document.getElementById('mime').dataset.status), 'on-track');
  assert.ok(warnings.some((text) => text.includes('application/wasm')), warnings.join('\n'));
  assert.deepEqual(page.errors, []);
  await page.context().close();
  await new Promise((done) => wrong.server.close(done));
});

test('a data URL slower than the 10 s timeout gets its own message', async () => {
  const slow = await serve({ headers: { 'access-control-allow-origin': '*' }, delayMs: 11000 });
  const page = await harness.page();
  await page.goto(`${harness.url}/tests/browser/fixtures/blank.html`);
  const started = Date.now();
  await widget(page, 'slow', { indicator: 'ezhou-2018-2020.value-added-growth', dataUrl: `${slow.url}/tests/browser/fixtures/ezhou-actuals.json` }, slow.url);
  const message = await page.evaluate(() => document.getElementById('slow').shadowRoot.querySelector('[role=alert]').textContent);
  assert.match(message, /数据加载失败 .*did not answer within 10 s/);
  assert.ok(Date.now() - started < 14000);
  await page.context().close();
  slow.server.closeAllConnections();
  await new Promise((done) => slow.server.close(done));
});

test('one data file is fetched once per page, however many widgets use it', async () => {
  const page = await harness.page();
  const fetched = [];
  page.on('request', (request) => request.url().endsWith('ezhou.csv') && fetched.push(request.url()));
  await page.goto(`${harness.url}/tests/browser/fixtures/blank.html`);
  for (const id of ['one', 'two', 'three']) {
    await widget(page, id, { indicator: 'ezhou-2018-2020.value-added-growth', dataUrl: '/tests/browser/fixtures/ezhou.csv', asOf: '2020-03-31' });
  }
  assert.equal(fetched.length, 1, fetched.join('\n'));
  await page.context().close();
});

test('the loader adds no globals besides the element registration', async () => {
  const page = await harness.page();
  await page.goto(`${harness.url}/tests/browser/fixtures/gallery.css`);
  const before = await page.evaluate(() => Object.keys(window).length);
  await page.evaluate(async () => {
    await import('/www/planmeter.js');
  });
  const added = await page.evaluate((before) => Object.keys(window).slice(before), before);
  assert.deepEqual(added, []);
  assert.equal(await page.evaluate(() => typeof customElements.get('plan-meter')), 'function');
  await page.context().close();
});
