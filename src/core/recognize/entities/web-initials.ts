// A person's initials are part of the name: "T. S. Eliot", "P. D. James", "J.R.R. Tolkien". The
// tagger often starts the name at the last initial or the surname, and reads a lone initial as a
// name of its own ("T." a place, then "S. Eliot").
import { lexicon } from './lexicon';
import { type Doc, type Span, spanText } from './span';
import type { Token } from './tagger/tokenize';
import { type Pace, type Sliced } from '../pace';

/** An initial, or several run together: "T.", "J.R.R.". */
const INITIALS = /^(\p{Lu}\.)+$/u;
/** The most initials read before a name ("W. H. R. Rivers"). */
const MOST_INITIALS = 4;
/** The most words of a name after its initials that are read as a person's when typed "other" or "place" ("W. H. Auden"). */
const SURNAME_WORDS = 2;

/**
 * Extends a person's name back over the initials before it, on its line and with one space between
 * each, dropping the spans over those initials alone; a name of type other or place that the
 * initials open ("W. H. Auden"), of one or two words the lists know as no place, is a person.
 */
export function* personInitials(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens, text, lines } = doc;
  const out: Span[] = [];
  for (const s of spans) {
    if (pace.spend()) yield;
    let start = s.start;
    while (
      start > 0 &&
      s.start - start < MOST_INITIALS &&
      INITIALS.test(tokens[start - 1]!.text) &&
      lines[start - 1] === lines[start] &&
      text.slice(tokens[start - 1]!.end, tokens[start]!.start) === ' ' &&
      !knownAbbreviation(tokens[start - 1]!.text)
    )
      start--;
    const type = nameType(tokens, s, start);
    if (!type) {
      out.push(s);
      continue;
    }
    // The spans over the initials alone give way ("T." read as a place).
    while (out.length && out[out.length - 1]!.start >= start) out.pop();
    out.push({ ...s, start, type });
  }
  return out;
}

/**
 * Whether the lists know the letters as a place's or a body's abbreviation ("U.S.", "U.N."): no
 * person's initials. (The tokenizer ends a sentence after an initial, so a sentence start after
 * one says nothing.)
 */
function knownAbbreviation(word: string): boolean {
  if (word.length < 4) return false;
  const lex = lexicon();
  const letters = word.replace(/\./g, '');
  return lex.place.has(word) || lex.org.has(word) || lex.place.has(letters) || lex.org.has(letters);
}

/** The extended name's type, or null to leave the span as it was. */
function nameType(tokens: readonly Token[], s: Span, start: number): Span['type'] | null {
  if (start === s.start && !INITIALS.test(tokens[s.start]!.text)) return null;
  if (s.fixed) return null;
  if (s.type === 'person') return start === s.start ? null : 'person';
  if (s.type !== 'other' && s.type !== 'place') return null;
  // Only initials and a surname: "W. H. Auden", not "J. P. Morgan Chase".
  let words = 0;
  for (let k = start; k < s.end; k++) if (!INITIALS.test(tokens[k]!.text)) words++;
  if (words === 0 || words > SURNAME_WORDS) return null;
  const name = spanText(tokens, s.end - words, s.end);
  return lexicon().place.has(name) || lexicon().org.has(name) ? null : 'person';
}
