// Towns the place list leaves out. The lexicon's places are cities over 100k people, so a smaller
// town the news names for its company ("Mountain View is preparing its own answer", "Redmond")
// goes unmarked. A name of several capitalised words that GeoNames knows as a town of 15k people or
// more (assets/gazetteer/towns.json, scripts/derive-towns.mjs) is that town when the article gives
// it whole as a run of capitals: two capitalised words that happen to spell a town are rare,
// one-word towns ("Reading", "Mobile", "Bath") are words too often and are not read.
import { entityAsset } from './assets';
import { companyCue, staffCue } from './cues';
import { isCapitalised } from './names';
import { type Doc, type Span, spanText, withSpans, withoutIndexes } from './span';
import { type Pace, type Sliced } from '../pace';

interface Towns {
  names: Set<string>;
  /** First word -> most words in a town's name starting with it. */
  longest: Map<string, number>;
  /**
   * 1 at each UTF-16 unit that starts a first word of `longest`: the many words that start
   * otherwise (in lower case, punctuation) are passed over without a look-up in the large map.
   */
  firstUnits: Uint8Array;
}

let cached: Towns | null = null;

function towns(): Towns {
  if (cached) return cached;
  const names = new Set(entityAsset('towns').towns.split('|'));
  const longest = new Map<string, number>();
  const firstUnits = new Uint8Array(0x10000);
  for (const name of names) {
    const words = name.split(' ');
    longest.set(words[0]!, Math.max(longest.get(words[0]!) ?? 0, words.length));
    firstUnits[words[0]!.charCodeAt(0)] = 1;
  }
  cached = { names, longest, firstUnits };
  return cached;
}

/**
 * A whole run of capitals that names a town of the gazetteer is a place: added where nothing was
 * found, retyped where the tagger saw a name of type other, or an organization the article gives
 * no company's cue ("Mountain View is preparing"; "shares in Mountain View" keep their company),
 * except on a sports page, where teams go by their towns ("St Albans 2 Cambridge United 0"). A run longer than the town ("Mountain View Capital") is another name.
 */
export function* townPlaces(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens, lines } = doc;
  const { names, longest, firstUnits } = towns();
  const owner = new Int32Array(tokens.length).fill(-1);
  for (let x = 0; x < spans.length; x++) {
    if (pace.spend()) yield;
    owner.fill(x, spans[x]!.start, spans[x]!.end);
  }
  const capital = (k: number, line: number): boolean => k >= 0 && k < tokens.length && lines[k] === line && isCapitalised(tokens[k]!.text);
  const added: Span[] = [];
  const dropped = new Set<number>();
  for (let k = 0; k < tokens.length; k++) {
    if (pace.spend()) yield;
    if (!firstUnits[tokens[k]!.text.charCodeAt(0)]) continue;
    const most = longest.get(tokens[k]!.text);
    if (!most) continue;
    const line = lines[k]!;
    if (capital(k - 1, line) && !tokens[k]!.sentStart) continue;
    for (let len = most; len >= 2; len--) {
      if (pace.spend(len)) yield;
      const end = k + len;
      if (capital(end, line) || lines[end - 1] !== line || !names.has(spanText(tokens, k, end))) continue;
      const x = owner[k]!;
      const s = x >= 0 ? spans[x]! : null;
      let free = true;
      for (let i = k; i < end; i++) free &&= owner[i] === -1;
      if (free) added.push({ start: k, end, type: 'place' });
      else if (
        s &&
        s.start === k &&
        s.end === end &&
        !s.fixed &&
        (s.type === 'other' || (s.type === 'organization' && !doc.sports && !companyCue(tokens, s) && !staffCue(tokens, s)))
      ) {
        dropped.add(x);
        added.push({ ...s, type: 'place' });
      }
      k = end - 1;
      break;
    }
  }
  if (!added.length) return spans;
  return yield* withSpans(yield* withoutIndexes(spans, dropped, pace), added, pace);
}
