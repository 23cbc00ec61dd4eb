// Common nouns the tagger took for names, by what the article shows of them. An abbreviation the
// article defines by words in lower case is the short form of a common noun,
// no name: "dinitrophenol, known as DNP", "a support-vector machine (SVM)", "heat pumps (HPs)". A
// name's abbreviation is defined by the name in capitals (acronyms.ts); here the article says the
// thing is a common noun, so no mention of the abbreviation is a name to look up.
import { lexicon } from './lexicon';
import { type Doc, type Span, spanText } from './span';
import type { Token } from './tagger/tokenize';
import { spelledInBrackets } from './web-abbreviations';
import { type Pace, type Sliced } from '../pace';

/** An abbreviation as articles define one: two to six capitals, maybe a plural "s" ("DNP", "HPs"). */
const ABBREVIATION = /^\p{Lu}{2,6}s?$/u;
/** How far back from the abbreviation its lower-case definition is read, in words. */
const DEFINITION_WORDS = 10;

/** Small words a definition holds that its abbreviation skips ("bureau of statistics"). */
const SKIPPED = /^(of|for|and|the|in|on|to|de|des|du|la|le)$/;

/**
 * Whether the lower-case words ending at token `end - 1` define `abbreviation`: the initials of
 * their words (hyphened parts apart, small words skipped) spell it ("geographic information system"
 * for GIS, "long-term release" for LTR), or it shortens the one word before it ("dinitrophenol" for
 * DNP); and no capital opens the definition ("Commission nationale de contrôle des techniques de
 * renseignement (CNCTR)" is a name written the French way).
 */
function definedInLowerCase(tokens: readonly Token[], end: number, abbreviation: string): boolean {
  const letters = abbreviation.replace(/s$/, '').toLowerCase();
  const lower = (k: number): boolean => k >= 0 && /^[\p{Ll}-]+$/u.test(tokens[k]!.text);
  const opensName = (k: number): boolean => k >= 0 && !tokens[k + 1]!.sentStart && /^\p{Lu}/u.test(tokens[k]!.text);
  if (lower(end - 1) && tokens[end - 1]!.text.length > letters.length && tokens[end - 1]!.text[0] === letters[0] && !opensName(end - 2))
    return !tokens[end - 1]!.text.includes('-') || tokens[end - 1]!.text.split('-').length === letters.length;
  let spelled = '';
  let k = end - 1;
  for (; k >= 0 && spelled.length < letters.length && end - k <= DEFINITION_WORDS; k--) {
    if (!lower(k)) return false;
    const t = tokens[k]!.text;
    if (!SKIPPED.test(t))
      spelled =
        t
          .split('-')
          .map((part) => part[0] ?? '')
          .join('') + spelled;
    if (tokens[k]!.sentStart) break;
  }
  return spelled === letters && !opensName(k);
}

/** The abbreviation the tokens at `k` define: "( DNP )" or ", known as DNP" / "called DNP", after lower-case words. */
function definitionAt(tokens: readonly Token[], k: number): string | null {
  const t = tokens[k]!.text;
  if (t === '(' && tokens[k + 2]?.text === ')') {
    const abbreviation = tokens[k + 1]!.text;
    return ABBREVIATION.test(abbreviation) && definedInLowerCase(tokens, k, abbreviation) ? abbreviation : null;
  }
  if (t !== ',' && t !== '(') return null;
  const known = tokens[k + 1]?.text === 'known' && tokens[k + 2]?.text === 'as';
  const at = known ? k + 3 : tokens[k + 1]?.text === 'called' ? k + 2 : -1;
  const abbreviation = tokens[at]?.text ?? '';
  return at > 0 && ABBREVIATION.test(abbreviation) && definedInLowerCase(tokens, k, abbreviation) ? abbreviation : null;
}

/**
 * Drops every span that is only an abbreviation the article defines by a common noun: by its initials or
 * its one word here, or spelt out in brackets (web-abbreviations.ts).
 */
export function* commonAbbreviations(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens } = doc;
  const common = new Set<string>();
  for (let k = 1; k < tokens.length; k++) {
    if (pace.spend()) yield;
    const t = tokens[k]!.text;
    if (t !== '(' && t !== ',') continue;
    const abbreviation = definitionAt(tokens, k) ?? spelledInBrackets(tokens, k);
    if (abbreviation) common.add(abbreviation);
  }
  if (!common.size) return spans;
  const out: Span[] = [];
  for (const s of spans) {
    if (pace.spend()) yield;
    if (s.fixed || !common.has(spanText(tokens, s.start, s.end))) out.push(s);
  }
  return out;
}

/** Words that open a noun phrase: no person's name follows them ("the Bill", "this Bill"). */
const DETERMINERS = /^(a|an|the|this|these|those|each|every|A|An|The|This|These|Those|Each|Every)$/;

/** What follows a noun phrase's end: a verb, a link, a preposition or punctuation, no noun it modifies. */
const AFTER_PHRASE =
  /^(is|are|was|were|will|would|has|have|had|can|could|may|might|should|must|does|did|to|and|or|but|that|which|in|on|at|for|of|by|with|as|[^\p{L}\p{N}])$/u;

/**
 * "The Bill would require providers to store metadata", "amending the Bill to": a one-word person
 * right after a determiner, ending its noun phrase, is a common noun written with a capital, not a
 * given name ("the Bush administration" names the person, as a modifier).
 */
export function* determinedWords(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens } = doc;
  const lex = lexicon();
  const out: Span[] = [];
  for (const s of spans) {
    if (pace.spend()) yield;
    const determined = DETERMINERS.test(tokens[s.start - 1]?.text ?? '') && AFTER_PHRASE.test(tokens[s.end]?.text ?? '.');
    if (s.fixed || s.type !== 'person' || s.end - s.start !== 1 || !determined || !lex.person.has(tokens[s.start]!.text)) out.push(s);
  }
  return out;
}
