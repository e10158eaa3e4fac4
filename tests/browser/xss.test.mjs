// Hostile strings from every door — a custom plan's fields, a dashboard, a CSV data file,
// a javascript: URL, bidi overrides — come out as text: no element is created from them,
// nothing runs, and an override cannot reorder the words around it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, settled } from './harness.mjs';

const harness = useBrowser();
const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '</script><script>alert(2)</script>';
const SVG = '<svg onload=alert(3)>';
const BIDI = '\u202Eevil\u202C';

const plan = {
  id: 'x-city', region: { zh: `某市${IMG}`, en: 'X' }, title: `某市方案${SCRIPT}`, titleEn: 'Plan', docNumber: `${SVG}〔2021〕1号`,
  period: { start: 2021, end: 2023 }, issuer: `某市人民政府${BIDI}`, date: '2021-01-01',
  measures: [{ id: 'm1', number: '(一)', section: `二、措施${IMG}`, title: `稳增长${SVG}`, responsible: [`市经信局${SCRIPT}`] }],
  targets: [{
    id: 'x-city.growth', name: { zh: `增速${BIDI}${IMG}`, en: 'Growth' }, quote: `年均增长6%以上${SCRIPT}`, unit: '%',
    kind: 'annual-growth', comparison: 'at-least', value: 6, measure: 'm1', section: `一、目标${SVG}`,
    responsible: [`javascript:alert(4)`], note: `${IMG}${BIDI}`,
  }],
};

async function check(page, id) {
  const found = await page.evaluate((id) => {
    const root = document.getElementById(id).shadowRoot;
    const injected = root.querySelectorAll('img, script, svg, iframe, object, embed, [onerror], [onload]').length;
    const links = [...root.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')).filter((href) => /^\s*javascript:/i.test(href));
    return { injected, links, text: root.textContent };
  }, id);
  assert.equal(found.injected, 0, `${id}: elements made from data`);
  assert.deepEqual(found.links, [], `${id}: javascript: links`);
  return found.text;
}

test('a custom plan full of markup, scripts and bidi overrides shows it all as text', async () => {
  const page = await harness.page();
  const dialogs = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.goto(`${harness.url}/tests/browser/fixtures/blank.html`);
  await page.evaluate((plan) => {
    const add = (id, config) => {
      const element = document.createElement('plan-meter');
      element.id = id;
      element.setAttribute('config', JSON.stringify(config));
      document.getElementById('slot').append(element);
    };
    add('target', { indicator: 'x-city.growth', actuals: { 2021: 6.5 }, asOf: '2022-06-30', plans: [plan] });
    add('board', { plan: 'x-city', asOf: '2022-06-30', plans: [plan] });
    add('csv', { indicator: 'ezhou-2018-2020.value-added-growth', dataUrl: '/tests/browser/fixtures/hostile.csv' });
    add('js-url', { indicator: 'ezhou-2018-2020.value-added-growth', dataUrl: 'javascript:alert(5)' });
  }, plan);
  for (const id of ['target', 'board', 'csv', 'js-url']) await settled(page, `#${id}`);

  const target = await check(page, 'target');
  for (const text of [IMG, SCRIPT, SVG, BIDI, 'javascript:alert(4)']) assert.ok(target.includes(text), `the widget shows ${JSON.stringify(text)} as text`);
  // The source panel's texts are isolated for bidi: an override stays inside its field.
  const isolated = await page.evaluate(() => {
    const root = document.getElementById('target').shadowRoot;
    return [...root.querySelectorAll('.title, dd, .explanation')].every((element) => ['isolate', 'plaintext', 'isolate-override'].includes(getComputedStyle(element).unicodeBidi));
  });
  assert.ok(isolated, 'texts from the config are bidi-isolated');

  const board = await check(page, 'board');
  assert.ok(board.includes(`增速${BIDI}${IMG}`));
  const csv = await check(page, 'csv');
  assert.match(csv, /the value `<img src=x onerror=alert\(1\)>` is not a number/);
  const jsUrl = await check(page, 'js-url');
  assert.match(jsUrl, /dataUrl: javascript:alert\(5\) is not a web address \(http or https\)/);
  assert.deepEqual(dialogs, []);
  await page.screenshot({ path: new URL('../../target/screenshots/xss.png', import.meta.url).pathname, fullPage: true });
  await page.context().close();
});
