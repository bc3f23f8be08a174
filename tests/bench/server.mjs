// dist/ served the way README's "Hosting" asks a static host to serve it: the build's brotli copy
// (<file>.br) when the browser accepts brotli, else gzip (-9) when it makes the file smaller (not for
// PNGs); the cache policy below; and a log of every response (its raw, gzip -9 and sent sizes), so the
// size figures count what the page actually loads, service-worker precaching included.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, serveDist } from '../e2e/browser.mjs';
import { requestPath } from '../e2e/serve.mjs';

// Trunk names a file <name>-<hash>.<ext>, the hash a 64-bit number in hex without leading zeros; the
// post-build hook names its loader, boot module and widget stylesheet the same way.
const HASHED = /-[0-9a-f]{12,16}(_bg)?\.[a-z0-9]+$/;
export const PAGE_MAX_AGE_S = 300;

/** README's cache policy. `expired`: the page's own max-age has run out, so it is revalidated. */
export function cachePolicy(path, { expired = false } = {}) {
  if (HASHED.test(path)) return 'public, max-age=31536000, immutable';
  if (path === '/sw.js' || expired) return 'no-cache';
  return `max-age=${PAGE_MAX_AGE_S}`;
}

/** The build's brotli copy of the file served at `path`, if there is one. */
function brotliCopy(dir, path) {
  if (!path.startsWith('/') || path.includes('..')) return null;
  const file = join(dir, path === '/' ? 'index.html' : path) + '.br';
  return existsSync(file) ? readFileSync(file) : null;
}

/** `headers`: more response headers a host sends (e.g. README's `frame-ancestors` policy). */
export async function serveLikeProduction(dir = DIST, { headers = {} } = {}) {
  const { server, url } = await serveDist(dir, { headers });
  const [handler] = server.listeners('request');
  server.removeAllListeners('request');
  const log = [];
  const gzipped = new Map();
  const brotliCopies = new Map();
  const policy = { expired: false };
  server.on('request', (req, res) => {
    // A target that names no file (the e2e server answers it 400) is logged as sent.
    const path = requestPath(req.url) ?? req.url;
    const accepts = (encoding) => new RegExp(`\\b${encoding}\\b`).test(req.headers['accept-encoding'] || '');
    let status = 200;
    let headers = {};
    const writeHead = res.writeHead.bind(res);
    const end = res.end.bind(res);
    res.writeHead = (code, head = {}) => { status = code; headers = head; return res; };
    res.end = (body = Buffer.alloc(0)) => {
      const raw = Buffer.isBuffer(body) ? body : Buffer.from(body);
      // By content, not length: a release may change a file without changing its size (sw.js's build id).
      const key = `${path}\0${createHash('sha1').update(raw).digest('hex')}`;
      // GNU gzip, as .ci/size-report measures: its -9 output is about 1% smaller than node's zlib at level 9.
      if (!gzipped.has(key)) gzipped.set(key, execFileSync('gzip', ['-9', '-n', '-c'], { input: raw, maxBuffer: 1 << 28 }));
      const gz = gzipped.get(key);
      if (!brotliCopies.has(key)) brotliCopies.set(key, brotliCopy(dir, path));
      const br = status === 200 && accepts('br') ? brotliCopies.get(key) : null;
      const encoding = br ? 'br' : accepts('gzip') && gz.length < raw.length ? 'gzip' : null;
      const sent = { br, gzip: gz }[encoding] ?? raw;
      log.push({ path, status, type: headers['content-type'] || '', raw: raw.length, gzip: Math.min(gz.length, raw.length), sent: sent.length });
      writeHead(status, {
        ...headers,
        'cache-control': cachePolicy(path, policy),
        'content-length': sent.length,
        vary: 'accept-encoding',
        ...(encoding ? { 'content-encoding': encoding } : {}),
      });
      return end(sent);
    };
    handler(req, res);
  });
  /** `expired`: serve index.html and the other unhashed files as if their max-age had run out. */
  const setExpired = (expired) => { policy.expired = expired; };
  return { server, url, log, setExpired };
}
