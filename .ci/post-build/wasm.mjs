// The app's wasm and its JS glue, built by the post_build hook rather than by Trunk (index.html's rust link
// carries data-trunk-skip), because the release build is split (issue 19) and Trunk cannot split:
//   release: cargo build --features split with --emit-relocs, then wasm-split-cli (each step screen goes
//            to a module of its own, code several of them share to chunks), wasm-bindgen --keep-lld-exports on the main module (the chunk links to its
//            exports), wasm-opt -Oz on every module;
//   debug (`trunk serve`): cargo build, wasm-bindgen; one module, as Trunk would make it.
// Every file gets a content-hashed name. The main module's glue and the splitter's loader import each
// other, so they share one name hash taken over the whole build's wasm and js.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const NAME = 'shouhou';
const SPLIT_LOADER = '__wasm_split.js';
// The features of the wasm the Rust target emits (Rust 1.95's wasm32 defaults) that wasm-opt must accept.
const WASM_FEATURES = ['--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-reference-types',
  '--enable-sign-ext', '--enable-mutable-globals', '--enable-multivalue'];

/**
 * Builds the wasm into `staging`; returns the file names the page needs: `js` (the module the loader
 * imports), `wasm` (the main module), `splitLoader` (or null) and `chunks` (the lazily loaded modules).
 */
export async function buildWasm({ source, staging, release }) {
  await checkTools(source);
  const work = await mkdtemp(join(tmpdir(), 'shouhou-wasm-'));
  try {
    const cargoWasm = cargoBuild(source, release);
    const bindgenInput = release ? split(cargoWasm, work) : cargoWasm;
    const bindgenDir = join(work, 'bindgen');
    run('wasm-bindgen', ['--target=web', '--weak-refs', '--no-typescript', `--out-dir=${bindgenDir}`, `--out-name=${NAME}`,
      ...(release ? ['--keep-lld-exports', '--no-demangle'] : []), bindgenInput]);
    // The splitter's modules: split_<name>.wasm for each split point, chunk_<n>.wasm for code several share.
    const chunkFiles = release ? (await readdir(work)).filter((file) => /^(split|chunk)_.*\.wasm$/.test(file)).sort() : [];
    if (release) {
      run('wasm-opt', ['-Oz', ...WASM_FEATURES, join(bindgenDir, `${NAME}_bg.wasm`), '-o', join(bindgenDir, `${NAME}_bg.wasm`)]);
      for (const chunk of chunkFiles) run('wasm-opt', ['-Oz', ...WASM_FEATURES, join(work, chunk), '-o', join(work, chunk)]);
    }
    return await writeHashed({ work, bindgenDir, chunkFiles, staging, release });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** The tool versions Trunk.toml pins: wasm-bindgen as Cargo.lock has it, binaryen 132 (an older wasm-opt breaks the externref table). */
async function checkTools(source) {
  const lock = await readFile(join(source, 'Cargo.lock'), 'utf8');
  const bindgen = lock.match(/name = "wasm-bindgen"\nversion = "([^"]+)"/)?.[1];
  const found = { 'wasm-bindgen': output('wasm-bindgen', ['--version']), 'wasm-opt': output('wasm-opt', ['--version']) };
  if (found['wasm-bindgen'] !== `wasm-bindgen ${bindgen}`) throw new Error(`post-build: wasm-bindgen ${bindgen} is needed (Cargo.lock), found "${found['wasm-bindgen']}"; run bash .ci/setup`);
  if (!/\bversion 132\b/.test(found['wasm-opt'])) throw new Error(`post-build: wasm-opt version 132 is needed, found "${found['wasm-opt']}"; run bash .ci/setup`);
}

function output(command, args) {
  try {
    return execFileSync(command, args, { encoding: 'utf8' }).trim();
  } catch {
    return 'none';
  }
}

function cargoBuild(source, release) {
  const rustflags = process.env.CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS ?? '';
  const env = {
    ...process.env,
    // The splitter reads the linker's relocations to move code and data into the chunks.
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS: release ? `${rustflags} -Clink-args=--emit-relocs`.trim() : rustflags,
  };
  const args = ['build', '--target=wasm32-unknown-unknown', '--bin', NAME, '--manifest-path', join(source, 'Cargo.toml')];
  if (release) args.push('--release', '--features=split');
  if (process.env.TRUNK_OFFLINE === 'true') args.push('--offline');
  run('cargo', args, { env });
  const targetDir = process.env.CARGO_TARGET_DIR ?? join(source, 'target');
  return join(targetDir, 'wasm32-unknown-unknown', release ? 'release' : 'debug', `${NAME}.wasm`);
}

/** wasm-split-cli: the main module (for wasm-bindgen), the chunks and the loader, all in `work`. */
function split(cargoWasm, work) {
  run('wasm-split-cli', [cargoWasm, work, `--out-name=${NAME}`]);
  return join(work, `${NAME}.wasm`);
}

async function writeHashed({ work, bindgenDir, chunkFiles, staging, release }) {
  const chunks = [];
  const renamedChunks = new Map();
  for (const chunk of chunkFiles) {
    const bytes = await readFile(join(work, chunk));
    const hashed = `${chunk.replace(/\.wasm$/, '')}-${digest(bytes)}.wasm`;
    await writeFile(join(staging, hashed), bytes);
    renamedChunks.set(chunk, hashed);
    chunks.push(hashed);
  }
  const wasmBytes = await readFile(join(bindgenDir, `${NAME}_bg.wasm`));
  let glue = await readFile(join(bindgenDir, `${NAME}.js`), 'utf8');
  let loader = release ? await readFile(join(work, SPLIT_LOADER), 'utf8') : null;
  for (const [chunk, hashed] of renamedChunks) {
    if (!loader.includes(`"./${chunk}"`)) throw new Error(`post-build: ${SPLIT_LOADER} does not fetch ./${chunk}`);
    loader = loader.replaceAll(`"./${chunk}"`, `"./${hashed}"`);
  }
  const hash = digest(Buffer.concat([wasmBytes, Buffer.from(glue), Buffer.from(loader ?? ''), ...chunks.map(Buffer.from)]));
  const js = `${NAME}-${hash}.js`;
  const wasm = `${NAME}-${hash}_bg.wasm`;
  const splitLoader = release ? `split-loader-${hash}.js` : null;
  if (release) {
    // The main glue imports the loader (the wasm imports its chunk functions from it); the loader imports
    // the glue's initSync. Only the import paths change: the wasm's own import key stays as it is.
    const importOfLoader = `from "./${SPLIT_LOADER}"`;
    if (!glue.includes(importOfLoader)) throw new Error(`post-build: the wasm-bindgen glue does not import ./${SPLIT_LOADER}`);
    glue = glue.replaceAll(importOfLoader, `from "./${splitLoader}"`);
    if (!loader.includes(`from "./${NAME}.js"`)) throw new Error(`post-build: ${SPLIT_LOADER} does not import ./${NAME}.js`);
    loader = loader.replace(`from "./${NAME}.js"`, `from "./${js}"`);
    await writeFile(join(staging, splitLoader), loader);
  }
  await writeFile(join(staging, js), glue);
  await writeFile(join(staging, wasm), wasmBytes);
  return { js, wasm, splitLoader, chunks };
}

function digest(bytes) {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}

function run(command, args, options = {}) {
  execFileSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
}
