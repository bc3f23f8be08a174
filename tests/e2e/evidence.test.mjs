// Evidence files (issue 16) in the release build: attach two images and a PDF through the input, keep
// them across a reload and an offline reload, export the backup zip, delete everything, import it and
// find the same files with the same fingerprints; a tampered zip is refused naming the file; the
// location-free copies for sharing; a full quota; storage blocked (files in memory).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, serveDist, watchErrors } from './browser.mjs';
import { cspViolations, goOffline, recordCspViolations, withInstalledApp } from './pwa.mjs';
import { CASE_ID, storeFilledCase } from './filled-case.mjs';
import { completeCase } from './walkthrough.mjs';
import { cards, evidenceFiles, gpsEntryCount, sha256, thumbnailsLoaded } from './evidence-files.mjs';

const SHOTS = process.env.SHOTS_DIR ?? join(tmpdir(), 'shouhou-evidence-shots');

const evidenceUrl = (url) => `${url}#/case/${CASE_ID}/evidence`;

/** Opens the evidence step of `url`'s page (a reload, so the app reads what local storage holds). */
async function openEvidence(page, url) {
  await page.goto(evidenceUrl(url));
  await page.reload();
}

/** The testids of the decision's evidence items, in order. */
async function items(page) {
  await page.getByTestId('evidence-list').waitFor();
  return page.$$eval('[data-testid=evidence-list] > li', (items) => items.map((item) => item.dataset.testid));
}

async function attachAll(page, files) {
  const [first, second] = await items(page);
  await page.getByTestId(`${first}-add`).setInputFiles(files.images);
  await page.locator('[data-testid=file-card]').nth(1).waitFor();
  await page.getByTestId(`${second ?? first}-add`).setInputFiles([files.pdf]);
  await page.locator('[data-testid=file-card]').nth(2).waitFor();
  return [first, second];
}

function expected(files) {
  return [...files.images, files.pdf]
    .map((file) => ({ name: file.name, sha256: sha256(file.buffer) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

async function download(page, click) {
  const [saved] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = join(tmpdir(), `shouhou-${Date.now()}-${saved.suggestedFilename()}`);
  await saved.saveAs(path);
  return path;
}

test('two images and a PDF survive reload, offline reload, export, delete everything and import', async () => {
  await mkdir(SHOTS, { recursive: true });
  await withInstalledApp(async ({ page, context, server, errors }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await storeFilledCase(page, page.url());
    await openEvidence(page, page.url().split('#')[0]);
    const files = await evidenceFiles(page);
    const [first] = await attachAll(page, files);
    const want = expected(files);
    assert.deepEqual(await cards(page), want, 'the fingerprints computed on the device are the SHA-256 of the bytes');
    await thumbnailsLoaded(page, 2);
    assert.match(await page.getByTestId('file-notice').first().innerText(), /已添加 1 个文件/);
    assert.match(await page.getByTestId('file-space').innerText(), /已用 .*还可用/);
    assert.ok(await page.getByTestId(first).evaluate((item) => item.classList.contains('done')), 'an item with a file counts as done');
    await page.getByTestId(first).screenshot({ path: join(SHOTS, 'evidence-item-375.png') });
    await page.getByTestId('evidence-meter').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'evidence-step-375.png') });
    await page.getByTestId(first).locator('[data-testid=file-card]').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'evidence-files-375.png') });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByTestId(first).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'evidence-files-1280.png') });
    await page.setViewportSize({ width: 375, height: 800 });

    await page.getByTestId('file-view').first().click();
    await page.getByTestId('file-viewer').waitFor();
    await page.screenshot({ path: join(SHOTS, 'evidence-viewer-375.png') });
    await page.keyboard.press('Escape');
    await page.getByTestId('file-viewer').waitFor({ state: 'detached' });

    await page.reload();
    await page.locator('[data-testid=file-card]').nth(2).waitFor();
    assert.deepEqual(await cards(page), want, 'kept across a reload');

    await goOffline(context, server);
    await page.reload();
    await page.locator('[data-testid=file-card]').nth(2).waitFor();
    await thumbnailsLoaded(page, 2);
    assert.deepEqual(await cards(page), want, 'kept and shown offline');

    await page.goto(page.url().replace(/#.*/, `#/case/${CASE_ID}/file`));
    await page.locator('[data-testid=sheet-file]').nth(2).waitFor();
    const sheet = await page.locator('.case-file').innerText();
    for (const file of want) assert.ok(sheet.includes(file.sha256), `the case file lists ${file.name} with its fingerprint`);
    await thumbnailsLoaded(page, 2);
    await page.locator('.sheet-files').screenshot({ path: join(SHOTS, 'case-file-files-375.png') });

    await page.goto(page.url().replace(/#.*/, '#/cases'));
    const zip = await download(page, () => page.getByTestId('bundle-export').click());
    const listing = execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' }).trim().split('\n');
    assert.equal(listing.length, 4, `the case JSON and three files: ${listing}`);
    execFileSync('unzip', ['-tq', zip]);

    await page.getByTestId('bundle-without-location').check();
    const shared = await download(page, () => page.getByTestId('bundle-export').click());
    const sharedCases = JSON.parse(execFileSync('unzip', ['-p', shared, 'shouhou-cases.json'], { encoding: 'utf8' }));
    const photo = sharedCases.cases[0].files.find((file) => file.media_type === 'image/jpeg');
    const original = files.images[0].buffer;
    assert.equal(photo.location_removed_from, sha256(original), 'the copy names the original fingerprint');
    const copy = execFileSync('unzip', ['-p', shared, `files/${photo.id}/*`]);
    assert.equal(sha256(copy), photo.sha256, 'the copy is listed with its own fingerprint');
    assert.deepEqual([gpsEntryCount(original), gpsEntryCount(copy), copy.length], [2, 0, original.length]);
    const png = sharedCases.cases[0].files.find((file) => file.media_type === 'image/png');
    assert.equal(png.location_removed_from, '', 'a PNG without a location goes as it is');

    await page.getByTestId('delete-all').click();
    await page.getByTestId('confirm-delete-all').getByTestId('confirm').click();
    await page.getByTestId('case-card').first().waitFor({ state: 'detached' });
    await page.waitForFunction(() => new Promise((done) => {
      const open = indexedDB.open('shouhou-files');
      open.onsuccess = () => {
        const count = open.result.transaction('files').objectStore('files').count();
        count.onsuccess = () => done(count.result === 0);
      };
    }));

    const tampered = await readFile(zip);
    const at = tampered.indexOf(Buffer.from('%PDF-1.4'));
    tampered[at + 5] = '9'.charCodeAt(0);
    const tamperedPath = `${zip}.tampered.zip`;
    await writeFile(tamperedPath, tampered);
    await page.getByTestId('bundle-import').setInputFiles(tamperedPath);
    await page.getByTestId('bundle-error').waitFor();
    assert.match(await page.getByTestId('bundle-error').innerText(), /订单详情\.pdf.*指纹不符.*没有导入任何内容/);
    assert.equal(await page.getByTestId('case-card').count(), 0, 'a refused zip changes nothing');

    await page.getByTestId('bundle-import').setInputFiles(zip);
    await page.getByTestId('bundle-done').waitFor();
    assert.equal(await page.getByTestId('bundle-done').innerText(), '导入完成：新增 1 个案件。', 'only what happened is named');
    await page.goto(evidenceUrl(page.url().split('#')[0]));
    await page.locator('[data-testid=file-card]').nth(2).waitFor();
    await thumbnailsLoaded(page, 2);
    assert.deepEqual(await cards(page), want, 'the same files with the same fingerprints after import');
    assert.deepEqual(errors, []);
  });
});

test('a file keeps its note and is deleted only after confirmation', async () => {
  const { server, url } = await serveDist();
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await storeFilledCase(page, url);
    await openEvidence(page, url);
    const files = await evidenceFiles(page);
    const [first] = await items(page);
    await page.getByTestId(`${first}-add`).setInputFiles([files.pdf]);
    await page.getByTestId('file-card').waitFor();
    await page.getByTestId('file-note').fill('订单页截图转存的 PDF');
    await page.getByTestId('file-note').press('Tab');
    await page.reload();
    await page.getByTestId('file-card').waitFor();
    assert.equal(await page.getByTestId('file-note').inputValue(), '订单页截图转存的 PDF', 'the note on the file is kept');
    await page.getByTestId('file-delete').click();
    await page.getByTestId('confirm-file-delete').getByTestId('cancel').click();
    assert.equal(await page.getByTestId('file-card').count(), 1);
    await page.getByTestId('file-delete').click();
    await page.getByTestId('confirm-file-delete').getByTestId('confirm').click();
    await page.getByTestId('file-card').waitFor({ state: 'detached' });
    await page.reload();
    await page.getByTestId('evidence-list').waitFor();
    assert.equal(await page.getByTestId('file-card').count(), 0);
  } finally {
    await browser.close();
    server.close();
  }
});

test('quota full: a file that does not fit is refused by name and nothing else is lost', async () => {
  const { server, url } = await serveDist();
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    // A 3 MB quota, set before the origin stores anything: Chromium refuses writes past it
    // (QuotaExceededError), though its storage estimate does not show the smaller quota.
    const devtools = await page.context().newCDPSession(page);
    await devtools.send('Storage.overrideQuotaForOrigin', { origin: new URL(url).origin, quotaSize: 3 * 1024 * 1024 });
    await storeFilledCase(page, url);
    await openEvidence(page, url);
    const files = await evidenceFiles(page);
    const [first] = await items(page);
    await page.getByTestId(`${first}-add`).setInputFiles([files.pdf]);
    await page.getByTestId('file-card').waitFor();
    const note = page.getByTestId(`${first}-note`);
    await note.fill('拉链照片三张');
    const big = { name: '整段视频.mp4', mimeType: 'video/mp4', buffer: Buffer.alloc(2 * 1024 * 1024, 7) };
    await page.getByTestId(`${first}-add`).setInputFiles([big, files.images[1]]);
    await page.getByTestId('file-problem').waitFor();
    assert.match(await page.getByTestId('file-problem').innerText(), /存储空间已满，“整段视频\.mp4”没有保存。其他内容都还在/);
    await page.locator('[data-testid=file-card]').nth(1).waitFor();
    assert.deepEqual((await cards(page)).map((card) => card.name), ['chat.png', '订单详情.pdf'], 'the file that fits is kept');
    await page.reload();
    await page.locator('[data-testid=file-card]').nth(1).waitFor();
    assert.equal(await page.getByTestId(`${first}-note`).inputValue(), '拉链照片三张');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    server.close();
  }
});

test('storage blocked: files live in memory under the same banner, and nothing reaches IndexedDB', async () => {
  const { server, url } = await serveDist();
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(url);
    const files = await evidenceFiles(page);
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
      });
    });
    await page.reload();
    await page.getByTestId('memory-only').waitFor();
    await completeCase(page);
    const caseId = page.url().split('#/case/')[1].split('/')[0];
    await page.evaluate((hash) => { location.hash = hash; }, `#/case/${caseId}/evidence`);
    const [first] = await items(page);
    await page.getByTestId(`${first}-add`).setInputFiles(files.images);
    await page.locator('[data-testid=file-card]').nth(1).waitFor();
    await thumbnailsLoaded(page, 2);
    const want = files.images.map((file) => ({ name: file.name, sha256: sha256(file.buffer) }))
      .sort((a, b) => a.name.localeCompare(b.name));
    assert.deepEqual(await cards(page), want);
    assert.match(await page.getByTestId('memory-only').innerText(), /关闭后不会保留/, 'the same banner as for cases');
    const databases = await page.evaluate(async () => (await indexedDB.databases()).map((database) => database.name));
    assert.ok(!databases.includes('shouhou-files'), 'no file reached IndexedDB');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    server.close();
  }
});

test('embedded: files attach inside the widget shadow root and the host page DOM never holds them', async () => {
  const { server, url } = await serveDist();
  const browser = await launch();
  try {
    // A host page registers no service worker: without this block, the app page's worker (installed by the
    // first visit, sooner or later depending on load) would answer for the routed host page instead.
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(url);
    const files = await evidenceFiles(page);
    const hostUrl = `${url}evidence-host.html`;
    await page.route(hostUrl, (route) => route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>host</title></head><body>
        <h1>帮助中心</h1><shouhou-assistant></shouhou-assistant><script type="module" src="embed.js"></script></body></html>`,
    }));
    await page.goto(hostUrl);
    const widget = page.locator('shouhou-assistant');
    await completeCase(widget);
    await widget.getByTestId('next-step').click();
    const [first] = await widget.locator('[data-testid=evidence-list] > li').evaluateAll((items) => items.map((item) => item.dataset.testid));
    await widget.getByTestId(`${first}-add`).setInputFiles(files.images);
    await widget.locator('[data-testid=file-card]').nth(1).waitFor();
    await page.waitForFunction(() => {
      const images = [...document.querySelector('shouhou-assistant').shadowRoot.querySelectorAll('[data-testid=file-image]')];
      return images.length === 2 && images.every((image) => image.complete && image.naturalWidth > 0);
    });
    const shas = await widget.locator('[data-testid=file-card]').evaluateAll((cards) => cards.map((card) => card.dataset.sha256).sort());
    assert.deepEqual(shas, files.images.map((file) => sha256(file.buffer)).sort());
    const lightDom = await page.evaluate(() => document.body.innerHTML);
    assert.ok(!lightDom.includes('blob:') && !lightDom.includes('file-card'), 'nothing of the files in the host page\'s DOM');
    assert.equal(new URL(page.url()).hash, '', 'the host URL is left alone');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    server.close();
  }
});

/** Chooses files on the input `testid` as the browser's picker would: `big` names a video of `bytes` built
 * in the page from one 1 MB part repeated (the browser keeps references, so nothing that size is
 * allocated; the app must refuse it by its size before reading it), `small` are files as `setInputFiles`
 * takes them. */
async function chooseWithBigVideo(page, testid, big, small) {
  await page.getByTestId(testid).evaluate((input, [big, small]) => {
    const part = new Blob([new Uint8Array(1024 * 1024)]);
    const parts = Array.from({ length: Math.ceil(big.bytes / part.size) }, () => part);
    const chosen = new DataTransfer();
    chosen.items.add(new File(parts, big.name, { type: 'video/mp4' }));
    for (const file of small) chosen.items.add(new File([new Uint8Array(file.bytes)], file.name, { type: file.mimeType }));
    input.files = chosen.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, [big, small.map((file) => ({ name: file.name, mimeType: file.mimeType, bytes: [...file.buffer] }))]);
}

test('a video over the 200 MB limit is refused by name and limit, before it is read, and nothing else is lost', async () => {
  const { server, url } = await serveDist();
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await storeFilledCase(page, url);
    await openEvidence(page, url);
    const files = await evidenceFiles(page);
    const [first] = await items(page);
    await page.getByTestId(`${first}-note`).fill('开机演示左耳无声，完整录像');
    await chooseWithBigVideo(page, `${first}-add`, { name: '开箱全程.mp4', bytes: 201 * 1024 * 1024 }, [files.images[1]]);
    const problem = page.getByTestId(first).getByTestId('file-problem');
    await problem.waitFor();
    assert.equal(await page.getByTestId('file-problem').count(), 1);
    const [buttonsAt, problemAt] = [await page.getByTestId(first).locator('.file-inputs').boundingBox(), await problem.boundingBox()];
    assert.ok(problemAt.y > buttonsAt.y, 'said under the buttons just used, in the same item');
    assert.equal(
      await problem.innerText(),
      '“开箱全程.mp4”有 201 MB，超过单个文件的上限 200 MB，没有添加。较长的视频请剪短或分段后再添加。',
    );
    await page.getByTestId('file-card').waitFor();
    assert.deepEqual(await cards(page), [{ name: 'chat.png', sha256: sha256(files.images[1].buffer) }], 'the other file chosen with it is kept');
    await page.reload();
    await page.getByTestId('file-card').waitFor();
    assert.equal(await page.getByTestId(`${first}-note`).inputValue(), '开机演示左耳无声，完整录像', 'what was typed is kept');
    assert.equal(await page.getByTestId('file-card').count(), 1);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    server.close();
  }
});

test('a file larger than the space the storage estimate leaves is refused by name, saying what is left', async () => {
  const { server, url } = await serveDist();
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    // The browser says 1 MB is left: 499 MB used of a 500 MB quota.
    await page.addInitScript(() => {
      StorageManager.prototype.estimate = async () => ({ usage: 499 * 1024 * 1024, quota: 500 * 1024 * 1024 });
    });
    await storeFilledCase(page, url);
    await openEvidence(page, url);
    const files = await evidenceFiles(page);
    const [first] = await items(page);
    await page.getByTestId(`${first}-note`).fill('拉链特写');
    await page.getByTestId('file-space').filter({ hasText: '浏览器' }).waitFor();
    assert.match(await page.getByTestId('file-space').innerText(), /已用 499 MB，还可用约 1 MB。单个文件最大 200 MB。浏览器/, 'no space between Chinese sentences');
    const video = { name: '故障录像.mp4', mimeType: 'video/mp4', buffer: Buffer.alloc(2 * 1024 * 1024, 7) };
    await page.getByTestId(`${first}-add`).setInputFiles([video, files.images[1]]);
    await page.getByTestId('file-problem').waitFor();
    assert.equal(
      await page.getByTestId('file-problem').innerText(),
      '“故障录像.mp4”（2 MB）放不下：本机只剩约 1 MB。没有添加它，其他内容都还在。可以导出备份后删除不需要的文件。',
    );
    await page.getByTestId('file-card').waitFor();
    assert.deepEqual((await cards(page)).map((card) => card.name), ['chat.png'], 'the file that fits is kept');
    const kept = await page.evaluate(() => new Promise((done) => {
      const open = indexedDB.open('shouhou-files');
      open.onsuccess = () => {
        const count = open.result.transaction('files').objectStore('files').count();
        count.onsuccess = () => done(count.result);
      };
    }));
    assert.equal(kept, 1, 'only the file that fits reached IndexedDB');
    await page.reload();
    await page.getByTestId('file-card').waitFor();
    assert.equal(await page.getByTestId(`${first}-note`).inputValue(), '拉链特写');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    server.close();
  }
});

/** A page at 375 px whose app page (index.html) carries `frameSrc` as its policy's frame-src, whatever the
 * build's index.html says (no service worker, so the page always comes through the route). */
async function phoneWithFramePolicy(browser, url, frameSrc) {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 }, serviceWorkers: 'block' });
  await recordCspViolations(context);
  await context.route(url, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(/ frame-src [^;"]*;?/, '').replace("default-src 'self';", `default-src 'self'; frame-src ${frameSrc};`);
    await route.fulfill({ response, body: html });
  });
  const page = await context.newPage();
  return { context, page, errors: watchErrors(page) };
}

async function openPdfInFullView(page, url) {
  await storeFilledCase(page, url);
  await openEvidence(page, url);
  const files = await evidenceFiles(page);
  const [first] = await items(page);
  await page.getByTestId(`${first}-add`).setInputFiles(files.images);
  await page.locator('[data-testid=file-card]').nth(1).waitFor();
  await page.getByTestId(`${first}-add`).setInputFiles([files.pdf]);
  const card = page.getByTestId('file-card').filter({ hasText: files.pdf.name });
  await card.getByTestId('file-view').click();
  await page.getByTestId('file-viewer').waitFor();
  return files;
}

test('a PDF in the full view at 375 px: shown in a frame across the screen, opened in the browser\'s viewer, saved under its name', async () => {
  const { server, url } = await serveDist();
  const browser = await launch();
  try {
    const { context, page, errors } = await phoneWithFramePolicy(browser, url, "'self' blob:");
    const files = await openPdfInFullView(page, url);
    const frame = page.getByTestId('file-pdf-frame');
    const src = await frame.getAttribute('src');
    assert.match(src, /^blob:/);
    assert.equal(await frame.getAttribute('title'), files.pdf.name);
    assert.equal(await page.getByTestId('file-save').getAttribute('href'), src, 'the frame shows what is saved (below)');
    await page.waitForFunction((src) => document.querySelector('[data-testid=file-pdf-frame]')?.contentWindow?.location.href === src, src);
    const box = await frame.boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= 375 && box.width >= 330, `the frame spans the phone's width: ${JSON.stringify(box)}`);
    assert.ok(box.height >= 500, `the frame takes most of the height: ${box.height}`);
    for (const button of ['file-open', 'file-save']) {
      const at = await page.getByTestId(button).boundingBox();
      assert.ok(at.y + at.height <= 800 && at.height >= 44, `${button} is on screen and big enough to tap`);
    }
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(SHOTS, 'evidence-viewer-pdf-375.png') });

    const [opened] = await Promise.all([context.waitForEvent('page'), page.getByTestId('file-open').click()]);
    await opened.waitForLoadState();
    assert.equal(opened.url(), src, 'opened in a tab of its own');
    await opened.close();
    const saved = await download(page, () => page.getByTestId('file-save').click());
    assert.ok(saved.endsWith(files.pdf.name), 'saved under its own name');
    assert.equal(sha256(await readFile(saved)), sha256(files.pdf.buffer), 'the kept bytes');

    await page.getByTestId('viewer-close').focus();
    await page.keyboard.press('Escape');
    await page.getByTestId('file-viewer').waitFor({ state: 'detached' });
    const focused = await page.evaluate(() => [document.activeElement.dataset.testid, document.activeElement.closest('[data-testid=file-card]')?.querySelector('[data-testid=file-name]').textContent]);
    assert.deepEqual(focused, ['file-view', files.pdf.name], 'the focus is back on the thumbnail that opened the view');
    assert.deepEqual(await cspViolations(page), []);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    server.close();
  }
});

test('a PDF where the page\'s policy forbids framing it: the full view says so and still opens and saves it', async () => {
  const { server, url } = await serveDist();
  const browser = await launch();
  try {
    const { page } = await phoneWithFramePolicy(browser, url, "'self'");
    const files = await openPdfInFullView(page, url);
    await page.getByTestId('file-pdf-blocked').waitFor();
    assert.equal(await page.getByTestId('file-pdf-frame').count(), 0, 'no frame with the browser\'s error page');
    assert.match(await page.getByTestId('file-pdf-blocked').innerText(), /这里不能直接显示 PDF。点“打开 PDF”/);
    const saved = await download(page, () => page.getByTestId('file-save').click());
    assert.ok(saved.endsWith(files.pdf.name), 'saved under its own name');
    assert.equal(sha256(await readFile(saved)), sha256(files.pdf.buffer));
    assert.match(await page.getByTestId('file-open').getAttribute('href'), /^blob:/);
    await page.screenshot({ path: join(SHOTS, 'evidence-viewer-pdf-blocked-375.png') });
  } finally {
    await browser.close();
    server.close();
  }
});

test('the add and camera buttons speak the screen\'s language, hide the browser\'s own button, and work from the keyboard', async () => {
  const { server, url } = await serveDist();
  const browser = await launch();
  try {
    for (const [lang, add, camera] of [['zh-CN', '添加照片、视频或 PDF', '用相机拍摄'], ['en', 'Add photos, video or PDF', 'Take with the camera']]) {
      const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
      const errors = watchErrors(page);
      // Listening from the start: the browser is told to hand the chooser over long before the key press.
      const chooserOpened = new Promise((opened) => page.once('filechooser', opened));
      await storeFilledCase(page, url);
      await page.evaluate((lang) => localStorage.setItem('shouhou.v1.lang', lang), lang);
      await openEvidence(page, url);
      const [first] = await items(page);
      for (const [input, words] of [[`${first}-add`, add], [`${first}-camera`, camera]]) {
        const button = page.locator('label.file-button').filter({ has: page.getByTestId(input) });
        assert.equal((await button.innerText()).trim(), words);
        const box = await button.boundingBox();
        assert.ok(box.height >= 44 && box.width >= 120, `${input}: a button big enough to tap: ${JSON.stringify(box)}`);
        const native = await page.getByTestId(input).boundingBox();
        assert.ok(native.width <= 1 && native.height <= 1, `${input}: the browser's own button is out of sight: ${JSON.stringify(native)}`);
      }
      assert.equal(await page.getByTestId(`${first}-camera`).getAttribute('capture'), 'environment');
      await page.getByTestId(`${first}-note`).focus();
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), `${first}-add`, 'the next stop after the note is the add button');
      const ring = await page.locator('label.file-button').first().evaluate((label) => getComputedStyle(label).outlineStyle);
      assert.equal(ring, 'solid', 'the focused button shows the focus ring');
      await page.keyboard.press('Enter');
      const chooser = await Promise.race([chooserOpened, page.waitForTimeout(10000).then(() => assert.fail('Enter opened no file chooser'))]);
      assert.ok(chooser.isMultiple(), 'several files at once');
      const files = await evidenceFiles(page);
      await chooser.setFiles(files.images);
      await page.locator('[data-testid=file-card]').nth(1).waitFor();
      await page.getByTestId(first).locator('.file-inputs').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, `evidence-buttons-${lang}-375.png`) });
      await page.goto(`${url}#/cases`);
      for (const input of ['import', 'bundle-import']) {
        const native = await page.getByTestId(input).boundingBox();
        assert.ok(native.width <= 1, `${input}: the browser's own button is out of sight`);
        const button = page.locator('label.file-button').filter({ has: page.getByTestId(input) });
        assert.match(await button.innerText(), lang === 'en' ? /^Import a backup/ : /^导入备份/);
      }
      assert.deepEqual(errors, []);
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
});
