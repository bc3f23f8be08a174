// Reads the table divan prints (`cargo bench --bench evaluate`): one row per benchmark leaf,
// "<tree> name  fastest │ slowest │ median │ mean │ samples │ iters". Returns leaf name -> median in µs.
const UNITS = { ns: 1e-3, 'µs': 1, us: 1, ms: 1e3, s: 1e6 };
const TIME = /([\d.]+)\s*(ns|µs|us|ms|s)\s*$/;

export function parseDivan(output) {
  const medians = new Map();
  for (const line of output.split('\n')) {
    const columns = line.split('│');
    if (columns.length < 4) continue;
    const first = columns[0].replace(/^[\s├╰─│]+/, '');
    const fastest = first.match(TIME);
    const median = columns[2].trim().match(TIME);
    if (!fastest || !median) continue;
    const name = first.slice(0, fastest.index).trim();
    medians.set(name, Number(median[1]) * UNITS[median[2]]);
  }
  return medians;
}
