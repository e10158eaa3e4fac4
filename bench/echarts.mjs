// ECharts, the full build or the tree-shaken one (both expose window.echarts). Every
// `<div class="chart">` of the page gets a chart.
import { echartsOption, run } from './common.mjs';

function draw(element) {
  const chart = window.echarts.init(element, null, { renderer: 'canvas' });
  chart.setOption(echartsOption());
  return chart;
}

await run({
  init: (containers) => {
    for (const container of containers) draw(container);
  },
  create: (element) => {
    const chart = draw(element);
    return () => chart.dispose();
  },
});
