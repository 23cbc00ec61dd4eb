// Found spans that name nothing a reader looks up: a nationality, a people, a newsroom's desk, a
// page's furniture, a capital at a sentence start that is only the sentence's.
import { lexicon } from './lexicon';
import { type Doc, type Span, spanText, writtenLower } from './span';
import type { Token } from './tagger/tokenize';
import {
  BYLINE_OPENERS,
  CAPS_NAMES,
  DEMONYMS,
  HEADLINE_PREPOSITIONS,
  KNOWN_ORGS,
  PEOPLE_NOUNS,
  SEASONS,
  SECTIONS,
  STAFF_ROLES,
} from './words';
import { type Pace, type Sliced, filterPass } from '../pace';

/**
 * A nationality ("Swedish pension fund", "the South Korean group", "ENGLISH LEAGUE") is not a name
 * a reader looks up: it is left unmarked, whatever the tagger made of it.
 */
export function dropNationalities(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  return filterPass(spans, (s) => !nationality(doc.tokens, s), pace);
}

function nationality(tokens: Token[], s: Span): boolean {
  if (s.fixed) return false;
  const last = tokens[s.end - 1]!.text;
  const titled = last.length > 2 && /^\p{Lu}+$/u.test(last) ? last.charAt(0) + last.slice(1).toLowerCase() : last;
  // "African-American churchgoers": nationalities joined, still no name.
  if (s.end - s.start === 1 && titled.includes('-') && titled.split('-').every((x) => DEMONYMS.has(x))) return true;
  // "Islamists", "New Zealanders", "New Yorkers": the people of a belief or a place, as a noun.
  if (!DEMONYMS.has(titled) && titled.endsWith('s') && DEMONYMS.has(titled.slice(0, -1))) return true;
  if (/\p{Ll}ers$/u.test(last)) {
    const full = spanText(tokens, s.start, s.end);
    const withPrev = s.start > 0 ? `${tokens[s.start - 1]!.text} ${full}` : full;
    if (lexicon().place.has(full.slice(0, -3)) || lexicon().place.has(withPrev.slice(0, -3))) return true;
  }
  if (!DEMONYMS.has(titled)) return false;
  if (s.end - s.start === 1) return true;
  // "South Korean", "North Korean": a place's name made into an adjective; not "Soviet Union".
  const full = spanText(tokens, s.start, s.end);
  return (
    !lexicon().place.has(full) &&
    tokens.slice(s.start, s.end - 1).every((t) => /^(North|South|East|West|Northern|Southern|Eastern|Western|Central|New)$/.test(t.text))
  );
}

/**
 * Not names a reader looks up: a people ("the Māori people", "the Ngātiwai tribe", wherever the
 * article calls it one), a newsroom's desk ("a Metro reporter"), and the links of a page's
 * furniture ("Order Reprints | Today's Paper | Subscribe").
 */
export function* dropPeoplesAndFurniture(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens, text } = doc;
  const lex = lexicon();
  const peoples = new Set<string>();
  for (let k = 1; k < tokens.length; k++) {
    if (pace.spend()) yield;
    const w = tokens[k - 1]!.text;
    if (PEOPLE_NOUNS.has(tokens[k]!.text) && /^\p{Lu}\p{Ll}/u.test(w) && !lex.place.has(w) && !lex.org.has(w)) peoples.add(w);
  }
  // Whether a line is furniture, judged once per line: a paragraph is one line, and judging it
  // again for each of its names was quadratic.
  const lines = doc.lines;
  const furniture = new Map<number, boolean>();
  const isFurniture = (k: number): boolean => {
    let yes = furniture.get(lines[k]!);
    if (yes === undefined) {
      const from = text.lastIndexOf('\n', tokens[k]!.start) + 1;
      const to = text.indexOf('\n', tokens[k]!.start);
      const parts = text.slice(from, to < 0 ? text.length : to).split(' | ');
      // "By Daniel Ferreira | New York | Nov. 12, 2025" is a byline, whose names are the story's.
      const words = parts.map((p) => p.trim().split(/\s+/));
      yes = parts.length >= 3 && !BYLINE_OPENERS.test(words[0]![0]!) && words.every((w) => w.length <= 4);
      furniture.set(lines[k]!, yes);
    }
    return yes;
  };
  return yield* filterPass(
    spans,
    (s) => {
      if (s.fixed) return true;
      const first = tokens[s.start]!;
      if (s.end - s.start === 1 && peoples.has(first.text)) return false;
      // "a Metro reporter", "By Rachel Kim, Health Reporter": a desk, in the copy or a byline.
      if (s.end - s.start === 1 && SECTIONS.has(first.text) && STAFF_ROLES.has((tokens[s.end]?.text ?? '').toLowerCase())) return false;
      return !isFurniture(s.start);
    },
    pace,
  );
}

/**
 * A capital at a sentence start says nothing: "Winter can also bring..." is the season, not a
 * person called Winter, when the article also writes the word in lower case and no person in it
 * has that name ("Johnny Winter"). A season at a sentence start is never taken for a name alone.
 */
export function dropSentenceWords(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens } = doc;
  let nameWords: Set<string> | null = null;
  return filterPass(
    spans,
    (s) => {
      // "A Battle Against Winter": a headline in capitals, not a person, whatever the tagger saw.
      if (s.type === 'person' && !s.fixed && tokens.slice(s.start, s.end).some((t) => HEADLINE_PREPOSITIONS.has(t.text))) return false;
      if (s.fixed || s.end - s.start !== 1 || !tokens[s.start]!.sentStart) return true;
      const word = tokens[s.start]!.text;
      if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return true;
      if (SEASONS.has(word)) return false;
      if (s.type !== 'person') return true;
      if (!writtenLower(doc, word)) return true;
      if (!nameWords) {
        nameWords = new Set();
        for (const x of spans) if (x.end - x.start > 1) for (let k = x.start; k < x.end; k++) nameWords.add(tokens[k]!.text);
      }
      return nameWords.has(word);
    },
    pace,
  );
}

/** How many words either side tell whether a word in capitals stands in a sentence written in lower case. */
const EMPHASIS_REACH = 3;

/**
 * "Get your FREE download", "the staff were VERY friendly": a common word in capitals inside a
 * sentence in lower case is the writer's emphasis, not an abbreviation of a name. (Not every word the
 * article also writes in lower case: a page about code writes "wasi" and "nz" in its paths.) A word the
 * lists know as a place, a company, a brand or a body ("US", "NATO") keeps its mark, and so does a
 * word in a line of capitals (a headline, which other passes judge).
 */
export function dropEmphasis(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens, lines } = doc;
  const lex = lexicon();
  const lowerNear = (k: number): boolean => {
    for (let d = -EMPHASIS_REACH; d <= EMPHASIS_REACH; d++) {
      const t = tokens[k + d];
      if (!d || !t || lines[k + d] !== lines[k]) continue;
      if (/\p{Ll}/u.test(t.text) && /^\p{L}/u.test(t.text)) return true;
    }
    return false;
  };
  return filterPass(
    spans,
    (s) => {
      if (s.fixed || s.end - s.start !== 1) return true;
      const word = tokens[s.start]!.text;
      if (!/^\p{Lu}{2,}$/u.test(word) || !lex.common.has(word.toLowerCase())) return true;
      if (lex.place.has(word) || lex.org.has(word) || lex.brand.has(word) || KNOWN_ORGS.has(word) || CAPS_NAMES.has(word)) return true;
      return !lowerNear(s.start);
    },
    pace,
  );
}

/** The end of a file's name: its extension, as mail and web pages write attachments and links. */
const FILE_EXTENSION = /\.(pdf|docx?|xlsx?|pptx?|txt|csv|rtf|jpe?g|png|gif|zip|html?|xml|json|exe|mp[34]|wav|avi|mov)$/i;
/** A web address or a mail address: a scheme, "www." or an "@" between characters. */
const ADDRESS = /:\/\/|^www\.|\S@\S/i;
/** How far either side of a name an address is looked for: no address is longer (and a page-long run of characters is not read per name). */
const LONGEST_ADDRESS = 200;
/** Punctuation that ends a sentence or a bracket after an address or a file's name. */
const TRAILING = /[.,;:!?)\]>"']+$/;

/**
 * Words of a web or mail address or of a file's name are no names: "RobBrnglsn" of
 * "RobBrnglsn@aol.com", "PakistanBirdClub" of a link's path, "CrudeStocks.pdf" (the name of an
 * attachment). The name the address stands for is marked where the article writes it as a name.
 */
export function dropAddresses(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens, text } = doc;
  return filterPass(
    spans,
    (s) => {
      const start = tokens[s.start]!.start;
      const end = tokens[s.end - 1]!.end;
      let from = start;
      let to = end;
      while (from > 0 && start - from < LONGEST_ADDRESS && !/\s/.test(text.charAt(from - 1))) from--;
      while (to < text.length && to - end < LONGEST_ADDRESS && !/\s/.test(text.charAt(to))) to++;
      const run = text.slice(from, to).replace(TRAILING, '');
      return !ADDRESS.test(run) && !FILE_EXTENSION.test(run);
    },
    pace,
  );
}
