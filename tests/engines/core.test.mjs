// What a citizen does with a widget, in every engine besides Chromium (issue 18): run
// once per engine (ENGINE=firefox, ENGINE=webkit under xvfb-run; `make test-engines`,
// which `make test` runs).
// The full suite (tests/browser/) runs in Chromium; this is its core: a widget renders
// and draws, the keyboard walks its years, the table view, a bad config, a strict CSP,
// a dashboard, the iframe embed.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ENGINE, useEngine, settled, inkedPixels, frames } from './harness.mjs';

const session = useEngine();
const POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const CONFIG_ERROR = /planmeter: .*actual: unknown field `actual` — did you mean `actuals`\?/;

describe(ENGINE, () => {
  test('a widget renders: its status set, its chart drawn', async () => {
    await session.open('/www/index.html');
    await settled(session, '#ezhou-growth');
    assert.equal(await session.evaluate(() => document.getElementById('ezhou-growth').dataset.status), 'on-track');
    const { inked, total, width, height } = await inkedPixels(session, '#ezhou-growth');
    assert.ok(width > 300 && height > 150, `canvas ${width}×${height}`);
    assert.ok(inked / total > 0.04, `${inked} of ${total} pixels drawn`);
    const label = await session.evaluate(() => document.getElementById('ezhou-growth').shadowRoot.querySelector('canvas').getAttribute('aria-label'));
    assert.match(label, /2019年7\.9%/);
    // The demo's one broken widget (further down) is the only error the page reports.
    assert.deepEqual((await session.errors()).filter((error) => !CONFIG_ERROR.test(error)), []);
    await session.screenshot('widget', () => document.getElementById('ezhou-growth'));
  });

  test('keyboard: focus on the chart, arrows move the tooltip year by year, each announced', async () => {
    await session.open('/www/index.html');
    await settled(session, '#ezhou-growth');
    const state = () =>
      session.evaluate(() => {
        const root = document.getElementById('ezhou-growth').shadowRoot;
        const tooltip = root.querySelector('.tooltip');
        return { focused: root.activeElement?.className ?? '', live: root.querySelector('.live').textContent, shown: !tooltip.hidden, tip: tooltip.textContent, at: tooltip.style.transform };
      });
    await session.evaluate(() => document.getElementById('ezhou-growth').shadowRoot.querySelector('.plot').focus());
    let now = await state();
    assert.equal(now.focused, 'plot');
    // Focus lands on the latest year with data.
    assert.match(now.live, /^2019年，实际增速：7\.9%/);
    assert.equal(now.shown, true);
    const at2019 = now.at;
    await session.press('ArrowLeft');
    now = await state();
    assert.match(now.live, /^2018年，实际增速：8\.3%.*领先进度0\.3个百分点$/);
    assert.match(now.tip, /^2018年/);
    assert.notEqual(now.at, at2019, 'the tooltip moved');
    await session.press('ArrowRight');
    await session.press('ArrowRight');
    now = await state();
    assert.match(now.live, /^2020年，暂无数据/);
    await session.press('ArrowLeft');
    now = await state();
    assert.match(now.live, /^2019年/);
    await session.screenshot('keyboard-tooltip', () => document.getElementById('ezhou-growth'));
    await session.press('Escape');
    now = await state();
    assert.deepEqual([now.shown, now.live], [false, '']);
  });

  test('the table view: the toolbar button shows the table with the values', async () => {
    await session.open('/www/index.html');
    await settled(session, '#ezhou-growth');
    await session.click(() => document.getElementById('ezhou-growth').shadowRoot.querySelector('button.view-table'));
    const shown = await session.evaluate(() => {
      const root = document.getElementById('ezhou-growth').shadowRoot;
      const wrap = root.querySelector('.table-wrap');
      return {
        table: !wrap.classList.contains('sr-only') && wrap.getBoundingClientRect().height > 50,
        plot: !root.querySelector('.plot').hidden,
        pressed: root.querySelector('button.view-table').getAttribute('aria-pressed'),
        caption: root.querySelector('caption').textContent,
        rows: [...root.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((cell) => cell.textContent)),
      };
    });
    assert.deepEqual(
      { ...shown, rows: undefined },
      { table: true, plot: false, pressed: 'true', caption: '规上工业增加值增速：各年数据', rows: undefined },
    );
    assert.deepEqual(shown.rows, [['2018', '8.3', '8', '8', '—'], ['2019', '7.9', '8', '8', '—'], ['2020', '—', '8', '8', '8.1']]);
    await session.screenshot('table', () => document.getElementById('ezhou-growth'));
    // And back to the chart, drawn again.
    await session.click(() => document.getElementById('ezhou-growth').shadowRoot.querySelector('button.view-chart'));
    await frames(session);
    assert.equal(await session.evaluate(() => document.getElementById('ezhou-growth').shadowRoot.querySelector('.plot').hidden), false);
    const { inked, total } = await inkedPixels(session, '#ezhou-growth');
    assert.ok(inked / total > 0.04, `${inked} of ${total} pixels drawn`);
  });

  test('a bad config: the page’s fallback stays, one short line, the message folded', async () => {
    await session.open('/tests/browser/fixtures/blank.html');
    await session.evaluate(() => {
      const element = document.createElement('plan-meter');
      element.id = 'typo';
      element.setAttribute('config', JSON.stringify({ indicator: 'ezhou-2018-2020.value-added-growth', actual: { 2018: 8.3 } }));
      const fallback = document.createElement('p');
      fallback.textContent = '鄂州市规模以上工业增加值年均增长8%以上（页面自带的文字）。';
      element.append(fallback);
      document.getElementById('slot').append(element);
    });
    await settled(session, '#typo');
    const seen = await session.evaluate(() => {
      const host = document.getElementById('typo');
      const root = host.shadowRoot;
      return {
        status: host.hasAttribute('data-status'),
        fallback: host.querySelector('p').getBoundingClientRect().height > 0,
        line: root.querySelector('[role=alert] .error-line').textContent,
        folded: !root.querySelector('[role=alert] details').open,
        details: root.querySelector('[role=alert] .tech-message').textContent,
        visibleText: root.querySelector('.pm').innerText,
      };
    });
    assert.equal(seen.status, false);
    assert.equal(seen.fallback, true, 'the fallback shows');
    assert.equal(seen.line, '图表暂时无法显示');
    assert.equal(seen.folded, true);
    assert.match(seen.details, /actual: unknown field `actual` — did you mean `actuals`\?/);
    assert.match(seen.visibleText, /^图表暂时无法显示\s+技术信息\s*$/);
    assert.doesNotMatch(seen.visibleText, /unknown field/, 'no developer words unless the reader opens 技术信息');
    // The whole message reaches the console, once.
    assert.deepEqual((await session.errors()).map((error) => CONFIG_ERROR.test(error)), [true]);
    await session.screenshot('error', () => document.getElementById('typo'));
  });

  test('under a strict Content-Security-Policy the widgets render with no violation', async () => {
    const strict = await session.serve({ headers: { 'content-security-policy': POLICY } });
    await session.open(`${strict}/www/index.html`);
    await settled(session, '#ezhou-growth');
    await settled(session, '#ezhou-growth-en');
    await frames(session, 3);
    assert.equal(await session.evaluate(() => document.getElementById('ezhou-growth-en').dataset.status), 'not-achieved');
    const { inked, total } = await inkedPixels(session, '#ezhou-growth');
    assert.ok(inked / total > 0.04, `${inked} of ${total} pixels drawn`);
    // The policy is in force: an inline style attribute is refused.
    const enforced = await session.evaluate(() => {
      const probe = document.createElement('div');
      probe.setAttribute('style', 'width: 123px');
      document.body.append(probe);
      const width = probe.getBoundingClientRect().width;
      probe.remove();
      return width !== 123;
    });
    assert.equal(enforced, true, 'the server sent the policy');
    await session.waitFor(() => window.__engineConsole.violations.length > 0);
    const violations = await session.violations();
    assert.deepEqual(violations.filter((violation) => !/^style-src(-attr)? blocked inline/.test(violation)), []);
    assert.equal(violations.length, 1, `only the probe's: ${violations.join('; ')}`);
    assert.deepEqual((await session.errors()).filter((error) => !CONFIG_ERROR.test(error) && !error.startsWith('CSP: style-src')), []);
  });

  test('a dashboard renders its tiles, and a tile opens its chart', async () => {
    await session.open('/www/index.html');
    const id = 'dashboard-ezhou-2018-2020';
    await settled(session, `#${id}`);
    const board = await session.evaluate((id) => {
      const root = document.getElementById(id).shadowRoot;
      return {
        status: document.getElementById(id).dataset.status,
        shown: !root.querySelector('.dashboard').hidden,
        tiles: root.querySelectorAll('button.tile').length,
        counted: [...root.querySelectorAll('.counts strong')].reduce((sum, strong) => sum + Number(strong.textContent), 0),
        title: root.querySelector('.plan-title').textContent,
      };
    }, id);
    assert.equal(board.status, 'dashboard');
    assert.equal(board.shown, true);
    assert.ok(board.tiles >= 40, `${board.tiles} tiles`);
    assert.equal(board.counted, board.tiles);
    assert.match(board.title, /鄂州/);
    await session.screenshot('dashboard', () => document.getElementById('dashboard-ezhou-2018-2020'));
    await session.click((id) => document.getElementById(id).shadowRoot.querySelector('button.tile[data-id="ezhou-2018-2020.value-added-growth"]'), id);
    await session.waitFor((id) => document.getElementById(id).dataset.status !== 'dashboard', id);
    assert.equal(await session.evaluate(() => location.hash), '#planmeter=ezhou-2018-2020.value-added-growth');
    await frames(session);
    const { inked, total } = await inkedPixels(session, `#${id}`);
    assert.ok(inked / total > 0.04, `${inked} of ${total} pixels drawn`);
    await session.click((id) => document.getElementById(id).shadowRoot.querySelector('button.back'), id);
    await session.waitFor((id) => document.getElementById(id).dataset.status === 'dashboard', id);
    assert.deepEqual((await session.errors()).filter((error) => !CONFIG_ERROR.test(error)), []);
  });

  test('the iframe embed renders under the strict CSP and its host script sizes the frame', async () => {
    // A portal page with the embed code the configurator writes: dist/embed.html in an
    // iframe, dist/embed-host.js beside it, the strict policy on every response. The
    // frame is same-origin, so the page reads its document directly (no frame switching,
    // the same in both drivers). A route is not injected: the page loads the console itself.
    const config = encodeURIComponent(JSON.stringify({ indicator: 'ezhou-2018-2020.value-added-growth', actuals: { 2018: 8.3, 2019: 7.9 }, asOf: '2020-03-31' }));
    const page = `<!doctype html><html lang="zh-CN"><head><script src="/tests/engines/console.js"></script><meta charset="utf-8"><link rel="icon" href="data:,"><title>门户</title><script src="/dist/embed-host.js" defer></script></head>
<body><h1>工业经济运行情况</h1><iframe id="embed" src="/dist/embed.html#config=${config}" title="规上工业增加值增速" width="100%" height="300"></iframe><p>正文继续。</p></body></html>`;
    const portal = await session.serve({
      headers: { 'content-security-policy': `${POLICY}; img-src 'self' data:` },
      routes: { '/portal/embedded.html': (request, response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page) },
    });
    await session.open(`${portal}/portal/embedded.html`);
    const status = await session.waitFor(() => document.getElementById('embed').contentDocument?.querySelector('plan-meter')?.dataset.status);
    assert.equal(status, 'on-track');
    // Sized by the host script to the page inside it, not the tag's 300 px.
    const sizes = await session.waitFor(() => {
      const frame = document.getElementById('embed');
      const inside = frame.contentDocument.documentElement.getBoundingClientRect().height;
      return frame.style.height && Math.abs(frame.clientHeight - Math.ceil(inside)) <= 1 && { outer: frame.clientHeight, inside };
    });
    assert.ok(sizes.outer > 400, `an iframe of ${sizes.outer} px`);
    const source = await session.evaluate(() => document.getElementById('embed').contentDocument.getElementById('embed-source').textContent);
    assert.match(source, /在新窗口中打开/);
    const inside = await session.evaluate(() => document.getElementById('embed').contentWindow.__engineConsole);
    assert.deepEqual([...(await session.errors()), ...inside.errors], []);
    await session.screenshot('iframe-embed', () => document.getElementById('embed'));
  });
});
