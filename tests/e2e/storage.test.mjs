// Durable local records (issue 6) in the release build: two real tabs of one profile, export and import
// through the data panel, hostile files, storage denied, a corrupt entry, the v0 fixture, a full quota and
// the save on page hide. The banner is on every screen; the data panel is on the case list (#/cases);
// a case's name is edited on its overview (#/case/<id>).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, launchPersistent, serveDist, watchErrors } from './browser.mjs';

const V0_FIXTURE = await readFile(join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'storage', 'v0-cases.json'), 'utf8');
const CASE = 'shouhou.v1.case.';

let server;
let url;
before(async () => ({ server, url } = await serveDist()));
after(() => server.close());

const TITLE = '[data-testid=field-title]';
const casesUrl = () => `${url}#/cases`;
const caseUrl = (id) => `${url}#/case/${id}`;

/** Opens the case list, puts `entries` in local storage, and reloads so the app reads them. */
async function openWith(page, entries) {
  await page.goto(casesUrl());
  await page.getByTestId('data-panel').waitFor();
  await page.evaluate((entries) => {
    localStorage.clear();
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, entries);
  await page.reload();
  await page.getByTestId('data-panel').waitFor();
}

/** Opens one case's overview, where its name is edited. */
async function openCase(page, id) {
  await page.goto(caseUrl(id));
  await page.locator(TITLE).waitFor();
}

/** Every field of `expected` is in `actual` with the same value (`actual` may hold more). */
function assertContains(actual, expected, path) {
  if (expected !== null && typeof expected === 'object' && !Array.isArray(expected)) {
    for (const [key, value] of Object.entries(expected)) assertContains(actual?.[key], value, `${path}.${key}`);
  } else if (Array.isArray(expected)) {
    assert.equal(actual?.length, expected.length, `${path}.length`);
    expected.forEach((value, index) => assertContains(actual[index], value, `${path}[${index}]`));
  } else {
    assert.deepEqual(actual, expected, path);
  }
}

const entry = (caseRecord) => JSON.stringify({ v: 1, case: caseRecord });
const storedCases = (page) =>
  page.evaluate((prefix) => Object.keys(localStorage).filter((key) => key.startsWith(prefix)).sort()
    .map((key) => JSON.parse(localStorage.getItem(key)).case), CASE);
const waitForTitle = (page, title) =>
  page.waitForFunction(([selector, title]) => document.querySelector(selector)?.value === title, [TITLE, title]);

test('an edit in one tab shows in the other without a reload; simultaneous edits keep both', async () => {
  const context = await launchPersistent();
  try {
    const a = await context.newPage();
    const errors = watchErrors(a);
    await openWith(a, { [`${CASE}shared`]: entry({ id: 'shared', title: '耳机', revision: 1, updated_ms: 1 }) });
    await openCase(a, 'shared');
    const b = await context.newPage();
    await openCase(b, 'shared');
    await b.evaluate(() => { window.notReloaded = true; });

    await a.fill(TITLE, '耳机 左耳没声音');
    await waitForTitle(b, '耳机 左耳没声音');
    assert.equal(await b.evaluate(() => window.notReloaded), true, 'tab B was not reloaded');

    // Both tabs type before either has saved.
    await Promise.all([a.fill(TITLE, 'A 写的标题'), b.fill(TITLE, 'B 写的标题')]);
    const bothKept = (page) => page.waitForFunction((prefix) => {
      const titles = Object.keys(localStorage).filter((key) => key.startsWith(prefix))
        .map((key) => JSON.parse(localStorage.getItem(key)).case.title).sort();
      return titles.length === 2 && titles.some((t) => t.startsWith('A 写的标题')) && titles.some((t) => t.startsWith('B 写的标题'));
    }, CASE);
    await Promise.all([bothKept(a), bothKept(b)]);
    const titles = (await storedCases(a)).map((c) => c.title).sort();
    assert.ok(
      (titles[0] === 'A 写的标题' && titles[1] === 'B 写的标题 (2)') || (titles[0] === 'A 写的标题 (2)' && titles[1] === 'B 写的标题'),
      `both edits are kept: ${JSON.stringify(titles)}`,
    );
    const notices = (await a.getByTestId('storage-notices').count()) + (await b.getByTestId('storage-notices').count());
    assert.ok(notices >= 1, 'the tab whose edit became a copy says so');
    // Both tabs list both cases, without a reload.
    for (const page of [a, b]) {
      await page.goto(casesUrl());
      await page.waitForFunction(() => document.querySelectorAll('[data-testid=case-card]').length === 2);
    }
    assert.equal(await b.evaluate(() => window.notReloaded), true, 'moving within the app did not reload tab B');
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('what was typed is saved when the page is closed right away', async () => {
  const context = await launchPersistent();
  try {
    const a = await context.newPage();
    await openWith(a, { [`${CASE}quick`]: entry({ id: 'quick', title: '', revision: 1, updated_ms: 1 }) });
    await openCase(a, 'quick');
    await a.fill(TITLE, '关页前刚输入');
    await a.close({ runBeforeUnload: true });
    const b = await context.newPage();
    await openCase(b, 'quick');
    await waitForTitle(b, '关页前刚输入');
  } finally {
    await context.close();
  }
});

test('export, delete everything, import: every field comes back', async () => {
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const rich = {
      id: 'rich', title: '扫地机器人', revision: 7, updated_ms: 1732400000000,
      form: { platform: 'jd', category: 'appliance', problem: 'malfunction', paid_on: '2026-11-01', paid_yuan: '1999.50' },
      facts: { buyer_name: '李雷', order_no: 'JD-1' },
      evidence: [{ evidence: 'video', done: true, note: '开机无反应' }],
      log: [{ on: '2026-11-05', time: '14:30', channel: 'merchant_service', who: '客服', said: '寄修', promise: '三天', promised_by: '2026-11-08' }],
      status_history: [{ status: 'submitted', on: '2026-11-05', note: '' }],
      closing: { refund_received_fen: 199950, rating_speed: 2, lessons: '保留视频' },
    };
    await openWith(page, { [`${CASE}rich`]: entry(rich), [`${CASE}plain`]: entry({ id: 'plain', title: '第二个', revision: 1, updated_ms: 2 }) });
    const before = await storedCases(page);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export').click()]);
    assert.match(download.suggestedFilename(), /^shouhou-cases-\d{4}-\d{2}-\d{2}\.json$/);
    const file = await readFile(await download.path(), 'utf8');
    const exported = JSON.parse(file);
    assert.equal(exported.format, 'shouhou-cases');
    assert.equal(exported.version, 1);

    await page.getByTestId('delete-all').click();
    assert.equal((await storedCases(page)).length, 2, 'nothing goes before the buyer confirms');
    await page.getByTestId('confirm-delete-all').getByTestId('confirm').click();
    assert.deepEqual(await storedCases(page), []);

    await page.getByTestId('import').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await page.getByTestId('import-done').waitFor();
    const after = await storedCases(page);
    assert.equal(after.length, before.length);
    for (const [index, original] of exported.cases.entries()) {
      const back = after.find((c) => c.id === original.id);
      for (const field of Object.keys(original)) {
        assert.deepEqual(back[field], original[field], `${original.id}.${field}`);
      }
    }
    // And what was planted is what the file held.
    assertContains(exported.cases.find((c) => c.id === 'rich'), rich, 'rich');
  } finally {
    await browser.close();
  }
});

test('a hostile or malformed file is refused with a message naming what is wrong, and nothing changes', async () => {
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await openWith(page, { [`${CASE}keep`]: entry({ id: 'keep', title: '留着', revision: 1, updated_ms: 1 }) });
    const before = await page.evaluate(() => JSON.stringify(localStorage));
    const files = [
      ['{"format":"shouhou-cases","version":1,"cases":[{"id":"x","__proto__":{"admin":true}}]}', 'cases[0].__proto__'],
      [JSON.stringify({ format: 'shouhou-cases', version: 1, cases: [{ id: 'x', log: [{ on: '昨天' }] }] }), 'cases[0].log[0].on'],
      [JSON.stringify({ format: 'shouhou-cases', version: 42, cases: [] }), '第 42 版'],
      [JSON.stringify([{ id: 'x' }]), 'shouhou-cases'],
      ['{"format": "shouhou-cases",', '第 1 行'],
    ];
    for (const [text, named] of files) {
      await page.getByTestId('import').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(text) });
      await page.waitForFunction((named) => document.querySelector('[data-testid=import-error]')?.textContent.includes(named), named);
      assert.match(await page.getByTestId('import-error').innerText(), /没有导入任何内容/);
    }
    const huge = Buffer.alloc(10 * 1024 * 1024 + 1, 'x');
    await page.getByTestId('import').setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: huge });
    await page.waitForFunction(() => document.querySelector('[data-testid=import-error]')?.textContent.includes('文件太大'));
    assert.equal(await page.evaluate(() => JSON.stringify(localStorage)), before);
    assert.equal(await page.evaluate(() => ({}).admin), undefined);
  } finally {
    await browser.close();
  }
});

test('storage denied: the app runs in memory and says nothing will be kept', async () => {
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
      });
    });
    await page.goto(url);
    await page.getByTestId('memory-only').waitFor();
    assert.match(await page.getByTestId('memory-only').innerText(), /关闭后不会保留/);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test('a sandboxed iframe (no storage at all) gets the in-memory banner', async () => {
  const { server: open, url: openUrl } = await serveDist(undefined, { headers: { 'access-control-allow-origin': '*' } });
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.setContent(`<iframe sandbox="allow-scripts" src="${openUrl}" style="width:800px;height:600px"></iframe>`);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    await frame.waitForSelector('[data-testid=memory-only]');
  } finally {
    await browser.close();
    open.close();
  }
});

test('a corrupt entry is set aside with its text offered; the v0 fixture is migrated', async () => {
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const corrupt = '{"v":1,"case":{"id":"bad","title":"断了';
    await openWith(page, { [`${CASE}bad`]: corrupt, 'shouhou.cases': V0_FIXTURE });
    await page.getByTestId('set-aside-notice').waitFor();
    assert.match(await page.getByTestId('set-aside-notice').innerText(), /2 条.*没有删除/);
    const raws = await page.$$eval('[data-testid=set-aside-raw]', (areas) => areas.map((area) => area.value));
    assert.ok(raws.includes(corrupt), 'the raw text is offered');
    assert.match(await page.getByTestId('storage-notices').innerText(), /2 个案件升级/);
    assert.equal(await page.getByTestId('case-card').count(), 2);
    assert.match((await page.getByTestId('case-card').allInnerTexts()).join('\n'), /蓝牙耳机左耳没声音/);
    assert.equal(await page.evaluate(() => localStorage.getItem('shouhou.cases')), null);
  } finally {
    await browser.close();
  }
});

test('a full quota: the save fails with a message, the edit stays, export is offered', async () => {
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await openWith(page, { [`${CASE}full`]: entry({ id: 'full', title: '原名', revision: 1, updated_ms: 1 }) });
    await openCase(page, 'full');
    await page.evaluate(() => {
      let chunk = 1 << 20;
      for (let n = 0; chunk >= 1; n++) {
        try { localStorage.setItem(`filler.${n}`, 'x'.repeat(chunk)); } catch { chunk >>= 1; }
      }
    });
    await page.fill(TITLE, '存不下的新名字'.repeat(20));
    await page.getByTestId('save-error').waitFor();
    assert.match(await page.getByTestId('save-error').innerText(), /存储空间已满[\s\S]*导出全部案件/);
    assert.equal(await page.inputValue(TITLE), '存不下的新名字'.repeat(20));
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('filler.')).forEach((k) => localStorage.removeItem(k)));
    await page.getByTestId('save-error').getByRole('button', { name: '重试保存' }).click();
    await page.getByTestId('save-error').waitFor({ state: 'detached' });
    assert.equal((await storedCases(page))[0].title, '存不下的新名字'.repeat(20));
  } finally {
    await browser.close();
  }
});

/** Whether the page asks before it is left: a cancelable beforeunload dispatched as the browser does
 * before unloading, cancelled by the page. (Headless Chromium shows no beforeunload dialog to test.) */
const asksBeforeLeaving = (page) => page.evaluate(() => !window.dispatchEvent(new Event('beforeunload', { cancelable: true })));

test('while storage refuses a save, leaving the page asks first; once saved, it does not', async () => {
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await openWith(page, { [`${CASE}unload`]: entry({ id: 'unload', title: '原名', revision: 1, updated_ms: 1 }) });
    await openCase(page, 'unload');
    await page.fill(TITLE, '存得下');
    assert.equal(await asksBeforeLeaving(page), false, 'saved (at once, by the unload itself): no question');
    await page.evaluate(() => {
      let chunk = 1 << 20;
      for (let n = 0; chunk >= 1; n++) {
        try { localStorage.setItem(`filler.${n}`, 'x'.repeat(chunk)); } catch { chunk >>= 1; }
      }
    });
    await page.fill(TITLE, '还没存下的名字'.repeat(20));
    await page.getByTestId('save-error').waitFor();
    assert.equal(await asksBeforeLeaving(page), true, 'the browser is told to ask before the unsaved edit is lost');

    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('filler.')).forEach((k) => localStorage.removeItem(k)));
    assert.equal(await asksBeforeLeaving(page), false, 'room again: the unload saves the edit and does not ask');
    assert.equal((await storedCases(page))[0].title, '还没存下的名字'.repeat(20));
  } finally {
    await browser.close();
  }
});
