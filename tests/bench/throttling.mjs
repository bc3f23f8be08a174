// The phone and network of issue 9: Chrome DevTools' "Fast 3G" preset, the network of its "Mid-tier mobile"
// preset ("Fast 3G & 4x CPU slowdown"), with the numbers exactly as DevTools defines them
// (devtools-frontend front_end/core/sdk/NetworkManager.ts, Fast3GConditions; bytes per second):
//   download 1.6 * 1000 * 1000 / 8 * 0.9 = 180,000 B/s (1.44 Mbit/s), upload 750 * 1000 / 8 * 0.9 = 84,375 B/s,
//   latency 150 * 3.75 = 562.5 ms, CPU 4x slower (CPUThrottlingRates.MidTierMobile).
// Lighthouse's default mobile profile (mobileSlow4G in its lantern Constants.js, "aligns with WebPageTest's
// Fast 3G") has the same latency and CPU but counts Kbps in 1024s (188,743 / 86,400 B/s); DevTools' slightly
// slower figures are the ones used here.

export const FAST_3G = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: 1.6 * 1000 * 1000 / 8 * 0.9,
  uploadThroughput: 750 * 1000 / 8 * 0.9,
};

export const CPU_SLOWDOWN = 4;

/** Slows the page's CPU and, unless `network` is false, its network, through the DevTools protocol. */
export async function throttle(page, { network = true } = {}) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', FAST_3G);
  }
  return cdp;
}

export const PROFILE_TEXT =
  `Chromium, CPU ${CPU_SLOWDOWN}x slower, Fast 3G (latency ${FAST_3G.latency} ms, ` +
  `down ${FAST_3G.downloadThroughput} B/s, up ${FAST_3G.uploadThroughput} B/s)`;

/** The same network for the page's service worker, whose own fetches the page's emulation does not slow.
 * Playwright has no session for a worker, so this goes through the browser's session (non-flat attach).
 * Returns emulate(conditions), to change the worker's network later (offline). */
export async function throttleServiceWorker(browser, origin) {
  const cdp = await browser.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(origin));
  if (!worker) throw new Error(`no service worker runs for ${origin}`);
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
  const pending = new Map();
  cdp.on('Target.receivedMessageFromTarget', ({ message }) => {
    const { id, error } = JSON.parse(message);
    pending.get(id)?.(error);
  });
  let lastId = 0;
  const send = (method, params) => new Promise((ok, fail) => {
    const id = ++lastId;
    pending.set(id, (error) => (error ? fail(new Error(`${method}: ${error.message}`)) : ok()));
    cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(fail);
  });
  const emulate = (conditions) => send('Network.emulateNetworkConditions', conditions);
  await send('Network.enable', {});
  await emulate(FAST_3G);
  return emulate;
}
