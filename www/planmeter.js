// planmeter loader: one <script type="module" src=".../planmeter.js"> renders every
// <plan-meter config='{…}'> and every <div data-planmeter='{…}'> on the page, each in its
// own open shadow root. The wasm is found next to this file (./pkg/), through
// import.meta.url, so the loader and pkg/ can be copied anywhere together.
//
// What this file must never do: eval or inline scripts, innerHTML with data, requests to
// another origin, globals besides the element registration.

const TAG = 'plan-meter';
const DIV_ATTRIBUTE = 'data-planmeter';
const DATA_TIMEOUT_MS = 10000;
// The method page, shipped next to the loader.
const METHOD_URL = new URL('./methodology.html', import.meta.url).href;

// The wasm module is loaded once per page, on first use, and shared by every widget.
let corePromise = null;
function loadCore() {
  corePromise ??= (async () => {
    const glue = await import(new URL('./pkg/planmeter.js', import.meta.url).href);
    await glue.default({ module_or_path: new URL('./pkg/planmeter_bg.wasm', import.meta.url) });
    return glue;
  })();
  return corePromise;
}

// dataUrl responses, fetched once per URL per page and shared.
const dataRequests = new Map();
function fetchData(url) {
  if (!dataRequests.has(url)) {
    dataRequests.set(url, requestData(url));
  }
  return dataRequests.get(url);
}

async function requestData(url) {
  const absolute = new URL(url, document.baseURI);
  if (absolute.origin !== location.origin) {
    throw new Error(`dataUrl: ${url} is on another origin (${absolute.origin}); only this page's origin is allowed`);
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), DATA_TIMEOUT_MS);
  try {
    const response = await fetch(absolute, { signal: controller.signal, credentials: 'same-origin' });
    if (!response.ok) {
      throw new Error(`dataUrl: ${url} answered HTTP ${response.status} ${response.statusText}`.trim());
    }
    return await response.text();
  } catch (error) {
    if (error.name === 'AbortError') {
      throw new Error(`dataUrl: ${url} did not answer within ${DATA_TIMEOUT_MS / 1000} s`);
    }
    throw error.message?.startsWith('dataUrl:') ? error : new Error(`dataUrl: ${url}: ${error.message}`);
  } finally {
    clearTimeout(timer);
  }
}

const STYLE = `
:host { all: initial; display: block; contain: content; }
:host([hidden]) { display: none; }
.pm { font-family: system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif;
  font-size: 15px; line-height: 1.5; color: #1a202c; background: #fff; padding: 12px 14px; border: 1px solid #d5dae1; border-radius: 6px;
  box-sizing: border-box; max-width: 100%; }
.pm *, .pm *::before, .pm *::after { box-sizing: border-box; }
.pm.dark { color: #eceff4; background: #181c24; border-color: #3a404c; }
.pm.elder { font-size: 19px; }
.title { margin: 0 0 4px; font-size: 1.15em; font-weight: 700; }
.status { margin: 0 0 8px; }
.badge { display: inline-flex; align-items: center; gap: 0.3em; padding: 0 0.5em; border-radius: 3px; font-weight: 700; border: 1px solid currentColor; margin-right: 0.4em; }
.pm[data-status="achieved"] .badge, .pm[data-status="on-track"] .badge { color: #006b3c; }
.pm[data-status="needs-acceleration"] .badge { color: #8a5300; }
.pm[data-status="limited-progress"] .badge, .pm[data-status="deterioration"] .badge, .pm[data-status="not-achieved"] .badge { color: #b3261e; }
.pm[data-status="no-data"] .badge { color: #555e6c; }
.pm.dark[data-status="achieved"] .badge, .pm.dark[data-status="on-track"] .badge { color: #6fdc9c; }
.pm.dark[data-status="needs-acceleration"] .badge { color: #f5c065; }
.pm.dark[data-status="limited-progress"] .badge, .pm.dark[data-status="deterioration"] .badge, .pm.dark[data-status="not-achieved"] .badge { color: #ff9a8f; }
.pm.dark[data-status="no-data"] .badge { color: #b0b8c4; }
.plot { position: relative; width: 100%; }
canvas { display: block; width: 100%; height: 300px; }
.method { margin-left: 0.5em; font-size: 0.85em; color: #0b5cad; white-space: nowrap; }
.pm.dark .method { color: #8cc4ff; }
.source { margin: 8px 0 0; font-size: 0.85em; color: #555e6c; }
.pm.dark .source { color: #b0b8c4; }
.error { margin: 0; padding: 8px 10px; border-left: 4px solid #b3261e; background: #fdecea; color: #5f1410; white-space: pre-wrap; overflow-wrap: anywhere; }
.loading { margin: 0; color: #555e6c; }
[hidden] { display: none !important; }
`;

let sheet = null;
function styleSheet() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLE);
  }
  return sheet;
}

const STATUS_ICONS = {
  'achieved': '✔',
  'on-track': '↗',
  'needs-acceleration': '⚠',
  'limited-progress': '⚠',
  'deterioration': '↘',
  'not-achieved': '✖',
  'no-data': '…',
};

function element(tag, className, parent) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  parent?.append(node);
  return node;
}

function today() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function pageLang() {
  return document.documentElement.lang || 'zh-CN';
}

// One rendered widget: its shadow root, its wasm handle and its observers. `destroy()`
// removes everything it added to the page.
class Mount {
  constructor(host, readConfig) {
    this.host = host;
    this.readConfig = readConfig;
    this.widget = null;
    this.generation = 0;
    this.scheduled = false;
    this.lastWidth = 0;

    const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    shadow.replaceChildren();
    shadow.adoptedStyleSheets = [styleSheet()];
    const root = element('div', 'pm', shadow);
    this.root = root;
    this.loading = element('p', 'loading', root);
    this.loading.textContent = '正在加载图表…';
    this.title = element('p', 'title', root);
    this.status = element('p', 'status', root);
    const badge = element('span', 'badge', this.status);
    this.icon = element('span', 'icon', badge);
    this.icon.setAttribute('aria-hidden', 'true');
    this.word = element('span', 'word', badge);
    this.explanation = element('span', 'explanation', this.status);
    this.method = element('a', 'method', this.status);
    this.method.href = METHOD_URL;
    this.method.target = '_blank';
    this.method.rel = 'noopener';
    this.plot = element('div', 'plot', root);
    this.canvas = element('canvas', null, this.plot);
    this.canvas.setAttribute('role', 'img');
    this.source = element('p', 'source', root);
    this.error = element('div', 'error', root);
    this.error.setAttribute('role', 'alert');
    this.error.hidden = true;
    for (const node of [this.title, this.status, this.plot, this.source]) node.hidden = true;

    this.resizeObserver = new ResizeObserver(() => {
      const width = this.plot.clientWidth;
      if (width !== this.lastWidth) this.draw();
    });
    this.resizeObserver.observe(this.plot);
    this.darkQuery = matchMedia('(prefers-color-scheme: dark)');
    this.onSchemeChange = () => this.draw();
    this.darkQuery.addEventListener('change', this.onSchemeChange);
    this.schedule();
  }

  // Batches attribute changes into one render per task.
  schedule() {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      this.render();
    });
  }

  async render() {
    const generation = ++this.generation;
    const stale = () => generation !== this.generation || !this.resizeObserver;
    let core;
    try {
      core = await loadCore();
    } catch (error) {
      if (!stale()) this.fail(`无法加载 planmeter 组件 (could not load planmeter): ${error.message}`);
      return;
    }
    if (stale()) return;
    this.core = core;
    let widget;
    try {
      widget = new core.Widget(this.readConfig() ?? '', today(), pageLang());
      const dataUrl = widget.dataUrl();
      if (dataUrl !== undefined) {
        this.loading.hidden = false;
        const text = await fetchData(dataUrl);
        if (stale()) {
          widget.free();
          return;
        }
        widget.setActuals(text);
      }
    } catch (error) {
      widget?.free();
      if (!stale()) this.fail(describe(core, error));
      return;
    }
    if (stale()) {
      widget.free();
      return;
    }
    this.widget?.free();
    this.widget = widget;
    this.show();
  }

  show() {
    let summary;
    try {
      summary = this.widget.summary();
    } catch (error) {
      this.fail(describe(this.core, error));
      return;
    }
    const { root, host } = this;
    root.lang = summary.lang;
    root.dataset.status = summary.status;
    root.classList.toggle('elder', summary.elder);
    this.theme = summary.theme;
    this.title.textContent = summary.title;
    this.icon.textContent = STATUS_ICONS[summary.status] ?? '';
    this.word.textContent = summary.statusLabel;
    this.explanation.textContent = summary.explanation;
    this.method.textContent = summary.lang === 'en' ? 'How this is judged' : '计算方法';
    this.canvas.setAttribute('aria-label', summary.ariaLabel);
    const quoteMarks = summary.lang === 'en' ? ['Source: ', ''] : ['来源：', ''];
    this.source.textContent = `${quoteMarks[0]}《${summary.planTitle}》${summary.docNumber ? `（${summary.docNumber}）` : ''}：“${summary.quote}”`;
    this.error.hidden = true;
    this.error.textContent = '';
    this.loading.hidden = true;
    for (const node of [this.title, this.status, this.plot, this.source]) node.hidden = false;
    if (!this.draw()) return;
    host.setAttribute('data-status', summary.status);
    host.dispatchEvent(
      new CustomEvent('planmeter:ready', {
        bubbles: true,
        composed: true,
        detail: { status: summary.status, indicator: summary.indicator, summary },
      }),
    );
  }

  // Draws the current widget at the plot's size; false (with the error shown) on failure.
  draw() {
    if (!this.widget) return true;
    const width = this.plot.clientWidth;
    if (width === 0) return true;
    this.lastWidth = width;
    const elder = this.root.classList.contains('elder');
    const height = Math.round(Math.min(Math.max(width * 0.56, elder ? 300 : 240), elder ? 460 : 400));
    const dark = this.theme === 'dark' || (this.theme === 'auto' && this.darkQuery.matches);
    this.root.classList.toggle('dark', dark);
    this.canvas.style.height = `${height}px`;
    try {
      this.widget.draw(this.canvas, width, height, window.devicePixelRatio || 1, dark);
      return true;
    } catch (error) {
      this.fail(describe(this.core, error));
      return false;
    }
  }

  fail(message) {
    const { host } = this;
    this.loading.hidden = true;
    for (const node of [this.title, this.status, this.plot, this.source]) node.hidden = true;
    this.error.textContent = message;
    this.error.hidden = false;
    host.removeAttribute('data-status');
    console.error(`planmeter: ${message}`, host);
    host.dispatchEvent(new CustomEvent('planmeter:error', { bubbles: true, composed: true, detail: { message } }));
  }

  destroy() {
    this.generation++;
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    this.darkQuery.removeEventListener('change', this.onSchemeChange);
    this.widget?.free();
    this.widget = null;
  }
}

// The words for an error thrown by the wasm: a config problem as it is, a panic as a bug.
function describe(core, error) {
  if (error instanceof WebAssembly.RuntimeError) {
    const panic = core?.takePanic?.();
    return `内部错误 (internal error): ${panic ?? error.message}. 请向 planmeter 报告 (please report this to planmeter).`;
  }
  const message = error?.message ?? String(error);
  return message.startsWith('dataUrl') ? `数据加载失败 (data error): ${message}` : `配置有误 (config error): ${message}`;
}

if (!customElements.get(TAG)) {
  customElements.define(
    TAG,
    class PlanMeterElement extends HTMLElement {
      static observedAttributes = ['config'];
      #mount = null;

      connectedCallback() {
        this.#mount ??= new Mount(this, () => this.getAttribute('config'));
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
}

// <div data-planmeter='…'> hosts: mounted when they appear, re-rendered when the
// attribute changes, destroyed when they leave the page.
function watchDivs() {
  const mounts = new Map();
  const mount = (div) => {
    if (div.tagName.toLowerCase() === TAG || mounts.has(div)) return;
    mounts.set(div, new Mount(div, () => div.getAttribute(DIV_ATTRIBUTE)));
  };
  const scan = (node) => {
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    if (node.hasAttribute(DIV_ATTRIBUTE)) mount(node);
    for (const div of node.querySelectorAll(`[${DIV_ATTRIBUTE}]`)) mount(div);
  };
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') {
        const existing = mounts.get(record.target);
        if (existing) existing.schedule();
        else scan(record.target);
      }
      for (const node of record.addedNodes) scan(node);
    }
    for (const [div, existing] of mounts) {
      if (!div.isConnected) {
        existing.destroy();
        mounts.delete(div);
      }
    }
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: [DIV_ATTRIBUTE] });
  scan(document.documentElement);
}
