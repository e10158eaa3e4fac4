// What every figure rests on (issue 14): statuses that never overclaim, signed changes,
// where the numbers come from, flagged and illustrative figures marked everywhere, the
// context that travels with a downloaded image, links to one target, and citizens who
// see the page's own fallback instead of a developer's message.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, settled, SCREENSHOTS } from './harness.mjs';

let harness;
before(async () => {
  harness = await start();
});
after(async () => harness?.close());

const IDS = ['readme', 'backwards', 'sourced', 'sourced-other', 'typo', 'typo-en', 'bad-url', 'bad-flag', 'bad-illustrative', 'english'];

async function open(options = {}, hash = '') {
  const page = await harness.page(options);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.url });
  page.events = [];
  await page.exposeFunction('recordEvent', (event) => page.events.push(event));
  await page.addInitScript(() => {
    addEventListener('planmeter:error', (event) => window.recordEvent({ id: event.target.id, message: event.detail.message }));
  });
  await page.goto(`${harness.url}/tests/browser/fixtures/trust.html${hash}`);
  return page;
}

const shadow = (page, id, selector) =>
  page.evaluate(([id, selector]) => document.getElementById(id).shadowRoot.querySelector(selector)?.textContent, [id, selector]);

async function pngOf(page, id) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`#${id} button.download-png`).click()]);
  return Buffer.concat(await (await download.createReadStream()).toArray());
}

test('no 已实现 without the final year: the README example is judged on its pace, and says so', async () => {
  const page = await open();
  await settled(page, '#readme');
  assert.equal(await page.evaluate(() => document.getElementById('readme').dataset.status), 'on-track');
  const words = await shadow(page, 'readme', '.explanation');
  assert.match(words, /2020年数据尚未发布，按2018—2019年的速度判断/);
  assert.doesNotMatch(words, /已实现/);
  await page.context().close();
});

test('a change the wrong way is signed and never a negative completion', async () => {
  const page = await open();
  await settled(page, '#backwards');
  assert.equal(await page.evaluate(() => document.getElementById('backwards').dataset.status), 'deterioration');
  assert.equal(await shadow(page, 'backwards', '.figure .value'), '上升2%');
  const bar = await shadow(page, 'backwards', '.progress .now');
  assert.match(bar, /上升2%，与目标方向相反/);
  assert.doesNotMatch(bar + (await shadow(page, 'backwards', '.explanation')), /完成-|-\d+%/);
  await page.context().close();
});

test('where the figures come from: the source under the clause, flagged values marked in chart, tooltip, table and figure', async () => {
  const page = await open();
  await settled(page, '#sourced');
  const view = await page.evaluate(() => {
    const root = document.getElementById('sourced').shadowRoot;
    const link = root.querySelector('.data-source a');
    return {
      source: root.querySelector('.data-source').textContent,
      href: link?.href,
      rel: link?.rel,
      markup: root.querySelectorAll('.data-source b').length,
      badge: root.querySelector('.demo-badge').checkVisibility() ? root.querySelector('.demo-badge').textContent : null,
      figure: root.querySelector('.figure .label').textContent,
      footnote: root.querySelector('.flag-note').textContent,
      cells: [...root.querySelectorAll('tbody tr')].map((row) => row.children[1].textContent),
    };
  });
  assert.deepEqual(view, {
    source: '数据来源：鄂州市统计局《2019年统计公报》（2020-04-10发布）（<b>不是标记</b>）',
    href: 'https://tjj.example.gov.cn/2019.html',
    rel: 'noopener noreferrer',
    markup: 0,
    badge: '示例数据',
    figure: '2019年（初步核算）',
    footnote: '* 2019年：初步核算',
    cells: ['110', '128（初步核算）', '—'],
  });
  // The tooltip of the flagged year says so.
  await page.locator('#sourced').locator('.plot').focus();
  assert.match(await shadow(page, 'sourced', '.live'), /^2019年，实际值：128家（初步核算），/);
  // A widget without a source says so, so that an editor notices.
  await settled(page, '#readme');
  assert.equal(await shadow(page, 'readme', '.data-source'), '数据来源：未注明');
  await page.context().close();
});

test('a data file brings its own source and flags: JSON {source, values}, CSV flag and source columns', async () => {
  const page = await open();
  await settled(page, '#file-source');
  await settled(page, '#csv-flags');
  const seen = await page.evaluate(() =>
    ['file-source', 'csv-flags'].map((id) => {
      const root = document.getElementById(id).shadowRoot;
      return { source: root.querySelector('.data-source').textContent, note: root.querySelector('.flag-note').textContent, figure: root.querySelector('.figure .label').textContent };
    }),
  );
  assert.deepEqual(seen, [
    { source: '数据来源：鄂州市统计局《2019年统计公报》（2020-04-10发布）', note: '* 2019年：初步核算', figure: '2019年（初步核算）' },
    { source: '数据来源：《2018年统计公报》（2018年）；《2019年统计公报》（2019年）', note: '* 2019年：初步核算', figure: '2019年（初步核算）' },
  ]);
  await page.context().close();
});

test('the PNG carries its context: taller than the plot, and two sources give two images', async () => {
  const page = await open({ deviceScaleFactor: 2 });
  await settled(page, '#sourced');
  await settled(page, '#sourced-other');
  const one = await pngOf(page, 'sourced');
  const other = await pngOf(page, 'sourced-other');
  const plot = await page.evaluate(() => document.getElementById('sourced').shadowRoot.querySelector('canvas').height);
  const [width, height] = [one.readUInt32BE(16), one.readUInt32BE(20)];
  assert.ok(height > plot + 200, `PNG ${height} px tall, the plot ${plot} (device pixels)`);
  assert.equal(width, await page.evaluate(() => document.getElementById('sourced').shadowRoot.querySelector('canvas').width), 'at the screen’s pixel density');
  assert.notDeepEqual(one, other, 'the source name is drawn into the image');
  // Save it to look at.
  const { writeFileSync } = await import('node:fs');
  writeFileSync(`${SCREENSHOTS}export-sourced.png`, one);
  const csv = await Promise.all([page.waitForEvent('download'), page.locator('#sourced button.download-csv').click()]).then(async ([download]) =>
    Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8'),
  );
  // Header first, then per row: values, unit, the flags (示例数据 and 初步核算), the source.
  const rows = csv.replace(/^\ufeff/, '').split('\r\n');
  assert.equal(rows[0], '年份,实际值（家）,目标（家）,按进度应达（家）,按当前速度预测（家）,单位,标注,数据来源');
  assert.match(rows[2], /^2019,128,150,128,,家,示例数据；初步核算,鄂州市统计局《2019年统计公报》（2020-04-10发布） https:\/\/tjj\.example\.gov\.cn\/2019\.html$/);
  await page.context().close();
});

test('a config typo: the page’s fallback stays, one short line in the page’s language, the details folded', async () => {
  const page = await open();
  await settled(page, '#typo');
  await settled(page, '#typo-en');
  const seen = await page.evaluate(() =>
    ['typo', 'typo-en'].map((id) => {
      const host = document.getElementById(id);
      const root = host.shadowRoot;
      const fallback = host.querySelector('p');
      return {
        fallback: fallback.checkVisibility() && fallback.getBoundingClientRect().height > 0,
        line: root.querySelector('[role=alert] .error-line').textContent,
        folded: !root.querySelector('[role=alert] details').open,
        details: root.querySelector('[role=alert] .tech-message').textContent,
        visibleText: root.querySelector('.pm').innerText,
      };
    }),
  );
  assert.equal(seen[0].fallback, true);
  assert.equal(seen[0].line, '图表暂时无法显示');
  assert.equal(seen[0].folded, true);
  assert.match(seen[0].details, /actual: unknown field `actual` — did you mean `actuals`\?/);
  assert.doesNotMatch(seen[0].visibleText, /unknown field/, 'no developer words unless the reader opens 技术信息');
  assert.equal(seen[1].fallback, true);
  assert.equal(seen[1].line, 'The chart cannot be shown');
  assert.match(seen[1].details, /sourse: unknown field `sourse` — did you mean `source`\?/);
  // The full message still reaches the console and the event.
  assert.ok(page.events.some((event) => event.id === 'typo' && /did you mean `actuals`/.test(event.message)));
  assert.ok(page.errors.some((error) => /planmeter: .*did you mean `actuals`/.test(error)));
  await page.locator('#typo').screenshot({ path: `${SCREENSHOTS}typo-fallback.png` });
  await page.context().close();
});

test('bad input for the new fields is a config error with its path', async () => {
  const page = await open();
  for (const id of ['bad-url', 'bad-flag', 'bad-illustrative']) await settled(page, `#${id}`);
  const details = await page.evaluate(() =>
    ['bad-url', 'bad-flag', 'bad-illustrative'].map((id) => document.getElementById(id).shadowRoot.querySelector('.tech-message').textContent),
  );
  assert.match(details[0], /source\.url: `javascript:alert\(1\)` is not a web address/);
  assert.match(details[1], /actuals\.2019\.flag: unknown variant `guess`.*`preliminary`, `estimate`, `revised`/);
  assert.match(details[2], /illustrative: invalid type: string "yes", expected true or false/);
  await page.context().close();
});

test('an English widget reads its note in English', async () => {
  const page = await open();
  await settled(page, '#english');
  const note = await page.evaluate(() => {
    const terms = [...document.getElementById('english').shadowRoot.querySelectorAll('.source dt')];
    return terms.find((term) => term.textContent === 'Reading of the text')?.nextElementSibling.textContent;
  });
  assert.match(note, /^The goal itself names no units/);
  assert.doesNotMatch(note, /目标条款位于/);
  await page.context().close();
});

test('#planmeter=<id> opens that tile; opening a tile adds a history entry, Back returns to the tiles', async () => {
  const page = await open({}, `#planmeter=${encodeURIComponent('taizhou-2018-2020.firms-over-10bn-2020')}`);
  await page.waitForFunction(() => document.getElementById('board').shadowRoot?.querySelector('.title')?.textContent === '产销超百亿元企业数', null, { timeout: 15000 });
  const inView = () => page.evaluate(() => {
    const box = document.getElementById('board').getBoundingClientRect();
    return box.top < innerHeight && box.bottom > 0;
  });
  assert.equal(await inView(), true, 'scrolled to the dashboard');
  // The opened tile carries the 示例数据 badge too.
  assert.equal(await shadow(page, 'board', '.headline .demo-badge'), '示例数据');
  await page.locator('#board button.back').click();
  await page.waitForFunction(() => !document.getElementById('board').shadowRoot.querySelector('.dashboard').hidden);
  assert.equal(await page.evaluate(() => location.hash), '');
  // Every tile carries the badge and a copy-link button.
  const tiles = await page.evaluate(() => [...document.getElementById('board').shadowRoot.querySelectorAll('.tile-cell')].map((cell) => [cell.querySelector('.demo-badge')?.textContent, cell.querySelector('button.tile-link')?.textContent]));
  assert.ok(tiles.length >= 20 && tiles.every(([badge, link]) => badge === '示例数据' && link === '复制链接'), JSON.stringify(tiles.slice(0, 3)));
  await page.locator('#board button.tile[data-id="taizhou-2018-2020.specialized-sme-2020"]').click();
  assert.equal(await page.evaluate(() => location.hash), '#planmeter=taizhou-2018-2020.specialized-sme-2020');
  assert.equal(await shadow(page, 'board', '.title'), '省级专精特新企业数');
  await page.goBack();
  await page.waitForFunction(() => !document.getElementById('board').shadowRoot.querySelector('.dashboard').hidden);
  assert.equal(await page.evaluate(() => location.hash), '');
  await page.goForward();
  await page.waitForFunction(() => document.getElementById('board').shadowRoot.querySelector('.title')?.textContent === '省级专精特新企业数' && document.getElementById('board').shadowRoot.querySelector('.dashboard').hidden);
  assert.deepEqual(page.errors.filter((error) => !/unknown field|not a web address|unknown variant|invalid type/.test(error)), []);
  await page.context().close();
});

test('复制链接 copies the address of one target; opening it scrolls to that widget', async () => {
  const page = await open();
  await settled(page, '#sourced');
  await page.locator('#sourced button.copy-link').click();
  await page.waitForFunction(() => document.getElementById('sourced').shadowRoot.querySelector('.live').textContent === '链接已复制');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(link, `${harness.url}/tests/browser/fixtures/trust.html#planmeter=ezhou-2018-2020.high-tech-enterprises-2020`);
  const fresh = await open({ height: 400 }, '#planmeter=ezhou-2018-2020.high-tech-enterprises-2020');
  await fresh.waitForFunction(() => {
    const box = document.getElementById('sourced').getBoundingClientRect();
    return document.getElementById('sourced').dataset.status && box.top < 50 && box.bottom > 0;
  });
  await fresh.context().close();
  await page.context().close();
});

test('screenshots: a flagged, illustrative widget at 320 and 1280 px, light, dark and 长者模式', async () => {
  for (const width of [320, 1280]) {
    for (const mode of ['light', 'dark', 'elder']) {
      const page = await open({ width, height: 900 });
      await page.evaluate((mode) => {
        const element = document.getElementById('sourced');
        const config = JSON.parse(element.getAttribute('config'));
        if (mode === 'dark') config.theme = 'dark';
        if (mode === 'elder') config.elder = true;
        element.setAttribute('config', JSON.stringify(config));
      }, mode);
      await settled(page, '#sourced');
      await page.locator('#sourced').screenshot({ path: `${SCREENSHOTS}trust-${width}-${mode}.png` });
      await page.context().close();
    }
  }
});
