// make bench: the same chart with planmeter, Chart.js + annotation (full and tree-shaken)
// and ECharts (full and tree-shaken), interleaved in one headless Chromium; medians over
// RUNS runs (default 10) and planmeter ÷ other as ratios. Writes bench/results.json and
// target/bench/table.md (the two tables, ready for the README).
//
// The pages are written here, into target/bench/<id>-<n>.html: n charts declared in the
// HTML as a portal has them (planmeter: <plan-meter config='…'> showing a catalog target;
// the others: empty containers), the library's script tags, and its small module in
// bench/ that draws every container of the page. "Painted" is bench/common.mjs's, the
// same for every library: each chart drawn, then two animation frames.
//
// Local (files as they are on disk, no network limits):
//   bytes    gzip -9 of every file the 1-chart page requests after its HTML, less the
//            files the blank page requests too (bench.css and common.mjs: the harness);
//   first    navigation start → the one chart painted;
//   hundred  a page of 100 charts → all painted; then the JS heap after GC, planmeter's
//            wasm memory, and the DOM nodes of the page (Memory.getDOMCounters, CDP);
//   hover    input-to-next-paint per pointer move, 200 real moves across the plot per
//            run (HOVER_RUNS runs, default 3, pooled), p50 and p95;
//   cycles   CYCLES (default 1,000) create/destroy cycles of one chart made from JS (after
//            200 to warm up: JIT tiers and caches settle): JS heap (+ wasm memory) after
//            a forced GC, before, after, and after as many more.
// Slow network (SLOW_RUNS runs, default RUNS): Chromium's network emulation at 1.6 Mbps
// down, 750 kbps up, 150 ms latency, cache disabled, files served gzip -9 compressed:
//   first    navigation start → the one chart painted.
// ONLY=chart.js,echarts-lite measures a subset (by name or page id; planmeter always).
//
// The first chart from the page's HTML (no script), in the same runs, both profiles: a
// pre-rendered planmeter page (the 1-chart page with `planmeter render --format html`'s
// fallback inside the <plan-meter>, which the loader then replaces with the live widget)
// and ECharts' server-side SVG (bench/echarts-ssr.mjs, inlined, no chart script). Each
// loads bench/fcp.mjs instead of a library's module:
//   FCP       the page's First Contentful Paint (the browser's paint entry);
//   upgraded  planmeter only: its planmeter:ready, the live widget drawn in place;
//   bytes     gzip -9 of the HTML page, then of what it downloads after (less bench.css and
//             fcp.mjs). The floor: the blank page's FCP, or, if it paints nothing
//             contentful, its "painted" above (said so in the table).
// Always measured, whatever ONLY says; the planmeter CLI must be built (make bench does).

import { chromium } from 'playwright-core';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { execFileSync, execSync } from 'node:child_process';
import os from 'node:os';
import { join } from 'node:path';
import { serve } from '../scripts/serve.mjs';
import { PLANMETER_CONFIG, YEARS } from './common.mjs';
import { ssr } from './echarts-ssr.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const OUT = `${ROOT}target/bench/`;
const RUNS = Number(process.env.RUNS ?? 10);
const SLOW_RUNS = Number(process.env.SLOW_RUNS ?? RUNS);
const HOVER_RUNS = Number(process.env.HOVER_RUNS ?? 3);
const MOVES = 200;
const CYCLES = Number(process.env.CYCLES ?? 1000);
const HUNDRED = 100;
// 1.6 Mbps down (200,000 bytes/s), 750 kbps up, 150 ms latency.
const SLOW = { latency: 150, downloadThroughput: 200000, uploadThroughput: 750000 / 8 };

const script = (src) => `<script src="${src}"></script>`;
const moduleScript = (src) => `<script type="module" src="${src}"></script>`;
const attribute = (text) => text.replaceAll('&', '&amp;').replaceAll("'", '&#39;');
const CANVAS_IN_DIV = '<div class="chart"><canvas></canvas></div>';
const DIV = '<div class="chart"></div>';
// id: the pages' names; head: the library's tags; module: its file in bench/; chart: one
// chart as the page's HTML declares it; canvas: where the hover moves go.
const ALL_LIBRARIES = {
  planmeter: { id: 'planmeter', head: [moduleScript('/dist/planmeter.js')], module: 'planmeter.mjs', chart: `<plan-meter class="chart" config='${attribute(PLANMETER_CONFIG)}'></plan-meter>`, canvas: 'plan-meter canvas' },
  'chart.js': {
    id: 'chartjs',
    head: [script('/node_modules/chart.js/dist/chart.umd.min.js'), script('/node_modules/chartjs-plugin-annotation/dist/chartjs-plugin-annotation.min.js')],
    module: 'chartjs.mjs', chart: CANVAS_IN_DIV, canvas: '.chart canvas',
  },
  'chart.js (tree-shaken)': { id: 'chartjs-lite', head: [script('/target/bench/chartjs-lite.js')], module: 'chartjs.mjs', chart: CANVAS_IN_DIV, canvas: '.chart canvas' },
  'echarts (full)': { id: 'echarts', head: [script('/node_modules/echarts/dist/echarts.min.js')], module: 'echarts.mjs', chart: DIV, canvas: '.chart canvas' },
  'echarts (tree-shaken)': { id: 'echarts-lite', head: [script('/target/bench/echarts-lite.js')], module: 'echarts.mjs', chart: DIV, canvas: '.chart canvas' },
};
// The page with no library at all: the floor every figure above includes.
const FLOOR = 'blank page (floor)';
const BLANK = { id: 'blank', head: [], module: 'blank.mjs', chart: DIV };

const only = process.env.ONLY?.split(',');
const LIBRARIES = Object.fromEntries(Object.entries(ALL_LIBRARIES).filter(([name, { id }]) => !only || name === 'planmeter' || only.includes(name) || only.includes(id)));

/** A page of `n` charts declared in its HTML; its path on the server. */
async function writePage({ id, head, module, chart }, n) {
  const html = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,"><link rel="stylesheet" href="/bench/bench.css">
${[...head, moduleScript(`/bench/${module}`)].join('\n')}
</head><body>
${Array(n).fill(chart).join('\n')}
</body></html>
`;
  await writeFile(`${OUT}${id}-${n}.html`, html);
  return `/target/bench/${id}-${n}.html`;
}
await mkdir(OUT, { recursive: true });
const pages = {};
for (const library of [BLANK, ...Object.values(LIBRARIES)]) {
  pages[library.id] = { one: await writePage(library, 1), hundred: await writePage(library, HUNDRED), none: await writePage(library, 0) };
}

// The first chart from the page's HTML. planmeter's fallback is what a portal would put
// inside the element: the CLI's HTML for the bench's config, 600 px wide like every
// chart here, its chart as tall as the config's (the live widget's).
const WIDTH = 600;
const HEIGHT = JSON.parse(PLANMETER_CONFIG).height;
const temp = await mkdtemp(join(os.tmpdir(), 'planmeter-bench-'));
await writeFile(join(temp, 'config.json'), PLANMETER_CONFIG);
const fallback = execFileSync(
  `${ROOT}target/release/planmeter`,
  ['render', '--format', 'html', '--config', join(temp, 'config.json'), '--width', String(WIDTH), '--height', String(HEIGHT)],
  { encoding: 'utf8' },
).trim();
await rm(temp, { recursive: true });
const serverSide = ssr({ width: WIDTH, height: 320 });
const PRERENDERED_TITLE = "first chart from the page's HTML (no script)";
const PRERENDERED = {
  planmeter: {
    label: 'planmeter (pre-rendered)', id: 'planmeter-prerendered', head: ALL_LIBRARIES.planmeter.head, module: 'fcp.mjs',
    chart: `<plan-meter class="chart" config='${attribute(PLANMETER_CONFIG)}'>\n${fallback}\n</plan-meter>`,
  },
  'echarts (server-side SVG)': { label: 'echarts (server-side SVG)', id: 'echarts-ssr', head: [], module: 'fcp.mjs', chart: `<div class="chart">${serverSide.svg}</div>` },
};
// The blank page again, its module fcp.mjs: its FCP, if it paints anything.
const BLANK_FCP = { ...BLANK, id: 'blank-fcp', module: 'fcp.mjs' };
for (const page of [BLANK_FCP, ...Object.values(PRERENDERED)]) pages[page.id] = { one: await writePage(page, 1) };

const median = (values) => quantile(values, 0.5);
function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low] + (sorted[Math.min(low + 1, sorted.length - 1)] - sorted[low]) * (at - low);
}
const gzipSize = async (path) => gzipSync(await readFile(`${ROOT}${path}`), { level: 9 }).length;

const local = await serve();
const slow = await serve({ gzip: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-precise-memory-info', '--js-flags=--expose-gc'],
});

/** Opens `path` in a fresh context (on the slow network with `slowNetwork`) and waits for
 * the page's `window.__bench`; with it, the files requested after the document and, with
 * `nodes`, the DOM nodes after GC. */
async function open(path, { slowNetwork = false, nodes = false } = {}) {
  const server = slowNetwork ? slow : local;
  const context = await browser.newContext({ viewport: { width: 640, height: 900 } });
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  if (slowNetwork) {
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW });
  }
  const errors = [];
  const requested = [];
  let failed;
  const failure = new Promise((_, fail) => (failed = fail));
  const error = (message) => {
    errors.push(message);
    failed(new Error(`${path}: ${message}`));
  };
  failure.catch(() => {});
  tab.on('pageerror', (problem) => error(problem.message));
  tab.on('console', (message) => message.type() === 'error' && error(message.text()));
  tab.on('request', (request) => requested.push(request.url()));
  const address = `${server.url}${path}`;
  await tab.goto(address);
  // Polled on a timer, not each frame: the page's frames are what is measured. An error
  // on the page (a widget that cannot draw) ends the wait.
  await Promise.race([tab.waitForFunction(() => window.__bench, null, { timeout: 300000, polling: 50 }), failure]);
  const result = await tab.evaluate(() => window.__bench);
  if (nodes) {
    await cdp.send('HeapProfiler.collectGarbage');
    result.domNodes = (await cdp.send('Memory.getDOMCounters')).nodes;
  }
  const files = [...new Set(requested.filter((href) => href.startsWith(`${server.url}/`) && href !== address).map((href) => decodeURIComponent(new URL(href).pathname).slice(1)))];
  const check = () => {
    if (errors.length) throw new Error(`${path}: ${errors.join('; ')}`);
  };
  return { context, tab, check, result: { ...result, files } };
}

async function measure(path, options) {
  const { context, check, result } = await open(path, options);
  await context.close();
  check();
  return result;
}

// The server-side chart is the browser's: ECharts reads the same option from
// bench/echarts-ssr.mjs as from bench/echarts.mjs.
{
  const { context, tab, check } = await open(await writePage(ALL_LIBRARIES['echarts (full)'], 1));
  const drawn = await tab.evaluate(() => JSON.stringify(window.echarts.getInstanceByDom(document.querySelector('.chart')).getOption()));
  await context.close();
  check();
  if (drawn !== JSON.stringify(serverSide.option)) throw new Error("bench/echarts-ssr.mjs: its option is not the one bench/echarts.mjs draws");
}

/** 200 real pointer moves across the middle of the plot, one per frame. */
async function hover(path, selector) {
  const { context, tab, check } = await open(`${path}?mode=hover`);
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

const samples = Object.fromEntries(Object.keys(LIBRARIES).map((name) => [name, { first: [], hundred: [], jsHeap: [], wasm: [], nodes: [], hover: [], slow: [], files: null }]));
const floor = { first: [], hundred: [], jsHeap: [], nodes: [], slow: [], hover: [], files: null };
// The first chart from the HTML: FCP and (planmeter) upgraded, by profile.
const early = Object.fromEntries(
  [...Object.keys(PRERENDERED), 'floor'].map((name) => [name, { local: { fcp: [], upgraded: [] }, slow: { fcp: [], upgraded: [] }, files: null }]),
);
const earlyPages = [['floor', BLANK_FCP], ...Object.entries(PRERENDERED)];
async function measureEarly(profile, slowNetwork) {
  for (const [name, { id }] of earlyPages) {
    const result = await measure(pages[id].one, { slowNetwork });
    early[name][profile].fcp.push(result.painted);
    if ('upgraded' in result) early[name][profile].upgraded.push(result.upgraded);
    early[name].files ??= result.files;
  }
}
// One round not recorded: the first pages a fresh browser opens pay its start-up.
for (const { id } of [BLANK, ...Object.values(LIBRARIES), BLANK_FCP, ...Object.values(PRERENDERED)]) await measure(pages[id].one);
for (let run = 0; run < RUNS; run++) {
  const blank = await measure(pages.blank.one);
  floor.first.push(blank.painted);
  floor.files ??= blank.files;
  const blankHundred = await measure(pages.blank.hundred, { nodes: true });
  floor.hundred.push(blankHundred.painted);
  floor.jsHeap.push(blankHundred.jsHeap);
  floor.nodes.push(blankHundred.domNodes);
  for (const [name, { id }] of Object.entries(LIBRARIES)) {
    const first = await measure(pages[id].one);
    samples[name].first.push(first.painted);
    samples[name].files ??= first.files;
    const hundred = await measure(pages[id].hundred, { nodes: true });
    if (hundred.charts !== HUNDRED) throw new Error(`${pages[id].hundred}: ${hundred.charts} charts`);
    samples[name].hundred.push(hundred.painted);
    samples[name].jsHeap.push(hundred.jsHeap);
    samples[name].wasm.push(hundred.wasm);
    samples[name].nodes.push(hundred.domNodes);
  }
  await measureEarly('local', false);
  process.stdout.write(`local run ${run + 1}/${RUNS}\r`);
}
for (let run = 0; run < SLOW_RUNS; run++) {
  floor.slow.push((await measure(pages.blank.one, { slowNetwork: true })).painted);
  for (const [name, { id }] of Object.entries(LIBRARIES)) samples[name].slow.push((await measure(pages[id].one, { slowNetwork: true })).painted);
  await measureEarly('slow', true);
  process.stdout.write(`slow-network run ${run + 1}/${SLOW_RUNS}\r`);
}
for (let run = 0; run < HOVER_RUNS; run++) {
  // The floor: the same moves over the blank page's empty container (the probe and the
  // frame alone).
  floor.hover.push(...(await hover(pages.blank.one, '.chart')));
  for (const [name, { id, canvas }] of Object.entries(LIBRARIES)) samples[name].hover.push(...(await hover(pages[id].one, canvas)));
}
const cycles = {};
for (const [name, { id }] of Object.entries(LIBRARIES)) cycles[name] = await measure(`${pages[id].none}?mode=cycles&cycles=${CYCLES}`);
await browser.close();
await Promise.all([local, slow].map(({ server }) => new Promise((done) => server.close(done))));

// Bytes: what the 1-chart page downloads, less the harness the blank page downloads too.
const tenth = (ms) => Math.round(ms * 10) / 10;
const listed = async (paths) => Promise.all(paths.map(async (path) => ({ path, gzipBytes: await gzipSize(path) })));
const harness = await listed(floor.files);
const results = {};
for (const name of Object.keys(LIBRARIES)) {
  const { first, hundred, jsHeap, wasm, nodes, hover: moves, slow: slowFirst, files } = samples[name];
  const own = await listed(files.filter((path) => !floor.files.includes(path)));
  const c = cycles[name];
  results[name] = {
    local: {
      gzipBytes: own.reduce((sum, file) => sum + file.gzipBytes, 0),
      files: own,
      firstPaintMs: median(first),
      hundredMs: median(hundred),
      jsHeapBytes: median(jsHeap),
      wasmBytes: median(wasm),
      domNodes: median(nodes),
      hoverSamples: moves.length,
      hoverP50Ms: quantile(moves, 0.5),
      hoverP95Ms: quantile(moves, 0.95),
      cycles: c.cycles,
      cyclesMs: c.ms,
      memoryBeforeBytes: c.before,
      memoryAfterBytes: c.after,
      memoryAfterAgainBytes: c.again,
      wasmMemoryBeforeBytes: c.wasmBefore,
      wasmMemoryAfterBytes: c.wasmAfter,
    },
    slow: { firstChartMs: median(slowFirst) },
    runsMs: { firstPaint: first.map(tenth), hundred: hundred.map(tenth), slowFirstChart: slowFirst.map(tenth) },
  };
}
const floorResult = {
  local: {
    gzipBytes: harness.reduce((sum, file) => sum + file.gzipBytes, 0), files: harness,
    firstPaintMs: median(floor.first), hundredMs: median(floor.hundred), jsHeapBytes: median(floor.jsHeap), domNodes: median(floor.nodes),
    hoverP50Ms: floor.hover.length ? quantile(floor.hover, 0.5) : 0, hoverP95Ms: floor.hover.length ? quantile(floor.hover, 0.95) : 0,
  },
  slow: { firstChartMs: median(floor.slow) },
  runsMs: { firstPaint: floor.first.map(tenth), hundred: floor.hundred.map(tenth), slowFirstChart: floor.slow.map(tenth) },
};

// The first chart from the page's HTML: FCP medians, the HTML page's bytes, what it
// downloads after (less the harness: bench.css and fcp.mjs, the floor's files).
const earlyHarness = early.floor.files;
const sumBytes = (files) => files.reduce((sum, file) => sum + file.gzipBytes, 0);
const prerendered = {};
for (const [name, { id }] of Object.entries(PRERENDERED)) {
  const { local: l, slow: s, files } = early[name];
  const own = await listed(files.filter((path) => !earlyHarness.includes(path)));
  const upgraded = (profile) => (profile.upgraded.length ? { upgradedMs: median(profile.upgraded) } : {});
  prerendered[name] = {
    page: pages[id].one.slice(1),
    htmlGzipBytes: await gzipSize(pages[id].one.slice(1)),
    afterHtmlGzipBytes: sumBytes(own),
    files: own,
    local: { fcpMs: median(l.fcp), ...upgraded(l) },
    slow: { fcpMs: median(s.fcp), ...upgraded(s) },
    runsMs: {
      localFcp: l.fcp.map(tenth), slowFcp: s.fcp.map(tenth),
      ...(l.upgraded.length ? { localUpgraded: l.upgraded.map(tenth), slowUpgraded: s.upgraded.map(tenth) } : {}),
    },
  };
}
// The floor: the blank page's FCP; a page with nothing contentful has none, and then its
// "painted" from the same runs stands in.
const blankPaints = [...early.floor.local.fcp, ...early.floor.slow.fcp].every((ms) => typeof ms === 'number');
prerendered.floor = {
  figure: blankPaints ? 'first-contentful-paint' : 'painted: the blank page has no first-contentful-paint (nothing contentful)',
  page: pages[BLANK_FCP.id].one.slice(1),
  htmlGzipBytes: await gzipSize(pages[BLANK_FCP.id].one.slice(1)),
  afterHtmlGzipBytes: sumBytes(await listed(earlyHarness)),
  files: await listed(earlyHarness),
  local: { fcpMs: median(blankPaints ? early.floor.local.fcp : floor.first) },
  slow: { fcpMs: median(blankPaints ? early.floor.slow.fcp : floor.slow) },
  runsMs: blankPaints
    ? { localFcp: early.floor.local.fcp.map(tenth), slowFcp: early.floor.slow.fcp.map(tenth) }
    : { localPainted: floor.first.map(tenth), slowPainted: floor.slow.map(tenth) },
};

// The tables: figures, then planmeter ÷ each other.
const ours = results.planmeter;
const figure = (result, [profile, key]) => result[profile][key];
const ratio = (name, key) => (figure(ours, key) / figure(results[name], key)).toFixed(2);
// The library's own share: each figure less the blank page's ('—' where noise put a
// figure under the floor).
function aboveFloor(name, key) {
  const [mine, theirs] = [figure(ours, key) - figure(floorResult, key), figure(results[name], key) - figure(floorResult, key)];
  return mine > 0 && theirs > 0 ? (mine / theirs).toFixed(2) : '—';
}
const mb = (value) => (value / 1048576).toFixed(1);
const cyclesColumn = `MB before→${CYCLES}→${2 * CYCLES} cycles`;
const figures = Object.entries(results)
  .map(([name, { local: r, slow: s }]) => ({
    library: name,
    'gzip KB': (r.gzipBytes / 1024).toFixed(1),
    files: String(r.files.length),
    'first paint ms': r.firstPaintMs.toFixed(0),
    '100 charts ms': r.hundredMs.toFixed(0),
    'JS heap MB': mb(r.jsHeapBytes),
    'wasm MB': mb(r.wasmBytes),
    'DOM nodes': r.domNodes.toFixed(0),
    'hover p50 ms': r.hoverP50Ms.toFixed(2),
    'hover p95 ms': r.hoverP95Ms.toFixed(2),
    [cyclesColumn]: `${mb(r.memoryBeforeBytes)}→${mb(r.memoryAfterBytes)}→${mb(r.memoryAfterAgainBytes)}`,
    'slow: first chart ms': s.firstChartMs.toFixed(0),
  }))
  .concat([{
    library: FLOOR, 'gzip KB': (floorResult.local.gzipBytes / 1024).toFixed(1), files: String(harness.length),
    'first paint ms': floorResult.local.firstPaintMs.toFixed(0), '100 charts ms': floorResult.local.hundredMs.toFixed(0),
    'JS heap MB': mb(floorResult.local.jsHeapBytes), 'wasm MB': '', 'DOM nodes': floorResult.local.domNodes.toFixed(0),
    'hover p50 ms': floorResult.local.hoverP50Ms.toFixed(2), 'hover p95 ms': floorResult.local.hoverP95Ms.toFixed(2), [cyclesColumn]: '', 'slow: first chart ms': floorResult.slow.firstChartMs.toFixed(0),
  }]);
const FIRST = ['local', 'firstPaintMs'];
const HUNDRED_MS = ['local', 'hundredMs'];
const SLOW_FIRST = ['slow', 'firstChartMs'];
const ratios = Object.keys(results)
  .filter((name) => name !== 'planmeter')
  .map((name) => ({
    versus: name,
    bytes: ratio(name, ['local', 'gzipBytes']),
    'first paint': ratio(name, FIRST),
    'first paint − floor': aboveFloor(name, FIRST),
    '100 charts': ratio(name, HUNDRED_MS),
    '100 charts − floor': aboveFloor(name, HUNDRED_MS),
    'heap (JS + wasm)': (
      (ours.local.jsHeapBytes + ours.local.wasmBytes) / (results[name].local.jsHeapBytes + results[name].local.wasmBytes)
    ).toFixed(2),
    'DOM nodes': ratio(name, ['local', 'domNodes']),
    'hover p95': ratio(name, ['local', 'hoverP95Ms']),
    'hover p95 − floor': aboveFloor(name, ['local', 'hoverP95Ms']),
    'slow: first chart': ratio(name, SLOW_FIRST),
    'slow: first chart − floor': aboveFloor(name, SLOW_FIRST),
  }));
const RATIOS_TITLE = 'planmeter ÷ other (below 1: planmeter smaller or faster; "− floor": what each adds above the blank page)';
console.table(figures);
console.log(RATIOS_TITLE);
console.table(ratios);
const growth = ours.local.memoryAfterBytes - ours.local.memoryBeforeBytes;
const regrowth = ours.local.memoryAfterAgainBytes - ours.local.memoryAfterBytes;
const wasmGrowth = ours.local.wasmMemoryAfterBytes - ours.local.wasmMemoryBeforeBytes;
const signed = (bytes) => `${bytes >= 0 ? '+' : ''}${(bytes / 1024).toFixed(0)} KB`;
const whole = (value) => (typeof value === 'number' ? value.toFixed(0) : '');
const earlyRow = (page, result) => ({
  page,
  'local: FCP ms': whole(result.local.fcpMs),
  'slow: FCP ms': whole(result.slow.fcpMs),
  'HTML gzip bytes': String(result.htmlGzipBytes),
  'then downloads gzip KB': (result.afterHtmlGzipBytes / 1024).toFixed(1),
  'local: upgraded ms': whole(result.local.upgradedMs),
  'slow: upgraded ms': whole(result.slow.upgradedMs),
});
const SSR = 'echarts (server-side SVG)';
const earlyRatio = (key) => (figure(prerendered.planmeter, key) / figure(prerendered[SSR], key)).toFixed(2);
const earlyTable = [
  ...Object.entries(PRERENDERED).map(([name, { label }]) => earlyRow(label, prerendered[name])),
  earlyRow(blankPaints ? FLOOR : `${FLOOR}: "painted", no FCP`, prerendered.floor),
  {
    page: `planmeter ÷ ${SSR}`,
    'local: FCP ms': earlyRatio(['local', 'fcpMs']),
    'slow: FCP ms': earlyRatio(['slow', 'fcpMs']),
    'HTML gzip bytes': (prerendered.planmeter.htmlGzipBytes / prerendered[SSR].htmlGzipBytes).toFixed(2),
    'then downloads gzip KB': prerendered[SSR].afterHtmlGzipBytes ? (prerendered.planmeter.afterHtmlGzipBytes / prerendered[SSR].afterHtmlGzipBytes).toFixed(2) : '—',
    'local: upgraded ms': '',
    'slow: upgraded ms': '',
  },
];
console.log(PRERENDERED_TITLE);
console.table(earlyTable);
console.log(`planmeter memory over ${CYCLES} mount/destroy cycles: ${signed(growth)} (JS heap + wasm memory, after GC), then ${signed(regrowth)} over ${CYCLES} more; wasm memory ${signed(wasmGrowth)} over all ${2 * CYCLES} (${(ours.local.wasmMemoryAfterBytes / 1048576).toFixed(2)} MB)`);

const chromiumVersion = execSync(`${process.env.CHROMIUM ?? '/usr/bin/chromium'} --version 2>/dev/null`).toString().trim();
const versions = {};
for (const pkg of ['chart.js', 'chartjs-plugin-annotation', 'echarts', 'esbuild', 'playwright-core']) {
  versions[pkg] = JSON.parse(await readFile(`${ROOT}node_modules/${pkg}/package.json`, 'utf8')).version;
}
const date = new Date().toISOString();

const markdownTable = (rows) => {
  if (!rows.length) return '';
  const keys = Object.keys(rows[0]);
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(keys), line(keys.map(() => '---')), ...rows.map((row) => line(keys.map((key) => row[key] ?? '')))].join('\n');
};
await writeFile(
  `${OUT}table.md`,
  `<!-- make bench, ${date}: ${RUNS} runs (slow network ${SLOW_RUNS}, hover ${HOVER_RUNS} × ${MOVES} moves), ${chromiumVersion}, ${os.cpus().length} × ${os.cpus()[0]?.model} -->
The same chart (${YEARS.length} yearly values, target line, on-schedule path, tooltip), declared in each page's HTML; medians. Local: files from disk, no network limits. Slow network: 1.6 Mbps down, 750 kbps up, 150 ms latency, cache disabled, files gzip -9. Bytes: gzip -9 of every file the 1-chart page downloads after its HTML, less the harness the blank page downloads too (its row). "Painted": every chart drawn, then two animation frames. JS heap, wasm memory and DOM nodes: after ${HUNDRED} charts, after GC.

${markdownTable(figures)}

${RATIOS_TITLE}:

${markdownTable(ratios)}

${PRERENDERED_TITLE[0].toUpperCase()}${PRERENDERED_TITLE.slice(1)}: the 1-chart planmeter page with \`planmeter render --format html --width ${WIDTH} --height ${HEIGHT}\`'s fallback inside the \`<plan-meter>\` (the loader then replaces it with the live widget: "upgraded", its planmeter:ready), and the same ECharts option rendered in Node (\`renderToSVGString()\`, ${WIDTH} × 320, SVG) inlined with no chart script. FCP: the page's First Contentful Paint, both profiles above; HTML: gzip -9 of the page; then: what it downloads after its HTML, less the harness (bench.css and the FCP reader; the floor's row).${blankPaints ? '' : ' The blank page paints nothing contentful, so has no FCP: its row is its "painted" from the first table, which also waits for its modules and two frames, so it is no floor under an FCP (it can lie above one).'}

${markdownTable(earlyTable)}
`,
);
await writeFile(
  `${ROOT}bench/results.json`,
  `${JSON.stringify({
    date, runs: RUNS, slowRuns: SLOW_RUNS, hoverRuns: HOVER_RUNS, hoverMoves: MOVES, charts: HUNDRED,
    slowNetwork: { downloadBytesPerSecond: SLOW.downloadThroughput, uploadBytesPerSecond: SLOW.uploadThroughput, latencyMs: SLOW.latency, cache: 'disabled', encoding: 'gzip -9' },
    floor: floorResult,
    prerendered,
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, memoryGB: Math.round(os.totalmem() / 2 ** 30) },
    browser: chromiumVersion, versions, results,
  }, null, 2)}\n`,
);
console.log('wrote bench/results.json and target/bench/table.md');
