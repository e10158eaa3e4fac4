// `make package`: the npm package for app developers, planmeter-<version>.tgz at the
// repository's root, from dist/ (built first). The loader is the package's main module,
// with its types; the wasm, the plans and the method page are files beside it, which the
// loader finds next to itself (or where `assets()` says the app serves them); the schema
// is an export of its own. The version is the crate's (Cargo.toml).
//
// node scripts/package.mjs [dist dir] [output dir]

import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const ROOT = new URL('../', import.meta.url).pathname;
const DIST = process.argv[2] ?? `${ROOT}dist`;
const OUT = process.argv[3] ?? ROOT;
const STAGE = `${ROOT}target/package/planmeter`;

const cargo = readFileSync(`${ROOT}Cargo.toml`, 'utf8');
const field = (name) => cargo.match(new RegExp(`^${name} = "([^"]*)"`, 'm'))?.[1];
const version = field('version');
if (!version) throw new Error('Cargo.toml has no version');

rmSync(STAGE, { recursive: true, force: true });
mkdirSync(STAGE, { recursive: true });
const FILES = [
  'planmeter.js',
  'planmeter.d.ts',
  'pkg',
  'methodology.html',
  'doc.css',
  'favicon.svg',
  'embed.html',
  'embed.js',
  'embed.css',
  'embed-host.js',
];
for (const file of FILES) cpSync(`${DIST}/${file}`, `${STAGE}/${file}`, { recursive: true });
cpSync(`${ROOT}docs/npm-README.md`, `${STAGE}/README.md`);

const manifest = {
  name: 'planmeter',
  version,
  description: field('description'),
  license: field('license'),
  type: 'module',
  // Importing the loader defines <plan-meter> and watches for data-planmeter hosts.
  sideEffects: true,
  main: './planmeter.js',
  types: './planmeter.d.ts',
  exports: {
    '.': { types: './planmeter.d.ts', default: './planmeter.js' },
    './schema': './pkg/planmeter.schema.json',
    './planmeter.schema.json': './pkg/planmeter.schema.json',
    './embed-host.js': './embed-host.js',
    './package.json': './package.json',
    // The files the loader fetches, for bundlers and copy steps that resolve them.
    './pkg/*': './pkg/*',
    './methodology.html': './methodology.html',
  },
  files: [...FILES, 'README.md'],
  keywords: ['plan', 'targets', 'progress', 'chart', 'webassembly', 'web-component', 'government', 'accessibility'],
};
writeFileSync(`${STAGE}/package.json`, `${JSON.stringify(manifest, null, 2)}\n`);

mkdirSync(OUT, { recursive: true });
const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', OUT], { cwd: STAGE, encoding: 'utf8' }));
const [{ filename, size, unpackedSize, entryCount }] = packed;
console.log(`${OUT === ROOT ? "" : OUT.replace(/\/?$/, "/")}${filename}: ${entryCount} files, ${size} bytes (${unpackedSize} unpacked)`);
