// What the build writes into index.html (see post-build.mjs): the start page as a static shell in both
// languages, the inline script that picks the buyer's, and the app's stylesheets inline.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The start page as static HTML, from the same texts the app shows (the guide's start section and the
 * screen strings), so a buyer on a slow network reads it while the wasm downloads. A tap on its start
 * button is remembered and carried out when the app is there (languageScript, public/boot.js). boot.js removes the shell when the app mounts. It carries both
 * languages; style/main.css shows the one <html lang> names, which languageScript sets before the first
 * paint from the buyer's last choice (the app's own rule, src/app/locale.rs).
 */
export async function startShell(source) {
  const languages = [['zh-CN', 'start.zh-CN.json', 'zh_cn.rs'], ['en', 'start.en.json', 'en.rs']];
  const sections = await Promise.all(languages.map(async ([lang, guideFile, uiFile]) => {
    const guide = JSON.parse(await readFile(join(source, 'data/guide', guideFile), 'utf8'));
    const uiSource = await readFile(join(source, 'src/i18n', uiFile), 'utf8');
    const ui = (key) => {
      const found = uiSource.match(new RegExp(`^\\s*${key}: "([^"\\\\]*)",$`, 'm'));
      if (!found) throw new Error(`post-build.mjs: src/i18n/${uiFile} has no plain string ${key}`);
      return escapeHtml(found[1]);
    };
    const text = (value, field) => {
      if (typeof value !== 'string' || value === '') throw new Error(`post-build.mjs: data/guide/${guideFile} start.${field} is not a text`);
      return escapeHtml(value);
    };
    const walk = guide.walk.map((step, i) => `<li><strong>${text(step.title, `walk[${i}].title`)}</strong><span>${text(step.text, `walk[${i}].text`)}</span></li>`);
    const does = guide.does.map((line, i) => `<li>${text(line, `does[${i}]`)}</li>`);
    return `      <div lang="${lang}">
        <header class="top"><span class="brand">${ui('app_name')}</span></header>
        <main>
          <section class="start">
            <h1>${ui('start_title')}</h1>
            <p class="lead">${text(guide.lead, 'lead')}</p>
            <div class="actions"><button type="button" class="button primary" data-start data-pressed="${ui('screens_loading')}">${ui('start_button')}</button></div>
            <h2>${ui('start_walk')}</h2>
            <ol class="walk-list">${walk.join('')}</ol>
            <h2>${ui('start_does')}</h2>
            <ul class="does">${does.join('')}</ul>
            <p class="note">${text(guide.privacy, 'privacy')}</p>
          </section>
          <p class="shell-opening" role="status">${ui('screens_loading')}</p>
        </main>
      </div>`;
  }));
  return `    <div class="shouhou" data-shell aria-busy="true">\n${sections.join('\n')}\n    </div>`;
}

/**
 * The inline script that sets <html lang="en"> before the first paint when the buyer last chose English
 * (the storage key is the app's, read from src/storage/entry.rs), and the CSP source that allows it.
 */
export async function languageScript(source) {
  const entry = await readFile(join(source, 'src/storage/entry.rs'), 'utf8');
  const key = entry.match(/^pub const LANG_KEY: &str = "([^"]+)";$/m);
  if (!key) throw new Error('post-build.mjs: src/storage/entry.rs has no LANG_KEY');
  // Also: a link to a case shows "opening" rather than the start page (data-opening), and a tap on the
  // start button before the app is there is remembered (data-start-pressed; boot.js carries it out).
  const script = `var d=document.documentElement;try{if(/^en/i.test(localStorage.getItem(${JSON.stringify(key[1])})))d.lang='en'}catch(e){}`
    + `if(/^#\\/case\\//.test(location.hash))d.setAttribute('data-opening','');`
    + `document.addEventListener('click',function(e){var b=e.target.closest&&e.target.closest('[data-shell] [data-start]');`
    + `if(b){d.setAttribute('data-start-pressed','');b.textContent=b.getAttribute('data-pressed');b.setAttribute('aria-disabled','true')}})`;
  return { script, csp: cspSource(script) };
}

/** The CSP source that allows exactly this inline script or style. */
function cspSource(text) {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

function escapeHtml(text) {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

/**
 * The app's stylesheets inline in index.html (one <style>, allowed by its CSP hash) instead of linked:
 * the static start page paints without waiting a second round trip for them.
 */
export function inlineStylesheets(page, sheets) {
  const links = [...page.matchAll(/\s*<link rel="stylesheet" href="[^"]+\.css"[^>]*>/g)].map((match) => match[0]);
  if (!page.includes("style-src 'self'")) throw new Error("post-build.mjs: index.html's CSP has no style-src 'self'");
  const css = sheets.join('\n');
  return links.slice(1).reduce((text, link) => text.replace(link, ''), page.replace(links[0], `\n    <style>${css}</style>`))
    .replace("style-src 'self'", `style-src 'self' ${cspSource(css)}`);
}
