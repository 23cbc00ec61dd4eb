// "built by SSE Renewables and Equinor": a company the gazetteer knows, joined by "and" to a company the
// recognizer found, is a company too. Alone, a gazetteer's name is weak evidence (it lists "Target",
// "Visa", "Shell"); paired with a company of the same sentence, it names the same kind of thing.
import { lexicon } from './lexicon';
import { coverage, type Doc, type Span, spanText, withSpans } from './span';
import { type Pace, type Sliced } from '../pace';

/** The most words of the paired name: "Atlas Copco", "Buzzi Unicem". */
const PAIRED_WORDS = 3;

const CAPITALISED = /^\p{Lu}/u;

/** Organizations the gazetteer knows, right after "<organization> and" and not marked yet. */
export function* pairedOrganizations(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens } = doc;
  const lex = lexicon();
  const covered = yield* coverage(tokens.length, spans, pace);
  const add: Span[] = [];
  for (const s of spans) {
    if (pace.spend()) yield;
    const start = s.end + 1;
    if (s.type !== 'organization' || tokens[s.end]?.text !== 'and' || covered[start] || !CAPITALISED.test(tokens[start]?.text ?? ''))
      continue;
    let end = start;
    while (end < tokens.length && end - start < PAIRED_WORDS && !covered[end] && CAPITALISED.test(tokens[end]!.text)) end++;
    // The whole run of capitals must be the gazetteer's name: "SSE Renewables and Equinor Wind Power" is not "Equinor".
    if (CAPITALISED.test(tokens[end]?.text ?? '')) continue;
    const name = spanText(tokens, start, end);
    if (lex.org.has(name) && !lex.person.has(name) && !lex.place.has(name)) add.push({ start, end, type: 'organization' });
  }
  return add.length ? yield* withSpans(spans, add, pace) : spans;
}
