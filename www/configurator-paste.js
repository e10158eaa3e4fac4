// The configurator's "粘贴规划 Paste a plan" tab: a plan's full text → draft targets
// (the editors' wasm in pkg-author/, imported on first use) → one review card per target
// (edit, accept, drop, preview in the shared preview) → a checked plan JSON to download
// and snippets to copy. Every text from the pasted plan goes in through textContent,
// input values and attributes; every failure becomes a message in the panel.

import { both, onLanguage, t } from './lang.js';
import { wasmSource } from './loader/wasm.js';
import { scriptTag } from './portal.js';

const MAX_BYTES = 1024 * 1024;
const SLUG = /^[a-z0-9-]+$/;
const $ = (id) => document.getElementById(id);

// The schema's lists (kinds, comparisons, changeIn) with their words come from the
// editors' wasm (`planEnums`), loaded before the first card is made.
let enums = { kinds: [], comparisons: [], changeIn: [] };
const pairs = (list) => list.map(({ value, zh, en }) => [value, zh, en]);
const KINDS = () => pairs(enums.kinds);
const COMPARISONS = () => pairs(enums.comparisons);
const CHANGE_IN = () => [['', '— 请选择 —', '— choose —'], ...pairs(enums.changeIn)];
const STATES = { pending: ['待定', 'pending'], accepted: ['已接受', 'accepted'], dropped: ['已删除', 'dropped'] };

// The editable fields of a card; `when` says when a field applies.
const FIELDS = [
  { key: 'name.zh', label: ['名称', 'Name'], half: true },
  { key: 'name.en', label: ['英文名称', 'English name'], half: true, lang: 'en' },
  { key: 'kind', label: ['类型', 'Kind'], options: KINDS, roomy: true },
  { key: 'comparison', label: ['比较', 'Comparison'], options: COMPARISONS, roomy: true },
  { key: 'value', label: ['目标值', 'Value'], step: 'any', when: (t) => t.comparison !== 'range' },
  { key: 'low', label: ['下限', 'Low'], step: 'any', when: (t) => t.comparison === 'range' },
  { key: 'high', label: ['上限', 'High'], step: 'any', when: (t) => t.comparison === 'range' },
  { key: 'unit', label: ['单位', 'Unit'] },
  { key: 'startYear', label: ['起始年', 'Start year'], step: '1' },
  { key: 'deadline', label: ['截止年', 'Deadline'], step: '1' },
  { key: 'subRegion', label: ['区域', 'Sub-region'] },
  { key: 'changeIn', label: ['变化按', 'Change in'], options: CHANGE_IN, when: (t) => t.kind === 'change' },
  { key: 'relativeTo', label: ['相对于', 'Relative to'], when: (t) => t.kind === 'relative' },
  { key: 'baseline.year', label: ['基期年份', 'Baseline year'], step: '1' },
  { key: 'baseline.value', label: ['基期值', 'Baseline value'], step: 'any' },
  { key: 'responsible', label: ['责任单位（用、或逗号分隔）', 'Responsible, separated by 、 or ,'], wide: true },
  { key: 'note.zh', label: ['说明', 'Note'], wide: true },
  { key: 'note.en', label: ['英文说明', 'Note (English)'], wide: true, lang: 'en' },
];

// The plan metadata inputs, by the path of their field in the plan.
const META = {
  title: 'meta-title',
  titleEn: 'meta-titleEn',
  'region.zh': 'meta-region-zh',
  'region.en': 'meta-region-en',
  issuer: 'meta-issuer',
  docNumber: 'meta-docNumber',
  date: 'meta-date',
  published: 'meta-published',
  'period.start': 'meta-start',
  'period.end': 'meta-end',
};
const META_NAMES = {
  id: ['规划编号', 'Plan id'],
  title: ['标题', 'Title'],
  titleEn: ['英文标题', 'English title'],
  'region.zh': ['地区', 'Region'],
  'region.en': ['英文地区名', 'Region (English)'],
  issuer: ['发文机关', 'Issuer'],
  docNumber: ['文号', 'Document number'],
  date: ['印发日期', 'Date issued'],
  published: ['发布日期', 'Date published'],
  period: ['规划期', 'Period'],
  'period.start': ['起始年', 'First year'],
  'period.end': ['结束年', 'Last year'],
  targets: ['目标', 'Targets'],
};

// Invisible characters that reorder or hide text (bidi controls, zero-width marks).
const CONTROLS = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

const state = {
  text: '', // the text the draft was extracted from
  draftId: '', // the plan id it was extracted with
  plan: null, // the draft plan, nulls removed
  spans: [], // each target's quote in `text`, UTF-16 offsets
  cards: [],
  previewing: null, // the card shown in the preview
  returnTo: null, // the button to go back to after "show in text"
};
let ui = null; // { preview } from mountPaste

// ---- Small helpers -------------------------------------------------------------------

/** `el('p', { class: 'x', text: 'y', hidden: true, 'aria-x': 1 }, child…)`; `text:
 * [zh, en]` is a text that follows the language switch. */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === false) continue;
    if (name === 'text' && Array.isArray(value)) {
      [node.dataset.zh, node.dataset.en] = value;
      node.textContent = t(...value);
    } else if (name === 'text') node.textContent = value;
    else if (name === 'hidden') node.hidden = true;
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  node.append(...children);
  return node;
}

const pick = (object, path) => path.split('.').reduce((value, key) => value?.[key], object);
const withoutNulls = (value) => JSON.parse(JSON.stringify(value, (key, item) => (item === null ? undefined : item)));
const numberOf = (text) => (text.trim() === '' ? NaN : Number(text));
const byteLength = (text) => new TextEncoder().encode(text).length;
const megabytes = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
// Lets the status paint before a long synchronous call (rAF alone stalls in a hidden tab).
const nextPaint = () => new Promise((done) => {
  requestAnimationFrame(() => setTimeout(done));
  setTimeout(done, 100);
});

function say(text, kind = '') {
  $('paste-status').textContent = text;
  $('paste-status').dataset.kind = kind;
}

function fail(message, error) {
  console.error(error ?? message);
  $('paste-error').textContent = error ? `${message}${t('：', ': ')}${error.message ?? error}` : message;
  $('paste-error').hidden = false;
}

function clearError() {
  $('paste-error').hidden = true;
  $('paste-error').textContent = '';
}

/** Wraps an event handler: whatever it throws becomes a message in the panel. */
const guarded = (handler) => async (...args) => {
  try {
    await handler(...args);
  } catch (error) {
    fail(t('出错了', 'Something went wrong'), error);
  }
};

// ---- The editors' wasm ---------------------------------------------------------------

// The editors' wasm, loaded and renewed as the widgets' is (loader/wasm.js).
const author = new URL('./pkg-author/planmeter.js', import.meta.url).href;
const editors = wasmSource({
  first: () => import(author),
  glue: () => author,
  wasm: () => new URL('./pkg-author/planmeter_bg.wasm', import.meta.url).href,
  started: (module) => {
    glue = module;
    enums = JSON.parse(module.planEnums());
  },
});
let glue = null; // the glue module, once loaded
const loadAuthor = () => editors.load();

/** The editors' wasm, loaded on first use: the paste tab's, and the pre-rendered snippet's. */
export async function editorsWasm() {
  await loadAuthor();
  return glue;
}

/** Calls an export; a trap (a bug) retires the instance so the next call gets a new one. */
function call(name, ...args) {
  try {
    return glue[name](...args);
  } catch (error) {
    if (error instanceof WebAssembly.RuntimeError) {
      editors.retire(glue);
      glue = null;
    }
    throw error;
  }
}

// ---- Extracting ----------------------------------------------------------------------

let busy = false; // an extraction is running

async function extract(note = '') {
  if (busy) return;
  clearError();
  const text = $('paste-text').value;
  const id = $('paste-id').value.trim();
  if (!text.trim()) {
    say(t('请先粘贴规划全文。', 'Paste the plan text first.'), 'warn');
    $('paste-text').focus();
    return;
  }
  if (byteLength(text) > MAX_BYTES) {
    say(t(`文本有 ${megabytes(byteLength(text))}，超过 1 MB 上限：请只粘贴规划正文。`, `The text is ${megabytes(byteLength(text))}, over the 1 MB limit: paste the plan itself.`), 'warn');
    return;
  }
  if (!SLUG.test(id)) {
    say(t('规划编号只能用 a-z、0-9 和 -。', 'The plan id may use a-z, 0-9 and - only.'), 'warn');
    $('paste-id').focus();
    return;
  }
  busy = true;
  $('paste-extract').setAttribute('aria-disabled', 'true');
  say(t('正在提取…', 'Extracting…'));
  try {
    await nextPaint();
    await loadAuthor().catch((error) => {
      throw Object.assign(new Error(`${t('无法加载提取模块（pkg-author）', 'Could not load the extractor (pkg-author)')}: ${error.message}`), { cause: error });
    });
    const draft = JSON.parse(call('extractPlan', text, id));
    showDraft(draft, text, id, note);
  } catch (error) {
    say('');
    fail(t('提取失败', 'Extraction failed'), error);
  } finally {
    busy = false;
    $('paste-extract').setAttribute('aria-disabled', 'false');
  }
}

function showDraft({ plan, spans }, text, id, note) {
  const before = { plan: state.plan, cards: state.cards };
  Object.assign(state, { text, draftId: id, plan: withoutNulls(plan), spans, previewing: null });
  const count = state.plan.targets.length;
  for (const section of ['paste-meta', 'paste-review', 'paste-output']) $(section).hidden = count === 0;
  if (count === 0) {
    state.cards = [];
    $('paste-cards').replaceChildren();
    say(`${t('没有找到量化目标。这是一份规划的正文吗？目标通常写作“到2025年，规上工业企业达到100家以上”。', 'No quantified targets found: is this the text of a plan? Targets read like “到2025年，规上工业企业达到100家以上”.')} ${note}`.trim(), 'warn');
  } else {
    fillMeta(state.plan, before.plan);
    renderCards();
    const kept = keepReviews(before.cards);
    const keptNote = kept ? t(`（沿用了 ${kept} 个目标的审核和修改）`, ` (your review of ${kept} kept)`) : '';
    say(`${t(`找到 ${count} 个目标草稿`, `${count} draft target${count === 1 ? '' : 's'} found`)}${keptNote} ${note}`.trim());
  }
  renderPreview();
  refresh();
}

async function upload() {
  const file = $('paste-file').files[0];
  if (!file) return;
  clearError();
  if (file.size > MAX_BYTES) {
    say(t(`文件有 ${megabytes(file.size)}，超过 1 MB 上限。`, `The file is ${megabytes(file.size)}, over the 1 MB limit.`), 'warn');
    return;
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  let note = '';
  try {
    $('paste-text').value = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    $('paste-text').value = new TextDecoder('gb18030').decode(bytes);
    note = t('（文件不是 UTF-8，已按 GB18030 读取）', '(not UTF-8: read as GB18030)');
  }
  await extract(note);
}

// ---- Plan details --------------------------------------------------------------------

/** Fills the details form from a new draft; where it says what the previous draft
 * said (`before`), the editor's value stays (an extraction again keeps their edits). */
function fillMeta(plan, before) {
  for (const [path, id] of Object.entries(META)) {
    if (!before || pick(before, path) !== pick(plan, path)) $(id).value = String(pick(plan, path) ?? '');
  }
  if (!before || before.draft !== plan.draft) $('meta-draft').checked = Boolean(plan.draft);
}

/** The plan's fields from the details form, in the schema's order. */
function readMeta() {
  const value = (path) => $(META[path]).value.trim();
  const year = (path) => (Number.isFinite(numberOf(value(path))) ? Number(value(path)) : 0);
  const meta = {
    id: $('paste-id').value.trim(),
    region: { zh: value('region.zh'), en: value('region.en') },
    title: value('title'),
    titleEn: value('titleEn'),
    period: { start: year('period.start'), end: year('period.end') },
    issuer: value('issuer'),
    docNumber: value('docNumber') || undefined,
    date: value('date'),
    published: value('published') || undefined,
    draft: $('meta-draft').checked,
  };
  return withoutNulls(meta);
}

// ---- Cards ---------------------------------------------------------------------------

function renderCards() {
  state.cards = state.plan.targets.map((target, index) => makeCard(target, index));
  $('paste-cards').replaceChildren(...state.cards.map((card) => card.node));
  $('paste-filter').value = 'all';
  $('paste-sort').value = 'text';
}

/** After an extraction again: each new card whose quote an old card had takes over its
 * state and the edits to fields the new draft reads as the old one did. */
function keepReviews(oldCards) {
  const unused = [...oldCards];
  let kept = 0;
  for (const card of state.cards) {
    const old = unused.find((candidate) => candidate.draft.quote === card.draft.quote);
    if (!old) continue;
    unused.splice(unused.indexOf(old), 1);
    for (const { key } of FIELDS) {
      if (initialValue(old.draft, key) === initialValue(card.draft, key)) card.inputs[key].value = old.inputs[key].value;
    }
    retitle(card);
    showApplicable(card);
    paint(card, old.state);
    if (old.state !== 'pending' || edited(old)) kept++;
  }
  return kept;
}

const edited = (card) => FIELDS.some(({ key }) => card.inputs[key].value !== String(initialValue(card.draft, key) ?? ''));

function makeCard(draft, index) {
  const slug = draft.id.slice(state.draftId.length + 1);
  const card = { draft, index, slug, span: state.spans[index], state: 'pending', inputs: {}, labels: {} };
  card.title = el('h3', { class: 'card-title', id: `card-${slug}-title`, tabindex: -1 });
  card.badge = el('span', { class: 'state' });
  card.accept = actionButton(card, '', () => setState(card, card.state === 'accepted' ? 'pending' : 'accepted'), 'accept');
  card.drop = actionButton(card, '', () => setState(card, card.state === 'dropped' ? 'pending' : 'dropped'), 'drop');
  card.previewButton = actionButton(card, ['预览', 'Preview'], () => previewCard(card), 'preview');
  card.node = el(
    'li',
    { class: 'card', id: `card-${slug}`, 'aria-labelledby': card.title.id },
    el('div', { class: 'card-head' }, card.title, card.badge, confidence(draft.review?.confidence ?? 0)),
    ...quoteBlock(card, actionButton(card, ['在原文中定位', 'Show in text'], (event) => showInText(card, event.currentTarget), 'find'), actionButton(card, ['用原文中选中的文字作引文', 'Quote the text selected in the source'], () => quoteSelection(card), 'requote')),
    reasons(draft.review?.reasons ?? []),
    el('div', { class: 'fields' }, ...FIELDS.map((spec) => field(card, spec))),
    el('div', { class: 'actions' }, card.accept, card.drop, card.previewButton),
  );
  card.inputs['name.zh'].addEventListener('input', () => retitle(card));
  card.inputs.kind.addEventListener('change', () => showApplicable(card));
  card.inputs.comparison.addEventListener('change', () => showApplicable(card));
  retitle(card);
  showApplicable(card);
  paint(card, 'pending');
  return card;
}

function actionButton(card, text, handler, action) {
  const button = el('button', { type: 'button', text, 'data-action': action, 'aria-describedby': card.title.id });
  button.addEventListener('click', guarded(handler));
  return button;
}

function confidence(value) {
  const [zh, level] = value >= 0.8 ? ['高', 'high'] : value >= 0.6 ? ['中', 'medium'] : ['低', 'low'];
  return el('span', { class: 'confidence', 'data-level': level, text: [`把握${zh} ${value.toFixed(2)}`, `${level} confidence ${value.toFixed(2)}`] });
}

/** The verbatim quote (invisible controls marked), where it sits (with `find`, the
 * button that selects it in the text), and a warning. */
function quoteBlock(card, find, requote) {
  const { draft } = card;
  const measure = state.plan.measures.find((m) => m.id === draft.measure);
  const where = draft.section ? [both('章节：', 'Section: '), el('bdi', { text: draft.section })] : [both('章节未识别', 'no section found')];
  if (measure) where.push(both(' · 措施 ', ' · Measure '), el('bdi', { text: [measure.number, measure.title].filter(Boolean).join(' ') }));
  card.quoteNode = el('blockquote', { class: 'quote' }, ...quoteNodes(draft.quote));
  const blocks = [card.quoteNode, el('p', { class: 'where' }, ...where, ' ', find, ' ', requote)];
  const controls = [...new Set(draft.quote.match(CONTROLS) ?? [])].map(codePoint);
  if (controls.length) blocks.push(el('p', { class: 'warn', text: [`引文含不可见的控制字符 ${controls.join(' ')}，已按原文保留。`, `The quote holds invisible control characters (${controls.join(' ')}), kept as in the text.`] }));
  return blocks;
}

const codePoint = (character) => `U+${character.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

function quoteNodes(text) {
  const nodes = [];
  let last = 0;
  for (const match of text.matchAll(CONTROLS)) {
    nodes.push(text.slice(last, match.index));
    const code = codePoint(match[0]);
    nodes.push(el('span', { class: 'control', 'data-code': code, title: t(`控制字符 ${code}`, `control character ${code}`), text: match[0] }));
    last = match.index + match[0].length;
  }
  nodes.push(text.slice(last));
  return nodes;
}

function reasons(list) {
  return el(
    'details',
    { class: 'reasons' },
    el('summary', { text: [`提取依据（${list.length}）`, `Why it reads so (${list.length})`] }),
    el('ul', {}, ...list.map((reason) => el('li', { text: typeof reason === 'string' ? reason : [reason.zh, reason.en] }))),
  );
}

function field(card, spec) {
  const control = spec.options ? el('select', {}, ...spec.options().map(([value, zh, en]) => el('option', { value, text: [zh, en] }))) : input(spec);
  control.value = String(initialValue(card.draft, spec.key) ?? '');
  control.dataset.field = spec.key;
  const text = el('span', { class: 'label', text: spec.label });
  const classes = ['field', ...['wide', 'half', 'roomy'].filter((name) => spec[name])];
  const label = el('label', { class: classes.join(' ') }, text, control);
  card.inputs[spec.key] = control;
  card.labels[spec.key] = label;
  return label;
}

function input(spec) {
  if (spec.step) return el('input', { type: 'number', step: spec.step, inputmode: spec.step === '1' ? 'numeric' : 'decimal' });
  return el('input', { type: 'text', autocomplete: 'off', lang: spec.lang });
}

function initialValue(draft, key) {
  if (key === 'low') return draft.range?.[0];
  if (key === 'high') return draft.range?.[1];
  if (key === 'responsible') return (draft.responsible ?? []).join('、');
  return pick(draft, key);
}

function retitle(card) {
  card.title.replaceChildren(...titleNodes(card));
}

/** `t3 · name`, the name isolated (a bidi override in it stays inside). */
function titleNodes(card) {
  const name = card.inputs['name.zh'].value.trim();
  return [`${card.slug} · `, el('bdi', { text: name || t('（未命名）', '(unnamed)') })];
}

function showApplicable(card) {
  const current = { kind: card.inputs.kind.value, comparison: card.inputs.comparison.value };
  for (const spec of FIELDS) if (spec.when) card.labels[spec.key].hidden = !spec.when(current);
}

function setState(card, next) {
  paint(card, next);
  refresh();
}

function paint(card, next) {
  card.state = next;
  card.node.dataset.state = next;
  card.badge.textContent = t(...STATES[next]);
  card.accept.textContent = next === 'accepted' ? t('撤销接受', 'Undo accept') : t('接受', 'Accept');
  card.drop.textContent = next === 'dropped' ? t('撤销删除', 'Undo drop') : t('删除', 'Drop');
}

/** The target a card describes now, in the schema's order, without `review` and nulls. */
function readTarget(card, planId) {
  const { draft, inputs } = card;
  const value = (key) => inputs[key].value.trim();
  const target = { id: rename(draft.id, planId), name: { zh: value('name.zh'), en: value('name.en') }, quote: draft.quote, unit: value('unit'), kind: value('kind'), comparison: value('comparison') };
  if (target.comparison === 'range') {
    const range = [numberOf(value('low')), numberOf(value('high'))];
    if (range.every(Number.isFinite)) target.range = range;
  } else if (Number.isFinite(numberOf(value('value')))) target.value = Number(value('value'));
  const baseline = { year: numberOf(value('baseline.year')), value: numberOf(value('baseline.value')) };
  if (Number.isFinite(baseline.year) && Number.isFinite(baseline.value)) target.baseline = baseline;
  for (const key of ['startYear', 'deadline']) if (Number.isFinite(numberOf(value(key)))) target[key] = Number(value(key));
  target.subRegion = value('subRegion') || undefined;
  if (target.kind === 'change') target.changeIn = value('changeIn') || undefined;
  if (target.kind === 'relative') target.relativeTo = value('relativeTo') || undefined;
  target.section = draft.section ?? '';
  target.measure = draft.measure && rename(draft.measure, planId);
  target.responsible = value('responsible').split(/[、,，;；\n]+/).map((unit) => unit.trim()).filter(Boolean);
  const note = { zh: value('note.zh'), en: value('note.en') };
  if (note.zh || note.en) target.note = note;
  return withoutNulls(target);
}

/** A draft id (`<draft id>.t3`) under the plan id the form has now. */
const rename = (id, planId) => (id.startsWith(`${state.draftId}.`) ? `${planId}${id.slice(state.draftId.length)}` : id);

// ---- Filtering, sorting, counts ------------------------------------------------------

const sure = (card) => card.draft.review?.confidence ?? 0;
const FILTERS = {
  all: () => true,
  pending: (card) => card.state === 'pending',
  accepted: (card) => card.state === 'accepted',
  dropped: (card) => card.state === 'dropped',
  low: (card) => sure(card) < 0.6,
};

/** Applies the chosen filter and order (not on each accept or drop: a card stays put). */
function applyView() {
  const order = [...state.cards];
  const sort = $('paste-sort').value;
  if (sort === 'least') order.sort((a, b) => sure(a) - sure(b) || a.index - b.index);
  if (sort === 'most') order.sort((a, b) => sure(b) - sure(a) || a.index - b.index);
  $('paste-cards').append(...order.map((card) => card.node));
  const keep = FILTERS[$('paste-filter').value] ?? FILTERS.all;
  for (const card of state.cards) card.node.hidden = !keep(card);
  refresh();
}

function refreshCounts() {
  const count = (name) => state.cards.filter((card) => card.state === name).length;
  const shown = state.cards.filter((card) => !card.node.hidden).length;
  const [a, p, d, all] = [count('accepted'), count('pending'), count('dropped'), state.cards.length];
  $('paste-counts').textContent = t(`已接受 ${a} · 待定 ${p} · 已删除 ${d}（显示 ${shown}/${all}）`, `${a} accepted, ${p} pending, ${d} dropped (${shown} of ${all} shown)`);
  const acceptable = visiblePending().length;
  $('paste-accept-all').textContent = t(`全部接受（${acceptable}）`, `Accept all (${acceptable})`);
  // aria-disabled, not disabled: the button keeps the focus after accepting them all.
  $('paste-accept-all').setAttribute('aria-disabled', String(acceptable === 0));
}

const visiblePending = () => state.cards.filter((card) => !card.node.hidden && card.state === 'pending');

function acceptAll() {
  for (const card of visiblePending()) paint(card, 'accepted');
  refresh();
}

// ---- The plan, its check, the output ------------------------------------------------

const accepted = () => state.cards.filter((card) => card.state === 'accepted');

/** The plan the tab has drafted, its accepted targets only (null before any is): for
 * the bulletin tab, which reads a bulletin for it. */
export function pastedPlan() {
  const cards = state.cards ? accepted() : [];
  return cards.length ? buildPlan(cards) : null;
}

/** The plan from the details form and `cards`, with the measures those cards cite. */
function buildPlan(cards) {
  const meta = readMeta();
  const targets = cards.map((card) => readTarget(card, meta.id));
  const cited = new Set(cards.map((card) => card.draft.measure));
  const measures = state.plan.measures.filter((m) => cited.has(m.id)).map((m) => ({ ...m, id: rename(m.id, meta.id) }));
  return { ...meta, measures, targets };
}

/** The plan's problems and, apart, the English still to write: the one list of rules
 * (the wasm's `checkPlan`: the plan's checks and what is left to fill), in the page's
 * language. */
function check(plan) {
  let found;
  try {
    found = JSON.parse(call('checkPlan', JSON.stringify(plan)));
  } catch (error) {
    console.error(error);
    found = [{ path: '', message: `${t('检查失败', 'The check failed')}: ${error.message}`, todo: false }];
  }
  const worded = found.map(({ path, message, zh, todo }) => ({ path, message: t(zh ?? message, message), todo }));
  return { problems: worded.filter((problem) => !problem.todo), todo: worded.filter((problem) => problem.todo) };
}

function refreshOutput() {
  const cards = accepted();
  $('paste-output-empty').hidden = cards.length > 0;
  $('paste-output-ready').hidden = cards.length === 0;
  if (!cards.length || !glue) return;
  const plan = buildPlan(cards);
  const { problems, todo } = check(plan);
  $('paste-check-summary').textContent = problems.length
    ? t(`${problems.length} 个问题，发布前请修正（点击跳到该处）`, `${problems.length} problem${problems.length === 1 ? '' : 's'} to fix before publishing (press one to go there)`)
    : t(`${cards.length} 个目标，没有发现问题`, `${cards.length} target${cards.length === 1 ? '' : 's'}, no problems found`);
  $('paste-check-summary').dataset.kind = problems.length ? 'warn' : 'ok';
  $('paste-problems').replaceChildren(...listItems(problems, cards));
  $('paste-todo-box').hidden = todo.length === 0;
  $('paste-todo-summary').textContent = t(`英文待补 ${todo.length} 处（英文组件中这些文字为空）`, `${todo.length} English text${todo.length === 1 ? '' : 's'} to write (English widgets show them blank)`);
  $('paste-todo').replaceChildren(...listItems(todo, cards));
  const code = snippets(plan);
  if ($('paste-snippets').value === code) return;
  $('paste-snippets').value = code;
  $('paste-copy').textContent = t('复制代码', 'Copy');
  $('paste-download-status').textContent = '';
}

/** The first 100 problems as list items (a long list helps nobody), then how many more. */
function listItems(problems, cards) {
  const items = problems.slice(0, 100).map((problem) => problemItem(problem, cards));
  const more = problems.length - items.length;
  if (more > 0) items.push(el('li', { text: t(`还有 ${more} 处`, `${more} more`) }));
  return items;
}

function problemItem({ path, message }, cards) {
  const jump = el('button', { type: 'button', class: 'jump' }, ...describe(path, cards));
  jump.addEventListener('click', guarded(() => goTo(path, cards)));
  return el('li', {}, jump, ' ', el('code', { text: path || '(plan)' }), ` ${message}`);
}

function describe(path, cards) {
  const match = /^targets\[(\d+)\]\.?(.*)$/.exec(path);
  if (match && cards[match[1]]) return [...titleNodes(cards[match[1]]), ` · ${match[2] || 'target'}`];
  const name = META_NAMES[path] ?? META_NAMES[path.split('.')[0]];
  return [name ? t(...name) : path || t('规划', 'Plan')];
}

/** Moves focus to the input behind a problem's path (a card's, or the details form's). */
function goTo(path, cards) {
  const match = /^targets\[(\d+)\]\.?([\w.]*)/.exec(path);
  let target = $(META[path] ?? META[`${path}.start`] ?? (path === 'id' ? 'paste-id' : ''));
  if (match && cards[match[1]]) {
    const card = cards[match[1]];
    if (card.node.hidden) {
      $('paste-filter').value = 'all';
      applyView();
    }
    const key = { range: 'low', baseline: 'baseline.year', quote: '' }[match[2]] ?? match[2];
    target = card.inputs[key] && !card.labels[key].hidden ? card.inputs[key] : card.title;
  }
  target?.scrollIntoView({ block: 'center' });
  target?.focus();
}

// One widget per accepted target (its plan carries only that target and its measure),
// then the whole plan as a dashboard. `&` and `'` escaped for the single-quoted attribute.
function snippets(plan) {
  const element = (config) => `<plan-meter config='${JSON.stringify(config).replaceAll('&', '&amp;').replaceAll("'", '&#39;')}'></plan-meter>`;
  const lines = [scriptTag()];
  for (const target of plan.targets) lines.push(element({ indicator: target.id, plans: [onlyTarget(plan, target)] }));
  lines.push(element({ plan: plan.id, plans: [plan] }));
  return lines.join('\n');
}

const onlyTarget = (plan, target) => ({ ...plan, measures: plan.measures.filter((m) => m.id === target.measure), targets: [target] });

function download() {
  const plan = buildPlan(accepted());
  const name = `${plan.id.replace(/[^a-z0-9-]+/g, '-') || 'plan'}.json`;
  const url = URL.createObjectURL(new Blob([`${JSON.stringify(plan, null, 2)}\n`], { type: 'application/json' }));
  el('a', { href: url, download: name }).click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  $('paste-download-status').textContent = t(`已下载 ${name}（${plan.targets.length} 个目标）`, `Downloaded ${name} (${plan.targets.length} targets)`);
}

async function copySnippets() {
  const button = $('paste-copy');
  try {
    await navigator.clipboard.writeText($('paste-snippets').value);
    button.textContent = t('已复制', 'Copied');
  } catch {
    $('paste-snippets').select();
    button.textContent = t('已选中，请按 Ctrl+C', 'Selected: press Ctrl+C');
  }
}

// ---- Preview and the text ------------------------------------------------------------

function previewCard(card) {
  state.previewing = card;
  renderPreview();
  const box = ui.preview.getBoundingClientRect();
  if (box.top < 0 || box.bottom > innerHeight) $('preview-h').scrollIntoView({ block: 'start' });
}

/** Shows the previewed card's target, with its current edits, in the shared preview. */
function renderPreview() {
  const card = state.cards.includes(state.previewing) ? state.previewing : null;
  $('preview-hint').hidden = Boolean(card);
  $('preview-of').hidden = !card;
  ui.preview.hidden = !card;
  if (!card) return;
  const plan = buildPlan([card]);
  $('preview-caption').replaceChildren(...titleNodes(card), `（${t(...STATES[card.state])}）`);
  ui.preview.setAttribute('config', JSON.stringify({ indicator: plan.targets[0].id, plans: [plan] }));
}

/** Selects the card's quote in the text area (Esc goes back to the card). */
function showInText(card, button) {
  const area = $('paste-text');
  let [start, end] = card.span ?? [-1, -1];
  if (area.value !== state.text) {
    start = area.value.indexOf(card.draft.quote);
    end = start + card.draft.quote.length;
  }
  if (start < 0) {
    say(t('原文已改动，找不到这段引文。', 'The text has changed: the quote is not in it.'), 'warn');
    return;
  }
  state.returnTo = button;
  area.focus();
  area.setSelectionRange(start, end);
  area.scrollTop = offsetIn(area, start) - area.clientHeight / 3;
  say(t(`已在原文中选中 ${card.slug} 的引文，按 Esc 回到卡片。`, `The quote of ${card.slug} is selected in the text; Esc goes back to the card.`));
}

// The last selection made in the source text, kept when focus moves to a card's button.
let sourceSelection = null;
function trackSourceSelection() {
  const area = $('paste-text');
  const keep = () => {
    if (area.selectionEnd > area.selectionStart) sourceSelection = { start: area.selectionStart, end: area.selectionEnd, text: area.value };
  };
  for (const type of ['select', 'keyup', 'mouseup']) area.addEventListener(type, keep);
}

/** Widens or narrows a card's quote to the text the editor selected in the source: the
 * quote stays the text's own, and still states the target's number. */
function quoteSelection(card) {
  const area = $('paste-text');
  const selection = sourceSelection;
  if (!selection || selection.text !== area.value) {
    say(t('请先在原文中选中这条目标的文字（可先按“在原文中定位”）。', 'First select the target\'s words in the source text ("Show in text" selects the current quote).'), 'warn');
    return;
  }
  if (area.value !== state.text) {
    say(t('原文在提取后改动过：请重新提取，引文须是提取时的原文。', 'The text changed after extraction: extract again, a quote must be the extracted text.'), 'warn');
    return;
  }
  const quote = area.value.slice(selection.start, selection.end).trim();
  const start = selection.start + area.value.slice(selection.start, selection.end).indexOf(quote);
  const value = card.inputs.comparison.value === 'range' ? card.inputs.low.value : card.inputs.value.value;
  const figure = String(Math.abs(Number(value)));
  if (!quote || quote.length > 500) {
    say(t('所选文字为空或超过500字，引文未改。', 'The selection is empty or over 500 characters: the quote is unchanged.'), 'warn');
    return;
  }
  if (value !== '' && Number.isFinite(Number(value)) && !quote.includes(figure) && !/[一二三四五六七八九十百千万两零半全]/.test(quote)) {
    say(t(`所选文字不含目标值 ${figure}，引文未改。`, `The selection does not state the value ${figure}: the quote is unchanged.`), 'warn');
    return;
  }
  card.draft.quote = quote;
  card.span = [start, start + quote.length];
  card.quoteNode.replaceChildren(...quoteNodes(quote));
  say(t(`${card.slug} 的引文已改为所选文字。`, `The quote of ${card.slug} is now the selected text.`));
  refresh();
}

/** How far down the text area `offset` sits: Chromium does not scroll a text area to a
 * selection set by script, so a hidden copy with the same box and font measures it. */
function offsetIn(area, offset) {
  let mirror = area.parentElement.querySelector('.mirror');
  if (!mirror) {
    mirror = el('div', { class: 'mirror', 'aria-hidden': 'true' });
    area.after(mirror);
  }
  const marker = el('span', { text: '\u200b' });
  mirror.replaceChildren(area.value.slice(0, offset), marker);
  const top = marker.offsetTop;
  mirror.replaceChildren();
  return top;
}

// ---- Wiring --------------------------------------------------------------------------

let pending = 0;
function refresh() {
  clearTimeout(pending);
  if (!state.plan) return;
  refreshCounts();
  refreshOutput();
  if (state.previewing) renderPreview();
}
const refreshSoon = () => {
  clearTimeout(pending);
  pending = setTimeout(guarded(refresh), 150);
};

/** Wires the tab; `preview` is the shared preview element (the snippets' script tag is
 * the portal's: portal.js). Returns `show()` and `hide()` for the tab switch. */
export function mountPaste({ preview }) {
  ui = { preview };
  trackSourceSelection();
  $('paste-extract').addEventListener('click', guarded(() => extract()));
  $('paste-file').addEventListener('change', guarded(upload));
  $('paste-filter').addEventListener('change', guarded(applyView));
  $('paste-sort').addEventListener('change', guarded(applyView));
  $('paste-accept-all').addEventListener('click', guarded(acceptAll));
  $('paste-download').addEventListener('click', guarded(download));
  $('paste-copy').addEventListener('click', guarded(copySnippets));
  $('preview-back').addEventListener('click', () => {
    state.previewing?.previewButton.scrollIntoView({ block: 'center' });
    state.previewing?.previewButton.focus();
  });
  $('paste-text').addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && state.returnTo?.isConnected) state.returnTo.focus();
  });
  for (const section of ['paste-meta', 'paste-cards']) {
    $(section).addEventListener('input', refreshSoon);
    $(section).addEventListener('change', refreshSoon);
  }
  $('paste-id').addEventListener('input', refreshSoon);
  // Texts written from here follow the language switch; static ones switch themselves.
  onLanguage(() => {
    for (const card of state.cards) {
      paint(card, card.state);
      retitle(card);
    }
    refresh();
  });
  return {
    show() {
      renderPreview();
      loadAuthor().catch((error) => fail(t('无法加载提取模块（pkg-author）', 'Could not load the extractor (pkg-author)'), error));
    },
    hide() {
      ui.preview.hidden = false;
      $('preview-hint').hidden = true;
      $('preview-of').hidden = true;
    },
  };
}
