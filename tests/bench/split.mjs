// Issue 19's figures, cold, on the throttled phone (throttling.mjs), median of RUNS, each run in a fresh
// profile with service workers blocked (a first visit):
// - the app's page: the start page usable (usable.mjs), then the policy screen usable after the start button
//   is pressed at that moment (its heading visible and its first field enabled, timed from the press); and
//   the same with the button pressed READING_MS later, as a buyer who reads the start page first does (the
//   policy screen's chunk, fetched in the background, has then had time to arrive);
// - a host page embedding the widget (embed-demo.html): the widget's start button usable;
// - bytes before the start page is usable: what the browser received (Resource Timing's encodedBodySize,
//   the bytes as sent: brotli from this server) for every request that finished by then, the page included.
// Run by run.mjs: node tests/bench/run.mjs --only split [--dist DIR]
import { launch } from '../e2e/browser.mjs';
import { USABLE_PROBE, waitUsable } from './usable.mjs';
import { throttle, PROFILE_TEXT } from './throttling.mjs';
import { kb, median, seconds } from './report.mjs';

const RUNS = 5;
const PHONE = { viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, serviceWorkers: 'block' };
const START_BUDGET_MS = 2000;
const POLICY_BUDGET_MS = 1000;
const BYTES_BUDGET = 150_000;
const READING_MS = 3000;

// The widget's start button lives in the host element's shadow root, which the page probe does not see.
const WIDGET_PROBE = `(() => {
  const seen = { control: null };
  Object.defineProperty(window, '__shouhouUsable', { value: seen });
  const check = () => {
    const button = document.querySelector('shouhou-assistant')?.shadowRoot?.querySelector('[data-testid="start-button"]');
    if (button && !button.disabled && button.getClientRects().length > 0) seen.control = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

/** Bytes received for the document and every resource that finished by `ms` (page time). */
function receivedBy(page, ms) {
  return page.evaluate((until) => {
    const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
    const done = entries.filter((entry) => entry.responseEnd > 0 && entry.responseEnd <= until);
    return { bytes: done.reduce((sum, entry) => sum + entry.encodedBodySize, 0), files: done.map((entry) => entry.name.replace(/^.*\//, '')) };
  }, ms);
}

async function appRun(browser, url, readingMs = 0) {
  const context = await browser.newContext(PHONE);
  try {
    const page = await context.newPage();
    await page.addInitScript(USABLE_PROBE);
    await throttle(page);
    await page.goto(url, { waitUntil: 'commit' });
    const start = await waitUsable(page);
    const received = await receivedBy(page, start.ms);
    await page.waitForTimeout(readingMs);
    const pressed = await page.evaluate(() => performance.now());
    await page.locator('main [data-testid="start-button"]').click({ noWaitAfter: true });
    const policy = await page.waitForFunction(() => {
      const screen = document.querySelector('[data-testid="screen-policy"]');
      const heading = screen?.querySelector('h1');
      const field = screen?.querySelector('select, input');
      return heading && heading.getClientRects().length > 0 && field && !field.disabled ? performance.now() : null;
    }, null, { timeout: 60_000, polling: 'raf' });
    return { start: start.ms, policy: (await policy.jsonValue()) - pressed, ...received };
  } finally {
    await context.close();
  }
}

async function embedRun(browser, url) {
  const context = await browser.newContext(PHONE);
  try {
    const page = await context.newPage();
    await page.addInitScript(WIDGET_PROBE);
    await throttle(page);
    await page.goto(new URL('embed-demo.html', url).href, { waitUntil: 'commit' });
    const ms = await (await page.waitForFunction(() => window.__shouhouUsable?.control, null, { timeout: 60_000, polling: 100 })).jsonValue();
    return { start: ms, ...(await receivedBy(page, ms)) };
  } finally {
    await context.close();
  }
}

export async function measureSplit({ url }) {
  const browser = await launch();
  try {
    const app = [];
    const reading = [];
    const embed = [];
    for (let run = 0; run < RUNS; run++) {
      app.push(await appRun(browser, url));
      reading.push(await appRun(browser, url, READING_MS));
      embed.push(await embedRun(browser, url));
    }
    console.log(`split figures on ${PROFILE_TEXT}, cold, ${RUNS} runs`);
    console.log(`  start page usable: ${app.map((r) => Math.round(r.start)).join(', ')} ms`);
    console.log(`  policy screen usable after the start button: ${app.map((r) => Math.round(r.policy)).join(', ')} ms`);
    console.log(`  policy screen usable, start pressed ${READING_MS / 1000} s after the start page was: ${reading.map((r) => Math.round(r.policy)).join(', ')} ms`);
    console.log(`  bytes before the start page is usable: ${app.map((r) => r.bytes).join(', ')} (${app[0].files.join(', ')})`);
    console.log(`  embedded widget usable: ${embed.map((r) => Math.round(r.start)).join(', ')} ms`);
    console.log(`  bytes before the widget is usable: ${embed.map((r) => r.bytes).join(', ')} (${embed[0].files.join(', ')})`);
    const time = (figure, ms, budget) => ({ figure, value: seconds(ms), budget: `≤ ${seconds(budget)}`, pass: ms <= budget, note: '' });
    const bytes = (figure, value) => ({ figure, value: kb(value), budget: `≤ ${kb(BYTES_BUDGET)}`, pass: value <= BYTES_BUDGET, note: '' });
    return [
      time('start page usable, cold, median of 5', median(app.map((r) => r.start)), START_BUDGET_MS),
      time('policy screen usable after pressing start, median of 5', median(app.map((r) => r.policy)), POLICY_BUDGET_MS),
      time(`policy screen usable, start pressed ${READING_MS / 1000} s after the start page was usable, median of 5`, median(reading.map((r) => r.policy)), POLICY_BUDGET_MS),
      bytes('bytes received before the start page is usable (brotli), median of 5', median(app.map((r) => r.bytes))),
      time('host page: embedded widget usable, cold, median of 5', median(embed.map((r) => r.start)), START_BUDGET_MS),
      bytes('host page: bytes received before the widget is usable (brotli), median of 5', median(embed.map((r) => r.bytes))),
    ];
  } finally {
    await browser.close();
  }
}
