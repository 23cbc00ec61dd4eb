// A name followed by a lifespan in brackets is a person: "Eivind Bolle (13 October 1923 – 10 June
// 2012) was a Norwegian politician", "Hélé Béji (born 1948) is a Tunisian writer". Encyclopaedias
// open a life this way, and the tagger, which sees a few words either side, often misses the name.
import { lexicon } from './lexicon';
import { isCommonWord } from './names';
import { type Doc, type Span, spanText, withSpans } from './span';
import type { Token } from './tagger/tokenize';
import { ORG_SUFFIX } from './words';
import { type Pace, type Sliced } from '../pace';

/** The most tokens read inside the brackets for the lifespan ("(; born 16 June 1955 in Moscow)"). */
const BRACKET_WORDS = 12;
/** The most words of a name read back from the bracket. */
const NAME_WORDS = 5;
const YEAR = /^(1[0-9]|20)\d\d$/;
/** Dashes between a birth and a death ("1923 – 2012", "1903–1952" read as one word). */
const DASH = /^[-–—]$/;
const YEARS_RANGE = /^(1[0-9]|20)\d\d[-–—](1[0-9]|20)?\d\d$/;
/** Small words inside a person's name ("Mahathir bin Mohamad", "Ludwig van Beethoven"). */
const PARTICLES = /^(bin|ibn|bint|de|del|della|di|da|van|von|der|den|du|la|le|al|y|dos|das)$/;

/**
 * The name just before a bracket that holds a lifespan, whole (from its first capital), as a
 * person: the span found there is retyped or widened, or one is added. Not a name the lists know as
 * a place or a company, nor one the layout typed (fixed).
 */
export function* lifespanPersons(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens, lines } = doc;
  const persons: Span[] = [];
  for (let k = 1; k < tokens.length; k++) {
    if (pace.spend()) yield;
    if (tokens[k]!.text !== '(') continue;
    const life = lifespanAt(tokens, k + 1);
    if (!life) continue;
    let start = k;
    while (start > 0 && k - start < NAME_WORDS && lines[start - 1] === lines[k] && nameWord(tokens, start - 1, k)) {
      start--;
      if (tokens[start]!.sentStart) break;
    }
    if (/^(The|A|An)$/.test(tokens[start]!.text)) start++;
    if (start === k || PARTICLES.test(tokens[start]!.text)) continue;
    const name = spanText(tokens, start, k);
    const lex = lexicon();
    if (lex.place.has(name) || lex.org.has(name)) continue;
    // Two years alone also date a dynasty, a state or a body ("the Ming Dynasty (1368–1644)"): a
    // person's are two or more words, none a common word or an organization's.
    if (life === 'years' && (k - start < 2 || tokens.slice(start, k).some((t) => isCommonWord(t.text) || ORG_SUFFIX.has(t.text)))) continue;
    persons.push({ start, end: k, type: 'person' });
  }
  if (!persons.length) return spans;
  // A person is not read over a span the layout typed or one that reaches out of it.
  const clash = new Set<Span>();
  let p = 0;
  for (const s of spans) {
    if (pace.spend()) yield;
    while (p < persons.length && persons[p]!.end <= s.start) p++;
    for (let q = p; q < persons.length && persons[q]!.start < s.end; q++)
      if (s.fixed || s.start < persons[q]!.start || s.end > persons[q]!.end) clash.add(persons[q]!);
  }
  const kept = persons.filter((person) => !clash.has(person));
  if (!kept.length) return spans;
  // The spans inside a person give way to it.
  const inside = new Uint8Array(tokens.length);
  for (const person of kept) inside.fill(1, person.start, person.end);
  const rest: Span[] = [];
  for (const s of spans) {
    if (pace.spend()) yield;
    if (!inside[s.start]) rest.push(s);
  }
  return yield* withSpans(rest, kept, pace);
}

/** Whether token `i`, before the bracket at `k`, may be a word of the person's name. */
function nameWord(tokens: readonly Token[], i: number, k: number): boolean {
  const word = tokens[i]!.text;
  if (/^\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(word)) return true;
  // A particle between two capitals ("Mahathir bin Mohamad"), not the name's first word.
  return i + 1 < k && PARTICLES.test(word) && i > 0 && /^\p{Lu}/u.test(tokens[i - 1]!.text);
}

/**
 * What the bracket's words from `k` say of a life: 'born' ("born", "née"), 'years' (two years
 * joined by a dash, a birth and a death, each maybe with its day and month), or null.
 */
function lifespanAt(tokens: readonly Token[], k: number): 'born' | 'years' | null {
  let years = 0;
  let dash = false;
  for (let i = k; i < k + BRACKET_WORDS && i < tokens.length; i++) {
    const word = tokens[i]!.text;
    if (word === ')') return years === 2 && dash ? 'years' : null;
    if (word === 'born' || word === 'née') return 'born';
    if (YEARS_RANGE.test(word)) return 'years';
    if (YEAR.test(word)) years++;
    else if (DASH.test(word)) dash = years === 1;
  }
  return null;
}
