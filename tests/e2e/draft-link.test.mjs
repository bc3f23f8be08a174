// The next-action panel's draft links, on the app's own page (the embedded, in-memory navigation is
// tested in tests/web_app.rs): a link opens its step at the draft, unfolded, focused and scrolled to the
// top, and does so again when the buyer comes back and follows it a second time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedBrowser, watchErrors } from './browser.mjs';
import { CASE_ID, storeFilledCase } from './filled-case.mjs';

const app = sharedBrowser();

/** Where the focus is and where the focused draft's section sits in the viewport. */
function focusedDraft(page) {
  return page.evaluate(() => {
    const draft = document.activeElement;
    const section = draft.closest('details') ?? draft;
    return {
      testid: draft.dataset.testid ?? draft.tagName,
      unfolded: section.tagName !== 'DETAILS' || section.open,
      top: Math.round(section.getBoundingClientRect().top),
      scrolled: Math.round(window.scrollY),
    };
  });
}

for (const width of [375, 1280]) {
  test(`at ${width} px, a draft link opens its step at the draft, every time it is followed`, async () => {
    const page = await app.browser.newPage({ viewport: { width, height: 800 } });
    const errors = watchErrors(page);
    await storeFilledCase(page, app.url);
    await page.goto(`${app.url}#/case/${CASE_ID}`);
    await page.reload();
    const link = page.locator('[data-draft] a[href*="/dispute/"]').first();
    const purpose = await link.evaluate((a) => a.closest('[data-draft]').dataset.draft);
    for (const visit of ['first', 'second']) {
      await link.click();
      await page.getByTestId('screen-dispute').waitFor();
      await page.waitForFunction((testid) => document.activeElement?.dataset.testid === testid, `draft-${purpose}`);
      const where = await focusedDraft(page);
      assert.ok(where.unfolded, `${visit} visit: the draft's section is unfolded`);
      assert.ok(where.scrolled > 0 && Math.abs(where.top) <= 1, `${visit} visit: the draft's section is at the top: ${JSON.stringify(where)}`);
      await page.screenshot({ path: `screenshots/draft-link-${width}.png` });
      await page.goBack();
      await page.getByTestId('screen-overview').waitFor();
    }
    assert.deepEqual(errors, []);
  });
}
