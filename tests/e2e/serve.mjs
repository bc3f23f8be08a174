// A small static server for dist/ on loopback: the right MIME types (application/wasm for streaming
// compile), SPA fallback to index.html, and no caching headers that would hide a new build. Whatever a
// client sends, it answers (a 4xx for a path it cannot serve) and keeps serving everyone else.
// Usage: node serve.mjs DIR PORT   (also imported by the tests: startServer(dir, port))
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.ics': 'text/calendar; charset=utf-8',
  '.toml': 'text/plain; charset=utf-8',
};

/** The decoded path of a request target (`/a%20b?x` -> `/a b`), or null when it is not one a file can
 * have: not starting with `/` (`*`, `http://…`), badly encoded, or holding a NUL. */
export function requestPath(target) {
  const path = String(target).split(/[?#]/, 1)[0];
  if (!path.startsWith('/')) return null;
  try {
    const decoded = decodeURIComponent(path);
    return decoded.includes('\0') ? null : decoded;
  } catch {
    return null;
  }
}

/** The file under `root` that `path` names, or null when it would leave `root` (`/../x`, `/..%2fx`). */
function fileUnder(root, path) {
  const file = normalize(join(root, path));
  return file === root || file.startsWith(root + sep) ? file : null;
}

export function startServer(dir, port = 0, { headers = {} } = {}) {
  const root = resolve(dir);
  const answer = async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain' }).end('method not allowed');
      return;
    }
    const path = requestPath(req.url);
    if (path === null) { res.writeHead(400, { 'content-type': 'text/plain' }).end('bad path'); return; }
    let file = fileUnder(root, path);
    if (file === null) { res.writeHead(403, { 'content-type': 'text/plain' }).end('forbidden'); return; }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    } catch {
      if (extname(file) === '' || extname(file) === '.html') file = join(root, 'index.html');
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream', 'cache-control': 'no-cache', ...headers });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  };
  const server = createServer((req, res) => {
    answer(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end();
    });
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir = '../../dist', port = '8080'] = process.argv.slice(2);
  const server = await startServer(dir, Number(port));
  console.log(`Shouhou is served at http://127.0.0.1:${server.address().port}/ (Ctrl-C stops it)`);
}
