// The wasm instance every widget on the page shares: loaded on first use, retired after
// a panic or when a large data file has grown it, the next one made on demand.

import { beside } from './place.js';
import { mounts } from './schedule.js';

// The wasm module is loaded once per page, on first use, and shared by every widget.
// Its download starts before the glue is imported (in `make dist`'s bundle the glue is
// inlined, so the wasm is the only request after this file). The glue's specifier is a
// plain string so esbuild can inline it (it resolves against this file, unbundled).
// `make dist` writes the wasm's sha384 into its bundle (esbuild --define), so a bundle
// only ever runs the wasm it was built with (Subresource Integrity); the unbundled
// source has none.
/* global PLANMETER_WASM_INTEGRITY */
const WASM_INTEGRITY = typeof PLANMETER_WASM_INTEGRITY === 'string' ? PLANMETER_WASM_INTEGRITY : '';
let corePromise = null;
let instances = 0;
export function loadCore() {
  corePromise ??= (async () => {
    const wasm = fetch(beside('pkg/planmeter_bg.wasm'), WASM_INTEGRITY ? { integrity: WASM_INTEGRITY } : {});
    // The first instance comes from the glue bundled with this file. After a panic, a
    // fresh one from the glue file next to it: a module is instantiated once per URL.
    const glue = instances === 0
      ? await import('../pkg/planmeter.js')
      : await import(beside(`pkg/planmeter.js?instance=${instances}`));
    await glue.default({ module_or_path: wasm });
    instances++;
    startBytes.set(glue, glue.memoryBytes());
    return glue;
  })();
  // A failed download is not kept: the next widget (or a retry) tries again.
  const promise = corePromise;
  promise.catch(() => {
    if (corePromise === promise) corePromise = null;
  });
  return promise;
}

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
  if (!core || retired.has(core) || !startBytes.has(core)) return;
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
const retired = new WeakSet();
export function retire(core, culprit) {
  if (!core || retired.has(core)) return;
  retired.add(core);
  corePromise?.then((current) => {
    if (current === core) corePromise = null;
    for (const mount of mounts) if (mount !== culprit && mount.core === core) mount.schedule();
  }, () => {});
}

// The words for an error thrown by the wasm: a config problem as it is, a panic as a bug.
export function describe(core, error, mount) {
  if (error instanceof WebAssembly.RuntimeError) {
    const panic = core?.takePanic?.();
    retire(core, mount);
    return `内部错误 (internal error): ${panic ?? error.message}. 请向 planmeter 报告 (please report this to planmeter).`;
  }
  const message = error?.message ?? String(error);
  return message.startsWith('dataUrl') ? `数据加载失败 (data error): ${message}` : `配置有误 (config error): ${message}`;
}

/** How many instances this page has made (a panic or a renewal makes another). */
export function instanceCount() {
  return instances;
}

/** The current instance, if one is loaded or loading. */
export function currentCore() {
  return corePromise;
}
