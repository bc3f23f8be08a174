// The buyer's path through the app, for the offline, privacy and embedding tests, and axe's check of a screen. `scope` is the page
// or the <shouhou-assistant> element (Playwright's locators reach into its open shadow root).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { daysAgo } from './filled-case.mjs';

/** Starts a case, fills in the form and waits for the decision. */
export async function completeCase(scope) {
  await scope.getByTestId('start-button').click();
  await scope.getByTestId('field-platform').selectOption('jd');
  await scope.getByTestId('field-category').selectOption('electronics');
  await scope.getByTestId('field-problem').selectOption('quality_defect');
  await scope.getByTestId('field-paid_on').fill(daysAgo(5));
  await scope.getByTestId('field-signed_on').fill(daysAgo(3));
  await scope.getByTestId('field-paid_yuan').fill('1299');
  await scope.getByTestId('decision').getByTestId('remedy-return_refund').waitFor();
}

/** From the current step, follows "next step" to the end of the walk; returns the screens seen. */
export async function walkToTheEnd(scope) {
  const seen = [];
  for (;;) {
    const screen = scope.locator('[data-testid^="screen-"]');
    await screen.waitFor();
    seen.push(await screen.getAttribute('data-testid'));
    const next = scope.getByTestId('next-step');
    if (await next.count() === 0) return seen;
    await next.click();
    await scope.locator(`[data-testid^="screen-"]:not([data-testid="${seen.at(-1)}"])`).waitFor();
  }
}

const AXE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's violations on the current screen (labels, contrast, landmarks, ...), one line each. */
export async function axeViolations(page, screen) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE);
  const found = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
  return found.map((line) => `[${screen}] ${line}`);
}
