// Renders a Markdown page of docs/ into a standalone HTML page for www/ (the method page
// every widget links to), with no scripts and no inline styles.
//
//   node scripts/render-doc.mjs docs/methodology.md www/methodology.html

import { readFile, writeFile } from 'node:fs/promises';
import { marked } from 'marked';

const [source, target] = process.argv.slice(2);
const markdown = await readFile(source, 'utf8');
const title = markdown.match(/^# (.+)$/m)?.[1] ?? 'planmeter';
const escape = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const page = `<!doctype html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${escape(title)} — planmeter</title>
  <link rel="icon" href="favicon.svg">
  <link rel="stylesheet" href="doc.css">
</head>
<body>
<!-- Generated from ${source} by scripts/render-doc.mjs; edit the Markdown, not this file. -->
<main>
${marked.parse(markdown)}
</main>
</body>
</html>
`;
await writeFile(target, page);
