// One target's view inside a mount: title, badges, key figure, progress bar, words, the
// table, the source with 数据来源, the downloads; which of chart, table or bar shows.

import { beside } from './place.js';
import { describe } from './wasm.js';
import { STATUS_ICONS, download, element, words, wordsOf } from './words.js';

export const view = {

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
    // Theme and 长者模式 for every view; a chart sets them again as it draws.
    this.root.classList.toggle('dark', this.isDark(summary.theme));
    this.root.classList.toggle('elder', this.elder());
    this.board.hidden = true;
    const ui = (this.ui = wordsOf(this.core, summary.lang));
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
  },


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
  },


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
  },


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
    link.href = beside('methodology.html');
    link.target = '_blank';
    link.rel = 'noopener';
    this.fillDataSource(summary, ui);
  },


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
  },


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
  },


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
  },
};
