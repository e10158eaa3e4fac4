// Where the loader sits, so its modules find the files shipped next to it (pkg/, the
// method page) whether they run as separate modules (the demo) or bundled into one file
// (`make dist`): the entry, www/planmeter.js or dist/planmeter.js, sets it first.

let base = null;

export function setBase(url) {
  base = url;
}

/** A file next to the loader: `pkg/planmeter_bg.wasm`, `methodology.html`. */
export function beside(path) {
  return new URL(path, base).href;
}
