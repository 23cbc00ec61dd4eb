// Figures in words: a figure's normalized value after its text ("$500 billion = 500,000,000,000 USD"),
// dates and numbers as a reader writes them. Apart because it reads only a FigureMention, never the
// analysis: the figure card and the tests use it as it is.

import type { FigureMention } from '../types';
import { counterpart } from '../units/convert';
import { pluralUnit } from '../units/info';

/**
 * Made on the first number formatted, not when the module loads: the first Intl.NumberFormat of a
 * fresh context loads its locale data, which a worker woken by a click would pay before injecting
 * the page's script (as the page's bundle did, 40-190 ms a click: see core/facts/describe.ts).
 */
let formats: { big: Intl.NumberFormat; small: Intl.NumberFormat } | null = null;
const MONTHS = 'January February March April May June July August September October November December'.split(' ');
const RANGE = '\u2013';

/** 2400000000 -> "2,400,000,000"; 0.6667 -> "0.667"; 1234.567 -> "1,234.57". */
export function formatNumber(v: number): string {
  formats ??= {
    big: new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }),
    small: new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 }),
  };
  return Math.abs(v) >= 1 || v === 0 ? formats.big.format(v) : formats.small.format(v);
}

/** "2025-12-27" -> "27 December 2025", "2025-12" -> "December 2025", 2025 -> "2025". */
export function formatDate(value: number | string): string {
  if (typeof value === 'number') return String(value);
  const m = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}:\d{2}))?)?)?/.exec(value);
  if (!m) return value;
  const month = m[2] ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!month) return m[1]!;
  const day = m[3] ? `${Number(m[3])} ` : '';
  return `${day}${month} ${m[1]}${m[4] ? `, ${m[4]}` : ''}`;
}

function asNumber(v: number | string | undefined): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return null;
}

/**
 * The figure's normalized value in words, after its text:
 * "$500 billion = 500,000,000,000 USD", "94% = 0.94", "2.4GW = 2,400,000,000 W",
 * "Dec. 27 = 27 December 2025", "two-thirds = 0.667 = 66.7%", "18 months" (nothing to add).
 */
export function describeFigure(f: FigureMention): string {
  const pieces: string[] = [];
  // "≈ 74.56 mi": a counterpart unit, set apart from the exact values before it.
  let approx = '';
  const v = asNumber(f.value);
  const max = asNumber(f.valueMax);
  const range = (fmt: (n: number) => string) => (v === null ? null : max === null ? fmt(v) : `${fmt(v)}${RANGE}${fmt(max)}`);
  const unit = f.unit ? ` ${f.unit}` : '';
  switch (f.kind) {
    case 'date': {
      const from = formatDate(f.value);
      pieces.push(f.valueMax === undefined ? from : `${from}${RANGE}${formatDate(f.valueMax)}`);
      break;
    }
    case 'percent': {
      const pct = range(formatNumber);
      if (pct !== null)
        pieces.push(
          `${pct}%`,
          range((n) => formatNumber(n / 100))!,
        );
      break;
    }
    case 'fraction': {
      const frac = range(formatNumber);
      if (frac !== null) pieces.push(frac, `${range((n) => formatNumber(n * 100))}%`);
      break;
    }
    case 'duration': {
      const d = range(formatNumber);
      if (d !== null) pieces.push(`${d}${f.unit ? ` ${pluralUnit(f.unit, max ?? v ?? 0)}` : ''}`);
      break;
    }
    default: {
      const n = range(formatNumber);
      if (n !== null) pieces.push(`${n}${unit}`);
      const other = f.kind === 'quantity' && f.unit ? counterpart(f.unit) : null;
      const there = other && range((x) => formatNumber(x * other.factor));
      if (there) approx = ` \u2248 ${there} ${other.unit}`;
    }
  }
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  const extra = pieces.filter((p, i) => norm(p) !== norm(f.text) && pieces.indexOf(p) === i);
  return [f.text, ...extra].join(' = ') + approx;
}
