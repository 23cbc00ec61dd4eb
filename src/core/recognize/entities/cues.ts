// What news copy says around a name that tells a company (or a person) from a place: its staff,
// what it owns, the pronoun it is given, the noun that describes it. Read by several passes.
import { lexicon } from './lexicon';
import { type Span, spanText } from './span';
import type { Token } from './tagger/tokenize';
import { DEMONYMS, MEDIA_NOUNS, ORG_NOUNS, ORG_OWNS, OWN_ADJ, PLACE_HEAD, PLACE_SUFFIX, RUNS, STAFF } from './words';

/** A company or brand the gazetteers know under this name, or as the first word of a brand ("Amazon" of "Amazon Prime"). */
export function knownCompany(name: string): boolean {
  const lex = lexicon();
  if (lex.org.has(name) || lex.brand.has(name)) return true;
  if (/^\p{Lu}\p{Ll}+$/u.test(name) && lex.brand.has(name.toUpperCase())) return true;
  return !name.includes(' ') && (lex.firstWords.get(lex.brand)?.get(name) ?? 0) > 1 && !lex.place.has(name) && !lex.person.has(name);
}

/**
 * A name followed by its staff ("Con Edison officials say") or by what it runs (", which maintains
 * 4,300 miles of gas mains"). Places have officials too ("Chicago officials"): the caller checks the
 * name is no place.
 */
export function staffCue(tokens: Token[], s: Span): boolean {
  const next = tokens[s.end]?.text ?? '';
  if (STAFF.has(next)) return true;
  return next === ',' && tokens[s.end + 1]?.text === 'which' && RUNS.has(tokens[s.end + 2]?.text ?? '');
}

/** A known place, or shaped like one ("Lower Manhattan", "Cook County"), or a nationality. */
export function placeLike(tokens: Token[], s: Span): boolean {
  const lex = lexicon();
  const first = tokens[s.start]!.text;
  const last = tokens[s.end - 1]!.text;
  return (
    lex.place.has(spanText(tokens, s.start, s.end)) ||
    DEMONYMS.has(last) ||
    (s.end - s.start > 1 && (PLACE_HEAD.has(first) || PLACE_SUFFIX.has(last)))
  );
}

/** "Nvidia's chief executive", "Northvolt's former factory": what only a company has. */
export function ownsCue(tokens: Token[], s: Span): boolean {
  if (!/^['’]s$/.test(tokens[s.end]?.text ?? '')) return false;
  const lower = (k: number): string => (tokens[k]?.text ?? '').toLowerCase();
  let k = s.end + 1;
  if (OWN_ADJ.has(lower(k))) k++;
  return ORG_OWNS.has(lower(k));
}

/**
 * Who spoke, by the pronouns after the verb in the same sentence: "said it would cut its rates" is
 * a company; "said its rates" most likely one (a person's "its" may be the government's); "said
 * he" a person; "said it" alone only maybe: "Smith said it was a mistake", "it" is as often what
 * was said. Callers weigh 'it' by what else they know of the name.
 */
export function pronounOf(tokens: Token[], from: number): 'company' | 'likely company' | 'it' | 'person' | null {
  let it = false;
  for (let k = from; k < tokens.length && k < from + 30 && !tokens[k]!.sentStart; k++) {
    const x = tokens[k]!.text;
    if (x === 'its') return it ? 'company' : 'likely company';
    if (x === 'it') it = true;
    else if (/^(he|she|his|her|him)$/.test(x)) return it ? 'it' : 'person';
    else if (!it && /^(they|their|I|we|our)$/.test(x)) return null;
  }
  return it ? 'it' : null;
}

/** What the text says around a name that only a company is: owned things, a describing noun, a partner, its shares. */
export function companyCue(tokens: Token[], s: Span): boolean {
  const next = tokens[s.end]?.text ?? '';
  const lower = (k: number): string => (tokens[k]?.text ?? '').toLowerCase();
  if (ownsCue(tokens, s)) return true;
  // "the Ennahda party", "the Tea Party movement": a political body named by what it is; "Liberte
  // newspaper said", a paper.
  if ((/^(party|movement)$/.test(next) || MEDIA_NOUNS.has(next)) && !lexicon().place.has(spanText(tokens, s.start, s.end))) return true;
  const p1 = lower(s.start - 1);
  const p2 = lower(s.start - 2);
  if (ORG_NOUNS.has(p1) && !tokens[s.start]!.sentStart) return true;
  // "Apple has partnered with Zeiss": a company's partner is a company.
  if (
    p1 === 'with' &&
    /^(partnered|partnering|partnership|partners|teamed|team|merged|merger)$/.test(p2) &&
    !lexicon().person.has(tokens[s.start]!.text)
  )
    return true;
  // "shares in Scania", "chief executive of Microsoft AI", "a spokesperson for Voltaria".
  if (
    (p1 === 'in' && p2 === 'shares') ||
    (p1 === 'of' && /^(executive|officer|founder|co-founder|chairman|chairwoman|shareholders)$/.test(p2)) ||
    (p1 === 'for' && /^(spokesperson|spokesman|spokeswoman)$/.test(p2))
  )
    return true;
  // "Halden, a warehouse automation company", "X, the company's".
  if (next === ',') {
    for (let k = s.end + 1; k < s.end + 6 && k < tokens.length; k++) {
      const x = tokens[k]!.text;
      if (x === ',' || x === '.') break;
      if (/^(company|firm|start-up|startup|maker|carmaker|chipmaker|group|conglomerate|retailer|lender|insurer)$/.test(x))
        return k > s.end + 1 && /^(a|an|the)$/i.test(tokens[s.end + 1]!.text);
    }
  }
  return next === 'said' && lower(s.end + 1) === 'in' && lower(s.end + 2) === 'a' && lower(s.end + 3) === 'statement';
}
