// Unit names standing alone, outside figures: "mcg", "a metric ton", "the dollar".
import type { FigureMention, UnitMention } from '../../types';
import { CURRENCY_QUALIFIERS, CURRENCY_WORDS, currencyStem, ISO_CODES, UNITS } from '../figures-lexicon';
import { Pace, type Sliced, whole } from '../pace';
import { escapeRe, UNIT_LOWER } from './money';
import { recognizeFigures } from './scanner';

const UNIT_NAME_COST = 2;

/** Text read before a unit name: room for the longest currency qualifier ("south african ") with a quote mark. */
const CONTEXT_BEFORE = 24;

/** Text read after a unit name: enough for "s of", " for <unit>" and the next capitalised word. */
const CONTEXT_AFTER = 12;

/**
 * Unit names standing alone, outside the given figures: "mcg", "a metric ton", "per gramme", "the dollar".
 * They get a mark of their own (kind 'unit') whose card says what the unit is. Words that are mostly
 * something else in prose ("won", "feet", "pound", "degree", "second") are left out, and so are ISO codes
 * that are also common words or names in news ("PHP" the language, "TRY", "ALL").
 */
export function recognizeUnitNames(text: string, figures: readonly FigureMention[] = recognizeFigures(text)): UnitMention[] {
  return whole(unitNamesPass(text, figures, new Pace()));
}

/** recognizeUnitNames() as a sliced pass. */
export function* unitNamesPass(text: string, figures: readonly FigureMention[], pace: Pace): Sliced<UnitMention[]> {
  const out: UnitMention[] = [];
  const re = new RegExp(UNIT_NAME_RE.source, UNIT_NAME_RE.flags);
  let k = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (pace.spend(UNIT_NAME_COST)) yield;
    let start = m.index;
    const end = start + m[0].length;
    while (k < figures.length && figures[k]!.end <= start) k++;
    if (k < figures.length && figures[k]!.start < end) continue;
    const raw = m[0];
    if (AMBIGUOUS_CODES.has(raw)) continue;
    const before = text.slice(Math.max(0, start - CONTEXT_BEFORE), start);
    const after = text.slice(end, end + CONTEXT_AFTER);
    const word = !/^[A-Z]{3}$/.test(raw);
    // "Dollar General", "Euro Disney", "Bucket of Bytes": a capitalised unit word is part of a name unless
    // it only starts a sentence; even then not when another capitalised word follows.
    if (word && /^[A-Z][a-z]/.test(raw) && (CAPITALISED_NEXT_RE.test(after) || MID_SENTENCE_RE.test(before))) continue;
    if (word && figureOfSpeech(raw, before, after)) continue;
    const lo = raw.toLowerCase().replace(/\s+/g, ' ');
    if (ISO_CODES.has(raw)) {
      out.push({ text: raw, measure: 'money', unit: raw === 'RMB' ? 'CNY' : raw, start, end });
      continue;
    }
    const cw = CURRENCY_WORDS[lo];
    if (cw) {
      // "the New Zealand dollar" is NZD, named by its qualifier, which the mark takes in.
      let iso = cw.iso;
      const q = QUALIFIER_RE.exec(before);
      // Qualifiers are proper adjectives: "US dollars", never "cost us dollars".
      const qIso =
        q && /^[A-Z]/.test(q[1]!) && q[1] !== 'Us'
          ? CURRENCY_QUALIFIERS[q[1]!.toLowerCase().replace(/\s+/g, ' ')]?.[currencyStem(lo)]
          : undefined;
      if (q && qIso) {
        iso = qIso;
        start -= q[0].length;
      } else if (word && CAPITALISED_BEFORE_RE.test(before)) continue;
      out.push({ text: text.slice(start, end), measure: 'money', unit: iso, start, end });
      continue;
    }
    const def = UNIT_LOWER.get(lo)?.def;
    if (def) out.push({ text: raw, measure: 'quantity', unit: def.unit, start, end });
  }
  return out;
}

/** Not a unit but an idiom: "by a mile", "tons of ice", "byte for byte" (either "byte"). */
function figureOfSpeech(raw: string, before: string, after: string): boolean {
  return (
    IDIOM_BEFORE_RE.test(before) ||
    VAGUE_PLURAL_RE.test(raw + after) ||
    REPEATED_RE.test(raw + after) ||
    REPEATED_RE.test(before.slice(-raw.length - ' for '.length) + raw)
  );
}

// Bare unit names (recognizeUnitNames).
const CAPITALISED_NEXT_RE = /^[ \t\u00a0]+[A-Z]/;

// Text before a word that does not start a sentence.
const MID_SENTENCE_RE = /[A-Za-z0-9,;:\u2019'"“”)-][ \t\u00a0]+$/;

const REPEATED_RE = /^([a-z]+)[ -]for[ -]\1\b/i;

// A capitalised word right before, not at a sentence start: "Ninety Mile", "Kiwi dollar", "Cook Islands dollar".
const CAPITALISED_BEFORE_RE = /[a-z,;]["“]?[ \t\u00a0]+["“]?[A-Z][A-Za-z]*[ \t\u00a0]+["“]?$/;

const IDIOM_BEFORE_RE = /\b(?:by|miss(?:ed)?|win|won|wins) an?[ \t\u00a0]+$/i;

const VAGUE_PLURAL_RE = /^[a-z]+s[ \t\u00a0]+of\b/;

const QUALIFIER_RE = new RegExp(
  `(?<![A-Za-z.])(${Object.keys(CURRENCY_QUALIFIERS)
    .sort((a, b) => b.length - a.length)
    .map((q) => q.replace(/[.]/g, '\\.').replace(/ /g, '[ \\t\\u00a0]+'))
    .join('|')})[ \t\u00a0]+$`,
  'i',
);

/** ISO codes that, standing alone, are far more often a word or a name: PHP the language, "TRY", "ALL". */
const AMBIGUOUS_CODES = new Set(['PHP', 'TRY', 'ARS', 'COP', 'CUP', 'ALL', 'TOP', 'MOP', 'BAM', 'SOS', 'GEL']);

const NOT_UNIT_NAMES = new Set([
  'won',
  'sterling',
  'barrel',
  'barrels',
  'rand',
  'dong',
  'pound',
  'pounds',
  'feet',
  'foot',
  'yard',
  'yards',
  'degree',
  'degrees',
  'bit',
  'bits',
  'kilo',
  'kilos',
  'gal',
  'inch',
  'second',
  'knot',
  'knots',
  'celsius',
  'fahrenheit',
]);

const UNIT_NAME_RE = new RegExp(
  `\\b(?:${[
    ...Object.keys(CURRENCY_WORDS).filter((w) => !CURRENCY_WORDS[w]!.sub && !CURRENCY_WORDS[w]!.weak),
    ...UNITS.filter((d) => d.kind === 'q').flatMap((d) => d.words),
  ]
    .filter((w) => w.length >= 3 && /^[a-z ]+$/.test(w) && !NOT_UNIT_NAMES.has(w))
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|')})\\b(?!-)|\\b(?:${[...ISO_CODES].join('|')})\\b`,
  'gi',
);
