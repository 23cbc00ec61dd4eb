// The words of a sentence and the noun phrases read from them: the tokens the measure pass walks, which
// of them are nouns, the phrase after a figure, the noun before a word, the subject of a verb. Shallow
// syntax, bounded reach: every function reads a few words either side of where it starts.
import type { Pace, Sliced } from '../recognize/pace';
import type { EntityMention } from '../types';
import {
  DETERMINERS,
  endsLikePlural,
  FALL,
  HEDGES,
  MONEY_VERBS,
  PHRASE_WORDS,
  PREPOSITIONS,
  RISE,
  CHANGE_NOUN,
  CHANGE_NOUNS,
  STOPS,
  SUBJECT_PRONOUNS,
  TIME_NOUNS,
} from './lexicon';

export interface Span {
  start: number;
  end: number;
}

export interface Word extends Span {
  text: string;
  lower: string;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]|[^\s\p{L}\p{N}]/gu;
/** A possessive ending: "'s" is a word of its own ("Amazon", "'s"), which says whose the next noun is. */
const POSSESSIVE_END = /['’][sS]$/;

export function* wordsOf(text: string, span: Span, pace: Pace): Sliced<Word[]> {
  const out: Word[] = [];
  // WORD is shared and another page's pass may run between two slices: its position is kept here.
  for (let pos = span.start; ;) {
    WORD.lastIndex = pos;
    const m = WORD.exec(text);
    if (!m || m.index >= span.end) break;
    pos = m.index + m[0].length;
    const t = m[0];
    if (t.length > 2 && POSSESSIVE_END.test(t)) {
      const cut = pos - 2;
      out.push({ text: t.slice(0, -2), lower: t.slice(0, -2).toLowerCase(), start: m.index, end: cut });
      out.push({ text: t.slice(-2), lower: t.slice(-2).toLowerCase(), start: cut, end: pos });
    } else out.push({ text: t, lower: t.toLowerCase(), start: m.index, end: pos });
    if (pace.spend()) yield;
  }
  return out;
}

export const isWord = (w: Word | undefined) => !!w && /^[\p{L}]/u.test(w.text);
export const isNounish = (w: Word) =>
  isWord(w) &&
  !STOPS.has(w.lower) &&
  !PREPOSITIONS.has(w.lower) &&
  !DETERMINERS.has(w.lower) &&
  !HEDGES.has(w.lower) &&
  !/(?:ly)$/.test(w.lower) &&
  // "spent" is only a verb; "spending", "cost", "charge" and the "paying" of "paying seats" also name things.
  ((MONEY_VERBS[w.lower] ?? w.lower) === w.lower || w.lower.endsWith('ing')) &&
  !RISE.has(w.lower) &&
  !FALL.has(w.lower) &&
  !CHANGE_NOUN[w.lower];
export const possessive = (w: Word | undefined) => !!w && /^['’]s$/.test(w.text);

/** The entity each word lies in, if any: one walk over both sorted lists. */
export function* namesByWord(words: readonly Word[], entities: readonly EntityMention[], pace: Pace): Sliced<(EntityMention | null)[]> {
  const out: (EntityMention | null)[] = new Array<EntityMention | null>(words.length).fill(null);
  let e = 0;
  for (let i = 0; i < words.length; i++) {
    if (pace.spend()) yield;
    const w = words[i]!;
    while (e < entities.length && entities[e]!.end <= w.start) e++;
    const x = entities[e];
    if (x && x.start <= w.start && w.end <= x.end) out[i] = x;
  }
  return out;
}

export const headOf = (phrase: string) => phrase.slice(phrase.lastIndexOf(' ') + 1).toLowerCase();

/**
 * Where the verb a figure is the object of stands: the word before it, past an adverb or a determiner
 * ("invests another $4 billion"); -1 when there is none.
 */
export function verbBefore(words: readonly Word[], from: number): number {
  for (let i = from - 1; i >= Math.max(0, from - 3); i--) {
    const w = words[i]!;
    if (!isWord(w)) return -1;
    if (DETERMINERS.has(w.lower) || HEDGES.has(w.lower) || /ly$/.test(w.lower) || w.lower === 'by') continue;
    return i;
  }
  return -1;
}

/** A noun phrase of at most PHRASE_WORDS words starting at word `i`, ending on a noun; null if none starts there. */
export function phraseAt(words: readonly Word[], i: number, afterPreposition = false): string | null {
  let k = i;
  while (k < words.length && DETERMINERS.has(words[k]!.lower)) k++;
  const parts: string[] = [];
  for (; k < words.length && parts.length < PHRASE_WORDS; k++) {
    const w = words[k]!;
    if (!isNounish(w) || /^\p{Lu}/u.test(w.text) || (parts.length > 0 && /ed$/.test(w.lower))) break;
    // "the country's vertebrate species": a possessive modifies the noun after it.
    if (possessive(words[k + 1]) && parts.length < PHRASE_WORDS - 1) {
      parts.push(`${w.lower}'s`);
      k++;
      continue;
    }
    parts.push(w.lower);
    if (endsLikePlural(w.lower)) break; // the plural head ends it
  }
  // A lone past tense or gerund is the predicate ("a fee of €3 billion applied").
  // "in the current quarter", "over the past decade": a time, not what is counted.
  // "in the summer window": the head itself may say when.
  if (TIME_NOUNS.has(words[k]?.lower ?? '') || TIME_NOUNS.has(parts[parts.length - 1] ?? '')) return null;
  // After a preposition a gerund is a noun ("in spending").
  if (parts.length === 0 || (parts.length === 1 && (/ed$/.test(parts[0]!) || (!afterPreposition && /ing$/.test(parts[0]!))))) return null;
  return parts.join(' ');
}

/**
 * The noun (with its modifiers) ending right before word `i`: "annual revenue" of "annual revenue of".
 * A capitalised word is a name unless it opens the sentence or is an acronym no name covers ("GDP").
 */
export function nounBefore(words: readonly Word[], i: number, names: readonly (EntityMention | null)[]): string | null {
  const parts: string[] = [];
  for (let k = i - 1; k >= Math.max(0, i - PHRASE_WORDS); k--) {
    const w = words[k]!;
    const acronym = !names[k] && /^\p{Lu}{2,}$/u.test(w.text);
    const capital = /^\p{Lu}/u.test(w.text) && !acronym && !(k === 0 && !names[k]);
    // "a gain of 24%": after a determiner a word of change is a noun.
    const changeNoun = CHANGE_NOUNS.has(w.lower) && k > 0 && DETERMINERS.has(words[k - 1]!.lower);
    if (changeNoun && parts.length === 0) {
      parts.unshift(w.lower);
      break;
    }
    // "spent" is only a verb; "spending" and "cost" also name things.
    const verbOnly = !!MONEY_VERBS[w.lower] && MONEY_VERBS[w.lower] !== w.lower;
    if (!isNounish(w) || capital || RISE.has(w.lower) || FALL.has(w.lower) || verbOnly) break;
    // After "it", "they", "we" a word is their verb ("it expects operating income of …"); after "to" too
    // ("to reach sales of"); a past tense after a plural or a name is a verb ("20 clubs reported revenue of").
    const left = words[k - 1];
    if (left && (SUBJECT_PRONOUNS.has(left.lower) || left.lower === 'to')) break;
    if (left && /ed$/.test(w.lower) && (endsLikePlural(left.lower) || names[k - 1] || /^\d/.test(left.text))) break;
    // A plural does not modify the noun after it: "expects demand", "said revenue" end the phrase there.
    if (parts.length > 0 && endsLikePlural(w.lower)) break;
    parts.unshift(acronym ? w.text : w.lower);
  }
  return parts.length ? parts.join(' ') : null;
}

/**
 * The noun phrase ending before word `end`, past the prepositional phrases after its head: "demand"
 * of "demand for batteries in the region", "automation spending" of "automation spending in European
 * warehouses". `hops`: phrases passed; `determined`: a determiner or a possessive opens it.
 */
export function pastPhrases(
  words: readonly Word[],
  end: number,
  names: readonly (EntityMention | null)[],
): { phrase: string; hops: number; determined: boolean } | null {
  let phrase = nounBefore(words, end, names);
  let at = phrase ? end - phrase.split(' ').length : end;
  let hops = 0;
  for (; phrase && hops < 3; hops++) {
    let k = at - 1;
    // "in European warehouses", "in the region": a determiner or a capitalised modifier before the noun.
    while (k >= 0 && k >= at - 3 && (DETERMINERS.has(words[k]!.lower) || names[k] || /^\p{Lu}/u.test(words[k]!.text))) k--;
    if (k < 0 || !PREPOSITIONS.has(words[k]!.lower)) break;
    const before = nounBefore(words, k, names);
    if (!before) break;
    phrase = before;
    at = k - before.split(' ').length;
  }
  if (!phrase) return null;
  const opener = words[at - 1];
  // Still inside a prepositional phrase ("grants to students from … for college total"): out of reach.
  if (hops > 0 && opener && PREPOSITIONS.has(opener.lower)) return null;
  return { phrase, hops, determined: !!opener && (DETERMINERS.has(opener.lower) || possessive(opener)) };
}

/**
 * The subject of an infinitive ending right before word `to`: "expects GDP to grow", "the
 * unemployment rate to peak". A phrase with its determiner, or an acronym no name covers; a bare
 * word may be the verb before it ("Okafor expects").
 */
export function infinitiveSubject(words: readonly Word[], to: number, names: readonly (EntityMention | null)[]): string | null {
  const head = pastPhrases(words, to, names);
  if (head && (head.hops > 0 || head.determined)) return head.phrase;
  const last = words[to - 1]!;
  return !names[to - 1] && /^\p{Lu}{2,}$/u.test(last.text) ? last.text : null;
}

/**
 * The common noun heading the subject of the verb at word `v`, past a prepositional phrase: "revenue"
 * in "revenue from AI accelerators rose". Null when the subject is a name or is not within reach.
 */
export function subjectNoun(words: readonly Word[], v: number, names: readonly (EntityMention | null)[]): string | null {
  // "expects GDP to grow 1.9%": the infinitive's subject stands right before "to".
  if (words[v - 1]?.lower === 'to') return infinitiveSubject(words, v - 1, names);
  // A capital starts a name, except on the sentence's first word when no name stands there.
  const common = (i: number) => !names[i] && (i === 0 || !/^\p{Lu}/u.test(words[i]!.text));
  let head: string | null = null;
  // "its cloud arm", "Amazon's revenue": a part of a name; the name is the figure's owner and the change
  // is its. Unless the possessive stood in a prepositional phrase ("Shares in Scania's parent").
  let owned = false;
  for (let i = v - 1; i >= Math.max(0, v - 3 * PHRASE_WORDS); i--) {
    const w = words[i]!;
    if (STOPS.has(w.lower)) break; // "that", "said": the clause starts after it
    if (PREPOSITIONS.has(w.lower)) {
      head = null; // what followed it was a prepositional phrase: the head is further back
      owned = false;
      continue;
    }
    if ((head !== null && (w.lower === 'its' || w.lower === 'their')) || possessive(w)) {
      owned = true;
      continue;
    }
    // "Meanwhile Harbour Cloud grew": a name the clause opens with is the subject, and whose the change is.
    if (head === null && names[i] && i > 0 && names[i - 1] !== names[i] && opensClause(words[i - 1]!)) break;
    // "the yield on 10-year government debt": a number modifies the noun after it.
    if (DETERMINERS.has(w.lower) || !common(i) || /^\d/.test(w.text)) continue;
    if (!isNounish(w)) break;
    let j = i;
    while (j > 0 && isNounish(words[j - 1]!) && common(j - 1)) j--;
    head = words
      .slice(j, i + 1)
      .map((x) => x.lower)
      .join(' ');
    i = j;
  }
  return owned ? null : head;
}

/**
 * Whether a name after word `w` is its clause's subject ("Meanwhile Harbour Cloud grew", "chipmaker
 * Nvidia rose"): a word before the name modifies or introduces it, unless the name is in a phrase
 * ("shares of Tesla") or is possessed ("Amazon's AWS").
 */
const opensClause = (w: Word) => !PREPOSITIONS.has(w.lower) && !possessive(w);

export function lowerBound(words: readonly Word[], pos: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
