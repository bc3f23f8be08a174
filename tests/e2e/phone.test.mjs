// Phone first, on the release build: no screen of a filled case scrolls sideways at 320, 375 and 1280 px
// (every step, the overview, the case file, the close step with a status history), folded or opened, and
// axe finds nothing on any of them; the verdict right after the essentials, the deciding fact asked
// there; the pasted order; the channel chosen; amounts as buyers write them. Screenshots at 375 px go to
// tests/e2e/screenshots/phone-*.png (not committed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedBrowser, watchErrors } from './browser.mjs';
import { CASE_ID, FILLED_CASE, daysAgo } from './filled-case.mjs';
import { axeViolations } from './walkthrough.mjs';

const SHOTS = join(dirname(fileURLToPath(import.meta.url)), 'screenshots');
const SCREENS = [null, 'policy', 'evidence', 'channel', 'ticket', 'progress', 'dispute', 'cancel', 'close', 'file', 'print'];
const id = (testid) => `[data-testid="${testid}"]`;

const app = sharedBrowser();
await mkdir(SHOTS, { recursive: true });

/** The filled case with a status history long enough for 各阶段用时 to have rows. */
const CLOSED_CASE = {
  ...FILLED_CASE,
  status_history: [
    { status: 'submitted', on: daysAgo(16), note: '平台申请售后' },
    { status: 'approved', on: daysAgo(14), note: '商家同意退货' },
    { status: 'return_shipped', on: daysAgo(13), note: '顺丰 SF1234567890123' },
    { status: 'refunded', on: daysAgo(9), note: '退款 199.50 元已到账' },
  ],
};

async function openPage(width, record) {
  const context = await app.browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(app.url);
  if (record) {
    await page.evaluate(([key, value]) => { localStorage.clear(); localStorage.setItem(key, value); },
      [`shouhou.v1.case.${record.id}`, JSON.stringify({ v: 1, case: record })]);
    await page.reload();
  }
  return { context, page, errors };
}

async function openScreen(page, step) {
  await page.goto(`${app.url}#/case/${CASE_ID}${step ? `/${step}` : ''}`);
  await page.locator(id(`screen-${step ?? 'overview'}`)).waitFor();
}

/** How far the page reaches past the window's right edge, and the widest element that does. */
async function sideways(page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const over = root.scrollWidth - root.clientWidth;
    if (over <= 0) return null;
    const widest = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`.slice(0, 80));
    return `${over} px, past the edge: ${widest.slice(-3).join(' | ')}`;
  });
}

for (const width of [320, 375, 1280]) {
  test(`no screen of a filled case scrolls sideways at ${width} px, folded or opened, and axe finds nothing`, async () => {
    const { context, page, errors } = await openPage(width, CLOSED_CASE);
    const found = [];
    const violations = [];
    for (const step of SCREENS) {
      await openScreen(page, step);
      const name = step ?? 'overview';
      if (step === 'close') assert.ok(await page.locator(`${id('stage-list')} li`).count() >= 2, 'the close step lists the stages');
      const folded = await sideways(page);
      if (folded) found.push(`${name}: ${folded}`);
      if (width === 375) await page.screenshot({ path: join(SHOTS, `phone-${name}-375.png`), fullPage: true });
      violations.push(...(await axeViolations(page, `${name} ${width}px`)));
      await page.evaluate(() => document.querySelectorAll('details').forEach((details) => { details.open = true; }));
      const opened = await sideways(page);
      if (opened) found.push(`${name} (every fold open): ${opened}`);
      violations.push(...(await axeViolations(page, `${name} ${width}px, opened`)));
    }
    assert.deepEqual(found, [], 'no screen scrolls sideways');
    assert.deepEqual(violations, [], 'axe finds no violation');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('on a phone the step list is one row with the current step named', async () => {
  const { context, page, errors } = await openPage(375, CLOSED_CASE);
  await openScreen(page, 'dispute');
  const nav = await page.locator('.step-nav').boundingBox();
  assert.ok(nav.height < 70, `the step list is one row (${nav.height} px high)`);
  const current = page.locator(`${id('nav-dispute')}`);
  assert.equal(await current.getAttribute('aria-current'), 'page');
  assert.ok(await current.locator('.step-label').isVisible(), 'the current step shows its name');
  const box = await current.boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 375, 'the current step is scrolled into the row');
  const other = await page.locator(`${id('nav-evidence')} .step-label`).boundingBox();
  assert.ok(other.width <= 1, 'other steps show their number only');
  assert.deepEqual(errors, []);
  await context.close();
});

test('JD phone fault: the verdict right after the essentials, the repairs asked there, not folded', async () => {
  const { context, page, errors } = await openPage(375);
  await page.click(id('start-button'));
  await page.locator(id('screen-policy')).waitFor();
  await page.selectOption(id('field-platform'), 'jd');
  await page.selectOption(id('field-category'), 'electronics');
  await page.selectOption(id('field-problem'), 'malfunction');
  const repairs = page.locator(`${id('deciding-facts')} ${id('field-failed_repairs')}`);
  assert.ok(await repairs.isVisible(), '同一故障已经修过几次 is asked without opening 更多情况');
  assert.equal(await page.locator(`${id('more-details')} ${id('field-failed_repairs')}`).count(), 0);
  await page.fill(id('field-paid_on'), daysAgo(12));
  await page.fill(id('field-signed_on'), daysAgo(10));
  await page.fill(id('field-paid_yuan'), '2,999元');
  const verdict = page.locator(id('verdict')).first();
  await verdict.waitFor();
  const top = async (selector) => page.locator(selector).first().evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
  assert.ok(await top(id('verdict')) < await top(id('more-details')), 'the verdict comes before 更多情况');
  const jump = page.locator(id('verdict-jump'));
  assert.match(await jump.innerText(), /换货/, 'the verdict follows the buyer down the form');
  assert.ok(await jump.isVisible() && (await jump.boundingBox()).y < 800, 'it is on the screen while the amount is typed');
  await jump.click();
  await page.waitForFunction(() => {
    const top = document.querySelector('[data-testid="decision"]').getBoundingClientRect().top;
    return top >= -1 && top < 100;
  });
  assert.equal(await page.locator(id('error-paid_yuan')).innerText(), '', '2,999元 is an amount');
  await page.screenshot({ path: join(SHOTS, 'phone-policy-fault-375.png'), fullPage: true });
  await page.selectOption(id('field-problem'), 'changed_mind');
  await page.locator(`${id('deciding-facts')} ${id('field-tags_removed')}`).waitFor();
  assert.equal(await page.locator(`${id('deciding-facts')} ${id('field-failed_repairs')}`).count(), 0, 'repairs fold away for a changed mind');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a pasted JD order fills the facts it names, shows the words, and keeps what was typed', async () => {
  const { context, page, errors } = await openPage(375);
  await page.click(id('start-button'));
  await page.locator(id('screen-policy')).waitFor();
  await page.fill(id('field-paid_yuan'), '5800');
  await page.click(`${id('paste-order')} summary`);
  await page.fill(id('field-order_paste'), [
    '订单号：285437219861', `下单时间：${daysAgo(8)} 09:30:12`, `付款时间：${daysAgo(8)} 09:30:40`,
    `签收时间：${daysAgo(6)} 15:02:10`, '店铺：华为京东自营官方旗舰店', '商品名称：华为 Mate 70 12GB+512GB 雅川青',
    '商品总额：¥5,999.00', '实付款：¥5,799.00',
  ].join('\n'));
  await page.click(id('paste-read'));
  await page.locator(id('pasted-order_no')).waitFor();
  assert.equal(await page.inputValue(id('field-platform')), 'jd');
  assert.equal(await page.inputValue(id('field-paid_on')), daysAgo(8));
  assert.equal(await page.inputValue(id('field-signed_on')), daysAgo(6));
  assert.equal(await page.inputValue(id('field-paid_yuan')), '5800', 'the amount typed is kept');
  assert.match(await page.locator(id('pasted-paid_yuan')).innerText(), /5800/);
  assert.match(await page.locator(id('pasted-paid_on')).innerText(), /付款时间/);
  assert.match(await page.locator(id('paste-missing')).innerText(), /确认收货日期/);
  await page.screenshot({ path: join(SHOTS, 'phone-policy-pasted-375.png'), fullPage: true });
  await page.locator(id('verdict')).first().waitFor();
  await page.click(id('nav-ticket'));
  await page.locator(id('screen-ticket')).waitFor();
  assert.equal(await page.inputValue(id('field-order_no')), '285437219861');
  assert.equal(await page.inputValue(id('field-item_name')), '华为 Mate 70 12GB+512GB 雅川青');
  assert.deepEqual(errors, []);
  await context.close();
});

test('text that is not an order fills nothing and says so', async () => {
  const { context, page, errors } = await openPage(375);
  await page.click(id('start-button'));
  await page.click(`${id('paste-order')} summary`);
  await page.fill(id('field-order_paste'), '老板你好，拉链坏了，订单号我稍后发你，花了459块');
  await page.click(id('paste-read'));
  await page.locator(id('paste-nothing')).waitFor();
  assert.equal(await page.inputValue(id('field-paid_yuan')), '');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the channel the buyer chooses is kept, marked, and gives the ticket step its first draft', async () => {
  const { context, page, errors } = await openPage(375, FILLED_CASE);
  await openScreen(page, 'channel');
  const merchant = page.locator(id('channel-merchant_service'));
  await merchant.locator(id('choose-channel')).click();
  await merchant.locator(id('chosen-mark')).waitFor();
  assert.equal(await merchant.locator(id('choose-channel')).getAttribute('aria-pressed'), 'true');
  assert.match(await page.locator(id('channel-next')).innerText(), /给商家的第一条消息/, 'the next step follows the choice');
  await page.screenshot({ path: join(SHOTS, 'phone-channel-chosen-375.png'), fullPage: true });
  await page.reload();
  await page.locator(`${id('channel-merchant_service')} ${id('chosen-mark')}`).waitFor();
  const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)).case.chosen_channel, `shouhou.v1.case.${CASE_ID}`);
  assert.equal(stored, 'merchant_service');
  await page.click(id('nav-ticket'));
  await page.locator(id('screen-ticket')).waitFor();
  const first = page.locator(`.draft-side ${id('draft-merchant_message')}`);
  await first.waitFor();
  assert.ok(await first.isVisible(), 'the merchant message is the first draft');
  assert.ok(!(await page.locator(id('draft-platform_ticket')).isVisible()), 'the platform ticket is folded below it');
  assert.deepEqual(errors, []);
  await context.close();
});
