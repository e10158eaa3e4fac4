// The configurator's "粘贴统计公报 Paste a bulletin" tab: a statistical bulletin or work
// report → the figures of a plan's targets (the editors' wasm, `actualsFromBulletin`),
// each with its words from the text and why it was read so → the editor keeps each,
// gives it to another target or leaves it out → the plan's dashboard in the shared
// preview shows the values kept, and the data file (what dataUrl takes) is there to
// download. Every text from the bulletin goes in through textContent and attributes.

import { onLanguage, t } from './lang.js';
import { editorsWasm, el, pastedPlan } from './configurator-paste.js';
import { fetchPlan } from './loader/plans.js';

const $ = (id) => document.getElementById(id);
const MAX_BYTES = 1024 * 1024;

const state = {
  plan: null, // the plan read (its targets)
  figures: [], // { figure, why, target, select, node }
  data: null, // the data file the figures kept make
  inline: false, // the plan is the one drafted in the paste tab
  planChosen: false, // the editor picked a plan in the select
  title: null,
};
let ui = null;

function say(text, kind = '') {
  $('bulletin-status').textContent = text;
  $('bulletin-status').dataset.kind = kind;
}

// The value of the plan select's option for the plan drafted in the 粘贴规划 tab.
const PASTED = '#pasted';

/** The plans of the catalog in the plan select, after the one drafted in the paste tab
 * when it has accepted targets: two pasted texts, the plan and the bulletin, make widgets. */
function fillPlans(plans) {
  const chosen = $('bulletin-plan').value;
  const pasted = pastedPlan();
  const options = plans.map((plan) => el('option', { value: plan.id, text: `${t(plan.region.zh, plan.region.en)} ${plan.period.start}–${plan.period.end}` }));
  if (pasted) {
    options.unshift(el('option', { value: PASTED, text: t(`粘贴规划中的规划：${pasted.title || pasted.id}（${pasted.targets.length}个目标）`, `The plan from "Paste a plan": ${pasted.title || pasted.id} (${pasted.targets.length} targets)`) }));
  }
  $('bulletin-plan').replaceChildren(...options);
  // The drafted plan is the one meant, unless the editor chose another.
  if (pasted && !state.planChosen) $('bulletin-plan').value = PASTED;
  else if (chosen && [...$('bulletin-plan').options].some((option) => option.value === chosen)) $('bulletin-plan').value = chosen;
}

/** The chosen plan's JSON text: the catalog's file, or the drafted plan. */
async function planText(id) {
  if (id !== PASTED) return fetchPlan(id);
  const pasted = pastedPlan();
  if (!pasted) throw new Error(t('粘贴规划中还没有已接受的目标。', 'The "Paste a plan" tab has no accepted target yet.'));
  return JSON.stringify(pasted);
}

async function read() {
  const text = $('bulletin-text').value;
  if (!text.trim()) {
    say(t('请先粘贴统计公报或政府工作报告全文。', 'Paste a bulletin or a work report first.'), 'warn');
    return;
  }
  if (new TextEncoder().encode(text).length > MAX_BYTES) {
    say(t('文本超过 1 MB 上限：请只粘贴公报正文。', 'The text is over the 1 MB limit: paste the bulletin itself.'), 'warn');
    return;
  }
  say(t('正在读取…', 'Reading…'));
  const id = $('bulletin-plan').value;
  let result;
  try {
    const [wasm, json] = await Promise.all([editorsWasm(), planText(id)]);
    state.plan = JSON.parse(json);
    state.inline = id === PASTED;
    result = JSON.parse(wasm.actualsFromBulletin(text, json));
  } catch (error) {
    $('bulletin-review').hidden = true;
    $('bulletin-output').hidden = true;
    say(`${t('无法读取：', 'Could not read it: ')}${error.message ?? error}`, 'warn');
    return;
  }
  state.title = result.data.source?.name ?? null;
  state.figures = [
    ...result.review.matched.map((entry) => ({ figure: entry.figure, why: entry.why, target: entry.target })),
    ...result.review.unmatched.map((entry) => ({ figure: entry.figure, why: [entry.why], target: '' })),
  ];
  state.figures.sort((a, b) => a.figure.number[0] - b.figure.number[0]);
  showFigures();
  const kept = result.review.matched.length;
  say(t(`读出 ${state.figures.length} 个数字，其中 ${kept} 个对应规划目标；请逐条核对。`, `${state.figures.length} figures read, ${kept} of them the plan's targets; check each.`));
}

function showFigures() {
  const targets = state.plan.targets;
  $('bulletin-figures').replaceChildren(
    ...state.figures.map((entry, index) => {
      const { figure } = entry;
      const options = [el('option', { value: '', text: ['不采用', 'Leave out'] }), ...targets.map((target) => el('option', { value: target.id, text: `${t(target.name.zh, target.name.en || target.name.zh)}（${target.unit || t('无单位', 'no unit')}）` }))];
      const select = el('select', { 'data-field': 'target', 'aria-label': t(`第${index + 1}个数字用作`, `Figure ${index + 1} used as`) }, ...options);
      select.value = entry.target;
      select.addEventListener('change', () => {
        entry.target = select.value;
        node.dataset.used = String(Boolean(entry.target));
        refresh();
      });
      const year = figure.year ?? '—';
      const part = figure.partOfYear ? t(`（${figure.partOfYear}）`, ` (${figure.partOfYear})`) : '';
      const place = figure.place ? t(`（${figure.place}）`, ` (${figure.place})`) : '';
      const node = el(
        'li',
        { 'data-used': String(Boolean(entry.target)) },
        el('blockquote', {}, el('bdi', { text: figure.quote })),
        el('p', { class: 'figure', text: `${figure.value}${figure.unit} · ${year}${part}${place}` }),
        el('label', { class: 'field' }, el('span', { class: 'label', text: ['用作', 'Used as'] }), select),
        el('details', {}, el('summary', { text: ['读取依据', 'Why it reads so'] }), el('ul', {}, ...entry.why.map((reason) => el('li', { text: [reason.zh, reason.en] })))),
      );
      entry.node = node;
      return node;
    }),
  );
  $('bulletin-review').hidden = false;
  $('bulletin-output').hidden = false;
  refresh();
}

/** The data file the figures kept make, the preview, and what is wrong with them. */
function refresh() {
  const values = {};
  const twice = [];
  for (const { figure, target } of state.figures) {
    if (!target || figure.year == null) continue;
    values[target] ??= {};
    if (values[target][figure.year]) twice.push(target);
    const flagged = figure.flag ? { value: figure.value, flag: figure.flag } : figure.value;
    values[target][figure.year] = flagged;
  }
  state.data = { source: state.title ? { name: state.title } : {}, values };
  $('bulletin-json').value = JSON.stringify(state.data, null, 1);
  if (twice.length) {
    const name = state.plan.targets.find((target) => target.id === twice[0])?.name.zh ?? twice[0];
    say(t(`“${name}”同一年有两个数值：只保留一个。`, `«${name}» has two values for one year: keep one.`), 'warn');
  }
  // A drafted plan goes with the config (`plans`); a catalog plan is fetched by the widget.
  const inline = state.inline ? { plans: [state.plan] } : {};
  ui.preview.setAttribute('config', JSON.stringify({ plan: state.plan.id, actuals: values, ...inline, ...(state.title ? { source: { name: state.title } } : {}) }));
}

function download() {
  if (!state.data) return;
  const blob = new Blob([`${JSON.stringify(state.data, null, 2)}\n`], { type: 'application/json' });
  const link = el('a', { href: URL.createObjectURL(blob), download: `${state.plan.id}-actuals.json` });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

/** Wires the tab; `plans` the catalog's, `preview` the shared preview element. Returns
 * `show()` and `hide()` for the tab switch. */
export function mountBulletin({ preview, plans }) {
  ui = { preview };
  fillPlans(plans);
  $('bulletin-read').addEventListener('click', () => read().catch((error) => say(`${t('出错了：', 'Something went wrong: ')}${error.message ?? error}`, 'warn')));
  $('bulletin-download').addEventListener('click', download);
  $('bulletin-plan').addEventListener('change', () => {
    state.planChosen = true;
  });
  onLanguage(() => {
    fillPlans(plans);
    if (state.figures.length) showFigures();
  });
  return {
    show() {
      fillPlans(plans);
      if (state.data) refresh();
    },
    hide() {},
  };
}
