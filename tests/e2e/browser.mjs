// Shared test fixtures: the release dist/ served on loopback and Debian's Chromium through playwright-core.
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './serve.mjs';

export const DIST = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic',
];

export async function launch() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** A persistent profile (service workers and local storage survive reloads and new pages). */
export async function launchPersistent(options = {}) {
  const dir = await mkdtemp(join(tmpdir(), 'shouhou-profile-'));
  return chromium.launchPersistentContext(dir, { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, ...options });
}

export async function serveDist(dir = DIST, options) {
  const server = await startServer(dir, 0, options);
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

/** The served dist/ and one browser, shared by a test file's tests: started before them, closed after.
 * Read `url` and `browser` from the returned object inside the tests. */
export function sharedBrowser() {
  const shared = {};
  before(async () => {
    Object.assign(shared, await serveDist());
    shared.browser = await launch();
  });
  after(async () => {
    await shared.browser?.close();
    shared.server?.close();
  });
  return shared;
}

/** Collects console errors and uncaught page errors, so a test can assert there were none. */
export function watchErrors(page) {
  const errors = [];
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(msg.text()); });
  page.on('pageerror', (err) => errors.push(String(err)));
  return errors;
}
