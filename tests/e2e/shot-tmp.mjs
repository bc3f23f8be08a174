import { launch, serveDist } from './browser.mjs';
const { server, url } = await serveDist();
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
const id = (t) => `[data-testid="${t}"]`;
await page.goto(url);
await page.click(id('start-button'));
await page.selectOption(id('field-platform'), 'jd');
await page.selectOption(id('field-category'), 'electronics');
await page.selectOption(id('field-problem'), 'malfunction');
await page.fill(id('field-paid_on'), '2026-11-25');
await page.fill(id('field-signed_on'), '2026-11-27');
await page.fill(id('field-paid_yuan'), '2,999元');
await page.locator(id('verdict')).first().waitFor();
const h = await page.evaluate(() => document.documentElement.scrollHeight);
console.log('height', h);
for (let y = 0; y < Math.min(h, 4000); y += 1000) {
  await page.screenshot({ path: `/tmp/i17shots/policy-${y}.png`, fullPage: true, clip: { x: 0, y, width: 375, height: Math.min(1000, h - y) } });
}
await browser.close(); server.close();
