import { test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveDist, watchErrors } from './browser.mjs';

test('the first screen renders in Chinese with no console error', async () => {
  const { server, url } = await serveDist();
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(url);
    await page.getByRole('heading', { level: 1 }).waitFor();
    assert.match(await page.locator('h1').innerText(), /售后助手/);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    server.close();
  }
});
