// Copying dist/ anywhere works: the wasm is found through import.meta.url, not a fixed
// path. The files `make dist` ships (the loader with the glue bundled in, minified) are
// copied to a folder the page knows nothing about, and a page there renders with three
// requests: the loader, the wasm and the plan its widget shows.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { start, settled } from './harness.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const PLACE = `${ROOT}target/anywhere/`;

let harness;
before(async () => {
  rmSync(PLACE, { recursive: true, force: true });
  mkdirSync(`${PLACE}static/deep`, { recursive: true });
  cpSync(`${ROOT}dist`, `${PLACE}static/deep/pm`, { recursive: true });
  writeFileSync(
    `${PLACE}page.html`,
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="static/deep/pm/planmeter.js"></script></head><body>
<plan-meter id="copied" config='{"indicator": "ezhou-2018-2020.value-added-growth", "actuals": {"2018": 8.3}, "asOf": "2019-03-31"}'></plan-meter>
</body></html>`,
  );
  // The README's tag, with the integrity `make dist` prints.
  const sri = `sha384-${createHash('sha384').update(readFileSync(`${PLACE}static/deep/pm/planmeter.js`)).digest('base64')}`;
  writeFileSync(
    `${PLACE}sri.html`,
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="static/deep/pm/planmeter.js" integrity="${sri}" crossorigin="anonymous"></script></head><body>
<plan-meter id="checked" config='{"indicator": "ezhou-2018-2020.value-added-growth", "actuals": {"2018": 8.3}, "asOf": "2019-03-31"}'></plan-meter>
</body></html>`,
  );
  // A copy whose wasm was altered after `make dist`: the loader must refuse to run it.
  cpSync(`${PLACE}static/deep/pm`, `${PLACE}tampered/pm`, { recursive: true });
  const wasm = readFileSync(`${PLACE}tampered/pm/pkg/planmeter_bg.wasm`);
  wasm[wasm.length - 1] ^= 1;
  writeFileSync(`${PLACE}tampered/pm/pkg/planmeter_bg.wasm`, wasm);
  writeFileSync(
    `${PLACE}tampered.html`,
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="tampered/pm/planmeter.js"></script></head><body><p id="host">页面其他内容</p>
<plan-meter id="refused" config='{"indicator": "ezhou-2018-2020.value-added-growth"}'></plan-meter>
</body></html>`,
  );
  harness = await start();
});
after(async () => {
  await harness?.close();
  rmSync(PLACE, { recursive: true, force: true });
});

test('dist/ copied to another folder renders from three requests, and the method link follows it', async () => {
  const page = await harness.page();
  const requested = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(`${harness.url}/target/anywhere/page.html`);
  await settled(page, '#copied');
  assert.equal(await page.evaluate(() => document.getElementById('copied').dataset.status), 'on-track');
  const method = await page.evaluate(() => document.getElementById('copied').shadowRoot.querySelector('a.method').href);
  assert.equal(method, `${harness.url}/target/anywhere/static/deep/pm/methodology.html`);
  const planmeter = requested.filter((path) => path.includes('/pm/'));
  assert.deepEqual(planmeter.sort().map((path) => path.replace(/\.[0-9a-f]{10}\.json$/, '.json')), [
    '/target/anywhere/static/deep/pm/pkg/planmeter_bg.wasm',
    '/target/anywhere/static/deep/pm/pkg/plans/ezhou-2018-2020.json',
    '/target/anywhere/static/deep/pm/planmeter.js',
  ]);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the README script tag with integrity and crossorigin loads, and the bundle refuses an altered wasm', async () => {
  const page = await harness.page();
  await page.goto(`${harness.url}/target/anywhere/sri.html`);
  await settled(page, '#checked');
  assert.equal(await page.evaluate(() => document.getElementById('checked').dataset.status), 'on-track');
  assert.deepEqual(page.errors, []);

  await page.goto(`${harness.url}/target/anywhere/tampered.html`);
  await page.waitForFunction(() => document.getElementById('refused').shadowRoot?.querySelector('.error:not([hidden])'));
  const message = await page.evaluate(() => document.getElementById('refused').shadowRoot.querySelector('.error').textContent);
  assert.match(message, /无法加载 planmeter 组件 \(could not load planmeter\)/);
  assert.equal(await page.evaluate(() => document.getElementById('host').textContent), '页面其他内容');
  await page.context().close();
});
