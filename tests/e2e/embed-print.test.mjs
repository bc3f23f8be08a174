// Printing the case file and the checklist: on the app's own page the page prints (its print stylesheet
// keeps just the sheet: casefile.test.mjs); embedded in a host page (the demo, with its CSP), the host's
// page must not print, but a document of the sheet alone, styled by the app's stylesheet, with no script
// and nothing fetched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedBrowser, watchErrors } from './browser.mjs';
import { cspViolations, recordCspViolations } from './pwa.mjs';
import { CASE_ID, storeFilledCase } from './filled-case.mjs';

const app = sharedBrowser();

/** Replaces printing with a record of what would be printed: the page's own print and any frame's. */
async function recordPrints(context) {
  await context.addInitScript(() => {
    window.__prints = [];
    window.print = () => window.__prints.push({ from: 'page', text: document.body.textContent });
    const { get } = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'contentWindow');
    Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', {
      configurable: true,
      get() {
        const view = get.call(this);
        if (view) {
          view.print = () => {
            const doc = view.document;
            const style = (selector, property) => {
              const element = doc.querySelector(selector);
              return element && view.getComputedStyle(element).getPropertyValue(property);
            };
            window.__prints.push({
              from: 'frame',
              text: doc.body.textContent,
              title: doc.title,
              lang: doc.querySelector('.shouhou')?.lang,
              scripts: doc.scripts.length,
              sheetFieldDisplay: style('.sheet-field', 'display'),
              actionsDisplay: style('.sheet-actions', 'display'),
              hostHeading: doc.querySelector('#top') !== null,
            });
          };
        }
        return view;
      },
    });
  });
}

const prints = (page) => page.evaluate(() => window.__prints);

test('embedded, printing gives the sheet alone, styled, and leaves the host page unprinted', async () => {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await recordCspViolations(context);
  await recordPrints(context);
  const page = await context.newPage();
  const errors = watchErrors(page);
  const hostUrl = `${app.url}embed-demo.html`;
  await storeFilledCase(page, hostUrl);
  await page.reload();
  const widget = page.locator('shouhou-assistant');
  await widget.getByTestId('nav-cases').click();
  await widget.getByTestId('open-case').click();
  const requests = [];
  for (const [step, heading] of [['file', '售后案件材料'], ['print', '售后清单']]) {
    await widget.getByTestId(`nav-${step}`).click();
    await widget.locator('article.sheet').waitFor();
    if (step === 'file') await page.screenshot({ path: 'screenshots/embed-print-1280.png' });
    page.on('request', (request) => requests.push(request.url()));
    // In print media, as the print would lay it out; the button is then hidden, so it is clicked from script.
    await page.emulateMedia({ media: 'print' });
    await widget.getByTestId('print').evaluate((button) => button.click());
    await page.emulateMedia({ media: 'screen' });
    page.removeAllListeners('request');
    const [printed, ...more] = await prints(page);
    assert.equal(more.length, 0, 'one print');
    assert.equal(printed.from, 'frame', 'the host page itself is not printed');
    assert.ok(printed.text.includes(heading) && printed.text.includes('3901234567890') && printed.text.includes('蓝牙耳机左耳无声'), printed.text);
    for (const hostText of ['帮助中心', '客服热线', '常见问题']) {
      assert.ok(!printed.text.includes(hostText), `the print holds the host's ${hostText}`);
    }
    assert.ok(printed.title.includes(heading), printed.title);
    assert.equal(printed.lang, 'zh-CN');
    assert.equal(printed.scripts, 0);
    assert.equal(printed.hostHeading, false);
    assert.equal(printed.sheetFieldDisplay, 'grid', 'the app\'s stylesheet styles the printed sheet');
    assert.equal(printed.actionsDisplay, 'none', 'the print stylesheet leaves the buttons off paper');
    assert.equal(await widget.locator('iframe').count(), 0, 'the print frame is gone after printing');
    await page.evaluate(() => { window.__prints = []; });
  }
  assert.deepEqual(requests, [], 'printing fetches nothing');
  assert.deepEqual(await cspViolations(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('on the app\'s own page, the print button prints the page (its print stylesheet keeps the sheet)', async () => {
  const context = await app.browser.newContext();
  await recordPrints(context);
  const page = await context.newPage();
  await storeFilledCase(page, app.url);
  await page.goto(`${app.url}#/case/${CASE_ID}/file`);
  await page.reload();
  await page.getByTestId('print').click();
  const [printed, ...more] = await prints(page);
  assert.equal(more.length, 0);
  assert.equal(printed.from, 'page');
  await context.close();
});
