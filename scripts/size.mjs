// The size gate of `make test`: the gzip -9 total of the files a page downloads to show
// a widget, against the budget given first (bytes). Prints each file and fails above it.
//
//   node scripts/size.mjs <budget bytes> dist/planmeter.js dist/pkg/planmeter_bg.wasm

import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';

const [budgetText, ...files] = process.argv.slice(2);
const budget = Number(budgetText);
let total = 0;
for (const file of files) {
  const bytes = await readFile(file);
  const gzip = gzipSync(bytes, { level: 9 }).length;
  total += gzip;
  console.log(`${file.padEnd(30)} ${String(bytes.length).padStart(8)} bytes  ${String(gzip).padStart(7)} gzip`);
}
const kb = (bytes) => (bytes / 1024).toFixed(1);
if (!(budget > 0)) {
  console.error(`size: the budget must be a number of bytes, not ${budgetText}`);
  process.exit(2);
}
if (total > budget) {
  console.error(`size: ${kb(total)} KB gzip is over the budget of ${kb(budget)} KB (${total} > ${budget} bytes)`);
  process.exit(1);
}
console.log(`size: ${kb(total)} KB gzip, within the budget of ${kb(budget)} KB`);
