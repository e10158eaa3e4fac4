// The configurator's "paste a plan" tab, end to end: switch to it by keyboard, paste an
// official text, extract, review the draft targets (edit, drop, undo, accept, accept
// all, preview), fix what the check names, download the plan JSON and check it, then
// copy the snippets into a blank page where every widget renders. Also: hostile text
// stays text, an empty or oversized paste says so, a missing wasm is a message, and the
// tab works under a strict CSP.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { start, settled, frames, SCREENSHOTS } from './harness.mjs';
import { serve } from '../../scripts/serve.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const ZHUMADIAN = readFileSync(`${ROOT}catalog/sources/zhumadian-2021.txt`, 'utf8');
const require = createRequire(import.meta.url);
let harness;
before(async () => {
  harness = await start();
});
after(async () => {
  await harness?.close();
  rmSync(`${ROOT}target/snippet-paste`, { recursive: true, force: true });
});

/** The configurator, switched to the paste tab with the keyboard. */
async function pasteTab(page, base = harness.url) {
  await page.goto(`${base}/www/configurator.html`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  await page.focus('#tab-catalog');
  await page.keyboard.press('ArrowRight');
  const tabs = await page.evaluate(() => ({
    focused: document.activeElement.id,
    selected: document.getElementById('tab-paste').getAttribute('aria-selected'),
    catalogHidden: document.getElementById('panel-catalog').hidden,
    pasteHidden: document.getElementById('panel-paste').hidden,
    tabIndexes: [...document.querySelectorAll('[role=tab]')].map((tab) => tab.tabIndex),
  }));
  assert.deepEqual(tabs, { focused: 'tab-paste', selected: 'true', catalogHidden: true, pasteHidden: false, tabIndexes: [-1, 0, -1] });
}

/** Pastes `text`, presses Extract (by keyboard) and waits for the status to settle. */
async function extract(page, text) {
  await page.fill('#paste-text', text);
  await page.focus('#paste-extract');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !/正在提取|^$/.test(document.getElementById('paste-status').textContent) || !document.getElementById('paste-error').hidden);
  return page.locator('#paste-status').textContent();
}

const card = (page, text) => page.locator('#paste-cards > li', { hasText: text });
const states = (page) => page.$$eval('#paste-cards > li', (cards) => cards.map((card) => card.dataset.state));
const problems = (page) => page.$$eval('#paste-problems li', (items) => items.map((item) => item.textContent));

test('paste a plan, review the drafts, download the plan, and the snippets render on a blank page', async () => {
  const page = await harness.page({ width: 1200, height: 1000 });
  await pasteTab(page);
  // The blank page below is on this server, with dist/ at /dist/.
  await page.fill('#dist-path', '/dist/');
  const status = await extract(page, ZHUMADIAN);
  const found = Number(/找到 (\d+) 个目标草稿/.exec(status)?.[1]);
  const cards = await page.locator('#paste-cards > li').count();
  assert.equal(found, cards, status);
  assert.ok(cards >= 25, `${cards} cards`);
  assert.match(status, new RegExp(`找到 ${cards} 个目标草稿`));

  // The details form is prefilled from the draft.
  assert.equal(await page.inputValue('#meta-title'), '驻马店市2021年工业经济高质量发展工作方案');
  assert.equal(await page.inputValue('#meta-date'), '2021-03-29');

  // The 8% growth target: quote, confidence, reasons, value.
  const growth = card(page, '规模以上工业增加值增长8%左右');
  assert.equal(await growth.count(), 1);
  assert.equal(await growth.locator('[data-field=value]').inputValue(), '8');
  assert.equal(await growth.locator('[data-field=comparison]').inputValue(), 'about');
  assert.match(await growth.locator('.confidence').textContent(), /把握高 0\.90/);
  assert.match(await growth.locator('.reasons summary').textContent(), /^提取依据（\d+）$/);
  // The reasons are in the page's language.
  const reasons = await growth.locator('.reasons li').allTextContents();
  assert.ok(reasons.length > 0 && reasons.every((reason) => /[\u4e00-\u9fff]/.test(reason.replace(/«[^»]*»/g, ''))), reasons.join(' | '));
  assert.equal(await growth.locator('blockquote').textContent(), '规模以上工业增加值增长8%左右');
  await growth.locator('[data-field="name.en"]').fill('Industrial value added growth (edited)');

  // A range target shows low and high instead of a value; a change target its changeIn.
  const range = page.locator('#paste-cards > li', { has: page.locator('[data-field=comparison] option[value=range]:checked') }).first();
  assert.equal(await range.locator('[data-field=value]').isVisible(), false);
  assert.equal(await range.locator('[data-field=low]').isVisible(), true);

  // Show in text selects the quote in the text area; Esc goes back to the card.
  await growth.locator('[data-action=find]').click();
  const selected = await page.evaluate(() => {
    const area = document.getElementById('paste-text');
    return { active: document.activeElement === area, text: area.value.slice(area.selectionStart, area.selectionEnd) };
  });
  assert.deepEqual(selected, { active: true, text: '规模以上工业增加值增长8%左右' });
  await page.keyboard.press('Escape');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.action), 'find');
  // A quote far down the text: the text area scrolls to it.
  const late = page.locator('#paste-cards > li').nth(cards - 5);
  await late.locator('[data-action=find]').click();
  const scrolled = await page.evaluate(() => {
    const area = document.getElementById('paste-text');
    return { top: area.scrollTop, text: area.value.slice(area.selectionStart, area.selectionEnd) };
  });
  assert.ok(scrolled.top > 0, 'the text area scrolled');
  assert.equal(scrolled.text, await late.locator('blockquote').textContent());

  // Preview shows the target with its current edits in the shared preview.
  await growth.locator('[data-action=preview]').click();
  await settled(page, '#preview-widget');
  await growth.locator('[data-field="name.zh"]').fill('规上工业增加值增速（已核对）');
  await page.waitForFunction(() => document.getElementById('preview-widget').shadowRoot.querySelector('.title')?.textContent.includes('已核对'));
  assert.equal(await page.evaluate(() => document.getElementById('preview-widget').dataset.status), 'no-data');

  // Drop one, undo (back to pending), drop again; accept one by keyboard; accept all the
  // pending ones; drop one accepted.
  const last = page.locator('#paste-cards > li').last();
  await last.locator('[data-action=drop]').click();
  assert.equal(await last.getAttribute('data-state'), 'dropped');
  assert.match(await last.locator('[data-action=drop]').textContent(), /撤销删除/);
  await last.locator('[data-action=drop]').click();
  assert.equal(await last.getAttribute('data-state'), 'pending');
  await last.locator('[data-action=drop]').click();
  await growth.locator('[data-action=accept]').focus();
  await page.keyboard.press('Space');
  assert.equal(await growth.getAttribute('data-state'), 'accepted');
  assert.match(await page.locator('#paste-accept-all').textContent(), new RegExp(`（${cards - 2}）`));
  await page.click('#paste-accept-all');
  const third = page.locator('#paste-cards > li').nth(2);
  await third.locator('[data-action=drop]').click();
  const final = await states(page);
  assert.equal(final.filter((s) => s === 'accepted').length, cards - 2);
  assert.equal(final.filter((s) => s === 'dropped').length, 2);
  assert.match(await page.locator('#paste-counts').textContent(), new RegExp(`已接受 ${cards - 2} · 待定 0 · 已删除 2`));

  // The filter shows the dropped ones only; the order can put the least sure first.
  await page.selectOption('#paste-filter', 'dropped');
  assert.equal(await page.locator('#paste-cards > li:visible').count(), 2);
  await page.selectOption('#paste-filter', 'all');
  await page.selectOption('#paste-sort', 'least');
  const order = await page.$$eval('#paste-cards > li .confidence', (items) => items.map((item) => Number(item.textContent.split(' ').pop())));
  assert.deepEqual(order, [...order].sort((a, b) => a - b));
  await page.selectOption('#paste-sort', 'text');

  // A new plan id renames the targets; an empty date is named, and goes when filled.
  await page.fill('#paste-id', 'zmd-2021');
  await page.fill('#meta-date', '');
  await page.waitForFunction(() => [...document.querySelectorAll('#paste-problems code')].some((code) => code.textContent === 'date'));
  await page.locator('#paste-problems li', { hasText: 'date' }).locator('button').click();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'meta-date');
  await page.fill('#meta-date', '2021-03-29');
  await page.fill('#meta-region-en', 'Zhumadian');
  await page.fill('#meta-titleEn', 'Zhumadian 2021 work plan for the industrial economy');
  await page.waitForFunction(() => document.querySelectorAll('#paste-problems li').length === 0 && /没有发现问题/.test(document.getElementById('paste-check-summary').textContent));
  assert.deepEqual(await problems(page), []);
  // English names still to write are listed apart; they do not block.
  assert.match(await page.locator('#paste-todo-summary').textContent(), new RegExp(`英文待补 ${cards - 3} 处`));

  // axe-core: no serious or critical violations on the filled-in tab.
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document.getElementById('panel-paste'), { resultTypes: ['violations'] });
    return result.violations.filter((v) => ['serious', 'critical'].includes(v.impact)).map((v) => `${v.id}: ${v.help} ${v.nodes[0]?.target}`);
  });
  assert.deepEqual(violations, []);

  await growth.scrollIntoViewIfNeeded();
  await page.evaluate(() => document.getElementById('paste-h-review').scrollIntoView());
  await page.screenshot({ path: `${SCREENSHOTS}paste-review.png` });
  await page.evaluate(() => document.getElementById('paste-h-output').scrollIntoView());
  await page.screenshot({ path: `${SCREENSHOTS}paste-output.png` });

  // The plan JSON: exactly the accepted targets, no review, no nulls, quotes verbatim.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#paste-download')]);
  assert.equal(download.suggestedFilename(), 'zmd-2021.json');
  const text = readFileSync(await download.path(), 'utf8');
  const plan = JSON.parse(text);
  const acceptedIds = await page.$$eval('#paste-cards > li[data-state=accepted]', (items) => items.map((item) => item.id.replace('card-', 'zmd-2021.')));
  assert.equal(plan.id, 'zmd-2021');
  assert.deepEqual(plan.targets.map((t) => t.id), acceptedIds);
  assert.ok(!text.includes('"review"') && !text.includes('null'), 'no review, no nulls');
  for (const target of plan.targets) assert.ok(ZHUMADIAN.includes(target.quote), target.quote);
  const edited = plan.targets.find((t) => t.quote === '规模以上工业增加值增长8%左右');
  assert.deepEqual(edited.name, { zh: '规上工业增加值增速（已核对）', en: 'Industrial value added growth (edited)' });
  assert.equal(edited.value, 8);
  const measures = new Set(plan.measures.map((m) => m.id));
  for (const target of plan.targets) if (target.measure) assert.ok(measures.has(target.measure), target.measure);
  assert.equal(plan.measures.length, new Set(plan.targets.map((t) => t.measure).filter(Boolean)).size);

  // The snippets: the loader, one widget per accepted target, the dashboard.
  const snippets = await page.inputValue('#paste-snippets');
  const lines = snippets.split('\n');
  assert.match(lines[0], /^<script type="module" src="\/dist\/planmeter\.js" integrity="sha384-[^"]+" crossorigin="anonymous"><\/script>$/);
  assert.equal(lines.length, 1 + plan.targets.length + 1);
  assert.ok(lines.slice(1).every((line) => /^<plan-meter config='[^']*'><\/plan-meter>$/.test(line)));
  assert.deepEqual(page.errors, []);
  await page.context().close();

  mkdirSync(`${ROOT}target/snippet-paste`, { recursive: true });
  writeFileSync(`${ROOT}target/snippet-paste/page.html`, `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body>\n${snippets}\n</body></html>`);
  const blank = await harness.page();
  await blank.goto(`${harness.url}/target/snippet-paste/page.html`);
  const count = await blank.locator('plan-meter').count();
  assert.equal(count, plan.targets.length + 1);
  for (let index = 1; index <= count; index++) await settled(blank, `body > plan-meter:nth-of-type(${index})`);
  const rendered = await blank.$$eval('plan-meter', (elements) => elements.map((e) => ({
    status: e.dataset.status,
    alert: [...e.shadowRoot.querySelectorAll('[role=alert]')].some((a) => !a.hidden),
  })));
  assert.ok(rendered.every((r) => r.status && !r.alert), JSON.stringify(rendered));
  assert.ok(await blank.evaluate(() => document.querySelector('plan-meter:last-of-type').shadowRoot.textContent.includes('规上工业增加值增速（已核对）')), 'the dashboard lists the edited name');
  assert.deepEqual(blank.errors, []);
  await blank.context().close();
});

test('at 360 px wide: tabs, text area and cards fit without sideways scrolling', async () => {
  const page = await harness.page({ width: 360, height: 800 });
  await pasteTab(page);
  await extract(page, ZHUMADIAN);
  const growth = card(page, '规模以上工业增加值增长8%左右');
  await growth.locator('[data-action=accept]').click();
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 360);
  await page.evaluate(() => document.getElementById('paste-h-review').scrollIntoView());
  await page.screenshot({ path: `${SCREENSHOTS}paste-360.png` });
  await growth.locator('[data-action=preview]').click();
  await settled(page, '#preview-widget');
  await page.screenshot({ path: `${SCREENSHOTS}paste-360-preview.png` });
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 360);
  // The preview sits below the cards on a phone: a button leads back to the card.
  await page.click('#preview-back');
  assert.equal(await page.evaluate(() => document.activeElement.closest('li')?.querySelector('blockquote').textContent), '规模以上工业增加值增长8%左右');
  // Extracting again (the text fixed, say) keeps the review: states and edits.
  await growth.locator('[data-field="name.en"]').fill('Value added growth');
  await page.fill('#meta-titleEn', 'Work plan');
  assert.match(await extract(page, ZHUMADIAN.replace('工业', '工业 ')), /沿用了 1 个目标的审核和修改/);
  assert.equal(await growth.getAttribute('data-state'), 'accepted');
  assert.equal(await growth.locator('[data-field="name.en"]').inputValue(), 'Value added growth');
  assert.equal(await page.inputValue('#meta-titleEn'), 'Work plan');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('hostile text in a clause stays text: no element, no dialog, controls shown', async () => {
  const page = await harness.page({ width: 1000, height: 900 });
  const dialogs = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await pasteTab(page);
  const clause = '<img src=x onerror=alert(1)>\u202E企业达到100家以上\u202C';
  const status = await extract(page, `到2025年，${clause}。`);
  assert.match(status, /找到 1 个目标草稿/);
  const hostile = page.locator('#paste-cards > li').first();
  assert.equal(await hostile.locator('blockquote').textContent(), clause);
  assert.match(await hostile.locator('.warn').textContent(), /U\+202E U\+202C/);
  await hostile.locator('[data-action=accept]').click();
  // The extractor writes names without the override; one typed in is named by the check.
  assert.doesNotMatch(await hostile.locator('[data-field="name.zh"]').inputValue(), /[\u202A-\u202E\u2066-\u2069]/);
  await hostile.locator('[data-field="name.zh"]').fill('\u202E企业达到100家');
  await page.waitForFunction(() => [...document.querySelectorAll('#paste-problems li')].some((li) => /targets\[0\]\.name\.zh.*U\+202E/.test(li.textContent)));
  await hostile.locator('[data-action=preview]').click();
  await settled(page, '#preview-widget');
  await frames(page);
  const images = await page.evaluate(() => {
    const roots = [document, ...[...document.querySelectorAll('*')].map((e) => e.shadowRoot).filter(Boolean)];
    return roots.reduce((sum, root) => sum + root.querySelectorAll('img, [onerror]').length, 0);
  });
  assert.equal(images, 0);
  assert.ok((await page.inputValue('#paste-snippets')).includes('<img src=x onerror=alert(1)>'));
  assert.deepEqual(dialogs, []);
  // Names from the text are bidi-isolated wherever the page shows them.
  assert.ok(await page.evaluate(() => ['.card-title bdi', '#preview-caption bdi', '#paste-problems bdi'].every((s) => document.querySelector(s))));
  await page.screenshot({ path: `${SCREENSHOTS}paste-hostile.png` });
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('an empty, a target-less or an oversized paste says so clearly', async () => {
  const page = await harness.page();
  await pasteTab(page);
  assert.match(await extract(page, ''), /请先粘贴规划全文/);
  assert.match(await extract(page, '各位同事：周五下午三点开会，请准时参加。'), /没有找到量化目标。这是一份规划的正文吗？/);
  assert.equal(await page.locator('#paste-cards > li').count(), 0);
  assert.equal(await page.locator('#paste-review').isVisible(), false);
  assert.match(await extract(page, '规划'.repeat(200_000)), /超过 1 MB/);
  // A file is read as UTF-8 and extracted at once.
  await page.setInputFiles('#paste-file', { name: 'plan.txt', mimeType: 'text/plain', buffer: Buffer.from(ZHUMADIAN) });
  await page.waitForFunction(() => /找到 \d+ 个目标草稿/.test(document.getElementById('paste-status').textContent));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the editors\' wasm missing: a message in the panel, nothing uncaught', async () => {
  const page = await harness.page();
  await page.route('**/pkg-author/**', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await pasteTab(page);
  await page.waitForFunction(() => !document.getElementById('paste-error').hidden);
  assert.match(await page.locator('#paste-error').textContent(), /无法加载提取模块/);
  await extract(page, ZHUMADIAN);
  assert.match(await page.locator('#paste-error').textContent(), /提取失败/);
  assert.ok(page.errors.every((error) => !error.startsWith('uncaught')), page.errors.join('\n'));
  // The catalog tab still works.
  await page.click('#tab-catalog');
  await settled(page, '#preview-widget');
  await page.context().close();
});

test('under a strict CSP the paste tab extracts and previews with no violation', async () => {
  const POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
  const strict = await serve({ headers: { 'content-security-policy': POLICY } });
  const page = await harness.page({ width: 1200, height: 900 });
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  await pasteTab(page, strict.url);
  await extract(page, ZHUMADIAN);
  const growth = card(page, '规模以上工业增加值增长8%左右');
  await growth.locator('[data-action=accept]').click();
  await growth.locator('[data-action=preview]').click();
  await settled(page, '#preview-widget');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#paste-download')]);
  assert.equal(JSON.parse(readFileSync(await download.path(), 'utf8')).targets.length, 1);
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(page.errors, []);
  await page.context().close();
  await new Promise((done) => strict.server.close(done));
});

test('on an English page the paste tab gives its reasons and checks in English', async () => {
  const page = await harness.page({ width: 1200, height: 1000 });
  await page.goto(`${harness.url}/www/configurator.html?lang=en#paste`);
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  await page.fill('#paste-text', ZHUMADIAN);
  await page.click('#paste-extract');
  await page.waitForFunction(() => /draft targets found/.test(document.getElementById('paste-status').textContent));
  const growth = card(page, '规模以上工业增加值增长8%左右');
  assert.match(await growth.locator('.reasons summary').textContent(), /^Why it reads so \(\d+\)$/);
  // Chinese only inside «…»: the words of the plan it read.
  const reasons = await growth.locator('.reasons li').allTextContents();
  assert.ok(reasons.length > 0);
  assert.deepEqual(reasons.filter((reason) => /[\u4e00-\u9fff]/.test(reason.replace(/«[^»]*»/g, ''))), []);
  assert.match(await growth.locator('[data-action=accept]').textContent(), /^Accept$/);
  await growth.locator('[data-action=accept]').click();
  await page.waitForFunction(() => !document.getElementById('paste-output-ready').hidden);
  assert.match(await page.locator('#paste-todo-summary').textContent(), /English texts? to write/);
  // The switch turns it all to Chinese, the cards included.
  await page.click('#switch-lang');
  assert.match(await growth.locator('.reasons summary').textContent(), /^提取依据（\d+）$/);
  assert.match(await growth.locator('[data-action=accept]').textContent(), /^撤销接受$/);
  assert.match(await page.locator('#paste-todo-summary').textContent(), /^英文待补/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a quote widened or narrowed by selecting it in the text, and baseline and note edited, reach the plan (issue 19)', async () => {
  const page = await harness.page({ width: 1200, height: 1000 });
  await pasteTab(page);
  await extract(page, ZHUMADIAN);
  const growth = card(page, '规模以上工业增加值增长8%左右');
  await growth.locator('[data-action=find]').click();
  // Widen: the selection grows to the heading it follows, as an editor would.
  const widened = await page.evaluate(() => {
    const area = document.getElementById('paste-text');
    const start = area.value.lastIndexOf('主要目标', area.selectionStart);
    area.setSelectionRange(start, area.selectionEnd);
    area.dispatchEvent(new Event('select'));
    return area.value.slice(start, area.selectionEnd);
  });
  assert.match(widened, /^主要目标。\s*规模以上工业增加值增长8%左右$/);
  await growth.locator('[data-action=requote]').click();
  assert.equal(await growth.locator('blockquote.quote').textContent(), widened);
  // Narrowing it to words without the number is refused, and says why.
  await page.evaluate(() => {
    const area = document.getElementById('paste-text');
    const start = area.value.indexOf('规模以上工业增加值增长8%左右');
    area.setSelectionRange(start, start + '规模以上工业增加值'.length);
    area.dispatchEvent(new Event('select'));
  });
  await growth.locator('[data-action=requote]').click();
  assert.match(await page.locator('#paste-status').textContent(), /所选文字不含目标值 8，引文未改/);
  assert.equal(await growth.locator('blockquote.quote').textContent(), widened);
  // Baseline and note.
  await growth.locator('[data-field="baseline.year"]').fill('2020');
  await growth.locator('[data-field="baseline.value"]').fill('6.2');
  await growth.locator('[data-field="note.zh"]').fill('2020年数据为初步核算。');
  await growth.locator('[data-action=accept]').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#paste-download')]);
  const plan = JSON.parse(readFileSync(await download.path(), 'utf8'));
  const target = plan.targets.find((candidate) => candidate.quote === widened);
  assert.ok(target, plan.targets.map((candidate) => candidate.quote).join(' | '));
  assert.deepEqual(target.baseline, { year: 2020, value: 6.2 });
  assert.deepEqual(target.note, { zh: '2020年数据为初步核算。', en: '' });
  // The quote is still the text's own.
  assert.ok(ZHUMADIAN.includes(target.quote));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
