// Accessibility: axe-core, with its default rule set, on every step of the walkthrough (walkthrough.mjs),
// at 375 px and 1280 px wide. axe is evaluated through the DevTools protocol (page.evaluate), which the
// page's Content-Security-Policy does not govern, so the page runs under its real CSP.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { launch } from '../e2e/browser.mjs';
import { walkthrough } from './walkthrough.mjs';

const AXE_SOURCE = await readFile(createRequire(new URL('../e2e/package.json', import.meta.url)).resolve('axe-core/axe.min.js'), 'utf8');
const WIDTHS = [375, 1280];

async function axeViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const { violations } = await window.axe.run(document, { resultTypes: ['violations'] });
    return violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

export async function measureAccessibility({ url }) {
  const browser = await launch();
  const rows = [];
  try {
    for (const width of WIDTHS) {
      const context = await browser.newContext({ viewport: { width, height: width < 800 ? 740 : 900 } });
      const page = await context.newPage();
      const found = [];
      const steps = [];
      for await (const step of walkthrough(page, url)) {
        steps.push(step);
        for (const v of await axeViolations(page)) found.push({ step, ...v });
      }
      await context.close();
      // The same rule on the same element usually repeats on every screen that shares it: print it once.
      const distinct = new Map();
      for (const v of found) {
        for (const target of v.targets) {
          const key = `${v.id}\0${target}`;
          if (!distinct.has(key)) distinct.set(key, { ...v, target, steps: [] });
          distinct.get(key).steps.push(v.step);
        }
      }
      const occurrences = [...distinct.values()].reduce((sum, v) => sum + v.steps.length, 0);
      console.log(`${width} px: ${steps.length} screens (${steps.join(' | ')})`);
      console.log(`  ${occurrences} violations (rule x element x screen), ${distinct.size} distinct`);
      for (const v of distinct.values()) {
        console.log(`  ${v.id} (${v.impact}): ${v.help}\n    ${v.target}\n    on ${v.steps.length} screens: ${v.steps.join(' | ')}`);
      }
      rows.push({ figure: `axe violations, ${width} px`, value: String(occurrences), budget: '0', pass: occurrences === 0, note: `${distinct.size} distinct, ${steps.length} screens` });
    }
    return rows;
  } finally {
    await browser.close();
  }
}
