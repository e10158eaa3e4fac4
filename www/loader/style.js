// The widget's styles: one constructed stylesheet shared by every shadow root (no style
// element, no style attribute: strict CSP). A string in a module, not a .css file, so the
// unbundled demo works in every engine.

const STYLE = `
:host { all: initial; display: block; contain: content; }
:host([hidden]) { display: none; }
.pm { font-family: system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif;
  font-size: 15px; line-height: 1.5; color: #1a202c; background: #fff; padding: 12px 14px; border: 1px solid #d5dae1; border-radius: 6px;
  box-sizing: border-box; max-width: 100%; position: relative; }
.pm *, .pm *::before, .pm *::after { box-sizing: border-box; }
.pm.dark { color: #eceff4; background: #181c24; border-color: #3a404c; }
.pm.elder { font-size: 19px; color: #000; }
.pm.elder.dark { color: #fff; }
.title, .plan-title { margin: 0 0 6px; font-size: 1.15em; font-weight: 700; }
/* Texts from configs and plans: a bidi override inside one stays inside it. */
.title, .plan-title, .explanation, .figure, dd, td, th, caption, .tooltip, .tile, .error, .name, .goal, .now, .start, .end { unicode-bidi: isolate; }
.headline { display: flex; flex-wrap: wrap; align-items: center; gap: 6px 14px; margin: 0 0 6px; }
.badge { display: inline-flex; align-items: center; gap: 0.3em; padding: 0 0.5em; border-radius: 3px; font-weight: 700; border: 2px solid currentColor; }
.figure { display: inline-flex; align-items: baseline; gap: 0.4em; }
.figure .value { font-size: 26px; font-weight: 700; line-height: 1.2; white-space: nowrap; }
.pm.elder .figure .value { font-size: 34px; }
.figure .label { color: #4a5261; }
.pm.dark .figure .label { color: #c5ccd6; }
.status { margin: 0 0 8px; }
.progress { margin: 4px 0 10px; }
.meter { position: relative; height: 18px; border-radius: 9px; background: #e2e6ec; overflow: visible; }
.pm.dark .meter { background: #3a404c; }
.pm.elder .meter { height: 28px; border-radius: 14px; }
.fill { height: 100%; border-radius: inherit; background: #0072b2; }
.pm.dark .fill { background: #56b4e9; }
.expected-mark { position: absolute; top: -5px; bottom: -5px; width: 0; border-left: 3px dashed #1a202c; }
.pm.dark .expected-mark { border-color: #eceff4; }
.ends { display: flex; justify-content: space-between; gap: 8px; font-size: 0.85em; color: #4a5261; margin-top: 4px; }
.pm.dark .ends { color: #c5ccd6; }
.progress .now { margin: 2px 0 0; font-weight: 700; }
.pm[data-status="achieved"] .badge, .pm[data-status="on-track"] .badge { color: #006b3c; }
.pm[data-status="needs-acceleration"] .badge { color: #8a5300; }
.pm[data-status="limited-progress"] .badge, .pm[data-status="deterioration"] .badge, .pm[data-status="not-achieved"] .badge { color: #b3261e; }
.pm[data-status="no-data"] .badge { color: #4a5261; }
.pm.dark[data-status="achieved"] .badge, .pm.dark[data-status="on-track"] .badge { color: #6fdc9c; }
.pm.dark[data-status="needs-acceleration"] .badge { color: #f5c065; }
.pm.dark[data-status="limited-progress"] .badge, .pm.dark[data-status="deterioration"] .badge, .pm.dark[data-status="not-achieved"] .badge { color: #ff9a8f; }
.pm.dark[data-status="no-data"] .badge { color: #c5ccd6; }
a { color: #0b5cad; }
.pm.dark a { color: #8cc4ff; }
.method { margin-left: 0.5em; font-size: 0.9em; white-space: nowrap; }
.toolbar { display: flex; flex-wrap: wrap; gap: 6px; margin: 0 0 8px; }
button { font: inherit; font-size: 0.85em; min-height: 36px; min-width: 44px; padding: 4px 12px; border-radius: 4px; cursor: pointer;
  border: 1px solid #8a93a3; background: #fff; color: #1a202c; }
.pm.dark button { background: #232936; color: #eceff4; border-color: #6b7485; }
button[aria-pressed="true"] { background: #1a202c; color: #fff; border-color: #1a202c; }
.pm.dark button[aria-pressed="true"] { background: #eceff4; color: #181c24; }
.pm.elder button { min-height: 60px; min-width: 60px; font-size: 1em; }
button:focus-visible, .plot:focus-visible, a:focus-visible, summary:focus-visible { outline: 3px solid #0b5cad; outline-offset: 2px; }
.plot { position: relative; width: 100%; touch-action: pan-y; }
canvas { display: block; width: 100%; height: 300px; }
.marker, .dot, .tooltip { left: 0; top: 0; }
.marker { position: absolute; width: 0; border-left: 2px dashed #4a5261; pointer-events: none; }
.dot { position: absolute; width: 14px; height: 14px; margin: -7px 0 0 -7px; border-radius: 50%; border: 3px solid #1a202c; background: #fff; pointer-events: none; }
.pm.dark .dot { border-color: #fff; background: #181c24; }
.tooltip { position: absolute; max-width: min(320px, 90%); padding: 6px 10px; border-radius: 4px; background: #1a202c; color: #fff; font-size: 0.9em;
  pointer-events: none; box-shadow: 0 2px 8px rgba(0,0,0,0.25); transition: opacity 0.12s; contain: layout style; }
.pm.dark .tooltip { background: #eceff4; color: #181c24; }
.pm.elder .tooltip { font-size: 1em; }
.table-wrap { overflow-x: auto; margin: 4px 0 8px; }
table { border-collapse: collapse; font-size: 0.9em; min-width: 100%; }
caption { text-align: left; font-weight: 700; margin-bottom: 4px; }
th, td { border: 1px solid #c8ced8; padding: 4px 8px; text-align: right; white-space: nowrap; }
th[scope="row"], thead th { text-align: left; }
thead th { background: #f1f3f6; }
.pm.dark th, .pm.dark td { border-color: #4a5261; }
.pm.dark thead th { background: #232936; }
.source { margin: 8px 0 0; font-size: 0.9em; color: #4a5261; }
.pm.dark .source { color: #c5ccd6; }
.source summary { cursor: pointer; }
.pm.elder .source summary { min-height: 60px; display: flex; align-items: center; }
.source dl { margin: 6px 0 0; display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; }
.source dt { font-weight: 700; }
.source dd { margin: 0; overflow-wrap: anywhere; }
.counts { list-style: none; padding: 0; margin: 4px 0 8px; display: flex; flex-wrap: wrap; gap: 6px 14px; }
.counts li { white-space: nowrap; }
.filters { display: flex; flex-wrap: wrap; gap: 8px 16px; margin: 0 0 6px; }
.filters label { display: flex; flex-direction: column; font-size: 0.85em; gap: 2px; }
select { font: inherit; min-height: 36px; padding: 2px 6px; max-width: 100%; }
.pm.elder select { min-height: 60px; }
.pm.dark select { background: #232936; color: #eceff4; border: 1px solid #6b7485; }
.shown { margin: 0 0 8px; font-size: 0.85em; color: #4a5261; }
.pm.dark .shown { color: #c5ccd6; }
.tiles { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(220px, 100%), 1fr)); gap: 8px; }
.pm.elder .tiles { grid-template-columns: repeat(auto-fill, minmax(min(300px, 100%), 1fr)); }
button.tile { display: flex; flex-direction: column; align-items: flex-start; gap: 4px; text-align: left; padding: 10px 12px; min-height: 96px; font-size: 0.9em; }
.tile .name { font-weight: 700; }
.tile .figure-small { font-size: 1.15em; font-weight: 700; }
.tile .goal { color: #4a5261; font-size: 0.9em; }
.pm.dark .tile .goal { color: #c5ccd6; }
.tile[data-status="achieved"] .badge, .tile[data-status="on-track"] .badge, .counts [data-status="achieved"], .counts [data-status="on-track"] { color: #006b3c; }
.tile[data-status="needs-acceleration"] .badge, .counts [data-status="needs-acceleration"] { color: #8a5300; }
.tile[data-status="limited-progress"] .badge, .tile[data-status="deterioration"] .badge, .tile[data-status="not-achieved"] .badge,
.counts [data-status="limited-progress"], .counts [data-status="deterioration"], .counts [data-status="not-achieved"] { color: #b3261e; }
.tile[data-status="no-data"] .badge, .counts [data-status="no-data"] { color: #4a5261; }
.pm.dark .tile[data-status="achieved"] .badge, .pm.dark .tile[data-status="on-track"] .badge, .pm.dark .counts [data-status="achieved"], .pm.dark .counts [data-status="on-track"] { color: #6fdc9c; }
.pm.dark .tile[data-status="needs-acceleration"] .badge, .pm.dark .counts [data-status="needs-acceleration"] { color: #f5c065; }
.pm.dark .tile[data-status="limited-progress"] .badge, .pm.dark .tile[data-status="deterioration"] .badge, .pm.dark .tile[data-status="not-achieved"] .badge,
.pm.dark .counts [data-status="limited-progress"], .pm.dark .counts [data-status="deterioration"], .pm.dark .counts [data-status="not-achieved"] { color: #ff9a8f; }
.pm.dark .tile[data-status="no-data"] .badge, .pm.dark .counts [data-status="no-data"] { color: #c5ccd6; }
button.back { margin: 0 0 8px; }
.retry { margin-top: 6px; }
.error { margin: 0; padding: 8px 10px; border-left: 4px solid #b3261e; background: #fdecea; color: #5f1410; overflow-wrap: anywhere; }
.error-line { margin: 0; font-weight: 700; }
.tech { margin: 4px 0 0; font-size: 0.85em; }
.tech summary { cursor: pointer; }
.tech-message { margin: 4px 0 0; white-space: pre-wrap; font-family: ui-monospace, monospace; }
.pm.elder .tech { font-size: 1em; }
.fallback { display: block; }
.demo-badge { display: inline-block; padding: 0 0.45em; border: 2px solid #c84600; color: #a33a00; font-weight: 700; border-radius: 3px; }
.pm.dark .demo-badge { border-color: #f0963c; color: #f5b06b; }
.data-source, .flag-note { margin: 4px 0 0; font-size: 0.9em; color: #4a5261; overflow-wrap: anywhere; }
.pm.dark .data-source, .pm.dark .flag-note { color: #c5ccd6; }
.data-source .missing { font-style: italic; }
.link-box { display: flex; flex-wrap: wrap; gap: 4px 8px; align-items: center; margin: 0 0 8px; font-size: 0.85em; }
.link-box input { font: inherit; min-width: 0; flex: 1 1 16em; }
.nb { white-space: nowrap; }
.tile-cell { position: relative; display: flex; flex-direction: column; }
.tile-cell button.tile { flex: 1; padding-bottom: 40px; }
button.tile-link { position: absolute; right: 6px; bottom: 6px; min-height: 30px; font-size: 0.8em; padding: 2px 8px; }
.pm.elder button.tile-link { min-height: 60px; font-size: 1em; }
.pm.elder .tile-cell button.tile { padding-bottom: 72px; }
.tile .demo-badge { font-size: 0.85em; }
/* 长者模式: no text under 18 px. */
.pm.elder .method, .pm.elder .ends, .pm.elder .source, .pm.elder table, .pm.elder .data-source, .pm.elder .flag-note, .pm.elder .filters label,
.pm.elder .shown, .pm.elder button.tile, .pm.elder .tile .goal, .pm.elder .tile .demo-badge, .pm.elder .link-box, .pm.elder .counts { font-size: 1em; }
.loading { margin: 0; color: #4a5261; }
.sr-only { position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
[hidden] { display: none !important; }
@media (prefers-reduced-motion: reduce) { .tooltip { transition: none; } }
@media print {
  .pm { border: none; padding: 0; }
  .toolbar, .tooltip, .marker, .dot, .method, .tile-link, .link-box { display: none !important; }
  .source[open] dl, .source dl { display: grid; }
}
`;

let sheet = null;
export function styleSheet() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLE);
  }
  return sheet;
}
