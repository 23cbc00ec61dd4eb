// Figures: dates ("March 3, 2024", "2024-03-03", "3/3/2024") and fiscal years.
import { MONTHS } from '../figures-lexicon';
import { COLON, COMMA, DOT, HS, isDigit, isLetter, isUpper, PERCENT_SIGN } from './chars';
import { LETTERS_RE, ORDINAL_RE } from './numbers';
import { type Fig, type Scan, tok, type Token, wordAt } from './tokens';

const ISO_DATE_RE = /(\d{4})-(\d{2})-(\d{2})(?!\d)/y;

const SLASH_DATE_RE = /(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/y;

const YEAR_RANGE_RE = new RegExp(`(\\d{4})${HS}*[-–—/]${HS}*(\\d{4}|\\d{2})(?![\\d%])`, 'y');

/** A year a month or day names ("May 1066", "March 2150"): the context makes it a date, so the window is wide. */
const DATED_YEAR_MIN = 1000;
const DATED_YEAR_MAX = 2200;

/**
 * A year standing alone ("in 1914", "by 2050", "1914-1918") is taken from here to LATEST_YEAR: before it, a
 * four-digit number in news is more often a count; the word before can still make an older one a year.
 */
export const BARE_YEAR_MIN = 1800;

/** Four digits past the end of this century are a count, unless a month or day makes them a date. */
export const LATEST_YEAR = 2100;

/** Oldest year a four-digit number is read as when a word before says so ("in 1788", "since 1066"). */
export const OLDEST_YEAR = 1000;

/** "1900-2000" spans a century; a wider pair of four-digit numbers is two figures. */
const LONGEST_YEAR_RANGE = 100;

/** "2020-25": a two-digit second year shortens only short ranges; "1990-45" is not 1990 to 2045. */
const LONGEST_SHORT_YEAR_RANGE = 20;

/** "fiscal 1995", "FY2026": fiscal years are a modern accounting term. */
const FISCAL_YEAR_MIN = 1900;

/** "FY26" is 2026: two-digit fiscal years are this century's. */
const FISCAL_CENTURY = 2000;

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

const DAYS_IN_MONTH = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function monthOf(w: Token): number {
  const lo = w.text.toLowerCase();
  const mo = MONTHS[lo];
  if (mo === undefined) return 0;
  const capital = isUpper(w.text.charCodeAt(0));
  // "may" and "march" are also verbs; abbreviations are only months when capitalised.
  if (!capital && (lo === 'may' || lo === 'march' || lo.length <= 4)) return 0;
  return mo;
}

function yearAt(scan: Scan, p: number): { y: number; e: number } | null {
  const t = tok(scan, p);
  if (!t || t.kind !== 'digits' || !/^\d{4}$/.test(t.text)) return null;
  const y = Number(t.text);
  if (y < DATED_YEAR_MIN || y > DATED_YEAR_MAX) return null;
  const c = scan.text.charCodeAt(t.end);
  if (isLetter(c) || (isDigit(scan.text.charCodeAt(t.end + 1)) && (c === COMMA || c === DOT))) return null;
  return { y, e: t.end };
}

function dayAt(scan: Scan, p: number): { d: number; e: number } | null {
  const t = tok(scan, p);
  if (!t || t.kind !== 'digits' || !/^\d{1,2}$/.test(t.text)) return null;
  const d = Number(t.text);
  if (d < 1 || d > 31) return null;
  let e = t.end;
  LETTERS_RE.lastIndex = e;
  const lm = isLetter(scan.text.charCodeAt(e)) ? LETTERS_RE.exec(scan.text) : null;
  if (lm) {
    if (!ORDINAL_RE.test(lm[0])) return null;
    e += lm[0].length;
  }
  const c = scan.text.charCodeAt(e);
  if (c === COLON || c === PERCENT_SIGN || (isDigit(scan.text.charCodeAt(e + 1)) && (c === COMMA || c === DOT))) return null;
  return { d, e };
}

function dateFig(s: number, e: number, y: number | null, mo: number, d: number | null): Fig | null {
  if (d !== null && d > (DAYS_IN_MONTH[mo] ?? 0)) return null;
  const v = d === null ? `${y}-${pad2(mo)}` : y === null ? `--${pad2(mo)}-${pad2(d)}` : `${y}-${pad2(mo)}-${pad2(d)}`;
  return { kind: 'date', v, s, e, num: null };
}

/** "March 2026", "December 27", "Dec. 27, 2025". */
export function dateAtMonth(scan: Scan, w: Token): Fig | null {
  const mo = monthOf(w);
  if (!mo) return null;
  let p = w.end;
  if (scan.text.charCodeAt(p) === DOT && w.text.length <= 4) p++;
  const y = yearAt(scan, p);
  if (y) return dateFig(w.start, y.e, y.y, mo, null);
  const d = dayAt(scan, p);
  if (!d) return null;
  let q = d.e;
  const comma = tok(scan, q);
  if (comma && comma.text === ',') q = comma.end;
  const y2 = yearAt(scan, q);
  return y2 ? dateFig(w.start, y2.e, y2.y, mo, d.d) : dateFig(w.start, d.e, null, mo, d.d);
}

/** "27 December 2025", "27th of December", "2025-12-27", year ranges "2020-2025". */
export function dateAtDigits(scan: Scan, a: number): Fig | null {
  const { text } = scan;
  ISO_DATE_RE.lastIndex = a;
  const iso = ISO_DATE_RE.exec(text);
  if (iso) {
    const y = Number(iso[1]);
    const mo = Number(iso[2]);
    const d = Number(iso[3]);
    if (mo >= 1 && mo <= 12 && d >= 1) return dateFig(a, ISO_DATE_RE.lastIndex, y, mo, d);
  }
  SLASH_DATE_RE.lastIndex = a;
  const sl = SLASH_DATE_RE.exec(text);
  if (sl) {
    const x = Number(sl[1]);
    const z = Number(sl[2]);
    const y = Number(sl[3]);
    const e = SLASH_DATE_RE.lastIndex;
    if (x > 12 && z <= 12) return dateFig(a, e, y, z, x);
    if (z > 12 && x <= 12) return dateFig(a, e, y, x, z);
    if (x <= 12 && z <= 12) return { kind: 'date', v: y, s: a, e, num: null };
  }
  YEAR_RANGE_RE.lastIndex = a;
  const yr = YEAR_RANGE_RE.exec(text);
  if (yr && !isLetter(text.charCodeAt(YEAR_RANGE_RE.lastIndex))) {
    const y1 = Number(yr[1]);
    let y2 = Number(yr[2]);
    if (yr[2]!.length === 2) y2 += Math.floor(y1 / 100) * 100;
    if (
      y1 >= BARE_YEAR_MIN &&
      y1 <= LATEST_YEAR &&
      y2 > y1 &&
      y2 - y1 <= LONGEST_YEAR_RANGE &&
      !(yr[2]!.length === 2 && y2 - y1 > LONGEST_SHORT_YEAR_RANGE)
    ) {
      return { kind: 'date', v: y1, vMax: y2, s: a, e: YEAR_RANGE_RE.lastIndex, num: null };
    }
  }
  const d = dayAt(scan, a);
  if (!d) return null;
  let p = d.e;
  const of = wordAt(scan, p);
  if (of && of.text.toLowerCase() === 'of') p = of.end;
  const m = wordAt(scan, p);
  if (!m) return null;
  const mo = monthOf(m);
  if (!mo) return null;
  let q = m.end;
  if (text.charCodeAt(q) === DOT && m.text.length <= 4) q++;
  const comma = tok(scan, q);
  if (comma && comma.text === ',') q = comma.end;
  const y = yearAt(scan, q);
  return y ? dateFig(a, y.e, y.y, mo, d.d) : dateFig(a, m.end, null, mo, d.d);
}

/** "fiscal 2026", "fiscal year 2026", "FY2026", "FY26". */
export function fiscalYear(scan: Scan, w: Token): Fig | null {
  let p = w.end;
  if (w.text.toLowerCase() === 'fiscal') {
    const yw = wordAt(scan, p);
    if (yw && yw.text.toLowerCase() === 'year') p = yw.end;
  }
  const t = tok(scan, p);
  if (!t || t.kind !== 'digits' || isLetter(scan.text.charCodeAt(t.end))) return null;
  let y: number;
  if (/^\d{4}$/.test(t.text)) y = Number(t.text);
  else if (w.text === 'FY' && /^\d{2}$/.test(t.text)) y = FISCAL_CENTURY + Number(t.text);
  else return null;
  if (y < FISCAL_YEAR_MIN || y > LATEST_YEAR) return null;
  return { kind: 'date', v: y, s: w.start, e: t.end, num: null };
}
