// The chart's tooltip, for the pointer and the keyboard: moved over the canvas, never a
// redraw; each step announced for screen readers; planmeter:select on each year.

export const tooltip = {

  pointAt(event, announce) {
    if (!this.points.length) return;
    const box = this.plot.getBoundingClientRect();
    const x = event.clientX - box.left;
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
  },


  hideTooltip() {
    this.selected = -1;
    this.tooltip.hidden = true;
    this.marker.hidden = true;
    this.dot.hidden = true;
  },
};
