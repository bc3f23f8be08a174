import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateInPage, goOffline, SAMPLE_CASE, withInstalledApp } from './pwa.mjs';
import { completeCase } from './walkthrough.mjs';

test('after one visit the app opens offline and a case started offline reaches a decision', async () => {
  await withInstalledApp(async ({ page, context, server, errors }) => {
    await goOffline(context, server);
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await completeCase(page);
    await page.reload();
    await page.getByTestId('nav-cases').click();
    await page.getByTestId('case-card').first().waitFor();
    assert.equal(await page.getByTestId('case-card').count(), 1, 'the case started offline is kept');
    assert.deepEqual(errors, []);
  });
});

test('offline, the installed app answers window.Shouhou.evaluate and serves its manifest and icons', async () => {
  await withInstalledApp(async ({ page, context, server }) => {
    await goOffline(context, server);
    await page.reload();
    await page.waitForFunction(() => window.Shouhou);
    const { decision } = await evaluateInPage(page, SAMPLE_CASE);
    assert.equal(decision.remedies.length, 4);
    const index = await page.evaluate(() => fetch('index.html').then(async (response) => [response.status, await response.text()]));
    assert.deepEqual([index[0], index[1].includes('data-shell')], [200, true], 'index.html is the precached shell');
    const manifest = await page.evaluate(() => fetch('manifest.webmanifest').then((response) => response.json()));
    assert.equal(manifest.name, '售后助手');
    assert.equal(manifest.lang, 'zh-CN');
    for (const icon of manifest.icons) {
      const status = await page.evaluate((src) => fetch(src).then((response) => response.status), icon.src);
      assert.equal(status, 200, `${icon.src} is precached`);
    }
    assert.deepEqual(manifest.icons.filter((icon) => icon.type === 'image/png').map((icon) => `${icon.sizes} ${icon.purpose ?? 'any'}`),
      ['192x192 any', '512x512 any', '512x512 maskable']);
  });
});

test('Chromium finds the app installable: manifest, icons and an offline-capable service worker', async () => {
  await withInstalledApp(async ({ page, context }) => {
    const devtools = await context.newCDPSession(page);
    const { errors } = await devtools.send('Page.getAppManifest');
    assert.deepEqual(errors, []);
    const { installabilityErrors } = await devtools.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, []);
  });
});
