// The catalog ships one file per plan beside the wasm: a page downloads the plans its
// widgets show, alongside the wasm, and no other; a plan file that fails (missing, or not
// the file the loader was built with) is the widget's own error with a retry; a typo in
// an id still gets its did-you-mean without any plan downloaded.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, settled } from './harness.mjs';

const harness = useBrowser();

const EZHOU = { indicator: 'ezhou-2018-2020.value-added-growth', actuals: { 2018: 8.3, 2019: 7.9 }, asOf: '2020-03-31' };

/** A blank page with `configs` as <plan-meter> elements (ids w0, w1, …), recording requests. */
async function open(configs, { route, slowWasm = 0 } = {}) {
  const page = await harness.page();
  if (slowWasm) await page.route('**/planmeter_bg.wasm', async (route) => setTimeout(() => route.continue(), slowWasm));
  const requests = [];
  page.on('request', (request) => requests.push({ url: new URL(request.url()).pathname, at: Date.now() }));
  if (route) await page.route('**/pkg/plans/*.json', route);
  await page.goto(`${harness.url}/tests/browser/fixtures/blank.html`);
  await page.evaluate((configs) => {
    configs.forEach((config, index) => {
      const element = document.createElement('plan-meter');
      element.id = `w${index}`;
      element.setAttribute('config', JSON.stringify(config));
      document.getElementById('slot').append(element);
    });
  }, configs);
  return { page, requests, plans: () => requests.filter((request) => /\/pkg\/plans\/.*\.json$/.test(request.url)).map((request) => request.url.split('/').pop()) };
}

test('a widget downloads its own plan, alongside the wasm, and no other', async () => {
  // The wasm answers 600 ms late, as on a slow network.
  const { page, requests, plans } = await open([EZHOU, { ...EZHOU, actuals: { 2018: 9 } }], { slowWasm: 600 });
  await settled(page, '#w0');
  await settled(page, '#w1');
  assert.equal(await page.evaluate(() => document.getElementById('w0').dataset.status), 'on-track');
  const fetched = plans();
  assert.equal(fetched.length, 1, `one request for two widgets of one plan: ${fetched}`);
  assert.match(fetched[0], /^ezhou-2018-2020\.[0-9a-f]{10}\.json$/);
  // The plan was asked for while the wasm was still on its way, not after it came.
  const wasm = requests.find((request) => request.url.endsWith('planmeter_bg.wasm'));
  const plan = requests.find((request) => request.url.endsWith(`/pkg/plans/${fetched[0]}`));
  assert.ok(plan.at - wasm.at < 300, `the plan was requested ${plan.at - wasm.at} ms after the wasm`);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a dashboard downloads its plan; an inline plan and a typo download none', async () => {
  const { page, plans } = await open([
    { plan: 'xinyi-2015-2017', asOf: '2016-03-31' },
    { indicator: 'ezhuo-2018-2020.value-added-growth' },
    {
      indicator: 'mine-2024.output',
      plans: [{ id: 'mine-2024', region: { zh: '某县', en: 'A county' }, title: '某县方案', titleEn: 'Plan', period: { start: 2024, end: 2025 }, issuer: '某县人民政府', date: '2024-01-01',
        targets: [{ id: 'mine-2024.output', name: { zh: '产值', en: 'Output' }, quote: '产值达到10亿元', unit: '亿元', kind: 'level', comparison: 'at-least', value: 10, section: '一、目标' }] }],
      actuals: { 2024: 6 },
      asOf: '2025-03-31',
    },
  ]);
  for (const id of ['#w0', '#w1', '#w2']) await settled(page, id);
  assert.equal(await page.evaluate(() => document.getElementById('w0').dataset.status), 'dashboard');
  const typo = await page.evaluate(() => document.getElementById('w1').shadowRoot.querySelector('[role=alert] details').textContent);
  assert.match(typo, /unknown indicator `ezhuo-2018-2020\.value-added-growth`; did you mean `ezhou-2018-2020\.value-added-growth`\?/);
  assert.ok(await page.evaluate(() => document.getElementById('w2').hasAttribute('data-status')), 'the inline plan renders');
  assert.deepEqual(plans().map((file) => file.split('.')[0]), ['xinyi-2015-2017']);
  await page.context().close();
});

test('a plan file that fails is the widget\'s own error, with a retry that recovers', async () => {
  let tampered = true;
  const route = async (route) => {
    if (!tampered) return route.continue();
    const response = await route.fetch();
    // One character changed: not the file the loader was built with.
    await route.fulfill({ response, body: (await response.text()).replace('鄂州', '鄂洲') });
  };
  const { page } = await open([EZHOU, { plan: 'xinyi-2015-2017', asOf: '2016-03-31' }], { route });
  await settled(page, '#w0');
  await settled(page, '#w1');
  const shown = await page.evaluate(() => {
    const root = document.getElementById('w0').shadowRoot;
    return { message: root.querySelector('[role=alert] details').textContent, retry: !root.querySelector('.retry')?.hidden };
  });
  assert.match(shown.message, /数据加载失败 .*the catalog plan ezhou-2018-2020 could not be loaded from pkg\/plans\/ezhou-2018-2020\.[0-9a-f]{10}\.json/);
  assert.ok(shown.retry, 'a retry button');
  assert.equal(await page.evaluate(() => document.getElementById('w1').dataset.status), 'dashboard', 'the other plan is unaffected');
  tampered = false;
  await page.evaluate(() => document.getElementById('w0').shadowRoot.querySelector('.retry').click());
  await page.waitForFunction(() => document.getElementById('w0').dataset.status === 'on-track');
  await page.context().close();
});
