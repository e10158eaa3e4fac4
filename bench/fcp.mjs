// The pages whose chart is in their HTML (bench/run.mjs writes them): a pre-rendered
// <plan-meter> (the CLI's fallback inside the element, the loader upgrading it) and
// ECharts' server-side SVG (no chart script at all). Their first chart is the page's
// First Contentful Paint, the browser's own figure: `window.__bench = { painted }`, the
// paint entry's startTime (ms since navigation start), once the entry exists.
//
// With a <plan-meter> on the page, also `upgraded`: when the live widget replaced the
// fallback (its `planmeter:ready` event, dispatched once the widget has drawn and set
// `data-status`), and `__bench` waits for it too.
//
// A page with nothing contentful (the blank page) never gets the entry: `painted` is
// null once the page has loaded and NO_PAINT_MS more have passed without one.

const NO_PAINT_MS = 2000;

/** The first-contentful-paint entry's startTime, or null if none came. */
const firstContentfulPaint = () =>
  new Promise((resolve) => {
    const observer = new PerformanceObserver((list) => {
      const entry = list.getEntriesByName('first-contentful-paint')[0];
      if (!entry) return;
      observer.disconnect();
      resolve(entry.startTime);
    });
    // Buffered: the entry usually exists before this module runs.
    observer.observe({ type: 'paint', buffered: true });
    const giveUp = () =>
      setTimeout(() => {
        observer.disconnect();
        resolve(performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
      }, NO_PAINT_MS);
    if (document.readyState === 'complete') giveUp();
    else addEventListener('load', giveUp, { once: true });
  });

/** When `element` became the live widget: its `planmeter:ready` (or now, if it already
 * carries `data-status`). */
const upgraded = (element) =>
  new Promise((resolve) => {
    if (element.hasAttribute('data-status')) return resolve(performance.now());
    element.addEventListener('planmeter:ready', () => resolve(performance.now()), { once: true });
  });

const widget = document.querySelector('plan-meter');
const [painted, upgrade] = await Promise.all([firstContentfulPaint(), widget ? upgraded(widget) : null]);
window.__bench = widget ? { painted, upgraded: upgrade } : { painted };
