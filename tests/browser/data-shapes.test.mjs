// Data as people have it (issue 18): the configurator's figures box and a widget's
// dataUrl take a table the way a statistician has it — pasted from Excel or WPS (tabs),
// with Chinese headers, full-width digits, thousands separators, 8.3%, 2019年, without an
// indicator column for one target — show back what was read, and name the row of
// anything they would have to guess, in the page's language.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, settled, SCREENSHOTS } from './harness.mjs';
import { serve } from '../../scripts/serve.mjs';

const harness = useBrowser();
const GROWTH = 'ezhou-2018-2020.value-added-growth';
const TRAINING = 'ezhou-2018-2020.middle-manager-training-per-year';

async function configurator({ target = GROWTH, lang } = {}) {
  const page = await harness.page({ width: 1280, height: 1000 });
  await page.goto(`${harness.url}/www/configurator.html${lang === 'en' ? '?lang=en' : ''}`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  await page.selectOption('#plan', 'ezhou-2018-2020');
  await page.selectOption('#target', target);
  await page.fill('#asOf', '2020-03-31');
  return page;
}

/** The read-back table: header and rows as text; null while hidden. */
const readBack = (page) =>
  page.evaluate(() => {
    const figure = document.getElementById('data-read');
    if (figure.hidden) return null;
    const texts = (row) => [...row.children].map((cell) => cell.textContent);
    return { caption: figure.querySelector('figcaption').textContent, head: texts(figure.querySelector('thead tr')), rows: [...figure.querySelectorAll('tbody tr')].map(texts) };
  });

/** The preview's words once it shows `pattern`. */
async function previewSays(page, pattern) {
  await page.waitForFunction(
    (source) => new RegExp(source).test(document.getElementById('preview-widget').shadowRoot?.querySelector('canvas')?.getAttribute('aria-label') ?? ''),
    pattern.source,
  );
}

test('every shape of the same figures reads back as the same table and draws the same chart', async () => {
  const page = await configurator();
  const shapes = [
    'year,value\n2018,8.3\n2019,7.9\n',
    '年份,数值\n2018年,8.3%\n2019年,7.9%\n',
    // Excel or WPS: tabs, \r\n, an empty trailing column, full-width digits.
    '年份\t数值\t\r\n２０１８\t８．３\t\r\n２０１９\t７．９％\t\r\n',
    '年份，值\n2018，8.3\n2019，7.9\n',
    `指标,年份,数值\n${GROWTH},2018,8.3\n${GROWTH},2019,7.9\n`,
    '{"2018": 8.3, "2019": 7.9}',
  ];
  for (const shape of shapes) {
    await page.fill('#data', '');
    await page.waitForFunction(() => document.getElementById('data-read').hidden);
    await page.fill('#data', shape);
    await page.waitForFunction(() => !document.getElementById('data-read').hidden);
    assert.equal(await page.evaluate(() => document.getElementById('data-error').hidden), true, shape);
    assert.deepEqual(await readBack(page), {
      caption: '读取结果：2个数值（规上工业增加值增速），请核对',
      head: ['年份', '数值', '标注', '来源'],
      rows: [['2018', '8.3%', '', ''], ['2019', '7.9%', '', '']],
    }, shape);
    await previewSays(page, /2019年7\.9%/);
  }
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a real paste from a spreadsheet (clipboard, Ctrl+V) with flags and sources under Chinese headers', async () => {
  const page = await configurator({ target: TRAINING });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.url });
  // As Excel puts a selection of cells on the clipboard: tabs between cells, \r\n after
  // each row; a thousands separator is kept as shown in the cell.
  const copied = '年份\t数值\t标注\t数据来源\r\n2018年\t1,050\t\t《2018年鄂州市国民经济和社会发展统计公报》\r\n2019年\t1,120\t初步核算\t《2019年鄂州市国民经济和社会发展统计公报》\r\n';
  await page.evaluate((text) => navigator.clipboard.writeText(text), copied);
  await page.focus('#data');
  await page.keyboard.press('Control+V');
  await page.waitForFunction(() => !document.getElementById('data-read').hidden);
  assert.deepEqual((await readBack(page)).rows, [
    ['2018', '1050 人次', '', '《2018年鄂州市国民经济和社会发展统计公报》'],
    ['2019', '1120 人次', '初步核算', '《2019年鄂州市国民经济和社会发展统计公报》'],
  ]);
  await previewSays(page, /1,?120/);
  await page.locator('#form').screenshot({ path: `${SCREENSHOTS}configurator-data-read.png` });
  await page.context().close();
});

test('what would be a guess is an error naming each row, in the page\'s language', async () => {
  const page = await configurator();
  // 1,234 under commas: one number or two cells? 7,9: a decimal comma. 20l9: a typo.
  await page.fill('#data', '年份,数值\n2018,1,234\n2019,"7,9"\n20l9,8\n2018,8.1\n');
  await page.waitForFunction(() => !document.getElementById('data-error').hidden);
  const zh = (await page.locator('#data-error').textContent()).split('\n');
  assert.deepEqual(zh, [
    '数据有误：',
    '第2行：“1,234”是一个数还是两格？这里逗号用来分隔各列：请给数字加上引号（"1,234"）或去掉逗号（1234）',
    '第3行：数值“7,9”不是数字（逗号只用作千位分隔，如 1,234.5）',
    '第4行：“20l9”不是年份（应为四位数字）',
  ]);
  assert.equal(await page.evaluate(() => document.getElementById('data-read').hidden), true, 'nothing read is shown as read');
  await page.locator('#form').screenshot({ path: `${SCREENSHOTS}configurator-data-errors.png` });
  // Year twice; an unknown column with the one it is close to.
  await page.fill('#data', 'year,value\n2018,8.3\n2018年,8.1\n');
  await page.waitForFunction(() => /第3行：2018年已有数值（第2行）/.test(document.getElementById('data-error').textContent));
  await page.fill('#data', '年分\t数值\n2018\t8.3\n');
  await page.waitForFunction(() => /第1行：不认识的列名“年分”，是否应为“年份”？/.test(document.getElementById('data-error').textContent));
  // A whole plan's figures need the indicator column.
  await page.selectOption('#chart', 'dashboard');
  await page.fill('#data', '年份,数值\n2018,8.3\n');
  await page.waitForFunction(() => /整份规划的数据须有“指标”/.test(document.getElementById('data-error').textContent));
  await page.context().close();

  const english = await configurator({ lang: 'en' });
  await english.fill('#data', 'year,value\n2018,1,234\n');
  await english.waitForFunction(() => !document.getElementById('data-error').hidden);
  assert.equal(
    await english.locator('#data-error').textContent(),
    'The figures have a problem: row 2: `1,234`: one number or two cells? A comma separates the cells here: quote the number ("1,234") or leave the comma out (1234)',
  );
  await english.context().close();
});

test('a whole plan\'s figures pasted with 指标 read back per target', async () => {
  const page = await configurator();
  await page.selectOption('#chart', 'dashboard');
  await page.fill('#data', `指标\t年份\t数值\n${GROWTH}\t2019年\t7.9%\n${TRAINING}\t2019\t1,120\n`);
  await page.waitForFunction(() => !document.getElementById('data-read').hidden);
  assert.deepEqual(await readBack(page), {
    caption: '读取结果：2个指标共2个数值，请核对',
    head: ['指标', '年份', '数值', '标注', '来源'],
    // In the order of the target ids.
    rows: [['企业中层管理人员培训', '2019', '1120 人次', '', ''], ['规上工业增加值增速', '2019', '7.9%', '', '']],
  });
  await page.context().close();
});

test('a dataUrl in any of these shapes renders; a file of other targets says whose rows it has', async () => {
  const files = {
    '/shapes/plain.csv': ['text/csv', 'year,value\n2018,8.3\n2019,7.9\n'],
    '/shapes/chinese.tsv': ['text/tab-separated-values; charset=utf-8', '\ufeff年份\t数值\r\n2018年\t８．３%\r\n2019年\t7.9%\r\n'],
    '/shapes/others.csv': ['text/csv', '指标,年份,数值\nezhou-2018-2020.value-add-growth,2019,7.9\n'],
  };
  const routes = Object.fromEntries(Object.entries(files).map(([path, [type, body]]) => [path, (request, response) => response.writeHead(200, { 'content-type': type }).end(body)]));
  const { server, url } = await serve({ routes });
  try {
    const page = await harness.page();
    await page.goto(`${url}/tests/browser/fixtures/blank.html`);
    await page.evaluate((id) => {
      for (const name of ['plain.csv', 'chinese.tsv', 'others.csv']) {
        const element = document.createElement('plan-meter');
        element.id = name.split('.')[0];
        element.setAttribute('config', JSON.stringify({ indicator: id, asOf: '2020-03-31', dataUrl: `/shapes/${name}` }));
        document.getElementById('slot').append(element);
      }
    }, GROWTH);
    for (const id of ['plain', 'chinese']) {
      await settled(page, `#${id}`);
      assert.equal(await page.evaluate((id) => document.getElementById(id).dataset.status, id), 'on-track', id);
    }
    await settled(page, '#others');
    const details = await page.evaluate(() => document.getElementById('others').shadowRoot.querySelector('[role=alert] .tech-message').textContent);
    assert.match(details, /indicator: no row is for `ezhou-2018-2020\.value-added-growth`.*did you mean `ezhou-2018-2020\.value-add-growth`\?/);
    await page.context().close();
  } finally {
    await new Promise((done) => server.close(done));
  }
});
