// A data URL that fails, each way a portal's server can fail: every widget says what
// went wrong in its own words, offers a retry, and the widgets beside it are unaffected.
// After the server is fixed, the retry button brings the chart.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';
import { CHROMIUM, ARGS, settled } from './harness.mjs';

const GOOD = '{"2018": 8.3, "2019": 7.9}';
let broken = true;
let reachedOtherOrigin = false;
const routes = {
  '/faults/500.json': (request, response) =>
    broken ? response.writeHead(500, { 'content-type': 'text/plain' }).end('boom') : response.writeHead(200, { 'content-type': 'application/json' }).end(GOOD),
  '/faults/html.json': (request, response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>页面不存在</title>'),
  '/faults/truncated.json': (request, response) => response.writeHead(200, { 'content-type': 'application/json' }).end('{"2018": 8.3, "2019": 7'),
  // 指标,年份,数值 is read since issue 18; 时间 and 金额 are no column's names.
  '/faults/columns.csv': (request, response) => response.writeHead(200, { 'content-type': 'text/csv' }).end('指标,时间,金额\nezhou-2018-2020.value-added-growth,2018,8.3\n'),
  // Another target's rows only (a typo in the indicator): said, not an empty chart.
  '/faults/others.csv': (request, response) => response.writeHead(200, { 'content-type': 'text/csv' }).end('指标,年份,数值\nezhou-2018-2020.value-add-growth,2018,8.3\n'),
  // 127.0.0.1 → localhost: the same server under another origin.
  '/faults/redirect.json': (request, response, origin) =>
    response.writeHead(302, { location: `${origin.replace('127.0.0.1', 'localhost')}/faults/good.json` }).end(),
  '/faults/good.json': (request, response) => response.writeHead(200, { 'content-type': 'application/json' }).end(GOOD),
  // The same with a server there that would answer CORS: no request may reach it.
  '/faults/redirect-cors.json': (request, response, origin) =>
    response.writeHead(302, { location: `${origin.replace('127.0.0.1', 'localhost')}/faults/good-cors.json` }).end(),
  '/faults/good-cors.json': (request, response) => {
    reachedOtherOrigin = true;
    response.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' }).end(GOOD);
  },
  // A redirect within the page's origin is followed.
  '/faults/moved.json': (request, response) => response.writeHead(301, { location: '/faults/good.json' }).end(),
};

const CASES = {
  500: [/数据加载失败 .*dataUrl: \/faults\/500\.json answered HTTP 500 Internal Server Error/],
  html: [/dataUrl: \/faults\/html\.json answered with a web page \(text\/html\), not JSON or CSV/],
  truncated: [/dataUrl: \/faults\/truncated\.json: invalid JSON: EOF while parsing an object at line 1 column 23/],
  columns: [/dataUrl: \/faults\/columns\.csv: row 1: the columns must include year and value \(and indicator, for a file of several targets\); found `指标`, `时间`, `金额`/],
  others: [/dataUrl: \/faults\/others\.csv: indicator: no row is for `ezhou-2018-2020\.value-added-growth`; .*did you mean `ezhou-2018-2020\.value-add-growth`\?/],
  redirect: [/dataUrl: \/faults\/redirect\.json redirects to another origin; planmeter does not follow a redirect off the page's origin/],
  'redirect-cors': [/dataUrl: \/faults\/redirect-cors\.json redirects to another origin; planmeter does not follow/],
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

test('each data-URL fault has its own message and a retry; the widget beside them renders', async () => {
  const context = await browser.newContext({ viewport: { width: 900, height: 900 } });
  const page = await context.newPage();
  const uncaught = [];
  page.on('pageerror', (error) => uncaught.push(error.message));
  await page.goto(`${server.url}/tests/browser/fixtures/blank.html`);
  const ids = [...Object.keys(CASES).map((name) => `f-${name}`), 'healthy', 'moved'];
  await page.evaluate((names) => {
    const add = (id, dataUrl) => {
      const element = document.createElement('plan-meter');
      element.id = id;
      const config = { indicator: 'ezhou-2018-2020.value-added-growth', asOf: '2020-03-31', ...(dataUrl ? { dataUrl } : { actuals: { 2018: 8.3 } }) };
      element.setAttribute('config', JSON.stringify(config));
      document.getElementById('slot').append(element);
    };
    const files = { 500: '500.json', html: 'html.json', truncated: 'truncated.json', columns: 'columns.csv', others: 'others.csv', redirect: 'redirect.json', 'redirect-cors': 'redirect-cors.json' };
    for (const name of names) add(`f-${name}`, `/faults/${files[name]}`);
    add('healthy');
    add('moved', '/faults/moved.json');
  }, Object.keys(CASES));
  for (const id of ids) await settled(page, `#${id}`);

  const seen = new Set();
  for (const [name, [pattern]] of Object.entries(CASES)) {
    const shown = await page.evaluate((id) => {
      const root = document.getElementById(id).shadowRoot;
      const retry = root.querySelector('button.retry');
      return { message: root.querySelector('[role=alert]').textContent, retry: retry && !retry.hidden ? retry.textContent : null };
    }, `f-${name}`);
    assert.match(shown.message, pattern, name);
    assert.equal(shown.retry, '重试', `${name}: a retry button`);
    seen.add(shown.message);
  }
  // Two redirects, one message each (the same words but for the URL); the rest all differ.
  assert.equal(new Set([...seen].map((message) => message.replace(/\/faults\/\S+/, ''))).size, Object.keys(CASES).length - 1, 'every fault has a message of its own');
  assert.equal(reachedOtherOrigin, false, 'a redirect off the page sends nothing to the other origin');
  assert.equal(await page.evaluate(() => document.getElementById('healthy').dataset.status), 'on-track');
  assert.equal(await page.evaluate(() => document.getElementById('moved').dataset.status), 'on-track', 'a same-origin redirect is followed');
  assert.deepEqual(uncaught, []);

  // The server is fixed; the reader presses 重试.
  broken = false;
  await page.evaluate(() => document.getElementById('f-500').shadowRoot.querySelector('button.retry').click());
  await page.waitForFunction(() => document.getElementById('f-500').dataset.status);
  const after = await page.evaluate(() => {
    const root = document.getElementById('f-500').shadowRoot;
    return { status: document.getElementById('f-500').dataset.status, alert: root.querySelector('[role=alert]').hidden, retry: root.querySelector('button.retry').hidden };
  });
  assert.deepEqual(after, { status: 'on-track', alert: true, retry: true });
  await page.screenshot({ path: new URL('../../target/screenshots/faults.png', import.meta.url).pathname, fullPage: true });
  await context.close();
});
