// The words of the widget's own controls (everything about the target comes from the
// wasm), and the small DOM helpers every part of the loader uses: text only, never markup.

// The words of the widget's own controls; everything about the target comes from Rust.
export const UI = {
  'zh-CN': {
    loading: '正在加载图表…',
    chart: '图表',
    table: '表格',
    png: '下载图片',
    csv: '下载数据',
    method: '计算方法',
    source: '来源',
    sourceAndMethod: '来源与方法',
    document: '文件',
    docNumber: '文号',
    issuer: '发布机关',
    section: '所在部分',
    measure: '所属措施',
    responsible: '责任单位',
    noResponsible: '原文未列明',
    reading: '解读说明',
    plotHelp: '交互图表：用左右方向键逐年查看数据，Home/End 跳到首末年，Esc 关闭提示。',
    views: '显示方式与下载',
    back: '← 返回全部目标',
    filterStatus: '按状态筛选',
    filterSection: '按部分筛选',
    all: '全部',
    shown: (shown, total) => `显示 ${shown} / ${total} 个目标`,
    summary: '各状态目标数',
    retry: '重试',
    unavailable: '图表暂时无法显示',
    technical: '技术信息',
    illustrative: '示例数据',
    illustrativeLong: '示例数据：图中数值仅为示意，并非官方统计',
    dataSource: '数据来源',
    copyLink: '复制链接',
    copied: '链接已复制',
    copyByHand: '请复制下面的链接：',
    colon: '：',
  },
  en: {
    loading: 'Loading the chart…',
    chart: 'Chart',
    table: 'Table',
    png: 'Download image',
    csv: 'Download data',
    method: 'How this is judged',
    source: 'Source',
    sourceAndMethod: 'Source and method',
    document: 'Document',
    docNumber: 'Document no.',
    issuer: 'Issued by',
    section: 'Section',
    measure: 'Measure',
    responsible: 'Responsible units',
    noResponsible: 'not named in the text',
    reading: 'Reading of the text',
    plotHelp: 'Interactive chart: left and right arrow keys step through the years, Home and End jump to the first and last, Esc closes the tooltip.',
    views: 'View and download',
    back: '← Back to all targets',
    filterStatus: 'Status',
    filterSection: 'Section',
    all: 'All',
    shown: (shown, total) => `Showing ${shown} of ${total} targets`,
    summary: 'Targets per status',
    retry: 'Try again',
    unavailable: 'The chart cannot be shown',
    technical: 'Technical details',
    illustrative: 'Illustrative data',
    illustrativeLong: 'Illustrative data: the figures are examples, not official statistics',
    dataSource: 'Data source',
    copyLink: 'Copy link',
    copied: 'Link copied',
    copyByHand: 'Copy this link:',
    colon: ': ',
  },
};

export const STATUS_ICONS = {
  'achieved': '✔',
  'on-track': '↗',
  'needs-acceleration': '⚠',
  'limited-progress': '⚠',
  'deterioration': '↘',
  'not-achieved': '✖',
  'no-data': '…',
};

// A number with its unit (「1000亿元」「110家」「3个百分点」「2020年」), kept on one line.
const NUMBER_WITH_UNIT = /[+\-\u2212]?\d[\d,.]*(?:\s?(?:%|个百分点|pp|万千瓦|千瓦|[亿万千百]?[元家个项件次场名人天年月座台套条所户款批位处倍吨]+))/g;

// Sets `node`'s text, each number with its unit in a no-wrap span (text only, never
// markup: the pieces go in as text nodes).
export function words(node, text) {
  node.replaceChildren();
  let at = 0;
  for (const match of text.matchAll(NUMBER_WITH_UNIT)) {
    if (match.index > at) node.append(text.slice(at, match.index));
    element('span', 'nb', node, match[0]);
    at = match.index + match[0].length;
  }
  if (at < text.length) node.append(text.slice(at));
}

export function element(tag, className, parent, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  parent?.append(node);
  return node;
}

export function today() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function pageLang() {
  return document.documentElement.lang || 'zh-CN';
}

// The words of the controls for a language tag: English for any en…, Chinese otherwise.
export function uiFor(tag) {
  return String(tag).toLowerCase().startsWith('en') ? UI.en : UI['zh-CN'];
}

// 长者模式 for the whole page: portals toggle their 长者版 with a class or attribute on
// <html>: class "elder" or "planmeter-elder", or the attribute data-elder.
export function pageElder() {
  const html = document.documentElement;
  return html.classList.contains('elder') || html.classList.contains('planmeter-elder') || html.hasAttribute('data-elder');
}

export function download(blob, name) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
