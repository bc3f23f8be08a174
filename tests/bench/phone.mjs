// Phone first, measured: for three buyers at 375 px, the taps and keystrokes from the start page to the
// first verdict, how far down the page the verdict sits, and the page height of every step of the filled
// case (as it opens, and with every fold opened), plus any sideways scroll. Prints figures; not a test.
//
//   node tests/bench/phone.mjs [DIST]      (DIST defaults to the repo's dist/; give another build's
//                                           dist/ to measure it, e.g. the build before a change)
//
// How a buyer's effort is counted: a tap on a button, link or checkbox is 1 tap; a choice in a select
// is 2 taps (open, choose) and 0 when it already shows the answer; a date from the phone's picker is
// 3 taps (open, day, done); a typed value is 1 tap (into the field) and 1 keystroke a character; a
// paste is 1 tap into the field and 2 taps for the phone's paste menu.
import { resolve } from 'node:path';
import { launch, serveDist, DIST } from '../e2e/browser.mjs';

const dist = resolve(process.argv[2] ?? DIST);
const WIDTH = 375;
const STEPS = ['policy', 'evidence', 'channel', 'ticket', 'progress', 'dispute', 'cancel', 'close', 'file', 'print'];

const daysAgo = (days) => {
  const d = new Date(Date.now() - days * 86_400_000);
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};
const id = (testid) => `[data-testid="${testid}"]`;

/** A buyer's hands: every action is counted as the header says, and a field is scrolled to before it is
 * used, as a thumb has to. */
function hands(page) {
  const count = { taps: 0, keys: 0 };
  const field = async (name) => {
    const locator = page.locator(id(`field-${name}`));
    await locator.scrollIntoViewIfNeeded();
    return locator;
  };
  return {
    count,
    async tap(selector) { count.taps += 1; await page.click(selector); },
    async choose(name, value) {
      const select = await field(name);
      if (await select.inputValue() === value) return;
      count.taps += 2;
      await select.selectOption(value);
    },
    async pick(name, day) { count.taps += 3; await (await field(name)).fill(day); },
    async type(name, text) { count.taps += 1; count.keys += [...text].length; await (await field(name)).fill(text); },
    async paste(name, text) { count.taps += 3; await (await field(name)).fill(text); },
  };
}

// Each buyer: what they know, and the order text their order page gives them to copy.
const BUYERS = [
  {
    name: 'Pinduoduo down jacket, broken zipper',
    facts: { platform: 'pinduoduo', category: 'clothing', problem: 'quality_defect', paid: 6, signed: 3, yuan: '459' },
    paste: `拼多多 订单编号：${'241112-123456789012345'} 下单时间：${daysAgo(6)} 21:03 商家：暖冬羽绒专营店 实付：¥459 签收时间：${daysAgo(3)} 12:00`,
  },
  {
    name: 'Taobao counterfeit sneakers, in English',
    english: true,
    facts: { platform: 'taobao', category: 'shoes_bags', problem: 'counterfeit', paid: 10, signed: 8, yuan: '899' },
    paste: `【淘宝】https://m.tb.cn/h.5AbCdEf?tk=XyZ12345 「2026新款男士运动鞋 透气跑步鞋」点击链接直接打开\n订单编号：3925816071234567890\n付款时间：${daysAgo(10)} 20:11:09\n实付款：¥899.00`,
  },
  {
    name: 'JD phone fault',
    facts: { platform: 'jd', category: 'electronics', problem: 'malfunction', paid: 12, signed: 10, yuan: '2999' },
    paste: `订单号：285437219861\n付款时间：${daysAgo(12)} 09:30:40\n签收时间：${daysAgo(10)} 15:02:10\n店铺：华为京东自营官方旗舰店\n实付款：¥2,999.00`,
  },
];

async function open(browser, url, buyer) {
  const context = await browser.newContext({ viewport: { width: WIDTH, height: 740 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator(id('start-page')).waitFor();
  const buyerHands = hands(page);
  if (buyer.english) await buyerHands.tap(id('lang-switch'));
  await buyerHands.tap(id('start-button'));
  await page.locator(id('screen-policy')).waitFor();
  return { context, page, buyerHands };
}

/** The verdict's top, in px from the top of the page, once it shows; and whether the buyer sees the
 * verdict (or a line that gives it) on the screen as it is when the last fact is in, without scrolling. */
async function verdictAt(page) {
  const verdict = page.locator(id('verdict')).first();
  await verdict.waitFor();
  const at = Math.round(await verdict.evaluate((el) => el.getBoundingClientRect().top + window.scrollY));
  const seen = await page.evaluate(() => ['verdict', 'verdict-jump'].some((testid) => {
    const element = document.querySelector(`[data-testid="${testid}"]`);
    const box = element?.getBoundingClientRect();
    return Boolean(box && box.height > 0 && box.bottom > 0 && box.top < window.innerHeight);
  }));
  return `${at} px, ${seen ? 'on the screen without scrolling' : 'below the screen'}`;
}

async function typedPath(browser, url, buyer) {
  const { context, page, buyerHands } = await open(browser, url, buyer);
  const { facts } = buyer;
  await buyerHands.choose('platform', facts.platform);
  await buyerHands.choose('category', facts.category);
  await buyerHands.choose('problem', facts.problem);
  await buyerHands.pick('paid_on', daysAgo(facts.paid));
  await buyerHands.pick('signed_on', daysAgo(facts.signed));
  await buyerHands.type('paid_yuan', facts.yuan);
  const at = await verdictAt(page);
  return { context, page, ...buyerHands.count, at };
}

async function pastedPath(browser, url, buyer) {
  const { context, page, buyerHands } = await open(browser, url, buyer);
  if (await page.locator(id('field-order_paste')).count() === 0) {
    await context.close();
    return null;
  }
  if (!(await page.locator(id('field-order_paste')).isVisible())) await buyerHands.tap(`${id('paste-order')} summary`);
  await buyerHands.paste('order_paste', buyer.paste);
  await buyerHands.tap(id('paste-read'));
  const { facts } = buyer;
  await buyerHands.choose('platform', facts.platform);
  await buyerHands.choose('category', facts.category);
  await buyerHands.choose('problem', facts.problem);
  // What the order text did not give, the buyer still enters by hand.
  const empty = async (name) => (await page.inputValue(id(`field-${name}`))) === '';
  if (await empty('paid_on')) await buyerHands.pick('paid_on', daysAgo(facts.paid));
  if (await empty('signed_on')) await buyerHands.pick('signed_on', daysAgo(facts.signed));
  if (await empty('paid_yuan')) await buyerHands.type('paid_yuan', facts.yuan);
  const at = await verdictAt(page);
  await context.close();
  return { ...buyerHands.count, at };
}

/** Each step's page height as it opens and with every fold opened, and its widest overflow. */
async function stepHeights(page) {
  const rows = [];
  for (const step of [...STEPS, 'overview']) {
    await page.click(id(`nav-${step}`));
    await page.locator(id(`screen-${step}`)).waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    const shut = await page.evaluate(() => document.documentElement.scrollHeight);
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    const opened = await page.evaluate(() => {
      const folded = [...document.querySelectorAll('details:not([open])')];
      folded.forEach((details) => { details.open = true; });
      const height = document.documentElement.scrollHeight;
      folded.forEach((details) => { details.open = false; });
      return height;
    });
    rows.push({ step, shut, opened, sideways });
  }
  return rows;
}

const { server, url } = await serveDist(dist);
const browser = await launch();
try {
  console.log(`build: ${dist}\nwidth: ${WIDTH} px\n`);
  for (const buyer of BUYERS) {
    const typed = await typedPath(browser, url, buyer);
    const pasted = await pastedPath(browser, url, buyer);
    console.log(`${buyer.name}`);
    console.log(`  typed:  ${typed.taps} taps, ${typed.keys} keystrokes to the first verdict; verdict at ${typed.at}`);
    console.log(pasted
      ? `  pasted: ${pasted.taps} taps, ${pasted.keys} keystrokes to the first verdict; verdict at ${pasted.at}`
      : '  pasted: (this build reads no pasted order)');
    const heights = await stepHeights(typed.page);
    console.log('  page height at 375 px (as opened / every fold open / sideways overflow):');
    for (const row of heights) console.log(`    ${row.step.padEnd(9)} ${String(row.shut).padStart(6)} px  ${String(row.opened).padStart(6)} px  ${row.sideways} px`);
    const total = (key) => heights.reduce((sum, row) => sum + row[key], 0);
    console.log(`    ${'total'.padEnd(9)} ${String(total('shut')).padStart(6)} px  ${String(total('opened')).padStart(6)} px\n`);
    await typed.context.close();
  }
} finally {
  await browser.close();
  server.close();
}
