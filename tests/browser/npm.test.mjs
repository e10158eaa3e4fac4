// The npm package (issue 18), as an app team uses it: `npm install` the tarball `make
// package` wrote into a scratch app, offline; type-check the app against the package's
// types (a wrong config is a type error); bundle it with esbuild; serve the bundle with
// the package's files beside it (or elsewhere, named by `assets()`) under a strict CSP;
// and the widget renders in Chromium through `mount()`.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { start, settled, SCREENSHOTS } from './harness.mjs';
import { serve } from '../../scripts/serve.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const APP = `${ROOT}target/npm-app`;
const STRICT = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";
const tarball = () => readdirSync(ROOT).find((name) => /^planmeter-\d+\.\d+\.\d+.*\.tgz$/.test(name));

const APP_TS = `import { assets, mount, type Config, type Handle, type Status } from 'planmeter';
import schema from 'planmeter/schema';

const config: Config = {
  indicator: 'ezhou-2018-2020.value-added-growth',
  actuals: { 2018: 8.3, 2019: { value: 7.9, flag: 'preliminary' } },
  asOf: '2020-03-31',
};
if (location.search === '?elsewhere') assets('/vendor/planmeter/');
const element = document.getElementById('growth')!;
element.addEventListener('planmeter:ready', (event) => {
  const status: Status | 'dashboard' = event.detail.status;
  document.body.dataset.ready = status;
});
const handle: Handle = mount(element, config);
document.body.dataset.schema = String(schema.title ?? Object.keys(schema).length);
(window as unknown as { handle: Handle }).handle = handle;
`;

// Each line a mistake the package's types must catch.
const WRONG_TS = `import { mount } from 'planmeter';
mount(document.body, { indicator: 8 });
mount(document.body, { indicator: 'a.b', actuals: { 2019: 'high' } });
mount('growth', { indicator: 'a.b' });
`;

const PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>app</title>
<script type="module" src="/assets/app.js"></script></head><body><h1>An app</h1><div id="growth"></div></body></html>`;

let harness;
let server;
before(async () => {
  const file = tarball();
  assert.ok(file, 'no planmeter-<version>.tgz at the repository root: run make package');
  rmSync(APP, { recursive: true, force: true });
  mkdirSync(`${APP}/src`, { recursive: true });
  writeFileSync(`${APP}/package.json`, JSON.stringify({ name: 'scratch-app', private: true, type: 'module' }, null, 2));
  writeFileSync(`${APP}/tsconfig.json`, JSON.stringify({
    compilerOptions: { target: 'es2022', module: 'esnext', moduleResolution: 'bundler', strict: true, noEmit: true, lib: ['es2022', 'dom'], resolveJsonModule: true, skipLibCheck: false },
    include: ['src/app.ts'],
  }, null, 2));
  writeFileSync(`${APP}/src/app.ts`, APP_TS);
  writeFileSync(`${APP}/src/wrong.ts`, WRONG_TS);
  // Offline, as on these machines: the tarball has no dependencies to fetch.
  execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', `${ROOT}${file}`], { cwd: APP, stdio: 'pipe' });
  // The bundle, and the package's files beside it (the README's copy step)...
  mkdirSync(`${APP}/public/assets`, { recursive: true });
  await build({ entryPoints: [`${APP}/src/app.ts`], bundle: true, format: 'esm', outfile: `${APP}/public/assets/app.js`, logLevel: 'warning', absWorkingDir: APP });
  const installed = `${APP}/node_modules/planmeter`;
  for (const name of ['pkg', 'methodology.html', 'doc.css']) cpSync(`${installed}/${name}`, `${APP}/public/assets/${name}`, { recursive: true });
  // ... or the whole package elsewhere, named by assets() (?elsewhere).
  cpSync(installed, `${APP}/public/vendor/planmeter`, { recursive: true });
  writeFileSync(`${APP}/public/index.html`, PAGE);
  harness = await start();
  server = await serve({ root: `${APP}/public`, headers: { 'content-security-policy': STRICT } });
});
after(async () => {
  await harness?.close();
  await new Promise((done) => server?.server.close(done));
});

test('the package declares its entry, types and schema, and installs offline', () => {
  const manifest = JSON.parse(readFileSync(`${APP}/node_modules/planmeter/package.json`, 'utf8'));
  const cargo = readFileSync(`${ROOT}Cargo.toml`, 'utf8').match(/^version = "([^"]+)"/m)[1];
  assert.equal(manifest.name, 'planmeter');
  assert.equal(manifest.version, cargo);
  assert.deepEqual(manifest.exports['.'], { types: './planmeter.d.ts', default: './planmeter.js' });
  assert.equal(manifest.exports['./schema'], './pkg/planmeter.schema.json');
  for (const file of ['planmeter.js', 'planmeter.d.ts', 'pkg/planmeter_bg.wasm', 'pkg/planmeter.schema.json', 'README.md', 'methodology.html', 'embed.html', 'embed-host.js']) {
    assert.ok(existsSync(`${APP}/node_modules/planmeter/${file}`), file);
  }
  assert.ok(readdirSync(`${APP}/node_modules/planmeter/pkg/plans`).some((name) => /^ezhou-2018-2020\.[0-9a-f]{10}\.json$/.test(name)));
});

test('the app type-checks against the package\'s types, and a wrong config does not', () => {
  const tsc = `${ROOT}node_modules/.bin/tsc`;
  const good = spawnSync(tsc, ['-p', APP], { encoding: 'utf8' });
  assert.equal(good.status, 0, good.stdout + good.stderr);
  writeFileSync(`${APP}/tsconfig.wrong.json`, JSON.stringify({ extends: './tsconfig.json', include: ['src/wrong.ts'] }));
  const wrong = spawnSync(tsc, ['-p', `${APP}/tsconfig.wrong.json`], { encoding: 'utf8' });
  assert.notEqual(wrong.status, 0, 'the wrong configs type-checked');
  const lines = new Set([...wrong.stdout.matchAll(/wrong\.ts\((\d+),/g)].map((match) => Number(match[1])));
  assert.deepEqual([...lines].sort(), [2, 3, 4], wrong.stdout);
});

for (const [name, search] of [['beside the bundle', ''], ['where assets() says', '?elsewhere']]) {
  test(`the bundled app renders a widget through mount(), its files ${name}, under a strict CSP`, async () => {
    const page = await harness.page({ width: 900, height: 900 });
    const requests = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    const violations = [];
    page.on('console', (message) => /Content Security Policy/.test(message.text()) && violations.push(message.text()));
    await page.goto(`${server.url}/index.html${search}`);
    await settled(page, '#growth');
    assert.equal(await page.evaluate(() => document.getElementById('growth').dataset.status), 'on-track');
    assert.equal(await page.evaluate(() => document.body.dataset.ready), 'on-track', 'the typed event listener ran');
    assert.match(await page.evaluate(() => document.getElementById('growth').shadowRoot.querySelector('canvas').getAttribute('aria-label')), /2019年7\.9%/);
    const prefix = search ? '/vendor/planmeter/' : '/assets/';
    assert.ok(requests.includes(`${prefix}pkg/planmeter_bg.wasm`), requests.join(' '));
    assert.ok(requests.some((path) => path.startsWith(`${prefix}pkg/plans/ezhou-2018-2020.`)), requests.join(' '));
    // The method link points at the page the package ships, where it is served.
    const method = await page.evaluate(() => document.getElementById('growth').shadowRoot.querySelector('a.method')?.href);
    assert.equal(new URL(method).pathname, `${prefix}methodology.html`);
    assert.equal((await page.request.get(method)).status(), 200);
    // update() and destroy() through the handle.
    await page.evaluate(() => window.handle.update({ indicator: 'ezhou-2018-2020.value-added-growth', actuals: { 2018: 8.3 }, asOf: '2020-03-31', lang: 'en' }));
    await page.waitForFunction(() => {
      const label = document.getElementById('growth').shadowRoot.querySelector('canvas')?.getAttribute('aria-label') ?? '';
      return /8\.3/.test(label) && !/7\.9/.test(label) && /[A-Za-z]{4}/.test(label);
    });
    if (!search) await page.locator('#growth').screenshot({ path: `${SCREENSHOTS}npm-app.png` });
    await page.evaluate(() => window.handle.destroy());
    assert.equal(await page.evaluate(() => document.getElementById('growth').shadowRoot.childElementCount), 0);
    assert.deepEqual(violations, []);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}
