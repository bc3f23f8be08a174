// The buyer's full walkthrough as axe sees it: drives the app through every screen of one case, the way
// a buyer does (start button, the policy form filled in, then each step from the step list), and yields
// each screen's name once it shows. A screen that does not appear fails the run, naming the screen.
import { USABLE_PROBE, waitUsable } from './usable.mjs';

const STEPS = ['evidence', 'channel', 'ticket', 'progress', 'dispute', 'cancel', 'close', 'file', 'print'];
const TIMEOUT = 10_000;

const daysAgo = (days) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

async function shown(page, testid, screen) {
  try {
    await page.getByTestId(testid).first().waitFor({ timeout: TIMEOUT });
  } catch {
    throw new Error(`walkthrough: the ${screen} screen did not show [data-testid="${testid}"]`);
  }
}

async function go(page, testid, screen) {
  await shown(page, testid, screen);
  await page.getByTestId(testid).first().click();
}

export async function* walkthrough(page, url) {
  await page.addInitScript(USABLE_PROBE);
  await page.goto(url);
  await waitUsable(page);
  yield 'start';

  await go(page, 'start-button', 'start');
  await shown(page, 'screen-policy', 'policy');
  yield 'policy, empty form';

  // A Taobao clothing case, changed mind, signed for three days ago.
  await page.getByTestId('field-platform').selectOption('taobao');
  await page.getByTestId('field-category').selectOption('clothing');
  await page.getByTestId('field-problem').selectOption('changed_mind');
  await page.getByTestId('field-paid_on').fill(daysAgo(5));
  await page.getByTestId('field-signed_on').fill(daysAgo(3));
  await page.getByTestId('field-paid_yuan').fill('199');
  await page.getByTestId('more-details').locator('summary').click();
  await shown(page, 'verdict', 'policy decision');
  yield 'policy, filled in with the decision';

  for (const step of STEPS) {
    await go(page, `nav-${step}`, step);
    await shown(page, `screen-${step}`, step);
    yield step;
  }
  await go(page, 'nav-overview', 'overview');
  await shown(page, 'screen-overview', 'overview');
  yield 'case overview';

  await go(page, 'nav-cases', 'case list');
  await shown(page, 'case-card', 'case list');
  yield 'case list';

  await go(page, 'lang-switch', 'English');
  await go(page, 'nav-home', 'start (English)');
  await shown(page, 'start-button', 'start (English)');
  yield 'start, English';
}
