import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, serveDist, sharedBrowser, watchErrors } from './browser.mjs';
import { evaluateInPage, SAMPLE_CASE } from './pwa.mjs';
import { completeCase, walkToTheEnd } from './walkthrough.mjs';

const STYLE_PROPERTIES = [
  'display', 'position', 'box-sizing', 'font-family', 'font-size', 'font-weight', 'line-height', 'color',
  'background-color', 'letter-spacing', 'text-transform', 'text-indent', 'text-decoration-line', 'margin-top',
  'margin-left', 'padding-top', 'padding-left', 'border-top-width', 'border-top-style', 'list-style-type',
];

const app = sharedBrowser();

/** Every element of the host page: where it sits and how it is styled. Elements inside or after the
 * widget may move down as the widget takes room, so only their x, width and styles count. */
function measureHost(page) {
  return page.evaluate((properties) => {
    const widget = document.querySelector('shouhou-assistant');
    return [...document.body.querySelectorAll('*')]
      .filter((el) => el !== widget && !['SCRIPT', 'STYLE'].includes(el.tagName))
      .map((el, index) => {
        const box = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        const movable = el.contains(widget) || (widget.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
        return {
          element: `${index}:${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}`,
          x: box.x, width: box.width,
          ...(movable ? {} : { y: box.y, height: box.height }),
          style: properties.map((property) => `${property}=${style.getPropertyValue(property)}`).join('; '),
        };
      });
  }, STYLE_PROPERTIES);
}

/** Every element the widget rendered in its shadow root, with its styles. */
function measureWidget(page) {
  return page.evaluate((properties) => {
    const root = document.querySelector('shouhou-assistant').shadowRoot;
    return [...root.querySelectorAll('*')].filter((el) => el.tagName !== 'LINK').map((el) => {
      const style = getComputedStyle(el);
      return `${el.tagName.toLowerCase()}: ${properties.map((property) => `${property}=${style.getPropertyValue(property)}`).join('; ')}`;
    });
  }, STYLE_PROPERTIES);
}

async function openWidget(page, pageUrl) {
  await page.goto(pageUrl);
  await page.locator('shouhou-assistant h1, shouhou-assistant [role="alert"]').first().waitFor();
}

/** A same-origin host page with nothing but the widget (and whatever attributes a test gives it). */
async function plainHost(page, attributes, children = '') {
  const hostUrl = `${app.url}plain-host.html`;
  await page.route(hostUrl, (route) => route.fulfill({
    contentType: 'text/html; charset=utf-8',
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title></head><body>
      <shouhou-assistant ${attributes}>${children}</shouhou-assistant><script type="module" src="embed.js"></script></body></html>`,
  }));
  return hostUrl;
}

test('the widget leaves the demo host page as it was, and the host CSS does not reach into it', async () => {
  const bare = await app.browser.newPage();
  await bare.route('**/embed.js', (route) => route.abort());
  await bare.goto(`${app.url}embed-demo.html`);
  const withoutWidget = await measureHost(bare);

  const page = await app.browser.newPage();
  const errors = watchErrors(page);
  await openWidget(page, `${app.url}embed-demo.html`);
  assert.deepEqual(await measureHost(page), withoutWidget);
  const onDemoHost = await measureWidget(page);

  const width = await page.locator('shouhou-assistant').evaluate((widget) => widget.getBoundingClientRect().width);
  const plain = await app.browser.newPage();
  await openWidget(plain, await plainHost(plain,
    `lang="zh-CN" platform="jd" steps="policy,evidence,ticket" policy-src="demo/help-centre-pack.json" style="width: ${width}px"`));
  assert.ok(onDemoHost.length > 0);
  assert.deepEqual(onDemoHost, await measureWidget(plain));
  assert.deepEqual(errors, []);
  await Promise.all([bare.close(), page.close(), plain.close()]);
});

test('window.Shouhou.evaluate answers on the host page, and a bad case throws an Error naming the field', async () => {
  const page = await app.browser.newPage();
  await openWidget(page, `${app.url}embed-demo.html`);
  const fromObject = await evaluateInPage(page, SAMPLE_CASE);
  const fromString = await evaluateInPage(page, JSON.stringify(SAMPLE_CASE));
  assert.deepEqual(fromObject, fromString);
  assert.deepEqual(fromObject.decision.remedies.map((remedy) => remedy.remedy).sort(),
    ['exchange', 'refund_only', 'repair', 'return_refund']);

  assert.match((await evaluateInPage(page, { ...SAMPLE_CASE, paid_fen: -5 })).error, /paid_fen/);
  assert.match((await evaluateInPage(page, { ...SAMPLE_CASE, colour: 'red' })).error, /colour/);
  const { platform, ...withoutPlatform } = SAMPLE_CASE;
  assert.match((await evaluateInPage(page, withoutPlatform)).error, /platform/);
  assert.match((await evaluateInPage(page, '{"platform": ')).error, /\S/);
  assert.match((await evaluateInPage(page, 42)).error, /case/);
  await page.close();
});

test('embedded, the widget leaves the host URL, its links and service workers alone', async () => {
  const page = await app.browser.newPage();
  await openWidget(page, `${app.url}embed-demo.html`);
  const before = await page.evaluate(() => ({ href: location.href, history: history.length }));
  const widget = page.locator('shouhou-assistant');
  assert.deepEqual(await widget.getByTestId('start-steps').locator('li strong').allInnerTexts(),
    ['了解售后政策', '收集相关证据', '填写售后工单信息'], 'the start page lists only the steps the host chose');
  await completeCase(widget);
  assert.deepEqual(await widget.locator('.step-nav .walk .step-number').allInnerTexts(), ['1', '2', '3'],
    'the steps shown are numbered as shown, not by their place in the whole walk');
  assert.deepEqual(await walkToTheEnd(widget), ['screen-policy', 'screen-evidence', 'screen-ticket'], 'the steps the host chose');
  assert.deepEqual(await page.evaluate(() => ({ href: location.href, history: history.length })), before);

  await page.locator('nav a[href="#faq"]').click();
  assert.equal(await page.evaluate(() => location.hash), '#faq');
  assert.equal(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((list) => list.length)), 0);
  await page.close();
});

test('the element\'s attributes set the widget up, and one it cannot use is shown in it, naming the attribute', async () => {
  const page = await app.browser.newPage();
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await openWidget(page, await plainHost(page, 'platform="nowhere"'));
  assert.match(await page.locator('shouhou-assistant [role="alert"]').innerText(), /platform/);
  await openWidget(page, await plainHost(page, 'steps="policy,refund"'));
  assert.match(await page.locator('shouhou-assistant [role="alert"]').innerText(), /steps: "refund"/);

  await openWidget(page, await plainHost(page, 'policy-src="http://pack.example.invalid/pack.json"'));
  assert.match(await page.locator('shouhou-assistant [role="alert"]').innerText(), /policy-src/);
  assert.deepEqual(requests.filter((request) => !request.startsWith(app.url)), []);

  await openWidget(page, await plainHost(page, 'policy-src="demo/no-such-pack.json"'));
  assert.match(await page.locator('shouhou-assistant [role="alert"]').innerText(), /policy-src.*404/);

  const lessThanTheLaw = { pack: { id: 'stingy', layer: 'merchant' }, rule: [{ id: 'cn.cpl.25', days: 3 }] };
  await openWidget(page, await plainHost(page, 'lang="en"', `<script type="application/json">${JSON.stringify(lessThanTheLaw)}</script>`));
  assert.match(await page.locator('shouhou-assistant [role="alert"]').innerText(), /cn\.cpl\.25/);

  const moreThanTheLaw = { pack: { id: 'generous', layer: 'merchant' }, rule: [{ id: 'cn.cpl.25', days: 15 }] };
  await openWidget(page, await plainHost(page, 'lang="en"', `<script type="application/json">${JSON.stringify(moreThanTheLaw)}</script>`));
  assert.equal(await page.locator('shouhou-assistant [role="alert"]').count(), 0);
  assert.equal(await page.locator('shouhou-assistant h1').innerText(), "The buyer's after-sales assistant", 'lang="en"');

  await openWidget(page, await plainHost(page, 'platform="taobao"'));
  await page.locator('shouhou-assistant').getByTestId('start-button').click();
  assert.equal(await page.locator('shouhou-assistant').getByTestId('field-platform').inputValue(), 'taobao', 'the platform preset');
  await page.close();
});

test('a widget taken off the page unmounts, mounts again when put back, and follows a changed attribute', async () => {
  const page = await app.browser.newPage();
  const errors = watchErrors(page);
  await openWidget(page, `${app.url}embed-demo.html`);
  const shadowChildren = () => page.evaluate(() => document.querySelector('shouhou-assistant').shadowRoot.childElementCount);
  await page.evaluate(() => { window.parkedWidget = document.querySelector('shouhou-assistant'); window.parkedWidget.remove(); });
  await page.evaluate(() => document.body.append(window.parkedWidget));
  await page.locator('shouhou-assistant h1').waitFor();
  assert.ok(await shadowChildren() > 0);
  await page.evaluate(() => window.parkedWidget.setAttribute('lang', 'en'));
  await page.locator('shouhou-assistant h1', { hasText: "The buyer's after-sales assistant" }).waitFor();
  await page.evaluate(() => window.parkedWidget.remove());
  assert.equal(await page.evaluate(() => window.parkedWidget.shadowRoot.childElementCount), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

/** The cases the widget's page keeps in local storage. */
function storedCases(page) {
  return page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('shouhou.v1.case.'))
    .map((key) => JSON.parse(localStorage.getItem(key)).case));
}

test('typing just before the host removes, re-mounts or re-configures the widget is kept', async () => {
  const page = await app.browser.newPage();
  const errors = watchErrors(page);
  await openWidget(page, await plainHost(page, 'platform="jd"'));
  const widget = page.locator('shouhou-assistant');
  await widget.getByTestId('start-button').click();
  const typedThenStored = async (value, hostAction) => {
    await widget.getByTestId('field-paid_yuan').fill(value);
    // Within the 400 ms save delay: nothing is in storage yet when the host acts.
    await page.evaluate(hostAction);
    return (await storedCases(page)).map((stored) => stored.form.paid_yuan);
  };
  assert.deepEqual(await typedThenStored('12', () => { window.parked = document.querySelector('shouhou-assistant'); window.parked.remove(); }), ['12'],
    'removed');
  await page.evaluate(() => document.body.prepend(window.parked));
  await widget.getByTestId('start-button').waitFor();
  await page.evaluate(() => { localStorage.clear(); });
  await widget.getByTestId('start-button').click();
  assert.deepEqual(await typedThenStored('34', () => { const el = document.querySelector('shouhou-assistant'); el.remove(); document.body.append(el); }), ['34'],
    'removed and put back at once');
  await widget.getByTestId('start-button').waitFor();
  await page.evaluate(() => { localStorage.clear(); });
  await widget.getByTestId('start-button').click();
  assert.deepEqual(await typedThenStored('56', () => document.querySelector('shouhou-assistant').setAttribute('lang', 'en')), ['56'],
    'an attribute changed');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a language the widget does not speak is refused, naming the attribute', async () => {
  const page = await app.browser.newPage();
  await openWidget(page, await plainHost(page, 'lang="xx"'));
  assert.match(await page.locator('shouhou-assistant [role="alert"]').innerText(), /lang: "xx"/);
  await openWidget(page, await plainHost(page, 'lang="en-GB"'));
  assert.equal(await page.locator('shouhou-assistant [role="alert"]').count(), 0, 'en-GB is English');
  await page.close();
});

test('policy-src that redirects to another origin is refused, even when that origin allows CORS', async () => {
  const other = await serveDist(undefined, { headers: { 'access-control-allow-origin': '*' } });
  // The host's own server answers the pack's address with a redirect to the other origin.
  const host = await serveDist();
  const [serveFile] = host.server.listeners('request');
  host.server.removeAllListeners('request');
  host.server.on('request', (req, res) => {
    if (req.url !== '/help/moved-pack.json') return serveFile(req, res);
    res.writeHead(302, { location: `${other.url}demo/help-centre-pack.json` }).end();
  });
  // Two loopback origins stand for two hosts on the internet: Chromium's local-network check, which would
  // refuse the redirected request for its own reasons, is off.
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium', args: [...CHROMIUM_ARGS, '--disable-features=LocalNetworkAccessChecks'],
  });
  const page = await browser.newPage();
  try {
    const direct = await page.goto(`${other.url}demo/help-centre-pack.json`);
    assert.equal(direct.status(), 200);
    await page.route(`${host.url}plain-host.html`, (route) => route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title></head><body>
        <shouhou-assistant policy-src="help/moved-pack.json"></shouhou-assistant><script type="module" src="embed.js"></script></body></html>`,
    }));
    await openWidget(page, `${host.url}plain-host.html`);
    assert.match(await page.locator('shouhou-assistant [role="alert"]').innerText(), /policy-src: .*redirected to another origin/);
  } finally {
    await browser.close();
    other.server.close();
    host.server.close();
  }
});

test('at 375 px the demo host page with the widget fits the phone: no sideways scrolling on any step', async () => {
  const page = await app.browser.newPage({ viewport: { width: 375, height: 667 } });
  await openWidget(page, `${app.url}embed-demo.html`);
  const widget = page.locator('shouhou-assistant');
  const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.equal(await sideways(), 0, 'the start page');
  await widget.getByTestId('start-button').click();
  for (const step of ['policy', 'evidence', 'ticket']) {
    await widget.getByTestId(`nav-${step}`).click();
    await widget.getByTestId(`screen-${step}`).locator('h1').waitFor();
    assert.equal(await sideways(), 0, `the ${step} screen`);
  }
  await page.close();
});
