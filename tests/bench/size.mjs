// Size of the whole first load: every file the server sends while a fresh profile opens the app, until the
// first screen is usable, the service worker (if any) has installed and the network has been quiet for
// 2 s. Each file counts once, at gzip -9 (the budget's unit), or the raw bytes where gzip would not shrink
// them (PNG); beside it, what the server actually sent (the build's brotli copies, README's Hosting). Like
// .ci/size-report, but for what the page really loads rather than what dist/ holds.
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { launch } from '../e2e/browser.mjs';
import { USABLE_PROBE, waitUsable } from './usable.mjs';
import { kb } from './report.mjs';
import { breakdown } from './wasm-breakdown.mjs';

const BUDGET_BYTES = 250_000;
const QUIET_MS = 2000;

async function quiet(log) {
  let seen = -1;
  while (seen !== log.length) {
    seen = log.length;
    await new Promise((ok) => setTimeout(ok, QUIET_MS));
  }
}

async function filesIn(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => '/' + relative(dir, join(e.parentPath, e.name)));
}

export async function measureSize({ url, log, dist }) {
  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: { width: 375, height: 667 } });
    const page = await context.newPage();
    await page.addInitScript(USABLE_PROBE);
    const first = log.length;
    await page.goto(url);
    await waitUsable(page);
    await page.evaluate(() => Promise.race([navigator.serviceWorker.ready, new Promise((ok) => setTimeout(ok, 5000))]));
    await quiet(log);
    const files = new Map();
    for (const entry of log.slice(first)) if (entry.status === 200) files.set(entry.path, entry);
    const loaded = [...files.values()].sort((a, b) => b.gzip - a.gzip);
    const total = loaded.reduce((sum, f) => ({ raw: sum.raw + f.raw, gzip: sum.gzip + f.gzip, sent: sum.sent + f.sent }), { raw: 0, gzip: 0, sent: 0 });
    const failed = log.slice(first).filter((entry) => entry.status !== 200);

    console.log('first load, file by file (bytes):');
    const line = (name, f) => `  ${name.padEnd(52)} ${String(f.raw).padStart(9)} ${String(f.gzip).padStart(9)} ${String(f.sent).padStart(9)}`;
    console.log(`  ${'file'.padEnd(52)} ${'raw'.padStart(9)} ${'gzip -9'.padStart(9)} ${'sent'.padStart(9)}`);
    for (const f of loaded) console.log(line(f.path, f));
    console.log(line('TOTAL', total));
    for (const f of failed) console.log(`  requested but not served: ${f.path} (HTTP ${f.status})`);
    const unused = (await filesIn(dist))
      .filter((path) => !path.endsWith('.br') && !files.has(path) && !(path === '/index.html' && files.has('/')));
    if (unused.length) console.log(`  in dist/ but not loaded: ${unused.join(', ')}`);

    const wasmFiles = loaded.filter((f) => f.path.endsWith('.wasm'));
    const wasm = wasmFiles.reduce((sum, f) => sum + f.gzip, 0);
    try {
      breakdown(wasmFiles.map((f) => f.raw));
    } catch (error) {
      console.log(`what the wasm holds: not shown (${error.message}); run it under .ci/bench, which puts wasm-opt on PATH`);
    }
    return [
      { figure: 'first load, gzip -9', value: kb(total.gzip), budget: `≤ ${kb(BUDGET_BYTES)}`, pass: total.gzip <= BUDGET_BYTES, note: `${loaded.length} files, ${kb(total.raw)} raw` },
      { figure: '  of which wasm, gzip -9', value: kb(wasm), budget: '-', pass: null, note: '' },
      { figure: 'first load as sent (the build\'s brotli copies)', value: kb(total.sent), budget: '-', pass: null, note: `wasm ${kb(wasmFiles.reduce((sum, f) => sum + f.sent, 0))}` },
    ];
  } finally {
    await browser.close();
  }
}
