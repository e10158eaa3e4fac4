// What the loader does for the whole page at once: the live mounts, draws batched into
// one layout, one resize observer for every plot, and rendering when near the viewport.

// Every live mount, so a page-level switch (长者版) re-renders them all.
export const mounts = new Set();

// Draws are batched: every widget waiting for one is measured first, then all are
// painted, so a page of 100 widgets costs one layout, not one forced layout each
// (measured by `make bench`: that was a third of the time to paint 100 charts).
export const drawQueue = new Set();
export function flushDraws() {
  const batch = [...drawQueue];
  drawQueue.clear();
  const widths = batch.map((mount) => mount.measure());
  batch.forEach((mount, index) => mount.paint(widths[index]));
}

// One observer for every plot: a width change redraws (the callback reads only; the
// draws it queues run together after it).
export const plots = new Map();
export const resized = new ResizeObserver((entries) => {
  for (const entry of entries) {
    const mount = plots.get(entry.target);
    if (mount?.widget && entry.target.clientWidth !== mount.lastWidth) mount.draw();
  }
});

// Widgets render when they come near the viewport: a page with 200 widgets renders only
// what the reader can see. Printing renders the rest first.
export const waiting = new Map();
export const nearViewport = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      const mount = waiting.get(entry.target);
      nearViewport.unobserve(entry.target);
      waiting.delete(entry.target);
      mount?.schedule();
    }
  },
  { rootMargin: '300px' },
);
export function whenVisible(mount) {
  waiting.set(mount.host, mount);
  nearViewport.observe(mount.host);
}
export function renderWaiting() {
  for (const [host, mount] of waiting) {
    nearViewport.unobserve(host);
    mount.schedule();
  }
  waiting.clear();
}
