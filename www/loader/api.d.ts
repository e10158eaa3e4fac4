// The loader's own API, written by hand: the statuses, the handle `mount()` returns,
// `stats()`, and the element's events. scripts/dts.mjs puts it after the config's types
// (generated from the JSON Schema) in www/planmeter.d.ts.

export type Status =
  | 'achieved'
  | 'on-track'
  | 'needs-acceleration'
  | 'limited-progress'
  | 'deterioration'
  | 'not-achieved'
  | 'no-data';

export interface Handle {
  /** Re-renders with a new config (object or JSON text). */
  update(config: Config | string): void;
  /** Removes every listener and observer, frees the wasm memory, empties the shadow root. */
  destroy(): void;
}

/** Diagnostics: widgets alive on the page, bytes of wasm memory (it only ever grows),
 * wasm instances created (a panic retires one; the next render makes another). */
export function stats(): Promise<{ widgets: number; wasmBytes: number; instances: number }>;

/** Where the package's files (pkg/, methodology.html) are served, for apps whose bundler
 * moved the loader away from them: `assets('/static/planmeter/')`, before the first widget
 * renders. By default they are next to the script the loader runs in. */
export function assets(url: string | URL): void;

/** Every plan of the catalog, read (each plan's file fetched once, its hash checked). */
export function catalog(): Promise<Plan[]>;

/** Mounts a widget on any element but <plan-meter> (which mounts itself). */
export function mount(element: Element, config: Config | string): Handle;

declare global {
  interface HTMLElementEventMap {
    'planmeter:ready': CustomEvent<{ status: Status | 'dashboard'; indicator?: string; plan?: string; title?: string }>;
    /** The developer's message (field path, suggestion); the reader sees the element's
     * own fallback content and one short line. */
    'planmeter:error': CustomEvent<{ message: string }>;
    /** A reader selected a year (keyboard, hover, touch) or opened a dashboard tile. */
    'planmeter:select': CustomEvent<{ indicator?: string; year?: number; label?: string }>;
  }
  interface HTMLElementTagNameMap {
    'plan-meter': HTMLElement;
  }
}
