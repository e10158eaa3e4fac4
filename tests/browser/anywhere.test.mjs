// Copying the loader and pkg/ anywhere works: the wasm is found through import.meta.url,
// not a fixed path. The files `make dist` ships are copied to a folder the page knows
// nothing about, and a page there renders.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { start, settled } from './harness.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const PLACE = `${ROOT}target/anywhere/`;

let harness;
before(async () => {
  rmSync(PLACE, { recursive: true, force: true });
  mkdirSync(`${PLACE}static/deep/pm/pkg`, { recursive: true });
  for (const file of ['planmeter.js', 'methodology.html', 'doc.css']) cpSync(`${ROOT}www/${file}`, `${PLACE}static/deep/pm/${file}`);
  for (const file of ['planmeter.js', 'planmeter_bg.wasm']) cpSync(`${ROOT}pkg/${file}`, `${PLACE}static/deep/pm/pkg/${file}`);
  writeFileSync(
    `${PLACE}page.html`,
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="static/deep/pm/planmeter.js"></script></head><body>
<plan-meter id="copied" config='{"indicator": "ezhou-2018-2020.value-added-growth", "actuals": {"2018": 8.3}, "asOf": "2019-03-31"}'></plan-meter>
</body></html>`,
  );
  harness = await start();
});
after(async () => {
  await harness?.close();
  rmSync(PLACE, { recursive: true, force: true });
});

test('the loader and pkg/ copied to another folder render, and the method link follows them', async () => {
  const page = await harness.page();
  await page.goto(`${harness.url}/target/anywhere/page.html`);
  await settled(page, '#copied');
  assert.equal(await page.evaluate(() => document.getElementById('copied').dataset.status), 'on-track');
  const method = await page.evaluate(() => document.getElementById('copied').shadowRoot.querySelector('a.method').href);
  assert.equal(method, `${harness.url}/target/anywhere/static/deep/pm/methodology.html`);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
