// Word lists the recognizer consults: built by scripts/train.mjs from the shippable gazetteers and
// corpora (sources and licenses in NOTICE). Sets are built on first use so
// importing this module costs nothing until the first recognition; the data comes through assets.ts.
import { entityAsset } from './assets';
import { builtOnce, type Pace, type Sliced } from '../pace';

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

/** Words handled between two looks at the Pace: one look per word doubled the cost of building the sets. */
const BATCH = 256;

/** A set of the words of `packed` (split on `sep`), one Pace unit per word. */
function* setPass(packed: string, sep: string, pace: Pace): Sliced<Set<string>> {
  const out = new Set<string>();
  const words = packed.split(sep);
  for (let k = 0; k < words.length; k += BATCH) {
    const end = Math.min(words.length, k + BATCH);
    if (pace.spend(end - k)) yield;
    for (let j = k; j < end; j++) out.add(words[j]!);
  }
  return out;
}

/** First word -> most words in a phrase of `set` starting with it. */
function* firstWordIndex(set: Set<string>, pace: Pace): Sliced<Map<string, number>> {
  const out = new Map<string, number>();
  let batch = 0;
  for (const p of set) {
    if (++batch === BATCH) {
      batch = 0;
      if (pace.spend(BATCH)) yield;
    }
    const sp = p.indexOf(' ');
    if (sp < 0) {
      if (!out.has(p)) out.set(p, 1);
      continue;
    }
    // Words counted by their spaces, not by splitting: a third of this pass's cost went to the arrays.
    let n = 2;
    for (let at = p.indexOf(' ', sp + 1); at >= 0; at = p.indexOf(' ', at + 1)) n++;
    const first = p.slice(0, sp);
    if ((out.get(first) ?? 0) < n) out.set(first, n);
  }
  return out;
}

/** The lexicon built from its packed data, as a sliced pass (~110k words: a cold worker's longest block when whole). */
function* lexiconPass(pace: Pace): Sliced<Lexicon> {
  const d = entityAsset('lexicon') as Record<keyof Lexicon, string>;
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

const built = builtOnce(lexiconPass);

export function lexicon(): Lexicon {
  return built.get();
}

/** lexicon() in slices, for the worker's warm-up. */
export function buildLexicon(slice: number): Promise<void> {
  return built.build(slice);
}
