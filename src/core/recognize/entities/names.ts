// The shape of names, found before tagging: runs of capitalised words with connectors, typed by cue
// words and gazetteers. The tagger reads these rule spans as features, and the pipeline adds the
// product and brand shapes it rarely saw.
import { lexicon } from './lexicon';
import { LONGEST_SPAN, type Span } from './span';
import type { Token } from './tagger/tokenize';
import {
  AND_HEADS,
  ARTICLES,
  CAN_FOLLOW_OF,
  COMMON_ACRONYMS,
  CONNECTORS,
  MONTHS_DAYS,
  ORG_HEAD,
  ORG_SUFFIX,
  PLACE_HEAD,
  PLACE_SUFFIX,
  TITLES,
} from './words';
import { type Pace, type Sliced } from '../pace';
import type { EntityType } from '../../types';

export function isNamey(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128 && !(c >= 97 && c <= 122)) return false;
  if (c >= 128 && /^\p{Lu}/u.test(t)) return true;
  // Lower-case ASCII start: a name only with a capital inside.
  let upper = false;
  for (let i = 1; i < t.length && !upper; i++) {
    const d = t.charCodeAt(i);
    upper = (d >= 65 && d <= 90) || d >= 128;
  }
  if (!upper) return false;
  // camelCase brands that start lower case (iPhone, eBay) and prefixed names (al-Assad, bin-Salman).
  return /^\p{Ll}{1,3}\p{Lu}/u.test(t) || /^(al|el|bin|ibn|de|van|von|d|l)[-'’]\p{Lu}/u.test(t);
}

function hasDigit(t: string): boolean {
  return /\d/.test(t);
}

function isAcronym(t: string): boolean {
  return /^\p{Lu}[\p{Lu}&.]*\p{Lu}\.?$/u.test(t) && t.length <= 6;
}

/**
 * Answers of isCommonWord, which some twenty passes ask of the same words. Bounded: a page of endless
 * distinct words empties it instead of growing it.
 */
const commonWords = new Map<string, boolean>();
const COMMON_WORDS_KEPT = 50_000;

/** A word with no evidence of being a name: lower-case common, or shaped like one. */
export function isCommonWord(t: string): boolean {
  let known = commonWords.get(t);
  if (known === undefined) {
    if (commonWords.size >= COMMON_WORDS_KEPT) commonWords.clear();
    known = commonWordShape(t);
    commonWords.set(t, known);
  }
  return known;
}

/** Letters of other alphabets' spellings: no English derived word is written with them. */
const FOREIGN_LETTER = /[øåæœßłđħıŋþð]/;

function commonWordShape(t: string): boolean {
  const lex = lexicon();
  const l = t.toLowerCase();
  if (lex.common.has(l)) return true;
  // An English word's ending says a derived word ("Started", "National"); a word spelt with letters
  // English does not use is a borrowed name whatever it ends in ("Ørsted", "Łęczna").
  if (
    l.length > 5 &&
    /(ly|ing|ed|tion|tions|ness|ment|ments|ity|ies|ous|ive|al|ful|less|able)$/.test(l) &&
    !FOREIGN_LETTER.test(l) &&
    !lex.person.has(t) &&
    !lex.place.has(t)
  )
    return true;
  return false;
}

function smallNumber(t: string): boolean {
  return /^\d{1,3}[A-Za-z]?$/.test(t);
}

/** Finds candidate names in tokens: runs of capitalised words with their connectors, typed by classify(). */
export function* ruleSpansPass(tokens: Token[], text: string, pace: Pace): Sliced<Span[]> {
  const spans: Span[] = [];
  const n = tokens.length;
  let i = 0;
  while (i < n) {
    if (pace.spend()) yield;
    const t = tokens[i]!;
    if (!isNamey(t.text)) {
      i++;
      continue;
    }
    let j = i + 1;
    // The run's first word after its leading articles ("Bank" of "The Bank of England"): the
    // search goes on from where it stopped, not from the run's start at every connector.
    let head = i;
    while (j < n) {
      if (pace.spend()) yield;
      const u = tokens[j]!;
      if (u.sentStart || text.charCodeAt(tokens[j - 1]!.end) === 10) break;
      if (isNamey(u.text) && !MONTHS_DAYS.has(u.text)) {
        j++;
        continue;
      }
      const next = tokens[j + 1];
      if (CONNECTORS.has(u.text) && next && !next.sentStart) {
        while (head < j - 1 && ARTICLES.has(tokens[head]!.text)) head++;
        if (allowConnector(tokens, head, j)) {
          if (isNamey(next.text) && !MONTHS_DAYS.has(next.text)) {
            j += 2;
            continue;
          }
          const next2 = tokens[j + 2];
          if ((u.text === 'of' || u.text === 'for') && CAN_FOLLOW_OF.has(next.text) && next2 && isNamey(next2.text)) {
            j += 3;
            continue;
          }
        }
      }
      if (smallNumber(u.text) && !MONTHS_DAYS.has(tokens[j - 1]!.text) && !hasDigit(tokens[j - 1]!.text)) {
        const after = tokens[j + 1]?.text ?? '';
        if (!/^(%|percent|per|million|billion|trillion|years?|months?|days?|hours?|am|pm|a\.m\.|p\.m\.)$/i.test(after)) {
          j++;
        }
      }
      break;
    }
    if (j - i > LONGEST_SPAN) {
      i = j;
      continue;
    }
    if (pace.spend(j - i)) yield;
    const span = trim(tokens, i, j);
    if (span) spans.push(span);
    else if (
      j - i > 2 &&
      !tokens.slice(i, j).every((t) => CONNECTORS.has(t.text) || ARTICLES.has(t.text) || t.text === 'the' || isCommonWord(t.text))
    ) {
      // A rejected phrase can still hold names: look again at the words after its first connector.
      let k = i + 1;
      while (k < j && !CONNECTORS.has(tokens[k]!.text)) k++;
      if (k < j) {
        const head = trim(tokens, i, k);
        if (head) spans.push(head);
        i = k + 1;
        continue;
      }
    }
    i = j;
  }
  return spans;
}

/** Whether connector j continues a run whose first word after its articles is `h`. */
function allowConnector(tokens: Token[], h: number, j: number): boolean {
  const c = tokens[j]!.text;
  const head = tokens[h]!.text;
  if (c === '&') return true;
  // "Department for Energy Security and Net Zero" but not "Microsoft and Google" or "Right of First Refusal for SoftBank".
  if (c === 'and' || c === 'for') return AND_HEADS.has(head) || ORG_HEAD.has(head);
  if (c === 'of') {
    const left = tokens[j - 1]!.text;
    const lex = lexicon();
    // "Smith of Goldman Sachs": a surname is not the head of an "of" name.
    if (
      lex.person.has(left) &&
      !isCommonWord(left) &&
      !lex.place.has(left) &&
      !ORG_SUFFIX.has(left) &&
      !ORG_HEAD.has(left) &&
      !PLACE_SUFFIX.has(left)
    )
      return false;
    return true;
  }
  // Particles ("de", "van", "al") join two capitalised words only.
  return isNamey(tokens[j - 1]!.text);
}

function trim(tokens: Token[], i: number, j: number): Span | null {
  let titled = false;
  // Leading articles, sentence-initial common words, titles, month and day names.
  while (i < j) {
    const t = tokens[i]!;
    if (ARTICLES.has(t.text) || MONTHS_DAYS.has(t.text) || t.text === 'I') {
      i++;
      continue;
    }
    if (TITLES.has(t.text) && i + 1 < j && isNamey(tokens[i + 1]!.text)) {
      titled = true;
      i++;
      continue;
    }
    if (t.sentStart && isCommonWord(t.text) && !isAcronym(t.text) && !isStrongName(t.text)) {
      i++;
      continue;
    }
    break;
  }
  while (j > i && (CONNECTORS.has(tokens[j - 1]!.text) || MONTHS_DAYS.has(tokens[j - 1]!.text) || tokens[j - 1]!.text === 'the')) j--;
  if (i >= j) return null;
  // Connectors must now be inside: re-check that the first token is a name word.
  if (!isNamey(tokens[i]!.text)) return null;
  const words = tokens.slice(i, j).map((t) => t.text);
  if (words.length === 1) {
    const one = words[0]!;
    if (COMMON_ACRONYMS.has(one) || TITLES.has(one)) return null;
  }
  // A run of only common words joined by "of"/"for" is a capitalised phrase ("Right of First Refusal"),
  // unless an organization word heads or ends it.
  const nameWords = words.filter((x) => !CONNECTORS.has(x) && x !== 'the');
  if (
    nameWords.every((x) => isCommonWord(x) && !isAcronym(x)) &&
    !ORG_HEAD.has(words[0]!) &&
    !ORG_SUFFIX.has(words[words.length - 1]!) &&
    (words.length !== nameWords.length || (tokens[i]!.sentStart && words.length > 1))
  )
    return null;
  return { start: i, end: j, type: classify(tokens, i, j, titled) };
}

function isStrongName(t: string): boolean {
  const lex = lexicon();
  return lex.place.has(t) || lex.org.has(t) || lex.brand.has(t);
}

/** Types a span by its words, the word before it and the gazetteers. */
function classify(tokens: Token[], i: number, j: number, titled: boolean): EntityType {
  const lex = lexicon();
  const words = tokens.slice(i, j).map((t) => t.text);
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const full = words.join(' ');
  const prev = i > 0 ? tokens[i - 1]!.text : '';
  if (titled || (TITLES.has(prev) && /^\p{Lu}/u.test(prev))) return 'person';
  if (ORG_SUFFIX.has(last) && words.length > 1) return 'organization';
  if (lex.place.has(full)) return 'place';
  if (lex.org.has(full)) return 'organization';
  if (words.some(hasDigit)) return 'product';
  if (ORG_HEAD.has(first) && words.length > 1) return 'organization';
  if (words.length > 1 && (PLACE_HEAD.has(first) || PLACE_SUFFIX.has(last))) return 'place';
  if (lex.brand.has(full)) return /^\p{Ll}/u.test(full) ? 'product' : 'organization';
  if (
    words.length >= 2 &&
    words.length <= 4 &&
    lex.person.has(first) &&
    words.every((x) => /^\p{Lu}\p{Ll}/u.test(x) || /^\p{Lu}\.$/u.test(x) || CONNECTORS.has(x))
  )
    return 'person';
  if (words.length === 1 && (isAcronym(first) || /\p{Ll}\p{Lu}/u.test(first))) return 'organization';
  return 'other';
}

/** A capital, then a lower-case letter: "Scania", not "SCANIA" or "iPhone". */
export function isCapitalised(t: string): boolean {
  // ASCII words answered without the regular expression, asked of a great many words by many passes.
  const first = t.charCodeAt(0);
  const second = t.charCodeAt(1);
  if (first < 128 && second < 128) return first >= 65 && first <= 90 && second >= 97 && second <= 122;
  return /^\p{Lu}\p{Ll}/u.test(t);
}
