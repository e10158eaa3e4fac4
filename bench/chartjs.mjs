// Chart.js + chartjs-plugin-annotation, the way a portal includes them (UMD script tags).
import { YEARS, VALUES, TARGET, EXPECTED, run } from './common.mjs';

await run({
  create: async (element) => {
    const canvas = document.createElement('canvas');
    element.append(canvas);
    const chart = new window.Chart(canvas, {
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
        plugins: { annotation: { annotations: { target: { type: 'line', yMin: TARGET, yMax: TARGET, borderColor: '#c84600', borderWidth: 2 } } }, tooltip: { enabled: true } },
      },
    });
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return () => {
      chart.destroy();
      canvas.remove();
    };
  },
});
