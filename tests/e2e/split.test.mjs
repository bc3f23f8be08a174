// Issue 19: the release build is split. The start page needs only the first module; the step screens come
// from chunks (fetched when a screen opens, or ahead of time for the likely next one); the service worker
// precaches every chunk; a chunk that cannot load shows a message and a retry, never a dead page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST, launchPersistent, serveDist, sharedBrowser, watchErrors } from './browser.mjs';
import { controlledBy, goOffline } from './pwa.mjs';
import { USABLE_PROBE, waitUsable } from '../bench/usable.mjs';

const app = sharedBrowser();
const isChunk = (file) => /^(split|chunk)_.+-[0-9a-f]{16}\.wasm$/.test(file);
const isMainModule = (file) => /^shouhou-[0-9a-f]{16}_bg\.wasm$/.test(file);

async function builtChunks() {
  return (await readdir(DIST)).filter(isChunk).sort();
}

test('the release build is split: one main module; the policy screen, the other screens, the data panel and English in chunks', async () => {
  const files = await readdir(DIST);
  assert.equal(files.filter(isMainModule).length, 1, 'one main module');
  const chunks = await builtChunks();
  for (const split of ['policy', 'case_screens', 'data_tools', 'english']) {
    assert.ok(chunks.some((file) => file.startsWith(`split_${split}-`)), `a chunk for ${split}`);
  }
  assert.ok(chunks.length < 16, `a handful of chunks, not a request for every few KB (${chunks.length})`);
  const main = (await readFile(join(DIST, files.find(isMainModule)))).length;
  const chunked = await Promise.all(chunks.map(async (file) => (await readFile(join(DIST, file))).length));
  assert.ok(chunked.reduce((a, b) => a + b, 0) > main / 4, 'the chunks hold a real part of the app, not stubs');
});

test('a fresh visit fetches only the first module before the start page is usable, then the likely next screen', async () => {
  const context = await app.browser.newContext({ viewport: { width: 375, height: 667 }, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.addInitScript(USABLE_PROBE);
    await page.goto(app.url);
    const usable = await waitUsable(page);
    // Requests the page started before the frame in which the start button became usable.
    const before = await page.evaluate((ms) => performance.getEntriesByType('resource')
      .filter((entry) => entry.startTime <= ms).map((entry) => new URL(entry.name).pathname.replace(/^\//, '')), usable.ms);
    assert.deepEqual(before.filter((file) => file.endsWith('.wasm')).map((file) => isMainModule(file)), [true],
      `only the main module before the start page is usable; fetched: ${before.join(', ')}`);
    // The start page is up: the new case's first screen is fetched in the background.
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => /split_policy-/.test(entry.name)));
    await page.getByTestId('start-button').click();
    await page.getByTestId('screen-policy').locator('h1').waitFor();
    // The second language is a chunk too: not fetched for a Chinese screen, fetched at the switch.
    const english = () => page.evaluate(() => performance.getEntriesByType('resource').filter((entry) => /split_english-/.test(entry.name)).length);
    assert.equal(await english(), 0, 'no English strings for a Chinese screen');
    await page.getByTestId('lang-switch').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="nav-policy"]')?.innerText.includes('Policy'));
    assert.equal(await english(), 1, 'the English strings came with the switch');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('the service worker precaches every chunk: offline, every screen of a case opens', async () => {
  const chunks = await builtChunks();
  const worker = await readFile(join(DIST, 'sw.js'), 'utf8');
  for (const chunk of chunks) assert.ok(worker.includes(`"${chunk}"`), `sw.js precaches ${chunk}`);
  const { server, url } = await serveDist();
  const context = await launchPersistent({ viewport: { width: 375, height: 667 } });
  try {
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(url);
    await controlledBy(page);
    const cached = await page.evaluate(async () => {
      const keys = await (await caches.open((await caches.keys()).find((name) => name.startsWith('shouhou-')))).keys();
      return keys.map((request) => new URL(request.url).pathname.replace(/^\//, ''));
    });
    for (const chunk of chunks) assert.ok(cached.includes(chunk), `${chunk} is in the service worker's cache`);
    await goOffline(context, server);
    await page.reload();
    await page.getByTestId('start-button').click();
    await page.getByTestId('screen-policy').locator('h1').waitFor();
    const id = await page.evaluate(() => location.hash.split('/')[2]);
    for (const step of ['evidence', 'channel', 'ticket', 'progress', 'dispute', 'cancel', 'close', 'file', 'print']) {
      await page.evaluate((hash) => { location.hash = hash; }, `#/case/${id}/${step}`);
      await page.getByTestId(`screen-${step}`).locator('h1').first().waitFor();
      assert.equal(await page.getByTestId('chunk-failed').count(), 0, `the ${step} screen opens offline`);
    }
    await page.evaluate((hash) => { location.hash = hash; }, `#/case/${id}`);
    await page.getByTestId('screen-overview').locator('h1').waitFor();
    await page.getByTestId('nav-cases').click();
    await page.getByTestId('case-card').first().waitFor();
    await page.getByTestId('data-panel').waitFor();
    // English, offline too; and a reload offline starts in English.
    await page.getByTestId('lang-switch').click();
    await page.getByText('Data and backup').first().waitFor();
    await page.reload();
    await page.getByTestId('data-panel').waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.equal(await page.getByTestId('lang-switch').innerText(), '中文');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    server.close();
  }
});

test('a chunk that cannot load shows a message and a retry, and the retry opens the screen', async () => {
  const context = await app.browser.newContext({ viewport: { width: 375, height: 667 }, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    let reachable = false;
    // As when a host dropped an old build, or the phone went offline before the chunk was cached.
    await page.route(/split_.*\.wasm$/, (route) => (reachable ? route.continue() : route.fulfill({ status: 404, body: 'gone' })));
    await page.goto(app.url);
    await page.getByTestId('start-button').click();
    const failed = page.getByTestId('chunk-failed');
    await failed.waitFor();
    assert.match(await failed.innerText(), /没能加载/);
    assert.match(await failed.innerText(), /你填写的内容都还在/);
    assert.equal(await page.getByTestId('chunk-reload').innerText(), '刷新页面', 'a newer build on the host needs a reload');
    const retry = await page.getByTestId('chunk-retry').boundingBox();
    assert.ok(retry.height >= 44, `the retry button is a thumb's size (${retry.height} px)`);
    // The case list stays whole; only its backup panel says it could not load, and names itself.
    await page.getByTestId('nav-cases').click();
    await page.getByTestId('case-card').first().waitFor();
    assert.match(await page.getByTestId('chunk-failed').innerText(), /备份与恢复工具没能加载/);
    await page.goBack();
    await page.getByTestId('chunk-failed').waitFor();
    // The rest of the page still works. English cannot load either: the page stays in Chinese, whole.
    await page.getByTestId('lang-switch').click();
    assert.match(await page.getByTestId('lang-failed').innerText(), /英文版没能加载/);
    assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');
    assert.match(await failed.innerText(), /没能加载/);
    reachable = true;
    await page.getByTestId('chunk-retry').click();
    await page.getByTestId('screen-policy').locator('h1').waitFor();
    assert.equal(await failed.count(), 0);
    await page.getByTestId('lang-switch').click();
    await page.getByText('Step 1 of 6').waitFor();
    assert.equal(await page.getByTestId('lang-failed').count(), 0, 'the note goes once English is there');
  } finally {
    await context.close();
  }
});
