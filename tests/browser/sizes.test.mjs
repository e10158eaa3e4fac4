// Hostile-sized input and misplaced hosts (issue 15): no input freezes the tab or echoes
// itself whole, one element that cannot hold a widget never stops the others or the
// public API, data files over the limit are refused while downloading, a redirect loop
// is named, and the wasm memory a large data file took is given back when it goes.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';
import { CHROMIUM, ARGS, settled } from './harness.mjs';

// A CSV of `rows` values for 1,500 ids, ids descending (the order that was quadratic).
function csv(rows) {
  const lines = ['indicator,year,value'];
  for (let index = rows - 1; index >= 0; index--) lines.push(`p.t${String(index % 1500).padStart(4, '0')},${1950 + Math.floor(index / 1500)},${index}`);
  return `${lines.join('\n')}\n`;
}
const BIG = csv(44_000); // just under 2 MB
const routes = {
  '/sizes/big.csv': (request, response) => response.writeHead(200, { 'content-type': 'text/csv' }).end(BIG),
  // Over the limit: declared, and (chunked, with no length) found while reading.
  '/sizes/declared.csv': (request, response) => response.writeHead(200, { 'content-type': 'text/csv', 'content-length': String(3 * 1024 * 1024) }).end('x'.repeat(3 * 1024 * 1024)),
  '/sizes/streamed.csv': (request, response) => {
    response.writeHead(200, { 'content-type': 'text/csv' });
    let sent = 0;
    const more = () => {
      while (sent < 40) {
        sent++;
        if (!response.write('y'.repeat(256 * 1024))) return response.once('drain', more);
      }
      response.end();
    };
    more();
    response.on('close', () => (routes.streamedSent = sent));
  },
  '/sizes/loop.json': (request, response) => response.writeHead(302, { location: '/sizes/loop.json' }).end(),
};

let server;
let browser;
before(async () => {
  server = await serve({ routes });
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
});
after(async () => {
  await browser?.close();
  await new Promise((done) => server?.server.close(done));
});

async function page(path = '/tests/browser/fixtures/blank.html') {
  const context = await browser.newContext({ viewport: { width: 900, height: 900 } });
  const tab = await context.newPage();
  tab.errors = [];
  tab.on('console', (message) => message.type() === 'error' && tab.errors.push(message.text()));
  tab.on('pageerror', (error) => tab.errors.push(`uncaught: ${error.message}`));
  await tab.addInitScript(() => {
    window.events = [];
    addEventListener('planmeter:error', (event) => window.events.push({ id: event.target.id, message: event.detail.message }));
  });
  await tab.goto(`${server.url}${path}`);
  await tab.waitForFunction(() => customElements.get('plan-meter'));
  return tab;
}

const add = (tab, id, config) =>
  tab.evaluate(([id, config]) => {
    const element = document.createElement('plan-meter');
    element.id = id;
    element.setAttribute('config', typeof config === 'string' ? config : JSON.stringify(config));
    document.getElementById('slot').append(element);
  }, [id, config]);

const details = (tab, id) => tab.evaluate((id) => document.getElementById(id).shadowRoot.querySelector('.tech-message').textContent, id);

test('elements that cannot hold a widget: one error each, and everything else works', async () => {
  const tab = await page('/tests/browser/fixtures/hosts.html');
  await settled(tab, '#good');
  await settled(tab, '#good-div');
  const bad = ['list', 'item', 'link', 'closed', 'other'];
  const events = await tab.evaluate(() => window.events);
  for (const id of bad) {
    assert.ok(events.some((event) => event.id === id && /cannot hold a widget|another component's shadow root/.test(event.message)), `${id}: ${JSON.stringify(events)}`);
    assert.ok(tab.errors.some((error) => error.startsWith('planmeter:') && /cannot hold a widget|another component/.test(error)));
  }
  assert.equal(events.filter((event) => bad.includes(event.id)).length, bad.length, 'one error each');
  // Another component's shadow root is left as it was.
  assert.equal(await tab.evaluate(() => document.getElementById('other').shadowRoot.getElementById('owned')?.textContent), 'Another component lives here.');
  // The public API, 长者模式 and later widgets still work.
  const stats = await tab.evaluate(async () => (await import('/www/planmeter.js')).stats());
  assert.ok(stats.widgets >= 2, JSON.stringify(stats));
  await tab.evaluate(async () => {
    const { mount } = await import('/www/planmeter.js');
    const host = document.createElement('div');
    host.id = 'mounted';
    document.getElementById('slot').append(host);
    mount(host, { indicator: 'ezhou-2018-2020.value-added-growth', actuals: { 2018: 8.3 }, asOf: '2019-03-31' });
  });
  await settled(tab, '#mounted');
  await tab.evaluate(() => document.documentElement.classList.add('elder'));
  await tab.waitForFunction(() => document.getElementById('good').shadowRoot.querySelector('.pm').classList.contains('elder'));
  assert.deepEqual(tab.errors.filter((error) => !/cannot hold a widget|another component/.test(error)), []);
  await tab.context().close();
});

test('a huge unknown indicator or lang: answered at once, and the message quotes at most 60 characters', async () => {
  const tab = await page();
  const started = Date.now();
  await add(tab, 'long-indicator', { indicator: 'x'.repeat(19_000) });
  await add(tab, 'huge-indicator', { indicator: 'x'.repeat(10_000_000) });
  await add(tab, 'long-lang', { indicator: 'ezhou-2018-2020.value-added-growth', lang: 'l'.repeat(15_000) });
  await add(tab, 'huge-lang', { indicator: 'ezhou-2018-2020.value-added-growth', lang: 'l'.repeat(1_000_000) });
  await add(tab, 'long-url', { indicator: 'ezhou-2018-2020.value-added-growth', dataUrl: `/${'u'.repeat(1_500)}` });
  const ids = ['long-indicator', 'huge-indicator', 'long-lang', 'huge-lang', 'long-url'];
  for (const id of ids) await settled(tab, `#${id}`);
  const elapsed = Date.now() - started;
  const shown = await Promise.all(ids.map((id) => details(tab, id)));
  assert.match(shown[0], /^配置有误 \(config error\): indicator: unknown indicator `x{60}… \(19,000 characters\)`$/);
  assert.match(shown[1], /^配置有误 \(config error\): the config is over 1,048,576 bytes \(10,000,016 characters\); at most 1,048,576 are taken$/);
  assert.match(shown[2], /lang: unknown variant `l{60}… \(15,000 characters\)`/);
  assert.match(shown[3], /invalid JSON: a string of 1,000,000 characters; at most 20,000 are taken/);
  assert.match(shown[4], /dataUrl: \/u{59}… \(1,501 characters\) answered HTTP 404/);
  const events = await tab.evaluate(() => window.events);
  assert.ok(events.every((event) => event.message.length < 400), JSON.stringify(events.map((event) => event.message.length)));
  assert.ok(tab.errors.every((error) => error.length < 500), tab.errors.map((error) => error.length).join(', '));
  console.log(`# five hostile configs answered in ${elapsed} ms (settled, including rendering)`);
  await tab.context().close();
});

test('data files over the limit are refused while downloading; one at the limit renders; its memory is given back', async () => {
  const tab = await page();
  const memory = () => tab.evaluate(async () => (await import('/www/planmeter.js')).stats());
  await add(tab, 'small', { indicator: 'ezhou-2018-2020.value-added-growth', actuals: { 2018: 8.3 }, asOf: '2019-03-31' });
  await settled(tab, '#small');
  const before = await memory();
  await add(tab, 'declared', { indicator: 'ezhou-2018-2020.value-added-growth', dataUrl: '/sizes/declared.csv' });
  await add(tab, 'streamed', { indicator: 'ezhou-2018-2020.value-added-growth', dataUrl: '/sizes/streamed.csv' });
  await settled(tab, '#declared');
  await settled(tab, '#streamed');
  assert.match(await details(tab, 'declared'), /dataUrl: \/sizes\/declared\.csv is 3,145,728 bytes; at most 2,097,152 are taken/);
  assert.match(await details(tab, 'streamed'), /dataUrl: \/sizes\/streamed\.csv is over 2,097,152 bytes; at most 2,097,152 are taken/);
  assert.equal((await memory()).wasmBytes, before.wasmBytes, 'nothing of a refused file reaches the wasm');
  // Just under the limit: read, in linear time.
  await add(tab, 'big', { plan: 'zhumadian-2021', dataUrl: '/sizes/big.csv' });
  await settled(tab, '#big');
  const message = await tab.evaluate(() => document.getElementById('big').shadowRoot.querySelector('.tech-message')?.textContent);
  assert.match(message ?? '', /has no target `p\.t/, 'read to the end: its ids are not the plan’s');
  const grown = await memory();
  await tab.evaluate(() => document.getElementById('big').remove());
  await tab.waitForFunction(async () => (await import('/www/planmeter.js')).stats().then((stats) => stats.instances > 1), null, { timeout: 10000 }).catch(() => {});
  await settled(tab, '#small');
  const after = await memory();
  console.log(`# wasm memory: ${before.wasmBytes} before, ${grown.wasmBytes} with a 2 MB file, ${after.wasmBytes} after it went (instances ${after.instances})`);
  assert.ok(after.wasmBytes <= 2 * before.wasmBytes, `${after.wasmBytes} > 2 × ${before.wasmBytes}`);
  assert.equal(await tab.evaluate(() => document.getElementById('small').dataset.status), 'on-track', 'the other widget moved to the fresh instance');
  await tab.context().close();
});

test('a redirect loop, an empty dataUrl, a dashboard too tall: each its own message', async () => {
  const tab = await page();
  await add(tab, 'loop', { indicator: 'ezhou-2018-2020.value-added-growth', dataUrl: '/sizes/loop.json' });
  await add(tab, 'empty-url', { indicator: 'ezhou-2018-2020.value-added-growth', dataUrl: '' });
  await add(tab, 'tall', { plan: 'taizhou-2018-2020', height: 99999 });
  for (const id of ['loop', 'empty-url', 'tall']) await settled(tab, `#${id}`);
  assert.match(await details(tab, 'loop'), /dataUrl: \/sizes\/loop\.json redirects in a loop/);
  assert.match(await details(tab, 'empty-url'), /dataUrl: is empty/);
  assert.match(await details(tab, 'tall'), /height: 99999 is outside 160–1200/);
  await tab.context().close();
});
