// The case file of a filled case, in the release build: printed to PDF in headless Chromium, the key
// facts are found in the PDF's text (pdftotext, Debian poppler-utils); the print view's checklist fits on
// one A4 page; the calendar export downloads as an .ics file.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, serveDist, watchErrors } from './browser.mjs';
import { CASE_ID, FILLED_CASE, daysAgo, storeFilledCase } from './filled-case.mjs';

let server;
let url;
let dir;
before(async () => {
  ({ server, url } = await serveDist());
  dir = await mkdtemp(join(tmpdir(), 'shouhou-casefile-'));
});
after(() => server.close());

async function openCase(page, step) {
  await storeFilledCase(page, url);
  await page.goto(`${url}#/case/${CASE_ID}/${step}`);
  await page.reload();
  await page.locator('article.sheet').waitFor();
}

async function pdfText(page, name) {
  const file = join(dir, `${name}.pdf`);
  await writeFile(file, await page.pdf({ format: 'A4', printBackground: false }));
  const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))[1]);
  return { file, text, pages };
}

/** pdftotext may break a line or space out CJK text; compare without whitespace. */
const squash = (text) => text.replace(/\s+/g, '');

test('the case file prints to PDF with the facts, rules, evidence, timeline and sent texts', async () => {
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await openCase(page, 'file');
    const { text } = await pdfText(page, 'case-file');
    const flat = squash(text);
    for (const fact of [
      '售后案件材料', '蓝牙耳机左耳无声', '张三', '13800000000', '3901234567890', '某某电子商行', '¥199.50',
      '收到第三天左耳完全无声', '开机演示左耳无声', '客服小王', '3天内回复处理方案', '平台申请售后',
      '申请退货退款:耳机左耳无声,附视频。', daysAgo(16),
    ]) {
      assert.ok(flat.includes(squash(fact)), `the PDF lacks ${fact}:\n${text}`);
    }
    for (const heading of ['事实', '处理依据', '期限', '证据清单', '经过', '已发送的文本']) {
      assert.ok(flat.includes(heading), `no ${heading} section`);
    }
    assert.match(flat, /依据:《[^》]+》第/, 'the decision cites its rules as a buyer would');
    assert.doesNotMatch(flat, /\[[a-z0-9_]+\.[a-z0-9_.]+|未核对/, 'no rule id and no unchecked marker on paper');
    assert.ok(!flat.includes('打印'), 'the buttons stay off paper');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test('the print view is a one-page checklist of steps, evidence and deadlines', async () => {
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await openCase(page, 'print');
    const { text, pages } = await pdfText(page, 'checklist');
    assert.equal(pages, 1, `the checklist takes ${pages} pages`);
    const flat = squash(text);
    for (const fact of ['售后清单', '下一步', '步骤', '证据', '期限', '收集证据', '开机演示左耳无声']) {
      assert.ok(flat.includes(fact), `the checklist lacks ${fact}:\n${text}`);
    }
    // The seller promised a reply 12 days ago and the 5-day platform wait ran out: both are on paper.
    assert.ok(flat.includes('客服小王承诺'), text);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test('the calendar export downloads an .ics file with the case name and the dates ahead', async () => {
  const browser = await launch();
  try {
    const page = await browser.newPage({ acceptDownloads: true });
    const errors = watchErrors(page);
    // The filled case, with a second promise still ahead: the .ics holds it (the broken one is past).
    const promised = {
      on: daysAgo(1), time: '10:00', channel: 'merchant_service', who: '客服小李',
      said: '已催促售后', promise: '明天给出处理方案', promised_by: daysAgo(-1),
    };
    await page.goto(url);
    await page.evaluate(([key, value]) => {
      localStorage.clear();
      localStorage.setItem(key, value);
    }, [`shouhou.v1.case.${CASE_ID}`, JSON.stringify({ v: 1, case: { ...FILLED_CASE, log: [...FILLED_CASE.log, promised] } })]);
    await page.goto(`${url}#/case/${CASE_ID}/file`);
    await page.reload();
    await page.locator('article.sheet').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /\.ics/ }).click(),
    ]);
    assert.equal(download.suggestedFilename(), `shouhou-${CASE_ID}.ics`);
    const ics = await readFile(await download.path(), 'utf8');
    assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\n'));
    assert.ok(ics.trimEnd().endsWith('END:VCALENDAR'));
    const unfolded = ics.replace(/\r\n /g, '');
    assert.ok(unfolded.includes('SUMMARY:蓝牙耳机左耳无声: 客服小李承诺: 明天给出处理方案\r\n'), unfolded);
    assert.ok(!unfolded.includes('3天内回复处理方案'), 'the promise broken 12 days ago is not a reminder');
    assert.match(unfolded, /DTSTART;VALUE=DATE:\d{8}\r\n/);
    assert.ok(unfolded.includes('BEGIN:VALARM'));
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});
