// The iframe embed, for editors whose CMS keeps scripts out of their content: one widget
// (or a plan's dashboard) from this page's address, `embed.html#config=<URI-encoded
// config JSON>` (`&planmeter=<target id>` opens a tile, as on any page). The page tells
// the page around it its height (postMessage `{type: "planmeter:resize", height}`; the
// optional embed-host.js there sizes the iframe), and links to the widget on a page of
// its own.

import './planmeter.js';

const main = document.getElementById('embed');
const footer = document.getElementById('embed-source');
let shown = null;

// The config in the address: the `config=` part of the fragment, decoded.
function configInAddress() {
  const part = location.hash.slice(1).split('&').find((piece) => piece.startsWith('config='));
  if (!part) return null;
  try {
    return decodeURIComponent(part.slice('config='.length));
  } catch {
    return part.slice('config='.length);
  }
}

// The page's language and colours follow the config's, read without trusting it.
function follow(config) {
  let parsed = {};
  try {
    parsed = JSON.parse(config) ?? {};
  } catch {}
  document.documentElement.lang = String(parsed.lang ?? '').toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
  document.documentElement.classList.toggle('dark', parsed.theme === 'dark');
  document.documentElement.classList.toggle('auto', parsed.theme === 'auto');
}

function show() {
  const config = configInAddress();
  document.getElementById('embed-missing').hidden = config !== null;
  if (config === null || config === shown) return;
  shown = config;
  follow(config);
  let widget = main.querySelector('plan-meter');
  if (!widget) {
    widget = document.createElement('plan-meter');
    main.append(widget);
  }
  widget.setAttribute('config', config);
}

// Under the widget (whose own 来源 line names the plan and quotes the clause): a link
// that opens it on a page of its own, where the reader can read it all and share it.
main.addEventListener('planmeter:ready', () => {
  const english = document.documentElement.lang === 'en';
  const open = document.createElement('a');
  open.href = location.href;
  open.target = '_blank';
  open.rel = 'noopener';
  open.textContent = english ? 'Open this chart and its source on a page of its own' : '在新窗口中打开此图表及其来源';
  footer.replaceChildren(open);
  footer.hidden = false;
});

// The height of everything on the page, to the page around the iframe.
if (window.parent !== window) {
  let last = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'planmeter:resize', height }, '*');
  }).observe(document.documentElement);
}

addEventListener('hashchange', show);
show();
