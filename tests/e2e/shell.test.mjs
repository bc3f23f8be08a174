import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveDist, watchErrors } from './browser.mjs';

/** The start page's texts, from the static shell or from the app. */
function startTexts(page, scope) {
  return page.locator(scope).evaluate((root) => {
    const texts = (selector) => [...root.querySelectorAll(selector)].map((el) => el.innerText.trim());
    return { h1: texts('h1'), lead: texts('.lead'), walk: texts('.walk-list li'), does: texts('.does li'), note: texts('.note'), headings: texts('h2') };
  });
}

test('while the wasm downloads the start page is already readable; the app then takes its place', async () => {
  const { server, url } = await serveDist();
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 375, height: 667 } });
    const errors = watchErrors(page);
    let release;
    const wasmHeld = new Promise((resolve) => { release = resolve; });
    await page.route('**/*.wasm', async (route) => { await wasmHeld; await route.continue(); });

    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const shell = page.locator('[data-shell]');
    await shell.locator('h1').waitFor();
    assert.equal(await shell.getAttribute('aria-busy'), 'true');
    assert.equal(await shell.locator('.walk-list li').count(), 7, 'the seven steps of the guide');
    assert.equal(await shell.getByRole('button').isDisabled(), true, 'only the app can open a case');
    assert.equal(await page.getByTestId('start-button').count(), 0);
    const fromShell = await startTexts(page, '[data-shell] main');

    release();
    await page.getByTestId('start-button').waitFor();
    assert.equal(await shell.count(), 0, 'the app took the shell\'s place');
    assert.equal(await page.locator('h1').count(), 1);
    assert.equal(await page.getByTestId('start-button').isEnabled(), true);
    assert.deepEqual(fromShell, await startTexts(page, 'main'), 'the shell shows the app\'s own start page texts');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    server.close();
  }
});
