import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launchPersistent, serveDist, watchErrors } from './browser.mjs';
import { controlledBy, cspViolations, recordCspViolations } from './pwa.mjs';
import { completeCase, walkToTheEnd } from './walkthrough.mjs';

test('a full walkthrough sends no request off the page origin and breaks no CSP rule', async () => {
  const { server, url } = await serveDist();
  const origin = new URL(url).origin;
  const context = await launchPersistent();
  try {
    await recordCspViolations(context);
    const requests = [];
    let fromServiceWorker = 0;
    context.on('request', (request) => {
      requests.push(request.url());
      if (request.serviceWorker()) fromServiceWorker += 1;
    });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(url);
    await controlledBy(page);
    await page.reload();
    await completeCase(page);
    assert.equal((await walkToTheEnd(page)).at(-1), 'screen-dispute');
    await page.goto(`${url}embed-demo.html`);
    await completeCase(page.locator('shouhou-assistant'));

    assert.ok(fromServiceWorker > 0, "the service worker's own requests are recorded too");
    assert.deepEqual(requests.filter((request) => !/^(data|blob):/.test(request) && new URL(request).origin !== origin), []);
    assert.deepEqual(await cspViolations(page), []);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    server.close();
  }
});

test('the app page runs under the strict CSP: an inline script and an outside connection are refused', async () => {
  const { server, url } = await serveDist();
  const context = await launchPersistent();
  try {
    await recordCspViolations(context);
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => window.Shouhou);
    assert.deepEqual(await cspViolations(page), [], 'the app itself starts without one violation');

    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    // One inline script is allowed, by its hash: the one that picks the start page's language.
    assert.match(policy, /script-src 'self' 'sha256-[A-Za-z0-9+/]+=*' 'wasm-unsafe-eval';/);
    assert.match(policy, /connect-src 'self';/);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.body.append(script);
    });
    const fetched = await page.evaluate(() => fetch('http://127.0.0.2:9/beacon').then(() => 'sent', (err) => err.name));
    assert.equal(await page.evaluate(() => window.inlineRan), undefined);
    assert.equal(fetched, 'TypeError');
    const violations = await cspViolations(page);
    assert.ok(violations.some((violation) => violation.startsWith('script-src')), violations.join('\n'));
    assert.ok(violations.some((violation) => violation.startsWith('connect-src')), violations.join('\n'));
  } finally {
    await context.close();
    server.close();
  }
});
