// Every kind of bad input shows a clear message in its own widget, names the field, and
// leaves the page and the good widget beside it alone.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, settled, inkedPixels, SCREENSHOTS } from './harness.mjs';

let harness;
let page;
const dialogs = [];
before(async () => {
  harness = await start();
  page = await harness.page();
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss();
  });
  await page.goto(`${harness.url}/tests/browser/fixtures/bad-input.html`);
  const ids = ['good', 'bad-json', 'unknown-indicator', 'not-a-number', 'unknown-field', 'no-config', 'bad-div', 'hostile', 'data-404', 'data-ok', 'data-bad', 'data-csv'];
  for (const id of ids) await settled(page, `#${id}`);
  await page.screenshot({ path: `${SCREENSHOTS}bad-input.png`, fullPage: true });
});
after(async () => {
  await harness?.close();
});

function alertOf(id) {
  return page.evaluate((id) => {
    const alert = document.getElementById(id).shadowRoot.querySelector('[role=alert]');
    return alert.hidden ? null : alert.textContent;
  }, id);
}

function check(id, pattern) {
  test(`${id}: ${pattern}`, async () => {
    const message = await alertOf(id);
    assert.ok(message, `${id} shows no alert`);
    assert.match(message, pattern);
    assert.equal(await page.evaluate((id) => document.getElementById(id).hasAttribute('data-status'), id), false);
    assert.ok(page.errors.some((error) => error.startsWith('planmeter:') && pattern.test(error)), `console lacks ${pattern}`);
  });
}

check('bad-json', /配置有误 .*invalid JSON: trailing comma at line 1 column \d+/);
check('unknown-indicator', /indicator: unknown indicator `ezhou-2018-2020\.value-add-growth`; did you mean `ezhou-2018-2020\.value-added-growth`\?/);
check('not-a-number', /actuals\.2019: invalid type: string "八", expected a number/);
check('unknown-field', /actual: unknown field `actual` — did you mean `actuals`\?/);
check('no-config', /the config is empty; write at least \{"indicator": "<target id>"\}/);
check('bad-div', /lang: unknown variant `fr`, expected `zh-CN` or `en`/);
check('data-404', /数据加载失败 .*dataUrl: \/tests\/browser\/fixtures\/missing\.json answered HTTP 404/);
check('data-bad', /dataUrl: \/tests\/browser\/fixtures\/bad-actuals\.json: 2019: invalid type: string "n\/a", expected a number/);

test('the good widget beside them renders and draws', async () => {
  assert.equal(await page.evaluate(() => document.getElementById('good').dataset.status), 'on-track');
  const { inked, total } = await inkedPixels(page, '#good');
  assert.ok(inked / total > 0.04, `${inked}/${total}`);
  assert.equal(await page.evaluate(() => document.getElementById('page-text').textContent), "This page's own content must stay intact.");
});

test('actuals from a dataUrl are fetched and used', async () => {
  assert.equal(await page.evaluate(() => document.getElementById('data-ok').dataset.status), 'needs-acceleration');
  const label = await page.evaluate(() => document.getElementById('data-ok').shadowRoot.querySelector('canvas').getAttribute('aria-label'));
  assert.match(label, /最新：2019年6%/);
});

test('actuals from a CSV file (indicator, year, value) are read too', async () => {
  assert.equal(await page.evaluate(() => document.getElementById('data-csv').dataset.status), 'needs-acceleration');
});

test('a hostile string is shown as text, never run', async () => {
  const message = await alertOf('hostile');
  assert.match(message, /unknown indicator `<img src=x onerror=alert\(1\)>`/);
  const injected = await page.evaluate(() => document.getElementById('hostile').shadowRoot.querySelectorAll('img').length);
  assert.equal(injected, 0);
  assert.deepEqual(dialogs, []);
});

test('nothing is thrown uncaught; every console error is a widget reporting its own problem', async () => {
  assert.deepEqual(page.errors.filter((error) => !error.startsWith('planmeter:') && !error.includes('404')), []);
  // 9 broken widgets, one report each (the 404 also logs the failed request itself).
  assert.equal(page.errors.filter((error) => error.startsWith('planmeter:')).length, 9, page.errors.join('\n'));
});
