// Helpers for the offline, update, embedding and privacy tests.
import { launchPersistent, serveDist, watchErrors } from './browser.mjs';

/** Serves `dir` (dist/ by default), opens the app once in a fresh persistent profile and waits until its
 * service worker is in control, then runs `body` with the page (its console errors collected in
 * `errors`); the profile and the server are closed afterwards, whatever happens. */
export async function withInstalledApp(body, dir) {
  const { server, url } = await serveDist(dir);
  const context = await launchPersistent();
  try {
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(url);
    await controlledBy(page);
    await body({ page, context, server, errors });
  } finally {
    await context.close();
    server.close();
  }
}

/** Waits until a service worker controls the page (after the first visit: install, activate, claim). */
export async function controlledBy(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');
}

/** Records Content-Security-Policy violations in every page of the context, from the first script on. */
export async function recordCspViolations(context) {
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
}

export function cspViolations(page) {
  return page.evaluate(() => window.__cspViolations);
}

/** Takes the page's network away: the browser's own switch, and the server stops answering. */
export async function goOffline(context, server) {
  await context.setOffline(true);
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
}

/** A well-formed case of docs/CONTRACT.md §1.1: a phone bought on JD, unwanted two days after signing. */
export const SAMPLE_CASE = {
  platform: 'jd', category: 'electronics', problem: 'changed_mind',
  paid_on: '2026-11-01', signed_on: '2026-11-03', today: '2026-11-05', paid_fen: 129900,
};

/** Runs window.Shouhou.evaluate in the page: `{ decision }` (parsed) or `{ error }` (the thrown message). */
export function evaluateInPage(page, caseJson) {
  return page.evaluate((input) => {
    try {
      return { decision: JSON.parse(window.Shouhou.evaluate(input)) };
    } catch (err) {
      return { error: err instanceof Error ? err.message : `not an Error: ${err}` };
    }
  }, caseJson);
}
