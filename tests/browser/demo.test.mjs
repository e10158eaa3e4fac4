// The demo page in a real Chromium: widgets render, draw, label themselves, and a broken
// config shows its own message without touching the widgets beside it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, settled, inkedPixels, SCREENSHOTS } from './harness.mjs';

const harness = useBrowser();

/** Loads the demo at `options` and waits for all four widgets. */
async function demo(options) {
  const page = await harness.page(options);
  await page.addInitScript(() => {
    window.__events = [];
    for (const type of ['planmeter:ready', 'planmeter:error']) {
      document.addEventListener(type, (event) => window.__events.push({ type, id: event.target.id, detail: event.detail }));
    }
  });
  await page.goto(`${harness.url}/www/index.html`);
  for (const id of ['#ezhou-growth', '#ezhou-growth-en', '#ezhou-growth-elder', '#broken', '#level', '#per-year', '#cumulative', '#change', '#relative', '#baseline']) {
    await settled(page, id);
  }
  return page;
}

function shadowText(page, selector, inner) {
  return page.evaluate(([selector, inner]) => document.querySelector(selector).shadowRoot.querySelector(inner)?.textContent, [selector, inner]);
}

test('each widget renders, with its status on the host and in a ready event', async () => {
  const page = await demo();
  const statuses = await page.evaluate(() =>
    Object.fromEntries(['ezhou-growth', 'ezhou-growth-en', 'ezhou-growth-elder'].map((id) => [id, document.getElementById(id).dataset.status])),
  );
  assert.deepEqual(statuses, { 'ezhou-growth': 'on-track', 'ezhou-growth-en': 'not-achieved', 'ezhou-growth-elder': 'needs-acceleration' });
  const events = await page.evaluate(() => window.__events);
  const ready = events
    .filter((event) => event.type === 'planmeter:ready' && event.id.startsWith('ezhou-growth'))
    .map((event) => [event.id, event.detail.status]);
  assert.deepEqual(ready.sort(), [['ezhou-growth', 'on-track'], ['ezhou-growth-elder', 'needs-acceleration'], ['ezhou-growth-en', 'not-achieved']]);
  const kinds = await page.evaluate(() =>
    Object.fromEntries(['level', 'per-year', 'cumulative', 'change', 'relative', 'baseline'].map((id) => [id, document.getElementById(id).dataset.status])),
  );
  assert.deepEqual(kinds, {
    level: 'on-track',
    'per-year': 'needs-acceleration',
    cumulative: 'on-track',
    change: 'needs-acceleration',
    relative: 'on-track',
    baseline: 'needs-acceleration',
  });
  await page.screenshot({ path: `${SCREENSHOTS}demo-900.png`, fullPage: true });
  await page.context().close();
});

test('the chart is drawn on the canvas, not left blank', async () => {
  const page = await demo();
  for (const id of ['#ezhou-growth', '#ezhou-growth-en', '#ezhou-growth-elder', '#level', '#per-year', '#cumulative', '#change', '#relative', '#baseline']) {
    const { inked, total } = await inkedPixels(page, id);
    assert.ok(inked / total > 0.04, `${id}: only ${inked} of ${total} pixels drawn`);
  }
  await page.context().close();
});

test('the canvas names target, latest value and status; the words are real text', async () => {
  const page = await demo();
  const label = await page.evaluate(() => document.querySelector('#ezhou-growth').shadowRoot.querySelector('canvas[role=img]').getAttribute('aria-label'));
  assert.match(label, /目标：2018—2020年年均增长8%以上/);
  assert.match(label, /最新：2019年7\.9%/);
  assert.match(label, /状态：按进度推进/);
  assert.equal(await shadowText(page, '#ezhou-growth', '.title'), '规上工业增加值增速');
  assert.match(await shadowText(page, '#ezhou-growth', '.headline'), /按进度推进.*7\.9%.*2019年/);
  assert.match(await shadowText(page, '#ezhou-growth', '.status'), /2018—2019年平均8\.1%.*按进度推进/);
  assert.match(await shadowText(page, '#ezhou-growth', '.source'), /“规模以上工业增加值年均增长8%以上”/);
  const english = await page.evaluate(() => document.querySelector('#ezhou-growth-en').shadowRoot.querySelector('canvas').getAttribute('aria-label'));
  assert.match(english, /Target: average annual growth of at least 8% over 2018–2020\. Latest: 6\.1% in 2020\. Status: Not achieved\./);
  await page.context().close();
});

test('a broken config shows its own alert and the others are unaffected', async () => {
  const page = await demo();
  const alert = await shadowText(page, '#broken', '[role=alert]');
  assert.match(alert, /actual: unknown field `actual` — did you mean `actuals`\?/);
  assert.equal(await page.evaluate(() => document.querySelector('#broken').hasAttribute('data-status')), false);
  const events = await page.evaluate(() => window.__events.filter((event) => event.type === 'planmeter:error'));
  assert.equal(events.length, 1);
  assert.equal(events[0].id, 'broken');
  assert.match(events[0].detail.message, /did you mean `actuals`/);
  // The only console error is the broken widget's own report; nothing uncaught.
  assert.equal(page.errors.length, 1, page.errors.join('\n'));
  assert.match(page.errors[0], /^planmeter: 配置有误 .*actual/);
  await page.context().close();
});

test('crisp: the backing store is CSS size × devicePixelRatio, at dpr 1, 2 and 3', async () => {
  for (const deviceScaleFactor of [1, 2, 3]) {
    const page = await demo({ width: 700, deviceScaleFactor });
    const size = await page.evaluate(() => {
      const canvas = document.querySelector('#ezhou-growth').shadowRoot.querySelector('canvas');
      const box = canvas.getBoundingClientRect();
      return { cssWidth: box.width, cssHeight: box.height, width: canvas.width, height: canvas.height };
    });
    assert.equal(size.width, Math.round(size.cssWidth * deviceScaleFactor), JSON.stringify(size));
    assert.equal(size.height, Math.round(size.cssHeight * deviceScaleFactor), JSON.stringify(size));
    if (deviceScaleFactor === 2) {
      await page.locator('#ezhou-growth').screenshot({ path: `${SCREENSHOTS}ezhou-growth-dpr2.png` });
    }
    await page.context().close();
  }
});

test('resizing the container redraws at the new width', async () => {
  const page = await demo({ width: 900 });
  const before = await page.evaluate(() => document.querySelector('#ezhou-growth').shadowRoot.querySelector('canvas').width);
  await page.setViewportSize({ width: 360, height: 800 });
  await page.waitForFunction((before) => document.querySelector('#ezhou-growth').shadowRoot.querySelector('canvas').width !== before, before);
  const after = await page.evaluate(() => {
    const canvas = document.querySelector('#ezhou-growth').shadowRoot.querySelector('canvas');
    return { width: canvas.width, css: canvas.getBoundingClientRect().width };
  });
  assert.ok(after.width < before, `${after.width} < ${before}`);
  assert.equal(after.width, Math.round(after.css));
  const horizontalScroll = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  assert.equal(horizontalScroll, false, 'no horizontal scroll at 360 px');
  await page.screenshot({ path: `${SCREENSHOTS}demo-360.png`, fullPage: true });
  assert.deepEqual(page.errors.filter((error) => !error.includes('actual')), []);
  await page.context().close();
});

test('every widget links to the method page, which exists and explains the statuses', async () => {
  const page = await demo();
  const link = await page.evaluate(() => {
    const anchor = document.querySelector('#ezhou-growth').shadowRoot.querySelector('a.method');
    return { href: anchor.href, text: anchor.textContent };
  });
  assert.equal(link.text, '计算方法');
  const english = await page.evaluate(() => document.querySelector('#ezhou-growth-en').shadowRoot.querySelector('a.method').textContent);
  assert.equal(english, 'How this is judged');
  const method = await harness.page();
  const response = await method.goto(link.href);
  assert.equal(response.status(), 200);
  const text = await method.locator('main').textContent();
  assert.match(text, /进度比 R/);
  assert.match(text, /Statistics Canada/);
  assert.ok((await method.locator('table tr').count()) > 50, 'the worked examples are on the page');
  await method.context().close();
  await page.context().close();
});

test('the dark switch darkens every widget on the page, the <div data-planmeter> ones too', async () => {
  const page = await demo();
  await page.click('#switch-theme');
  await page.waitForFunction(() =>
    ['#ezhou-growth', '#ezhou-growth-en', '#level'].every((id) => document.querySelector(id).shadowRoot.querySelector('.pm').classList.contains('dark')));
  // The English widget keeps its language.
  assert.equal(await page.evaluate(() => JSON.parse(document.getElementById('ezhou-growth-en').dataset.planmeter).lang), 'en');
  await page.context().close();
});
