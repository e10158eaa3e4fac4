// planmeter: the loader from one script tag; an inline plan with 8 years of data.
import { YEARS, VALUES, containers, done, count } from './common.mjs';

const plan = {
  id: 'bench', region: { zh: '某市', en: 'City' }, title: '某市工业方案(2013-2020年)', titleEn: 'Plan',
  period: { start: 2013, end: 2020 }, issuer: '某市人民政府', date: '2013-01-01',
  targets: [{ id: 'bench.growth', name: { zh: '规上工业增加值增速', en: 'Growth' }, quote: '年均增长8%以上', unit: '%',
    kind: 'annual-growth', comparison: 'at-least', value: 8, section: '一、目标' }],
};
const config = JSON.stringify({ indicator: 'bench.growth', actuals: Object.fromEntries(YEARS.map((y, i) => [y, VALUES[i]])), asOf: '2020-06-30', height: 320, plans: [plan] });
let ready = 0;
document.addEventListener('planmeter:ready', () => ++ready === count && done());
for (const element of containers('plan-meter')) element.setAttribute('config', config);
// The other libraries draw every chart at once; so does planmeter here, through the same
// path printing uses (widgets otherwise wait until they come near the viewport).
queueMicrotask(() => dispatchEvent(new Event('beforeprint')));
