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
  // In the page's language: Chinese here (the English page is tested below).
  assert.match(await page.locator('#data-error').textContent(), /第2行：数值“一百”不是数字/);
  await page.fill('#data', '{"2018": 110, "2019": 128}');
  await page.selectOption('#chart', 'progress');
  await page.waitForFunction(() => document.getElementById('preview-widget').dataset.status === 'on-track');
  // Where the figures come from travels in the snippet.
  await page.fill('#source-name', '某市统计局《2019年统计公报》');
  await page.fill('#source-url', 'https://tjj.example.gov.cn/2019.html');
  await page.check('#illustrative');
  // The blank page below is on this server, with dist/ at /dist/.
  await page.fill('#dist-path', '/dist/');
  await page.waitForFunction(() => document.getElementById('snippet').value.includes('"illustrative":true') && document.getElementById('snippet').value.includes('src="/dist/planmeter.js"'));
  await page.screenshot({ path: `${SCREENSHOTS}configurator.png` });
  const snippet = await page.inputValue('#snippet');
  assert.match(snippet, /^<script type="module" src="\/dist\/planmeter\.js" integrity="sha384-[^"]+" crossorigin="anonymous"><\/script>\n<plan-meter config='/);
  mkdirSync(`${ROOT}target/snippet`, { recursive: true });
  writeFileSync(`${ROOT}target/snippet/page.html`, `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body>\n${snippet}\n</body></html>`);
  const blank = await harness.page();
  await blank.goto(`${harness.url}/target/snippet/page.html`);
  await settled(blank, 'plan-meter');
  assert.equal(await blank.evaluate(() => document.querySelector('plan-meter').dataset.status), 'on-track');
  assert.equal(await blank.evaluate(() => !document.querySelector('plan-meter').shadowRoot.querySelector('.progress').hidden), true);
  const shown = await blank.evaluate(() => {
    const root = document.querySelector('plan-meter').shadowRoot;
    return { source: root.querySelector('.data-source').textContent, link: root.querySelector('.data-source a')?.href, badge: !root.querySelector('.demo-badge').hidden };
  });
  assert.deepEqual(shown, { source: '数据来源：某市统计局《2019年统计公报》', link: 'https://tjj.example.gov.cn/2019.html', badge: true });
  assert.deepEqual(blank.errors, []);
  await blank.context().close();
  await page.context().close();
});

test('a pre-rendered snippet shows its chart from the HTML alone, and becomes the widget', async () => {
  const page = await harness.page({ width: 1200, height: 1000 });
  await page.goto(`${harness.url}/www/configurator.html`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  await page.selectOption('#plan', 'ezhou-2018-2020');
  await page.selectOption('#target', 'ezhou-2018-2020.value-added-growth');
  await page.fill('#asOf', '2020-03-31');
  await page.fill('#data', '{"2018": 8.3, "2019": 7.9}');
  await page.fill('#dist-path', '/dist/');
  await page.check('#prerender');
  await page.waitForFunction(() => document.getElementById('snippet').value.includes('<figure class="planmeter-fallback"'));
  const snippet = await page.inputValue('#snippet');
  assert.match(snippet, /<plan-meter config='[^']*'>\n<figure class="planmeter-fallback" lang="zh-CN">[\s\S]*<svg[\s\S]*<\/figure>\n<\/plan-meter>$/);
  assert.doesNotMatch(snippet, /<script(?! type="module" src=)|style=|onerror/);
  // A whole plan is not pre-rendered: the box says why.
  await page.selectOption('#chart', 'dashboard');
  await page.waitForFunction(() => document.getElementById('prerender').disabled && !document.getElementById('prerender-note').hidden);
  assert.doesNotMatch(await page.inputValue('#snippet'), /<figure/);
  mkdirSync(`${ROOT}target/snippet`, { recursive: true });
  writeFileSync(`${ROOT}target/snippet/prerendered.html`, `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body>\n${snippet}\n</body></html>`);
  // No script: the words and the chart are the page's own.
  const bare = await harness.page({ javaScriptEnabled: false });
  await bare.goto(`${harness.url}/target/snippet/prerendered.html`);
  const still = await bare.evaluate(() => ({
    caption: document.querySelector('plan-meter figcaption').textContent,
    chart: document.querySelector('plan-meter figure svg').getBoundingClientRect().height,
    bars: document.querySelectorAll('plan-meter figure svg rect').length,
  }));
  assert.match(still.caption, /规上工业增加值增速 — 按进度推进/);
  assert.ok(still.chart > 200 && still.bars >= 2, JSON.stringify(still));
  await bare.screenshot({ path: `${SCREENSHOTS}prerendered-no-script.png` });
  await bare.context().close();
  // With scripts: the live widget takes its place.
  const live = await harness.page();
  await live.goto(`${harness.url}/target/snippet/prerendered.html`);
  await settled(live, 'plan-meter');
  assert.equal(await live.evaluate(() => document.querySelector('plan-meter').dataset.status), 'on-track');
  assert.equal(await live.evaluate(() => document.querySelector('plan-meter').shadowRoot.querySelector('slot.fallback').hidden), true);
  assert.deepEqual(live.errors, []);
  await live.context().close();
  await page.context().close();
});

test('the English configurator speaks English only, and sample figures are marked 示例数据', async () => {
  const page = await harness.page({ width: 1200, height: 1000 });
  await page.goto(`${harness.url}/www/configurator.html?lang=en`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  await page.selectOption('#plan', 'taizhou-2018-2020');
  await page.selectOption('#target', 'taizhou-2018-2020.output-growth-vs-city-average');
  await page.click('#sample');
  await page.waitForFunction(() => document.getElementById('preview-widget').hasAttribute('data-status'));
  const config = JSON.parse(await page.getAttribute('#preview-widget', 'config'));
  assert.equal(config.illustrative, true);
  assert.ok(config.benchmark && Object.keys(config.benchmark).length > 0, 'a relative target gets its benchmark too');
  for (const value of Object.values(config.actuals)) assert.equal(typeof value, 'number');
  // The page's own words (not the catalog's names, not the switch back to 中文): no Chinese.
  const words = await page.evaluate(() =>
    [...document.querySelectorAll('[data-en], [data-en-label]')].filter((node) => node.id !== 'switch-lang' && !node.hidden && node.closest('[hidden]') === null).map((node) => node.textContent || node.getAttribute('aria-label')),
  );
  assert.ok(words.length > 20, words.join(' | '));
  assert.deepEqual(words.filter((text) => /[\u4e00-\u9fff]/.test(text)), []);
  await page.fill('#data', 'indicator,year,value\ntaizhou-2018-2020.output-growth-vs-city-average,2018,一百\n');
  await page.waitForFunction(() => !document.getElementById('data-error').hidden);
  assert.match(await page.locator('#data-error').textContent(), /^The figures have a problem: row 2: the value `一百` is not a number$/);
  // The widget in the preview is English too, its badge included.
  await page.click('#sample');
  await page.waitForFunction(() => document.getElementById('preview-widget').shadowRoot.querySelector('.demo-badge')?.textContent === 'Illustrative data');
  await page.click('#switch-lang');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
  assert.equal(await page.locator('#tab-catalog').textContent(), '从目录选择');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
