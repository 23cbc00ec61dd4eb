// What a figure counts and whose it is, read from the words around it: "12,000 new customers" counts
// new customers; "Lambda … had signed 12,000 new customers" makes them Lambda's; "up from $83 billion"
// counts what the figure before it counts. Figure cards compare only figures of one measure, so a
// measure is given only where the sentence says it: a wrong one would make a meaningless comparison,
// and no measure means no comparison.
//
// The reading is shallow syntax over one sentence (no parser ships in the page's worker): the noun
// phrase after the number, the noun a figure is "of", the verb it is the object of, the clause subject.
// Each figure looks at most WINDOW words either way, so the whole pass is linear in the text.
import { Pace, whole, type Sliced } from './recognize/pace';
import type { EntityMention, FigureMention } from './types';

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

/** Words read either side of a figure: a clause rarely runs longer, and the bound keeps the pass linear. */
const WINDOW = 24;
/** Tokens of other figures ("19%", "$117") that may stand between a table row's name and its figure. */
const ROW_FIGURE_WORDS = 6;
/** Words of a measure phrase after the number ("new retail customers"). */
const PHRASE_WORDS = 3;

/** Words that open a noun phrase; skipped before the words that say what is counted. */
const DETERMINERS = new Set('the a an its their his her our your my this that these those another some'.split(' '));
/** Determiners that open a verb's object ("raised their price target to $210"). */
const OBJECT_DETERMINERS = new Set('the its their his her our your my'.split(' '));
/** Words that hedge a figure ("about $4 billion", "more than 5,000"): between a verb and its object, not a noun. */
const HEDGES = new Set('about around nearly almost roughly over more than less fewer up to'.split(' '));
/** Words that open a prepositional phrase: a name after one is not the clause's subject. */
const PREPOSITIONS = new Set(
  'in at on of for from to by with across into over under after before during since until per than as via within among between against'.split(
    ' ',
  ),
);
/** Words that end a measure phrase: the predicate or a clause starts there. */
const STOPS = new Set(
  (
    'and or but nor so yet if because although though while whereas when where which who whom whose that ' +
    'is are was were be been being am has have had will would could should can may might must shall do does did ' +
    'said says say told according it they he she we you i there here also already just only still even now then ' +
    'last next each every ago earlier later this year month week day quarter'
  ).split(' '),
);
/** Nouns of time: a phrase they end says when, not what ("in the current quarter"). */
const TIME_NOUNS = new Set(
  'year years quarter quarters month months week weeks day days decade decades period season term half'.split(' '),
);
/** Pronouns that stand as subjects: the word after one is a verb. */
const SUBJECT_PRONOUNS = new Set('i you he she it we they who which'.split(' '));
/** Verbs that report speech: the reported clause after them has a subject of its own. */
const REPORTING = new Set(
  'said says say told tells added adds noted notes warned warns reported reports announced announces according'.split(' '),
);
/** Where a new clause with a subject of its own starts: "…, while Google Cloud grew 28%". */
const CLAUSE_BREAKS = new Set([';', 'while', 'whereas', 'but', 'although', 'though']);
/** The noun for the money a verb spends, earns or moves: "spend $100 billion" is spending. */
const MONEY_VERBS: Readonly<Record<string, string>> = {
  spend: 'spending',
  spends: 'spending',
  spent: 'spending',
  spending: 'spending',
  invest: 'investment',
  invests: 'investment',
  invested: 'investment',
  investing: 'investment',
  pay: 'payment',
  pays: 'payment',
  paid: 'payment',
  paying: 'payment',
  raise: 'funding',
  raises: 'funding',
  raised: 'funding',
  raising: 'funding',
  earn: 'earnings',
  earns: 'earnings',
  earned: 'earnings',
  cost: 'cost',
  costs: 'cost',
  costing: 'cost',
  borrow: 'borrowing',
  borrows: 'borrowing',
  borrowed: 'borrowing',
  lose: 'losses',
  loses: 'losses',
  lost: 'losses',
  owe: 'debt',
  owes: 'debt',
  owed: 'debt',
  fined: 'fine',
  charge: 'charge',
  charges: 'charge',
  charged: 'charge',
  save: 'savings',
  saves: 'savings',
  saved: 'savings',
  valued: 'valuation',
  priced: 'price',
  sold: 'sale price',
  bought: 'purchase price',
  buy: 'purchase price',
};
/** Plurals that do not end in -s, and nouns that count people or things as a body. */
const OTHER_PLURALS = new Set('people children men women staff personnel police cattle feet teeth mice geese data media'.split(' '));
/** "customers", "countries"; not "business", "bus", "analysis". */
const endsLikePlural = (w: string) => /[a-z]{2}s$/.test(w) && !/(?:ss|us|is)$/.test(w);
const singular = (w: string) => (/[a-z]ies$/.test(w) ? `${w.slice(0, -3)}y` : endsLikePlural(w) ? w.slice(0, -1) : w);
const pluralHead = (phrase: string) => {
  const head = phrase.slice(phrase.lastIndexOf(' ') + 1);
  return OTHER_PLURALS.has(head) || endsLikePlural(head);
};
/** Verbs of change: a percentage after them is a change, in what their subject names. */
const RISE = new Set(
  'grew grow grows rose rise rises risen jumped jump jumps climbed climb climbs gained gain gains increased increase increases surged surge soared soar rebounded added adds'.split(
    ' ',
  ),
);
const FALL = new Set(
  'fell fall falls fallen dropped drop drops declined decline declines decreased decrease slipped slip slumped slump plunged plunge tumbled tumble shrank shrink lost loses'.split(
    ' ',
  ),
);
/** Words after which a figure continues the measure of the figure before it: "up from $83 billion". */
const LINKS = ['up from', 'down from', 'compared with', 'compared to', 'versus', 'vs', 'against', 'from', 'than', 'to', 'and', 'or'];

interface Word extends Span {
  text: string;
  lower: string;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]|[^\s\p{L}\p{N}]/gu;

function* wordsOf(text: string, span: Span, pace: Pace): Sliced<Word[]> {
  const out: Word[] = [];
  // WORD is shared and another page's pass may run between two slices: its position is kept here.
  for (let pos = span.start; ;) {
    WORD.lastIndex = pos;
    const m = WORD.exec(text);
    if (!m || m.index >= span.end) break;
    pos = m.index + m[0].length;
    out.push({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end: pos });
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
  !FALL.has(w.lower);
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
  }
  while (out.length < figures.length) out.push(NOTHING);
  return out;
}

const NOTHING: FigureMeasure = { measure: null, about: null, key: null };

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
  for (let k = 0; k < figures.length; k++) {
    // Each figure reads at most WINDOW words either way.
    if (pace.spend(WINDOW)) yield;
    const fig = figures[k]!;
    const from = at(fig.start);
    const to = at(fig.end);
    let measure = ownMeasure(words, from, to, fig, names);
    const prev = k > 0 && figures[k - 1]!.kind === fig.kind ? k - 1 : -1;
    // "up from $83 billion", "compared with 4,000 for CoreWeave": the measure of the figure before.
    if (!measure && prev >= 0 && linked(words, at(figures[prev]!.end), from)) measure = out[base + prev]!.measure;
    // "Rheinmetall gained 4.2% in Frankfurt and Leonardo 3.1%", "Azure 33%, Google Cloud 28%": a name,
    // then a figure like the one before, is the same measure of another name.
    if (!measure && prev >= 0 && rowName(words, from, names)) measure = out[base + prev]!.measure;
    // A date or a span of time belongs to the sentence's events, not to one name.
    const about = fig.kind === 'date' || fig.kind === 'duration' ? null : owner(words, from, to, names);
    out.push({ measure, about, key: measure ? keyOf(measure) : null });
  }
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
  const between = words
    .slice(Math.max(afterPrev, beforeThis - 4), beforeThis)
    .filter((w) => isWord(w))
    .map((w) => w.lower)
    .join(' ');
  if (beforeThis - afterPrev > 8) return false;
  return LINKS.some((l) => between === l || between.endsWith(` ${l}`));
}

/** What the sentence says this figure counts, from its own words; null when it does not say. */
function ownMeasure(
  words: readonly Word[],
  from: number,
  to: number,
  fig: FigureMention,
  names: readonly (EntityMention | null)[],
): string | null {
  if (fig.kind === 'date' || fig.kind === 'duration') return null;
  if (fig.unit?.includes('/')) return `price per ${fig.unit.slice(fig.unit.indexOf('/') + 1)}`;
  const before = words[from - 1];
  // "revenue of $10 billion", "a price of £85", "operating income of between $16 billion and …".
  let of = from - 1;
  while (of > 0 && (HEDGES.has(words[of]!.lower) || words[of]!.lower === 'between' || words[of]!.lower === 'least')) of--;
  if (words[of]?.lower === 'of') {
    const noun = nounBefore(words, of);
    if (noun) return noun;
  }
  // "38% of sales", "a fifth of its workers", "$10 billion in revenue".
  const prep = words[to]?.lower;
  const share = fig.kind === 'percent' || fig.kind === 'fraction';
  // A level reached ("rose 2.1% to $187.40 in after-hours trading") is not "in" what follows it.
  const level = !!before && (before.lower === 'to' || before.lower === 'from');
  if ((prep === 'of' && fig.kind !== 'count') || (prep === 'in' && fig.kind === 'money' && !level)) {
    const np = phraseAt(words, to + 1, true);
    if (np) return share ? `share of ${np}` : np;
  }
  // "12,000 new customers", "5,000 engineers"; money only in the attributive "a $4 billion investment"
  // (without the article, "$1.5 billion went" is a subject and the word after it a verb).
  const attributive = !!before && (before.lower === 'a' || before.lower === 'an');
  if (fig.kind === 'count' || (fig.kind === 'quantity' && !fig.unit) || (fig.kind === 'money' && attributive)) {
    const np = phraseAt(words, to);
    // What more than one of is counted is plural ("5,000 engineers"); "five and twenty young man" is not.
    const several = fig.kind === 'count' && typeof fig.value === 'number' && fig.value > 1;
    if (np && (!several || pluralHead(np))) return np;
  }
  // "raised their price target to $210", "taking its market value to $4.6 trillion": what was moved to the figure.
  if (before?.lower === 'to') {
    const np = nounBefore(words, from - 1);
    const at = np ? from - 2 - np.split(' ').length : -1;
    const det = words[at];
    const verb = words[at - 1];
    // The object of a verb ("raised their …"), not a place in a phrase ("in the south to 16 °C").
    const object =
      !!det && (OBJECT_DETERMINERS.has(det.lower) || possessive(det)) && !!verb && isWord(verb) && !PREPOSITIONS.has(verb.lower);
    if (np && object) return np;
  }
  const v = verbBefore(words, from);
  const verb = words[v]?.lower;
  if (verb === undefined) return null;
  const noun = fig.kind === 'money' ? MONEY_VERBS[verb] : undefined;
  if (noun) {
    // "spend $100 billion on data centres": the object of the spending is part of what is counted.
    const tail = words[to]?.lower === 'on' || words[to]?.lower === 'for' ? phraseAt(words, to + 1) : null;
    return tail && noun === 'spending' ? `${noun} on ${tail}` : noun;
  }
  if (fig.kind !== 'percent' || !(RISE.has(verb) || FALL.has(verb))) return null;
  const subject = subjectNoun(words, v, names);
  // "the yield … fell to 4.02% from 4.11%": where the thing stands, not how far it moved.
  if (level) return subject;
  const change = RISE.has(verb) ? 'growth' : 'fall';
  return subject ? `${change} in ${subject}` : change;
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
    parts.push(w.lower);
    if (endsLikePlural(w.lower)) break; // the plural head ends it
  }
  // A lone past tense or gerund is the predicate ("a fee of €3 billion applied").
  // "in the current quarter", "over the past decade": a time, not what is counted.
  if (TIME_NOUNS.has(words[k]?.lower ?? '')) return null;
  // After a preposition a gerund is a noun ("in spending").
  if (parts.length === 0 || (parts.length === 1 && (/ed$/.test(parts[0]!) || (!afterPreposition && /ing$/.test(parts[0]!))))) return null;
  return parts.join(' ');
}

/** The noun (with its modifiers) ending right before word `i`: "annual revenue" of "annual revenue of". */
function nounBefore(words: readonly Word[], i: number): string | null {
  const parts: string[] = [];
  for (let k = i - 1; k >= Math.max(0, i - PHRASE_WORDS); k--) {
    const w = words[k]!;
    if (!isNounish(w) || /^\p{Lu}/u.test(w.text) || RISE.has(w.lower) || FALL.has(w.lower) || MONEY_VERBS[w.lower]) break;
    // After "it", "they", "we" a word is their verb ("it expects operating income of …").
    if (k > 0 && SUBJECT_PRONOUNS.has(words[k - 1]!.lower)) break;
    parts.unshift(w.lower);
  }
  return parts.length ? parts.join(' ') : null;
}

/**
 * The common noun heading the subject of the verb at word `v`, past a prepositional phrase: "revenue"
 * in "revenue from AI accelerators rose". Null when the subject is a name or is not within reach.
 */
function subjectNoun(words: readonly Word[], v: number, names: readonly (EntityMention | null)[]): string | null {
  // "GDP to grow 1.9%": the infinitive's subject is the object of another verb, out of reach here.
  if (words[v - 1]?.lower === 'to') return null;
  // A capital starts a name, except on the sentence's first word when no name stands there.
  const common = (i: number) => !names[i] && (i === 0 || !/^\p{Lu}/u.test(words[i]!.text));
  let head: string | null = null;
  for (let i = v - 1; i >= Math.max(0, v - 3 * PHRASE_WORDS); i--) {
    const w = words[i]!;
    if (STOPS.has(w.lower)) break; // "that", "said": the clause starts after it
    if (PREPOSITIONS.has(w.lower)) {
      head = null; // what followed it was a prepositional phrase: the head is further back
      continue;
    }
    // "its cloud arm", "Amazon's revenue": a part of a name; the name is the figure's owner and the change is its.
    if ((head !== null && (w.lower === 'its' || w.lower === 'their' || possessive(w))) || (head === null && possessive(w))) return null;
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
  return head;
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
    if (e.type !== 'place' && !(prev && PREPOSITIONS.has(prev.lower))) return e.name;
    while (i + 1 < from && words[i + 1]!.end <= e.end) i++;
  }
  // "Amazon said … that its cloud arm grew 19%": "its" is the reporting clause's subject.
  const pronoun = words.slice(start, from).some((w) => w.lower === 'its' || w.lower === 'their');
  if (pronoun && start > 0) {
    for (let i = Math.max(0, start - WINDOW); i < start; i++) {
      const e = entityAt(i);
      if (e && e.type !== 'place' && e.type !== 'person' && !PREPOSITIONS.has(words[i - 1]?.lower ?? '')) return e.name;
    }
  }
  return null;
}

/** One key for one measure whatever its number: "new customers" and "new customer" are one. Cards also require one unit scale. */
function keyOf(measure: string): string {
  // A rise and a fall of one thing are the same measure, a change: "grew 19%" compares with "fell 3%".
  return measure
    .replace(/^(?:growth|fall)\b/, 'change')
    .split(' ')
    .map(singular)
    .join(' ');
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
