// ECharts, the full build or the tree-shaken one (both expose window.echarts).
import { YEARS, VALUES, TARGET, EXPECTED, run } from './common.mjs';

await run({
  create: async (element) => {
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
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return () => chart.dispose();
  },
});
