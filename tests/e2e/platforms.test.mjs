// Who sold the item, how it was bought, and the shop's promises, on the release build at 375 px: JD asks
// 自营 or shop and shows JD's own windows beside the law's; a livestream order puts the recording on the
// evidence list; 假一赔四 and 过敏包退 show in the decision with their rule. No rule id reaches the screen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedBrowser, watchErrors } from './browser.mjs';
import { daysAgo } from './filled-case.mjs';

const SHOTS = join(dirname(fileURLToPath(import.meta.url)), 'screenshots');
const app = sharedBrowser();
await mkdir(SHOTS, { recursive: true });

const id = (testid) => `[data-testid="${testid}"]`;
// Rule ids, deadline ids and form keys look like these; none may be shown to the buyer.
const INTERNAL = /\b(jd|merchant|douyin|tmall|cn)\.[a-z_0-9.]+|platform_visible_defect|livestream_recording|sold_by/;

async function newCase(width = 375) {
  const context = await app.browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(app.url);
  await page.click(id('start-button'));
  await page.locator(id('screen-policy')).waitFor();
  return { context, page, errors };
}

async function describe(page, { platform, category, problem, paidAgo, signedAgo, yuan }) {
  await page.selectOption(id('field-platform'), platform);
  await page.selectOption(id('field-category'), category);
  await page.selectOption(id('field-problem'), problem);
  await page.fill(id('field-paid_on'), daysAgo(paidAgo));
  await page.fill(id('field-signed_on'), daysAgo(signedAgo));
  await page.fill(id('field-paid_yuan'), yuan);
  await page.locator(id('remedy-return_refund')).waitFor();
}

test('a JD 自营 phone: the seller question, JD as the seller, and JD\'s window beside the law\'s', async () => {
  const { context, page, errors } = await newCase();
  try {
    await page.selectOption(id('field-platform'), 'taobao');
    assert.equal(await page.locator(id('field-sold_by')).count(), 0, 'asked only for JD');
    await describe(page, { platform: 'jd', category: 'electronics', problem: 'malfunction', paidAgo: 2, signedAgo: 1, yuan: '3999' });
    await page.selectOption(id('field-sold_by'), 'platform');
    const notes = page.locator(id('decision-notes'));
    await notes.getByText('京东自营商品由京东作为销售者', { exact: false }).waitFor();
    const deadlines = await page.locator(id('deadlines')).innerText();
    assert.match(deadlines, /京东受理外观问题截止（签收后48小时/);
    assert.match(deadlines, /质量问题退货截止/);
    await page.screenshot({ path: join(SHOTS, 'jd-self-operated-375.png'), fullPage: true });
    assert.doesNotMatch(await page.locator(id('screen-policy')).innerText(), INTERNAL);

    await page.click(id('lang-switch'));
    await page.locator(id('decision-notes')).getByText('makes JD the seller', { exact: false }).waitFor();
    assert.match(await page.locator(id('deadlines')).innerText(), /JD takes visible flaws until/);
    assert.doesNotMatch(await page.locator(id('screen-policy')).innerText(), INTERNAL);
    await page.screenshot({ path: join(SHOTS, 'jd-self-operated-en-375.png'), fullPage: true });
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('a livestream order of fake shoes with 假一赔四 and the recording on the evidence list', async () => {
  const { context, page, errors } = await newCase();
  try {
    await describe(page, { platform: 'tmall', category: 'shoes_bags', problem: 'counterfeit', paidAgo: 4, signedAgo: 2, yuan: '200' });
    await page.click(`${id('more-details')} > summary`);
    await page.check(id('field-livestream'));
    await page.fill(id('field-counterfeit_multiple'), '4');
    const compensation = page.locator(id('compensation'));
    await compensation.getByText('假一赔4', { exact: false }).waitFor();
    assert.match(await compensation.innerText(), /约 800(\.00)? 元/);
    assert.match(await page.locator(id('decision-notes')).innerText(), /直播间运营者/);
    await page.fill(id('field-counterfeit_multiple'), '四');
    await page.locator(id('error-counterfeit_multiple')).getByText('整数', { exact: false }).waitFor();
    assert.equal(await page.inputValue(id('field-counterfeit_multiple')), '四', 'what the buyer typed stays');
    await page.fill(id('field-counterfeit_multiple'), '4');
    await page.screenshot({ path: join(SHOTS, 'promises-375.png'), fullPage: true });
    assert.doesNotMatch(await page.locator(id('screen-policy')).innerText(), INTERNAL);

    await page.click(id('nav-evidence'));
    await page.locator(id('screen-evidence')).waitFor();
    assert.match(await page.locator(id('evidence-livestream_recording')).innerText(), /直播回放或录屏/);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('过敏包退 opens a return the law left shut, with the proof it needs', async () => {
  const { context, page, errors } = await newCase();
  try {
    await describe(page, { platform: 'tmall', category: 'cosmetics', problem: 'changed_mind', paidAgo: 22, signedAgo: 20, yuan: '329' });
    await page.check(id('field-used'));
    const card = page.locator(id('remedy-return_refund'));
    await card.getByText('不能申请').waitFor();
    await page.click(`${id('more-details')} > summary`);
    await page.check(id('field-allergy_returns'));
    await card.getByText('有条件').waitFor();
    assert.match(await card.innerText(), /过敏证明/);
    assert.match(await page.locator(id('deadlines')).innerText(), /过敏包退截止/);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
