// planmeter as `make dist` ships it: the page's <plan-meter config='…'> elements mount
// themselves (the loader is a script tag of the page); `mount()` for create/destroy cycles.
import { mount, stats } from '/dist/planmeter.js';
import { PLANMETER_CONFIG, run } from './common.mjs';

/** Resolves once `element` has `data-status` (set once the widget has drawn). */
const drawn = (element) =>
  new Promise((resolve) => {
    if (element.hasAttribute('data-status')) return resolve();
    const observer = new MutationObserver(() => {
      if (!element.hasAttribute('data-status')) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(element, { attributes: true, attributeFilter: ['data-status'] });
  });

await run({
  // Widgets render as they come near the viewport; the other libraries draw every chart
  // at once, and so does planmeter here, through the path printing uses.
  init: () => dispatchEvent(new Event('beforeprint')),
  drawn,
  create: (element) => {
    const handle = mount(element, PLANMETER_CONFIG);
    return () => handle.destroy();
  },
  memory: async () => (await stats()).wasmBytes,
});
