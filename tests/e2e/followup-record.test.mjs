// Issue 15, points 1, 6 and 7 in the release build, with its 拼多多 buyer: a down jacket whose zipper broke,
// the shop promised on chat to answer within 48 hours and never did. What she logged drives the next
// action (linking to the intervention draft), no screen of the follow-up shows an internal id or key, the
// .ics holds the dates still ahead with two reminders each, and the case list, the overview's button and the
// case file agree on the next step.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedBrowser, watchErrors } from './browser.mjs';
import { daysAgo } from './filled-case.mjs';

const app = sharedBrowser();
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CASE_ID = 'e2e-jacket';

const JACKET = {
  id: CASE_ID,
  title: '',
  revision: 1,
  updated_ms: Date.now(),
  form: { platform: 'pinduoduo', category: 'clothing', problem: 'quality_defect', paid_on: daysAgo(12), signed_on: daysAgo(9), paid_yuan: '459' },
  facts: { item_name: '白鸭绒羽绒服', shop_name: '暖冬旗舰店', order_no: '251128-4471203390', description: '穿了两次拉链头脱落，拉不上。' },
  evidence: [{ evidence: 'photos', done: true, note: '拉链头特写' }],
  log: [{
    on: daysAgo(5), time: '20:15', channel: 'merchant_service', who: '',
    said: '拉链坏了，申请退货退款，客服说要核实', promise: '48小时内答复', promised_by: daysAgo(3),
  }],
  status_history: [{ status: 'submitted', on: daysAgo(5), note: '' }],
  return_tracking_no: '',
  sent_drafts: [{ purpose: 'follow_up', on: daysAgo(1), text: '您好，请于三日内答复。' }],
};

async function storeJacket(page) {
  await page.goto(app.url);
  await page.evaluate(([key, value]) => {
    localStorage.clear();
    localStorage.setItem(key, value);
  }, [`shouhou.v1.case.${CASE_ID}`, JSON.stringify({ v: 1, case: JACKET })]);
}

/** Every rule id of the built-in packs and every snake_case key of the follow-up and template texts. */
async function internalTerms() {
  const terms = new Set(['unchecked', 'unverified', '未核对', '尚未与原文核对']);
  const packs = join(ROOT, 'data', 'packs');
  for (const name of await readdir(packs)) {
    const text = await readFile(join(packs, name), 'utf8');
    for (const [, id] of text.matchAll(/^id = "([a-z0-9_.]+\.[a-z0-9_.]+)"/gm)) terms.add(id);
  }
  const keys = (value) => {
    if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if (!Array.isArray(value) && key.includes('_') && !key.startsWith('_')) terms.add(key);
        keys(inner);
      }
    }
  };
  // The decision's deadline ids, as the rules core writes them: ctx.deadline("merchant_review", …).
  const rules = join(ROOT, 'src', 'rules');
  for (const name of await readdir(rules)) {
    if (!name.endsWith('.rs')) continue;
    const text = await readFile(join(rules, name), 'utf8');
    for (const [, id] of text.matchAll(/deadline\(\s*"([a-z_]+)"/g)) terms.add(id);
  }
  for (const file of ['followup/zh-CN.json', 'followup/en.json', 'followup/rules.json', 'templates/zh-CN.json']) {
    keys(JSON.parse(await readFile(join(ROOT, 'data', file), 'utf8')));
  }
  return [...terms];
}

const yyyymmdd = (iso) => iso.replaceAll('-', '');

for (const width of [375, 1280]) {
  test(`at ${width} px the broken promise is the next action and links to the intervention draft`, async () => {
    const page = await app.browser.newPage({ viewport: { width, height: 800 } });
    const errors = watchErrors(page);
    await storeJacket(page);
    await page.goto(`${app.url}#/case/${CASE_ID}`);
    await page.reload();
    await page.getByTestId('screen-overview').waitFor();
    const first = page.locator('[data-testid="next-actions"] li').first();
    assert.equal(await first.getAttribute('data-action'), 'promise');
    assert.equal(
      (await first.locator('.next-action-title').innerText()).trim(),
      '商家承诺48小时内答复，已逾期3天：可以申请平台介入',
    );
    const overview = await page.getByTestId('screen-overview').innerText();
    assert.ok(!overview.includes('1-3个工作日'), `the overview still says "wait 1-3 working days":\n${overview}`);
    await page.screenshot({ path: `screenshots/followup-overview-${width}.png`, fullPage: true });
    await first.locator('[data-draft="platform_intervention"] a').click();
    await page.getByTestId('screen-dispute').waitFor();
    await page.waitForFunction(() => document.activeElement?.dataset.testid === 'draft-platform_intervention');
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('no follow-up screen shows a rule id, text key or unchecked marker, in either language', async () => {
  const terms = await internalTerms();
  assert.ok(terms.includes('merchant_review') && terms.includes('cn.civil.582'), 'the list is built from the data');
  const page = await app.browser.newPage({ viewport: { width: 375, height: 800 } });
  const errors = watchErrors(page);
  await storeJacket(page);
  for (const lang of ['zh-CN', 'en']) {
    await page.evaluate((lang) => localStorage.setItem('shouhou.v1.lang', lang), lang);
    for (const step of ['', '/progress', '/file', '/print']) {
      await page.goto(`${app.url}#/case/${CASE_ID}${step}`);
      await page.reload();
      // The app's own main: the static start page (index.html's shell) has one per language until the app
      // is up, which in English waits for the English strings to load.
      await page.locator('main#shouhou-main').waitFor();
      await page.locator('[data-testid^="screen-"]').first().waitFor();
      const text = await page.locator('main#shouhou-main').innerText();
      const found = terms.filter((term) => text.includes(term));
      assert.deepEqual(found, [], `${lang} ${step || 'overview'} shows ${found}:\n${text}`);
      if (lang === 'zh-CN' && step === '/progress') {
        assert.ok(text.includes('承诺: 48小时内答复'), text);
        await page.screenshot({ path: 'screenshots/followup-progress-375.png', fullPage: true });
      }
    }
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test('the .ics holds the dates still ahead, each reminding the day before at 09:00 and on the day', async () => {
  const page = await app.browser.newPage({ acceptDownloads: true, viewport: { width: 375, height: 800 } });
  const errors = watchErrors(page);
  await storeJacket(page);
  await page.goto(`${app.url}#/case/${CASE_ID}`);
  await page.reload();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('calendar-export').click()]);
  const ics = (await readFile(await download.path(), 'utf8')).replace(/\r\n /g, '');
  const starts = [...ics.matchAll(/DTSTART;VALUE=DATE:(\d{8})/g)].map(([, on]) => on);
  const today = yyyymmdd(daysAgo(0));
  assert.ok(starts.length > 0 && starts.every((on) => on >= today), `only dates ahead: ${starts}`);
  assert.ok(!starts.includes(yyyymmdd(daysAgo(3))), 'the broken promise is past: not a reminder');
  // The follow-up sent yesterday asked for an answer within three days.
  assert.ok(starts.includes(yyyymmdd(daysAgo(-2))), `the draft's answer day is there: ${starts}\n${ics}`);
  const events = ics.split('BEGIN:VEVENT').slice(1);
  for (const event of events) {
    assert.deepEqual([...event.matchAll(/TRIGGER:(\S+)/g)].map(([, trigger]) => trigger), ['-PT15H', 'PT9H']);
  }
  const shown = ics.split('\r\n').filter((line) => /^(SUMMARY|DESCRIPTION|X-WR-CALNAME)[:;]/.test(line)).join('\n');
  const terms = await internalTerms();
  assert.deepEqual(terms.filter((term) => shown.includes(term)), [], shown);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the case list, the overview and the case file agree on the next step', async () => {
  const page = await app.browser.newPage({ viewport: { width: 375, height: 800 } });
  const errors = watchErrors(page);
  await storeJacket(page);
  await page.goto(`${app.url}#/case/${CASE_ID}`);
  await page.reload();
  await page.getByTestId('screen-overview').waitFor();
  const next = (await page.locator('[data-testid="next-actions"] li .next-action-title').first().innerText()).trim();
  assert.equal(next, '商家承诺48小时内答复，已逾期3天：可以申请平台介入');
  // A filed request does not start again from step 1: the button goes where the next action is done.
  const start = page.getByTestId('overview-start');
  assert.equal((await start.innerText()).trim(), '继续：处理争议');
  await page.goto(`${app.url}#/case/${CASE_ID}/file`);
  const file = await page.locator('main').innerText();
  assert.ok(file.includes(`下一步\n`) && file.includes(next), `the case file names the next step:\n${file}`);
  assert.ok(file.includes('已逾期3天)'), `the broken promise is flagged in the timeline:\n${file}`);
  await page.goto(`${app.url}#/cases`);
  const line = await page.getByTestId('case-next-date').innerText();
  assert.equal(line, `下一步：${next}`);
  await page.screenshot({ path: 'screenshots/followup-cases-375.png', fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test('a no-reason deadline moved past a weekend warns on the overview and the decision that the order page may close the entry first', async () => {
  const page = await app.browser.newPage({ viewport: { width: 375, height: 800 } });
  const errors = watchErrors(page);
  // Signed on the last Saturday: seven days end on a Saturday, which 民法典 Art. 203 moves to a working day.
  const saturday = [0, 1, 2, 3, 4, 5, 6].map(daysAgo).find((iso) => new Date(`${iso}T12:00:00`).getDay() === 6);
  const parcel = {
    ...JACKET,
    id: 'e2e-parcel',
    form: { platform: 'taobao', category: 'general', problem: 'changed_mind', paid_on: daysAgo(10), signed_on: saturday, paid_yuan: '89' },
    log: [],
    status_history: [],
    sent_drafts: [],
  };
  await page.goto(app.url);
  await page.evaluate((value) => {
    localStorage.clear();
    localStorage.setItem('shouhou.v1.case.e2e-parcel', value);
  }, JSON.stringify({ v: 1, case: parcel }));
  for (const [lang, says] of [['zh-CN', '可能按168小时计算'], ['en', 'may count 168 hours']]) {
    await page.evaluate((lang) => localStorage.setItem('shouhou.v1.lang', lang), lang);
    for (const step of ['', '/policy']) {
      await page.goto(`${app.url}#/case/e2e-parcel${step}`);
      await page.reload();
      const warning = await page.getByTestId('entry-warning').innerText();
      assert.ok(warning.includes(says), `${lang} ${step || 'overview'}: ${warning}`);
    }
  }
  await page.screenshot({ path: 'screenshots/followup-entry-warning-375.png', fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test('the rules on the policy screen explain an unchecked number by where it comes from', async () => {
  const page = await app.browser.newPage({ viewport: { width: 375, height: 800 } });
  const errors = watchErrors(page);
  // JD, a phone failing within 15 days: the 三包 rules (a state regulation) are cited.
  const phone = {
    ...JACKET,
    id: 'e2e-phone',
    form: { platform: 'jd', category: 'electronics', problem: 'malfunction', paid_on: daysAgo(6), signed_on: daysAgo(4), paid_yuan: '3999' },
    log: [],
    status_history: [],
    sent_drafts: [],
  };
  await page.goto(app.url);
  await page.evaluate((value) => {
    localStorage.clear();
    localStorage.setItem('shouhou.v1.case.e2e-phone', value);
  }, JSON.stringify({ v: 1, case: phone }));
  await page.goto(`${app.url}#/case/e2e-phone/policy`);
  await page.reload();
  await page.getByTestId('screen-policy').waitFor();
  const rules = await page.locator('li.rule').evaluateAll((items) => items.map((item) => item.textContent));
  const sanbao = rules.filter((text) => text.includes('三包规定'));
  assert.ok(sanbao.length > 0, rules.join('\n'));
  const notes = rules.flatMap((text) => (text.includes('平台帮助页') || text.includes('尚未与原文核对') ? [text] : []));
  assert.deepEqual(notes.filter((text) => text.includes('三包')), [], 'a state rule is not a help page');
  assert.ok(sanbao.some((text) => text.includes('本应用对条文的摘录尚未与发布的原文逐字核对')), `${sanbao.length}: ${sanbao.join(' / ')}`);
  assert.deepEqual(errors, []);
  await page.close();
});
