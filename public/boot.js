// The app's own page: the loader (embed.js here; the build imports its content-hashed copy and names
// this file boot-<hash>.js) loads the wasm and defines window.Shouhou, then the app starts and takes the
// place of the static start page (the shell post-build put in index.html).
import { startApp } from './embed.js';

try {
  startApp();
} finally {
  document.querySelector('[data-shell]')?.remove();
}
