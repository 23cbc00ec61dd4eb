// Word lists the recognizer consults: built by scripts/train.mjs from the shippable gazetteers and
// corpora (sources and licenses in NOTICE). Sets are built on first use so
// importing this module costs nothing until the first recognition.
import lexiconData from '../../../../assets/model/lexicon.json';

export interface Lexicon {
  /** Lowercase words seldom capitalised mid-sentence ("right", "first", "refusal"). */
  common: Set<string>;
  /** Person name parts (given and family names), as written. */
  person: Set<string>;
  /** Countries, capitals, continents, states/provinces, cities over 100k people. */
  place: Set<string>;
  /** Country names and aliases (a subset of `place`). */
  country: Set<string>;
  /** Company names (surface forms of US-listed companies' legal names). */
  org: Set<string>;
  /** Brand and product names. */
  brand: Set<string>;
  /** For each phrase list: first word -> most words in a phrase starting with it. */
  firstWords: Map<Set<string>, Map<string, number>>;
}

function firstWordIndex(set: Set<string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of set) {
    const sp = p.indexOf(' ');
    const first = sp < 0 ? p : p.slice(0, sp);
    const n = sp < 0 ? 1 : p.split(' ').length;
    if ((out.get(first) ?? 0) < n) out.set(first, n);
  }
  return out;
}

let cached: Lexicon | null = null;

export function lexicon(): Lexicon {
  if (cached) return cached;
  const d = lexiconData as Record<keyof Lexicon, string>;
  cached = {
    common: new Set(d.common.split(' ')),
    person: new Set(d.person.split(' ')),
    place: new Set(d.place.split('|')),
    country: new Set((d.country ?? '').split('|')),
    org: new Set(d.org.split('|')),
    brand: new Set(d.brand.split('|')),
    firstWords: new Map(),
  };
  for (const set of [cached.place, cached.org, cached.brand]) cached.firstWords.set(set, firstWordIndex(set));
  return cached;
}
