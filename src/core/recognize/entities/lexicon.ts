// Word lists the recognizer consults: built by scripts/train.mjs from the shippable gazetteers and
// corpora (sources and licenses in NOTICE). Sets are built on first use so
// importing this module costs nothing until the first recognition; the data comes through assets.ts.
import { entityAssets } from './assets';
import { inSlices, Pace, whole, type Sliced } from '../pace';

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

/** A set of the words of `packed` (split on `sep`), one Pace unit per word. */
function* setPass(packed: string, sep: string, pace: Pace): Sliced<Set<string>> {
  const out = new Set<string>();
  for (const word of packed.split(sep)) {
    if (pace.spend()) yield;
    out.add(word);
  }
  return out;
}

function* firstWordIndex(set: Set<string>, pace: Pace): Sliced<Map<string, number>> {
  const out = new Map<string, number>();
  for (const p of set) {
    if (pace.spend()) yield;
    const sp = p.indexOf(' ');
    const first = sp < 0 ? p : p.slice(0, sp);
    const n = sp < 0 ? 1 : p.split(' ').length;
    if ((out.get(first) ?? 0) < n) out.set(first, n);
  }
  return out;
}

/** The lexicon built from its packed data, as a sliced pass (~110k words: a cold worker's longest block when whole). */
function* lexiconPass(pace: Pace): Sliced<Lexicon> {
  const d = entityAssets().lexicon as Record<keyof Lexicon, string>;
  const built: Lexicon = {
    common: yield* setPass(d.common, ' ', pace),
    person: yield* setPass(d.person, ' ', pace),
    place: yield* setPass(d.place, '|', pace),
    country: yield* setPass(d.country ?? '', '|', pace),
    org: yield* setPass(d.org, '|', pace),
    brand: yield* setPass(d.brand, '|', pace),
    firstWords: new Map(),
  };
  for (const set of [built.place, built.org, built.brand]) built.firstWords.set(set, yield* firstWordIndex(set, pace));
  return built;
}

let cached: Lexicon | null = null;

export function lexicon(): Lexicon {
  cached ??= whole(lexiconPass(new Pace()));
  return cached;
}

/** lexicon() in slices, for the worker's warm-up. */
export async function buildLexicon(slice: number): Promise<void> {
  if (cached) return;
  const pace = new Pace(slice);
  const built = await inSlices(lexiconPass(pace), pace);
  cached ??= built;
}
