// What a citizen does with a widget: keyboard-only walkthrough with announcements,
// hover tooltips, the chart/table toggle, downloads, the source panel, 长者模式 — and
// axe-core finds no serious or critical accessibility violation on the demo.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { useBrowser, settled, SCREENSHOTS } from './harness.mjs';

const require = createRequire(import.meta.url);
const harness = useBrowser();

async function demo(options) {
  const page = await harness.page(options);
  await page.goto(`${harness.url}/www/index.html`);
  for (const id of ['#ezhou-growth', '#ezhou-growth-en', '#ezhou-growth-elder', '#level', '#relative']) await settled(page, id);
  return page;
}

const inWidget = (page, id, selector) => page.locator(`#${id}`).locator(selector);

test('keyboard only: Tab into the chart, arrow through the years, hear each one, Esc', async () => {
  const page = await demo();
  // Tab from the top of the page until the first widget's plot has focus.
  let focused = '';
  for (let presses = 0; presses < 40 && focused !== 'plot'; presses++) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() => {
      const host = document.activeElement;
      return host?.id === 'ezhou-growth' ? (host.shadowRoot.activeElement?.className ?? '') : '';
    });
  }
  assert.equal(focused, 'plot', 'Tab reaches the chart');
  const live = () => page.evaluate(() => document.getElementById('ezhou-growth').shadowRoot.querySelector('.live').textContent);
  const tooltipShown = () => page.evaluate(() => !document.getElementById('ezhou-growth').shadowRoot.querySelector('.tooltip').hidden);
  // Focus lands on the latest year with data.
  // A gap between two rates is in percentage points, and says which way it goes.
  assert.match(await live(), /^2019年，实际增速：7\.9%，目标：8%以上，按进度应达：8%，落后进度0\.1个百分点$/);
  assert.equal(await tooltipShown(), true);
  await page.keyboard.press('ArrowLeft');
  assert.match(await live(), /^2018年，实际增速：8\.3%.*领先进度0\.3个百分点$/);
  await page.keyboard.press('ArrowLeft');
  assert.match(await live(), /^2018年/, 'stops at the first year');
  await page.keyboard.press('End');
  assert.match(await live(), /^2020年，暂无数据，目标：8%以上/);
  await page.keyboard.press('Home');
  assert.match(await live(), /^2018年/);
  await page.keyboard.press('ArrowRight');
  assert.match(await live(), /^2019年/);
  await page.screenshot({ path: `${SCREENSHOTS}keyboard-tooltip.png`, clip: await page.locator('#ezhou-growth').boundingBox() });
  await page.keyboard.press('Escape');
  assert.equal(await tooltipShown(), false);
  assert.equal(await live(), '');
  await page.context().close();
});

test('hovering shows the nearest year without redrawing the chart', async () => {
  const page = await demo();
  await page.evaluate(async () => {
    const glue = await import('/www/pkg/planmeter.js');
    window.__draws = 0;
    const draw = glue.Widget.prototype.draw;
    glue.Widget.prototype.draw = function (canvas, ...rest) {
      if (canvas.getRootNode().host?.id === 'ezhou-growth') window.__draws++;
      return draw.call(this, canvas, ...rest);
    };
  });
  const plot = inWidget(page, 'ezhou-growth', '.plot');
  await plot.scrollIntoViewIfNeeded();
  const box = await plot.boundingBox();
  for (let step = 0; step <= 20; step++) await page.mouse.move(box.x + (box.width * step) / 20, box.y + box.height / 2);
  await page.mouse.move(box.x + box.width * 0.2, box.y + box.height / 2);
  const tooltip = await page.evaluate(() => document.getElementById('ezhou-growth').shadowRoot.querySelector('.tooltip').textContent);
  assert.match(tooltip, /^2018年/);
  assert.equal(await page.evaluate(() => window.__draws), 0, 'hover never redraws');
  await page.context().close();
});

test('the table shows the same data, with caption and header scopes, and is there for screen readers', async () => {
  const page = await demo();
  const table = await page.evaluate(() => {
    const root = document.getElementById('ezhou-growth').shadowRoot;
    const wrap = root.querySelector('.table-wrap');
    return {
      srOnly: wrap.classList.contains('sr-only'),
      caption: root.querySelector('caption').textContent,
      columns: [...root.querySelectorAll('thead th')].map((th) => [th.textContent, th.scope]),
      rows: [...root.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((cell) => cell.textContent)),
      rowHeader: root.querySelector('tbody th').scope,
    };
  });
  assert.equal(table.srOnly, true, 'visually hidden while the chart shows');
  assert.equal(table.caption, '规上工业增加值增速：各年数据');
  assert.deepEqual(table.columns.map(([text]) => text), ['年份', '实际增速（%）', '目标（%）', '按进度应达（%）', '按当前速度预测（%）']);
  assert.ok(table.columns.every(([, scope]) => scope === 'col'));
  assert.equal(table.rowHeader, 'row');
  assert.deepEqual(table.rows, [['2018', '8.3', '8', '8', '—'], ['2019', '7.9', '8', '8', '—'], ['2020', '—', '8', '8', '8.1']]);
  await inWidget(page, 'ezhou-growth', 'button.view-table').click();
  const shown = await page.evaluate(() => {
    const root = document.getElementById('ezhou-growth').shadowRoot;
    return { table: !root.querySelector('.table-wrap').classList.contains('sr-only'), plot: !root.querySelector('.plot').hidden, pressed: root.querySelector('button.view-table').getAttribute('aria-pressed') };
  });
  assert.deepEqual(shown, { table: true, plot: false, pressed: 'true' });
  await page.locator('#ezhou-growth').screenshot({ path: `${SCREENSHOTS}table-view.png` });
  await inWidget(page, 'ezhou-growth', 'button.view-chart').click();
  assert.equal(await page.evaluate(() => document.getElementById('ezhou-growth').shadowRoot.querySelector('.plot').hidden), false);
  await page.context().close();
});

test('downloads: the CSV holds the table with unit, flag and source; the PNG is the chart with its context', async () => {
  const page = await demo();
  const [csv] = await Promise.all([page.waitForEvent('download'), inWidget(page, 'ezhou-growth', 'button.download-csv').click()]);
  assert.equal(csv.suggestedFilename(), 'ezhou-2018-2020.value-added-growth.csv');
  const text = await (await csv.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
  assert.equal(
    text,
    '\ufeff年份,实际增速（%）,目标（%）,按进度应达（%）,按当前速度预测（%）,单位,标注,数据来源\r\n' +
      '2018,8.3,8,8,,%,示例数据,示例数据，非官方统计\r\n2019,7.9,8,8,,%,示例数据,示例数据，非官方统计\r\n2020,,8,8,8.1,%,,\r\n',
  );
  const [png] = await Promise.all([page.waitForEvent('download'), inWidget(page, 'ezhou-growth', 'button.download-png').click()]);
  assert.equal(png.suggestedFilename(), 'ezhou-2018-2020.value-added-growth.png');
  const bytes = await (await png.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks));
  assert.deepEqual([...bytes.subarray(1, 4)], [...Buffer.from('PNG')]);
  // Wider than nothing, taller than the plot on screen: the title, status, clause and
  // sources are drawn around it (PNG's IHDR: width and height at bytes 16 and 20).
  const canvas = await page.evaluate(() => {
    const canvas = document.getElementById('ezhou-growth').shadowRoot.querySelector('canvas');
    return { width: canvas.width, height: canvas.height };
  });
  assert.equal(bytes.readUInt32BE(16), canvas.width);
  assert.ok(bytes.readUInt32BE(20) > canvas.height + 100, `${bytes.readUInt32BE(20)} px tall, the plot ${canvas.height}`);
  await page.context().close();
});

test('the 来源与方法 panel names the document, the measure and who is responsible', async () => {
  const page = await demo();
  await inWidget(page, 'level', 'details.source summary').click();
  const panel = await page.evaluate(() => document.getElementById('level').shadowRoot.querySelector('details.source').innerText);
  assert.match(panel, /来源：《鄂州市工业经济稳增长快转型高质量发展工作方案\(2018-2020年\)》“全市高新技术企业达到150家”/);
  assert.match(panel, /文号\s+鄂州政发〔2018〕19号/);
  assert.match(panel, /责任单位\s+市科技局/);
  assert.match(panel, /计算方法/);
  await page.context().close();
});

test('长者模式 from the page: one class on <html> enlarges every widget', async () => {
  const page = await demo({ width: 800 });
  const sizes = () =>
    page.evaluate(() => {
      const root = document.getElementById('ezhou-growth').shadowRoot;
      const px = (selector) => parseFloat(getComputedStyle(root.querySelector(selector)).fontSize);
      const button = root.querySelector('button.view-table').getBoundingClientRect();
      return { body: px('.pm'), figure: px('.figure .value'), button: Math.min(button.width, button.height) };
    });
  const before = await sizes();
  assert.ok(before.body < 18 && before.figure < 30, JSON.stringify(before));
  await page.evaluate(() => document.documentElement.classList.add('elder'));
  await page.waitForFunction(() => document.getElementById('ezhou-growth').shadowRoot.querySelector('.pm').classList.contains('elder'));
  const after = await sizes();
  assert.ok(after.body >= 18, `body text ${after.body}px`);
  assert.ok(after.figure >= 30, `key figure ${after.figure}px`);
  assert.ok(after.button >= 60, `touch target ${after.button}px`);
  // Every text a reader sees is 18 px or more, the progress bar's ends and the links too.
  const small = await page.evaluate(() =>
    ['ezhou-growth', 'level'].flatMap((id) => {
      const root = document.getElementById(id).shadowRoot;
      root.querySelector('details.source').open = true;
      const found = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const element = walker.currentNode.parentElement;
        if (!walker.currentNode.textContent.trim() || !element.checkVisibility()) continue;
        const size = parseFloat(getComputedStyle(element).fontSize);
        if (size < 18) found.push(`${id} .${element.className || element.localName}: ${size}px «${walker.currentNode.textContent.slice(0, 16)}»`);
      }
      return found;
    }),
  );
  assert.deepEqual(small, []);
  await page.locator('#ezhou-growth').screenshot({ path: `${SCREENSHOTS}elder-page-switch.png` });
  await page.context().close();
});

test('chart: "table" shows the accessible table alone', async () => {
  const page = await harness.page();
  await page.goto(`${harness.url}/tests/browser/fixtures/blank.html`);
  await page.evaluate(() => {
    const element = document.createElement('plan-meter');
    element.id = 'only-table';
    element.setAttribute('config', JSON.stringify({ indicator: 'ezhou-2018-2020.value-added-growth', actuals: { 2018: 8.3 }, chart: 'table' }));
    document.getElementById('slot').append(element);
  });
  await settled(page, '#only-table');
  const state = await page.evaluate(() => {
    const root = document.getElementById('only-table').shadowRoot;
    return { plot: root.querySelector('.plot').hidden, table: !root.querySelector('.table-wrap').classList.contains('sr-only'), toggle: root.querySelector('button.view-chart').hidden };
  });
  assert.deepEqual(state, { plot: true, table: true, toggle: true });
  await page.context().close();
});

test('axe-core: no serious or critical violations on the demo, light and dark', async () => {
  for (const scheme of ['light', 'dark']) {
    const page = await demo();
    await page.emulateMedia({ colorScheme: scheme });
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help, target: v.nodes[0]?.target }));
    });
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(serious, [], JSON.stringify(serious, null, 1));
    await page.context().close();
  }
});

test('status words and all widget text keep 4.5:1 contrast in light and dark', async () => {
  const page = await harness.page();
  await page.goto(`${harness.url}/tests/browser/fixtures/blank.html`);
  const statuses = { 'on-track': { 2018: 8.3 }, 'needs-acceleration': { 2018: 7 }, 'limited-progress': { 2018: 4 }, 'deterioration': { 2018: -2 }, 'no-data': {} };
  const ratios = await page.evaluate(async (statuses) => {
    const slot = document.getElementById('slot');
    const made = [];
    for (const theme of ['light', 'dark']) {
      for (const [status, actuals] of Object.entries(statuses)) {
        const element = document.createElement('plan-meter');
        element.setAttribute('config', JSON.stringify({ indicator: 'ezhou-2018-2020.value-added-growth', actuals, asOf: '2019-03-31', theme }));
        slot.append(element);
        made.push([theme, status, element]);
      }
    }
    await new Promise((done) => {
      const check = () => (made.every(([, , element]) => element.dataset.status) ? done() : setTimeout(check, 20));
      check();
    });
    const rgb = (text) => text.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number);
    const luminance = ([r, g, b]) => {
      const c = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * c(r) + 0.7152 * c(g) + 0.0722 * c(b);
    };
    const contrast = (a, b) => {
      const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
      return (x + 0.05) / (y + 0.05);
    };
    return made.map(([theme, status, element]) => {
      const root = element.shadowRoot;
      const background = rgb(getComputedStyle(root.querySelector('.pm')).backgroundColor);
      const ratio = (selector) => contrast(rgb(getComputedStyle(root.querySelector(selector)).color), background);
      return { theme, status, got: element.dataset.status, badge: ratio('.badge'), text: ratio('.status'), source: ratio('.source'), figure: ratio('.figure .label') };
    });
  }, statuses);
  for (const row of ratios) {
    assert.equal(row.got, row.status);
    for (const key of ['badge', 'text', 'source', 'figure']) {
      assert.ok(row[key] >= 4.5, `${row.theme} ${row.status} ${key}: ${row[key].toFixed(2)}:1`);
    }
  }
  await page.context().close();
});
