// A small static file server for the demo and the browser tests: serves the repository
// on 127.0.0.1 with the right MIME types (application/wasm for .wasm). No dependencies.
//
//   node scripts/serve.mjs [port]        serve until stopped; prints the demo URL
//   import { serve } from './serve.mjs'  start one on a free port from a test

import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

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

/** Starts a server on 127.0.0.1:`port` (0 = any free port); resolves to { server, url }.
 * `headers` are added to every response; `types` overrides MIME types by extension;
 * `delayMs` holds every response back (for timeout tests); `routes` answers chosen
 * paths with a handler `(request, response, url)` instead of a file (fault tests). */
export function serve({ port = 0, root = ROOT, headers = {}, types = {}, delayMs = 0, routes = {} } = {}) {
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
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      const body = await readFile(path);
      response.writeHead(200, {
        'content-type': types[extname(path)] ?? TYPES[extname(path)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
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
