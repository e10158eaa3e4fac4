// The tree-shaken Chart.js a careful portal would bundle: only what this chart uses, and
// the annotation plugin (`make bench` builds it with esbuild into target/bench/).
import { Chart, BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip } from 'chart.js';
import annotationPlugin from 'chartjs-plugin-annotation';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, annotationPlugin);
window.Chart = Chart;
