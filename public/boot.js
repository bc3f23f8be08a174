// The app's own page: the loader (embed.js here; the build imports its content-hashed copy and names
// this file boot-<hash>.js) loads the wasm and defines window.Shouhou, then the app starts and takes the
// place of the static start page (the shell post-build put in index.html).
import { startApp } from './embed.js';

try {
  await startApp();
} finally {
  document.querySelector('[data-shell]')?.remove();
  document.documentElement.removeAttribute('data-opening');
}
// The buyer tapped the static page's start button while the app loaded: do it now.
if (document.documentElement.hasAttribute('data-start-pressed')) {
  document.documentElement.removeAttribute('data-start-pressed');
  document.querySelector('[data-testid="start-button"]')?.click();
}
