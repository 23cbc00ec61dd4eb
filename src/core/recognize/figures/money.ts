// Figures: money (currency signs, codes and words before or after a number) and the unit tables.
import {
  CURRENCY_QUALIFIERS,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  currencyStem,
  DOLLAR_PREFIXES,
  ISO_CODES,
  PRICE_A_UNITS,
  SMALL,
  TENS,
  type UnitDef,
  UNITS,
} from '../figures-lexicon';
import { DOT, HS, isDigit, isLetter, SPACE, SPACE_RUN_RE } from './chars';
import { mul, numberAt, writtenAt } from './numbers';
import { type Fig, type Num, type Scan, tok, wordAt, wordBefore } from './tokens';

/** Unit names longest first so "square feet" wins over "feet" and "kWh" over "kW". */
interface UnitHit {
  def: UnitDef;
  /** Must be glued to the number. */
  gluedOnly: boolean;
}
export const UNIT_EXACT = new Map<string, UnitHit>();
export const UNIT_LOWER = new Map<string, UnitHit>();
const unitAlternatives: string[] = [];
for (const def of UNITS) {
  for (const w of def.words) UNIT_LOWER.set(w.replace(/\s+/g, ' '), { def, gluedOnly: false });
  for (const s of def.symbols ?? []) UNIT_EXACT.set(s, { def, gluedOnly: false });
  for (const s of def.glued ?? []) UNIT_EXACT.set(s, { def, gluedOnly: true });
  unitAlternatives.push(...def.words, ...(def.symbols ?? []), ...(def.glued ?? []));
}
export const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, `${HS}+`);
export const UNIT_ALT = [...new Set(unitAlternatives)]
  .sort((a, b) => b.length - a.length)
  .map(escapeRe)
  .join('|');
// Group 1 is the separator (empty when glued), group 2 the unit.
export const UNIT_RE = new RegExp(`(${HS}*-${HS}*|${HS}*)(${UNIT_ALT})(?![A-Za-z0-9²³])`, 'iy');

const PER_RE = new RegExp(`(?:${HS}*(per|an?)${HS}+|${HS}*/${HS}*)(${UNIT_ALT})(?![A-Za-z0-9²³])`, 'iy');

/** Letters (and dots) of the longest prefix glued to a dollar sign: "U.S.$", "AUD$", "HK$". */
const DOLLAR_PREFIX_LONGEST = 4;

const VIDEO_LINES = new Set([144, 240, 360, 480, 576, 720]);

/** "$", "US$", "C $", "HK$", "£", "USD", "Rs." in front of a number. */
export function moneyPrefixAt(scan: Scan, a: number): { iso: string; s: number; e: number } | null {
  const { text } = scan;
  const ch = text[a] ?? '';
  let iso = CURRENCY_SYMBOLS[ch];
  let s = a;
  let e = a + 1;
  if (iso) {
    if (ch === '$') {
      const pre = dollarPrefix(scan, a);
      if (pre) {
        iso = pre.iso;
        s = pre.s;
      }
    }
  } else {
    const w = wordAt(scan, a);
    if (!w) return null;
    if (w.text === 'Rs') {
      iso = 'INR';
      e = text.charCodeAt(w.end) === DOT ? w.end + 1 : w.end;
    } else if (ISO_CODES.has(w.text)) {
      iso = w.text === 'RMB' ? 'CNY' : w.text;
      e = w.end;
    } else return null;
  }
  const n = tok(scan, e);
  if (
    !n ||
    !(
      n.kind === 'digits' ||
      (n.kind === 'word' && (n.text.toLowerCase() in SMALL || n.text.toLowerCase() in TENS || n.text === 'a')) ||
      (n.text === '-' && isDigit(text.charCodeAt(n.end)))
    )
  )
    return null;
  return { iso, s, e };
}

function dollarPrefix(scan: Scan, a: number): { iso: string; s: number } | null {
  const { text } = scan;
  let j = a - 1;
  const spaced = text.charCodeAt(j) === SPACE;
  if (spaced) j--;
  const end = j + 1;
  while (j >= 0 && j >= end - DOLLAR_PREFIX_LONGEST && (isLetter(text.charCodeAt(j)) || text.charCodeAt(j) === DOT)) j--;
  if (j >= 0 && isLetter(text.charCodeAt(j))) return null;
  const raw = text.slice(j + 1, end);
  if (!raw || raw.charCodeAt(0) === DOT) return null;
  const key = raw.replace(/\./g, '').toLowerCase();
  const iso = DOLLAR_PREFIXES[key];
  if (!iso) return null;
  // Spaced prefixes only where they cannot be an article or pronoun ("a $5 fee", "s $").
  if (spaced && !['us', 'c', 'hk', 'nz', 'ca', 'au'].includes(key)) return null;
  if (!spaced && key.length === 1 && raw !== raw.toUpperCase()) return null;
  return { iso, s: j + 1 };
}

/** Currency named after the number: "420 million finnish markka", "50 cents", "100元", "5 million USD". */
export function currencyAfter(scan: Scan, num: Num): { iso: string; v: number; e: number } | null {
  const { text } = scan;
  let p = num.e;
  let t = tok(scan, p);
  if (!t) return null;
  if (num.approx && t.kind === 'word' && t.text.toLowerCase() === 'of') {
    p = t.end;
    t = tok(scan, p);
    if (!t) return null;
  }
  if (t.kind === 'other') {
    if (t.text === '-' && t.start === p) {
      // "12-cent", "one-yen"
      const w = wordAt(scan, t.end);
      if (w && w.start === t.end) {
        const cw = CURRENCY_WORDS[w.text.toLowerCase()];
        if (cw && !cw.weak) return { iso: cw.iso, v: cw.sub ? mul(num.v, 0.01) : num.v, e: w.end };
      }
      return null;
    }
    // Two-character signs ("ரூ") before one-character ones.
    const sym = CURRENCY_SYMBOLS[text.slice(t.start, t.start + 2)] ? text.slice(t.start, t.start + 2) : t.text;
    const iso = CURRENCY_SYMBOLS[sym];
    if (iso && sym !== '$' && (t.start === p || text.charCodeAt(p) === SPACE)) return { iso, v: num.v, e: t.start + sym.length };
    return null;
  }
  if (t.kind !== 'word') return null;
  // "50p"; not the video resolutions "720p", "1080p".
  if (t.start === p && t.text === 'p' && num.plain && num.v < 1000 && !VIDEO_LINES.has(num.v))
    return { iso: 'GBP', v: mul(num.v, 0.01), e: t.end };
  if (ISO_CODES.has(t.text)) return { iso: t.text === 'RMB' ? 'CNY' : t.text, v: num.v, e: t.end };
  let lo = t.text.toLowerCase();
  let qual: Readonly<Record<string, string>> | undefined;
  let w = t;
  if (!(lo in CURRENCY_WORDS) || lo === 'us') {
    qual = CURRENCY_QUALIFIERS[lo];
    let n = wordAt(scan, t.end);
    if (!qual && n) {
      qual = CURRENCY_QUALIFIERS[`${lo} ${n.text.toLowerCase()}`];
      if (qual) n = wordAt(scan, n.end);
    }
    if (!qual || !n) return null;
    w = n;
    lo = n.text.toLowerCase();
  }
  const cw = CURRENCY_WORDS[lo];
  if (!cw) return null;
  let iso = cw.iso;
  if (qual) {
    const q = qual[currencyStem(lo)];
    if (!q) return null;
    iso = q;
  }
  let e = w.end;
  if (cw.weak) {
    const n = wordAt(scan, e);
    if (n && n.text.toLowerCase() === 'sterling') e = n.end;
    else if (!(num.mult > 1 || num.approx || qual)) return null;
  }
  let v = cw.sub ? mul(num.v, 0.01) : num.v;
  if (!cw.sub) {
    // "3 dollars 50 cents", "thirteen dollars and forty-five cents"
    let q = e;
    const and = wordAt(scan, q);
    if (and && and.text.toLowerCase() === 'and') q = and.end;
    const cents = tok(scan, q);
    if (cents && (cents.kind === 'digits' || cents.kind === 'word')) {
      const cn = numberAt(scan, cents.start, false);
      if (cn && cn.v > 0 && cn.v < 100 && Number.isInteger(cn.v)) {
        const cwd = wordAt(scan, cn.e);
        const sub = cwd ? CURRENCY_WORDS[cwd.text.toLowerCase()] : undefined;
        if (cwd && sub?.sub) {
          v = mul(v + cn.v / 100, 1);
          e = cwd.end;
        }
      }
    }
    const tail = centsTail(scan, num.s, num, v, e);
    if (tail) return { iso, v: tail.v, e: tail.e };
  }
  return { iso, v, e };
}

/**
 * Spoken cents with the sub-unit left out: "thirteen dollars forty five", "one dollar and one", "C$ 100 and
 * fifty". Only spelled-out cents with nothing after them that they could be counting ("$100 and fifty
 * people"), and not the second end of "between $5 and ten".
 */
export function centsTail(scan: Scan, s: number, num: Num, v: number, p: number): { v: number; e: number } | null {
  if (num.mult !== 1 || num.approx || !Number.isInteger(v) || wordBefore(scan, s).toLowerCase() === 'between') return null;
  let t = wordAt(scan, p);
  if (t && t.text.toLowerCase() === 'and') t = wordAt(scan, t.end);
  if (!t) return null;
  const lo = t.text.toLowerCase();
  if (!(lo in SMALL || lo in TENS)) return null;
  const cn = writtenAt(scan, t);
  if (!cn || cn.frac || !Number.isInteger(cn.v) || cn.v < 1 || cn.v > 99) return null;
  const after = tok(scan, cn.e);
  if (after && after.kind !== 'other' && after.text.toLowerCase() !== 'and') return null;
  if (after && after.kind === 'other' && !'.,;:!?)\n\r'.includes(after.text)) return null;
  return { v: mul(v + cn.v / 100, 1), e: cn.e };
}

/** "£113 per megawatt hour" -> GBP/MWh; "$80 a barrel" -> USD/bbl. */
export function priced(scan: Scan, f: Fig): Fig {
  PER_RE.lastIndex = f.e;
  const m = PER_RE.exec(scan.text);
  if (!m) return f;
  const raw = m[2] ?? '';
  const hit = UNIT_EXACT.get(raw) ?? UNIT_LOWER.get(raw.toLowerCase().replace(SPACE_RUN_RE, ' '));
  // "$15 per hour" is "$15 an hour": a rate per period, whose period the measure says; a price is per unit of goods.
  if (!hit || hit.gluedOnly || hit.def.kind === 'd') return f;
  const how = (m[1] ?? '/').toLowerCase();
  if ((how === 'a' || how === 'an') && !PRICE_A_UNITS.has(hit.def.unit)) return f;
  return { ...f, unit: `${f.unit}/${hit.def.unit}`, e: PER_RE.lastIndex };
}
