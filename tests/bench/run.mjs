// Runs every benchmark of issue 9 against the release build in dist/ and prints one table:
// figure | value | budget | pass/fail. Exits 1 when a budget is missed.
// Usage: node tests/bench/run.mjs [--only size,startup,split,wasm,axe,lighthouse] [--dist DIR]
// (.ci/bench builds dist/ first; --dist measures another build, e.g. an earlier one for a before/after table)
import { parseArgs } from 'node:util';
import { DIST } from '../e2e/browser.mjs';
import { serveLikeProduction } from './server.mjs';
import { measureSize } from './size.mjs';
import { measureStartup } from './startup.mjs';
import { measureSplit } from './split.mjs';
import { measureWasmEvaluate } from './rules-wasm.mjs';
import { measureAccessibility } from './axe.mjs';
import { measureLighthouse } from './lighthouse.mjs';
import { table } from './report.mjs';

const BENCHES = {
  size: measureSize,
  startup: measureStartup,
  split: measureSplit,
  wasm: measureWasmEvaluate,
  axe: measureAccessibility,
  lighthouse: measureLighthouse,
};

const { values } = parseArgs({ options: { only: { type: 'string' }, dist: { type: 'string' } } });
const dist = values.dist ?? DIST;
const chosen = values.only ? values.only.split(',') : Object.keys(BENCHES);
const unknown = chosen.filter((name) => !(name in BENCHES));
if (unknown.length) {
  console.error(`unknown benchmark: ${unknown.join(', ')} (known: ${Object.keys(BENCHES).join(', ')})`);
  process.exit(2);
}

const { server, url, log, setExpired } = await serveLikeProduction(dist);
const rows = [];
try {
  for (const name of chosen) {
    console.log(`\n== ${name}`);
    try {
      rows.push(...(await BENCHES[name]({ url, log, setExpired, dist })));
    } catch (error) {
      // One broken benchmark still leaves the others' figures; it counts as a miss.
      console.log(error.stack);
      rows.push({ figure: name, value: 'error', budget: '-', pass: false, note: error.message.split('\n')[0] });
    }
  }
} finally {
  server.close();
}

console.log(`\n== figures, measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC\n`);
console.log(table(rows));
const missed = rows.filter((r) => r.pass === false);
console.log(missed.length ? `\n${missed.length} budget(s) missed` : '\nevery budget held');
process.exit(missed.length ? 1 : 0);
