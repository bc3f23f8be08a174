// The buyer's full walkthrough as axe sees it: drives the page through every step and yields each
// step's name once the page shows it.
import { USABLE_PROBE, waitUsable } from './usable.mjs';

export async function* walkthrough(page, url) {
  await page.addInitScript(USABLE_PROBE);
  await page.goto(url);
  await waitUsable(page);
  yield 'start';
}
