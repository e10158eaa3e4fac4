// What every benchmark page draws, and the one definition of "painted" they all use.
//
// The chart, the same with every library: 3 yearly growth rates (2018–2020), the 8%
// target as a line, the on-schedule path dashed, a tooltip on hover. planmeter shows it
// from its catalog (`PLANMETER_CONFIG`, written into the pages' HTML by bench/run.mjs).
//
// A page declares its charts in its HTML (bench/run.mjs writes them) and each library's
// module calls `run()`, which works by ?mode=…:
//   paint  (default) `init` every `.chart` of the page; `window.__bench` once all are
//          painted, with the memory afterwards;
//   hover  the same with the 1-chart page, then a probe times each pointer move the
//          runner makes;
//   cycles create/destroy cycles of one chart made from JS (?cycles=1000), memory before
//          and after, and after as many more (a leak grows twice).
// Nothing here touches the page on import: bench/run.mjs imports the data too.

export const YEARS = ['2018', '2019', '2020'];
export const VALUES = [8.3, 7.9, 7.5];
export const TARGET = 8;
export const EXPECTED = YEARS.map(() => TARGET);
/** The ECharts option of the bench's chart: bars 2018–2020, the target as a markLine, the
 * on-schedule path dashed, animation off — drawn in the browser (bench/echarts.mjs) and on
 * the server (bench/echarts-ssr.mjs) alike. */
export const echartsOption = () => ({
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

export const PLANMETER_CONFIG = JSON.stringify({
  indicator: 'ezhou-2018-2020.value-added-growth',
  actuals: Object.fromEntries(YEARS.map((year, index) => [year, VALUES[index]])),
  asOf: '2021-03-31',
  height: 320,
});

export const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** Resolves once `test()` holds: checked now, then at each animation frame. */
export function until(test) {
  return new Promise((resolve) => {
    const check = () => (test() ? resolve() : requestAnimationFrame(check));
    check();
  });
}

/** A canvas with at least one pixel drawn. Read 16 rows at a time from the top, so a
 * drawn chart costs a strip or two, not a copy of the whole canvas (100 of those took
 * 60 ms, charged to the canvas libraries' paint). */
function nonBlank(canvas) {
  if (!canvas?.width || !canvas.height) return false;
  const context = canvas.getContext('2d');
  for (let top = 0; top < canvas.height; top += 16) {
    const rows = Math.min(16, canvas.height - top);
    const pixels = new Uint32Array(context.getImageData(0, top, canvas.width, rows).data.buffer);
    for (let index = 0; index < pixels.length; index++) if (pixels[index] !== 0) return true;
  }
  return false;
}

/** Drawn, for a canvas library: the container's canvas is no longer blank. */
export const canvasDrawn = (container) => until(() => nonBlank(container.querySelector('canvas')));

/**
 * "Painted", the same for every library: each chart drawn (`drawn(container)` resolves:
 * its canvas is non-blank, or for planmeter the element has `data-status`, which it sets
 * once it has drawn), then two animation frames — the frame showing the drawings has
 * been produced. Returns the time since navigation start.
 */
export async function painted(containers, drawn) {
  await Promise.all(containers.map((container) => drawn(container)));
  await frame();
  await frame();
  return performance.now();
}

/** The JS heap after a forced GC, and what `memory()` adds (planmeter's wasm memory). */
async function heap(memory) {
  window.gc?.();
  await frame();
  window.gc?.();
  return { js: performance.memory?.usedJSHeapSize ?? 0, wasm: await memory() };
}

/**
 * The input-to-next-paint cost of each pointer move: from the first listener (window,
 * capture) through the library's own handlers and animation-frame callbacks to the end
 * of the frame that shows the result (a message posted from an animation frame is
 * handled after that frame's style, layout and paint).
 */
function hoverProbe() {
  const samples = [];
  const channel = new MessageChannel();
  let start = 0;
  let pending = false;
  channel.port1.onmessage = () => {
    samples.push(performance.now() - start);
    pending = false;
  };
  addEventListener(
    'pointermove',
    () => {
      if (pending) return;
      pending = true;
      start = performance.now();
      requestAnimationFrame(() => channel.port2.postMessage(0));
    },
    { capture: true },
  );
  window.__hover = samples;
}

/**
 * A library's page: `init(containers)` draws the charts declared in the HTML;
 * `drawn(container)` resolves once one is drawn; `create(element)` draws one from JS and
 * returns its destroy (cycles); `memory()` is what the JS heap does not count.
 */
export async function run({ init, drawn = canvasDrawn, create, memory = async () => 0 }) {
  const params = new URLSearchParams(location.search);
  const mode = params.get('mode') ?? 'paint';
  if (mode === 'cycles') {
    const cycles = Number(params.get('cycles') ?? 1000);
    const element = document.createElement('div');
    element.className = 'chart';
    document.body.append(element);
    const cycle = async () => {
      const destroy = create(element);
      await drawn(element);
      await frame();
      destroy();
    };
    // Warm-up: JIT tiers and caches settle.
    for (let i = 0; i < 200; i++) await cycle();
    const before = await heap(memory);
    const started = performance.now();
    for (let i = 0; i < cycles; i++) await cycle();
    const ms = performance.now() - started;
    const after = await heap(memory);
    // Once more: a leak grows again by the same amount; a one-off (code caches,
    // interned strings) does not.
    for (let i = 0; i < cycles; i++) await cycle();
    const again = await heap(memory);
    window.__bench = {
      before: before.js + before.wasm, after: after.js + after.wasm, again: again.js + again.wasm,
      wasmBefore: before.wasm, wasmAfter: again.wasm, cycles, ms,
    };
    return;
  }
  const containers = [...document.querySelectorAll('.chart')];
  init(containers);
  const time = await painted(containers, drawn);
  const { js, wasm } = await heap(memory);
  window.__bench = { painted: time, charts: containers.length, jsHeap: js, wasm };
  if (mode === 'hover') hoverProbe();
}
