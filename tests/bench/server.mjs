// dist/ served the way README's "Hosting" asks a static host to serve it: gzip (-9) when the browser accepts
// it and it makes the file smaller (not for PNGs), the cache policy below; and a log of every response, so
// the size figure counts what the page actually loads, service-worker precaching included.
import { execFileSync } from 'node:child_process';
import { serveDist } from '../e2e/browser.mjs';

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

export async function serveLikeProduction(dir) {
  const { server, url } = await serveDist(dir);
  const [handler] = server.listeners('request');
  server.removeAllListeners('request');
  const log = [];
  const gzipped = new Map();
  const policy = { expired: false };
  server.on('request', (req, res) => {
    const path = decodeURIComponent(new URL(req.url, url).pathname);
    const acceptsGzip = /\bgzip\b/.test(req.headers['accept-encoding'] || '');
    let status = 200;
    let headers = {};
    const writeHead = res.writeHead.bind(res);
    const end = res.end.bind(res);
    res.writeHead = (code, head = {}) => { status = code; headers = head; return res; };
    res.end = (body = Buffer.alloc(0)) => {
      const raw = Buffer.isBuffer(body) ? body : Buffer.from(body);
      const key = `${path}\0${raw.length}`;
      // GNU gzip, as .ci/size-report measures: its -9 output is about 1% smaller than node's zlib at level 9.
      if (!gzipped.has(key)) gzipped.set(key, execFileSync('gzip', ['-9', '-n', '-c'], { input: raw, maxBuffer: 1 << 28 }));
      const gz = gzipped.get(key);
      const compress = acceptsGzip && gz.length < raw.length;
      const sent = compress ? gz : raw;
      log.push({ path, status, type: headers['content-type'] || '', raw: raw.length, gzip: Math.min(gz.length, raw.length) });
      writeHead(status, {
        ...headers,
        'cache-control': cachePolicy(path, policy),
        'content-length': sent.length,
        vary: 'accept-encoding',
        ...(compress ? { 'content-encoding': 'gzip' } : {}),
      });
      return end(sent);
    };
    handler(req, res);
  });
  /** `expired`: serve index.html and the other unhashed files as if their max-age had run out. */
  const setExpired = (expired) => { policy.expired = expired; };
  return { server, url, log, setExpired };
}
