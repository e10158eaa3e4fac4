// Load and leaks: 500 widgets on one page, and 1,000 mount/destroy cycles with nothing
// left behind — event listeners, observed elements, widgets and wasm memory counted
// before and after. The figures are printed for the issue note and the README.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser } from './harness.mjs';

const harness = useBrowser();
const CONFIG = { indicator: 'ezhou-2018-2020.value-added-growth', actuals: { 2018: 8.3, 2019: 7.9 }, asOf: '2020-03-31' };

// Counts what the page holds on to: listeners added minus removed, and elements being
// observed by each kind of observer. Installed before any script of the page runs.
function instrument() {
  const counts = { listeners: 0, resize: 0, intersection: 0, mutation: 0 };
  const keys = new WeakMap();
  const keyOf = (target, type, handler, options) => {
    let byTarget = keys.get(target);
    if (!byTarget) keys.set(target, (byTarget = new Set()));
    return [byTarget, `${type}|${typeof options === 'boolean' ? options : Boolean(options?.capture)}`, handler];
  };
  const handlers = new WeakMap();
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  EventTarget.prototype.addEventListener = function (type, handler, options) {
    // `once` listeners remove themselves when they fire, without removeEventListener.
    if (handler && !options?.once) {
      const [byTarget, key] = keyOf(this, type, handler, options);
      let set = handlers.get(handler);
      if (!set) handlers.set(handler, (set = new Set()));
      if (!set.has(byTarget) || !byTarget.has(key)) counts.listeners++;
      set.add(byTarget);
      byTarget.add(key);
    }
    return add.call(this, type, handler, options);
  };
  EventTarget.prototype.removeEventListener = function (type, handler, options) {
    if (handler) {
      const [byTarget, key] = keyOf(this, type, handler, options);
      if (handlers.get(handler)?.has(byTarget) && byTarget.has(key)) {
        counts.listeners--;
        handlers.get(handler).delete(byTarget);
      }
    }
    return remove.call(this, type, handler, options);
  };
  for (const [name, key] of [['ResizeObserver', 'resize'], ['IntersectionObserver', 'intersection'], ['MutationObserver', 'mutation']]) {
    const Original = window[name];
    window[name] = class extends Original {
      #observed = new Set();
      observe(target, options) {
        if (!this.#observed.has(target)) counts[key]++;
        this.#observed.add(target);
        return super.observe(target, options);
      }
      unobserve(target) {
        if (this.#observed.delete(target)) counts[key]--;
        return super.unobserve(target);
      }
      disconnect() {
        counts[key] -= this.#observed.size;
        this.#observed.clear();
        return super.disconnect();
      }
    };
  }
  window.__counts = counts;
}

test('500 widgets on one page render without a console error', async () => {
  const page = await harness.page();
  await page.goto(`${harness.url}/tests/browser/fixtures/blank.html`);
  const result = await page.evaluate(async (config) => {
    const started = performance.now();
    let ready = 0;
    const all = new Promise((resolve) => document.addEventListener('planmeter:ready', () => ++ready === 500 && resolve()));
    for (let i = 0; i < 500; i++) {
      const element = document.createElement('plan-meter');
      element.setAttribute('config', JSON.stringify({ ...config, actuals: { 2018: 8.3, 2019: 7 + (i % 20) / 10 } }));
      document.getElementById('slot').append(element);
    }
    dispatchEvent(new Event('beforeprint'));
    await all;
    const { stats } = await import('/www/planmeter.js');
    return { ms: performance.now() - started, stats: await stats(), drawn: document.querySelectorAll('plan-meter[data-status]').length };
  }, CONFIG);
  console.log(`500 widgets: all painted in ${result.ms.toFixed(0)} ms; ${result.stats.widgets} alive; wasm memory ${(result.stats.wasmBytes / 1048576).toFixed(2)} MB`);
  assert.equal(result.drawn, 500);
  assert.equal(result.stats.widgets, 500);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('1,000 mount/destroy cycles leave no listener, observer, widget or wasm memory behind', async () => {
  const page = await harness.page();
  await page.addInitScript(instrument);
  await page.goto(`${harness.url}/tests/browser/fixtures/blank.html`);
  const result = await page.evaluate(async (config) => {
    const { mount, stats } = await import('/www/planmeter.js');
    const element = document.createElement('div');
    document.getElementById('slot').append(element);
    const cycle = async () => {
      const ready = new Promise((resolve) => element.addEventListener('planmeter:ready', resolve, { once: true }));
      const handle = mount(element, config);
      await ready;
      handle.destroy();
    };
    for (let i = 0; i < 50; i++) await cycle();
    const before = { ...window.__counts, ...(await stats()) };
    for (let i = 0; i < 1000; i++) await cycle();
    const after = { ...window.__counts, ...(await stats()) };
    return { before, after };
  }, CONFIG);
  const { before, after } = result;
  console.log(
    `1,000 cycles: listeners ${before.listeners}→${after.listeners}, observed (resize ${before.resize}→${after.resize}, intersection ${before.intersection}→${after.intersection}, mutation ${before.mutation}→${after.mutation}), widgets ${before.widgets}→${after.widgets}, wasm memory ${before.wasmBytes}→${after.wasmBytes} bytes`,
  );
  assert.deepEqual(after, before);
  assert.equal(after.widgets, 0);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
