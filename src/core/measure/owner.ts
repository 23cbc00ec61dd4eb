// Whose a figure is: the name of its row, the name after "for" or "of", a possessive before it, or the
// subject of its clause (past reporting verbs: "Analysts at Jefferies said Lambda … had signed 12,000").
import type { EntityMention } from '../types';
import {
  AUXILIARIES,
  BODY_NOUNS,
  FALL,
  FORECAST_VERBS,
  CHANGE_NOUN,
  CLAUSE_BREAKS,
  DETERMINERS,
  MONEY_VERBS,
  PHRASE_WORDS,
  PREPOSITIONS,
  RELATIVES,
  REPORTING,
  RISE,
  ROW_FIGURE_WORDS,
  SUBJECT_PRONOUNS,
  WINDOW,
} from './lexicon';
import { isNounish, isWord, possessive, verbBefore, type Word } from './words';

/**
 * The name a figure follows directly, or with only other figures between ("Azure 33%", "Amazon Web
 * Services 19% $117 billion"): a row of a list or a table, whose figures are the name's. Places excepted:
 * "in Frankfurt 4.2%" is where, not whose.
 */
export function rowName(words: readonly Word[], from: number, names: readonly (EntityMention | null)[]): EntityMention | null {
  let i = from - 1;
  for (let skipped = 0; i >= 0 && skipped < ROW_FIGURE_WORDS && !isWord(words[i]) && !names[i]; skipped++) i--;
  const e = i >= 0 ? names[i] : null;
  return e && e.type !== 'place' && words[i]!.end === e.end ? e : null;
}

export function owner(
  words: readonly Word[],
  from: number,
  to: number,
  names: readonly (EntityMention | null)[],
  /** The organization the article named last before this sentence, if any. */
  previousBody: string | null = null,
): string | null {
  const entityAt = (i: number) => names[i] ?? null;
  const row = rowName(words, from, names);
  if (row) return row.name;
  // "4,000 for CoreWeave", "12,000 new customers of Lambda".
  for (let i = to; i < Math.min(words.length, to + PHRASE_WORDS + 1); i++) {
    const w = words[i]!;
    if (w.lower === 'for' || w.lower === 'of' || w.lower === 'by') {
      const e = entityAt(i + 1);
      if (e && e.type !== 'place') return e.name;
      break;
    }
    if (!isNounish(w)) break;
  }
  // "Amazon's $4 billion", "Nvidia's 3.6 million".
  if (possessive(words[from - 1])) {
    const e = entityAt(from - 2);
    if (e) return e.name;
    // "the company's £8.3bn budget": the company is the organization the article named last.
    if (BODY_NOUNS.has(words[from - 2]?.lower ?? '') && words[from - 3]?.lower === 'the') return lastBody(names, from - 3) ?? previousBody;
  }
  // "Okafor expects GDP to grow 1.9%": an infinitive's own subject is what the figure is of, and the
  // one who expects it is not its owner; "expects Orbis to earn $2bn" makes it Orbis's.
  let v = verbBefore(words, from);
  if (words[v]?.lower === 'at' || words[v]?.lower === 'to') v--;
  if (v > 1 && words[v - 1]!.lower === 'to') {
    const e = names[v - 2];
    if (e) return e.type === 'place' ? null : e.name;
    for (let k = v - 2; k >= Math.max(0, v - 2 - PHRASE_WORDS); k--) if (FORECAST_VERBS.has(words[k]!.lower)) return null;
  }
  // A definite figure ("the two firms") is its own subject: it belongs to no one named before it.
  if (words[from - 1] && ['the', 'these', 'those'].includes(words[from - 1]!.lower)) return null;
  // The subject of the figure's clause: the first name not in a prepositional phrase, after the last
  // reporting verb ("Analysts at Jefferies said Lambda … had signed 12,000").
  let end = from;
  let start = clauseStart(words, end, names);
  // "Analysts at X said the company's Blackwell chips had sold out, and raised their price target to
  // $210": a verb after ", and" shares the reporting verb's subject, not the reported clause's.
  if (start > 0 && REPORTING.has(words[start - 1]!.lower) && coordinatedVerb(words, start, from)) {
    end = start - 1;
    start = clauseStart(words, end, names);
  }
  const subject = subjectBetween(words, names, start, end);
  if (subject || end !== from) return subject;
  // "Amazon said … that its cloud arm grew 19%": "its" is the reporting clause's subject.
  // "Its parent, Alphabet, has said it will spend": so is "it" opening the reported clause.
  const opener = words[start]?.lower;
  const reported = REPORTING.has(words[start - 1]?.lower ?? '') && (opener === 'it' || opener === 'they');
  const pronoun = reported || words.slice(start, from).some((w) => w.lower === 'its' || w.lower === 'their');
  if (pronoun && start > 0) {
    for (let i = Math.max(0, start - WINDOW); i < start; i++) {
      const e = entityAt(i);
      if (e && e.type !== 'place' && e.type !== 'person' && !PREPOSITIONS.has(words[i - 1]?.lower ?? '')) return e.name;
    }
  }
  return null;
}

/** The organization named last before word `i` of the sentence, within a clause's reach. */
function lastBody(names: readonly (EntityMention | null)[], i: number): string | null {
  for (let k = i - 1; k >= Math.max(0, i - WINDOW); k--) if (names[k]?.type === 'organization') return names[k]!.name;
  return null;
}

/** Where the clause holding word `end` starts: after the last reporting verb or clause break before it. */
function clauseStart(words: readonly Word[], end: number, names: readonly (EntityMention | null)[]): number {
  const floor = Math.max(0, end - WINDOW);
  for (let i = end - 1; i >= floor; i--) {
    const w = words[i]!.lower;
    if ((REPORTING.has(w) && !reportsAnObject(words, i, end, names)) || CLAUSE_BREAKS.has(w) || joinsClauses(words, i, names, floor))
      return i + 1;
  }
  return floor;
}

/**
 * Whether the verb at word `verb` takes the figure's noun phrase as its object ("the clubs reported combined
 * revenue of £6.3bn", "the Dow added 310 points"), not a reported clause: only nouns, adjectives, figures and
 * "of" lie between it and word `end`, with no name, pronoun, "that", quote or verb of a clause of its own.
 */
function reportsAnObject(words: readonly Word[], verb: number, end: number, names: readonly (EntityMention | null)[]): boolean {
  if (!OBJECT_REPORTING.has(words[verb]!.lower)) return false;
  for (let k = verb + 1; k < end; k++) {
    const w = words[k]!;
    if (names[k] || CLAUSE_OPENERS.has(w.lower) || AUXILIARIES.has(w.lower) || RISE.has(w.lower) || FALL.has(w.lower)) return false;
    if (MONEY_VERBS[w.lower] || /^["“”'‘’]$/.test(w.text)) return false;
  }
  return true;
}

/**
 * The subject of the clause [start, end): the first name not in a prepositional phrase ("Analysts at
 * Jefferies said Lambda … had signed 12,000" is Lambda's), or null.
 */
function subjectBetween(words: readonly Word[], names: readonly (EntityMention | null)[], start: number, end: number): string | null {
  for (let i = start; i < end; i++) {
    const e = names[i];
    if (!e) continue;
    const prev = words[i - 1];
    let last = i;
    while (last + 1 < end && words[last + 1]!.end <= e.end) last++;
    // "Eli Lilly's Zepbound … produced": the thing possessed is the subject, not its owner.
    const possessed = possessive(words[last + 1]) && names[last + 2];
    // "Shares in Scania's parent": the parent's shares, not Scania's.
    const holdsOther = possessive(words[last + 1]);
    // "deliveries of its Model Y dropped 18%": the name a subject noun is "of" is whose the figure is.
    // "Shares in Amazon rose 2.1%": so is the name a subject noun is "in".
    const ofSubject = HOLDING.has(prev?.lower ?? '') || (DETERMINERS.has(prev?.lower ?? '') && HOLDING.has(words[i - 2]?.lower ?? ''));
    if (
      (e.type !== 'place' || actingPlace(words, i, last, start)) &&
      !possessed &&
      (!(prev && PREPOSITIONS.has(prev.lower)) || (ofSubject && !holdsOther && subjectOfClause(words, i, start)))
    )
      return e.name;
    i = last;
  }
  return null;
}

/**
 * Whether the place at words [i, last] opens its clause as the one acting ("Hungary secured €10 billion",
 * "Germany, which exempted spending above 1% of GDP", "Berlin would spend €86 billion"): a country or city
 * standing for its government. A place before a noun it qualifies ("Tokyo shares fell 2%") or inside a
 * phrase ("in Frankfurt") is where, not who.
 */
function actingPlace(words: readonly Word[], i: number, last: number, start: number): boolean {
  if (i > start + 1 || (i > start && words[start]!.lower !== 'the')) return false;
  const next = words[last + 1];
  if (!next) return false;
  if (next.text === ',') return RELATIVES.has(words[last + 2]?.lower ?? '');
  return AUXILIARIES.has(next.lower) || /^\p{Ll}+ed$/u.test(next.text) || !!MONEY_VERBS[next.lower];
}

/** Whether a ", and" before `from` opens a verb without a subject of its own (", and raised their …"). */
function coordinatedVerb(words: readonly Word[], start: number, from: number): boolean {
  for (let i = start + 1; i + 1 < from; i++) {
    if (words[i]!.lower !== 'and' || words[i - 1]!.text !== ',') continue;
    const next = words[i + 1]!.lower;
    if (/^\p{Ll}+ed$/u.test(words[i + 1]!.text) || CHANGE_NOUN[next] || MONEY_VERBS[next]) return true;
  }
  return false;
}

/**
 * Whether word `i` is an "and" that opens a clause of its own: a name follows it, and a figure stands
 * before it since `start` ("Kospi rose 2.3% and Samsung gained 4.5%"; not "In 2024 Tesla and Rivian fell 3%").
 */
function joinsClauses(words: readonly Word[], i: number, names: readonly (EntityMention | null)[], start: number): boolean {
  // "Apple and Microsoft each rose": names joined by "and" share one clause.
  if (words[i]!.lower !== 'and' || !names[i + 1] || names[i - 1]) return false;
  for (let k = i - 1; k >= start; k--) if (/^\d/.test(words[k]!.text)) return true;
  return false;
}

/** Reporting verbs that also take a figure's noun phrase as their object ("reported a loss of $2bn"). */
const OBJECT_REPORTING = new Set(['reported', 'reports', 'announced', 'announces', 'added', 'adds']);

/** Words that open a clause of its own after a reporting verb ("said that …", "said it …"). */
const CLAUSE_OPENERS = new Set([...SUBJECT_PRONOUNS, 'that', 'this', 'these', 'those']);

/** Prepositions joining a subject noun to the name whose it is: "deliveries of Tesla", "shares in Amazon". */
const HOLDING = new Set(['of', 'in']);

/**
 * Whether the "of" or "in" phrase holding word `i` belongs to the noun that opens the clause at `start`
 * ("deliveries of its Model Y …"), not to a later object ("the sale of Model Y").
 */
export function subjectOfClause(words: readonly Word[], i: number, start: number): boolean {
  let k = start;
  while (k < i && (DETERMINERS.has(words[k]!.lower) || !isWord(words[k]))) k++;
  // A noun first: "In the 2013 census, 74% of …" opens with a phrase, not a subject.
  for (const first = k; k < i; k++) {
    const w = words[k]!;
    if (HOLDING.has(w.lower)) return k > first;
    if (!isNounish(w)) return false;
  }
  return false;
}
