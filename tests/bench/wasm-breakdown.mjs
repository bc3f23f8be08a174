// What the wasm holds, by crate: the release wasm of the last Trunk build, put through wasm-bindgen and
// wasm-opt -Oz the way Trunk does but keeping function names (-g), then measured item by item with twiggy.
// A generic function is counted in the crate of the type it runs on ("<serde_json::de::Deserializer<R> as
// serde::Deserializer>::deserialize_str" is serde_json's), so the split is close, not exact.
// Usage: node tests/bench/wasm-breakdown.mjs [TOP [CARGO_WASM]]   (prints the crates, then the TOP largest items;
// needs twiggy: cargo install twiggy --version 0.8.0 --locked, which .ci/bench does)
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const CARGO_WASM = join(REPO, 'target/wasm32-unknown-unknown/release/shouhou.wasm');

/** The crate an item's name belongs to. */
export function crateOf(name) {
  if (name.startsWith('data segment')) return '(data segments: strings and constant tables)';
  if (/^<(char|bool|str|[iuf](8|16|32|64|128|size))>::/.test(name)) return 'core';
  const crate = name.match(/(?:^|[<&\s(])([a-z_][a-z0-9_]*)(?:\[[0-9a-f]+\])?::/);
  if (crate) return crate[1];
  return '(exports with their inlined bodies, wasm-bindgen shims, tables)';
}

/** Prints the breakdown; `loadedSizes`, the raw sizes of the wasm the page loaded, flag a stale target/. */
export function breakdown(loadedSizes = [], top = 25, cargoWasm = CARGO_WASM) {
  if (spawnSync('twiggy', ['--version']).status !== 0) {
    console.log('what the wasm holds: twiggy is not installed (cargo install twiggy --version 0.8.0 --locked)');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'shouhou-wasm-'));
  try {
    execFileSync('wasm-bindgen', [cargoWasm, '--out-dir', dir, '--target', 'web', '--weak-refs']);
    const named = join(dir, 'named.wasm');
    execFileSync('wasm-opt', ['-Oz', '-g', join(dir, 'shouhou_bg.wasm'), '-o', named]);
    const items = JSON.parse(execFileSync('twiggy', ['top', '--format', 'json', '-n', '1000000', named], { maxBuffer: 1 << 28 }))
      .filter((item) => !item.name.includes('"function names" subsection') && !item.name.startsWith('"'));
    const code = items.reduce((sum, item) => sum + item.shallow_size, 0);
    const crates = new Map();
    for (const item of items) crates.set(crateOf(item.name), (crates.get(crateOf(item.name)) ?? 0) + item.shallow_size);
    const stripped = execFileSync('wasm-opt', ['-Oz', join(dir, 'shouhou_bg.wasm'), '-o', '-'], { maxBuffer: 1 << 28 });

    console.log(`what the wasm holds: ${stripped.length} bytes after wasm-opt -Oz, ${execFileSync('gzip', ['-9', '-n', '-c'], { input: stripped, maxBuffer: 1 << 28 }).length} gzip -9`);
    if (loadedSizes.length && !loadedSizes.includes(stripped.length)) {
      console.log(`  (the page loaded ${loadedSizes.join(', ')} bytes of wasm: target/ is not the build in dist/, or Trunk's wasm-opt flags differ)`);
    }
    console.log('by crate (bytes, share of the code and data):');
    for (const [crate, bytes] of [...crates].sort((a, b) => b[1] - a[1]).slice(0, 20)) {
      console.log(`  ${String(bytes).padStart(8)}  ${((100 * bytes) / code).toFixed(1).padStart(5)}%  ${crate}`);
    }
    console.log(`largest ${top} items:`);
    for (const item of items.slice(0, top)) console.log(`  ${String(item.shallow_size).padStart(8)}  ${item.name.slice(0, 150)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [top = '25', cargoWasm = CARGO_WASM] = process.argv.slice(2);
  statSync(cargoWasm);
  breakdown([], Number(top), cargoWasm);
}
