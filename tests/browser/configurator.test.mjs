// The configurator: choose a plan and a target, paste CSV, see the preview and its
// errors, and copy a snippet that renders on a blank page.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { start, settled, SCREENSHOTS } from './harness.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
let harness;
before(async () => {
  harness = await start();
});
after(async () => {
  await harness?.close();
  rmSync(`${ROOT}target/snippet`, { recursive: true, force: true });
});

test('configure, preview, copy the snippet into a blank page: it renders', async () => {
  const page = await harness.page({ width: 1200, height: 1000 });
  await page.goto(`${harness.url}/www/configurator.html`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  await page.selectOption('#plan', 'ezhou-2018-2020');
  await page.selectOption('#target', 'ezhou-2018-2020.high-tech-enterprises-2020');
  await page.fill('#asOf', '2020-03-31');
  await page.fill('#data', 'indicator,year,value\nezhou-2018-2020.high-tech-enterprises-2020,2018,110\nezhou-2018-2020.high-tech-enterprises-2020,2019,128\n');
  await page.waitForFunction(() => document.getElementById('preview-widget').dataset.status === 'on-track');
  // A bad row is named beside the form; the preview keeps the last good data out.
  await page.fill('#data', 'indicator,year,value\nezhou-2018-2020.high-tech-enterprises-2020,2018,一百\n');
  await page.waitForFunction(() => !document.getElementById('data-error').hidden);
  assert.match(await page.locator('#data-error').textContent(), /row 2: the value `一百` is not a number/);
  await page.fill('#data', '{"2018": 110, "2019": 128}');
  await page.selectOption('#chart', 'progress');
  await page.waitForFunction(() => document.getElementById('preview-widget').dataset.status === 'on-track');
  await page.screenshot({ path: `${SCREENSHOTS}configurator.png` });
  const snippet = await page.inputValue('#snippet');
  assert.match(snippet, /^<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/www\/planmeter\.js"><\/script>\n<plan-meter config='/);
  mkdirSync(`${ROOT}target/snippet`, { recursive: true });
  writeFileSync(`${ROOT}target/snippet/page.html`, `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body>\n${snippet}\n</body></html>`);
  const blank = await harness.page();
  await blank.goto(`${harness.url}/target/snippet/page.html`);
  await settled(blank, 'plan-meter');
  assert.equal(await blank.evaluate(() => document.querySelector('plan-meter').dataset.status), 'on-track');
  assert.equal(await blank.evaluate(() => !document.querySelector('plan-meter').shadowRoot.querySelector('.progress').hidden), true);
  assert.deepEqual(blank.errors, []);
  await blank.context().close();
  await page.context().close();
});
