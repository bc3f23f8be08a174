// The buyer's walkthrough on the release build in Chromium: three cases from the start page to a
// drafted ticket, the back button and a reload keeping the buyer's place, no console errors, and
// screenshots of every screen at 375 px and 1280 px (tests/e2e/screenshots/, not committed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedBrowser, watchErrors } from './browser.mjs';
import { axeViolations } from './walkthrough.mjs';

const SHOTS = join(dirname(fileURLToPath(import.meta.url)), 'screenshots');
const STEPS = ['policy', 'evidence', 'channel', 'ticket', 'progress', 'dispute', 'cancel', 'close'];

const app = sharedBrowser();
await mkdir(SHOTS, { recursive: true });

/** A local date `days` ago, as the date inputs take it. */
function daysAgo(days) {
  const d = new Date();
  d.setDate(d.getDate() - days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const id = (testid) => `[data-testid="${testid}"]`;

async function openPage(width = 375) {
  const context = await app.browser.newContext({ viewport: { width, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url.replace(/\/$/, '') });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(app.url);
  await page.locator(id('start-page')).waitFor();
  return { context, page, errors };
}

async function startCase(page) {
  await page.click(id('start-button'));
  await page.locator(id('screen-policy')).waitFor();
}

async function describe(page, { platform, category, problem, paidAgo, signedAgo, yuan, extra }) {
  await page.selectOption(id('field-platform'), platform);
  await page.selectOption(id('field-category'), category);
  await page.selectOption(id('field-problem'), problem);
  await page.fill(id('field-paid_on'), daysAgo(paidAgo));
  await page.fill(id('field-signed_on'), daysAgo(signedAgo));
  await page.fill(id('field-paid_yuan'), yuan);
  if (extra) await extra(page);
  await page.locator(id('remedy-return_refund')).waitFor();
}

async function goStep(page, step) {
  await page.click(id(`nav-${step}`));
  await page.locator(id(`screen-${step}`)).waitFor();
}

async function fillTicket(page, facts) {
  await goStep(page, 'ticket');
  for (const [field, value] of Object.entries(facts)) await page.fill(id(`field-${field}`), value);
  const draft = await page.locator(id('draft-text')).first().innerText();
  for (const value of [facts.item_name, facts.order_no]) assert.ok(draft.includes(value), `the draft names ${value}:\n${draft}`);
  await page.locator(id('copy-draft')).first().click();
  // A draft with unfilled 【…】 places asks before copying.
  const anyway = page.locator(id('copy-anyway')).first();
  const copiedNote = page.locator(id('copy-result')).first().filter({ hasText: /已复制|Copied/ });
  await anyway.or(copiedNote).first().waitFor();
  if (await anyway.isVisible()) await anyway.click();
  await copiedNote.waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied.trim(), draft.trim(), 'the clipboard holds the draft');
  return draft;
}

test('Taobao clothing, changed mind: start to drafted ticket, with every step on screen', async () => {
  const { context, page, errors } = await openPage();
  await page.screenshot({ path: join(SHOTS, 'start-375.png'), fullPage: true });
  await startCase(page);
  await describe(page, { platform: 'taobao', category: 'clothing', problem: 'changed_mind', paidAgo: 5, signedAgo: 3, yuan: '199' });
  const verdict = await page.locator(`${id('remedy-return_refund')} ${id('verdict')}`).innerText();
  assert.equal(verdict, '可以申请', 'a changed mind within 7 days of signing may return');
  assert.match(await page.locator(id('category-notes')).innerText(), /吊牌/);
  assert.match(await page.locator(id('save-policy')).innerText(), /截图/);

  await goStep(page, 'evidence');
  const items = await page.locator(`${id('evidence-list')} > li`).count();
  assert.ok(items > 0, 'the decision lists evidence');
  await page.locator(`${id('evidence-list')} input[type=checkbox]`).first().check();
  assert.match(await page.locator(id('evidence-meter')).innerText(), new RegExp(`1 / ${items}`));

  await goStep(page, 'channel');
  const path = await page.locator(`${id('click-path')} ol li`).allInnerTexts();
  assert.deepEqual(path.filter((step) => ['我的淘宝', '已买到的宝贝', '申请售后'].includes(step)), ['我的淘宝', '已买到的宝贝', '申请售后']);

  await fillTicket(page, {
    buyer_name: '李娜', phone: '13812345678', address: '杭州市西湖区文三路 1 号', order_no: '3925816071234567890',
    item_name: '碎花连衣裙', spec: 'M 码 蓝色', quantity: '1', description: '尺码偏小，不想要了，吊牌完好。',
  });

  const violations = [];
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    for (const step of STEPS) {
      await goStep(page, step);
      await page.screenshot({ path: join(SHOTS, `${step}-${width}.png`), fullPage: true });
      violations.push(...(await axeViolations(page, `${step} ${width}px`)));
      assert.ok(await page.locator(id('lang-switch')).isVisible(), `the language switch is on ${step}`);
    }
    await page.click(id('nav-overview'));
    await page.screenshot({ path: join(SHOTS, `overview-${width}.png`), fullPage: true });
    await page.click(id('nav-cases'));
    await page.locator(id('my-cases')).waitFor();
    await page.screenshot({ path: join(SHOTS, `cases-${width}.png`), fullPage: true });
    await page.locator(id('open-case')).last().click();
  }
  await page.click(id('nav-home'));
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: join(SHOTS, 'start-1280.png'), fullPage: true });
  violations.push(...(await axeViolations(page, 'start 1280px')));
  assert.deepEqual(violations, [], 'axe finds no accessibility violation on any screen');
  assert.deepEqual(errors, []);
  await context.close();
});

test('JD phone fault within 15 days: exchange or repair, drafted ticket', async () => {
  const { context, page, errors } = await openPage();
  await startCase(page);
  await describe(page, {
    platform: 'jd', category: 'electronics', problem: 'malfunction', paidAgo: 12, signedAgo: 10, yuan: '2999',
    extra: async (p) => {
      // Opened and activated do not decide a fault: they sit under 更多情况.
      await p.click(`${id('more-details')} summary`);
      await p.check(id('field-opened'));
      await p.check(id('field-activated'));
    },
  });
  assert.equal(await page.locator(`${id('remedy-exchange')} ${id('verdict')}`).innerText(), '可以申请', 'a fault within 15 days may be exchanged');
  assert.match(await page.locator(id('category-notes')).innerText(), /检测报告/);
  await fillTicket(page, {
    buyer_name: '王强', phone: '010-62345678', address: '北京市海淀区中关村大街 27 号', order_no: '285437219861',
    item_name: '智能手机 X1', description: '使用第 8 天起频繁死机重启，恢复出厂设置后仍然如此。',
  });
  assert.deepEqual(errors, []);
  await context.close();
});

test('1688 wrong item: the exchange conditions show and the ticket is drafted', async () => {
  const { context, page, errors } = await openPage(1280);
  await startCase(page);
  await describe(page, { platform: 'alibaba_1688', category: 'general', problem: 'wrong_item', paidAgo: 9, signedAgo: 4, yuan: '560' });
  const notes = await page.locator(id('platform-note')).allInnerTexts();
  assert.ok(notes.some((text) => text.includes('1688 换货条件')), notes.join('\n'));
  await goStep(page, 'channel');
  assert.match(await page.locator(id('click-path')).innerText(), /申请换货/);
  await fillTicket(page, {
    buyer_name: '陈敏', phone: '0571 8888 6666', address: '义乌市稠城街道 8 号', order_no: '3871926354120998877',
    item_name: '304 不锈钢保温杯 500ml', quantity: '200', description: '下单 500ml 白色，收到 350ml 黑色，发错货。',
  });
  assert.deepEqual(errors, []);
  await context.close();
});

test('the back button and a reload keep the buyer at the same step, with what they typed', async () => {
  const { context, page, errors } = await openPage();
  await startCase(page);
  await describe(page, { platform: 'pinduoduo', category: 'general', problem: 'quality_defect', paidAgo: 3, signedAgo: 2, yuan: '45.5' });
  await goStep(page, 'evidence');
  await goStep(page, 'channel');
  await page.goBack();
  await page.locator(id('screen-evidence')).waitFor();
  assert.match(page.url(), /#\/case\/[^/]+\/evidence$/);
  await page.goBack();
  await page.locator(id('screen-policy')).waitFor();
  await page.goForward();
  await page.locator(id('screen-evidence')).waitFor();
  await page.reload();
  await page.locator(id('screen-evidence')).waitFor();
  await goStep(page, 'policy');
  assert.equal(await page.inputValue(id('field-paid_yuan')), '45.5');
  assert.equal(await page.inputValue(id('field-platform')), 'pinduoduo');
  assert.deepEqual(errors, []);
  await context.close();
});

test('keyboard alone: start a case and land on its heading; the English switch', async () => {
  const { context, page, errors } = await openPage();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  let guard = 0;
  while (guard++ < 10 && (await page.evaluate(() => document.activeElement?.dataset.testid)) !== 'start-button') {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await page.locator(id('screen-policy')).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1', 'focus moves to the new screen');
  await page.click(id('lang-switch'));
  await page.locator('h1', { hasText: 'Know the after-sales policy' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.deepEqual(errors, []);
  await context.close();
});
