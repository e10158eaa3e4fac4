// What every benchmark page draws: the same trend chart — 8 yearly growth rates, the
// 8% target as a line, the on-schedule path, a tooltip — and the three ways it is
// measured (?mode=…):
//   paint  (default) `n` charts (?n=100); `window.__bench` once all have painted;
//   hover  one chart, then a probe times each pointer move the runner makes;
//   cycles 1,000 create/destroy cycles of one chart, memory before and after, and after
//          1,000 more (a leak grows twice).
// Each library's page passes `create(element) → Promise<destroy>`; `memory()` adds what
// the JS heap does not count (planmeter's wasm linear memory).

export const YEARS = ['2013', '2014', '2015', '2016', '2017', '2018', '2019', '2020'];
export const VALUES = [9.1, 8.6, 8.2, 7.9, 8.4, 8.3, 7.9, 7.5];
export const TARGET = 8;
export const EXPECTED = YEARS.map(() => TARGET);

const params = new URLSearchParams(location.search);
const count = Number(params.get('n') ?? 1);
const mode = params.get('mode') ?? 'paint';
const CYCLES = Number(params.get('cycles') ?? 1000);

const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
const painted = () => frame().then(frame);

/** One container, 600 × 320 CSS px, appended to the page. */
function container(tag) {
  const element = document.createElement(tag);
  element.className = 'chart';
  document.body.append(element);
  return element;
}

/** The JS heap after a forced GC, and what `memory()` adds (planmeter's wasm memory). */
async function heap(memory) {
  window.gc?.();
  await painted();
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

export async function run({ create, tag = 'div', memory = async () => 0, beforeAll = () => {} }) {
  if (mode === 'cycles') {
    const element = container(tag);
    const cycle = async () => (await create(element))();
    for (let i = 0; i < 200; i++) await cycle();
    const before = await heap(memory);
    const started = performance.now();
    for (let i = 0; i < CYCLES; i++) await cycle();
    const ms = performance.now() - started;
    const after = await heap(memory);
    // Once more: a leak grows again by the same amount; a one-off (code caches,
    // interned strings) does not.
    for (let i = 0; i < CYCLES; i++) await cycle();
    const again = await heap(memory);
    window.__bench = {
      before: before.js + before.wasm, after: after.js + after.wasm, again: again.js + again.wasm,
      wasmBefore: before.wasm, wasmAfter: again.wasm, cycles: CYCLES, ms,
    };
    return;
  }
  const elements = Array.from({ length: mode === 'hover' ? 1 : count }, () => container(tag));
  const charts = elements.map((element) => create(element));
  beforeAll();
  await Promise.all(charts);
  await painted();
  window.__bench = { painted: performance.now(), heap: (performance.memory?.usedJSHeapSize ?? 0) + (await memory()) };
  if (mode === 'hover') hoverProbe();
}
