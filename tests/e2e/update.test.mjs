import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, launchPersistent, watchErrors } from './browser.mjs';
import { controlledBy, withInstalledApp } from './pwa.mjs';
import { serveLikeProduction } from '../bench/server.mjs';

/** Turns the served copy of dist/ into a next release: the same files under a new build id. */
async function publishNextBuild(dir) {
  const file = join(dir, 'sw.js');
  const worker = await readFile(file, 'utf8');
  const [, id] = worker.match(/^const BUILD_ID = "([0-9a-f]+)";/m);
  const nextId = [...id].reverse().join('');
  await writeFile(file, worker.replace(`const BUILD_ID = "${id}";`, `const BUILD_ID = "${nextId}";`));
  return { id, nextId };
}

test('a new build waits for the buyer: the notice shows, and only their click switches versions', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'shouhou-release-'));
  await cp(DIST, dir, { recursive: true });
  try {
    await withInstalledApp(async ({ page, errors }) => {
      const notice = page.getByTestId('update-notice');
      assert.equal(await notice.count(), 0, 'the first install is not an update');

      const { id, nextId } = await publishNextBuild(dir);
      await page.reload();
      await notice.waitFor();
      assert.match(await notice.innerText(), /新版本/);
      assert.deepEqual((await page.evaluate(() => caches.keys())).sort(), [`shouhou-${id}`, `shouhou-${nextId}`].sort(),
        'the new build is cached beside the old one');
      assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).waiting?.state), 'installed',
        'the new worker waits instead of taking over');

      await Promise.all([page.waitForEvent('load'), notice.getByRole('button').click()]);
      await controlledBy(page);
      await page.waitForFunction((expected) => caches.keys().then((keys) => keys.join() === expected), `shouhou-${nextId}`);
      assert.equal(await notice.count(), 0);
      assert.deepEqual(errors, []);
    }, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

// README's hosting policy gives index.html a five-minute max-age. A release within those minutes must not
// leave the new worker precaching the previous index.html from the HTTP cache: the page after "reload"
// would be the old build's, running under the new worker.
test('a release while index.html is still fresh in the HTTP cache precaches the new index.html', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'shouhou-release-'));
  await cp(DIST, dir, { recursive: true });
  const { server, url } = await serveLikeProduction(dir);
  const context = await launchPersistent();
  try {
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(url);
    await controlledBy(page);
    const index = join(dir, 'index.html');
    const marker = '<!-- the next release -->';
    await writeFile(index, (await readFile(index, 'utf8')).replace('</html>', `${marker}\n</html>`));
    await rm(`${index}.br`, { force: true });
    const { nextId } = await publishNextBuild(dir);
    await rm(join(dir, 'sw.js.br'), { force: true });
    await page.reload();
    await page.getByTestId('update-notice').waitFor();
    const precached = await page.evaluate(async (name) => (await (await caches.open(name)).match('./'))?.text(), `shouhou-${nextId}`);
    assert.ok(precached?.includes(marker), 'the new build\'s cache holds the new index.html');
    await Promise.all([page.waitForEvent('load'), page.getByTestId('update-notice').getByRole('button').click()]);
    await controlledBy(page);
    assert.ok((await page.content()).includes(marker), 'after reload the page is the new build\'s');
    await page.getByTestId('start-button').waitFor();
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    server.close();
    await rm(dir, { recursive: true, force: true });
  }
});
