// ECharts' server-side rendering, in Node: the bench's chart as an SVG string a portal
// would inline in its HTML (no chart script on the page). bench/run.mjs writes the page.
//
// `option()` is the option bench/echarts.mjs sets in the browser (common.mjs's
// `echartsOption`); bench/run.mjs checks, each time it runs, that ECharts reads both the
// same (`getOption()` of the browser's chart against `ssr().option`).

import * as echarts from 'echarts';
import { echartsOption } from './common.mjs';

export const option = echartsOption;

/** The chart drawn at `width` × `height`: `svg`, ECharts' `renderToSVGString()`, and
 * `option`, its `getOption()` (for the check against the browser's). */
export function ssr({ width = 600, height = 320 } = {}) {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  chart.setOption(option());
  const result = { svg: chart.renderToSVGString(), option: chart.getOption() };
  chart.dispose();
  return result;
}
