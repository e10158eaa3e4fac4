// Prints the Subresource Integrity hash (sha384) of each file given, for
// <script integrity="…" crossorigin> and for checking a copy on a web server.
//
//   node scripts/sri.mjs dist/planmeter.js dist/pkg/planmeter.js dist/pkg/planmeter_bg.wasm

import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

// --bare prints the hash alone (for `make dist` to write into the bundle); --json prints
// {"<file name>": "sha384-…"} (dist/integrity.json, read by the configurator's snippets).
const mode = ['--bare', '--json'].includes(process.argv[2]) ? process.argv[2] : '';
const hashes = {};
for (const file of process.argv.slice(mode ? 3 : 2)) {
  const digest = `sha384-${createHash('sha384').update(await readFile(file)).digest('base64')}`;
  hashes[file.split('/').pop()] = digest;
  if (mode === '--bare') console.log(digest);
  if (!mode) console.log(`${file.padEnd(32)} ${digest}`);
}
if (mode === '--json') console.log(JSON.stringify(hashes, null, 1));
