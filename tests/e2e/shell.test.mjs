import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveDist, watchErrors } from './browser.mjs';
import { axeViolations } from './walkthrough.mjs';

/** The start page's texts, from the static shell or from the app. */
function startTexts(page, scope) {
  return page.locator(scope).evaluate((root) => {
    const texts = (selector) => [...root.querySelectorAll(selector)].map((el) => el.innerText.trim());
    return { h1: texts('h1'), lead: texts('.lead'), walk: texts('.walk-list li'), does: texts('.does li'), note: texts('.note'), headings: texts('h2') };
  });
}

/** Holds back every wasm request of `page` (in place of an earlier hold) until the returned function is
 * called; from then on they pass. */
async function holdWasm(page) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.unroute('**/*.wasm');
  await page.route('**/*.wasm', async (route) => { await held; await route.continue(); });
  return release;
}

/** Opens the page with the wasm held back: the static start page in `lang` must be readable, and then
 * the app must take its place saying exactly the same. */
async function shellThenApp(page, url, lang) {
  const release = await holdWasm(page);

  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const shell = page.locator(`[data-shell] > [lang="${lang}"]`);
  await shell.locator('h1').waitFor();
  assert.equal(await page.locator('[data-shell]').getAttribute('aria-busy'), 'true');
  assert.equal(await page.locator('[data-shell] h1:visible').count(), 1, 'one language on screen');
  assert.equal(await page.locator('html').getAttribute('lang'), lang);
  assert.equal(await shell.locator('.walk-list li').count(), 7, 'the seven steps of the guide');
  assert.equal(await page.getByTestId('start-button').count(), 0);
  const fromShell = await startTexts(page, `[data-shell] > [lang="${lang}"] main`);
  assert.deepEqual(await axeViolations(page, `static start page ${lang}`), []);

  release();
  await page.getByTestId('start-button').waitFor();
  assert.equal(await page.locator('[data-shell]').count(), 0, 'the app took the shell\'s place');
  assert.equal(await page.locator('h1').count(), 1);
  assert.equal(await page.getByTestId('start-button').isEnabled(), true);
  assert.deepEqual(fromShell, await startTexts(page, 'main'), `the shell shows the app's own start page texts (${lang})`);
}

test('while the wasm downloads the start page is already readable, in the buyer\'s last language; the app then takes its place', async () => {
  const { server, url } = await serveDist();
  const browser = await launch();
  try {
    // Without the service worker, whose own fetch of the wasm the test could not hold back.
    const context = await browser.newContext({ viewport: { width: 375, height: 667 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await shellThenApp(page, url, 'zh-CN');
    await page.getByTestId('lang-switch').click();
    await page.getByText('Start a case').waitFor();
    await shellThenApp(page, url, 'en');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    server.close();
  }
});

test('a tap on the static start button while the wasm loads is kept and opens a case; a link to a case says "opening"', async () => {
  const { server, url } = await serveDist();
  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: { width: 375, height: 667 }, serviceWorkers: 'block' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const release = await holdWasm(page);
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const button = page.locator('[data-shell] > [lang="zh-CN"] [data-start]');
    await button.click();
    assert.equal(await button.innerText(), '正在打开……', 'the tap is acknowledged');
    assert.equal(await button.getAttribute('aria-disabled'), 'true');
    release();
    await page.getByTestId('screen-policy').locator('h1').waitFor();
    assert.match(page.url(), /#\/case\/[^/]+\/policy$/, 'the tap opened a new case at its first step');

    // Reloaded at that case with the wasm held back: not the start page, but a note that it is opening.
    const releaseAgain = await holdWasm(page);
    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.locator('[data-shell] > [lang="zh-CN"] .shell-opening').waitFor();
    assert.equal(await page.locator('[data-shell] > [lang="zh-CN"] .start').isVisible(), false, 'the start page is not shown');
    releaseAgain();
    await page.getByTestId('screen-policy').locator('h1').waitFor();
    assert.equal(await page.locator('html').getAttribute('data-opening'), null);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    server.close();
  }
});
