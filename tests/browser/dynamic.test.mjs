// Widgets come and go: elements added later mount, config changes re-render, removal
// cleans up, loading the loader twice is harmless, and a panic stays in its widget.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, settled, frames, inkedPixels } from './harness.mjs';

const harness = useBrowser();

const CONFIG = { indicator: 'ezhou-2018-2020.value-added-growth', actuals: { 2018: 8.3, 2019: 7.9 }, asOf: '2020-03-31' };

async function blank() {
  const page = await harness.page();
  await page.goto(`${harness.url}/tests/browser/fixtures/blank.html`);
  await page.waitForFunction(() => customElements.get('plan-meter'));
  return page;
}

/** Appends a `<plan-meter>` with `config` (an object or raw text) to the page's slot. */
function addWidget(page, id, config, className = '') {
  return page.evaluate(
    ([id, config, className]) => {
      const element = document.createElement('plan-meter');
      if (id) element.id = id;
      if (className) element.className = className;
      element.setAttribute('config', typeof config === 'string' ? config : JSON.stringify(config));
      document.getElementById('slot').append(element);
    },
    [id, config, className],
  );
}

test('an element added later mounts, and a config change re-renders it', async () => {
  const page = await blank();
  await addWidget(page, 'late', CONFIG);
  await settled(page, '#late');
  assert.equal(await page.evaluate(() => document.getElementById('late').dataset.status), 'on-track');
  await page.evaluate((config) => {
    document.getElementById('late').setAttribute('config', JSON.stringify({ ...config, actuals: { 2018: 3 } }));
  }, CONFIG);
  await page.waitForFunction(() => document.getElementById('late').dataset.status === 'limited-progress');
  const { inked, total } = await inkedPixels(page, '#late');
  assert.ok(inked / total > 0.03);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a div added later with data-planmeter mounts and follows attribute changes', async () => {
  const page = await blank();
  await page.evaluate((config) => {
    const div = document.createElement('div');
    div.id = 'late-div';
    div.dataset.planmeter = JSON.stringify(config);
    document.getElementById('slot').append(div);
  }, CONFIG);
  await settled(page, '#late-div');
  assert.equal(await page.evaluate(() => document.getElementById('late-div').dataset.status), 'on-track');
  await page.evaluate((config) => {
    document.getElementById('late-div').dataset.planmeter = JSON.stringify({ ...config, lang: 'en' });
  }, CONFIG);
  await page.waitForFunction(() => document.getElementById('late-div').shadowRoot.querySelector('.title').textContent.startsWith('Growth'));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a config fixed after an error recovers', async () => {
  const page = await blank();
  await addWidget(page, 'fixme', '{"indicator": "nope"}');
  await settled(page, '#fixme');
  await page.evaluate((config) => document.getElementById('fixme').setAttribute('config', JSON.stringify(config)), CONFIG);
  await page.waitForFunction(() => document.getElementById('fixme').dataset.status === 'on-track');
  const alertHidden = await page.evaluate(() => document.getElementById('fixme').shadowRoot.querySelector('[role=alert]').hidden);
  assert.equal(alertHidden, true);
  await page.context().close();
});

test('removing elements releases their wasm widgets; re-adding renders again', async () => {
  const page = await blank();
  // Count live wasm widgets through the glue's own finalisation hook: free() is what
  // destroy calls, so wrap it.
  await page.evaluate(async () => {
    const glue = await import('/www/pkg/planmeter.js');
    window.__freed = 0;
    const free = glue.Widget.prototype.free;
    glue.Widget.prototype.free = function () {
      window.__freed++;
      return free.call(this);
    };
  });
  for (let index = 0; index < 5; index++) await addWidget(page, `many-${index}`, CONFIG, 'many');
  for (let index = 0; index < 5; index++) await settled(page, `#many-${index}`);
  await page.evaluate(() => document.querySelectorAll('.many').forEach((element) => element.remove()));
  await page.waitForFunction(() => window.__freed === 5);
  // Moving an element (remove + append in one task) keeps it rendered without a re-mount.
  await addWidget(page, 'moved', CONFIG);
  await settled(page, '#moved');
  await page.evaluate(() => document.body.append(document.getElementById('moved')));
  await frames(page);
  assert.equal(await page.evaluate(() => window.__freed), 5);
  assert.equal(await page.evaluate(() => document.getElementById('moved').dataset.status), 'on-track');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('loading the loader twice is harmless', async () => {
  const page = await blank();
  await page.evaluate(async () => {
    await import('/www/planmeter.js?again');
  });
  await addWidget(page, 'twice', CONFIG);
  await settled(page, '#twice');
  const shadows = await page.evaluate(() => document.getElementById('twice').shadowRoot.querySelectorAll('.pm').length);
  assert.equal(shadows, 1);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a panic inside one widget becomes its message; a fresh wasm instance serves the others', async () => {
  const page = await blank();
  await addWidget(page, 'victim', CONFIG);
  await addWidget(page, 'bystander', CONFIG);
  await settled(page, '#victim');
  await settled(page, '#bystander');
  // Test hook: make the next draw panic inside the wasm.
  await page.evaluate(async () => {
    const glue = await import('/www/pkg/planmeter.js');
    const draw = glue.Widget.prototype.draw;
    glue.Widget.prototype.draw = function () {
      glue.Widget.prototype.draw = draw;
      glue.__forcePanic();
    };
  });
  await page.evaluate((config) => document.getElementById('victim').setAttribute('config', JSON.stringify({ ...config, lang: 'en' })), CONFIG);
  await page.waitForFunction(() => !document.getElementById('victim').shadowRoot.querySelector('[role=alert]').hidden);
  const message = await page.evaluate(() => document.getElementById('victim').shadowRoot.querySelector('[role=alert]').textContent);
  assert.match(message, /内部错误 \(internal error\): panicked at src\/web\/mod\.rs:\d+:\d+:\s+forced panic \(test hook\)/);
  // The panicked instance is retired: a second one serves the others — the bystander
  // is rendered again on it, updates, and a widget added later renders too.
  await page.waitForFunction(async () => (await import('/www/planmeter.js').then((loader) => loader.stats())).instances === 2);
  await page.evaluate((config) => document.getElementById('bystander').setAttribute('config', JSON.stringify({ ...config, actuals: { 2018: 3 } })), CONFIG);
  await page.waitForFunction(() => document.getElementById('bystander').dataset.status === 'limited-progress');
  await addWidget(page, 'newcomer', CONFIG);
  await settled(page, '#newcomer');
  assert.equal(await page.evaluate(() => document.getElementById('newcomer').dataset.status), 'on-track');
  // The widget that panicked says so until its config changes, then renders again.
  assert.match(await page.evaluate(() => document.getElementById('victim').shadowRoot.querySelector('[role=alert]').textContent), /forced panic/);
  await page.evaluate((config) => document.getElementById('victim').setAttribute('config', JSON.stringify(config)), CONFIG);
  await page.waitForFunction(() => document.getElementById('victim').shadowRoot.querySelector('[role=alert]').hidden);
  assert.deepEqual(page.errors.filter((error) => !error.includes('forced panic')), []);
  await page.context().close();
});

test('a plan of one\'s own, passed inline, renders; a broken one names its path', async () => {
  const page = await blank();
  const plan = {
    id: 'my-city-2024-2026',
    region: { zh: '某市', en: 'A city' },
    title: '某市工业高质量发展三年行动方案(2024-2026年)',
    titleEn: 'Three-year plan',
    period: { start: 2024, end: 2026 },
    issuer: '某市人民政府',
    date: '2024-03-01',
    targets: [{
      id: 'my-city-2024-2026.value-added-growth',
      name: { zh: '规上工业增加值增速', en: 'Industrial value added growth' },
      quote: '规模以上工业增加值年均增长6%以上',
      unit: '%', kind: 'annual-growth', comparison: 'at-least', value: 6, section: '一、主要目标',
    }],
  };
  await page.evaluate((plan) => {
    const good = document.createElement('plan-meter');
    good.id = 'own';
    good.setAttribute('config', JSON.stringify({ indicator: plan.targets[0].id, actuals: { 2024: 6.4 }, asOf: '2025-03-01', plans: [plan] }));
    const bad = document.createElement('plan-meter');
    bad.id = 'own-bad';
    const broken = structuredClone(plan);
    broken.targets[0].value = 7;
    bad.setAttribute('config', JSON.stringify({ indicator: plan.targets[0].id, plans: [broken] }));
    document.getElementById('slot').append(good, bad);
  }, plan);
  await settled(page, '#own');
  await settled(page, '#own-bad');
  assert.equal(await page.evaluate(() => document.getElementById('own').dataset.status), 'on-track');
  assert.match(
    await page.evaluate(() => document.getElementById('own').shadowRoot.querySelector('.source').textContent),
    /来源：《某市工业高质量发展三年行动方案\(2024-2026年\)》“规模以上工业增加值年均增长6%以上”/,
  );
  const message = await page.evaluate(() => document.getElementById('own-bad').shadowRoot.querySelector('[role=alert]').textContent);
  assert.match(message, /plans\[0\]\.targets\[0\]\.quote: the quote does not state the number 7 the entry gives/);
  await page.context().close();
});

test('the JS API: mount, update, select events, destroy releases everything', async () => {
  const page = await blank();
  const result = await page.evaluate(async (config) => {
    const { mount } = await import('/www/planmeter.js');
    const glue = await import('/www/pkg/planmeter.js');
    let freed = 0;
    const free = glue.Widget.prototype.free;
    glue.Widget.prototype.free = function () {
      freed++;
      return free.call(this);
    };
    const host = document.createElement('section');
    host.id = 'app';
    document.getElementById('slot').append(host);
    const events = [];
    for (const type of ['planmeter:ready', 'planmeter:select']) host.addEventListener(type, (event) => events.push([type, event.detail.status ?? event.detail.year]));
    const waitFor = (check) => new Promise((done) => { const poll = () => (check() ? done() : setTimeout(poll, 20)); poll(); });
    const handle = mount(host, config);
    await waitFor(() => host.dataset.status === 'on-track');
    handle.update({ ...config, actuals: { 2018: 3 } });
    await waitFor(() => host.dataset.status === 'limited-progress');
    const plot = host.shadowRoot.querySelector('.plot');
    plot.focus();
    plot.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
    handle.destroy();
    let thrown = '';
    try {
      mount(document.createElement('plan-meter'), config);
    } catch (error) {
      thrown = error.message;
    }
    return { events, freed, empty: host.shadowRoot.childElementCount, status: host.hasAttribute('data-status'), thrown };
  }, CONFIG);
  assert.deepEqual(result.events.filter(([type]) => type === 'planmeter:ready').map(([, status]) => status), ['on-track', 'limited-progress']);
  assert.ok(result.events.some(([type, year]) => type === 'planmeter:select' && year === 2018), JSON.stringify(result.events));
  assert.equal(result.freed, 2, 'both wasm widgets freed');
  assert.equal(result.empty, 0);
  assert.equal(result.status, false);
  assert.match(result.thrown, /a <plan-meter> mounts itself/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
