// The configurator: plan → target → chart → options → data, a live preview and a
// copy-ready snippet (script tag + element). Everything from the wasm's own catalog;
// all text set through textContent and attributes. Two tabs: this form ("from the
// catalog") and "paste a plan" (configurator-paste.js), sharing the preview.

import { mountPaste } from './configurator-paste.js';

const glue = await import(new URL('./pkg/planmeter.js', import.meta.url).href);
await glue.default({ module_or_path: new URL('./pkg/planmeter_bg.wasm', import.meta.url) });
const plans = glue.catalog();
const loaderUrl = new URL('./planmeter.js', import.meta.url).href;

const $ = (id) => document.getElementById(id);
const option = (select, value, text) => {
  const node = document.createElement('option');
  node.value = value;
  node.textContent = text;
  select.append(node);
};

for (const plan of plans) option($('plan'), plan.id, `${plan.region.zh} ${plan.period.start}–${plan.period.end}`);

function fillTargets() {
  const plan = plans.find((p) => p.id === $('plan').value);
  $('target').replaceChildren();
  for (const target of plan.targets) option($('target'), target.id, `${target.name.zh}${target.subRegion ? `（${target.subRegion}）` : ''}`);
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
  if (text) {
    try {
      result.actuals = JSON.parse(glue.actualsFromData(text, dashboard ? undefined : $('target').value));
    } catch (error) {
      $('data-error').textContent = `数据有误 (data error): ${error.message}`;
      $('data-error').hidden = false;
    }
  }
  if (!dashboard && $('chart').value !== 'auto') result.chart = $('chart').value;
  if ($('lang').value) result.lang = $('lang').value;
  if ($('theme').value !== 'light') result.theme = $('theme').value;
  if ($('elder').checked) result.elder = true;
  if ($('asOf').value) result.asOf = $('asOf').value;
  if ($('height').value) result.height = Number($('height').value);
  return result;
}

function update() {
  const json = JSON.stringify(config());
  preview.setAttribute('config', json);
  $('snippet').value = `<script type="module" src="${loaderUrl}"></script>\n<plan-meter config='${json.replaceAll("'", '&#39;')}'></plan-meter>`;
}

$('plan').addEventListener('change', () => {
  fillTargets();
  update();
});
for (const id of ['target', 'chart', 'lang', 'theme', 'elder', 'asOf', 'height']) $(id).addEventListener('change', update);
$('data').addEventListener('input', update);
$('file').addEventListener('change', async () => {
  const file = $('file').files[0];
  if (!file) return;
  $('data').value = await file.text();
  update();
});
$('copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText($('snippet').value);
    $('copy').textContent = '已复制 Copied';
  } catch {
    $('snippet').select();
    $('copy').textContent = '已选中，请按 Ctrl+C';
  }
});

// ---- Tabs (WAI-ARIA tabs, automatic activation) -------------------------------------

const tabs = [...document.querySelectorAll('[role=tab]')];
const paste = mountPaste({ preview, loaderUrl });

function selectTab(tab, { focus = false } = {}) {
  for (const other of tabs) {
    const selected = other === tab;
    other.setAttribute('aria-selected', String(selected));
    other.tabIndex = selected ? 0 : -1;
    $(other.getAttribute('aria-controls')).hidden = !selected;
  }
  if (focus) tab.focus();
  const pasting = tab.id === 'tab-paste';
  $('configurator').classList.toggle('pasting', pasting);
  $('catalog-snippet').hidden = pasting;
  history.replaceState(null, '', pasting ? '#paste' : location.pathname + location.search);
  if (pasting) {
    paste.show();
  } else {
    paste.hide();
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

fillTargets();
update();
if (location.hash === '#paste') selectTab($('tab-paste'));
document.documentElement.dataset.ready = 'true';
