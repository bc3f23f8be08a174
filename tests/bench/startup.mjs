// Start-up: navigation to the first usable screen (usable.mjs) on a throttled phone (throttling.mjs).
// - cold: a fresh browser profile each run, median of RUNS;
// - second visit, HTTP cache: the same profile navigates again (service workers blocked, so only the HTTP
//   cache helps): within index.html's max-age (server.mjs) nothing goes over the network; and once that
//   max-age has run out (the same runs with the server sending index.html `no-cache`), index.html is
//   revalidated over the slow network while the hashed files still come from the cache;
// - second visit through the service worker: after one visit has installed it, the profile navigates again
//   throttled (the worker's own fetches too), then again offline (CPU still 4x slower); the offline visit
//   may not reach the server.
import { launch } from '../e2e/browser.mjs';
import { USABLE_PROBE, waitUsable } from './usable.mjs';
import { throttle, throttleServiceWorker, FAST_3G, PROFILE_TEXT } from './throttling.mjs';
import { median, seconds } from './report.mjs';
import { PAGE_MAX_AGE_S } from './server.mjs';

const RUNS = 5;
const PHONE = { viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true };
const COLD_BUDGET_MS = 2000;
const SECOND_VISIT_BUDGET_MS = 500;

/** The first usable screen, and when the first content (the static start page, or the app) was painted. */
async function visit(page, url) {
  await page.goto(url, { waitUntil: 'commit' });
  const usable = await waitUsable(page);
  const painted = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null);
  return { ...usable, painted };
}

async function coldThenCached(browser, url) {
  const context = await browser.newContext({ ...PHONE, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.addInitScript(USABLE_PROBE);
    await throttle(page);
    const cold = await visit(page, url);
    await page.goto('about:blank');
    const cached = await visit(page, url);
    return { cold, cached };
  } finally {
    await context.close();
  }
}

async function serviceWorkerReady(page) {
  return page.evaluate(() => Promise.race([
    navigator.serviceWorker.ready.then(() => navigator.serviceWorker.controller !== null
      || new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', () => ok(true)))),
    new Promise((ok) => setTimeout(() => ok(false), 15_000)),
  ]));
}

/** After one visit has installed the service worker: a throttled visit online, then one offline (which may
 * not reach the server). Null when the page never installs a service worker. */
async function serviceWorkerVisits(browser, url, log) {
  const context = await browser.newContext(PHONE);
  try {
    const page = await context.newPage();
    await page.addInitScript(USABLE_PROBE);
    await visit(page, url);
    if (!(await serviceWorkerReady(page))) return null;
    await page.goto('about:blank');
    const cdp = await throttle(page);
    const emulateWorker = await throttleServiceWorker(browser, new URL(url).origin);
    const online = await visit(page, url);
    await page.goto('about:blank');
    await cdp.send('Network.emulateNetworkConditions', { ...FAST_3G, offline: true });
    await emulateWorker({ ...FAST_3G, offline: true });
    const served = log.length;
    const offline = await visit(page, url);
    // The service worker's update check (a navigation, or registration.update()) is the browser's own request,
    // beyond page and worker emulation; offline it would fail without delaying anything, so it is let through.
    const leaked = log.slice(served).map((entry) => entry.path).filter((path) => path !== '/sw.js');
    if (leaked.length) throw new Error(`the offline visit reached the server for ${leaked.join(', ')}`);
    return { online, offline };
  } finally {
    await context.close();
  }
}

const describe = (runs) => runs.map((r) => `${Math.round(r.ms)}`).join(', ') + ' ms';
const byNote = (runs) => (runs.some((r) => r.by === 'heading') ? 'to the first h1: the start page has no start button yet' : '');

export async function measureStartup({ url, log, setExpired }) {
  const browser = await launch();
  try {
    const visits = [];
    for (let run = 0; run < RUNS; run++) visits.push(await coldThenCached(browser, url));
    const cold = visits.map((v) => v.cold);
    const cached = visits.map((v) => v.cached);
    const revalidated = [];
    setExpired(true);
    try {
      for (let run = 0; run < RUNS; run++) revalidated.push((await coldThenCached(browser, url)).cached);
    } finally {
      setExpired(false);
    }
    console.log(`start-up on ${PROFILE_TEXT}`);
    console.log(`  cold runs: ${describe(cold)}`);
    console.log(`  second visits (HTTP cache, index.html fresh): ${describe(cached)}`);
    console.log(`  second visits (HTTP cache, index.html revalidated): ${describe(revalidated)}`);
    console.log(`  cold runs, first content painted: ${cold.map((r) => Math.round(r.painted)).join(', ')} ms`);
    const painted = median(cold.map((r) => r.painted));
    const rows = [
      row('start-up, cold, median of 5', cold, COLD_BUDGET_MS),
      { figure: 'cold, first content painted (static start page), median of 5', value: seconds(painted), budget: '-', pass: null, note: '' },
      row(`second visit, HTTP cache, within index.html's max-age (${PAGE_MAX_AGE_S / 60} min), median of 5`, cached, SECOND_VISIT_BUDGET_MS),
      row('second visit, HTTP cache, index.html revalidated (a later visit), median of 5', revalidated, SECOND_VISIT_BUDGET_MS),
    ];
    const swVisits = [];
    for (let run = 0; run < RUNS; run++) {
      const result = await serviceWorkerVisits(browser, url, log);
      if (result === null) break;
      swVisits.push(result);
    }
    if (swVisits.length) {
      const online = swVisits.map((v) => v.online);
      const offline = swVisits.map((v) => v.offline);
      console.log(`  second visits (service worker, online): ${describe(online)}`);
      console.log(`  second visits (service worker, offline): ${describe(offline)}`);
      rows.push(row('second visit, service worker, online, median of 5', online, SECOND_VISIT_BUDGET_MS));
      rows.push(row('second visit, service worker, offline, median of 5', offline, SECOND_VISIT_BUDGET_MS));
    } else {
      rows.push({ figure: 'second visit, service worker', value: 'not measured', budget: `≤ ${seconds(SECOND_VISIT_BUDGET_MS)}`, pass: null, note: 'the page installs no service worker yet' });
    }
    return rows;
  } finally {
    await browser.close();
  }
}

function row(figure, runs, budgetMs) {
  const ms = median(runs.map((r) => r.ms));
  return { figure, value: seconds(ms), budget: `≤ ${seconds(budgetMs)}`, pass: ms <= budgetMs, note: byNote(runs) };
}
