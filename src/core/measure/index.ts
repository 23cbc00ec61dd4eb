// What a figure counts and whose it is, read from the words around it: "12,000 new customers" counts
// new customers; "Lambda … had signed 12,000 new customers" makes them Lambda's; "up from $83 billion"
// counts what the figure before it counts. Figure cards compare only figures of one measure, so a
// measure is given only where the sentence says it: a wrong one would make a meaningless comparison,
// and no measure means no comparison.
//
// The reading is shallow syntax over one sentence (no parser ships in the page's worker): the noun
// phrase after the number, the noun a figure is "of", the verb it is the object of, the clause subject.
// Each figure looks at most WINDOW words either way, so the whole pass is linear in the text.
import { Pace, whole, type Sliced } from '../recognize/pace';
import type { EntityMention, FigureMention } from '../types';
import {
  AGE_MAX,
  AUXILIARIES,
  CHANGE_NOUN,
  CHANGE_NOUNS,
  CLAUSE_BREAKS,
  CONTAINERS,
  DETERMINERS,
  endsLikePlural,
  FALL,
  HEDGES,
  EXPLICIT_LINKS,
  LEAD_WORDS,
  PERIOD_ADJECTIVES,
  PERIOD_WORDS,
  VALUING,
  LINK_PARTICLES,
  LINKING,
  LINKS,
  MONEY_VERBS,
  OBJECT_DETERMINERS,
  PHRASE_WORDS,
  pluralHead,
  PREPOSITIONS,
  RELATIVES,
  REPORTING,
  RISE,
  ROW_FIGURE_WORDS,
  singular,
  STOPS,
  SUBJECT_PRONOUNS,
  TIME_NOUNS,
  WINDOW,
} from './lexicon';
import { headerMeasure, tablePass, type Cell } from './tables';

export interface FigureMeasure {
  /** What the figure counts or prices, as a short noun phrase ("new customers", "spending on data centres"). */
  measure: string | null;
  /** The entity (group name) the figure belongs to, when the sentence says so. */
  about: string | null;
  /** Figures with one key measure the same thing and may be compared; null: compare with nothing. */
  key: string | null;
}

interface Span {
  start: number;
  end: number;
}

interface Word extends Span {
  text: string;
  lower: string;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]|[^\s\p{L}\p{N}]/gu;
/** A possessive ending: "'s" is a word of its own ("Amazon", "'s"), which says whose the next noun is. */
const POSSESSIVE_END = /['’][sS]$/;

function* wordsOf(text: string, span: Span, pace: Pace): Sliced<Word[]> {
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

const isWord = (w: Word | undefined) => !!w && /^[\p{L}]/u.test(w.text);
const isNounish = (w: Word) =>
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
const possessive = (w: Word | undefined) => !!w && /^['’]s$/.test(w.text);

/**
 * Measures for `figures` (sorted by start), reading each sentence of `sentences` once. `entities` are
 * sorted by start and carry their group name.
 */
export function measureFigures(
  text: string,
  sentences: readonly Span[],
  figures: readonly FigureMention[],
  entities: readonly EntityMention[],
): FigureMeasure[] {
  return whole(measurePass(text, sentences, figures, entities, new Pace()));
}

/** measureFigures() as a sliced pass: the worker runs it inside the card index, on the same Pace. */
export function* measurePass(
  text: string,
  sentences: readonly Span[],
  figures: readonly FigureMention[],
  entities: readonly EntityMention[],
  pace: Pace,
): Sliced<FigureMeasure[]> {
  const out: FigureMeasure[] = [];
  const cells = yield* tablePass(text, figures, entities, pace);
  let f = 0;
  let e = 0;
  for (const s of sentences) {
    if (pace.spend()) yield;
    const first = f;
    while (f < figures.length && figures[f]!.start < s.end) f++;
    if (first === f) continue;
    while (e < entities.length && entities[e]!.end <= s.start) e++;
    let last = e;
    while (last < entities.length && entities[last]!.start < s.end) last++;
    for (let k = out.length; k < first; k++) out.push(NOTHING);
    yield* readSentence(text, s, figures.slice(first, f), entities.slice(e, last), out, pace);
    // A table's cell says what it counts by its column and whose it is by its row, whatever its line reads.
    for (let k = first; k < f; k++) {
      const cell = cells.get(k);
      if (cell && figures[k]!.kind !== 'date' && figures[k]!.kind !== 'duration') out[k] = fromCell(cell);
    }
  }
  while (out.length < figures.length) out.push(NOTHING);
  return out;
}

const NOTHING: FigureMeasure = { measure: null, about: null, key: null };
const fromCell = ({ measure, about }: Cell): FigureMeasure => ({ measure, about, key: measure ? keyOf(measure) : null });

/** Appends the measures of `figures`, the figures of sentence `s`, to `out`. */
function* readSentence(
  text: string,
  s: Span,
  figures: readonly FigureMention[],
  entities: readonly EntityMention[],
  out: FigureMeasure[],
  pace: Pace,
): Sliced<void> {
  const words = yield* wordsOf(text, s, pace);
  const names = yield* namesByWord(words, entities, pace);
  const at = (pos: number) => lowerBound(words, pos);
  const base = out.length;
  const lead = leadOf(words);
  for (let k = 0; k < figures.length; k++) {
    // Each figure reads at most WINDOW words either way.
    if (pace.spend(WINDOW)) yield;
    const fig = figures[k]!;
    const from = at(fig.start);
    const to = at(fig.end);
    const timely = fig.kind === 'date' || fig.kind === 'duration';
    // The figure right before, when only a word stands between ("rose 2.1% to $187.40").
    const before = k > 0 && at(figures[k - 1]!.end) >= from - 1 ? at(figures[k - 1]!.start) : -1;
    let measure = ownMeasure(words, from, to, fig, names, before);
    // The figure before of the same kind, past dates ("from 300,000 shells a year in 2022 to about 2 million").
    let prev = k - 1;
    while (prev >= 0 && figures[prev]!.kind !== fig.kind && (figures[prev]!.kind === 'date' || figures[prev]!.kind === 'duration')) prev--;
    if (prev >= 0 && figures[prev]!.kind !== fig.kind) prev = -1;
    // "up from $83 billion", "compared with 4,000 for CoreWeave": the measure of the figure before.
    const continued = !measure && prev >= 0 && linked(words, at(figures[prev]!.end), from);
    if (continued) measure = out[base + prev]!.measure;
    // "Rheinmetall gained 4.2% in Frankfurt and Leonardo 3.1%", "Azure 33%, Google Cloud 28%": a name,
    // then a figure like the one before, is the same measure of another name.
    if (!measure && prev >= 0 && rowName(words, from, names)) measure = out[base + prev]!.measure;
    // "above the 20-day average of 12.9 billion": an average, a total of what the figure before counts.
    if (!measure && prev >= 0 && heldBy(words, from)) measure = out[base + prev]!.measure;
    // "Average weight loss after 64 weeks: 13.6% on the pill, 2.2% on placebo": the caption's lead.
    if (!measure && !timely && lead && from > lead.colon && inList(words, lead.colon, from, names)) measure = lead.measure;
    // A date or a span of time belongs to the sentence's events, not to one name.
    // "15 million paying seats, up from 8 million": the figure it continues is its owner's too, unless it names its own.
    const about = timely ? null : (owner(words, from, to, names) ?? (continued ? out[base + prev]!.about : null));
    out.push({ measure, about, key: measure ? keyOf(measure) : null });
  }
}

/** Whether the figure is what a container noun is "of" ("the 20-day average of 12.9 billion"). */
function heldBy(words: readonly Word[], from: number): boolean {
  let of = from - 1;
  while (of > 0 && HEDGES.has(words[of]!.lower)) of--;
  return words[of]?.lower === 'of' && CONTAINERS.has(words[of - 1]?.lower ?? '');
}

/**
 * Whether the figure at word `from` is an item of the list after a caption's colon: right after it, or
 * after a name or a comma ("Azure 33%, Google Cloud 28%"; "13.6% on the pill, 2.2% on placebo").
 */
function inList(words: readonly Word[], colon: number, from: number, names: readonly (EntityMention | null)[]): boolean {
  const before = words[from - 1];
  return from - colon <= 2 || !!names[from - 1] || !!rowName(words, from, names) || before?.text === ',' || before?.lower === 'and';
}

/**
 * A caption's or a list's lead: a noun phrase opening the sentence and ending at its colon ("Cloud
 * revenue growth in the first quarter, from a year earlier: …"), without what says when. Null when the
 * words before the colon read as a clause (a verb, a name) or run longer than LEAD_WORDS.
 */
function leadOf(words: readonly Word[]): { measure: string; colon: number } | null {
  // A colon inside a token ("18:00", "internal:other") is not a caption's.
  const colon = words.findIndex((w, i) => i <= LEAD_WORDS + 1 && w.text === ':' && words[i + 1]?.start !== w.end);
  if (colon <= 0) return null;
  // A lead names a thing: it opens with a noun or its modifier, not a preposition, a gerund or a number
  // ("at this point:", "using buckets:", "2020-08-01 18:00:"); one word is a label ("Host:", "Status:").
  const first = words[0]!;
  if (PREPOSITIONS.has(first.lower) || /ing$/.test(first.lower) || !isWord(first) || SUBJECT_PRONOUNS.has(first.lower)) return null;
  // "This introduces a contradiction:": a demonstrative opens a clause here, not a noun phrase.
  if (['this', 'that', 'these', 'those', 'there', 'here'].includes(first.lower)) return null;
  let end = words.findIndex((w) => w.text === ',');
  if (end < 0 || end > colon) end = colon;
  const lead = words.slice(0, end);
  const noun = (w: Word) =>
    /^\d/.test(w.text) ||
    PREPOSITIONS.has(w.lower) ||
    DETERMINERS.has(w.lower) ||
    TIME_NOUNS.has(w.lower) ||
    (isNounish(w) && !MONEY_VERBS[w.lower] && !LINKING.has(w.lower) && !REPORTING.has(w.lower) && !/ed$/.test(w.lower));
  // A name opens a label ("Source: company reports"), not a measure; the first word is capitalised anyway.
  if (lead.length === 0 || !lead.every(noun) || lead.slice(1).some((w) => /^\p{Lu}/u.test(w.text) && !/\p{Lu}.*\p{Lu}/u.test(w.text)))
    return null;
  const measure = headerMeasure(lead.map((w) => w.text).join(' '));
  return measure && measure.includes(' ') ? { measure, colon } : null;
}

/** The entity each word lies in, if any: one walk over both sorted lists. */
function* namesByWord(words: readonly Word[], entities: readonly EntityMention[], pace: Pace): Sliced<(EntityMention | null)[]> {
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

/** The words between two figures say the second continues the first ("…, up from", "compared with"). */
function linked(words: readonly Word[], afterPrev: number, beforeThis: number): boolean {
  // "to about 2 million", "up from nearly $83 billion": a hedge is not part of the link.
  let end = beforeThis;
  while (end > afterPrev && HEDGES.has(words[end - 1]!.lower) && !LINKS.includes(words[end - 1]!.lower)) end--;
  const between = words
    .slice(Math.max(afterPrev, end - 4), end)
    .filter((w) => isWord(w))
    .map((w) => w.lower)
    .join(' ');
  const link = LINKS.find((l) => between === l || between.endsWith(` ${l}`));
  if (!link) return false;
  // "…this year, up from €52 billion": a link of its own ("up from", "compared with") may follow a long
  // phrase; a bare "and" or "to" only joins figures close together.
  return end - afterPrev <= (EXPLICIT_LINKS.has(link) ? WINDOW : 8);
}

/** What the sentence says this figure counts, from its own words; null when it does not say. */
function ownMeasure(
  words: readonly Word[],
  from: number,
  to: number,
  fig: FigureMention,
  names: readonly (EntityMention | null)[],
  /** The figure right before this one ("rose 2.1% to $187.40"), if any. */
  prevFrom: number,
): string | null {
  if (fig.kind === 'date' || fig.kind === 'duration') return null;
  if (fig.unit?.includes('/')) return `price per ${perWord(fig)}`;
  const before = words[from - 1];
  // "Matias, 24, scored": a small whole number in apposition to a person is the person's age.
  if (fig.kind === 'count' && ageOf(words, from, to, fig, names)) return 'age';
  // "revenue of $10 billion", "a price of £85", "operating income of between $16 billion and …"; not a
  // noun that only holds the figure ("an average of 13.6%": what it is an average of is said elsewhere).
  let of = from - 1;
  while (of > 0 && (HEDGES.has(words[of]!.lower) || words[of]!.lower === 'between' || words[of]!.lower === 'least')) of--;
  if (words[of]?.lower === 'of' && !LINKS.includes(`${words[of - 1]?.lower} of`)) {
    const noun = nounBefore(words, of, names);
    if (noun && !CONTAINERS.has(headOf(noun))) return CHANGE_NOUNS.has(noun) ? withPeriod(noun, words, to) : noun;
  }
  // "a 40% rise in the cost of turbines", "a 35% fall since January": the change the figure measures.
  const next = words[to]?.lower ?? '';
  if (CHANGE_NOUNS.has(next) && (fig.kind === 'percent' || fig.kind === 'money') && before && DETERMINERS.has(before.lower)) {
    const what = words[to + 1]?.lower === 'in' ? phraseAt(words, to + 2, true) : null;
    return what ? `${next} in ${what}` : withPeriod(next, words, to + 1);
  }
  // "38% of sales", "a fifth of its workers", "$10 billion in revenue".
  const prep = words[to]?.lower;
  const share = fig.kind === 'percent' || fig.kind === 'fraction';
  // A level reached ("rose 2.1% to $187.40 in after-hours trading") is not "in" what follows it.
  const level = !!before && (before.lower === 'to' || before.lower === 'from');
  if (prep === 'of' && fig.kind === 'count') {
    // "three of the projects", "53 of the Parliament's 720 seats": a part of a whole the phrase counts.
    let k = to + 1;
    while (
      k < words.length &&
      k <= to + 5 &&
      (DETERMINERS.has(words[k]!.lower) || names[k] || possessive(words[k]) || possessive(words[k + 1]) || /^\d/.test(words[k]!.text))
    )
      k++;
    const np = k > to + 1 && DETERMINERS.has(words[to + 1]!.lower) ? phraseAt(words, k) : null;
    if (np && pluralHead(np)) return np;
  }
  if ((prep === 'of' && fig.kind !== 'count') || (prep === 'in' && fig.kind === 'money' && !level)) {
    const np = phraseAt(words, to + 1, true);
    // "€86 billion of its own money" says only that money is money.
    if (np && !CONTAINERS.has(headOf(np))) return share ? `share of ${np}` : np;
  }
  // "12,000 new customers", "5,000 engineers"; money only in the attributive "a $4 billion investment"
  // (without the article, "$1.5 billion went" is a subject and the word after it a verb).
  // "a $4 billion investment", "a 10% stake": a figure modifying the noun after it.
  const attributive = !!before && (before.lower === 'a' || before.lower === 'an');
  if (fig.kind === 'count' || (fig.kind === 'quantity' && !fig.unit) || ((fig.kind === 'money' || fig.kind === 'percent') && attributive)) {
    const np = phraseAt(words, to);
    // What more than one of is counted is plural ("5,000 engineers"); "five and twenty young man" is not.
    const several = fig.kind === 'count' && typeof fig.value === 'number' && fig.value > 1;
    if (np && (!several || pluralHead(np))) return np;
  }
  // "raised their price target to $210", "taking its market value to $4.6 trillion": what was moved to the figure.
  if (before?.lower === 'to') {
    const np = nounBefore(words, from - 1, names);
    const at = np ? from - 2 - np.split(' ').length : -1;
    const det = words[at];
    const verb = words[at - 1];
    // The object of a verb ("raised their …"), not a place in a phrase ("in the south to 16 °C").
    const object =
      !!det && (OBJECT_DETERMINERS.has(det.lower) || possessive(det)) && !!verb && isWord(verb) && !PREPOSITIONS.has(verb.lower);
    if (np && object) return np;
  }
  // "Shares in Amazon rose 2.1% to $187.40", "The index rose 1.2% to 6,412.55": the level the change
  // reached is the level of what changed.
  if (prevFrom >= 0 && before && (before.lower === 'to' || before.lower === 'at')) {
    const v = verbBefore(words, prevFrom);
    if (v >= 0 && CHANGE_NOUN[words[v]!.lower]) return levelOf(subjectNoun(words, v, names), fig);
  }
  // "a clause, which stands at €100m", "the unemployment rate to peak at 4.5%": what the subject stands at.
  // "could be 30 per cent cheaper": a difference between two things, not a level of the subject.
  const comparative = /er$/.test(next) || next === 'more' || next === 'less';
  const standing = comparative ? null : (linkingSubject(words, from, names) ?? valuedObject(words, from));
  if (standing) return standing;
  let v = verbBefore(words, from);
  // "asked for £85m", "lists at $1,349": the verb before its particle.
  if (words[v]?.lower === 'for' || words[v]?.lower === 'at') {
    // "sells it for $499": past the object pronoun too.
    const object = words[v - 1]?.lower === 'it' || words[v - 1]?.lower === 'them' ? 1 : 0;
    if (MONEY_VERBS[words[v - 1 - object]?.lower ?? '']) v -= 1 + object;
  }
  const verb = words[v]?.lower;
  const noun = fig.kind === 'money' && verb !== undefined ? MONEY_VERBS[verb] : undefined;
  if (fig.kind === 'money') {
    const rate = perOf(words, to, noun);
    if (rate) return rate;
  }
  if (verb === undefined) return null;
  if (noun) {
    // "spend $100 billion on data centres": the object of the spending is part of what is counted.
    const tail = words[to]?.lower === 'on' || words[to]?.lower === 'for' ? phraseAt(words, to + 1) : null;
    return tail && noun === 'spending' ? `${noun} on ${tail}` : noun;
  }
  const change = CHANGE_NOUN[verb];
  if (fig.kind !== 'percent' || !change) return null;
  const subject = subjectNoun(words, v, names);
  // "the yield … fell to 4.02% from 4.11%": where the thing stands, not how far it moved.
  if (level) return subject;
  return withPeriod(changeOf(change, subject), words, to);
}

/**
 * "gained 17% since January", "a gain of 24% over 12 months": a change over a stated period is
 * another measure than the day's change; the period stays in its words.
 */
function withPeriod(measure: string, words: readonly Word[], to: number): string {
  if (!PERIOD_WORDS.has(words[to]?.lower ?? '')) return measure;
  const period: string[] = [];
  for (let k = to; k < Math.min(words.length, to + 4); k++) {
    const w = words[k]!;
    if (!isWord(w) && !/^\d/.test(w.text)) break;
    period.push(w.text === w.text.toUpperCase() || k === to || !/^\p{Lu}/u.test(w.text) ? w.lower : w.text);
  }
  // "over the past decade", "since January": a time is in it, or a date (a capital or a number).
  const last = words[to + period.length - 1];
  const timely = period.some((p) => TIME_NOUNS.has(p)) || (!!last && (/^\d/.test(last.text) || /^\p{Lu}/u.test(last.text)));
  return period.length > 1 && timely ? `${measure} ${period.join(' ')}` : measure;
}

/**
 * The object a valuing verb puts at the figure: "put the chance of a quarter-point cut at … at 78%",
 * "caps the typical dual-fuel bill at £1,720", "set the budget for the round at £1.5bn".
 */
function valuedObject(words: readonly Word[], from: number): string | null {
  let a = from - 1;
  while (a >= 0 && HEDGES.has(words[a]!.lower)) a--;
  if (words[a]?.lower !== 'at') return null;
  for (let v = a - 1; v >= Math.max(0, a - WINDOW / 2); v--) {
    const w = words[v]!;
    if (/^\d/.test(w.text) || CLAUSE_BREAKS.has(w.lower) || REPORTING.has(w.lower) || w.text === ',') return null;
    if (!VALUING.has(w.lower) || !DETERMINERS.has(words[v + 1]?.lower ?? '')) continue;
    const np = phraseAt(words, v + 1);
    if (!np) return null;
    // "the chance of a quarter-point cut": what the object is of is part of it.
    const after = v + 1 + (words[v + 1] && DETERMINERS.has(words[v + 1]!.lower) ? 1 : 0) + np.split(' ').length;
    const of = words[after]?.lower === 'of' ? phraseAt(words, after + 1, true) : null;
    return of ? `${np} of ${of}` : np;
  }
  return null;
}

/**
 * Money per something: "$30 per user" is a price per user; "sells it for $499 a month" a monthly price,
 * when a verb says what the money is (a period alone does not: "worth £220,000 a week").
 */
function perOf(words: readonly Word[], to: number, noun: string | undefined): string | null {
  const next = words[to]?.lower;
  if (next === 'per') {
    const what = phraseAt(words, to + 1, true);
    return what ? `${noun ?? 'price'} per ${what}` : null;
  }
  const period = (next === 'a' || next === 'an') && PERIOD_ADJECTIVES[words[to + 1]?.lower ?? ''];
  return period && noun ? `${period} ${noun}` : null;
}

/** "rise in revenue", "fall in deliveries"; "rise" alone when the subject is a name (then the figure's owner). */
const changeOf = (change: string, subject: string | null) => (subject === null ? change : `${change} in ${subject}`);

/** A level of money reached by a thing is its price ("shares … to $187.40" is a share price). */
function levelOf(subject: string | null, fig: FigureMention): string {
  if (fig.kind !== 'money') return subject ?? 'level';
  if (subject === null) return 'price';
  return endsLikePlural(headOf(subject)) ? `${subject.split(' ').map(singular).join(' ')} price` : subject;
}

const headOf = (phrase: string) => phrase.slice(phrase.lastIndexOf(' ') + 1).toLowerCase();

/** The unit a price is per, as the article writes it ("$4,105 an ounce", "£85 per MWh"). */
function perWord(fig: FigureMention): string {
  const written = /(?:per|an?)\s+(\p{L}[\p{L}-]*)$/u.exec(fig.text);
  return written ? written[1]! : fig.unit!.slice(fig.unit!.indexOf('/') + 1);
}

/** A whole number from 1 to AGE_MAX between commas (or in brackets) right after a person's name. */
function ageOf(words: readonly Word[], from: number, to: number, fig: FigureMention, names: readonly (EntityMention | null)[]): boolean {
  if (typeof fig.value !== 'number' || !Number.isInteger(fig.value) || fig.value < 1 || fig.value > AGE_MAX) return false;
  const open = words[from - 1]?.text;
  const close = words[to]?.text;
  const person = names[from - 2];
  return !!person && person.type === 'person' && ((open === ',' && (close === ',' || close === '.')) || (open === '(' && close === ')'));
}

/**
 * The subject of a linking verb the figure completes: "his release clause, which stands at €100m",
 * "the unemployment rate to peak at 4.5%", "interest rates that remain close to 4%". A common noun
 * phrase only: a name is the figure's owner, not what it measures.
 */
function linkingSubject(words: readonly Word[], from: number, names: readonly (EntityMention | null)[]): string | null {
  let i = from - 1;
  while (i >= 0 && (HEDGES.has(words[i]!.lower) || LINK_PARTICLES.has(words[i]!.lower))) i--;
  if (i < 0 || !LINKING.has(words[i]!.lower)) return null;
  let j = i - 1;
  if (words[j]?.lower === 'to') return infinitiveSubject(words, j, names);
  while (j >= 0 && AUXILIARIES.has(words[j]!.lower)) j--;
  if (j >= 0 && RELATIVES.has(words[j]!.lower)) {
    j--;
    while (j >= 0 && !isWord(words[j]) && !/^\d/.test(words[j]!.text)) j--;
  }
  // "automation spending in European warehouses could reach $9.5 billion": the head before its phrases.
  const found = pastPhrases(words, j + 1, names);
  if (!found || CONTAINERS.has(headOf(found.phrase))) return null;
  // "$163 million, which was …" is a figure, not a subject; a phrase still after a preposition is out of reach.
  let left = j - found.phrase.split(' ').length;
  if (found.hops > 0) left = -1;
  const l = words[left];
  return l && (/^\d/.test(l.text) || PREPOSITIONS.has(l.lower)) ? null : found.phrase;
}

/**
 * Where the verb a figure is the object of stands: the word before it, past an adverb or a determiner
 * ("invests another $4 billion"); -1 when there is none.
 */
function verbBefore(words: readonly Word[], from: number): number {
  for (let i = from - 1; i >= Math.max(0, from - 3); i--) {
    const w = words[i]!;
    if (!isWord(w)) return -1;
    if (DETERMINERS.has(w.lower) || HEDGES.has(w.lower) || /ly$/.test(w.lower) || w.lower === 'by') continue;
    return i;
  }
  return -1;
}

/** A noun phrase of at most PHRASE_WORDS words starting at word `i`, ending on a noun; null if none starts there. */
function phraseAt(words: readonly Word[], i: number, afterPreposition = false): string | null {
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
function nounBefore(words: readonly Word[], i: number, names: readonly (EntityMention | null)[]): string | null {
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
function pastPhrases(
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
function infinitiveSubject(words: readonly Word[], to: number, names: readonly (EntityMention | null)[]): string | null {
  const head = pastPhrases(words, to, names);
  if (head && (head.hops > 0 || head.determined)) return head.phrase;
  const last = words[to - 1]!;
  return !names[to - 1] && /^\p{Lu}{2,}$/u.test(last.text) ? last.text : null;
}

/**
 * The common noun heading the subject of the verb at word `v`, past a prepositional phrase: "revenue"
 * in "revenue from AI accelerators rose". Null when the subject is a name or is not within reach.
 */
function subjectNoun(words: readonly Word[], v: number, names: readonly (EntityMention | null)[]): string | null {
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

/** Whose figure it is: "for CoreWeave" after it, "Amazon's" before it, or its clause's subject. */
/**
 * The name a figure follows directly, or with only other figures between ("Azure 33%", "Amazon Web
 * Services 19% $117 billion"): a row of a list or a table, whose figures are the name's. Places excepted:
 * "in Frankfurt 4.2%" is where, not whose.
 */
function rowName(words: readonly Word[], from: number, names: readonly (EntityMention | null)[]): EntityMention | null {
  let i = from - 1;
  for (let skipped = 0; i >= 0 && skipped < ROW_FIGURE_WORDS && !isWord(words[i]) && !names[i]; skipped++) i--;
  const e = i >= 0 ? names[i] : null;
  return e && e.type !== 'place' && words[i]!.end === e.end ? e : null;
}

function owner(words: readonly Word[], from: number, to: number, names: readonly (EntityMention | null)[]): string | null {
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
  }
  // A definite figure ("the two firms") is its own subject: it belongs to no one named before it.
  if (words[from - 1] && ['the', 'these', 'those'].includes(words[from - 1]!.lower)) return null;
  // The subject of the figure's clause: the first name not in a prepositional phrase, after the last
  // reporting verb ("Analysts at Jefferies said Lambda … had signed 12,000").
  let start = Math.max(0, from - WINDOW);
  for (let i = from - 1; i >= start; i--) {
    if (REPORTING.has(words[i]!.lower) || CLAUSE_BREAKS.has(words[i]!.lower)) {
      start = i + 1;
      break;
    }
  }
  for (let i = start; i < from; i++) {
    const e = entityAt(i);
    if (!e) continue;
    const prev = words[i - 1];
    let last = i;
    while (last + 1 < from && words[last + 1]!.end <= e.end) last++;
    // "Eli Lilly's Zepbound … produced": the thing possessed is the subject, not its owner.
    const possessed = possessive(words[last + 1]) && entityAt(last + 2);
    // "deliveries of its Model Y dropped 18%": the name a subject noun is "of" is whose the figure is.
    const ofSubject = prev?.lower === 'of' || (DETERMINERS.has(prev?.lower ?? '') && words[i - 2]?.lower === 'of');
    if (e.type !== 'place' && !possessed && (!(prev && PREPOSITIONS.has(prev.lower)) || (ofSubject && subjectOfClause(words, i, start))))
      return e.name;
    i = last;
  }
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

/**
 * Whether the "of" phrase holding word `i` belongs to the noun that opens the clause at `start`
 * ("deliveries of its Model Y …"), not to a later object ("the sale of Model Y").
 */
function subjectOfClause(words: readonly Word[], i: number, start: number): boolean {
  let k = start;
  while (k < i && (DETERMINERS.has(words[k]!.lower) || !isWord(words[k]))) k++;
  for (; k < i; k++) {
    const w = words[k]!;
    if (w.lower === 'of') return true;
    if (!isNounish(w)) return false;
  }
  return false;
}

/**
 * One key for one measure whatever its number: "new customers" and "new customer" are one. A rise
 * and a fall of one thing are one measure, a change: "grew 19%" compares with "fell 3%", "revenue
 * growth" with "a rise in revenue". Cards also require one unit scale.
 */
function keyOf(measure: string): string {
  const words = measure.toLowerCase().split(' ');
  const last = words.length - 1;
  const key = CHANGE_NOUNS.has(words[0]!)
    ? ['change', ...words.slice(1)]
    : last > 0 && CHANGE_NOUNS.has(words[last]!)
      ? ['change', 'in', ...words.slice(0, last)]
      : words;
  return key.map(singular).join(' ');
}

function lowerBound(words: readonly Word[], pos: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
