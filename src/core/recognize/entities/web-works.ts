// The title of a work is no person, place or organization, however its words read: the article
// says it is a work by the noun before it ("her album Duty", "the film The Last Emperor") or by the
// year of its release in brackets after it ("Blue Winds Dancing (1938)").
import { lexicon } from './lexicon';
import { type Doc, type Span } from './span';
import type { Token } from './tagger/tokenize';
import { ORG_SUFFIX } from './words';
import { type Pace, type Sliced } from '../pace';

/**
 * Nouns of works whose title may follow them directly ("the novel Rebecca", "the song Sukiyaki");
 * singular only, as a name after a plural is more often a relative clause's subject ("the songs Johnson recorded").
 */
const WORK_NOUNS = new Set(
  (
    'film movie album song book novel novella poem opera musical episode series sitcom telenovela documentary ' +
    'painting sculpture symphony ballet anthem hymn videogame mixtape'
  ).split(' '),
);
/** A year of release, as a work's title is dated in brackets. */
const YEAR = /^(1[5-9]|20)\d\d$/;

/**
 * Retypes as a work (type other) a name that a work's noun opens ("the album Duty") or that a year
 * in brackets closes ("The Wooden Horse (1950)"). Not a name typed by its line (fixed); and a year
 * after a surname alone or a person with a known given name is a citation ("Carpenter (2010)"),
 * after a body's name an honour ("Princeton University (1958)").
 */
export function* workTitles(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens } = doc;
  let out: Span[] | null = null;
  for (let x = 0; x < spans.length; x++) {
    if (pace.spend()) yield;
    const s = spans[x]!;
    if (s.fixed || s.type === 'other' || s.type === 'product') continue;
    if (namedWork(tokens, s)) (out ??= spans.slice())[x] = { ...s, type: 'other' };
  }
  return out ?? spans;
}

function namedWork(tokens: readonly Token[], s: Span): boolean {
  // "the film The Last Emperor": the title's own article stands between.
  const opener = tokens[s.start - 1]?.text === 'The' ? s.start - 1 : s.start;
  if (WORK_NOUNS.has(tokens[opener - 1]?.text ?? '') && !tokens[opener]!.sentStart) return true;
  // "Kenneth Carpenter (2010)", "Princeton University (1958)": a person's or a body's year is a citation or an honour.
  if (bodyWord(tokens, s) || (s.type === 'person' && (s.end - s.start === 1 || lexicon().person.has(tokens[s.start]!.text)))) return false;
  return tokens[s.end]?.text === '(' && YEAR.test(tokens[s.end + 1]?.text ?? '') && tokens[s.end + 2]?.text === ')';
}

/** Whether an organization's word is in the name ("Moscow State University"). */
function bodyWord(tokens: readonly Token[], s: Span): boolean {
  for (let k = s.start; k < s.end; k++) if (ORG_SUFFIX.has(tokens[k]!.text)) return true;
  return false;
}
