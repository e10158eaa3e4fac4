// Prints the Subresource Integrity hash (sha384) of each file given, for
// <script integrity="…" crossorigin> and for checking a copy on a web server.
//
//   node scripts/sri.mjs dist/planmeter.js dist/pkg/planmeter.js dist/pkg/planmeter_bg.wasm

import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

// --bare prints the hash alone (for `make dist` to write into the bundle).
const bare = process.argv[2] === '--bare';
for (const file of process.argv.slice(bare ? 3 : 2)) {
  const digest = createHash('sha384').update(await readFile(file)).digest('base64');
  console.log(bare ? `sha384-${digest}` : `${file.padEnd(32)} sha384-${digest}`);
}
