// Chart.js + chartjs-plugin-annotation: the full UMD build from script tags, or the
// tree-shaken bundle (bench/chartjs-lite.src.mjs); both set window.Chart. Every
// `<div class="chart"><canvas>` of the page gets a chart.
import { YEARS, VALUES, TARGET, EXPECTED, run } from './common.mjs';

const draw = (canvas) =>
  new window.Chart(canvas, {
    type: 'bar',
    data: {
      labels: YEARS,
      datasets: [
        { label: '实际增速', data: VALUES, backgroundColor: '#0072b2' },
        { label: '按进度应达', data: EXPECTED, type: 'line', borderDash: [6, 4], borderColor: '#646464', pointRadius: 0 },
      ],
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      plugins: {
        // No legend (the tree-shaken build has none, nor have the other charts).
        legend: { display: false },
        annotation: { annotations: { target: { type: 'line', yMin: TARGET, yMax: TARGET, borderColor: '#c84600', borderWidth: 2 } } },
        tooltip: { enabled: true },
      },
    },
  });

await run({
  init: (containers) => {
    for (const container of containers) draw(container.querySelector('canvas'));
  },
  create: (element) => {
    const canvas = document.createElement('canvas');
    element.append(canvas);
    const chart = draw(canvas);
    return () => {
      chart.destroy();
      canvas.remove();
    };
  },
});
