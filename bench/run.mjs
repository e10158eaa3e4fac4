// make bench: the same trend chart with planmeter, Chart.js + annotation, ECharts (full)
// and ECharts (tree-shaken), interleaved in one headless Chromium, RUNS runs each;
// medians and planmeter ÷ other ratios. Writes bench/results.json.
//
// Measured: bytes over the wire (gzip -9 of every file the chart needs), time from
// navigation start to the chart painted, and a page of 100 charts until all are painted
// (with the JS heap after). Hover latency and mount/destroy memory are still to come.

import { chromium } from 'playwright-core';
import { readFile, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { execSync } from 'node:child_process';
import os from 'node:os';
import { serve } from '../scripts/serve.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const RUNS = Number(process.env.RUNS ?? 10);
const LIBRARIES = {
  planmeter: { page: 'planmeter.html', files: ['www/planmeter.js', 'pkg/planmeter.js', 'pkg/planmeter_bg.wasm'] },
  'chart.js': { page: 'chartjs.html', files: ['node_modules/chart.js/dist/chart.umd.min.js', 'node_modules/chartjs-plugin-annotation/dist/chartjs-plugin-annotation.min.js'] },
  'echarts (full)': { page: 'echarts.html', files: ['node_modules/echarts/dist/echarts.min.js'] },
  'echarts (tree-shaken)': { page: 'echarts-lite.html', files: ['target/bench/echarts-lite.js'] },
};

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
};

const bytes = {};
for (const [name, { files }] of Object.entries(LIBRARIES)) {
  let total = 0;
  for (const file of files) total += gzipSync(await readFile(`${ROOT}${file}`), { level: 9 }).length;
  bytes[name] = total;
}

const { server, url } = await serve();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-precise-memory-info'],
});

async function measure(page, n) {
  const context = await browser.newContext({ viewport: { width: 640, height: 900 } });
  const tab = await context.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.goto(`${url}/bench/${page}?n=${n}`);
  await tab.waitForFunction(() => window.__bench, null, { timeout: 60000 });
  const result = await tab.evaluate(() => window.__bench);
  await context.close();
  if (errors.length) throw new Error(`${page}: ${errors.join('; ')}`);
  return result;
}

const samples = Object.fromEntries(Object.keys(LIBRARIES).map((name) => [name, { first: [], hundred: [], heap: [] }]));
// Every page is measured once for n=100 too: widgets render lazily near the viewport, as
// on a real page, and the other libraries draw all 100 at once.
for (let run = 0; run < RUNS; run++) {
  for (const [name, { page }] of Object.entries(LIBRARIES)) {
    samples[name].first.push((await measure(page, 1)).painted);
    const hundred = await measure(page, 100);
    samples[name].hundred.push(hundred.painted);
    if (hundred.heap) samples[name].heap.push(hundred.heap);
  }
}
await browser.close();
await new Promise((done) => server.close(done));

const results = {};
for (const name of Object.keys(LIBRARIES)) {
  results[name] = {
    gzipBytes: bytes[name],
    firstPaintMs: median(samples[name].first),
    hundredMs: median(samples[name].hundred),
    heapBytes: samples[name].heap.length ? median(samples[name].heap) : null,
  };
}
const ours = results.planmeter;
const rows = Object.entries(results).map(([name, r]) => ({
  library: name,
  'gzip KB': (r.gzipBytes / 1024).toFixed(1),
  'first paint ms': r.firstPaintMs.toFixed(0),
  '100 charts ms': r.hundredMs.toFixed(0),
  'heap MB': r.heapBytes ? (r.heapBytes / 1048576).toFixed(1) : '—',
  'bytes ratio': name === 'planmeter' ? '—' : (ours.gzipBytes / r.gzipBytes).toFixed(2),
  'first paint ratio': name === 'planmeter' ? '—' : (ours.firstPaintMs / r.firstPaintMs).toFixed(2),
  '100 charts ratio': name === 'planmeter' ? '—' : (ours.hundredMs / r.hundredMs).toFixed(2),
}));
console.table(rows);
const chromiumVersion = execSync(`${process.env.CHROMIUM ?? '/usr/bin/chromium'} --version 2>/dev/null`).toString().trim();
const versions = {};
for (const pkg of ['chart.js', 'chartjs-plugin-annotation', 'echarts', 'playwright-core']) {
  versions[pkg] = JSON.parse(await readFile(`${ROOT}node_modules/${pkg}/package.json`, 'utf8')).version;
}
await writeFile(
  `${ROOT}bench/results.json`,
  `${JSON.stringify({ date: new Date().toISOString(), runs: RUNS, machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, memoryGB: Math.round(os.totalmem() / 2 ** 30) }, browser: chromiumVersion, versions, results }, null, 2)}\n`,
);
console.log('wrote bench/results.json');
