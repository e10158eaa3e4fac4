// Writes illustrative actuals (示例数据 — not official statistics) for every target of the
// five plans into the dashboards section of www/index.html, between the markers
// <!-- dashboards:start --> and <!-- dashboards:end -->. Deterministic: the same
// catalog gives the same page.
//
//   node scripts/demo-data.mjs

import { readFile, readdir, writeFile } from 'node:fs/promises';

const root = new URL('..', import.meta.url);
const files = (await readdir(new URL('catalog/', root))).filter((name) => name.endsWith('.json')).sort();

// A small deterministic generator, so the demo does not change between runs.
let seed = 20181224;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const round = (value) => Math.round(value * 100) / 100;
// Counts of firms, projects, events… are whole numbers.
const COUNTED = new Set(['家', '个', '项', '件', '次', '场', '名', '人次']);

function actualsFor(plan, target, lastYear) {
  const start = target.startYear ?? plan.period.start;
  const deadline = target.deadline ?? plan.period.end;
  const goal = target.value ?? target.range?.[0] ?? 1;
  const years = [];
  for (let year = start; year <= Math.min(deadline, lastYear); year++) years.push(year);
  const pace = 0.55 + random() * 0.6; // share of the required pace this target moves at
  const actuals = {};
  const benchmark = {};
  switch (target.kind) {
    case 'annual-growth':
    case 'per-year':
      for (const year of years) actuals[year] = round(goal * (0.75 + random() * 0.45));
      break;
    case 'cumulative':
      for (const year of years) actuals[year] = round(Math.max(0, (goal / (deadline - start + 1)) * pace * (0.8 + random() * 0.4)));
      break;
    case 'level': {
      const up = target.comparison !== 'at-most';
      const base = target.baseline?.value ?? (up ? goal * (0.6 + random() * 0.25) : goal * 1.6);
      if (!target.baseline) actuals[start] = round(base);
      const span = deadline - (target.baseline?.year ?? start);
      years.forEach((year, index) => {
        if (index === 0 && !target.baseline) return;
        const elapsed = year - (target.baseline?.year ?? start);
        actuals[year] = round(base + ((goal - base) * elapsed * pace) / Math.max(span, 1));
      });
      break;
    }
    case 'change': {
      const base = 20 + random() * 10;
      actuals[start - 1] = round(base);
      years.forEach((year, index) => {
        const change = ((goal * (index + 1)) / (deadline - start + 1)) * pace;
        actuals[year] = round(target.changeIn === 'percent' ? base * (1 + change / 100) : base + change);
      });
      break;
    }
    case 'relative':
      for (const year of years) {
        benchmark[year] = round(6 + random() * 3);
        actuals[year] = round(benchmark[year] + goal + (random() - 0.45) * 2);
      }
      break;
  }
  if (COUNTED.has(target.unit) && target.kind !== 'relative') {
    for (const year of Object.keys(actuals)) actuals[year] = Math.round(actuals[year]);
  }
  return { actuals, benchmark };
}

const sections = [];
for (const file of files) {
  const plan = JSON.parse(await readFile(new URL(`catalog/${file}`, root), 'utf8'));
  // Judge each plan in the middle of its period: the last year observed is the one before the end.
  const lastYear = plan.period.start === plan.period.end ? plan.period.end : plan.period.end - 1;
  const asOf = `${lastYear + 1}-03-31`;
  const actuals = {};
  const benchmark = {};
  for (const target of plan.targets) {
    if (random() < 0.12) continue; // some targets without data, as in life
    const generated = actualsFor(plan, target, lastYear);
    if (Object.keys(generated.actuals).length) actuals[target.id] = generated.actuals;
    if (Object.keys(generated.benchmark).length) benchmark[target.id] = generated.benchmark;
  }
  const config = JSON.stringify({ plan: plan.id, illustrative: true, asOf, actuals, benchmark });
  sections.push(`      <section class="dashboard">
        <h3>${plan.region.zh} · ${plan.period.start === plan.period.end ? plan.period.start : `${plan.period.start}—${plan.period.end}`}</h3>
        <p class="illustrative">示例数据 · 评估日期 ${asOf}</p>
        <plan-meter id="dashboard-${plan.id}" class="demo" config='${config.replaceAll("'", '&#39;')}'></plan-meter>
      </section>`);
}

const page = await readFile(new URL('www/index.html', root), 'utf8');
const start = page.indexOf('<!-- dashboards:start -->');
const end = page.indexOf('<!-- dashboards:end -->');
if (start < 0 || end < 0) throw new Error('www/index.html lacks the dashboards markers');
const updated = `${page.slice(0, start)}<!-- dashboards:start -->\n${sections.join('\n')}\n      ${page.slice(end)}`;
await writeFile(new URL('www/index.html', root), updated);
console.log(`wrote ${sections.length} dashboards into www/index.html`);
