// The configurator's 粘贴统计公报 tab end to end (issue 20): paste a bulletin for a plan,
// check each figure (keep, give to another target, leave out), see the plan's dashboard
// show the values kept, download the data file; another region's bulletin says so.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useBrowser, settled, SCREENSHOTS } from './harness.mjs';

const harness = useBrowser();
const ROOT = new URL('../../', import.meta.url).pathname;
const WRITTEN = readFileSync(`${ROOT}tests/fixtures/actuals/ezhou-2019-written.txt`, 'utf8');

async function bulletinTab(page, lang = '') {
  await page.goto(`${harness.url}/www/configurator.html${lang}#bulletin`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  assert.equal(await page.getAttribute('#tab-bulletin', 'aria-selected'), 'true');
}

const figure = (page, text) => page.locator('#bulletin-figures > li', { hasText: text });

test('a bulletin pasted for a plan: figures checked, the dashboard shows them, the data file downloads', async () => {
  const page = await harness.page({ width: 1280, height: 1000 });
  await bulletinTab(page);
  await page.selectOption('#bulletin-plan', 'ezhou-2018-2020');
  await page.fill('#bulletin-text', WRITTEN);
  await page.click('#bulletin-read');
  await page.waitForFunction(() => /读出 \d+ 个数字，其中 9 个对应规划目标/.test(document.getElementById('bulletin-status').textContent));
  // Each figure with its words and the target it is used as; the traps left out.
  assert.equal(await figure(page, '全年全市规模以上工业增加值比上年增长7.9%').locator('select').inputValue(), 'ezhou-2018-2020.value-added-growth');
  assert.equal(await figure(page, '全市规模以上工业增加值增长8.8%').locator('select').inputValue(), '');
  assert.match(await figure(page, '全市规模以上工业增加值增长8.8%').locator('.figure').textContent(), /8\.8%.*1—7月/);
  assert.equal(await figure(page, '武汉市规模以上').locator('select').inputValue(), '');
  // The editor leaves one out and gives a left-over figure to a target.
  await figure(page, '技改投资增长15.2%').locator('select').selectOption('');
  await figure(page, '全市工业增加值比上年增长7.5%').locator('select').selectOption('ezhou-2018-2020.ezhou-dz-growth');
  // The plan's dashboard in the preview shows the values kept.
  await settled(page, '#preview-widget');
  await page.waitForFunction(() => document.getElementById('preview-widget').dataset.status === 'dashboard');
  const tile = await page.evaluate(() => document.getElementById('preview-widget').shadowRoot.querySelector('button.tile[data-id="ezhou-2018-2020.value-added-growth"]')?.textContent);
  assert.match(tile, /7\.9%/);
  await page.screenshot({ path: `${SCREENSHOTS}configurator-bulletin.png`, fullPage: true });
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#bulletin-download')]);
  const data = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(data.source.name, '鄂州市2019年国民经济和社会发展统计公报');
  assert.deepEqual(Object.keys(data.values).sort(), [
    'ezhou-2018-2020.echeng-growth',
    'ezhou-2018-2020.ezhou-dz-growth',
    'ezhou-2018-2020.gedian-growth',
    'ezhou-2018-2020.high-tech-enterprises-2020',
    'ezhou-2018-2020.huarong-growth',
    'ezhou-2018-2020.industrial-investment-growth',
    'ezhou-2018-2020.new-above-size-enterprises-per-year',
    'ezhou-2018-2020.technical-upgrade-investment-share',
    'ezhou-2018-2020.value-added-growth',
  ]);
  assert.deepEqual(data.values['ezhou-2018-2020.value-added-growth'], { 2019: 7.9 });
  assert.deepEqual(data.values['ezhou-2018-2020.ezhou-dz-growth'], { 2019: 7.5 });
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('another region\'s bulletin, or a text with no figures, is said in the page\'s language', async () => {
  const page = await harness.page();
  await bulletinTab(page);
  await page.selectOption('#bulletin-plan', 'ezhou-2018-2020');
  await page.fill('#bulletin-text', '湖北省2019年国民经济和社会发展统计公报\n全年全省规模以上工业增加值比上年增长7.8%。\n');
  await page.click('#bulletin-read');
  await page.waitForFunction(() => /无法读取：the text reports on 湖北省/.test(document.getElementById('bulletin-status').textContent));
  assert.equal(await page.evaluate(() => document.getElementById('bulletin-review').hidden), true);
  await page.context().close();
  const english = await harness.page();
  await bulletinTab(english, '?lang=en');
  await english.fill('#bulletin-text', '今天天气很好。');
  await english.click('#bulletin-read');
  await english.waitForFunction(() => /^Could not read it: no figures found/.test(document.getElementById('bulletin-status').textContent));
  await english.context().close();
});

test('two pasted texts, the plan and its bulletin, make widgets with sourced values', async () => {
  const page = await harness.page({ width: 1280, height: 1000 });
  await page.goto(`${harness.url}/www/configurator.html#paste`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  await page.fill('#paste-text', readFileSync(`${ROOT}catalog/sources/ezhou-2018-2020.txt`, 'utf8'));
  await page.click('#paste-extract');
  await page.waitForFunction(() => /找到 \d+ 个目标草稿/.test(document.getElementById('paste-status').textContent));
  await page.click('#paste-accept-all');
  await page.click('#tab-bulletin');
  // The drafted plan is offered first.
  assert.equal(await page.inputValue('#bulletin-plan'), '#pasted');
  assert.match(await page.locator('#bulletin-plan option').first().textContent(), /^粘贴规划中的规划：/);
  await page.fill('#bulletin-text', WRITTEN);
  await page.click('#bulletin-read');
  await page.waitForFunction(() => /读出 \d+ 个数字，其中 [1-9]\d* 个对应规划目标/.test(document.getElementById('bulletin-status').textContent));
  // The value-added growth figure went to the drafted target of that clause.
  const growth = page.locator('#bulletin-figures > li', { hasText: '全年全市规模以上工业增加值比上年增长7.9%' }).locator('select');
  const chosen = await growth.inputValue();
  assert.notEqual(chosen, '');
  const plan = await page.evaluate(() => JSON.parse(document.getElementById('preview-widget').getAttribute('config')));
  assert.equal(plan.plans.length, 1, 'the drafted plan goes with the config');
  assert.deepEqual(plan.actuals[chosen], { 2019: 7.9 });
  await settled(page, '#preview-widget');
  await page.waitForFunction(() => document.getElementById('preview-widget').dataset.status === 'dashboard');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
