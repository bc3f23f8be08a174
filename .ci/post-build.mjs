// Trunk post_build hook: finishes the build in $TRUNK_STAGING_DIR before it replaces dist/.
// - builds the wasm (post-build/wasm.mjs: split into a main module and chunks in release) and links the
//   page to it: Trunk's own Rust step is skipped;
// - copies public/ (manifest, icons, the embed demo page) next to the app;
// - writes the loader (src/embed/loader.js with this build's hashed js, wasm and css names) under a
//   content-hashed name, loader-<hash>.js; embed.js, the stable address host pages include, re-exports
//   it; the app's own page starts through boot-<hash>.js (public/boot.js importing the hashed loader), so
//   a return visit finds every module of the page in the HTTP cache without a round trip;
// - writes the widget's stylesheet: the app's, fitted to a shadow root (see embeddedCss);
// - writes sw.js: public/sw.js under this build's id, with the files the app's page needs to precache;
// - writes a brotli copy (<file>.br, quality 11) beside each text and wasm file, for hosts that serve
//   precompressed files (README, Hosting); the service worker never precaches these;
// - puts the app's stylesheets inline in index.html, and the start page's text as a static shell shown
//   while the wasm loads, in the buyer's language (post-build/page.mjs).
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants as zlib } from 'node:zlib';
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { inlineStylesheets, languageScript, startShell } from './post-build/page.mjs';
import { buildWasm } from './post-build/wasm.mjs';

const source = process.env.TRUNK_SOURCE_DIR;
const staging = process.env.TRUNK_STAGING_DIR;
if (!source || !staging) throw new Error('post-build.mjs runs as a Trunk hook: TRUNK_SOURCE_DIR and TRUNK_STAGING_DIR must be set');

const written = new Set(['/public/sw.js', '/public/boot.js']);
await cp(join(source, 'public'), staging, { recursive: true, filter: (path) => ![...written].some((file) => path.endsWith(file)) });

const app = await buildWasm({ source, staging, release: process.env.TRUNK_PROFILE === 'release' });

let html = await readFile(join(staging, 'index.html'), 'utf8');
html = linkWasm(html, app);
if (!html.includes('<body></body>')) throw new Error('post-build.mjs: index.html has no empty <body></body> for the shell');
html = html.replace('<body></body>', `<body>\n${await startShell(source)}\n  </body>`);
const language = await languageScript(source);
if (!html.includes("script-src 'self'")) throw new Error("post-build.mjs: index.html's CSP has no script-src 'self'");
html = html.replace("script-src 'self'", `script-src 'self' ${language.csp}`)
  .replace('<title>', `<script>${language.script}</script>\n    <title>`);
const linked = (pattern, what) => {
  const hrefs = [...html.matchAll(pattern)].map((match) => match[1].replace(/^\.\//, ''));
  if (hrefs.length === 0) throw new Error(`post-build.mjs: index.html links no ${what}`);
  return hrefs;
};
const { js: appJs, wasm: appWasm } = app;
const appCss = linked(/<link rel="stylesheet" href="([^"]+\.css)"/g, 'stylesheet');

const appSheets = await Promise.all(appCss.map((file) => readFile(join(staging, file), 'utf8')));
const embedCssFile = await writeHashed('embed', 'css', embeddedCss(appSheets));
html = inlineStylesheets(html, appSheets);
await Promise.all(appCss.map((file) => rm(join(staging, file))));
await writeFile(join(staging, 'index.html'), html);

const loaderTemplate = await readFile(join(source, 'src/embed/loader.js'), 'utf8');
const workerTemplate = await readFile(join(source, 'public/sw.js'), 'utf8');
const files = await listFiles(staging);
const buildId = createHash('sha256').update(loaderTemplate).update(workerTemplate);
for (const file of files) buildId.update(file).update(await readFile(join(staging, file)));
const id = buildId.digest('hex').slice(0, 16);

const loader = loaderTemplate
  .replaceAll('__BUILD_ID__', id)
  .replaceAll('__APP_JS__', appJs)
  .replaceAll('__APP_WASM__', appWasm)
  .replaceAll('__EMBED_CSS__', embedCssFile);
const loaderFile = await writeHashed('loader', 'js', loader);
await writeFile(join(staging, 'embed.js'), embedScript(loaderFile, app, embedCssFile));
const boot = (await readFile(join(source, 'public/boot.js'), 'utf8')).replace("'./embed.js'", `'./${loaderFile}'`);
if (!boot.includes(loaderFile)) throw new Error("post-build.mjs: public/boot.js does not import './embed.js'");
const bootFile = await writeHashed('boot', 'js', boot);
html = html.replace('src="./boot.js"', `src="./${bootFile}"`).replace('href="embed.js"', `href="${loaderFile}"`);
if (!html.includes(bootFile) || !html.includes(`href="${loaderFile}"`)) {
  throw new Error('post-build.mjs: index.html has no <script src="./boot.js"> or no modulepreload of embed.js');
}
await writeFile(join(staging, 'index.html'), html);

// Not precached: index.html is the shell './' under a second name (the worker answers it from './'); the
// embed demo and its pack are for host developers; embed.js and the widget's stylesheet are for host
// pages, which the worker never serves (the app's page loads the hashed loader, and its css is inline).
const forHostsOnly = new Set(['index.html', 'embed-demo.html', 'embed.js', embedCssFile]);
const forBuyers = (file) => !forHostsOnly.has(file) && !file.startsWith('demo/') && !file.endsWith('.br');
const precache = [...files, loaderFile, bootFile].filter(forBuyers).sort();
await writeFile(join(staging, 'sw.js'),
  [`const BUILD_ID = ${JSON.stringify(id)};`,
    `const PRECACHE = ${JSON.stringify(precache, null, 1)};`,
    workerTemplate].join('\n'));

const compressed = await writeBrotli(await listFiles(staging));
console.log(`post-build: build ${id}, ${precache.length} files precached, ${compressed} brotli copies`);

/**
 * In place of index.html's rust link (skipped by Trunk): the page's start script (boot.js, hashed
 * below), and preloads of what it will need at once, so they download in parallel rather than one after
 * the other: the wasm-bindgen glue, the splitter's loader it imports, and the main module. The chunks
 * are not preloaded: the start page does not need them (the app fetches them once it is up).
 */
function linkWasm(html, app) {
  const rustLink = /\s*<link [^>]*data-trunk-skip[^>]*>/;
  if (!rustLink.test(html)) throw new Error('post-build.mjs: index.html has no rust link with data-trunk-skip');
  const preloads = [
    ...glueModules(app).map((file) => `<link rel="modulepreload" href="./${file}" />`),
    `<link rel="preload" href="./${app.wasm}" as="fetch" type="application/wasm" crossorigin="anonymous" />`,
    '<script type="module" src="./boot.js"></script>',
  ];
  return html.replace(rustLink, preloads.map((line) => `\n    ${line}`).join(''));
}

/** The JS modules the wasm needs as soon as it starts: the wasm-bindgen glue, and the splitter's loader it imports. */
function glueModules({ js, splitLoader }) {
  return [js, ...(splitLoader ? [splitLoader] : [])];
}

/**
 * embed.js, the stable address host pages include. It asks for every file the widget needs at once (the
 * hashed loader, the wasm-bindgen glue, the splitter's loader, the main module, the widget's stylesheet),
 * then imports the loader: a static import would fetch them one after the other, a round trip each.
 */
function embedScript(loaderFile, app, cssFile) {
  const modules = [loaderFile, ...glueModules(app)];
  return `// The stable address of Shouhou's loader for host pages; the loader itself is content-hashed.
const here = (file) => new URL(file, import.meta.url).href;
const preload = (file, rel, as) => {
  const link = Object.assign(document.createElement('link'), { rel, href: here(file), crossOrigin: 'anonymous' });
  if (as) link.as = as;
  document.head.append(link);
};
for (const file of ${JSON.stringify(modules)}) preload(file, 'modulepreload');
preload(${JSON.stringify(app.wasm)}, 'preload', 'fetch');
preload(${JSON.stringify(cssFile)}, 'preload', 'style');
await import(${JSON.stringify(`./${loaderFile}`)});
`;
}

/**
 * The app's stylesheets for the widget's shadow root. `rem` is relative to the host page's root font
 * size (a help centre's `html { font-size: 62.5% }` would shrink the widget), so in declarations it
 * becomes a multiple of --shouhou-rem, 16px unless the host sets it on the element. Media queries keep
 * theirs (they count from the browser's default, not the page's). `:host` stops the host's inherited
 * styles at the widget's edge.
 */
function embeddedCss(sheets) {
  const rem = /(?<![\w.-])(\d*\.?\d+)rem\b/g;
  const declarations = /:[^;{}]*(?=[;}])/g;
  const fitted = sheets.map((css) => css.replace(declarations, (value) => value.replace(rem, 'calc($1 * var(--shouhou-rem))')));
  return [':host { all: initial; display: block; --shouhou-rem: 16px; }', ...fitted].join('\n');
}

/** Writes `text` to staging as <name>-<hash>.<ext>, the hash of its content as Trunk names its own files. */
async function writeHashed(name, ext, text) {
  const file = `${name}-${createHash('sha256').update(text).digest('hex').slice(0, 16)}.${ext}`;
  await writeFile(join(staging, file), text);
  return file;
}

/** `<file>.br` beside every file brotli shrinks (not PNGs, already compressed); how many were written. */
async function writeBrotli(files) {
  let written = 0;
  for (const file of files.filter((name) => /\.(html|js|css|wasm|svg|webmanifest|json|toml)$/.test(name))) {
    const raw = await readFile(join(staging, file));
    const packed = brotliCompressSync(raw, {
      params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_LGWIN]: 24, [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length },
    });
    if (packed.length >= raw.length) continue;
    await writeFile(join(staging, `${file}.br`), packed);
    written++;
  }
  return written;
}

async function listFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath ?? entry.path, entry.name)).split('\\').join('/'))
    .sort();
}
