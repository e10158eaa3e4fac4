// ECharts, the full build or the tree-shaken one (both expose window.echarts). Every
// `<div class="chart">` of the page gets a chart.
import { YEARS, VALUES, TARGET, EXPECTED, run } from './common.mjs';

function draw(element) {
  const chart = window.echarts.init(element, null, { renderer: 'canvas' });
  chart.setOption({
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
