// The local server (`bash .ci/serve`, the e2e and bench fixtures) answers every request, however odd,
// with a page or a 4xx, and goes on serving: one strange request must not take the app down for everyone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from './serve.mjs';
import { serveLikeProduction } from '../bench/server.mjs';

/** A dist/ with a page and a module, beside a directory whose name extends it (`dist-private`). */
async function site() {
  const top = await mkdtemp(join(tmpdir(), 'shouhou-serve-'));
  await mkdir(join(top, 'dist'));
  await mkdir(join(top, 'dist-private'));
  await writeFile(join(top, 'dist', 'index.html'), '<!doctype html><title>app</title>');
  await writeFile(join(top, 'dist', 'app.js'), 'export {};');
  await writeFile(join(top, 'dist-private', 'secret.txt'), 'SECRET');
  await writeFile(join(top, 'secret.txt'), 'SECRET');
  return join(top, 'dist');
}

/** Sends `target` byte for byte (no client-side checks or normalising) and reads the status and body. */
function rawGet(port, target, method = 'GET') {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let text = '';
    socket.on('data', (chunk) => { text += chunk.toString('latin1'); });
    socket.on('end', () => resolve({ status: Number(text.split(' ', 2)[1]), body: text.split('\r\n\r\n').slice(1).join('') }));
    socket.on('error', reject);
    socket.write(`${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`, 'latin1');
  });
}

const HOSTILE = [
  '//', '///', '//evil.example/x', '/%', '/%zz', '/%E0%A4%A', '/%00', '/index.html%00.js', '/a\u0000b',
  '/..', '/../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt', '/%2e%2e%2fdist-private/secret.txt',
  '/../dist-private/secret.txt', '/./../../etc/passwd', '*', 'http://127.0.0.1/', '/?%', '/#x',
  `/${'a'.repeat(3000)}`, `/${'%41'.repeat(3000)}.js`, `/${'a/'.repeat(1500)}`,
];

async function checkServer(server) {
  const { port } = server.address();
  for (const target of HOSTILE) {
    const { status, body } = await rawGet(port, target);
    assert.ok(status >= 200 && status < 500, `${JSON.stringify(target.slice(0, 40))} got ${status}`);
    assert.ok(!body.includes('SECRET'), `${JSON.stringify(target.slice(0, 40))} served a file outside dist/`);
  }
  // A URL longer than node's header limit is refused by node itself, and the server lives on.
  const huge = await rawGet(port, `/${'a'.repeat(20000)}`);
  assert.ok(huge.status >= 400 && huge.status < 500 || Number.isNaN(huge.status), `a 20 KB URL got ${huge.status}`);
  assert.equal((await rawGet(port, '/', 'POST')).status, 405);
  const page = await rawGet(port, '/');
  assert.equal(page.status, 200, 'still serving after every odd request');
  assert.match(page.body, /<title>app<\/title>/);
  assert.match((await rawGet(port, '/app.js')).body, /export \{\};/);
  assert.equal((await rawGet(port, '/%2e%2e/secret.txt')).status, 403);
  assert.equal((await rawGet(port, '/%00')).status, 400);
  assert.equal((await rawGet(port, '//')).status, 200, '`//` is the start page, as a browser would ask it');
}

test('the local server answers malformed, escaping, NUL and very long paths with a page or a 4xx', async () => {
  const server = await startServer(await site(), 0);
  try {
    await checkServer(server);
  } finally {
    server.close();
  }
});

test('the bench server, which wraps it, survives the same requests', async () => {
  const { server } = await serveLikeProduction(await site());
  try {
    await checkServer(server);
  } finally {
    server.close();
  }
});
