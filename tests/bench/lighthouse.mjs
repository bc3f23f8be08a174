// Lighthouse (its default mobile run: simulated Slow 4G / 4x CPU, Moto G Power screen) on Debian's
// Chromium through chrome-launcher. Scores for performance, accessibility and best practices, printed for
// every run, and their medians in the table (issue 9 sets no budget for them).
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS } from '../e2e/browser.mjs';
import { median } from './report.mjs';

const RUNS = 3;
const CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'speed-index', 'interactive'];

async function lighthouseRun(url) {
  const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  try {
    const { lhr } = await lighthouse(url, { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: CATEGORIES });
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round(lhr.categories[id].score * 100)]));
    const metrics = METRICS.map((id) => `${id} ${lhr.audits[id].displayValue}`).join(', ');
    const failing = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual'
        && CATEGORIES.slice(1).some((c) => lhr.categories[c].auditRefs.some((ref) => ref.id === a.id && ref.weight > 0)))
      .map((a) => a.id);
    return { scores, metrics, failing, warnings: lhr.runWarnings };
  } finally {
    await chrome.kill();
  }
}

export async function measureLighthouse({ url }) {
  const runs = [];
  for (let run = 1; run <= RUNS; run++) {
    const result = await lighthouseRun(url);
    runs.push(result);
    const scores = CATEGORIES.map((id) => `${id} ${result.scores[id]}`).join(', ');
    console.log(`run ${run}: ${scores}\n  ${result.metrics}`);
    if (result.failing.length) console.log(`  accessibility / best-practices audits not passed: ${result.failing.join(', ')}`);
    for (const warning of result.warnings) console.log(`  warning: ${warning}`);
  }
  return CATEGORIES.map((id) => ({
    figure: `Lighthouse ${id}, median of ${RUNS}`,
    value: String(median(runs.map((r) => r.scores[id]))),
    budget: '-', pass: null, note: `runs: ${runs.map((r) => r.scores[id]).join(', ')}`,
  }));
}
