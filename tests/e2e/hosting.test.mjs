import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { DIST, launch, serveDist, watchErrors } from './browser.mjs';
import { serveLikeProduction } from '../bench/server.mjs';

// Without a service worker (blocked here, as in a browser that has none), a return visit is served by the
// HTTP cache under README's hosting policy: nothing at all within index.html's max-age; after it, only
// index.html (and the tab's icon), because every module, stylesheet and the wasm the page loads has a content-hashed name.
test('a return visit without the service worker starts from the HTTP cache', async () => {
  const { server, url, log, setExpired } = await serveLikeProduction();
  const browser = await launch();
  const errors = [];
  /** A fresh profile's first visit and then its return visit: the paths each one asked the server for. */
  const twoVisits = async () => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    errors.push(watchErrors(page));
    const visit = async () => {
      const served = log.length;
      await page.goto(url);
      await page.getByTestId('start-button').waitFor();
      assert.equal(await page.getByTestId('start-button').isEnabled(), true);
      return log.slice(served).map((entry) => entry.path);
    };
    try {
      return [await visit(), await visit()];
    } finally {
      await context.close();
    }
  };
  try {
    const [first, again] = await twoVisits();
    assert.ok(first.some((path) => path.endsWith('.wasm')), `the first visit downloads the app: ${first}`);
    assert.ok(!first.includes('/embed.js'), 'the app page loads the hashed loader, not the hosts\' address');
    // Inline (post-build/page.mjs): a linked stylesheet would hold back the first paint and the wasm's request.
    assert.deepEqual(first.filter((path) => path.endsWith('.css')), [], 'the page links no stylesheet');
    assert.deepEqual(again, [], 'within max-age nothing reaches the server');

    setExpired(true);
    const [, later] = await twoVisits();
    // The tab's icon is revalidated too, beside the start rather than before it.
    const waitedFor = later.filter((path) => !path.startsWith('/icons/'));
    assert.deepEqual(waitedFor, ['/'], 'once index.html must be revalidated, it is the only request the start waits for');
    assert.deepEqual(errors.flat(), []);
  } finally {
    await browser.close();
    server.close();
  }
});

test('the build\'s brotli copies are exact copies, one for each text and wasm file, and never precached', async () => {
  const files = (await readdir(DIST, { recursive: true })).filter((file) => !file.endsWith('.br'));
  const copies = files.filter((file) => existsSync(join(DIST, `${file}.br`)));
  for (const file of files.filter((name) => /\.(html|js|css|wasm)$/.test(name))) {
    assert.ok(copies.includes(file), `${file} has a brotli copy`);
  }
  for (const file of copies) {
    const copy = brotliDecompressSync(await readFile(join(DIST, `${file}.br`)));
    assert.ok(copy.equals(await readFile(join(DIST, file))), `${file}.br is ${file}`);
  }
  assert.doesNotMatch(await readFile(join(DIST, 'sw.js'), 'utf8'), /\.br"/);
});

/** A help centre on its own origin; `frame(appUrl, attributes)` writes its page, `<iframe {attributes} src=app>`. */
async function helpCentre() {
  const dir = await mkdtemp(join(tmpdir(), 'shouhou-help-centre-'));
  const frame = (appUrl, attributes = '') => writeFile(join(dir, 'index.html'), `<!doctype html><html lang="zh-CN"><head>
    <meta charset="utf-8"><link rel="icon" href="data:,"><title>帮助中心</title></head><body><h1>帮助中心</h1>
    <iframe ${attributes} src="${appUrl}" style="width: 800px; height: 700px"></iframe></body></html>`);
  return { ...(await serveDist(dir)), frame };
}

// README's hosting section: the app page is sent with `frame-ancestors 'self'` and the help centres that
// frame it on purpose; framed by one of them it works (in a sandboxed frame too, in memory), and any other
// site's frame is refused.
test('framed on purpose by a help centre the app works, and frame-ancestors keeps other sites out', async () => {
  const [plain, sandboxed, stranger] = [await helpCentre(), await helpCentre(), await helpCentre()];
  const origin = (site) => site.url.slice(0, -1);
  const { server, url } = await serveLikeProduction(DIST, {
    headers: {
      'content-security-policy': `frame-ancestors 'self' ${origin(plain)} ${origin(sandboxed)}`,
      // An iframe sandboxed without allow-same-origin has an opaque origin: the app's module scripts are
      // fetched with CORS.
      'access-control-allow-origin': '*',
    },
  });
  await plain.frame(url);
  await sandboxed.frame(url, 'sandbox="allow-scripts allow-forms"');
  await stranger.frame(url);
  const browser = await launch();
  try {
    for (const site of [plain, sandboxed]) {
      const page = await browser.newPage();
      const errors = watchErrors(page);
      await page.goto(site.url);
      const app = page.frameLocator('iframe');
      await app.getByTestId('start-button').click();
      await app.getByTestId('field-paid_yuan').fill('199');
      assert.equal(await app.getByTestId('field-paid_yuan').inputValue(), '199');
      if (site === sandboxed) await app.getByTestId('memory-only').waitFor();
      assert.deepEqual(errors, [], `framed ${site === sandboxed ? 'in a sandbox' : 'plainly'}: no errors`);
      await page.close();
    }
    const page = await browser.newPage();
    const refused = page.waitForEvent('console', (message) => /frame-ancestors/.test(message.text()));
    await page.goto(stranger.url);
    await refused;
    assert.equal(await page.frameLocator('iframe').getByTestId('start-button').count(), 0, 'another site cannot frame it');
    await page.close();
  } finally {
    await browser.close();
    for (const site of [plain, sandboxed, stranger]) site.server.close();
    server.close();
  }
});
