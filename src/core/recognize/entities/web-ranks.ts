// A rank or a title of nobility before a person's name is no part of it: "Vice Admiral James
// Greer", "Petty Officer John Leake", "Duke Fredrik Adolf". The tagger's titles (words.ts TITLES,
// one of its features) lack most military ranks and noble titles; this list is kept apart so that
// the tagger's features do not change.
import { type Doc, type Span } from './span';
import type { Token } from './tagger/tokenize';
import { type Pace, type Sliced } from '../pace';

/** Military ranks: before one word, still a rank ("Admiral Wilkes"). */
const RANKS = new Set(
  'Admiral Colonel Lieutenant Sergeant Commander Brigadier Corporal Marshal Commodore Lt Lt. Col Col. Maj. Sgt Sgt. Cpl. Adm. Brig. Cmdr.'.split(
    ' ',
  ),
);
/** Titles of nobility or office that are also bynames ("Duke Ellington", "Count Basie"): a title only before two or more words. */
const NOBLE = new Set(
  'Duke Duchess Baron Baroness Count Countess Earl Marquess Marquis Viscount Doge Emperor Empress Tsar Czar Datuk Dato'.split(' '),
);
/** Words that open a rank ("Vice Admiral", "Petty Officer", "Field Marshal", "Lieutenant Colonel"). */
const RANK_OPENERS = new Set('Vice Rear Petty Field Lieutenant Staff Master First Second Flight Wing Group Major'.split(' '));
/** Ranks of two words whose second word is common ("Petty Officer", "Chief Officer"). */
const RANK_SECONDS = new Set(['Officer', 'General', 'Admiral', 'Marshal', 'Colonel', 'Sergeant', 'Commander', 'Lieutenant']);

/** Each person's span without the rank or title it opens with. */
export function* withoutRanks(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens } = doc;
  let out: Span[] | null = null;
  for (let x = 0; x < spans.length; x++) {
    if (pace.spend()) yield;
    const s = spans[x]!;
    if (s.type !== 'person' || s.fixed) continue;
    const start = nameStart(tokens, s);
    if (start > s.start) (out ??= spans.slice())[x] = { ...s, start };
  }
  return out ?? spans;
}

/** Where the person's name starts after the rank or title that opens the span, or the span's start. */
function nameStart(tokens: readonly Token[], s: Span): number {
  let k = s.start;
  while (k < s.end - 1 && RANK_OPENERS.has(tokens[k]!.text) && (RANK_SECONDS.has(tokens[k + 1]!.text) || RANKS.has(tokens[k + 1]!.text)))
    k++;
  const word = tokens[k]!.text;
  const rest = s.end - k - 1;
  const rank = RANKS.has(word) || RANK_SECONDS.has(word);
  if (rest >= 1 && (rank || (NOBLE.has(word) && rest >= 2)) && /^\p{Lu}\p{Ll}/u.test(tokens[k + 1]!.text)) return k + 1;
  return s.start;
}
