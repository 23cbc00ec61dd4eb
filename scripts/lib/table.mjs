// The plain-text report pieces `npm run eval` and `npm run bench` share, so both print alike.

/** Rows of cells -> lines, columns padded to their widest cell; the first `left` columns left-aligned. */
export function table(rows, left = 1) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c] ?? '').length)));
  return rows
    .map((r) => r.map((cell, c) => (c < left ? String(cell ?? '').padEnd(widths[c]) : String(cell ?? '').padStart(widths[c]))).join('  '))
    .join('\n');
}

/** A target's result: null when the measurement itself failed. */
export const verdict = (ok) => (ok === null ? 'ERROR' : ok ? 'PASS' : 'FAIL');
