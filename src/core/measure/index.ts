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
  HEDGES,
  EXPLICIT_LINKS,
  LEAD_WORDS,
  PERIOD_ADJECTIVES,
  PERIOD_WORDS,
  POSSESSIVE_DETERMINERS,
  VALUING,
  LINK_PARTICLES,
  LINKING,
  LINKS,
  MONEY_VERBS,
  OBJECT_DETERMINERS,
  pluralHead,
  PREPOSITIONS,
  RELATIVES,
  REPORTING,
  singular,
  SUBJECT_PRONOUNS,
  TIME_NOUNS,
  TOLERANCE_MEASURE,
  WINDOW,
} from './lexicon';
import { bareNameChange, LowerWords, PARALLEL_FIGURES } from './bare-names';
import { measureEchoes } from './echoes';
import { indexAppositions, reachedLevel, separateIndexChanges } from './indexes';
import { ACTS, IRREGULAR_PAST } from '../recognize/entities/words';
import { isTolerance } from '../recognize/figures/tolerance';
import { owner, rowName } from './owner';
import { headerMeasure, tablePass, type Cell } from './tables';
import {
  headOf,
  infinitiveSubject,
  isNounish,
  isWord,
  lowerBound,
  namesByWord,
  nounBefore,
  pastPhrases,
  phraseAt,
  possessive,
  subjectNoun,
  verbBefore,
  wordsOf,
  type Span,
  type Word,
} from './words';

export interface FigureMeasure {
  /** What the figure counts or prices, as a short noun phrase ("new customers", "spending on data centres"). */
  measure: string | null;
  /** The entity (group name) the figure belongs to, when the sentence says so. */
  about: string | null;
  /** Figures with one key measure the same thing and may be compared; null: compare with nothing. */
  key: string | null;
}

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
  // What the article shows to be a market index: figures that are an index's, names that are one.
  const indexed = new Set<number>();
  const indexes = indexAppositions(text, entities);
  const lower = new LowerWords(text);
  const cells = yield* tablePass(text, figures, entities, pace);
  let f = 0;
  let e = 0;
  let previousBody: string | null = null;
  for (const s of sentences) {
    if (pace.spend()) yield;
    const first = f;
    while (f < figures.length && figures[f]!.start < s.end) f++;
    if (first === f) continue;
    while (e < entities.length && entities[e]!.end <= s.start) {
      if (entities[e]!.type === 'organization') previousBody = entities[e]!.name;
      e++;
    }
    let last = e;
    while (last < entities.length && entities[last]!.start < s.end) last++;
    for (let k = out.length; k < first; k++) out.push(NOTHING);
    yield* readSentence(text, s, figures.slice(first, f), entities.slice(e, last), out, pace, indexed, lower, previousBody);
    // A table's cell says what it counts by its column and whose it is by its row, whatever its line reads.
    for (let k = first; k < f; k++) {
      const cell = cells.get(k);
      if (cell && figures[k]!.kind !== 'date' && figures[k]!.kind !== 'duration') {
        out[k] = fromCell(cell);
        if (cell.ofIndex) indexed.add(k);
      }
    }
  }
  while (out.length < figures.length) out.push(NOTHING);
  measureEchoes(figures, out);
  separateIndexChanges(out, indexed, indexes);
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
  /** Figures of indexes, by what the sentence shows ("rose 1.2% to 6,412.55"). */
  indexed: Set<number>,
  lower: LowerWords,
  /** The organization the article named last before this sentence. */
  previousBody: string | null,
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
    let about = timely ? null : (owner(words, from, to, names, previousBody) ?? (continued ? out[base + prev]!.about : null));
    // "Rivian lost 2.2%": a name no recognizer marked, whose change it is, not a "fall in rivian".
    const named =
      fig.kind === 'percent' && about === null
        ? bareNameChange(words, from, names, out.slice(Math.max(0, base + k - PARALLEL_FIGURES)), lower)
        : null;
    if (named) ({ measure, about } = named);
    // "£9 to £12 a year, plus or minus £3": a tolerance is the margin of the estimate before it, and that
    // estimate's owner is its owner, not whoever the clause names.
    if (isTolerance(fig.text)) {
      measure ??= TOLERANCE_MEASURE;
      let estimate = k - 1;
      while (estimate >= 0 && (figures[estimate]!.kind === 'date' || figures[estimate]!.kind === 'duration')) estimate--;
      about = estimate >= 0 ? out[base + estimate]!.about : null;
    }
    out.push({ measure, about, key: measure ? keyOf(measure) : null });
    const next = figures[k + 1];
    if (next && reachedLevel(words, to, next, at(next.start))) indexed.add(base + k);
  }
}

/** Whether the word is a verb a subject acts with ("went", "would", "said"), which no measure opens with. */
const actsAt = (w: Word | undefined) => !!w && (IRREGULAR_PAST.has(w.lower) || AUXILIARIES.has(w.lower) || ACTS.has(w.lower));

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
  // So is one after a possessive ("the company's £8.3bn budget", "its $2bn buyback"), unless a verb
  // follows, as after a subject ("its £12m went to roads").
  const owned = !!before && (possessive(before) || POSSESSIVE_DETERMINERS.has(before.lower));
  const attributive = !!before && (before.lower === 'a' || before.lower === 'an' || owned);
  if (fig.kind === 'count' || (fig.kind === 'quantity' && !fig.unit) || ((fig.kind === 'money' || fig.kind === 'percent') && attributive)) {
    const np = owned && fig.kind !== 'count' && actsAt(words[to]) ? null : phraseAt(words, to);
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
  // The object may carry a long phrase ("the chance of a cut at the Fed's December meeting at 78%").
  for (let v = a - 1; v >= Math.max(0, a - (2 * WINDOW) / 3); v--) {
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
