// The configurator: plan → target → chart → options → data, a live preview and a
// copy-ready snippet (script tag + element). Every plan from the catalog's files;
// all text set through textContent and attributes. Two tabs: this form ("from the
// catalog") and "paste a plan" (configurator-paste.js), sharing the preview.

import { editorsWasm, mountPaste } from './configurator-paste.js';
import { mountBulletin } from './configurator-bulletin.js';
import { fetchPlan } from './loader/plans.js';
import { assumption, hostScriptTag, iframeTag, onPathChange, scriptTag } from './portal.js';
import { applyLanguage, english, onLanguage, setLanguage, t } from './lang.js';
import { sampleFor } from './sample-data.js';
import { catalog } from './planmeter.js';

// The editors' wasm reads the figures box (its problems worded in the page's language,
// Chinese too, which the widgets' wasm leaves out) and pre-renders snippets. Loaded once
// the form works (below): without it the form still makes snippets; typed figures wait.
let glue = null;
let glueFailed = null;
const plans = await catalog();
// The comparison series of sample figures for a relative target (typed figures have none).
let benchmark = null;

const $ = (id) => document.getElementById(id);
const option = (select, value, text) => {
  const node = document.createElement('option');
  node.value = value;
  node.textContent = text;
  select.append(node);
};

function fillPlans() {
  const chosen = $('plan').value;
  $('plan').replaceChildren();
  for (const plan of plans) option($('plan'), plan.id, `${t(plan.region.zh, plan.region.en)} ${plan.period.start}–${plan.period.end}`);
  if (chosen) $('plan').value = chosen;
}

function fillTargets() {
  const plan = plans.find((p) => p.id === $('plan').value);
  const chosen = $('target').value;
  $('target').replaceChildren();
  for (const target of plan.targets) option($('target'), target.id, `${t(target.name.zh, target.name.en)}${target.subRegion ? `（${target.subRegion}）` : ''}`);
  if (plan.targets.some((target) => target.id === chosen)) $('target').value = chosen;
}

const preview = document.createElement('plan-meter');
preview.id = 'preview-widget';
$('preview').append(preview);

// The config the form describes; data errors are shown beside the form.
function config() {
  const dashboard = $('chart').value === 'dashboard';
  const result = dashboard ? { plan: $('plan').value } : { indicator: $('target').value };
  const text = $('data').value.trim();
  $('data-error').hidden = true;
  let read = null;
  if (text && !glue) {
    // Still loading: update() runs again when it arrives.
    if (glueFailed) {
      $('data-error').textContent = `${t('无法加载读取数据的模块：', 'The module that reads figures could not be loaded: ')}${glueFailed.message ?? glueFailed}`;
      $('data-error').hidden = false;
    }
  } else if (text) {
    try {
      read = JSON.parse(glue.actualsFromData(text, dashboard ? undefined : $('target').value, document.documentElement.lang));
      result.actuals = read;
    } catch (error) {
      // One problem per line, each naming its row.
      const problems = error.message.split(/[；;] (?=row \d)|；(?=第\d+行)/);
      $('data-error').textContent = `${t('数据有误：', 'The figures have a problem: ')}${problems.length > 1 ? '\n' : ''}${problems.join('\n')}`;
      $('data-error').hidden = false;
    }
  }
  showRead(read, dashboard);
  if (benchmark) result.benchmark = benchmark;
  if ($('illustrative').checked) result.illustrative = true;
  const source = {};
  for (const key of ['name', 'url', 'published']) {
    const value = $(`source-${key}`).value.trim();
    if (value) source[key] = value;
  }
  if (Object.keys(source).length) result.source = source;
  if (!dashboard && $('chart').value !== 'auto') result.chart = $('chart').value;
  if ($('lang').value) result.lang = $('lang').value;
  if ($('theme').value !== 'light') result.theme = $('theme').value;
  if ($('elder').checked) result.elder = true;
  if ($('asOf').value) result.asOf = $('asOf').value;
  if ($('height').value) result.height = Number($('height').value);
  return result;
}

// What the figures box was read as — each year's value, flag and source, and for a plan
// each target's — so the editor checks the reading before copying the code.
function showRead(read, dashboard) {
  const figure = $('data-read');
  const rows = [];
  const plan = plans.find((candidate) => candidate.id === $('plan').value);
  const name = (id) => {
    const target = plan?.targets.find((candidate) => candidate.id === id);
    return target ? t(target.name.zh, target.name.en) : id;
  };
  const unit = (id) => plan?.targets.find((candidate) => candidate.id === id)?.unit ?? '';
  const add = (id, series) => {
    for (const [year, entry] of Object.entries(series ?? {})) {
      const value = typeof entry === 'number' ? { value: entry } : entry;
      rows.push([...(dashboard ? [name(id)] : []), year, `${value.value}${unit(id) === '%' ? '%' : unit(id) ? ` ${unit(id)}` : ''}`, value.flag ? glue.words(document.documentElement.lang)[`flag.${value.flag}`] ?? value.flag : '', value.source ?? '']);
    }
  };
  if (read && dashboard) for (const [id, series] of Object.entries(read)) add(id, series);
  else if (read) add($('target').value, read);
  figure.hidden = rows.length === 0;
  if (!rows.length) return;
  const head = [...(dashboard ? [t('指标', 'Target')] : []), t('年份', 'Year'), t('数值', 'Value'), t('标注', 'Flag'), t('来源', 'Source')];
  const cells = (tag, texts, numberAt) =>
    texts.map((text, index) => {
      const cell = document.createElement(tag);
      cell.textContent = text;
      if (index === numberAt) cell.className = 'number';
      return cell;
    });
  figure.querySelector('thead tr').replaceChildren(...cells('th', head));
  const valueAt = dashboard ? 2 : 1;
  figure.querySelector('tbody').replaceChildren(
    ...rows.map((row) => {
      const tr = document.createElement('tr');
      tr.append(...cells('td', row, valueAt));
      return tr;
    }),
  );
  const targets = dashboard ? new Set(Object.keys(read)).size : 1;
  $('data-read-caption').textContent = dashboard
    ? t(`读取结果：${targets}个指标共${rows.length}个数值，请核对`, `Read as: ${rows.length} values of ${targets} targets; please check`)
    : t(`读取结果：${rows.length}个数值（${name($('target').value)}），请核对`, `Read as: ${rows.length} values (${name($('target').value)}); please check`);
}

let snippetGeneration = 0;

// The iframe's height where nothing sizes it: a widget (or a dashboard) fits at the
// widths portals give their content column.
const IFRAME_HEIGHTS = { widget: 760, dashboard: 1100 };

// The iframe's title, for screen readers: what it shows.
function embedTitle(current) {
  const plan = plans.find((candidate) => candidate.id === current.plan || current.indicator?.startsWith(`${candidate.id}.`));
  const target = plan?.targets.find((candidate) => candidate.id === current.indicator);
  const name = target ? (english() ? target.name.en : target.name.zh) : plan?.title ?? 'planmeter';
  return `${name} — planmeter`;
}

function update() {
  const current = config();
  const json = JSON.stringify(current);
  document.title = t('planmeter 配置器', 'planmeter configurator');
  preview.setAttribute('config', json);
  const open = `${scriptTag()}\n<plan-meter config='${json.replaceAll('&', '&amp;').replaceAll("'", '&#39;')}'>`;
  const dashboard = Boolean(current.plan);
  $('snippet-assumes').textContent = assumption();
  $('iframe-snippet').value = `${iframeTag(current, embedTitle(current), dashboard ? IFRAME_HEIGHTS.dashboard : IFRAME_HEIGHTS.widget)}\n${hostScriptTag()}`;
  $('prerender').disabled = dashboard;
  $('prerender-note').hidden = !dashboard;
  const generation = ++snippetGeneration;
  if (!$('prerender').checked || dashboard) {
    $('snippet').value = `${open}</plan-meter>`;
    return;
  }
  // The widget's words, chart and table as HTML inside the element: readers see the
  // chart from the page itself, before the loader and the wasm arrive.
  prerendered(json, current).then(
    (html) => {
      if (generation === snippetGeneration) $('snippet').value = `${open}\n${html.trim()}\n</plan-meter>`;
    },
    (error) => {
      if (generation !== snippetGeneration) return;
      $('snippet').value = `${open}</plan-meter>`;
      $('data-error').textContent = `${t('无法预渲染：', 'Could not pre-render: ')}${error.message}`;
      $('data-error').hidden = false;
    },
  );
}

/** `config` drawn by the editors' wasm as the HTML `planmeter render --format html` writes. */
async function prerendered(json, config) {
  const wasm = await editorsWasm();
  const plan = plans.find((candidate) => config.indicator?.startsWith(`${candidate.id}.`));
  if (plan && !config.plans) wasm.addPlan(await fetchPlan(plan.id));
  return wasm.prerender(json, new Date().toISOString().slice(0, 10), 720);
}

$('plan').addEventListener('change', () => {
  fillTargets();
  update();
});
for (const id of ['target', 'chart', 'lang', 'theme', 'elder', 'asOf', 'height', 'illustrative', 'source-published', 'prerender']) $(id).addEventListener('change', update);
for (const id of ['data', 'source-name', 'source-url']) $(id).addEventListener('input', update);
// Typed figures are the editor's own: the 示例数据 mark is theirs to set. Sample figures
// always carry it.
$('data').addEventListener('input', () => {
  benchmark = null;
});
$('sample').addEventListener('click', () => {
  const plan = plans.find((p) => p.id === $('plan').value);
  const dashboard = $('chart').value === 'dashboard';
  const targets = dashboard ? plan.targets : plan.targets.filter((target) => target.id === $('target').value);
  const actuals = {};
  const benchmarks = {};
  let asOf = '';
  for (const target of targets) {
    const sample = sampleFor(plan, target);
    actuals[target.id] = sample.actuals;
    if (Object.keys(sample.benchmark).length) benchmarks[target.id] = sample.benchmark;
    asOf = asOf > sample.asOf ? asOf : sample.asOf;
  }
  const single = !dashboard && targets[0];
  $('data').value = JSON.stringify(single ? actuals[targets[0].id] : actuals, null, 1);
  benchmark = single ? benchmarks[targets[0].id] ?? null : Object.keys(benchmarks).length ? benchmarks : null;
  $('asOf').value = asOf;
  $('illustrative').checked = true;
  update();
});
$('file').addEventListener('change', async () => {
  const file = $('file').files[0];
  if (!file) return;
  $('data').value = await file.text();
  update();
});
onPathChange(update);
$('copy-iframe').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText($('iframe-snippet').value);
    $('copy-iframe').textContent = t('已复制', 'Copied');
  } catch {
    $('iframe-snippet').select();
    $('copy-iframe').textContent = t('已选中，请按 Ctrl+C', 'Selected: press Ctrl+C');
  }
});
$('copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText($('snippet').value);
    $('copy').textContent = t('已复制', 'Copied');
  } catch {
    $('snippet').select();
    $('copy').textContent = t('已选中，请按 Ctrl+C', 'Selected: press Ctrl+C');
  }
});

// One language at a time: the switch (or ?lang=en) sets the page's, and everything
// written from JavaScript is written again.
$('switch-lang').addEventListener('click', () => setLanguage(english() ? 'zh-CN' : 'en'));
onLanguage(() => {
  $('switch-lang').lang = english() ? 'zh-CN' : 'en';
  fillPlans();
  fillTargets();
  update();
});

// ---- Tabs (WAI-ARIA tabs, automatic activation) -------------------------------------

const tabs = [...document.querySelectorAll('[role=tab]')];
const paste = mountPaste({ preview });
const bulletin = mountBulletin({ preview, plans });

function selectTab(tab, { focus = false } = {}) {
  for (const other of tabs) {
    const selected = other === tab;
    other.setAttribute('aria-selected', String(selected));
    other.tabIndex = selected ? 0 : -1;
    $(other.getAttribute('aria-controls')).hidden = !selected;
  }
  if (focus) tab.focus();
  const pasting = tab.id === 'tab-paste';
  const reading = tab.id === 'tab-bulletin';
  $('configurator').classList.toggle('pasting', pasting || reading);
  $('catalog-snippet').hidden = pasting || reading;
  history.replaceState(null, '', pasting ? '#paste' : reading ? '#bulletin' : location.pathname + location.search);
  if (pasting) {
    bulletin.hide();
    paste.show();
  } else if (reading) {
    paste.hide();
    bulletin.show();
  } else {
    paste.hide();
    bulletin.hide();
    update();
  }
}

for (const tab of tabs) {
  tab.addEventListener('click', () => selectTab(tab));
  tab.addEventListener('keydown', (event) => {
    const index = tabs.indexOf(tab);
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    selectTab(tabs[(next + tabs.length) % tabs.length], { focus: true });
  });
}

applyLanguage();
$('switch-lang').lang = english() ? 'zh-CN' : 'en';
fillPlans();
fillTargets();
update();
if (location.hash === '#paste') selectTab($('tab-paste'));
if (location.hash === '#bulletin') selectTab($('tab-bulletin'));
document.documentElement.dataset.ready = 'true';
editorsWasm().then(
  (module) => {
    glue = module;
    update();
  },
  (error) => {
    glueFailed = error;
    update();
  },
);
