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
// Its download starts before the glue is imported (in `make dist`'s bundle the glue is
// inlined, so the wasm is the only request after this file). The specifier is a plain
// string so esbuild can inline it; it resolves against this file, like import.meta.url.
// `make dist` writes the wasm's sha384 into its bundle (esbuild --define), so a bundle
// only ever runs the wasm it was built with (Subresource Integrity); the unbundled
// source has none.
/* global PLANMETER_WASM_INTEGRITY */
const WASM_INTEGRITY = typeof PLANMETER_WASM_INTEGRITY === 'string' ? PLANMETER_WASM_INTEGRITY : '';
let corePromise = null;
let instances = 0;
function loadCore() {
  corePromise ??= (async () => {
    const wasm = fetch(new URL('./pkg/planmeter_bg.wasm', import.meta.url), WASM_INTEGRITY ? { integrity: WASM_INTEGRITY } : {});
    // The first instance comes from the glue bundled with this file. After a panic, a
    // fresh one from the glue file next to it: a module is instantiated once per URL.
    const glue = instances === 0
      ? await import('./pkg/planmeter.js')
      : await import(new URL(`./pkg/planmeter.js?instance=${instances}`, import.meta.url).href);
    await glue.default({ module_or_path: wasm });
    instances++;
    startBytes.set(glue, glue.memoryBytes());
    return glue;
  })();
  // A failed download is not kept: the next widget (or a retry) tries again.
  const promise = corePromise;
  promise.catch(() => {
    if (corePromise === promise) corePromise = null;
  });
  return promise;
}

// The input limits of an instance (src/limits.rs), asked once.
const knownLimits = new WeakMap();
function limitsOf(core) {
  if (!knownLimits.has(core)) knownLimits.set(core, core.limits());
  return knownLimits.get(core);
}

// dataUrl responses, fetched once per URL per page and shared. `limit`: the most bytes
// a data file may have (the wasm's; reading stops there).
const dataRequests = new Map();
function fetchData(url, limit) {
  if (!dataRequests.has(url)) {
    dataRequests.set(url, requestData(url, limit));
  }
  return dataRequests.get(url);
}

// At most 60 characters of an input in a message, then `…` and its length: a message
// never echoes a megabyte back (SECURITY.md).
function short(text) {
  text = String(text);
  if (text.length <= 60) return text;
  let kept = '';
  let count = 0;
  for (const character of text) {
    if (count === 60) break;
    kept += character;
    count++;
  }
  let total = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0xdc00 || code > 0xdfff) total++;
  }
  return total <= 60 ? text : `${kept}… (${total.toLocaleString('en')} characters)`;
}

// The body of `response` as text, refusing it (and cancelling the download) once it
// passes `limit` bytes: nothing past the limit is read or kept.
async function boundedText(response, url, limit) {
  const declared = Number(response.headers.get('content-length'));
  const over = (size) => new Error(`dataUrl: ${short(url)} is ${size} bytes; at most ${limit.toLocaleString('en')} are taken`);
  if (declared > limit) {
    await response.body?.cancel().catch(() => {});
    throw over(declared.toLocaleString('en'));
  }
  const reader = response.body.getReader();
  const chunks = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > limit) {
      await reader.cancel().catch(() => {});
      throw over(`over ${limit.toLocaleString('en')}`);
    }
    chunks.push(value);
  }
  const whole = new Uint8Array(bytes);
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.byteLength;
  }
  return new TextDecoder().decode(whole);
}

// Origins a page allows data from besides its own:
// <meta name="planmeter-data-origins" content="https://data.example.gov.cn">.
function allowedOrigins() {
  const origins = new Set([location.origin]);
  for (const meta of document.querySelectorAll('meta[name="planmeter-data-origins"]')) {
    for (const entry of (meta.content ?? '').split(/\s+/).filter(Boolean)) {
      try {
        origins.add(new URL(entry).origin);
      } catch {
        // A malformed entry allows nothing.
      }
    }
  }
  return origins;
}

async function requestData(url, limit) {
  const absolute = new URL(url, document.baseURI);
  const shown = short(url);
  if (absolute.protocol !== 'https:' && absolute.protocol !== 'http:') {
    throw new Error(`dataUrl: ${shown} is not a web address (http or https); planmeter fetches data only from those`);
  }
  const allowed = allowedOrigins();
  if (!allowed.has(absolute.origin)) {
    const origin = short(absolute.origin);
    throw new Error(`dataUrl: ${shown} is on another origin (${origin}); a page allows it with <meta name="planmeter-data-origins" content="${origin}">`);
  }
  const own = absolute.origin === location.origin;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), DATA_TIMEOUT_MS);
  // 'same-origin' for the page's own origin: a redirect elsewhere is stopped by the
  // browser before any request leaves for the other origin (point dataUrl at an allowed
  // origin directly instead).
  const options = { signal: controller.signal, credentials: own ? 'same-origin' : 'omit', mode: own ? 'same-origin' : 'cors' };
  try {
    let response;
    const started = performance.now();
    try {
      response = await fetch(absolute, options);
    } catch (error) {
      if (error.name === 'AbortError') throw error;
      // The browser says only "failed to fetch". A redirect it refused to follow (to an
      // origin the request may not reach) is the usual cause on a portal; ask again
      // without following to tell that from a server that did not answer. The browser
      // shows no redirect's address, so a loop is told by its time: it gave up after
      // some 20 requests, where a redirect off the origin stops at the first.
      const failed = performance.now() - started;
      const probeStarted = performance.now();
      const probe = await fetch(absolute, { ...options, redirect: 'manual' }).catch(() => null);
      const oneRequest = Math.max(performance.now() - probeStarted, 1);
      if (probe?.type === 'opaqueredirect' && failed > 8 * oneRequest) {
        throw new Error(`dataUrl: ${shown} redirects in a loop (or through more than 20 addresses); point dataUrl at the data file's final address`);
      }
      throw new Error(
        probe?.type === 'opaqueredirect'
          ? `dataUrl: ${shown} redirects to another origin; planmeter does not follow a redirect off the page's origin (point dataUrl at the final address; another origin needs <meta name="planmeter-data-origins"> and CORS headers)`
          : `dataUrl: ${shown} could not be fetched (no answer from the server, or the network is down)`,
      );
    }
    if (response.redirected && !allowed.has(new URL(response.url).origin)) {
      throw new Error(`dataUrl: ${shown} redirected to another origin (${short(new URL(response.url).origin)}), which the page does not allow`);
    }
    if (!response.ok) {
      throw new Error(`dataUrl: ${shown} answered HTTP ${response.status} ${short(response.statusText)}`.trim());
    }
    // A portal's "page not found" or login page often comes back as 200 text/html.
    const type = (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
    if (type === 'text/html' || type === 'application/xhtml+xml') {
      throw new Error(`dataUrl: ${shown} answered with a web page (${short(type)}), not JSON or CSV: is the address right?`);
    }
    return await boundedText(response, url, limit);
  } catch (error) {
    if (error.name === 'AbortError') {
      throw new Error(`dataUrl: ${shown} did not answer within ${DATA_TIMEOUT_MS / 1000} s`);
    }
    throw error.message?.startsWith('dataUrl:') ? error : new Error(`dataUrl: ${shown}: ${short(error.message)}`);
  } finally {
    clearTimeout(timer);
  }
}

// The words of the widget's own controls; everything about the target comes from Rust.
const UI = {
  'zh-CN': {
    loading: '正在加载图表…',
    chart: '图表',
    table: '表格',
    png: '下载图片',
    csv: '下载数据',
    method: '计算方法',
    source: '来源',
    sourceAndMethod: '来源与方法',
    document: '文件',
    docNumber: '文号',
    issuer: '发布机关',
    section: '所在部分',
    measure: '所属措施',
    responsible: '责任单位',
    noResponsible: '原文未列明',
    reading: '解读说明',
    plotHelp: '交互图表：用左右方向键逐年查看数据，Home/End 跳到首末年，Esc 关闭提示。',
    views: '显示方式与下载',
    back: '← 返回全部目标',
    filterStatus: '按状态筛选',
    filterSection: '按部分筛选',
    all: '全部',
    shown: (shown, total) => `显示 ${shown} / ${total} 个目标`,
    summary: '各状态目标数',
    retry: '重试',
    unavailable: '图表暂时无法显示',
    technical: '技术信息',
    illustrative: '示例数据',
    illustrativeLong: '示例数据：图中数值仅为示意，并非官方统计',
    dataSource: '数据来源',
    copyLink: '复制链接',
    copied: '链接已复制',
    copyByHand: '请复制下面的链接：',
    colon: '：',
  },
  en: {
    loading: 'Loading the chart…',
    chart: 'Chart',
    table: 'Table',
    png: 'Download image',
    csv: 'Download data',
    method: 'How this is judged',
    source: 'Source',
    sourceAndMethod: 'Source and method',
    document: 'Document',
    docNumber: 'Document no.',
    issuer: 'Issued by',
    section: 'Section',
    measure: 'Measure',
    responsible: 'Responsible units',
    noResponsible: 'not named in the text',
    reading: 'Reading of the text',
    plotHelp: 'Interactive chart: left and right arrow keys step through the years, Home and End jump to the first and last, Esc closes the tooltip.',
    views: 'View and download',
    back: '← Back to all targets',
    filterStatus: 'Status',
    filterSection: 'Section',
    all: 'All',
    shown: (shown, total) => `Showing ${shown} of ${total} targets`,
    summary: 'Targets per status',
    retry: 'Try again',
    unavailable: 'The chart cannot be shown',
    technical: 'Technical details',
    illustrative: 'Illustrative data',
    illustrativeLong: 'Illustrative data: the figures are examples, not official statistics',
    dataSource: 'Data source',
    copyLink: 'Copy link',
    copied: 'Link copied',
    copyByHand: 'Copy this link:',
    colon: ': ',
  },
};

const STYLE = `
:host { all: initial; display: block; contain: content; }
:host([hidden]) { display: none; }
.pm { font-family: system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif;
  font-size: 15px; line-height: 1.5; color: #1a202c; background: #fff; padding: 12px 14px; border: 1px solid #d5dae1; border-radius: 6px;
  box-sizing: border-box; max-width: 100%; position: relative; }
.pm *, .pm *::before, .pm *::after { box-sizing: border-box; }
.pm.dark { color: #eceff4; background: #181c24; border-color: #3a404c; }
.pm.elder { font-size: 19px; color: #000; }
.pm.elder.dark { color: #fff; }
.title, .plan-title { margin: 0 0 6px; font-size: 1.15em; font-weight: 700; }
/* Texts from configs and plans: a bidi override inside one stays inside it. */
.title, .plan-title, .explanation, .figure, dd, td, th, caption, .tooltip, .tile, .error, .name, .goal, .now, .start, .end { unicode-bidi: isolate; }
.headline { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 14px; margin: 0 0 6px; }
.badge { display: inline-flex; align-items: center; gap: 0.3em; padding: 0 0.5em; border-radius: 3px; font-weight: 700; border: 2px solid currentColor; }
.figure { display: inline-flex; align-items: baseline; gap: 0.4em; }
.figure .value { font-size: 26px; font-weight: 700; line-height: 1.2; white-space: nowrap; }
.pm.elder .figure .value { font-size: 34px; }
.figure .label { color: #4a5261; }
.pm.dark .figure .label { color: #c5ccd6; }
.status { margin: 0 0 8px; }
.progress { margin: 4px 0 10px; }
.meter { position: relative; height: 18px; border-radius: 9px; background: #e2e6ec; overflow: visible; }
.pm.dark .meter { background: #3a404c; }
.pm.elder .meter { height: 28px; border-radius: 14px; }
.fill { height: 100%; border-radius: inherit; background: #0072b2; }
.pm.dark .fill { background: #56b4e9; }
.expected-mark { position: absolute; top: -5px; bottom: -5px; width: 0; border-left: 3px dashed #1a202c; }
.pm.dark .expected-mark { border-color: #eceff4; }
.ends { display: flex; justify-content: space-between; gap: 8px; font-size: 0.85em; color: #4a5261; margin-top: 4px; }
.pm.dark .ends { color: #c5ccd6; }
.progress .now { margin: 2px 0 0; font-weight: 700; }
.pm[data-status="achieved"] .badge, .pm[data-status="on-track"] .badge { color: #006b3c; }
.pm[data-status="needs-acceleration"] .badge { color: #8a5300; }
.pm[data-status="limited-progress"] .badge, .pm[data-status="deterioration"] .badge, .pm[data-status="not-achieved"] .badge { color: #b3261e; }
.pm[data-status="no-data"] .badge { color: #4a5261; }
.pm.dark[data-status="achieved"] .badge, .pm.dark[data-status="on-track"] .badge { color: #6fdc9c; }
.pm.dark[data-status="needs-acceleration"] .badge { color: #f5c065; }
.pm.dark[data-status="limited-progress"] .badge, .pm.dark[data-status="deterioration"] .badge, .pm.dark[data-status="not-achieved"] .badge { color: #ff9a8f; }
.pm.dark[data-status="no-data"] .badge { color: #c5ccd6; }
a { color: #0b5cad; }
.pm.dark a { color: #8cc4ff; }
.method { margin-left: 0.5em; font-size: 0.9em; white-space: nowrap; }
.toolbar { display: flex; flex-wrap: wrap; gap: 6px; margin: 0 0 8px; }
button { font: inherit; font-size: 0.85em; min-height: 36px; min-width: 44px; padding: 4px 12px; border-radius: 4px; cursor: pointer;
  border: 1px solid #8a93a3; background: #fff; color: #1a202c; }
.pm.dark button { background: #232936; color: #eceff4; border-color: #6b7485; }
button[aria-pressed="true"] { background: #1a202c; color: #fff; border-color: #1a202c; }
.pm.dark button[aria-pressed="true"] { background: #eceff4; color: #181c24; }
.pm.elder button { min-height: 60px; min-width: 60px; font-size: 1em; }
button:focus-visible, .plot:focus-visible, a:focus-visible, summary:focus-visible { outline: 3px solid #0b5cad; outline-offset: 2px; }
.plot { position: relative; width: 100%; touch-action: pan-y; }
canvas { display: block; width: 100%; height: 300px; }
.marker, .dot, .tooltip { left: 0; top: 0; }
.marker { position: absolute; width: 0; border-left: 2px dashed #4a5261; pointer-events: none; }
.dot { position: absolute; width: 14px; height: 14px; margin: -7px 0 0 -7px; border-radius: 50%; border: 3px solid #1a202c; background: #fff; pointer-events: none; }
.pm.dark .dot { border-color: #fff; background: #181c24; }
.tooltip { position: absolute; max-width: min(320px, 90%); padding: 6px 10px; border-radius: 4px; background: #1a202c; color: #fff; font-size: 0.9em;
  pointer-events: none; box-shadow: 0 2px 8px rgba(0,0,0,0.25); transition: opacity 0.12s; contain: layout style; }
.pm.dark .tooltip { background: #eceff4; color: #181c24; }
.pm.elder .tooltip { font-size: 1em; }
.table-wrap { overflow-x: auto; margin: 4px 0 8px; }
table { border-collapse: collapse; font-size: 0.9em; min-width: 100%; }
caption { text-align: left; font-weight: 700; margin-bottom: 4px; }
th, td { border: 1px solid #c8ced8; padding: 4px 8px; text-align: right; white-space: nowrap; }
th[scope="row"], thead th { text-align: left; }
thead th { background: #f1f3f6; }
.pm.dark th, .pm.dark td { border-color: #4a5261; }
.pm.dark thead th { background: #232936; }
.source { margin: 8px 0 0; font-size: 0.9em; color: #4a5261; }
.pm.dark .source { color: #c5ccd6; }
.source summary { cursor: pointer; }
.pm.elder .source summary { min-height: 60px; display: flex; align-items: center; }
.source dl { margin: 6px 0 0; display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; }
.source dt { font-weight: 700; }
.source dd { margin: 0; overflow-wrap: anywhere; }
.counts { list-style: none; padding: 0; margin: 4px 0 8px; display: flex; flex-wrap: wrap; gap: 6px 14px; }
.counts li { white-space: nowrap; }
.filters { display: flex; flex-wrap: wrap; gap: 8px 16px; margin: 0 0 6px; }
.filters label { display: flex; flex-direction: column; font-size: 0.85em; gap: 2px; }
select { font: inherit; min-height: 36px; padding: 2px 6px; max-width: 100%; }
.pm.elder select { min-height: 60px; }
.pm.dark select { background: #232936; color: #eceff4; border: 1px solid #6b7485; }
.shown { margin: 0 0 8px; font-size: 0.85em; color: #4a5261; }
.pm.dark .shown { color: #c5ccd6; }
.tiles { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(220px, 100%), 1fr)); gap: 8px; }
.pm.elder .tiles { grid-template-columns: repeat(auto-fill, minmax(min(300px, 100%), 1fr)); }
button.tile { display: flex; flex-direction: column; align-items: flex-start; gap: 4px; text-align: left; padding: 10px 12px; min-height: 96px; font-size: 0.9em; }
.tile .name { font-weight: 700; }
.tile .figure-small { font-size: 1.15em; font-weight: 700; }
.tile .goal { color: #4a5261; font-size: 0.9em; }
.pm.dark .tile .goal { color: #c5ccd6; }
.tile[data-status="achieved"] .badge, .tile[data-status="on-track"] .badge, .counts [data-status="achieved"], .counts [data-status="on-track"] { color: #006b3c; }
.tile[data-status="needs-acceleration"] .badge, .counts [data-status="needs-acceleration"] { color: #8a5300; }
.tile[data-status="limited-progress"] .badge, .tile[data-status="deterioration"] .badge, .tile[data-status="not-achieved"] .badge,
.counts [data-status="limited-progress"], .counts [data-status="deterioration"], .counts [data-status="not-achieved"] { color: #b3261e; }
.tile[data-status="no-data"] .badge, .counts [data-status="no-data"] { color: #4a5261; }
.pm.dark .tile[data-status="achieved"] .badge, .pm.dark .tile[data-status="on-track"] .badge, .pm.dark .counts [data-status="achieved"], .pm.dark .counts [data-status="on-track"] { color: #6fdc9c; }
.pm.dark .tile[data-status="needs-acceleration"] .badge, .pm.dark .counts [data-status="needs-acceleration"] { color: #f5c065; }
.pm.dark .tile[data-status="limited-progress"] .badge, .pm.dark .tile[data-status="deterioration"] .badge, .pm.dark .tile[data-status="not-achieved"] .badge,
.pm.dark .counts [data-status="limited-progress"], .pm.dark .counts [data-status="deterioration"], .pm.dark .counts [data-status="not-achieved"] { color: #ff9a8f; }
.pm.dark .tile[data-status="no-data"] .badge, .pm.dark .counts [data-status="no-data"] { color: #c5ccd6; }
button.back { margin: 0 0 8px; }
.retry { margin-top: 6px; }
.error { margin: 0; padding: 8px 10px; border-left: 4px solid #b3261e; background: #fdecea; color: #5f1410; overflow-wrap: anywhere; }
.error-line { margin: 0; font-weight: 700; }
.tech { margin: 4px 0 0; font-size: 0.85em; }
.tech summary { cursor: pointer; }
.tech-message { margin: 4px 0 0; white-space: pre-wrap; font-family: ui-monospace, monospace; }
.pm.elder .tech { font-size: 1em; }
.fallback { display: block; }
.demo-badge { display: inline-block; padding: 0 0.45em; border: 2px solid #c84600; color: #a33a00; font-weight: 700; border-radius: 3px; }
.pm.dark .demo-badge { border-color: #f0963c; color: #f5b06b; }
.data-source, .flag-note { margin: 4px 0 0; font-size: 0.9em; color: #4a5261; overflow-wrap: anywhere; }
.pm.dark .data-source, .pm.dark .flag-note { color: #c5ccd6; }
.data-source .missing { font-style: italic; }
.link-box { display: flex; flex-wrap: wrap; gap: 4px 8px; align-items: center; margin: 0 0 8px; font-size: 0.85em; }
.link-box input { font: inherit; min-width: 0; flex: 1 1 16em; }
.nb { white-space: nowrap; }
.tile-cell { position: relative; display: flex; flex-direction: column; }
.tile-cell button.tile { flex: 1; padding-bottom: 40px; }
button.tile-link { position: absolute; right: 6px; bottom: 6px; min-height: 30px; font-size: 0.8em; padding: 2px 8px; }
.pm.elder button.tile-link { min-height: 60px; font-size: 1em; }
.pm.elder .tile-cell button.tile { padding-bottom: 72px; }
.tile .demo-badge { font-size: 0.85em; }
/* 长者模式: no text under 18 px. */
.pm.elder .method, .pm.elder .ends, .pm.elder .source, .pm.elder table, .pm.elder .data-source, .pm.elder .flag-note, .pm.elder .filters label,
.pm.elder .shown, .pm.elder button.tile, .pm.elder .tile .goal, .pm.elder .tile .demo-badge, .pm.elder .link-box, .pm.elder .counts { font-size: 1em; }
.loading { margin: 0; color: #4a5261; }
.sr-only { position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
[hidden] { display: none !important; }
@media (prefers-reduced-motion: reduce) { .tooltip { transition: none; } }
@media print {
  .pm { border: none; padding: 0; }
  .toolbar, .tooltip, .marker, .dot, .method, .tile-link, .link-box { display: none !important; }
  .source[open] dl, .source dl { display: grid; }
}
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

// A number with its unit (「1000亿元」「110家」「3个百分点」「2020年」), kept on one line.
const NUMBER_WITH_UNIT = /[+\-\u2212]?\d[\d,.]*(?:\s?(?:%|个百分点|pp|万千瓦|千瓦|[亿万千百]?[元家个项件次场名人天年月座台套条所户款批位处倍吨]+))/g;

// Sets `node`'s text, each number with its unit in a no-wrap span (text only, never
// markup: the pieces go in as text nodes).
function words(node, text) {
  node.replaceChildren();
  let at = 0;
  for (const match of text.matchAll(NUMBER_WITH_UNIT)) {
    if (match.index > at) node.append(text.slice(at, match.index));
    element('span', 'nb', node, match[0]);
    at = match.index + match[0].length;
  }
  if (at < text.length) node.append(text.slice(at));
}

function element(tag, className, parent, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
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

// The words of the controls for a language tag: English for any en…, Chinese otherwise.
function uiFor(tag) {
  return String(tag).toLowerCase().startsWith('en') ? UI.en : UI['zh-CN'];
}

// 长者模式 for the whole page: portals toggle their 长者版 with a class or attribute on
// <html>: class "elder" or "planmeter-elder", or the attribute data-elder.
function pageElder() {
  const html = document.documentElement;
  return html.classList.contains('elder') || html.classList.contains('planmeter-elder') || html.hasAttribute('data-elder');
}

function download(blob, name) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

// Every live mount, so a page-level switch (长者版) re-renders them all.
const mounts = new Set();

// Draws are batched: every widget waiting for one is measured first, then all are
// painted, so a page of 100 widgets costs one layout, not one forced layout each
// (measured by `make bench`: that was a third of the time to paint 100 charts).
const drawQueue = new Set();
function flushDraws() {
  const batch = [...drawQueue];
  drawQueue.clear();
  const widths = batch.map((mount) => mount.measure());
  batch.forEach((mount, index) => mount.paint(widths[index]));
}

// One observer for every plot: a width change redraws (the callback reads only; the
// draws it queues run together after it).
const plots = new Map();
const resized = new ResizeObserver((entries) => {
  for (const entry of entries) {
    const mount = plots.get(entry.target);
    if (mount?.widget && entry.target.clientWidth !== mount.lastWidth) mount.draw();
  }
});

// Widgets render when they come near the viewport: a page with 200 widgets renders only
// what the reader can see. Printing renders the rest first.
const waiting = new Map();
const nearViewport = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      const mount = waiting.get(entry.target);
      nearViewport.unobserve(entry.target);
      waiting.delete(entry.target);
      mount?.schedule();
    }
  },
  { rootMargin: '300px' },
);
function whenVisible(mount) {
  waiting.set(mount.host, mount);
  nearViewport.observe(mount.host);
}
function renderWaiting() {
  for (const [host, mount] of waiting) {
    nearViewport.unobserve(host);
    mount.schedule();
  }
  waiting.clear();
}

// Links to one target: the page's address with `#planmeter=<target id>`. Opening such a
// link scrolls to the widget that shows the target, or opens its tile in the dashboard
// that holds it; the page's own fragments are left alone.
const FRAGMENT = '#planmeter=';

function linkTo(id) {
  const base = location.href.split('#')[0];
  return id ? `${base}${FRAGMENT}${encodeURIComponent(id)}` : base;
}

function fragmentTarget() {
  if (!location.hash.startsWith(FRAGMENT)) return null;
  try {
    return decodeURIComponent(location.hash.slice(FRAGMENT.length)) || null;
  } catch {
    return null;
  }
}

// The mount that shows `id`: a widget of that indicator, else a dashboard of its plan
// (target ids start with their plan's id and a dot).
function mountFor(id) {
  const fields = (mount) => {
    try {
      const config = JSON.parse(mount.readConfig() ?? '');
      return config && typeof config === 'object' ? config : {};
    } catch {
      return {};
    }
  };
  const all = [...mounts].map((mount) => [mount, fields(mount)]);
  return (
    all.find(([mount, config]) => config.indicator === id || mount.summary?.indicator === id)?.[0] ??
    all.find(([, config]) => typeof config.plan === 'string' && id.startsWith(`${config.plan}.`))?.[0]
  );
}

// On load, on Back and Forward, on a changed fragment: close tiles the address no
// longer names, and reveal the one it names.
function followFragment() {
  const id = fragmentTarget();
  for (const mount of mounts) {
    if (mount.dashboard && mount.opened && mount.opened !== id) mount.showDashboard(true);
  }
  if (id) mountFor(id)?.reveal(id);
}

// The shadow root a widget renders in: the element's own (left by a widget before, or
// empty), or a new open one. Never another component's: an element that already shows
// something in its shadow root, or keeps a closed one, or cannot have one (<li>, <a>,
// <ul> …) is refused with a message — the caller reports it and goes on with the rest.
function shadowOf(host) {
  const existing = host.shadowRoot;
  if (existing) {
    if (!existing.hasChildNodes() || existing.querySelector(':scope > [data-planmeter-root]')) return existing;
    throw new Error(`<${host.localName}> already has another component's shadow root; planmeter leaves it alone (put the widget on an element of its own)`);
  }
  try {
    return host.attachShadow({ mode: 'open' });
  } catch (error) {
    throw new Error(
      `<${host.localName}> cannot hold a widget (${error.name}: a closed shadow root, or an element that takes none); put the widget on a <div> or use <plan-meter>`,
    );
  }
}

// A mount, or — for an element that cannot hold one — the error said where it happened:
// on the console, as planmeter:error on the element, and in its content where it can
// show text. One bad host never stops the others, mount(), stats() or 长者模式.
function tryMount(host, readConfig) {
  try {
    return new Mount(host, readConfig);
  } catch (error) {
    const message = `配置有误 (config error): ${error.message}`;
    console.error(`planmeter: ${message}`, host);
    host.dispatchEvent(new CustomEvent('planmeter:error', { bubbles: true, composed: true, detail: { message } }));
    if (!host.shadowRoot && !host.querySelector(':scope > .planmeter-unmounted')) {
      const line = document.createElement('span');
      line.className = 'planmeter-unmounted';
      line.setAttribute('role', 'alert');
      line.textContent = uiFor(pageLang()).unavailable;
      host.append(line);
    }
    return null;
  }
}

// One rendered widget: its shadow root, its wasm handle and its observers. `destroy()`
// removes everything it added to the page.
class Mount {
  constructor(host, readConfig) {
    this.host = host;
    this.readConfig = readConfig;
    this.widget = null;
    this.points = [];
    this.active = -1;
    this.view = 'chart';
    this.generation = 0;
    this.scheduled = false;
    this.lastWidth = 0;
    this.ui = UI['zh-CN'];

    const shadow = shadowOf(host);
    shadow.replaceChildren();
    shadow.adoptedStyleSheets = [styleSheet()];
    const root = element('div', 'pm', shadow);
    root.dataset.planmeterRoot = '';
    this.root = root;
    // The element's own content (the page's fallback) shows while the widget loads and
    // whenever it cannot be shown.
    this.fallback = element('slot', 'fallback', root);
    this.loading = element('p', 'loading', root, this.ui.loading);
    this.buildDashboard(root);
    this.title = element('p', 'title', root);
    this.headline = element('div', 'headline', root);
    this.demoBadge = element('span', 'demo-badge', this.headline);
    const badge = element('span', 'badge', this.headline);
    this.icon = element('span', 'icon', badge);
    this.icon.setAttribute('aria-hidden', 'true');
    this.word = element('span', 'word', badge);
    const figure = element('span', 'figure', this.headline);
    this.figureValue = element('span', 'value', figure);
    this.figureLabel = element('span', 'label', figure);
    this.bar = element('div', 'progress', root);
    this.meter = element('div', 'meter', this.bar);
    this.meter.setAttribute('role', 'meter');
    this.meter.setAttribute('aria-valuemin', '0');
    this.meter.setAttribute('aria-valuemax', '100');
    this.fill = element('div', 'fill', this.meter);
    this.expectedMark = element('div', 'expected-mark', this.meter);
    const ends = element('div', 'ends', this.bar);
    this.barStart = element('span', null, ends);
    this.barEnd = element('span', null, ends);
    this.barNow = element('p', 'now', this.bar);
    this.status = element('p', 'status', root);
    this.explanation = element('span', 'explanation', this.status);
    this.method = element('a', 'method', this.status);
    this.method.href = METHOD_URL;
    this.method.target = '_blank';
    this.method.rel = 'noopener';

    this.toolbar = element('div', 'toolbar', root);
    this.toolbar.setAttribute('role', 'group');
    this.chartButton = element('button', 'view-chart', this.toolbar);
    this.tableButton = element('button', 'view-table', this.toolbar);
    this.pngButton = element('button', 'download-png', this.toolbar);
    this.csvButton = element('button', 'download-csv', this.toolbar);
    this.linkButton = element('button', 'copy-link', this.toolbar);
    for (const button of [this.chartButton, this.tableButton, this.pngButton, this.csvButton, this.linkButton]) button.type = 'button';
    // Where copying to the clipboard is not allowed, the link is shown to copy by hand.
    this.linkBox = element('p', 'link-box', root);
    this.linkLabel = element('label', null, this.linkBox);
    this.linkInput = element('input', null, this.linkBox);
    this.linkInput.id = 'link';
    this.linkLabel.htmlFor = 'link';
    this.linkInput.readOnly = true;
    this.linkBox.hidden = true;

    this.plot = element('div', 'plot', root);
    this.plot.tabIndex = 0;
    this.plot.setAttribute('role', 'group');
    this.canvas = element('canvas', null, this.plot);
    this.canvas.setAttribute('role', 'img');
    this.marker = element('div', 'marker', this.plot);
    this.dot = element('div', 'dot', this.plot);
    this.tooltip = element('div', 'tooltip', this.plot);
    this.tooltip.setAttribute('aria-hidden', 'true');
    this.help = element('p', 'sr-only help', root);
    this.help.id = 'help';
    this.plot.setAttribute('aria-describedby', 'help');
    this.hideTooltip();

    this.flagNote = element('p', 'flag-note', root);
    this.tableWrap = element('div', 'table-wrap', root);
    this.table = element('table', null, this.tableWrap);
    this.live = element('p', 'sr-only live', root);
    this.live.setAttribute('aria-live', 'polite');

    this.source = element('details', 'source', root);
    this.sourceSummary = element('summary', null, this.source);
    this.sourceDetails = element('dl', null, this.source);
    this.dataSource = element('p', 'data-source', root);

    // A citizen reads one short line in the page's language (and the page's own fallback
    // above it); the developer's message, with its field path, is folded underneath.
    this.error = element('div', 'error', root);
    this.error.setAttribute('role', 'alert');
    this.errorLine = element('p', 'error-line', this.error);
    this.errorDetails = element('details', 'tech', this.error);
    this.errorSummary = element('summary', null, this.errorDetails);
    this.errorMessage = element('p', 'tech-message', this.errorDetails);
    this.error.hidden = true;
    // Offered when what failed may work a second time (a data URL, the wasm download).
    this.retryButton = element('button', 'retry', root);
    this.retryButton.type = 'button';
    this.retryButton.hidden = true;
    this.onRetry = null;
    this.setContentHidden(true);

    this.listeners = [
      [this.chartButton, 'click', () => this.setView('chart')],
      [this.tableButton, 'click', () => this.setView('table')],
      [this.pngButton, 'click', () => this.downloadPng()],
      [this.linkButton, 'click', () => this.copyLink(this.summary?.indicator, this.linkButton)],
      [this.csvButton, 'click', () => download(new Blob(['\ufeff', this.widget.csv()], { type: 'text/csv;charset=utf-8' }), `${this.summary.indicator}.csv`)],
      [this.plot, 'pointermove', (event) => this.pointAt(event, false)],
      [this.plot, 'pointerdown', (event) => this.pointAt(event, true)],
      [this.plot, 'pointerleave', () => this.hideTooltip()],
      [this.plot, 'keydown', (event) => this.onKey(event)],
      [this.plot, 'focus', () => this.onFocus()],
      [this.plot, 'blur', () => this.hideTooltip()],
      [this.statusFilter, 'change', () => this.filterTiles()],
      [this.sectionFilter, 'change', () => this.filterTiles()],
      [this.tiles, 'click', (event) => {
        const copy = event.target.closest('button.tile-link');
        if (copy) return this.copyLink(copy.dataset.id, copy);
        const tile = event.target.closest('button.tile');
        if (tile) this.openTarget(tile.dataset.id, { push: true });
      }],
      [this.back, 'click', () => this.closeTarget()],
      [this.retryButton, 'click', () => this.retry()],
    ];
    for (const [target, type, handler] of this.listeners) target.addEventListener(type, handler);

    this.alive = true;
    plots.set(this.plot, this);
    resized.observe(this.plot);
    this.darkQuery = matchMedia('(prefers-color-scheme: dark)');
    this.onSchemeChange = () => this.draw();
    this.darkQuery.addEventListener('change', this.onSchemeChange);
    mounts.add(this);
    // The wasm download starts with the first widget, while it waits to come into view
    // (errors surface in `render`, which awaits the same promise).
    loadCore().catch(() => {});
    whenVisible(this);
  }

  buildDashboard(root) {
    const board = (this.board = element('div', 'dashboard', root));
    board.hidden = true;
    this.boardTitle = element('p', 'plan-title', board);
    this.counts = element('ul', 'counts', board);
    const filters = element('div', 'filters', board);
    const labelled = (className) => {
      const label = element('label', className, filters);
      const text = element('span', null, label);
      const select = element('select', null, label);
      return [text, select];
    };
    [this.statusFilterLabel, this.statusFilter] = labelled('filter-status');
    [this.sectionFilterLabel, this.sectionFilter] = labelled('filter-section');
    this.shown = element('p', 'shown', board);
    this.shown.setAttribute('aria-live', 'polite');
    this.tiles = element('div', 'tiles', board);
    this.back = element('button', 'back', root);
    this.back.type = 'button';
    this.back.hidden = true;
  }

  setContentHidden(hidden) {
    for (const node of [this.title, this.headline, this.status, this.toolbar, this.plot, this.tableWrap, this.source, this.dataSource]) node.hidden = hidden;
    this.bar.hidden = hidden || !this.summary?.progress;
    this.flagNote.hidden = hidden || !this.summary?.flagNote;
    this.linkBox.hidden = true;
    // The page's fallback shows only while there is nothing of the widget's own.
    this.fallback.hidden = !hidden;
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
    const stale = () => generation !== this.generation || !this.alive;
    let core;
    try {
      core = await loadCore();
    } catch (error) {
      if (!stale()) this.fail(`无法加载 planmeter 组件 (could not load planmeter): ${error.message}`, () => {});
      return;
    }
    if (stale()) return;
    this.core = core;
    let widget;
    let dataUrl;
    try {
      const limits = limitsOf(core);
      const config = this.readConfig() ?? '';
      // A config far over the limit is refused here, before it is copied into the wasm.
      if (config.length > limits.configBytes) {
        throw new Error(`the config is over ${limits.configBytes.toLocaleString('en')} bytes (${config.length.toLocaleString('en')} characters); at most ${limits.configBytes.toLocaleString('en')} are taken`);
      }
      widget = new core.Widget(config, today(), pageLang());
      dataUrl = widget.dataUrl();
      if (dataUrl !== undefined) {
        this.loading.hidden = false;
        const text = await fetchData(dataUrl, limits.dataBytes);
        if (stale()) {
          widget.free();
          return;
        }
        widget.setActuals(text);
      }
    } catch (error) {
      widget?.free();
      // A data file may be fixed or the network come back: retrying fetches it anew.
      const again = dataUrl === undefined ? null : () => dataRequests.delete(dataUrl);
      if (!stale()) this.fail(describe(core, error, this), again);
      return;
    }
    if (stale()) {
      widget.free();
      return;
    }
    this.release();
    if (widget.isDashboard()) {
      // A tile the address still names stays open across a re-render (a config change).
      const [reopen, pushed] = [this.opened, this.pushed];
      this.dashboard = widget;
      this.showDashboard(false);
      if (reopen && fragmentTarget() === reopen) {
        this.openTarget(reopen);
        this.pushed = pushed;
      }
    } else {
      this.widget = widget;
      this.show();
    }
    this.followPending();
  }

  // Frees the wasm handles this mount holds.
  release() {
    // A retired instance may trap again on free(); its memory goes with it anyway.
    const free = (handle) => {
      try {
        handle?.free();
      } catch {}
    };
    if (this.widget !== this.dashboard) free(this.widget);
    free(this.dashboard);
    this.widget = null;
    this.dashboard = null;
  }

  // The plan's tiles; `restore` puts focus back on the tile that was opened.
  showDashboard(restore) {
    let view;
    try {
      view = this.dashboard.dashboard();
    } catch (error) {
      this.fail(describe(this.core, error, this));
      return;
    }
    if (this.widget) {
      this.widget.free();
      this.widget = null;
    }
    const ui = (this.ui = UI[view.lang] ?? UI['zh-CN']);
    this.view = 'chart';
    this.summary = { elder: view.elder, theme: view.theme };
    const { root, host } = this;
    root.lang = view.lang;
    delete root.dataset.status;
    const dark = view.theme === 'dark' || (view.theme === 'auto' && this.darkQuery.matches);
    root.classList.toggle('dark', dark);
    root.classList.toggle('elder', this.elder());
    this.setContentHidden(true);
    this.fallback.hidden = true;
    this.loading.hidden = true;
    this.error.hidden = true;
    this.retryButton.hidden = true;
    this.back.hidden = true;
    this.board.hidden = false;
    this.boardTitle.textContent = view.title;
    if (view.illustrative) {
      this.boardTitle.append(' ');
      const badge = element('span', 'demo-badge', this.boardTitle, ui.illustrative);
      badge.title = ui.illustrativeLong;
    }
    this.counts.replaceChildren();
    this.counts.setAttribute('aria-label', ui.summary);
    for (const { status, label, count } of view.counts) {
      const item = element('li', null, this.counts);
      item.dataset.status = status;
      element('span', 'icon', item, STATUS_ICONS[status]).setAttribute('aria-hidden', 'true');
      element('span', null, item, ` ${label} `);
      element('strong', null, item, String(count));
    }
    const options = (select, label, values) => {
      const current = select.value;
      select.replaceChildren();
      element('option', null, select, ui.all).value = '';
      for (const [value, text] of values) element('option', null, select, text).value = value;
      select.value = values.some(([value]) => value === current) ? current : '';
      label.textContent = select === this.statusFilter ? ui.filterStatus : ui.filterSection;
    };
    options(this.statusFilter, this.statusFilterLabel, view.counts.filter((c) => c.count > 0).map((c) => [c.status, `${c.label} (${c.count})`]));
    options(this.sectionFilter, this.sectionFilterLabel, view.sections.map((section) => [section, section]));
    this.tiles.replaceChildren();
    for (const tile of view.tiles) {
      const cell = element('div', 'tile-cell', this.tiles);
      cell.dataset.status = tile.status;
      cell.dataset.section = tile.section;
      const button = element('button', 'tile', cell);
      button.type = 'button';
      button.dataset.id = tile.id;
      button.dataset.status = tile.status;
      button.dataset.section = tile.section;
      if (view.illustrative) element('span', 'demo-badge', button, ui.illustrative);
      element('span', 'name', button, tile.subRegion ? `${tile.name}（${tile.subRegion}）` : tile.name);
      const badge = element('span', 'badge', button);
      element('span', 'icon', badge, STATUS_ICONS[tile.status]).setAttribute('aria-hidden', 'true');
      element('span', null, badge, tile.statusLabel);
      if (tile.figure) words(element('span', 'figure-small', button), `${tile.figure} ${tile.figureLabel ?? ''}`);
      words(element('span', 'goal', button), tile.goal);
      const copy = element('button', 'tile-link', cell, ui.copyLink);
      copy.type = 'button';
      copy.dataset.id = tile.id;
      copy.setAttribute('aria-label', `${ui.copyLink}${ui.colon}${tile.name}`);
    }
    this.filterTiles();
    host.setAttribute('data-status', 'dashboard');
    if (restore && this.opened) this.tiles.querySelector(`button.tile[data-id="${CSS.escape(this.opened)}"]`)?.focus();
    this.opened = null;
    this.pushed = false;
    host.dispatchEvent(new CustomEvent('planmeter:ready', { bubbles: true, composed: true, detail: { status: 'dashboard', plan: view.plan, counts: view.counts } }));
  }

  filterTiles() {
    const status = this.statusFilter.value;
    const section = this.sectionFilter.value;
    const tiles = [...this.tiles.children];
    let shown = 0;
    for (const tile of tiles) {
      tile.hidden = (status && tile.dataset.status !== status) || (section && tile.dataset.section !== section);
      if (!tile.hidden) shown++;
    }
    this.shown.textContent = this.ui.shown(shown, tiles.length);
  }

  // A tile's trend chart, in place of the tiles, with a way back.
  // `push`: a reader opened it, so the address gets `#planmeter=<id>` as a new history
  // entry (Back returns to the tiles); opened from the address itself, it adds none.
  openTarget(id, { push = false } = {}) {
    if (!this.tiles.querySelector(`button.tile[data-id="${CSS.escape(id)}"]`)) return;
    let widget;
    try {
      widget = this.dashboard.open(id);
    } catch (error) {
      this.fail(describe(this.core, error, this));
      return;
    }
    if (push && fragmentTarget() !== id) {
      history.pushState(history.state, '', linkTo(id));
      this.pushed = true;
    }
    this.opened = id;
    this.host.dispatchEvent(new CustomEvent('planmeter:select', { bubbles: true, composed: true, detail: { indicator: id } }));
    this.board.hidden = true;
    this.widget = widget;
    this.back.textContent = this.ui.back;
    this.back.hidden = false;
    this.show();
    this.back.hidden = false;
    this.back.focus();
  }

  // Back to the tiles: through the history when opening the tile added an entry (so the
  // browser's Back and this button agree), else by taking the fragment off the address.
  closeTarget() {
    if (this.pushed && fragmentTarget() === this.opened) {
      history.back();
      return;
    }
    if (fragmentTarget() === this.opened) history.replaceState(history.state, '', linkTo(null));
    this.showDashboard(true);
  }

  // Brings the widget showing `id` into view (a dashboard opens its tile), rendering it
  // first if it was still waiting to come near the viewport.
  reveal(id) {
    this.pendingTarget = id;
    if (waiting.has(this.host)) {
      nearViewport.unobserve(this.host);
      waiting.delete(this.host);
      this.schedule();
      return;
    }
    if (this.dashboard || this.widget) this.followPending();
  }

  // After a render: the target the address asked for, if any.
  followPending() {
    const id = this.pendingTarget;
    if (!id) return;
    this.pendingTarget = null;
    if (this.dashboard && this.opened !== id) this.openTarget(id);
    this.host.scrollIntoView({ block: 'start' });
  }

  show() {
    let summary;
    let table;
    try {
      summary = this.widget.summary();
      table = this.widget.table();
    } catch (error) {
      this.fail(describe(this.core, error, this));
      return;
    }
    this.summary = summary;
    this.board.hidden = true;
    const ui = (this.ui = UI[summary.lang] ?? UI['zh-CN']);
    const { root, host } = this;
    root.lang = summary.lang;
    root.dataset.status = summary.status;
    this.title.textContent = summary.title;
    this.icon.textContent = STATUS_ICONS[summary.status] ?? '';
    this.word.textContent = summary.statusLabel;
    this.figureValue.textContent = summary.figure ?? '';
    this.figureLabel.textContent = summary.figureLabel ?? '';
    this.figureValue.parentElement.hidden = !summary.figure;
    this.demoBadge.textContent = ui.illustrative;
    this.demoBadge.title = ui.illustrativeLong;
    this.demoBadge.hidden = !summary.illustrative;
    words(this.explanation, summary.explanation);
    this.method.textContent = ui.method;
    this.canvas.setAttribute('aria-label', summary.ariaLabel);
    this.plot.setAttribute('aria-label', summary.title);
    this.help.textContent = ui.plotHelp;
    this.toolbar.setAttribute('aria-label', ui.views);
    this.chartButton.textContent = ui.chart;
    this.tableButton.textContent = ui.table;
    this.pngButton.textContent = ui.png;
    this.csvButton.textContent = ui.csv;
    this.linkButton.textContent = ui.copyLink;
    this.linkLabel.textContent = ui.copyByHand;
    this.fillTable(table);
    this.fillSource(summary, ui);
    this.flagNote.textContent = summary.flagNote ?? '';
    this.fillBar(summary.progress);
    this.error.hidden = true;
    this.retryButton.hidden = true;
    this.errorMessage.textContent = '';
    this.loading.hidden = true;
    this.setContentHidden(false);
    this.setView(summary.chart === 'trend' ? this.view : summary.chart, summary.chart !== 'trend');
    this.draw(() => {
      host.setAttribute('data-status', summary.status);
      host.dispatchEvent(
        new CustomEvent('planmeter:ready', {
          bubbles: true,
          composed: true,
          detail: { status: summary.status, indicator: summary.indicator, summary },
        }),
      );
    });
  }

  // The progress bar: baseline → latest → target, with where the plan expected to be.
  fillBar(progress) {
    if (!progress) return;
    const percent = (share) => `${Math.max(0, Math.min(1, share)) * 100}%`;
    this.fill.style.width = percent(progress.share);
    this.expectedMark.hidden = progress.expectedShare === undefined || progress.expectedShare === null;
    if (!this.expectedMark.hidden) this.expectedMark.style.left = percent(progress.expectedShare);
    this.meter.setAttribute('aria-valuenow', String(Math.round(Math.max(0, Math.min(1, progress.share)) * 100)));
    this.meter.setAttribute('aria-valuetext', [progress.now, progress.expected].filter(Boolean).join('；'));
    this.meter.setAttribute('aria-label', this.summary.title);
    words(this.barStart, progress.start);
    words(this.barEnd, progress.end);
    words(this.barNow, [progress.now, progress.expected].filter(Boolean).join(' · '));
  }

  fillTable({ caption, columns, rows }) {
    const table = this.table;
    table.replaceChildren();
    element('caption', null, table, caption);
    const head = element('tr', null, element('thead', null, table));
    for (const column of columns) element('th', null, head, column).scope = 'col';
    const body = element('tbody', null, table);
    for (const [year, ...cells] of rows) {
      const row = element('tr', null, body);
      element('th', null, row, year).scope = 'row';
      for (const cell of cells) element('td', null, row, cell);
    }
  }

  fillSource(summary, ui) {
    this.sourceSummary.textContent = `${ui.source}${ui.colon}《${summary.planTitle}》“${summary.quote}”`;
    const list = this.sourceDetails;
    list.replaceChildren();
    const entry = (term, value) => {
      if (!value) return null;
      element('dt', null, list, term);
      return element('dd', null, list, value);
    };
    entry(ui.document, `《${summary.planTitle}》`);
    entry(ui.docNumber, summary.docNumber);
    entry(ui.issuer, summary.issuer);
    entry(ui.section, summary.section);
    entry(ui.measure, summary.measure);
    entry(ui.responsible, summary.responsible.length ? summary.responsible.join('、') : ui.noResponsible);
    entry(ui.reading, summary.note);
    const method = entry(ui.sourceAndMethod, ' ');
    method.textContent = '';
    const link = element('a', null, method, ui.method);
    link.href = METHOD_URL;
    link.target = '_blank';
    link.rel = 'noopener';
    this.fillDataSource(summary, ui);
  }

  // 数据来源 under the clause: each source (a link where it has an http(s) address), or
  // 未注明 when the config names none — so that an editor notices.
  fillDataSource(summary, ui) {
    const line = this.dataSource;
    line.replaceChildren(`${ui.dataSource}${ui.colon}`);
    if (!summary.sources.length) {
      element('span', 'missing', line, summary.sourceWords);
      return;
    }
    summary.sources.forEach((source, index) => {
      if (index) line.append(summary.lang === 'en' ? '; ' : '；');
      const safe = source.url && /^https?:\/\//i.test(source.url);
      const name = element(safe ? 'a' : 'span', null, line, source.text);
      if (safe) {
        name.href = source.url;
        name.target = '_blank';
        name.rel = 'noopener noreferrer';
      }
      if (source.note) line.append(summary.lang === 'en' ? ` (${source.note})` : `（${source.note}）`);
    });
  }

  // The chart as a PNG that stands alone: drawn again, off screen, with its title,
  // status, the plan and its clause, the data source and the date around it (the same
  // drawing code; the on-screen canvas is the bare plot).
  downloadPng() {
    const canvas = document.createElement('canvas');
    const width = this.lastWidth || this.plot.clientWidth || 640;
    const height = this.canvas.clientHeight || 300;
    const dark = this.root.classList.contains('dark');
    try {
      this.widget.drawExport(canvas, Math.max(width, 320), height, window.devicePixelRatio || 1, dark, this.elder());
    } catch (error) {
      this.fail(describe(this.core, error, this));
      return;
    }
    canvas.toBlob((blob) => blob && download(blob, `${this.summary.indicator}.png`));
  }

  // Copies the page's address with `#planmeter=<id>`: opening it scrolls to the widget
  // showing that target (or opens its tile). Where the clipboard is not allowed, the link
  // is shown to copy by hand.
  async copyLink(id, button) {
    if (!id) return;
    const link = linkTo(id);
    try {
      await navigator.clipboard.writeText(link);
      this.live.textContent = this.ui.copied;
      const label = button.textContent;
      button.textContent = this.ui.copied;
      setTimeout(() => {
        if (button.textContent === this.ui.copied) button.textContent = label;
      }, 2000);
    } catch {
      this.linkInput.value = link;
      this.linkBox.hidden = false;
      this.linkInput.focus();
      this.linkInput.select();
    }
  }

  // Chart, table or progress bar alone; the table stays readable by screen readers
  // whenever it is not shown. `fixed`: the config chose the view, so no toggle.
  setView(view, fixed = false) {
    this.view = view;
    const chart = view === 'chart' || view === 'trend';
    const table = view === 'table';
    this.chartButton.setAttribute('aria-pressed', String(chart));
    this.tableButton.setAttribute('aria-pressed', String(table));
    this.chartButton.hidden = this.tableButton.hidden = fixed;
    this.pngButton.hidden = !chart;
    this.plot.hidden = !chart;
    this.tableWrap.classList.toggle('sr-only', !table);
    this.hideTooltip();
    if (chart) this.draw();
  }

  elder() {
    return Boolean(this.summary?.elder) || pageElder();
  }

  // Queues a draw at the plot's size (see `flushDraws`); `then` runs once it is drawn.
  draw(then) {
    if (then) this.afterDraw = then;
    if (!drawQueue.size) queueMicrotask(flushDraws);
    drawQueue.add(this);
  }

  // The plot's width, for `paint`: a layout read, never a write.
  measure() {
    return this.widget && !this.plot.hidden ? this.plot.clientWidth : 0;
  }

  // Paints the current widget `width` CSS px wide, then runs what waited for it; with
  // an error shown instead when the wasm fails.
  paint(width) {
    const then = this.afterDraw;
    this.afterDraw = null;
    if (this.drawn(width)) then?.();
  }

  drawn(width) {
    if (!this.widget || this.plot.hidden || width === 0) return true;
    this.lastWidth = width;
    const elder = this.elder();
    this.root.classList.toggle('elder', elder);
    const height = this.summary.height ?? Math.round(Math.min(Math.max(width * 0.56, elder ? 320 : 240), elder ? 480 : 400));
    const theme = this.summary.theme;
    const dark = theme === 'dark' || (theme === 'auto' && this.darkQuery.matches);
    this.root.classList.toggle('dark', dark);
    this.canvas.style.height = `${height}px`;
    try {
      this.points = this.widget.draw(this.canvas, width, height, window.devicePixelRatio || 1, dark, elder);
      if (this.active >= 0 && !this.tooltip.hidden) this.showPoint(Math.min(this.active, this.points.length - 1), false, true);
      return true;
    } catch (error) {
      this.fail(describe(this.core, error, this));
      return false;
    }
  }

  pointAt(event, announce) {
    if (!this.points.length) return;
    const box = this.plot.getBoundingClientRect();
    const x = event.clientX - box.left;
    let nearest = 0;
    for (let index = 1; index < this.points.length; index++) {
      if (Math.abs(this.points[index].x - x) < Math.abs(this.points[nearest].x - x)) nearest = index;
    }
    this.showPoint(nearest, announce);
  }

  onFocus() {
    if (!this.points.length) return;
    const withData = this.points.findLastIndex((point) => point.y !== undefined && point.y !== null);
    this.showPoint(this.active >= 0 ? this.active : Math.max(withData, 0), true);
  }

  onKey(event) {
    if (!this.points.length) return;
    const last = this.points.length - 1;
    const moves = { ArrowLeft: this.active - 1, ArrowRight: this.active + 1, Home: 0, End: last };
    if (event.key === 'Escape') {
      this.hideTooltip();
      this.live.textContent = '';
      event.preventDefault();
      return;
    }
    if (!(event.key in moves)) return;
    event.preventDefault();
    this.showPoint(Math.max(0, Math.min(last, moves[event.key])), true);
  }

  // Shows the tooltip of point `index`; a pointer moving within the same year changes
  // nothing (no DOM write, no layout), unless `force` (after a redraw).
  showPoint(index, announce, force = false) {
    const point = this.points[index];
    if (!point) return;
    if (index === this.active && !this.tooltip.hidden && !force) {
      if (announce) this.live.textContent = point.label;
      return;
    }
    this.active = index;
    // Reads before writes: the tooltip's own size below is the one layout this costs.
    const height = this.canvas.clientHeight;
    const width = this.plot.clientWidth;
    // Moved by transforms on their own layers: no layout, and the chart under them is
    // not repainted.
    this.marker.style.transform = `translateX(${point.x}px)`;
    this.marker.style.height = `${height}px`;
    this.marker.hidden = false;
    const hasValue = point.y !== undefined && point.y !== null;
    this.dot.hidden = !hasValue;
    if (hasValue) {
      this.dot.style.transform = `translate(${point.x}px, ${point.y}px)`;
    }
    const tooltip = this.tooltip;
    tooltip.textContent = point.label;
    tooltip.hidden = false;
    const tipWidth = tooltip.offsetWidth;
    const left = Math.max(0, Math.min(width - tipWidth, point.x - tipWidth / 2));
    const anchor = hasValue ? point.y : height / 2;
    const top = anchor - tooltip.offsetHeight - 14 >= 0 ? anchor - tooltip.offsetHeight - 14 : Math.min(height - tooltip.offsetHeight, anchor + 14);
    tooltip.style.transform = `translate(${left}px, ${Math.max(0, top)}px)`;
    if (announce) this.live.textContent = point.label;
    if (index !== this.selected) {
      this.selected = index;
      this.host.dispatchEvent(
        new CustomEvent('planmeter:select', {
          bubbles: true,
          composed: true,
          detail: { indicator: this.summary?.indicator, year: point.year, label: point.label },
        }),
      );
    }
  }

  hideTooltip() {
    this.selected = -1;
    this.tooltip.hidden = true;
    this.marker.hidden = true;
    this.dot.hidden = true;
  }

  // Shows `message` in the widget (and on the console, and as planmeter:error); with
  // `reset`, a retry button that calls it and renders again.
  fail(message, reset = null) {
    const { host } = this;
    const ui = uiFor(this.configLang());
    this.onRetry = reset;
    this.retryButton.hidden = !reset;
    this.retryButton.textContent = ui.retry;
    this.loading.hidden = true;
    this.board.hidden = true;
    this.back.hidden = true;
    this.setContentHidden(true);
    this.error.lang = ui === UI.en ? 'en' : 'zh-CN';
    this.errorLine.textContent = ui.unavailable;
    this.errorSummary.textContent = ui.technical;
    this.errorMessage.textContent = message;
    this.errorDetails.open = false;
    this.error.hidden = false;
    host.removeAttribute('data-status');
    console.error(`planmeter: ${message}`, host);
    host.dispatchEvent(new CustomEvent('planmeter:error', { bubbles: true, composed: true, detail: { message } }));
  }

  // The language the config asks for, read without trusting it (it may be the very
  // thing that is broken); the page's otherwise.
  configLang() {
    try {
      const lang = JSON.parse(this.readConfig() ?? '')?.lang;
      if (typeof lang === 'string') return lang;
    } catch {}
    return pageLang();
  }

  retry() {
    const reset = this.onRetry;
    if (!reset) return;
    reset();
    this.onRetry = null;
    this.retryButton.hidden = true;
    this.error.hidden = true;
    this.loading.hidden = false;
    this.schedule();
  }

  destroy() {
    this.generation++;
    mounts.delete(this);
    waiting.delete(this.host);
    nearViewport.unobserve(this.host);
    for (const [target, type, handler] of this.listeners) target.removeEventListener(type, handler);
    this.alive = false;
    resized.unobserve(this.plot);
    plots.delete(this.plot);
    drawQueue.delete(this);
    this.darkQuery.removeEventListener('change', this.onSchemeChange);
    this.release();
    renewIfGrown(this.core);
  }
}

// Wasm memory only grows. When a widget with a large data file goes and the instance
// holds more than twice what it started with (and over 8 MB), the next renders get a
// fresh instance and the rest of the widgets move to it, as after a panic: the page's
// memory returns to what its widgets need.
const startBytes = new WeakMap();
const RENEW_BYTES = 8 * 1024 * 1024;
function renewIfGrown(core) {
  if (!core || retired.has(core) || !startBytes.has(core)) return;
  let bytes = 0;
  try {
    bytes = core.memoryBytes();
  } catch {
    return;
  }
  if (bytes > Math.max(2 * startBytes.get(core), RENEW_BYTES)) setTimeout(() => retire(core, null));
}

// After a panic the instance cannot be trusted (a trap leaves its stack pointer, and
// any borrow it held, where they were): the next render gets a new instance, and every
// other widget on the old one renders again on the new. The widget that panicked keeps
// its message until its config changes.
const retired = new WeakSet();
function retire(core, culprit) {
  if (!core || retired.has(core)) return;
  retired.add(core);
  corePromise?.then((current) => {
    if (current === core) corePromise = null;
    for (const mount of mounts) if (mount !== culprit && mount.core === core) mount.schedule();
  }, () => {});
}

// The words for an error thrown by the wasm: a config problem as it is, a panic as a bug.
function describe(core, error, mount) {
  if (error instanceof WebAssembly.RuntimeError) {
    const panic = core?.takePanic?.();
    retire(core, mount);
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
  const core = corePromise ? await corePromise : null;
  return { widgets: mounts.size, wasmBytes: core ? core.memoryBytes() : 0, instances };
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
