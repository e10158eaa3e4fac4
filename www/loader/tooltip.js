// The chart's tooltip, for the pointer and the keyboard: moved over the canvas, never a
// redraw; each step announced for screen readers; planmeter:select on each year.

export const tooltip = {

  pointAt(event, announce) {
    if (!this.points.length) return;
    // Over the canvas (the overlays let the pointer through) its own offset is the
    // position on the chart; elsewhere in the plot, the plot's box is read.
    const x = event.target === this.canvas ? event.offsetX : event.clientX - this.plot.getBoundingClientRect().left;
    let nearest = 0;
    for (let index = 1; index < this.points.length; index++) {
      if (Math.abs(this.points[index].x - x) < Math.abs(this.points[nearest].x - x)) nearest = index;
    }
    this.showPoint(nearest, announce);
  },


  onFocus() {
    if (!this.points.length) return;
    const withData = this.points.findLastIndex((point) => point.y !== undefined && point.y !== null);
    this.showPoint(this.active >= 0 ? this.active : Math.max(withData, 0), true);
  },


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
  },


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
    // No layout read on the way: the plot's size is the one drawn, and each year's
    // tooltip is measured once per drawing (its text changes only with a redraw).
    const { width, height } = this.drawnSize;
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
    this.tipSizes[index] ??= [tooltip.offsetWidth, tooltip.offsetHeight];
    const [tipWidth, tipHeight] = this.tipSizes[index];
    const left = Math.max(0, Math.min(width - tipWidth, point.x - tipWidth / 2));
    const anchor = hasValue ? point.y : height / 2;
    const top = anchor - tipHeight - 14 >= 0 ? anchor - tipHeight - 14 : Math.min(height - tipHeight, anchor + 14);
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
  },


  hideTooltip() {
    this.selected = -1;
    this.tooltip.hidden = true;
    this.marker.hidden = true;
    this.dot.hidden = true;
  },
};
