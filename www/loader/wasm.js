// Wasm modules loaded on first use and made anew after they are retired: the widgets'
// (shared by every widget on the page; retired after a panic, or when a large data file
// has grown it) and, through the same `wasmSource`, the editors' one of the paste tab.

import { beside } from './place.js';
import { mounts } from './schedule.js';

/**
 * A wasm module loaded on first use. `first()` gives the first glue module (a static
 * import, so that a bundle can carry it); every later attempt imports `glue()` under a
 * new URL (a module is instantiated once per URL, and a failed import stays failed for
 * its URL). `wasm()` is the module's file, fetched with `integrity` when given, its
 * download started before the glue is imported. `started(module)` runs once per instance.
 */
export function wasmSource({ first, glue, wasm, integrity = '', started = () => {} }) {
  let promise = null;
  let attempts = 0;
  let made = 0;
  const retired = new WeakSet();
  return {
    load() {
      promise ??= (async () => {
        const bytes = fetch(wasm(), integrity ? { integrity } : {});
        const attempt = attempts++;
        const module = attempt === 0 ? await first() : await import(`${glue()}?instance=${attempt}`);
        await module.default({ module_or_path: bytes });
        made++;
        started(module);
        return module;
      })();
      // A failed load is not kept: the next call tries again.
      const current = promise;
      current.catch(() => {
        if (promise === current) promise = null;
      });
      return current;
    },
    /** Retires `module` (once): the next load makes a fresh instance. Resolves when the
     * next load will; `null` when it was retired already. */
    retire(module) {
      if (!module || retired.has(module)) return null;
      retired.add(module);
      return (promise ?? Promise.resolve(null)).then(
        (current) => {
          if (current === module) promise = null;
        },
        () => {},
      );
    },
    isRetired: (module) => retired.has(module),
    current: () => promise,
    made: () => made,
  };
}

// The widgets' wasm. In `make dist`'s bundle the glue is inlined (the glue's specifier is
// a plain string so esbuild can inline it; unbundled it resolves against this file), so
// the wasm is the only request after the loader; `make dist` writes the wasm's sha384
// into the bundle (esbuild --define), so a bundle only ever runs the wasm it was built
// with (Subresource Integrity); the unbundled source has none.
/* global PLANMETER_WASM_INTEGRITY */
const widgets = wasmSource({
  first: () => import('../pkg/planmeter.js'),
  glue: () => beside('pkg/planmeter.js'),
  wasm: () => beside('pkg/planmeter_bg.wasm'),
  integrity: typeof PLANMETER_WASM_INTEGRITY === 'string' ? PLANMETER_WASM_INTEGRITY : '',
  started: (core) => startBytes.set(core, core.memoryBytes()),
});

export const loadCore = () => widgets.load();
export const currentCore = () => widgets.current();
/** How many instances this page has made (a panic or a renewal makes another). */
export const instanceCount = () => widgets.made();

// The input limits of an instance (src/limits.rs), asked once.
const knownLimits = new WeakMap();
export function limitsOf(core) {
  if (!knownLimits.has(core)) knownLimits.set(core, core.limits());
  return knownLimits.get(core);
}

// Wasm memory only grows. When a widget with a large data file goes and the instance
// holds more than twice what it started with (and over 8 MB), the next renders get a
// fresh instance and the rest of the widgets move to it, as after a panic: the page's
// memory returns to what its widgets need.
const startBytes = new WeakMap();
const RENEW_BYTES = 8 * 1024 * 1024;
export function renewIfGrown(core) {
  if (!core || widgets.isRetired(core) || !startBytes.has(core)) return;
  let bytes = 0;
  try {
    bytes = core.memoryBytes();
  } catch {
    return;
  }
  if (bytes > Math.max(2 * startBytes.get(core), RENEW_BYTES)) setTimeout(() => retire(core, null));
}

// After a panic the instance cannot be trusted (a trap leaves its stack pointer, and
// any borrow it held, where they were): the next render gets a new instance, and every
// other widget on the old one renders again on the new. The widget that panicked keeps
// its message until its config changes.
export function retire(core, culprit) {
  widgets.retire(core)?.then(() => {
    for (const mount of mounts) if (mount !== culprit && mount.core === core) mount.schedule();
  });
}

// The words for an error thrown by the wasm: a config problem as it is, a panic as a bug.
export function describe(core, error, mount) {
  if (error instanceof WebAssembly.RuntimeError) {
    const panic = core?.takePanic?.();
    retire(core, mount);
    return `内部错误 (internal error): ${panic ?? error.message}. 请向 planmeter 报告 (please report this to planmeter).`;
  }
  // The wasm's errors, and the loader's about data files, say their kind.
  const message = error?.message ?? String(error);
  if (error?.kind === 'data') return `数据加载失败 (data error): ${message}`;
  if (error?.kind === 'internal') return `内部错误 (internal error): ${message}`;
  return `配置有误 (config error): ${message}`;
}
