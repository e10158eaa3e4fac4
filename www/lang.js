// The language of the editors' pages (configurator, paste tab): the page's <html lang>,
// which `?lang=en` or the page's switch sets. Every text is in one language at a time:
// static text carries its English in `data-en` (its Chinese is its own text, kept in
// `data-zh`); text built in JavaScript picks with `t(zh, en)` and is built again when the
// language changes (`onLanguage`).

const listeners = [];

export function english() {
  return document.documentElement.lang.toLowerCase().startsWith('en');
}

/** The Chinese or the English of a pair, for the page's language. */
export function t(zh, en) {
  return english() ? en : zh;
}

/** A text node-like span that follows the language switch by itself. */
export function both(zh, en) {
  const span = document.createElement('span');
  span.dataset.zh = zh;
  span.dataset.en = en;
  span.textContent = t(zh, en);
  return span;
}

/** Sets every `[data-en]` element under `root` to the page's language. */
export function applyLanguage(root = document) {
  for (const node of root.querySelectorAll('[data-en]')) {
    node.dataset.zh ??= node.textContent;
    node.textContent = english() ? node.dataset.en : node.dataset.zh;
  }
  for (const node of root.querySelectorAll('[data-en-label]')) {
    node.dataset.zhLabel ??= node.getAttribute('aria-label') ?? '';
    node.setAttribute('aria-label', english() ? node.dataset.enLabel : node.dataset.zhLabel);
  }
}

/** Runs `rebuild` whenever the language changes. */
export function onLanguage(rebuild) {
  listeners.push(rebuild);
}

export function setLanguage(tag) {
  document.documentElement.lang = tag;
  applyLanguage();
  for (const rebuild of listeners) rebuild();
}

// `?lang=en` opens the page in English.
const asked = new URLSearchParams(location.search).get('lang');
if (asked) document.documentElement.lang = asked.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
