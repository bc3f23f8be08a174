import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { DIST, launch, watchErrors } from './browser.mjs';
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
