// "First usable screen": the first animation frame in which the start screen's `main` shows a visible,
// enabled control (button, link, field) the buyer can act on. Leptos mounts the whole first view in one
// synchronous pass with its event handlers attached, so that frame is when a tap starts working. While the
// start screen has no control yet, the first visible `main h1` stands in, and the figure says so.
// The probe runs as an init script, so it times from navigation start (performance.timeOrigin).

export const USABLE_PROBE = `(() => {
  const seen = { heading: null, control: null };
  Object.defineProperty(window, '__shouhouUsable', { value: seen });
  const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const check = () => {
    const main = document.querySelector('main');
    if (!main) return;
    const stamp = (key) => requestAnimationFrame(() => { seen[key] ??= performance.now(); });
    if (seen.heading === null && [...main.querySelectorAll('h1')].some(visible)) stamp('heading');
    const controls = main.querySelectorAll('button, a[href], input, select, textarea, summary');
    if ([...controls].some((el) => !el.disabled && visible(el))) { stamp('control'); observer.disconnect(); }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true });
})();`;

/** Waits for the probe's verdict: the control's time, or the heading's once 1 s passed with no control. */
export async function waitUsable(page, timeout = 60_000) {
  const handle = await page.waitForFunction(() => {
    const seen = window.__shouhouUsable;
    if (seen?.control != null) return { ms: seen.control, by: 'control' };
    if (seen?.heading != null && performance.now() - seen.heading > 1000) return { ms: seen.heading, by: 'heading' };
    return null;
  }, null, { timeout, polling: 100 });
  return handle.jsonValue();
}
