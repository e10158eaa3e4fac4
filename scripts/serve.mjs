// A small static file server for the demo and the browser tests: serves the repository
// on 127.0.0.1 with the right MIME types (application/wasm for .wasm). No dependencies.
// Files are sent as they are on disk unless `gzip` is asked for (the benchmark's slow
// network profile, where a real server would compress).
//
//   node scripts/serve.mjs [port]        serve until stopped; prints the demo URL
//   import { serve } from './serve.mjs'  start one on a free port from a test

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
};

// What `gzip: true` compresses, and the compressed bytes by file (kept while its mtime is).
const COMPRESSIBLE = new Set(['.js', '.mjs', '.json', '.wasm', '.html', '.css', '.csv', '.svg']);
const compressed = new Map();
function gzipped(path, mtimeMs, body) {
  const known = compressed.get(path);
  if (known?.mtimeMs === mtimeMs) return known.bytes;
  const bytes = gzipSync(body, { level: 9 });
  compressed.set(path, { mtimeMs, bytes });
  return bytes;
}

/** Starts a server on 127.0.0.1:`port` (0 = any free port); resolves to { server, url }.
 * `headers` are added to every response; `types` overrides MIME types by extension;
 * `delayMs` holds every response back (for timeout tests); `routes` answers chosen
 * paths with a handler `(request, response, url)` instead of a file (fault tests);
 * `gzip` sends compressible files (js, mjs, json, wasm, html, css, csv, svg) gzip -9
 * compressed with Content-Encoding: gzip to a request that accepts it. `inject` is HTML
 * put first in every page's <head> (the engine tests' console: tests/engines/console.js). */
export function serve({ port = 0, root = ROOT, headers = {}, types = {}, delayMs = 0, routes = {}, gzip = false, inject = '' } = {}) {
  const server = createServer(async (request, response) => {
    if (delayMs) await new Promise((done) => setTimeout(done, delayMs));
    const { pathname } = new URL(request.url, 'http://localhost');
    if (Object.hasOwn(routes, pathname)) {
      routes[pathname](request, response, `http://${request.headers.host}`);
      return;
    }
    if (pathname === '/') {
      response.writeHead(302, { location: '/www/' });
      response.end();
      return;
    }
    let path = normalize(join(root, decodeURIComponent(pathname)));
    if (path !== root && !path.startsWith(root + sep)) {
      response.writeHead(403).end('forbidden');
      return;
    }
    try {
      let info = await stat(path);
      if (info.isDirectory()) {
        path = join(path, 'index.html');
        info = await stat(path);
      }
      let body = await readFile(path);
      if (inject && extname(path) === '.html') body = Buffer.from(String(body).replace(/<head\b[^>]*>/i, (head) => head + inject));
      const encoding = {};
      if (gzip) {
        encoding.vary = 'accept-encoding';
        if (COMPRESSIBLE.has(extname(path)) && /\bgzip\b/i.test(request.headers['accept-encoding'] ?? '')) {
          body = gzipped(path, info.mtimeMs, body);
          encoding['content-encoding'] = 'gzip';
        }
      }
      response.writeHead(200, {
        'content-type': types[extname(path)] ?? TYPES[extname(path)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...encoding,
        ...headers,
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`not found: ${pathname}`);
    }
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      done({ server, url: `http://127.0.0.1:${actual}` });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? 8000);
  try {
    const { url } = await serve({ port });
    console.log(`planmeter demo: ${url}/www/index.html  (Ctrl-C to stop)`);
  } catch (error) {
    console.error(error.code === 'EADDRINUSE' ? `port ${port} is in use: try \`make demo PORT=${port + 1}\`` : error.message);
    process.exit(1);
  }
}
