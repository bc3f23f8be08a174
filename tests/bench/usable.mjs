// "First usable screen": the first animation frame in which the start page's start button
// ([data-testid="start-button"]) is visible and enabled. Leptos mounts the whole first view in one synchronous
// pass with its event handlers attached, so that frame is when a tap starts working. A build whose start
// page has no such button is timed to its first visible `main h1` instead, and the figure says so.
// The static start page index.html shows while the wasm loads ([data-shell], disabled button) is not
// the app: its heading and button are never counted. The probe runs as an init script, so it times from
// navigation start (performance.timeOrigin).

export const USABLE_PROBE = `(() => {
  const seen = { heading: null, control: null };
  Object.defineProperty(window, '__shouhouUsable', { value: seen });
  const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const check = () => {
    const main = [...document.querySelectorAll('main')].find((el) => !el.closest('[data-shell]'));
    if (!main) return;
    const stamp = (key) => requestAnimationFrame(() => { seen[key] ??= performance.now(); });
    if (seen.heading === null && [...main.querySelectorAll('h1')].some(visible)) stamp('heading');
    const button = main.querySelector('[data-testid="start-button"]');
    if (button && !button.disabled && visible(button)) { stamp('control'); observer.disconnect(); }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true });
})();`;

/** Waits for the probe's verdict: the button's time, or the heading's once 1 s passed with no button. */
export async function waitUsable(page, timeout = 60_000) {
  const handle = await page.waitForFunction(() => {
    const seen = window.__shouhouUsable;
    if (seen?.control != null) return { ms: seen.control, by: 'control' };
    if (seen?.heading != null && performance.now() - seen.heading > 1000) return { ms: seen.heading, by: 'heading' };
    return null;
  }, null, { timeout, polling: 100 });
  return handle.jsonValue();
}
