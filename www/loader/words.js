// The words of the widget's own controls (everything about the target comes from the
// wasm), and the small DOM helpers every part of the loader uses: text only, never markup.

// The words of the widget's own controls; everything about the target comes from Rust.
// The words the loader needs before the wasm has loaded (and when it cannot load); every
// other word comes from the wasm (`wordsOf`), with everything else a citizen reads.
const EARLY = {
  'zh-CN': { loading: '正在加载图表…', retry: '重试', unavailable: '图表暂时无法显示', technical: '技术信息' },
  en: { loading: 'Loading the chart…', retry: 'Try again', unavailable: 'The chart cannot be shown', technical: 'Technical details' },
};

const known = new WeakMap();
/** The words of the controls in `lang` from instance `core`, with the early ones. */
export function wordsOf(core, lang) {
  const tag = String(lang).toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
  if (!known.has(core)) known.set(core, {});
  const cache = known.get(core);
  cache[tag] ??= { ...core.words(tag), ...EARLY[tag] };
  return cache[tag];
}

export const STATUS_ICONS = {
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
export function words(node, text) {
  node.replaceChildren();
  let at = 0;
  for (const match of text.matchAll(NUMBER_WITH_UNIT)) {
    if (match.index > at) node.append(text.slice(at, match.index));
    element('span', 'nb', node, match[0]);
    at = match.index + match[0].length;
  }
  if (at < text.length) node.append(text.slice(at));
}

export function element(tag, className, parent, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  parent?.append(node);
  return node;
}

export function today() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function pageLang() {
  return document.documentElement.lang || 'zh-CN';
}

// The early words for a language tag: English for any en…, Chinese otherwise.
export function uiFor(tag) {
  return String(tag).toLowerCase().startsWith('en') ? EARLY.en : EARLY['zh-CN'];
}

// 长者模式 for the whole page: portals toggle their 长者版 with a class or attribute on
// <html>: class "elder" or "planmeter-elder", or the attribute data-elder.
export function pageElder() {
  const html = document.documentElement;
  return html.classList.contains('elder') || html.classList.contains('planmeter-elder') || html.hasAttribute('data-elder');
}

export function download(blob, name) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
