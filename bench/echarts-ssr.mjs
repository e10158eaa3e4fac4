// ECharts' server-side rendering, in Node: the bench's chart as an SVG string a portal
// would inline in its HTML (no chart script on the page). bench/run.mjs writes the page.
//
// `option()` is the option bench/echarts.mjs sets in the browser (bars 2018–2020, the
// target as a markLine, the on-schedule path dashed, animation off); bench/run.mjs
// checks, each time it runs, that ECharts reads both the same (`getOption()` of the
// browser's chart against `ssr().option`).

import * as echarts from 'echarts';
import { YEARS, VALUES, TARGET, EXPECTED } from './common.mjs';

export const option = () => ({
  animation: false,
  tooltip: { trigger: 'axis' },
  grid: { left: 40, right: 16, top: 24, bottom: 24 },
  xAxis: { type: 'category', data: YEARS },
  yAxis: { type: 'value' },
  series: [
    { name: '实际增速', type: 'bar', data: VALUES, itemStyle: { color: '#0072b2' }, markLine: { symbol: 'none', data: [{ yAxis: TARGET }], lineStyle: { color: '#c84600', type: 'solid' } } },
    { name: '按进度应达', type: 'line', data: EXPECTED, lineStyle: { type: 'dashed', color: '#646464' }, showSymbol: false },
  ],
});

/** The chart drawn at `width` × `height`: `svg`, ECharts' `renderToSVGString()`, and
 * `option`, its `getOption()` (for the check against the browser's). */
export function ssr({ width = 600, height = 320 } = {}) {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  chart.setOption(option());
  const result = { svg: chart.renderToSVGString(), option: chart.getOption() };
  chart.dispose();
  return result;
}
