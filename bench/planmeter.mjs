// planmeter: the loader as `make dist` ships it (glue bundled, minified), an inline plan
// with 8 years of data. `mount()` for create/destroy cycles; <plan-meter> elements
// otherwise, as a portal page has them.
import { mount, stats } from '/dist/planmeter.js';
import { YEARS, VALUES, run } from './common.mjs';

const plan = {
  id: 'bench', region: { zh: '某市', en: 'City' }, title: '某市工业方案(2013-2020年)', titleEn: 'Plan',
  period: { start: 2013, end: 2020 }, issuer: '某市人民政府', date: '2013-01-01',
  targets: [{ id: 'bench.growth', name: { zh: '规上工业增加值增速', en: 'Growth' }, quote: '年均增长8%以上', unit: '%',
    kind: 'annual-growth', comparison: 'at-least', value: 8, section: '一、目标' }],
};
const config = JSON.stringify({ indicator: 'bench.growth', actuals: Object.fromEntries(YEARS.map((y, i) => [y, VALUES[i]])), asOf: '2020-06-30', height: 320, plans: [plan] });
const ready = (element) => new Promise((resolve) => element.addEventListener('planmeter:ready', resolve, { once: true }));
const cycles = new URLSearchParams(location.search).get('mode') === 'cycles';

await run({
  tag: cycles ? 'div' : 'plan-meter',
  create: async (element) => {
    const shown = ready(element);
    if (cycles) {
      const handle = mount(element, config);
      await shown;
      return () => handle.destroy();
    }
    element.setAttribute('config', config);
    await shown;
    return () => element.remove();
  },
  // The other libraries draw every chart at once; so does planmeter here, through the
  // path printing uses (widgets otherwise wait until they come near the viewport).
  beforeAll: () => dispatchEvent(new Event('beforeprint')),
  memory: async () => (await stats()).wasmBytes,
});
