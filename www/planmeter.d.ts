// Type declarations for the planmeter loader (www/planmeter.js). The config's full JSON
// Schema, generated from the Rust types, ships as pkg/planmeter.schema.json.

/** How a published value stands when it is not final: 初步核算, 预计, 修订. */
export type Flag = 'preliminary' | 'estimate' | 'revised';

/** One year's value: a number, or with its flag and its own source (at most 200 characters). */
export type Observation = number | { value: number; flag?: Flag; source?: string };

/** Values by year (`{"2019": 7.9}`), or, for a plan, by target id. */
export type Series = Record<string, Observation>;
export type Actuals = Series | Record<string, Series>;

/** A text in both languages: one string for both, or each. */
export type TextInBoth = string | { zh: string; en: string };

/** Where the figures come from: shown under the clause as 数据来源 and in every download. */
export interface Source {
  /** The publication, e.g. 鄂州市统计局《2019年鄂州市国民经济和社会发展统计公报》; at most 200 characters. */
  name: TextInBoth;
  /** Its address: http or https only. */
  url?: string;
  /** YYYY-MM-DD. */
  published?: string;
  /** Anything a reader should know about the figures; at most 500 characters. */
  note?: TextInBoth;
}

/** The widget config: the JSON of `<plan-meter config='…'>` and of `mount()`. */
export interface Config {
  /** A target id from the catalog or from `plans`, e.g. "ezhou-2018-2020.value-added-growth". */
  indicator?: string;
  /** A plan id: the whole plan as a dashboard. */
  plan?: string;
  actuals?: Actuals;
  /** For relative targets: the quantity compared with (e.g. the city's average growth). */
  benchmark?: Actuals;
  /** An http(s) URL of JSON shaped like `actuals` (or `{"source": {…}, "values": {…}}`),
   * or of CSV with indicator, year, value and optionally flag, source. The page's own
   * origin; another only when the page names it in <meta name="planmeter-data-origins">. */
  dataUrl?: string;
  /** Where the figures come from. */
  source?: Source;
  /** The figures are illustrative, not official statistics: a 示例数据 badge on the widget,
   * its tiles and its downloads. */
  illustrative?: boolean;
  chart?: 'auto' | 'trend' | 'progress' | 'table' | 'dashboard';
  /** zh-CN (default: the page's <html lang>) or en. */
  lang?: string;
  theme?: 'light' | 'dark' | 'auto';
  /** 长者模式. The page can switch it for every widget with <html class="elder">. */
  elder?: boolean;
  /** The chart's height in CSS pixels (160–1200); by default it follows the width. */
  height?: number;
  /** YYYY-MM-DD; the reader's today when absent. */
  asOf?: string;
  /** Plans of one's own, in the catalog's schema. */
  plans?: unknown[];
}

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

/** Mounts a widget on any element but <plan-meter> (which mounts itself). */
export function mount(element: Element, config: Config | string): Handle;

declare global {
  interface HTMLElementEventMap {
    'planmeter:ready': CustomEvent<{ status: Status | 'dashboard'; indicator?: string; plan?: string }>;
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
