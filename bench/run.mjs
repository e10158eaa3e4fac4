// make bench: the same trend chart with planmeter, Chart.js + annotation, ECharts (full)
// and ECharts (tree-shaken), interleaved in one headless Chromium; medians over RUNS runs
// (default 10) and planmeter ÷ other as ratios. Writes bench/results.json.
//
// Measured (see bench/common.mjs for how):
//   bytes    gzip -9 of every file the chart needs (planmeter: `make dist`'s loader with
//            the glue bundled, and the wasm with the whole catalog);
//   first    navigation start → one chart painted;
//   hundred  a page of 100 charts → all painted; JS heap (+ wasm memory) afterwards;
//   hover    input-to-next-paint per pointer move, 200 real moves across the plot per
//            run (HOVER_RUNS runs, default 3, pooled), p50 and p95;
//   cycles   1,000 create/destroy cycles of one chart (after 200 to warm up: JIT tiers and caches settle): JS heap
//            (+ wasm memory) after a forced GC, before and after.

import { chromium } from 'playwright-core';
import { readFile, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { execSync } from 'node:child_process';
import os from 'node:os';
import { serve } from '../scripts/serve.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const RUNS = Number(process.env.RUNS ?? 10);
const HOVER_RUNS = Number(process.env.HOVER_RUNS ?? 3);
const MOVES = 200;
const CYCLES = Number(process.env.CYCLES ?? 1000);
const ALL_LIBRARIES = {
  planmeter: { page: 'planmeter.html', files: ['dist/planmeter.js', 'dist/pkg/planmeter_bg.wasm'], canvas: 'plan-meter canvas' },
  'chart.js': { page: 'chartjs.html', files: ['node_modules/chart.js/dist/chart.umd.min.js', 'node_modules/chartjs-plugin-annotation/dist/chartjs-plugin-annotation.min.js'], canvas: 'canvas' },
  'echarts (full)': { page: 'echarts.html', files: ['node_modules/echarts/dist/echarts.min.js'], canvas: '.chart canvas' },
  'echarts (tree-shaken)': { page: 'echarts-lite.html', files: ['target/bench/echarts-lite.js'], canvas: '.chart canvas' },
};
// The page with no chart at all: the floor every figure above includes.
const FLOOR = 'blank page (floor)';

// ONLY=planmeter,chart.js measures a subset (planmeter is always in).
const only = process.env.ONLY?.split(',');
const LIBRARIES = Object.fromEntries(Object.entries(ALL_LIBRARIES).filter(([name]) => !only || name === 'planmeter' || only.includes(name)));

const median = (values) => quantile(values, 0.5);
function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low] + (sorted[Math.min(low + 1, sorted.length - 1)] - sorted[low]) * (at - low);
}

const bytes = {};
for (const [name, { files }] of Object.entries(LIBRARIES)) {
  let total = 0;
  for (const file of files) total += gzipSync(await readFile(`${ROOT}${file}`), { level: 9 }).length;
  bytes[name] = total;
}

const { server, url } = await serve();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-precise-memory-info', '--js-flags=--expose-gc'],
});

async function open(page, query) {
  const context = await browser.newContext({ viewport: { width: 640, height: 900 } });
  const tab = await context.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await tab.goto(`${url}/bench/${page}?${query}`);
  await tab.waitForFunction(() => window.__bench, null, { timeout: 300000 });
  const check = () => {
    if (errors.length) throw new Error(`${page}?${query}: ${errors.join('; ')}`);
  };
  return { context, tab, check, result: await tab.evaluate(() => window.__bench) };
}

async function measure(page, query) {
  const { context, check, result } = await open(page, query);
  await context.close();
  check();
  return result;
}

/** 200 real pointer moves across the middle of the plot, one per frame. */
async function hover(page, selector) {
  const { context, tab, check } = await open(page, 'mode=hover');
  const box = await tab.locator(selector).first().boundingBox();
  const y = box.y + box.height * 0.55;
  for (let i = 0; i < MOVES; i++) {
    const t = (i % 50) / 49;
    const x = box.x + box.width * (0.12 + 0.76 * (Math.floor(i / 50) % 2 ? 1 - t : t));
    await tab.mouse.move(x, y);
    await tab.waitForFunction((n) => window.__hover.length >= n, i + 1, { timeout: 10000 }).catch(() => {});
  }
  const samples = await tab.evaluate(() => window.__hover);
  await context.close();
  check();
  return samples;
}

const samples = Object.fromEntries(Object.keys(LIBRARIES).map((name) => [name, { first: [], hundred: [], heap: [], hover: [] }]));
const floor = { first: [], hundred: [] };
for (let run = 0; run < RUNS; run++) {
  floor.first.push((await measure('blank.html', 'n=1')).painted);
  floor.hundred.push((await measure('blank.html', 'n=100')).painted);
  for (const [name, { page }] of Object.entries(LIBRARIES)) {
    samples[name].first.push((await measure(page, 'n=1')).painted);
    const hundred = await measure(page, 'n=100');
    samples[name].hundred.push(hundred.painted);
    samples[name].heap.push(hundred.heap);
  }
  process.stdout.write(`run ${run + 1}/${RUNS}\r`);
}
for (let run = 0; run < HOVER_RUNS; run++) {
  for (const [name, { page, canvas }] of Object.entries(LIBRARIES)) samples[name].hover.push(...(await hover(page, canvas)));
}
const cycles = {};
for (const [name, { page }] of Object.entries(LIBRARIES)) cycles[name] = await measure(page, `mode=cycles&cycles=${CYCLES}`);
await browser.close();
await new Promise((done) => server.close(done));

const results = {};
for (const name of Object.keys(LIBRARIES)) {
  const { first, hundred, heap, hover: moves } = samples[name];
  results[name] = {
    gzipBytes: bytes[name],
    firstPaintMs: median(first),
    hundredMs: median(hundred),
    heapBytes: median(heap),
    hoverSamples: moves.length,
    hoverP50Ms: quantile(moves, 0.5),
    hoverP95Ms: quantile(moves, 0.95),
    cycles: cycles[name].cycles,
    cyclesMs: cycles[name].ms,
    memoryBeforeBytes: cycles[name].before,
    memoryAfterBytes: cycles[name].after,
    memoryAfterAgainBytes: cycles[name].again,
    wasmMemoryBeforeBytes: cycles[name].wasmBefore,
    wasmMemoryAfterBytes: cycles[name].wasmAfter,
  };
}
const ours = results.planmeter;
const floorResult = { firstPaintMs: median(floor.first), hundredMs: median(floor.hundred) };
const ratio = (name, key) => (name === 'planmeter' ? '—' : (ours[key] / results[name][key]).toFixed(2));
// The library's own share: each figure less the blank page's.
const aboveFloor = (name, key) => ((ours[key] - floorResult[key]) / (results[name][key] - floorResult[key])).toFixed(2);
const mb = (value) => (value / 1048576).toFixed(1);
console.table(
  Object.entries(results).map(([name, r]) => ({
    library: name,
    'gzip KB': (r.gzipBytes / 1024).toFixed(1),
    'first paint ms': r.firstPaintMs.toFixed(0),
    '100 charts ms': r.hundredMs.toFixed(0),
    'heap MB': mb(r.heapBytes),
    'hover p50 ms': r.hoverP50Ms.toFixed(2),
    'hover p95 ms': r.hoverP95Ms.toFixed(2),
    [`MB before→${CYCLES}→${2 * CYCLES} cycles`]: `${mb(r.memoryBeforeBytes)}→${mb(r.memoryAfterBytes)}→${mb(r.memoryAfterAgainBytes)}`,
  })).concat([{ library: FLOOR, 'gzip KB': '0', 'first paint ms': floorResult.firstPaintMs.toFixed(0), '100 charts ms': floorResult.hundredMs.toFixed(0) }]),
);
console.log('planmeter ÷ other (below 1: planmeter smaller or faster)');
console.table(
  Object.keys(results)
    .filter((name) => name !== 'planmeter')
    .map((name) => ({
      versus: name,
      bytes: ratio(name, 'gzipBytes'),
      'first paint': ratio(name, 'firstPaintMs'),
      'first paint − floor': aboveFloor(name, 'firstPaintMs'),
      '100 charts': ratio(name, 'hundredMs'),
      '100 charts − floor': aboveFloor(name, 'hundredMs'),
      'hover p95': ratio(name, 'hoverP95Ms'),
      heap: ratio(name, 'heapBytes'),
    })),
);
const growth = ours.memoryAfterBytes - ours.memoryBeforeBytes;
const regrowth = ours.memoryAfterAgainBytes - ours.memoryAfterBytes;
const wasmGrowth = ours.wasmMemoryAfterBytes - ours.wasmMemoryBeforeBytes;
console.log(`planmeter memory over ${CYCLES} mount/destroy cycles: ${growth >= 0 ? '+' : ''}${(growth / 1024).toFixed(0)} KB (JS heap + wasm memory, after GC), then ${regrowth >= 0 ? '+' : ''}${(regrowth / 1024).toFixed(0)} KB over ${CYCLES} more; wasm memory ${wasmGrowth >= 0 ? '+' : ''}${(wasmGrowth / 1024).toFixed(0)} KB over all ${2 * CYCLES} (${(ours.wasmMemoryAfterBytes / 1048576).toFixed(2)} MB)`);
const chromiumVersion = execSync(`${process.env.CHROMIUM ?? '/usr/bin/chromium'} --version 2>/dev/null`).toString().trim();
const versions = {};
for (const pkg of ['chart.js', 'chartjs-plugin-annotation', 'echarts', 'playwright-core']) {
  versions[pkg] = JSON.parse(await readFile(`${ROOT}node_modules/${pkg}/package.json`, 'utf8')).version;
}
await writeFile(
  `${ROOT}bench/results.json`,
  `${JSON.stringify({ date: new Date().toISOString(), runs: RUNS, hoverRuns: HOVER_RUNS, floor: floorResult, machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, memoryGB: Math.round(os.totalmem() / 2 ** 30) }, browser: chromiumVersion, versions, results }, null, 2)}\n`,
);
console.log('wrote bench/results.json');
