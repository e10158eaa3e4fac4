// One rendered widget: its shadow root, its wasm handle and its observers. `destroy()`
// removes everything it added to the page. The dashboard, view, tooltip and link parts
// of a mount live in their own modules and are added to its prototype here.

import { beside } from './place.js';
import { describe, limitsOf, loadCore, renewIfGrown } from './wasm.js';
import { fetchData, forgetData } from './data.js';
import { fetchPlan, handPlan, planOf } from './plans.js';
import { download, element, pageElder, pageLang, today, uiFor } from './words.js';
import { styleSheet } from './style.js';
import { drawQueue, flushDraws, mounts, nearViewport, plots, resized, waiting, whenVisible } from './schedule.js';
import { dashboard } from './dashboard.js';
import { view } from './view.js';
import { tooltip } from './tooltip.js';
import { linking } from './links.js';

// Configs longer than this are not read by the loader to find their plan early (a
// catalog config is a few hundred characters); the wasm still asks for the plan.
const PREFETCH_CONFIG_CHARACTERS = 100_000;

// Starts downloading the wasm and the catalog plan `config` shows, if not started yet:
// the plan comes with the wasm, not after it.
function prefetch(config) {
  loadCore().catch(() => {});
  const plan = config.length <= PREFETCH_CONFIG_CHARACTERS ? planOf(config) : null;
  if (plan) fetchPlan(plan).catch(() => {});
}

// The wasm's widget for `config`; a catalog plan it has not been handed yet is fetched
// (or its download, started with the wasm's, awaited) and handed over first.
async function newWidget(core, config) {
  try {
    return new core.Widget(config, today(), pageLang());
  } catch (error) {
    if (error?.kind !== 'plan') throw error;
    await handPlan(core, error.message);
    return new core.Widget(config, today(), pageLang());
  }
}

// The shadow root a widget renders in: the element's own (left by a widget before, or
// empty), or a new open one. Never another component's: an element that already shows
// something in its shadow root, or keeps a closed one, or cannot have one (<li>, <a>,
// <ul> …) is refused with a message — the caller reports it and goes on with the rest.
export function shadowOf(host) {
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
export function tryMount(host, readConfig) {
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

export class Mount {
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
    this.ui = uiFor(pageLang());

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
    this.method.href = beside('methodology.html');
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
    const config = this.readConfig() ?? '';
    prefetch(config);
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
      // A config far over the limit is refused here, before it is copied into the wasm.
      if (config.length > limits.configBytes) {
        throw new Error(`the config is over ${limits.configBytes.toLocaleString('en')} bytes (${config.length.toLocaleString('en')} characters); at most ${limits.configBytes.toLocaleString('en')} are taken`);
      }
      widget = await newWidget(core, config);
      if (stale()) {
        widget.free();
        return;
      }
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
      // A data file may be fixed or the network come back: retrying fetches it (or the
      // catalog plan that failed, which is not kept) anew.
      const again = dataUrl !== undefined ? () => forgetData(dataUrl) : error?.kind === 'data' ? () => {} : null;
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


  // Dark for `theme: dark`, and for `auto` when the reader's system is.
  isDark(theme) {
    return theme === 'dark' || (theme === 'auto' && this.darkQuery.matches);
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
    const dark = this.isDark(this.summary.theme);
    this.root.classList.toggle('dark', dark);
    try {
      // The height: the config's, else the wasm's default for this width; the wasm sets
      // the canvas's CSS height to what it drew.
      this.points = this.widget.draw(this.canvas, width, this.summary.height ?? undefined, window.devicePixelRatio || 1, dark, elder);
      // The plot's size as drawn, and no tooltip measured yet: hovering reads no layout.
      this.drawnSize = { width, height: parseFloat(this.canvas.style.height) || 0 };
      this.tipSizes = [];
      if (this.active >= 0 && !this.tooltip.hidden) this.showPoint(Math.min(this.active, this.points.length - 1), false, true);
      return true;
    } catch (error) {
      this.fail(describe(this.core, error, this));
      return false;
    }
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
    this.error.lang = String(this.configLang()).toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
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

Object.assign(Mount.prototype, dashboard, view, tooltip, linking);
