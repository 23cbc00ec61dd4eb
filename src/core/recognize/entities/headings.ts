// Headings are written in title case: every word has its capital, so a capital there says nothing
// ("Amazon's Cloud Bet", "Wall Street Rallies", "Porto Striker Rui Matias Joins Arsenal"). In a
// heading a name is kept only where the article's body (its lines that are not headings) or the
// gazetteers name it, and only that part of the run: the headline's other words are no name.
import { lexicon } from './lexicon';
import { isCommonWord } from './names';
import { type Doc, LONGEST_NAME, type Span, spanText, writtenLower } from './span';
import type { Token } from './tagger/tokenize';
import { BYLINE_OPENERS, INSTITUTIONS, KNOWN_ORGS } from './words';
import { type Pace, type Sliced } from '../pace';
import type { EntityType } from '../../types';

/** A heading is short: a longer line is a paragraph, whatever its capitals. */
const LONGEST_HEADING = 20;
/** A heading has this many words at least: a line of one or two is a name, a label or a table's cell. */
const SHORTEST_HEADING = 3;
/** The words title case leaves in lower case (articles, conjunctions, short prepositions); any other lower-case word makes the line a sentence. */
const TITLE_CASE_SMALL = new Set(
  'a an the and but or nor for of on in at to by as from with into onto via vs vs. per up off out over'.split(' '),
);
/** Words of grammar a heading holds and a list of names does not ("Why", "Is", "to"): one at least says the line is a heading. */
const FUNCTION_WORDS = new Set(
  [
    ...TITLE_CASE_SMALL,
    ...'is are was were be been can could will would should may might does do did has have had why how what when where who which this that its it after before about against between through toward towards across behind beyond inside outside without under'.split(
      ' ',
    ),
  ].map((x) => x.toLowerCase()),
);

/** The heading lines of the article: 1 at each line (Doc.lines) that is one. */
export function* headingLines(doc: Doc, pace: Pace): Sliced<Uint8Array> {
  const { tokens, lineStarts, lines } = doc;
  const headings = new Uint8Array(tokens.length ? lines[tokens.length - 1]! + 1 : 0);
  for (let l = 0; l + 1 < lineStarts.length; l++) {
    const a = lineStarts[l]!;
    const b = lineStarts[l + 1]!;
    if (pace.spend(Math.min(b - a, LONGEST_HEADING + 1))) yield;
    if (a < b && ownBlock(doc, a, b) && isHeading(doc, tokens, a, b)) headings[lines[a]!] = 1;
  }
  return headings;
}

/** A blank line between tokens `k - 1` and `k`, or the text's start or end. */
function blankBefore(doc: Doc, k: number): boolean {
  const { tokens, text } = doc;
  if (k <= 0 || k >= tokens.length) return true;
  return /\n[^\S\n]*\n/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start));
}

/**
 * A heading is a block of its own, a blank line before and after it: a line of a paragraph, a
 * list or a table broken across lines ("Results of National Hockey / League games") is none.
 */
function ownBlock(doc: Doc, a: number, b: number): boolean {
  return blankBefore(doc, a) && blankBefore(doc, b);
}

/**
 * A line in title case: short, no sentence's period, brackets or figures of a table in it, every
 * word capitalised but title case's small words, a word of grammar ("Why", "Is", "to") as a list of
 * names has none, and a capitalised common word ("Bet", "Slip") that only title case would
 * capitalise. A wire headline in capitals has passes of its own; a byline or a credit is no
 * heading, and a person of known names keeps the name in one.
 */
function isHeading(doc: Doc, tokens: readonly Token[], a: number, b: number): boolean {
  // A byline or a photo's credit ("By ...", "Credit ...") names people, whatever its case.
  if (b - a > LONGEST_HEADING || BYLINE_OPENERS.test(tokens[a]!.text)) return false;
  let words = 0;
  let figures = 0;
  let grammar = false;
  let common = 0;
  for (let k = a; k < b; k++) {
    const w = tokens[k]!.text;
    if (w === '.' || w === '(' || w === ')') return false;
    if (/\d/.test(w) && ++figures > 1) return false;
    // Punctuation, a possessive ending ("'s") and figures are no words of the heading's case.
    if (!/^\p{L}/u.test(w)) continue;
    words++;
    const lower = w.toLowerCase();
    if (FUNCTION_WORDS.has(lower)) grammar = true;
    if (!/^\p{Lu}/u.test(w)) {
      if (!TITLE_CASE_SMALL.has(w)) return false;
      continue;
    }
    if (/^\p{Lu}\p{Ll}+$/u.test(w) && (writtenLower(doc, w) || lexicon().common.has(lower) || isCommonWord(w))) common++;
  }
  return words >= SHORTEST_HEADING && grammar && common >= 1;
}

/** What says a run of a heading is a name: the body names it so, or the lists know it. */
function known(text: string): boolean {
  const lex = lexicon();
  return lex.place.has(text) || lex.org.has(text) || lex.brand.has(text) || KNOWN_ORGS.has(text) || INSTITUTIONS.has(text);
}

/** A person's name of known given names and surnames and initials ("Andrew B. Myers"), in a credit or a heading alike. */
function knownPerson(tokens: readonly Token[], s: Span): boolean {
  if (s.type !== 'person' || s.end - s.start < 2) return false;
  const person = lexicon().person;
  for (let k = s.start; k < s.end; k++) if (!person.has(tokens[k]!.text) && !/^\p{Lu}\.$/u.test(tokens[k]!.text)) return false;
  return true;
}

/**
 * Names in headings, kept where the body or the gazetteers confirm them, and cut to the part they
 * confirm ("Porto Striker Rui Matias" -> "Porto", "Rui Matias"); a span typed by its line's layout
 * stays as it is.
 */
export function* headingNames(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens, lines } = doc;
  const headings = yield* headingLines(doc, pace);
  if (!headings.includes(1)) return spans;
  // The names of the body, and a person's surname and given name alone ("Matias" of "Rui Matias").
  const body = new Map<string, EntityType>();
  for (const s of spans) {
    if (pace.spend(s.end - s.start)) yield;
    if (headings[lines[s.start]!] || s.end - s.start > LONGEST_NAME) continue;
    const text = spanText(tokens, s.start, s.end);
    if (!body.has(text)) body.set(text, s.type);
    if (s.type === 'person' && s.end - s.start > 1) {
      for (const part of [tokens[s.start]!.text, tokens[s.end - 1]!.text]) if (!body.has(part)) body.set(part, 'person');
    }
  }
  const out: Span[] = [];
  for (const s of spans) {
    if (pace.spend(s.end - s.start)) yield;
    if (s.fixed || !headings[lines[s.start]!] || knownPerson(tokens, s)) {
      out.push(s);
      continue;
    }
    // The longest confirmed run from each word on, left to right; words no run holds are dropped.
    let i = s.start;
    while (i < s.end) {
      let found = 0;
      let type = s.type;
      for (let j = Math.min(s.end, i + LONGEST_NAME); j > i && !found; j--) {
        if (pace.spend()) yield;
        const text = spanText(tokens, i, j);
        const bodyType = body.get(text);
        if (bodyType !== undefined || known(text)) {
          found = j;
          type = bodyType ?? s.type;
        }
      }
      if (!found) {
        i++;
        continue;
      }
      out.push(found - i === s.end - s.start ? s : { start: i, end: found, type });
      i = found;
    }
  }
  return out;
}
