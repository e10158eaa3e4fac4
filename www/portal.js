// Where the portal serves dist/, and the tags that load planmeter from there: the
// configurator's snippets are written for the portal's own server (a path such as
// /static/planmeter/, with the loader's integrity hash from the build), never for the
// server this page comes from.

import { t } from './lang.js';

const DEFAULT_PATH = '/static/planmeter/';
const input = document.getElementById('dist-path');

// The sha384 of dist/planmeter.js and dist/embed-host.js, as `make dist` wrote them.
const hashes = await fetch(new URL('../dist/integrity.json', import.meta.url))
  .then((response) => (response.ok ? response.json() : {}))
  .catch(() => ({}));

// Text for a double-quoted attribute.
const attribute = (text) => String(text).replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** Where dist/ is served, ending in `/`: a path (`/static/planmeter/`) or an address. */
export function distPath() {
  let path = input.value.trim() || DEFAULT_PATH;
  // A path without its leading slash would resolve against each article's own folder
  // (/news/2020/static/planmeter/): it is meant from the site's root.
  if (!/^(https?:)?\/\//i.test(path) && !path.startsWith('/')) path = `/${path}`;
  return path.endsWith('/') ? path : `${path}/`;
}

const integrity = (file) => (hashes[file] ? ` integrity="${hashes[file]}" crossorigin="anonymous"` : '');

/** Whether the build's integrity hashes are known (after `make dist`). */
export const hashesKnown = () => Boolean(hashes['planmeter.js']);

/** The loader's script tag, for the portal's page template or the content. */
export function scriptTag() {
  return `<script type="module" src="${attribute(`${distPath()}planmeter.js`)}"${integrity('planmeter.js')}></script>`;
}

/** The iframe embed of `config` (an object): for a CMS that keeps scripts out of content.
 * `height` holds where the page around it has no embed-host.js to size it. */
export function iframeTag(config, title, height) {
  const source = `${distPath()}embed.html#config=${encodeURIComponent(JSON.stringify(config))}`;
  return `<iframe src="${attribute(source)}" title="${attribute(title)}" width="100%" height="${height}" loading="lazy"></iframe>`;
}

/** The optional script that sizes every planmeter iframe on the page to its widget. */
export function hostScriptTag() {
  return `<script src="${attribute(`${distPath()}embed-host.js`)}"${integrity('embed-host.js')} defer></script>`;
}

/** Calls `update` whenever the path changes. */
export function onPathChange(update) {
  input.addEventListener('input', update);
}

/** A line saying what the snippets assume, in the page's language. */
export function assumption() {
  return hashesKnown()
    ? t(
        `以上代码假定 dist/ 部署在 ${distPath()}，且为本次构建的文件（integrity 校验值与之对应；部署其他版本时，请用该版本 integrity.json 中的值）。`,
        `The code assumes dist/ is served at ${distPath()} and is this build (the integrity hash is this build's; for another build use the value in its integrity.json).`,
      )
    : t('尚未构建 dist/：运行 make dist 后，代码会附上 integrity 校验值。', 'dist/ is not built yet: after make dist the code carries its integrity hash.');
}
