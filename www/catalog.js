// The catalog page: every plan and target of the catalog (the loader fetches each plan's file), filterable,
// each with a copy-ready snippet and a live preview mounted when it scrolls into view.
// All text goes in through textContent; nothing here builds markup from strings.

import { catalog } from './planmeter.js';
import { sampleFor } from './sample-data.js';

const plans = await catalog();

const KINDS = {
  'annual-growth': '年均增长 annual growth',
  'level': '目标水平 level by deadline',
  'per-year': '每年 each year',
  'cumulative': '累计 cumulative',
  'change': '变化 change',
  'relative': '相对 relative',
};
const COMPARISONS = { 'at-least': '≥', 'at-most': '≤', 'about': '≈', 'range': '', 'exactly': '=' };

function element(tag, className, text, parent) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  parent?.append(node);
  return node;
}

function snippetFor(target) {
  const config = JSON.stringify({ indicator: target.id, actuals: {} });
  return `<plan-meter config='${config}'></plan-meter>`;
}

const planSelect = document.getElementById('plan');
const kindSelect = document.getElementById('kind');
const search = document.getElementById('search');
for (const plan of plans) element('option', null, `${plan.region.zh} ${plan.period.start}–${plan.period.end}`, planSelect).value = plan.id;
for (const [kind, label] of Object.entries(KINDS)) element('option', null, label, kindSelect).value = kind;

const previews = new IntersectionObserver((entries) => {
  for (const entry of entries) {
    if (!entry.isIntersecting) continue;
    previews.unobserve(entry.target);
    const { plan, target } = entry.target.planmeter;
    const sample = sampleFor(plan, target);
    element('p', 'illustrative', `预览 · 示例数据，评估日期 ${sample.asOf} (illustrative data)`, entry.target);
    const widget = document.createElement('plan-meter');
    const config = { indicator: target.id, illustrative: true, asOf: sample.asOf, actuals: sample.actuals };
    if (Object.keys(sample.benchmark).length) config.benchmark = sample.benchmark;
    widget.setAttribute('config', JSON.stringify(config));
    entry.target.append(widget);
  }
}, { rootMargin: '200px' });

const cards = [];
const container = document.getElementById('plans');
for (const plan of plans) {
  const section = element('section', 'plan', undefined, container);
  section.dataset.plan = plan.id;
  element('h2', null, `${plan.title}`, section);
  const meta = element('p', 'meta', undefined, section);
  meta.append(`${plan.region.zh} · ${plan.issuer}${plan.docNumber ? ` · ${plan.docNumber}` : ''} · ${plan.date} · ${plan.targets.length} 个量化目标 · ${plan.measures.length} 项措施`);
  if (plan.draft) element('span', 'draft', ' · 送审稿（草案）', meta);
  const measures = new Map(plan.measures.map((measure) => [measure.id, measure]));
  for (const target of plan.targets) {
    const card = element('article', 'target', undefined, section);
    card.id = target.id;
    const title = element('h3', null, target.name.zh, card);
    element('span', 'en', target.name.en, title);
    element('blockquote', null, target.quote, card);
    const facts = element('p', 'facts', undefined, card);
    const value = target.range ? `${target.range[0]}–${target.range[1]}` : `${COMPARISONS[target.comparison]} ${target.value}`;
    element('span', null, `目标 ${value} ${target.unit}`, facts);
    element('span', null, KINDS[target.kind], facts);
    element('span', null, `期限 ${target.deadline ?? plan.period.end}`, facts);
    if (target.baseline) element('span', null, `基期 ${target.baseline.year}年 ${target.baseline.value}${target.unit}`, facts);
    if (target.subRegion) element('span', null, `地区 ${target.subRegion}`, facts);
    if (target.relativeTo) element('span', null, `对比 ${target.relativeTo}`, facts);
    const measure = target.measure ? measures.get(target.measure) : undefined;
    const accountable = element('p', 'measure', undefined, card);
    accountable.append(`${target.section}${measure ? ` › ${measure.number ?? ''}${measure.title}` : ''} · 责任单位：${target.responsible.length ? target.responsible.join('、') : '原文未列明'}`);
    if (target.note) {
      const details = element('details', 'note', undefined, card);
      element('summary', null, '解读说明 (reading)', details);
      element('p', null, target.note.zh, details);
      element('p', 'en', target.note.en, details).lang = 'en';
    }
    element('p', 'id', target.id, card);
    const snippet = element('div', 'snippet', undefined, card);
    const code = element('code', null, snippetFor(target), snippet);
    const copy = element('button', null, '复制代码 Copy', snippet);
    copy.type = 'button';
    copy.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(code.textContent);
        copy.textContent = '已复制 Copied';
      } catch {
        getSelection().selectAllChildren(code);
        copy.textContent = '已选中，请按 Ctrl+C';
      }
    });
    const preview = element('div', 'preview', undefined, card);
    preview.planmeter = { plan, target };
    previews.observe(preview);
    const text = [target.id, target.name.zh, target.name.en, target.quote, target.section, target.subRegion ?? '', target.relativeTo ?? '', measure?.title ?? '', ...target.responsible, target.note?.zh ?? '', target.note?.en ?? ''].join(' ').toLowerCase();
    cards.push({ card, plan: plan.id, kind: target.kind, text });
  }
}

const count = document.getElementById('count');
function applyFilters() {
  const words = search.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
  let shown = 0;
  for (const entry of cards) {
    const visible = (!planSelect.value || entry.plan === planSelect.value)
      && (!kindSelect.value || entry.kind === kindSelect.value)
      && words.every((word) => entry.text.includes(word));
    entry.card.hidden = !visible;
    if (visible) shown++;
  }
  for (const section of container.children) {
    section.hidden = ![...section.querySelectorAll('.target')].some((card) => !card.hidden);
  }
  count.textContent = `显示 ${shown} / ${cards.length} 个目标 (showing ${shown} of ${cards.length} targets)`;
}
for (const control of [planSelect, kindSelect]) control.addEventListener('change', applyFilters);
search.addEventListener('input', applyFilters);
document.getElementById('filters').addEventListener('submit', (event) => event.preventDefault());
applyFilters();
document.documentElement.dataset.ready = 'true';
