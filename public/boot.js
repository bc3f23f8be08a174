// The app's own page: embed.js loads the wasm (and defines window.Shouhou), then the app starts.
import { startApp } from './embed.js';

startApp();
