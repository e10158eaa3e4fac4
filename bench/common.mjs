// What every benchmark page draws: the same trend chart — 8 yearly growth rates, the
// 8% target as a line, the on-schedule path, a tooltip — `n` times (?n=100).

export const YEARS = ['2013', '2014', '2015', '2016', '2017', '2018', '2019', '2020'];
export const VALUES = [9.1, 8.6, 8.2, 7.9, 8.4, 8.3, 7.9, 7.5];
export const TARGET = 8;
export const EXPECTED = YEARS.map(() => TARGET);
export const count = Number(new URLSearchParams(location.search).get('n') ?? 1);

/** One container per chart, stacked, each 600 × 320 CSS px. */
export function containers(tag = 'div') {
  return Array.from({ length: count }, () => {
    const element = document.createElement(tag);
    element.className = 'chart';
    document.body.append(element);
    return element;
  });
}

/** Marks the moment every chart has painted (after their next frame). */
export function done() {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      window.__bench = { painted: performance.now(), heap: performance.memory?.usedJSHeapSize ?? null };
    }),
  );
}
