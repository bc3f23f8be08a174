// The rows every benchmark returns, and the one table .ci/bench prints.
// A row: { figure, value (text), budget (text, '-' when issue 9 sets none), pass (true, false, or null for
// a figure with no budget or one that could not be measured yet), note }.

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;
export const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

export function verdict(pass) {
  if (pass === true) return 'pass';
  if (pass === false) return 'FAIL';
  return '-';
}

/** A Markdown table, readable as plain text too. */
export function table(rows) {
  const lines = [['figure', 'value', 'budget', 'pass/fail']]
    .concat(rows.map((r) => [r.note ? `${r.figure} (${r.note})` : r.figure, r.value, r.budget, verdict(r.pass)]));
  const widths = lines[0].map((_, i) => Math.max(...lines.map((line) => line[i].length)));
  const format = (line) => `| ${line.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  return [format(lines[0]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.slice(1).map(format)].join('\n');
}
