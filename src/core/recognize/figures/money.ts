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
import { type Fig, isDigit, isLetter, type Num } from './tokens';
import { HS, mul } from './numbers';
import { FractionScanner } from './fractions';

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

const VIDEO_LINES = new Set([144, 240, 360, 480, 576, 720]);

export abstract class MoneyScanner extends FractionScanner {
  /** "$", "US$", "C $", "HK$", "£", "USD", "Rs." in front of a number. */
  protected moneyPrefixAt(a: number): { iso: string; s: number; e: number } | null {
    const { text } = this;
    const ch = text[a] ?? '';
    let iso = CURRENCY_SYMBOLS[ch];
    let s = a;
    let e = a + 1;
    if (iso) {
      if (ch === '$') {
        const pre = this.dollarPrefix(a);
        if (pre) {
          iso = pre.iso;
          s = pre.s;
        }
      }
    } else {
      const w = this.wordAt(a);
      if (!w) return null;
      if (w.t === 'Rs') {
        iso = 'INR';
        e = text.charCodeAt(w.e) === 46 ? w.e + 1 : w.e;
      } else if (ISO_CODES.has(w.t)) {
        iso = w.t === 'RMB' ? 'CNY' : w.t;
        e = w.e;
      } else return null;
    }
    const n = this.tok(e);
    if (
      !n ||
      !(
        n.k === 0 ||
        (n.k === 1 && (n.t.toLowerCase() in SMALL || n.t.toLowerCase() in TENS || n.t === 'a')) ||
        (n.t === '-' && isDigit(text.charCodeAt(n.e)))
      )
    )
      return null;
    return { iso, s, e };
  }

  protected dollarPrefix(a: number): { iso: string; s: number } | null {
    const { text } = this;
    let j = a - 1;
    const spaced = text.charCodeAt(j) === 32;
    if (spaced) j--;
    const end = j + 1;
    while (j >= 0 && j > end - 5 && (isLetter(text.charCodeAt(j)) || text.charCodeAt(j) === 46)) j--;
    if (j >= 0 && isLetter(text.charCodeAt(j))) return null;
    const raw = text.slice(j + 1, end);
    if (!raw || raw.charCodeAt(0) === 46) return null;
    const key = raw.replace(/\./g, '').toLowerCase();
    const iso = DOLLAR_PREFIXES[key];
    if (!iso) return null;
    // Spaced prefixes only where they cannot be an article or pronoun ("a $5 fee", "s $").
    if (spaced && !['us', 'c', 'hk', 'nz', 'ca', 'au'].includes(key)) return null;
    if (!spaced && key.length === 1 && raw !== raw.toUpperCase()) return null;
    return { iso, s: j + 1 };
  }

  /** Currency named after the number: "420 million finnish markka", "50 cents", "100元", "5 million USD". */
  protected currencyAfter(num: Num): { iso: string; v: number; e: number } | null {
    const { text } = this;
    let p = num.e;
    let t = this.tok(p);
    if (!t) return null;
    if (num.approx && t.k === 1 && t.t.toLowerCase() === 'of') {
      p = t.e;
      t = this.tok(p);
      if (!t) return null;
    }
    if (t.k === 2) {
      if (t.t === '-' && t.s === p) {
        // "12-cent", "one-yen"
        const w = this.wordAt(t.e);
        if (w && w.s === t.e) {
          const cw = CURRENCY_WORDS[w.t.toLowerCase()];
          if (cw && !cw.weak) return { iso: cw.iso, v: cw.sub ? mul(num.v, 0.01) : num.v, e: w.e };
        }
        return null;
      }
      // Two-character signs ("ரூ") before one-character ones.
      const sym = CURRENCY_SYMBOLS[text.slice(t.s, t.s + 2)] ? text.slice(t.s, t.s + 2) : t.t;
      const iso = CURRENCY_SYMBOLS[sym];
      if (iso && sym !== '$' && (t.s === p || text.charCodeAt(p) === 32)) return { iso, v: num.v, e: t.s + sym.length };
      return null;
    }
    if (t.k !== 1) return null;
    // "50p"; not the video resolutions "720p", "1080p".
    if (t.s === p && t.t === 'p' && num.plain && num.v < 1000 && !VIDEO_LINES.has(num.v))
      return { iso: 'GBP', v: mul(num.v, 0.01), e: t.e };
    if (ISO_CODES.has(t.t)) return { iso: t.t === 'RMB' ? 'CNY' : t.t, v: num.v, e: t.e };
    let lo = t.t.toLowerCase();
    let qual: Readonly<Record<string, string>> | undefined;
    let w = t;
    if (!(lo in CURRENCY_WORDS) || lo === 'us') {
      qual = CURRENCY_QUALIFIERS[lo];
      let n = this.wordAt(t.e);
      if (!qual && n) {
        qual = CURRENCY_QUALIFIERS[`${lo} ${n.t.toLowerCase()}`];
        if (qual) n = this.wordAt(n.e);
      }
      if (!qual || !n) return null;
      w = n;
      lo = n.t.toLowerCase();
    }
    const cw = CURRENCY_WORDS[lo];
    if (!cw) return null;
    let iso = cw.iso;
    if (qual) {
      const q = qual[currencyStem(lo)];
      if (!q) return null;
      iso = q;
    }
    let e = w.e;
    if (cw.weak) {
      const n = this.wordAt(e);
      if (n && n.t.toLowerCase() === 'sterling') e = n.e;
      else if (!(num.mult > 1 || num.approx || qual)) return null;
    }
    let v = cw.sub ? mul(num.v, 0.01) : num.v;
    if (!cw.sub) {
      // "3 dollars 50 cents", "thirteen dollars and forty-five cents"
      let q = e;
      const and = this.wordAt(q);
      if (and && and.t.toLowerCase() === 'and') q = and.e;
      const cents = this.tok(q);
      if (cents && (cents.k === 0 || cents.k === 1)) {
        const cn = this.numberAt(cents.s, false);
        if (cn && cn.v > 0 && cn.v < 100 && Number.isInteger(cn.v)) {
          const cwd = this.wordAt(cn.e);
          const sub = cwd ? CURRENCY_WORDS[cwd.t.toLowerCase()] : undefined;
          if (cwd && sub?.sub) {
            v = mul(v + cn.v / 100, 1);
            e = cwd.e;
          }
        }
      }
      const tail = this.centsTail(num.s, num, v, e);
      if (tail) return { iso, v: tail.v, e: tail.e };
    }
    return { iso, v, e };
  }

  /**
   * Spoken cents with the sub-unit left out: "thirteen dollars forty five", "one dollar and one", "C$ 100 and
   * fifty". Only spelled-out cents with nothing after them that they could be counting ("$100 and fifty
   * people"), and not the second end of "between $5 and ten".
   */
  protected centsTail(s: number, num: Num, v: number, p: number): { v: number; e: number } | null {
    if (num.mult !== 1 || num.approx || !Number.isInteger(v) || this.wordBefore(s).toLowerCase() === 'between') return null;
    let t = this.wordAt(p);
    if (t && t.t.toLowerCase() === 'and') t = this.wordAt(t.e);
    if (!t) return null;
    const lo = t.t.toLowerCase();
    if (!(lo in SMALL || lo in TENS)) return null;
    const cn = this.writtenAt(t);
    if (!cn || cn.frac || !Number.isInteger(cn.v) || cn.v < 1 || cn.v > 99) return null;
    const after = this.tok(cn.e);
    if (after && after.k !== 2 && after.t.toLowerCase() !== 'and') return null;
    if (after && after.k === 2 && !'.,;:!?)\n\r'.includes(after.t)) return null;
    return { v: mul(v + cn.v / 100, 1), e: cn.e };
  }

  /** "£113 per megawatt hour" -> GBP/MWh; "$80 a barrel" -> USD/bbl. */
  protected priced(f: Fig): Fig {
    PER_RE.lastIndex = f.e;
    const m = PER_RE.exec(this.text);
    if (!m) return f;
    const raw = m[2] ?? '';
    const hit = UNIT_EXACT.get(raw) ?? UNIT_LOWER.get(raw.toLowerCase().replace(/[ \t\u00a0\u2009\u202f]+/g, ' '));
    if (!hit || hit.gluedOnly) return f;
    const how = (m[1] ?? '/').toLowerCase();
    if ((how === 'a' || how === 'an') && !PRICE_A_UNITS.has(hit.def.unit)) return f;
    return { ...f, unit: `${f.unit}/${hit.def.unit}`, e: PER_RE.lastIndex };
  }
}
