// The paths a portal really uses: the configurator's snippet pasted into a page on the
// portal's own server (another origin than the configurator's, dist/ where the portal
// said it serves it), and the iframe embed for editors whose CMS removes scripts —
// sized by its parent, under a strict CSP, following #planmeter= links.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { start, settled, SCREENSHOTS } from './harness.mjs';
import { serve } from '../../scripts/serve.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const PORTAL = `${ROOT}target/portal-site/`;
const STRICT = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";
const CONFIG = { indicator: 'ezhou-2018-2020.value-added-growth', actuals: { 2018: 8.3, 2019: 7.9 }, asOf: '2020-03-31' };

let harness;
let portal;
before(async () => {
  harness = await start();
  // The portal's own server, on another origin (localhost, not 127.0.0.1), with dist/
  // copied to /static/planmeter/ and a strict CSP on every page.
  rmSync(PORTAL, { recursive: true, force: true });
  mkdirSync(`${PORTAL}static`, { recursive: true });
  cpSync(`${ROOT}dist`, `${PORTAL}static/planmeter`, { recursive: true });
  portal = await serve({ root: PORTAL.slice(0, -1), headers: { 'content-security-policy': STRICT } });
  portal.url = portal.url.replace('127.0.0.1', 'localhost');
});
after(async () => {
  await harness?.close();
  await new Promise((done) => portal?.server.close(done));
});

/** The configurator with the form filled for CONFIG; its snippets are read from it. */
async function configured(path) {
  const page = await harness.page({ width: 1280, height: 1000 });
  await page.goto(`${harness.url}/www/configurator.html`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  await page.selectOption('#plan', 'ezhou-2018-2020');
  await page.selectOption('#target', CONFIG.indicator);
  await page.fill('#asOf', CONFIG.asOf);
  await page.fill('#data', JSON.stringify(CONFIG.actuals));
  if (path) await page.fill('#dist-path', path);
  await page.waitForFunction((path) => document.getElementById('snippet').value.includes(`src="${path}planmeter.js"`), path ?? '/static/planmeter/');
  return page;
}

test('the configurator\'s snippet, pasted into a page on the portal\'s server, renders', async () => {
  const page = await configured();
  const snippet = await page.inputValue('#snippet');
  // Written for the portal's path, with the build's integrity hash; never this server's.
  assert.match(snippet, /^<script type="module" src="\/static\/planmeter\/planmeter\.js" integrity="sha384-[A-Za-z0-9+/=]{64}" crossorigin="anonymous"><\/script>\n<plan-meter config='/);
  assert.ok(!snippet.includes(harness.url) && !snippet.includes('127.0.0.1'), snippet);
  await page.screenshot({ path: `${SCREENSHOTS}configurator-portal-snippets.png`, fullPage: true });
  writeFileSync(`${PORTAL}news.html`, `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>某市政府门户</title></head><body><h1>工业经济运行情况</h1>\n${snippet}\n</body></html>`);
  const visitor = await harness.page();
  await visitor.goto(`${portal.url}/news.html`);
  await settled(visitor, 'plan-meter');
  assert.equal(await visitor.evaluate(() => document.querySelector('plan-meter').dataset.status), 'on-track');
  assert.deepEqual(visitor.errors, []);
  await visitor.context().close();
  // Another path, another snippet.
  await page.fill('#dist-path', 'https://www.example.gov.cn/assets/pm');
  await page.waitForFunction(() => document.getElementById('snippet').value.includes('src="https://www.example.gov.cn/assets/pm/planmeter.js"'));
  // A path typed without its leading slash is the site root's, not each article's folder's.
  await page.fill('#dist-path', 'static/pm');
  await page.waitForFunction(() => document.getElementById('snippet').value.includes('src="/static/pm/planmeter.js"'));
  assert.match(await page.inputValue('#iframe-snippet'), /^<iframe src="\/static\/pm\/embed\.html#config=/);
  await page.context().close();
});

test('the iframe embed renders under a strict CSP, tells its height, and follows #planmeter= links', async () => {
  const page = await configured();
  const code = await page.inputValue('#iframe-snippet');
  const [iframe, hostScript] = code.split('\n');
  assert.match(iframe, /^<iframe src="\/static\/planmeter\/embed\.html#config=%7B[^"]+" title="规上工业增加值增速 — planmeter" width="100%" height="760" loading="lazy"><\/iframe>$/);
  assert.match(hostScript, /^<script src="\/static\/planmeter\/embed-host\.js" integrity="sha384-[^"]+" crossorigin="anonymous" defer><\/script>$/);
  await page.context().close();
  const dashboard = `<iframe src="/static/planmeter/embed.html#config=${encodeURIComponent(JSON.stringify({ plan: 'xinyi-2015-2017', asOf: '2016-03-31' }))}&amp;planmeter=xinyi-2015-2017.rd-spending-share-2017" title="信宜" width="100%" height="1100"></iframe>`;
  writeFileSync(`${PORTAL}embedded.html`, `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>某市政府门户</title>${hostScript}</head><body><h1>工业经济运行情况</h1><p>正文。</p>\n${iframe}\n<p>正文继续。</p>\n${dashboard}\n</body></html>`);
  for (const width of [320, 1280]) {
    const visitor = await harness.page({ width, height: 900 });
    const violations = [];
    visitor.on('console', (message) => /Content Security Policy/.test(message.text()) && violations.push(message.text()));
    await visitor.goto(`${portal.url}/embedded.html`);
    const frames = () => visitor.frames().filter((frame) => frame.url().includes('embed.html'));
    await visitor.waitForFunction(() => document.querySelectorAll('iframe').length === 2);
    await visitor.waitForFunction(() => [...document.querySelectorAll('iframe')].every((frame) => frame.style.height));
    const [widget, plan] = frames();
    await widget.waitForFunction(() => document.querySelector('plan-meter')?.dataset.status === 'on-track');
    // The tile the link names is open inside the dashboard.
    await plan.waitForFunction(() => document.querySelector('plan-meter')?.shadowRoot.querySelector('.back:not([hidden])'));
    // The link followed inside the dashboard's embed took neither the page's focus nor
    // its scroll: the reader is still at the article's top.
    assert.deepEqual(await visitor.evaluate(() => ({ focus: document.activeElement.localName, y: scrollY })), { focus: 'body', y: 0 });
    // Each iframe is as tall as its page: no inner scroll bar, no empty band.
    for (const frame of frames()) {
      const inner = await frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
      const outer = await (await frame.frameElement()).evaluate((element) => element.clientHeight);
      assert.ok(Math.abs(outer - Math.ceil(inner)) <= 1, `${width} px: an iframe of ${outer} px for a page of ${inner} px`);
    }
    assert.match(await widget.evaluate(() => document.getElementById('embed-source').textContent), /在新窗口中打开/);
    assert.deepEqual(violations, []);
    await visitor.screenshot({ path: `${SCREENSHOTS}iframe-embed-${width}.png`, fullPage: true });
    await visitor.context().close();
  }
});

test('an embed address without a config says so, and a broken config shows the widget\'s own error', async () => {
  const page = await harness.page();
  await page.goto(`${portal.url}/static/planmeter/embed.html`);
  await page.waitForFunction(() => !document.getElementById('embed-missing').hidden);
  await page.goto(`${portal.url}/static/planmeter/embed.html#config=${encodeURIComponent('{"indicator": "ezhou-2018-2020.value-add-growth"}')}`);
  await page.waitForFunction(() => document.querySelector('plan-meter')?.shadowRoot?.querySelector('[role=alert]:not([hidden])'));
  assert.match(await page.evaluate(() => document.querySelector('plan-meter').shadowRoot.querySelector('[role=alert] details').textContent), /did you mean `ezhou-2018-2020\.value-added-growth`/);
  await page.context().close();
});
