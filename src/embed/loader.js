// embed.js: loads Shouhou's wasm, defines window.Shouhou and the <shouhou-assistant> element.
// A template: the post_build hook (.ci/post-build.mjs) fills in this build's hashed file names.
// Host pages include it with one script tag; the app's own page starts through boot.js.
import init, { evaluate, mount_widget, prepare_language, start_app } from './__APP_JS__';

const here = (file) => new URL(file, import.meta.url).href;

// The element is defined before the wasm is ready, so a host's policy pack is fetched while it loads.
const ready = init({ module_or_path: here('__APP_WASM__') });

class ShouhouAssistant extends HTMLElement {
  static observedAttributes = ['lang', 'platform', 'steps', 'policy-src'];

  async connectedCallback() {
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    if (root.childElementCount > 0) return;
    const styles = document.createElement('link');
    styles.rel = 'stylesheet';
    // Loaded with CORS (as the module and the wasm already are), so that embedded printing can read its
    // rules when the host page is on another origin.
    styles.crossOrigin = 'anonymous';
    styles.href = here('__EMBED_CSS__');
    root.append(styles);
    const mountPoint = document.createElement('div');
    root.append(mountPoint);
    const [pack] = await Promise.all([this.#policyPack(), ready]);
    await prepare_language(this.getAttribute('lang'));
    if (!mountPoint.isConnected) return;
    this.widget = mount_widget(mountPoint, this.getAttribute('lang'), this.getAttribute('platform'),
      this.getAttribute('steps'), pack.text, pack.error);
  }

  disconnectedCallback() {
    this.widget?.free();
    this.widget = undefined;
    this.shadowRoot.replaceChildren();
  }

  /** The host changed a setting: mount afresh with it (the buyer's cases are in storage, not lost). */
  attributeChangedCallback(name, oldValue, newValue) {
    if (!this.widget || oldValue === newValue) return;
    this.disconnectedCallback();
    this.connectedCallback();
  }

  /** The host's policy pack as text: from policy-src (this page's origin only) or an inline JSON child. */
  async #policyPack() {
    const inline = this.querySelector(':scope > script[type="application/json"]');
    if (inline) return { text: inline.textContent };
    const src = this.getAttribute('policy-src');
    if (!src) return {};
    const url = new URL(src, location.href);
    if (url.origin !== location.origin) return { error: `policy-src: must be on this page's origin (${location.origin})` };
    try {
      const response = await fetch(url, { credentials: 'same-origin' });
      // A redirect is followed; where it ended is what must be on this origin.
      const final = new URL(response.url || url.href);
      if (final.origin !== location.origin) {
        return { error: `policy-src: ${url.pathname} was redirected to another origin (${final.origin}); the pack must come from ${location.origin}` };
      }
      if (!response.ok) return { error: `policy-src: ${url.pathname} answered ${response.status}` };
      return { text: await response.text() };
    } catch (err) {
      return { error: `policy-src: ${url.pathname} could not be fetched (${err.message})` };
    }
  }
}

customElements.define('shouhou-assistant', ShouhouAssistant);

await ready;
window.Shouhou = Object.freeze({ evaluate, build: '__BUILD_ID__' });

export { start_app as startApp };
