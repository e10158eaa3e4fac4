// planmeter loader: one <script type="module" src=".../planmeter.js"> renders every
// <plan-meter config='{…}'> and every <div data-planmeter='{…}'> on the page, each in its
// own open shadow root. The wasm is found next to this file (./pkg/), through
// import.meta.url, so the loader and pkg/ can be copied anywhere together. This file is
// the entry: the element, the watch for data-planmeter hosts, the page-wide listeners
// and the public API (`mount`, `stats`); the rest is in ./loader/ (ARCHITECTURE.md), which
// `make dist` bundles into one file.
//
// What the loader must never do: eval or inline scripts, innerHTML with data, requests to
// another origin, globals besides the element registration.

import { setBase } from './loader/place.js';
import { Mount, tryMount } from './loader/mount.js';
import { mounts, renderWaiting } from './loader/schedule.js';
import { followFragment, fragmentTarget } from './loader/links.js';
import { currentCore, instanceCount } from './loader/wasm.js';
import { catalogPlans } from './loader/plans.js';

const TAG = 'plan-meter';
const DIV_ATTRIBUTE = 'data-planmeter';

// Bundled into an app as a classic script, import.meta is empty: the page's address then,
// until the app says where it serves the files (assets()).
setBase(new URL('./', import.meta.url ?? document.baseURI));

if (!customElements.get(TAG)) {
  customElements.define(
    TAG,
    class PlanMeterElement extends HTMLElement {
      static observedAttributes = ['config'];
      #mount = null;

      connectedCallback() {
        this.#mount ??= tryMount(this, () => this.getAttribute('config'));
      }

      disconnectedCallback() {
        // A move within the page disconnects and reconnects in one task: keep the mount.
        queueMicrotask(() => {
          if (!this.isConnected && this.#mount) {
            this.#mount.destroy();
            this.#mount = null;
          }
        });
      }

      attributeChangedCallback() {
        this.#mount?.schedule();
      }
    },
  );
  watchDivs();
  addEventListener('beforeprint', renderWaiting);
  addEventListener('popstate', followFragment);
  addEventListener('hashchange', followFragment);
  if (fragmentTarget()) queueMicrotask(followFragment);
  // The page's 长者版 switch: redraw every widget when <html> changes class or data-elder.
  new MutationObserver(() => {
    for (const mount of mounts) mount.draw();
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['class', 'data-elder'] });
}

// <div data-planmeter='…'> hosts: mounted when they appear, re-rendered when the
// attribute changes, destroyed when they leave the page.
function watchDivs() {
  const divMounts = new Map();
  const mount = (div) => {
    if (div.tagName.toLowerCase() === TAG || divMounts.has(div)) return;
    // An element that cannot hold a widget is remembered too (as null): reported once.
    divMounts.set(div, tryMount(div, () => div.getAttribute(DIV_ATTRIBUTE)));
  };
  const scan = (node) => {
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    if (node.hasAttribute(DIV_ATTRIBUTE)) mount(node);
    for (const div of node.querySelectorAll(`[${DIV_ATTRIBUTE}]`)) mount(div);
  };
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') {
        const existing = divMounts.get(record.target);
        if (existing) existing.schedule();
        else scan(record.target);
      }
      for (const node of record.addedNodes) scan(node);
    }
    for (const [div, existing] of divMounts) {
      if (!div.isConnected) {
        existing?.destroy();
        divMounts.delete(div);
      }
    }
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: [DIV_ATTRIBUTE] });
  scan(document.documentElement);
}

/**
 * Diagnostics: the widgets alive on the page and the bytes of wasm memory the shared
 * instance holds (0 before the first widget loads it). Memory only ever grows; a
 * steady figure over mounts and destroys means nothing leaks.
 */
export async function stats() {
  const core = currentCore() ? await currentCore() : null;
  return { widgets: mounts.size, wasmBytes: core ? core.memoryBytes() : 0, instances: instanceCount() };
}

/**
 * Where the package's files (pkg/ — the wasm and the plans — and methodology.html) are
 * served, for apps whose bundler moved the loader away from them: e.g.
 * `assets('/static/planmeter/')`. Call it before the first widget renders (right after the
 * import); by default they are next to the script the loader runs in.
 */
export function assets(url) {
  const base = new URL(String(url), document.baseURI);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  setBase(base);
}

/**
 * Every plan of the catalog, read (each plan's file fetched once, its hash checked): for
 * pages that list targets, as the catalog page and the configurator do.
 */
export function catalog() {
  return catalogPlans();
}

/**
 * Mounts a widget on any element (not a <plan-meter>, which mounts itself) for apps that
 * build their pages in JavaScript. `config` is an object or JSON text. The handle's
 * `update(config)` re-renders; `destroy()` removes every listener and observer, frees the
 * wasm memory and empties the shadow root.
 */
export function mount(element, config) {
  if (!(element instanceof Element)) throw new TypeError('planmeter.mount: the first argument must be an element');
  if (element.localName === TAG) throw new TypeError('planmeter.mount: a <plan-meter> mounts itself; set its config attribute instead');
  const text = (value) => (typeof value === 'string' ? value : JSON.stringify(value));
  let current = text(config);
  let widget = new Mount(element, () => current);
  return {
    update(next) {
      current = text(next);
      widget?.schedule();
    },
    destroy() {
      widget?.destroy();
      widget = null;
      element.shadowRoot?.replaceChildren();
      element.removeAttribute('data-status');
    },
  };
}
