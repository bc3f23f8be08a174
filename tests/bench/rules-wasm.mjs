// The rules core in wasm: `window.Shouhou.evaluate(caseJson)` called from the app's own page (JSON string
// in, JSON string out, as docs/CONTRACT.md section 3 fixes it), median time per call for each case of the rules
// table (tests/cases/rules_table.json), beside the native divan figures of `cargo bench
// --no-default-features --bench evaluate` (Case in, Decision out) and `--bench evaluate_json` (JSON text
// in and out, as the page's call does: the like-for-like figure).
// The page is not throttled here, so both figures are this machine's.
// performance.now() is coarsened to 100 µs in a page that is not cross-origin isolated, so each sample
// times a batch of calls lasting at least 5 ms.
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { launch } from '../e2e/browser.mjs';
import { USABLE_PROBE, waitUsable } from './usable.mjs';
import { parseDivan } from './divan.mjs';
import { median } from './report.mjs';

const CASES = JSON.parse(await readFile(new URL('../cases/rules_table.json', import.meta.url), 'utf8')).rows;
const SAMPLES = 21;
const REPO = new URL('../../', import.meta.url);

/** The native figures: divan's median per case, or an empty map (and why) when there is no bench yet. */
function nativeMedians() {
  if (!existsSync(new URL('tests/bench/evaluate.rs', REPO))) {
    console.log('native: tests/bench/evaluate.rs is not there yet (the rules core adds it)');
    return new Map();
  }
  console.log('native: cargo bench --no-default-features --bench evaluate --bench evaluate_json');
  const bench = spawnSync('cargo', ['bench', '--no-default-features', '--bench', 'evaluate', '--bench', 'evaluate_json'],
    { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  console.log(bench.stdout);
  if (bench.status !== 0) throw new Error(`cargo bench exited ${bench.status}`);
  return parseDivan(bench.stdout);
}

function microseconds(us) {
  return us >= 1000 ? `${(us / 1000).toFixed(2)} ms` : `${us.toFixed(1)} µs`;
}

async function benchInPage(page, caseJson) {
  return page.evaluate(({ caseJson, samples }) => {
    const evaluate = window.Shouhou.evaluate;
    evaluate(caseJson);
    let batch = 1;
    for (;;) {
      const start = performance.now();
      for (let i = 0; i < batch; i++) evaluate(caseJson);
      if (performance.now() - start >= 5) break;
      batch *= 2;
    }
    const perCall = [];
    for (let s = 0; s < samples; s++) {
      const start = performance.now();
      for (let i = 0; i < batch; i++) evaluate(caseJson);
      perCall.push(((performance.now() - start) * 1000) / batch);
    }
    perCall.sort((a, b) => a - b);
    return perCall[perCall.length >> 1];
  }, { caseJson, samples: SAMPLES });
}

function summary(figure, perCase) {
  return { figure, value: `${microseconds(median(perCase))} median, ${microseconds(Math.max(...perCase))} slowest`, budget: '-', pass: null, note: 'per call, median per case' };
}

export async function measureWasmEvaluate({ url }) {
  const native = nativeMedians();
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.addInitScript(USABLE_PROBE);
    await page.goto(url);
    await waitUsable(page);
    const hasApi = await page.waitForFunction(() => typeof window.Shouhou?.evaluate === 'function', null, { timeout: 5000 })
      .then(() => true, () => false);
    if (!hasApi) {
      console.log('skipped: the app page does not define window.Shouhou.evaluate yet (issue 7 adds it)');
      return [{ figure: 'evaluate in wasm, median per call', value: 'not measured', budget: '-', pass: null, note: 'no window.Shouhou.evaluate on the page yet' }];
    }
    const wasm = [];
    for (const { name, case: theCase } of CASES) {
      const us = await benchInPage(page, JSON.stringify(theCase));
      wasm.push(us);
      console.log(`  ${microseconds(us).padStart(9)}  ${name}`);
    }
    const rows = [summary(`evaluate in wasm, window.Shouhou.evaluate, JSON in and out (${CASES.length} cases)`, wasm)];
    for (const [bench, us] of native) rows.push({ figure: `evaluate native, divan ${bench}`, value: microseconds(us), budget: '-', pass: null, note: 'median per call over the cases' });
    if (!native.size) rows.push({ figure: 'evaluate native, divan', value: 'not measured', budget: '-', pass: null, note: 'no divan figures' });
    return rows;
  } finally {
    await browser.close();
  }
}
