// The catalog in the browser: the catalog page lists every target with its snippet and
// filters, previews render, and every one of the catalog's targets mounts in a widget
// without an error.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, settled, frames, SCREENSHOTS } from './harness.mjs';

const harness = useBrowser();

test('every catalog target renders in a widget without error', async () => {
  const page = await harness.page({ width: 600, height: 900 });
  await page.goto(`${harness.url}/tests/browser/fixtures/blank.html`);
  const ids = await page.evaluate(async () => {
    const { catalog } = await import('/www/planmeter.js');
    const ids = (await catalog()).flatMap((plan) => plan.targets.map((target) => target.id));
    const slot = document.getElementById('slot');
    for (const id of ids) {
      const element = document.createElement('plan-meter');
      element.setAttribute('config', JSON.stringify({ indicator: id, actuals: {} }));
      element.dataset.id = id;
      slot.append(element);
    }
    return ids;
  });
  assert.ok(ids.length >= 120, `${ids.length} targets`);
  // Widgets render as they come near the viewport: scroll through them all.
  for (const id of ids) await settled(page, `plan-meter[data-id="${id}"]`);
  const failures = await page.evaluate(() =>
    [...document.querySelectorAll('plan-meter')].filter((el) => !el.dataset.status).map((el) => `${el.dataset.id}: ${el.shadowRoot.querySelector('[role=alert]').textContent}`),
  );
  assert.deepEqual(failures, []);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a page with 200 widgets renders only those near the viewport', async () => {
  const page = await harness.page({ width: 800, height: 800 });
  await page.goto(`${harness.url}/tests/browser/fixtures/blank.html`);
  await page.evaluate(() => {
    const slot = document.getElementById('slot');
    for (let index = 0; index < 200; index++) {
      const element = document.createElement('plan-meter');
      element.id = `w${index}`;
      element.setAttribute('config', JSON.stringify({ indicator: 'ezhou-2018-2020.value-added-growth', actuals: { 2018: 8 + index / 100 }, asOf: '2019-03-31' }));
      slot.append(element);
    }
  });
  await settled(page, '#w0');
  // Every widget on screen rendered, and the frames after: any widget the loader wrongly
  // rendered off screen would have started by then.
  await page.waitForFunction(() => [...document.querySelectorAll('plan-meter')]
    .filter((element) => element.getBoundingClientRect().top < innerHeight)
    .every((element) => element.hasAttribute('data-status')));
  await frames(page, 3);
  const rendered = await page.evaluate(() => document.querySelectorAll('plan-meter[data-status]').length);
  assert.ok(rendered >= 1 && rendered < 40, `${rendered} of 200 rendered at the top of the page`);
  await settled(page, '#w150');
  assert.equal(await page.evaluate(() => document.getElementById('w150').dataset.status), 'on-track');
  assert.equal(await page.evaluate(() => document.getElementById('w100').hasAttribute('data-status')), false, 'skipped widgets stay unrendered');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the catalog page lists, filters and previews', async () => {
  const page = await harness.page({ width: 1100, height: 1000 });
  await page.goto(`${harness.url}/www/catalog.html`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  const total = await page.locator('article.target').count();
  assert.ok(total >= 120, `${total} cards`);
  assert.match(await page.locator('#count').textContent(), new RegExp(`显示 ${total} / ${total}`));
  // Each card carries the verbatim quote and a copy-ready snippet.
  const card = page.locator('[id="ezhou-2018-2020.value-added-growth"]');
  assert.equal(await card.locator('blockquote').textContent(), '规模以上工业增加值年均增长8%以上');
  assert.equal(
    await card.locator('.snippet code').textContent(),
    `<plan-meter config='{"indicator":"ezhou-2018-2020.value-added-growth","actuals":{}}'></plan-meter>`,
  );
  // The first preview mounts when visible.
  await page.waitForFunction(() => document.querySelector('.preview plan-meter')?.dataset.status);
  await page.screenshot({ path: `${SCREENSHOTS}catalog.png` });
  await page.selectOption('#plan', 'taizhou-2018-2020');
  const taizhou = await page.locator('article.target:not([hidden])').count();
  assert.ok(taizhou > 10 && taizhou < total, `${taizhou}`);
  await page.selectOption('#plan', '');
  await page.fill('#search', '葛店开发区');
  assert.equal(await page.locator('article.target:not([hidden])').count(), 1);
  await page.fill('#search', '市经信委');
  assert.ok((await page.locator('article.target:not([hidden])').count()) > 5, 'search finds responsible units');
  await page.fill('#search', '');
  await page.selectOption('#kind', 'relative');
  const relative = await page.locator('article.target:not([hidden])').count();
  assert.ok(relative >= 5 && relative < total, `${relative}`);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
