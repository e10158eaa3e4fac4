// A whole plan's dashboard inside a mount: counts per status, filters, a tile per target
// (with its 示例数据 badge and 复制链接), a tile opened in place with its own history entry.

import { describe } from './wasm.js';
import { STATUS_ICONS, element, words, wordsOf } from './words.js';
import { fragmentTarget, linkTo } from './links.js';
import { nearViewport, waiting } from './schedule.js';

// In an iframe (the embed): the page around it keeps its focus and its scroll.
const FRAMED = window.parent !== window;

export const dashboard = {

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
  },


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
    const ui = (this.ui = wordsOf(this.core, view.lang));
    this.view = 'chart';
    this.summary = { elder: view.elder, theme: view.theme };
    const { root, host } = this;
    root.lang = view.lang;
    delete root.dataset.status;
    const dark = this.isDark(view.theme);
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
    host.dispatchEvent(new CustomEvent('planmeter:ready', { bubbles: true, composed: true, detail: { status: 'dashboard', plan: view.plan, title: view.title, counts: view.counts } }));
  },


  filterTiles() {
    const status = this.statusFilter.value;
    const section = this.sectionFilter.value;
    const tiles = [...this.tiles.children];
    let shown = 0;
    for (const tile of tiles) {
      tile.hidden = (status && tile.dataset.status !== status) || (section && tile.dataset.section !== section);
      if (!tile.hidden) shown++;
    }
    this.shown.textContent = this.ui.shown.replace('{shown}', shown).replace('{total}', tiles.length);
  },


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
    // A reader's click moves focus to the way back; a link followed inside an iframe
    // embed does not take the focus (or the scroll) from the page around it.
    if (push || !FRAMED) this.back.focus();
  },


  // Back to the tiles: through the history when opening the tile added an entry (so the
  // browser's Back and this button agree), else by taking the fragment off the address.
  closeTarget() {
    if (this.pushed && fragmentTarget() === this.opened) {
      history.back();
      return;
    }
    if (fragmentTarget() === this.opened) history.replaceState(history.state, '', linkTo(null));
    this.showDashboard(true);
  },


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
  },


  // After a render: the target the address asked for, if any.
  followPending() {
    const id = this.pendingTarget;
    if (!id) return;
    this.pendingTarget = null;
    if (this.dashboard && this.opened !== id) this.openTarget(id);
    if (!FRAMED) this.host.scrollIntoView({ block: 'start' });
  },
};
