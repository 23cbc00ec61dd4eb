// Fact cards, computed from what the article itself says. The worker calls analyze() once per
// page and cardFor() on every hover, so everything a card needs is indexed up front and a card
// costs a few array look-ups plus the size of its own contents. A card lists only what it shows
// (a dozen mentions, eight figures or comparisons) and counts the rest, and clips the article's
// text it quotes: a page with a hundred thousand figures or one endless sentence gets small cards.

import type {
  Card,
  EntityCard,
  EntityMention,
  EntityType,
  FigureCard,
  FigureComparison,
  FigureMention,
  Mark,
  MentionLink,
  NoteAnchor,
  Recognition,
  UnitCard,
  UnitMention,
} from './types';
import { inSlices, mapPass, mergePass, Pace, SLICE, whole, type Sliced } from './recognize/pace';
import { counterpart, toBase } from './units/convert';
import { pluralUnit, unitInfo } from './units/info';
import { measurePass, type FigureMeasure } from './measure';
import { isSpace, paragraphsPass, sentencesPass, spanAt, type Span } from './sentences';
import type { FactLookup } from './facts/types';

/** What a mark stands for: an entity mention (with its group name) or a figure. */
export type MarkTarget =
  | { kind: 'entity'; mention: EntityMention; group: string }
  | { kind: 'figure'; figure: FigureMention; measure: FigureMeasure }
  | { kind: 'unit'; unit: UnitMention };

export interface EntityGroup {
  name: string;
  /** The type most of its mentions have (ties: the first mention's). */
  type: EntityType;
  /** Mark ids of its mentions, in article order. */
  marks: number[];
  /** Indexes of the sentences that mention it, ascending, without repeats. */
  sentences: number[];
  /** Other group name -> number of sentences both appear in. */
  cooccurrence: Map<string, number>;
  /** The first FIGURES_MAX figures in its sentences, in article order, and how many there are. */
  figures: number[];
  figureCount: number;
  /** `reach[i]`: the furthest end of its first i + 1 mentions, to find the notes over any of them. */
  reach: number[];
  /** The RELATED_MAX names it appears with most often (ties: the one the article names first). */
  related: { name: string; count: number }[];
}

export interface Analysis {
  text: string;
  /** One per entity mention, figure and bare unit, sorted by start; `marks[i].id === i`. */
  marks: Mark[];
  /** Parallel to `marks`. */
  targets: MarkTarget[];
  /** Parallel to `marks`: index into `sentences` / `paragraphs`. */
  markSentence: number[];
  markParagraph: number[];
  /** Trimmed sentence spans, in order; never cross a line break. */
  sentences: Span[];
  /** Mark ids per sentence, in article order. */
  sentenceMarks: number[][];
  /** Paragraph spans (the text split on blank lines), in order. */
  paragraphs: Span[];
  groups: Map<string, EntityGroup>;
  /**
   * Figures that can be compared, in article order, keyed by kind and what they measure: money by currency,
   * quantities by base unit ("835 megawatts" and "2.4GW" are both power), others by kind and unit.
   */
  figuresByUnit: Map<string, number[]>;
  /**
   * Figures that may be compared, in article order, keyed by unit scale and measure ("new customers",
   * "spending on data centres"): a figure whose sentence does not say what it counts is in none.
   */
  figuresByMeasure: Map<string, number[]>;
  /** "<kind> <unit>" ("quantity km", "money USD") -> figures in exactly that unit, in article order. */
  figuresInUnit: Map<string, number[]>;
  /** unit -> mark ids of the bare mentions of it, in article order. */
  unitMarks: Map<string, number[]>;
}

/**
 * A physical amount the sentence does not explain still says what it measures through its unit: "2.4GW"
 * and "835 megawatts" are both power. Money and bare numbers say nothing by themselves.
 */
function withDimension(f: FigureMention, m: FigureMeasure): FigureMeasure {
  if (m.key !== null || f.kind !== 'quantity' || !f.unit) return m;
  const measures = unitInfo(f.unit)?.measures;
  return measures ? { ...m, measure: measures, key: measures } : m;
}

/** A linear scale to a base unit; scales with an offset (°C, °F) only compare within themselves. */
function scaleOf(kind: string, unit: string | undefined): { key: string; factor: number } {
  const b = kind === 'quantity' && unit ? toBase(unit) : null;
  return b && !b.offset ? { key: `${kind} ${b.base}`, factor: b.factor } : { key: `${kind} ${unit ?? ''}`, factor: 1 };
}
const unitKey = (f: FigureMention) => scaleOf(f.kind, f.unit).key;

// ---------------------------------------------------------------------------------------------
// Analysis

export function analyze(text: string, recognition: Recognition): Analysis {
  return whole(analysisPass(text, recognition, new Pace()));
}

/**
 * analyze() in slices of at most `slice` units of work with a turn of the event loop between them
 * (as recognizeChunked() does): for the worker, on pages with hundreds of thousands of marks.
 */
export async function analyzeChunked(
  text: string,
  recognition: Recognition,
  { slice = SLICE, onSlice }: { slice?: number; onSlice?: (work: number) => void } = {},
): Promise<Analysis> {
  const pace = new Pace(slice);
  return inSlices(analysisPass(text, recognition, pace), pace, onSlice);
}

const spanOf = (t: MarkTarget) => (t.kind === 'entity' ? t.mention : t.kind === 'figure' ? t.figure : t.unit);

function* analysisPass(text: string, recognition: Recognition, pace: Pace): Sliced<Analysis> {
  const entities = yield* mapPass(
    recognition.entities,
    (mention): MarkTarget => ({ kind: 'entity', mention, group: mention.name || mention.text }),
    pace,
  );
  const sentences = yield* sentencesPass(text, pace);
  const paragraphs = yield* paragraphsPass(text, pace);
  const measures = yield* measurePass(text, sentences, recognition.figures, recognition.entities, pace);
  let k = 0;
  const figures = yield* mapPass(
    recognition.figures,
    (figure): MarkTarget => ({ kind: 'figure', figure, measure: withDimension(figure, measures[k++]!) }),
    pace,
  );
  const units = yield* mapPass(recognition.units, (unit): MarkTarget => ({ kind: 'unit', unit }), pace);
  // Each list is in order already: merged, not sorted.
  const byPlace = (a: MarkTarget, b: MarkTarget) => spanOf(a).start - spanOf(b).start || spanOf(a).end - spanOf(b).end;
  const items = yield* mergePass(yield* mergePass(entities, figures, byPlace, pace), units, byPlace, pace);

  const sentenceMarks: number[][] = [];
  const sentenceFigures: number[][] = [];
  for (let s = 0; s < sentences.length; s++) {
    if (pace.spend()) yield;
    sentenceMarks.push([]);
    sentenceFigures.push([]);
  }
  const marks: Mark[] = [];
  const markSentence: number[] = [];
  const markParagraph: number[] = [];
  const groups = new Map<string, EntityGroup>();
  const typeVotes = new Map<string, Map<EntityType, number>>();
  const figuresByUnit = new Map<string, number[]>();
  const figuresInUnit = new Map<string, number[]>();
  const figuresByMeasure = new Map<string, number[]>();
  const unitMarks = new Map<string, number[]>();
  const push = (map: Map<string, number[]>, key: string, id: number) => {
    const ids = map.get(key);
    if (ids) ids.push(id);
    else map.set(key, [id]);
  };

  for (let id = 0; id < items.length; id++) {
    if (pace.spend(2)) yield;
    const t = items[id]!;
    const span = spanOf(t);
    const kind = t.kind === 'entity' ? t.mention.type : t.kind === 'figure' ? t.figure.kind : 'unit';
    marks.push({ id, kind, start: span.start, end: span.end });
    const s = spanAt(sentences, span.start);
    markSentence.push(s);
    markParagraph.push(spanAt(paragraphs, span.start));
    sentenceMarks[s]?.push(id);
    if (t.kind === 'figure') {
      push(figuresByUnit, unitKey(t.figure), id);
      push(figuresInUnit, `${t.figure.kind} ${t.figure.unit ?? ''}`, id);
      if (t.measure.key !== null && magnitude(t.figure)) push(figuresByMeasure, `${unitKey(t.figure)}|${t.measure.key}`, id);
      sentenceFigures[s]?.push(id);
      continue;
    }
    if (t.kind === 'unit') {
      push(unitMarks, t.unit.unit, id);
      continue;
    }
    let g = groups.get(t.group);
    if (!g) {
      g = {
        name: t.group,
        type: t.mention.type,
        marks: [],
        sentences: [],
        cooccurrence: new Map(),
        figures: [],
        figureCount: 0,
        reach: [],
        related: [],
      };
      groups.set(t.group, g);
      typeVotes.set(t.group, new Map());
    }
    g.marks.push(id);
    g.reach.push(Math.max(span.end, g.reach[g.reach.length - 1] ?? 0));
    if (g.sentences[g.sentences.length - 1] !== s) g.sentences.push(s);
    const votes = typeVotes.get(t.group)!;
    votes.set(t.mention.type, (votes.get(t.mention.type) ?? 0) + 1);
  }

  for (const g of groups.values()) {
    for (const s of g.sentences) {
      if (pace.spend()) yield;
      const inSentence = sentenceFigures[s] ?? [];
      g.figureCount += inSentence.length;
      for (let k = 0; k < inSentence.length && g.figures.length < FIGURES_MAX; k++) g.figures.push(inSentence[k]!);
    }
  }

  for (const [name, votes] of typeVotes) {
    if (pace.spend(votes.size)) yield;
    const g = groups.get(name)!;
    let best = votes.get(g.type) ?? 0;
    for (const [type, n] of votes) {
      if (n > best) {
        best = n;
        g.type = type;
      }
    }
  }

  for (const ids of sentenceMarks) {
    const names = new Set<string>();
    for (const id of ids) {
      if (pace.spend()) yield;
      const t = items[id]!;
      if (t.kind === 'entity') names.add(t.group);
    }
    if (names.size < 2 || names.size > TOGETHER_MAX) continue;
    if (pace.spend(names.size * names.size)) yield;
    for (const a of names) {
      const co = groups.get(a)!.cooccurrence;
      for (const b of names) if (a !== b) co.set(b, (co.get(b) ?? 0) + 1);
    }
  }
  // Once per name here, not on every hover of each of its mentions: the RELATED_MAX most frequent
  // (ties: the name the article names first), kept in order while going through them.
  const firstMark = (n: string) => groups.get(n)!.marks[0]!;
  const before = (a: EntityGroup['related'][number], b: EntityGroup['related'][number]) =>
    b.count - a.count || firstMark(a.name) - firstMark(b.name);
  for (const g of groups.values()) {
    for (const [name, count] of g.cooccurrence) {
      if (pace.spend()) yield;
      const r = { name, count };
      if (g.related.length === RELATED_MAX && before(g.related[RELATED_MAX - 1]!, r) < 0) continue;
      let k = g.related.length;
      while (k > 0 && before(r, g.related[k - 1]!) < 0) k--;
      g.related.splice(k, 0, r);
      if (g.related.length > RELATED_MAX) g.related.pop();
    }
  }

  return {
    text,
    marks,
    targets: items,
    markSentence,
    markParagraph,
    sentences,
    sentenceMarks,
    paragraphs,
    groups,
    figuresByUnit,
    figuresByMeasure,
    figuresInUnit,
    unitMarks,
  };
}

// ---------------------------------------------------------------------------------------------
// Cards

const CONTEXT_WORDS = 4;
/** What a card lists; the rest it counts (the card shows as many). */
const MENTIONS_MAX = 12;
const FIGURES_MAX = 8;
/** A card compares with a few figures only: the nearest in the article, of one measure. */
const COMPARISONS_MAX = 3;
const RELATED_MAX = 5;
/**
 * A sentence naming more names than this is a list, or a page without punctuation: it says nothing
 * of any two of them together (and pairing them all would be quadratic).
 */
const TOGETHER_MAX = 24;
/** Longest article text a card quotes: a name, a figure, the words around a mention, a sentence. */
const NAME_CHARS = 200;
const CONTEXT_CHARS = 120;
const SENTENCE_CHARS = 1000;

/**
 * The card of a mark. `facts` says what an entity is from shipped tables (core/facts); injected, so the worker
 * can load the tables on the first card that needs them and the CLI can pass the same tables read from disk.
 */
export function cardFor(a: Analysis, markId: number, notes: NoteAnchor[], facts?: FactLookup): Card | null {
  const target = a.targets[markId];
  if (!target) return null;
  switch (target.kind) {
    case 'entity':
      return entityCard(a, target.group, notes, facts);
    case 'figure':
      return figureCard(a, markId, target.figure, notes);
    case 'unit':
      return unitCard(a, target.unit, notes);
  }
}

/** Entity types the fact tables can say something about: places, and organizations or products as companies. */
const FACT_TYPES: ReadonlySet<EntityType> = new Set(['place', 'organization', 'product']);

/** Whether the card of this mark could carry facts, so the worker loads the tables only then. */
export function mayHaveFacts(a: Analysis, markId: number): boolean {
  const target = a.targets[markId];
  return target?.kind === 'entity' && FACT_TYPES.has(a.groups.get(target.group)!.type);
}

function entityCard(a: Analysis, name: string, notes: NoteAnchor[], facts: FactLookup | undefined): EntityCard {
  const g = a.groups.get(name)!;
  const others = () => [...a.groups.values()].filter((o) => o !== g).map((o) => ({ name: o.name, type: o.type }));
  const mentions: MentionLink[] = g.marks.slice(0, MENTIONS_MAX).map((id) => {
    const m = a.marks[id]!;
    return { markId: id, start: m.start, end: m.end, context: contextOf(a, id, CONTEXT_WORDS, CONTEXT_CHARS) };
  });
  const figures = g.figures.map((id) => {
    const f = figureAt(a, id);
    return { markId: id, text: clip(f.text, NAME_CHARS), kind: f.kind };
  });
  const related = g.related.map(({ name: n, count }) => ({ name: clip(n, NAME_CHARS), type: a.groups.get(n)!.type, count }));
  // The sentence that introduces it: the first in the body, not a headline ("Amazon's Cloud Bet: Why …").
  const firstMark = g.marks.slice(0, MENTIONS_MAX).find((id) => !headline(a, a.sentences[a.markSentence[id]!])) ?? g.marks[0]!;
  const first = a.sentences[a.markSentence[firstMark]!];
  return {
    kind: 'entity',
    name: clip(g.name, NAME_CHARS),
    type: g.type,
    mentions,
    mentionCount: g.marks.length,
    // The whole sentence, unless it runs on: then the words around the first mention.
    firstSentence: !first
      ? ''
      : first.end - first.start <= SENTENCE_CHARS
        ? a.text.slice(first.start, first.end)
        : contextOf(a, firstMark, Infinity, SENTENCE_CHARS / 2),
    figures,
    figureCount: g.figureCount,
    related,
    facts: facts && FACT_TYPES.has(g.type) ? facts({ name: g.name, type: g.type, others: others() }) : null,
    notes: notes.filter((n) => mentionsOverlap(a, g, n)),
  };
}

/** Longest line read as a possible headline; a headline is short. */
const HEADLINE_CHARS = 200;

/**
 * A headline or a subheading: a short line of its own that ends without a full stop and whose words are
 * mostly capitalised. It names things without saying what they are.
 */
function headline(a: Analysis, s: Span | undefined): boolean {
  if (!s || s.end - s.start > HEADLINE_CHARS) return false;
  const t = a.text.slice(s.start, s.end);
  const ownLine = (s.start === 0 || a.text[s.start - 1] === '\n') && (s.end === a.text.length || a.text[s.end] === '\n');
  if (!ownLine || /[.!?…]["”’)]*$/.test(t)) return false;
  const words = t.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length > 0 && capitalised / words.length >= HEADLINE_CAPITALS;
}
/** Share of capitalised words from which a line reads as title case ("Why Google's Patience Is Running Out"). */
const HEADLINE_CAPITALS = 0.6;

/** Whether a note overlaps any mention of the group: the last mention starting before its end reaches it, or one before. */
function mentionsOverlap(a: Analysis, g: EntityGroup, n: Span): boolean {
  const after = firstAtLeast(g.marks.length, (k) => a.marks[g.marks[k]!]!.start >= n.end);
  return after > 0 && g.reach[after - 1]! > n.start;
}

/** The first k in [0, length) where `holds` does (it holds from some k on), else length. */
function firstAtLeast(length: number, holds: (k: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (holds(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function figureCard(a: Analysis, markId: number, f: FigureMention, notes: NoteAnchor[]): FigureCard {
  const m = measureAt(a, markId);
  const { comparisons, count } = comparisonsFor(a, markId, f);
  return {
    kind: 'figure',
    text: clip(f.text, NAME_CHARS),
    figureKind: f.kind,
    normalized: describeFigure(f.text.length > NAME_CHARS ? { ...f, text: clip(f.text, NAME_CHARS) } : f),
    measure: m.measure === null ? null : clip(m.measure, NAME_CHARS),
    about: m.about === null ? null : clip(m.about, NAME_CHARS),
    says: figureSays(clip(f.text, NAME_CHARS), m.measure && clip(m.measure, NAME_CHARS), m.about && clip(m.about, NAME_CHARS)),
    comparisons,
    comparisonCount: count,
    notes: notes.filter((n) => overlaps(n, f)),
  };
}

function unitCard(a: Analysis, u: UnitMention, notes: NoteAnchor[]): UnitCard {
  const info = unitInfo(u.unit);
  // The same unit first, then others of the same measure ("835 megawatts" for "gigawatts"); a rate
  // ("USD/MWh") is not the unit itself.
  const all = a.figuresByUnit.get(scaleOf(u.measure, u.unit).key) ?? [];
  const ids = (a.figuresInUnit.get(`${u.measure} ${u.unit}`) ?? []).slice(0, FIGURES_MAX);
  for (let k = 0; k < all.length && ids.length < FIGURES_MAX; k++) {
    const t = a.targets[all[k]!]!;
    if (t.kind === 'figure' && t.figure.unit !== u.unit) ids.push(all[k]!);
  }
  return {
    kind: 'unit',
    text: u.text,
    unit: u.unit,
    name: info?.name ?? u.unit,
    measures: info?.measures ?? null,
    definition: info?.definition ?? null,
    figures: ids.map((id) => ({ markId: id, text: clip(figureAt(a, id).text, NAME_CHARS) })),
    figureCount: all.length,
    mentions: a.unitMarks.get(u.unit)?.length ?? 1,
    notes: notes.filter((n) => overlaps(n, u)),
  };
}

const overlaps = (x: Span, y: Span) => x.start < y.end && y.start < x.end;

/** The figure of a mark that is one (the ids of `figuresByUnit`, `figuresByMeasure`, `EntityGroup.figures`). */
const figureAt = (a: Analysis, id: number) => (a.targets[id] as Extract<MarkTarget, { kind: 'figure' }>).figure;
const measureAt = (a: Analysis, id: number) => (a.targets[id] as Extract<MarkTarget, { kind: 'figure' }>).measure;

/** At most `max` characters of `s`, cut with an ellipsis. */
const clip = (s: string, max: number) => (s.length <= max ? s : `${s.slice(0, max - 1)}\u2026`);

/**
 * Up to `words` words either side of the mark, inside its sentence, on one line, and at most
 * `chars` characters either side (a word may run on: "1,1,1,…" has no spaces).
 */
function contextOf(a: Analysis, id: number, words: number, chars: number): string {
  const m = a.marks[id]!;
  const s = a.sentences[a.markSentence[id]!] ?? { start: m.start, end: m.end };
  const t = a.text;
  const floor = Math.max(s.start, m.start - chars);
  const ceiling = Math.min(s.end, m.end + chars);
  // The rest of a token the mark sits in ("Suleyman," / "(OpenAI") is not one of the words.
  let from = m.start;
  while (from > floor && !isSpace(t[from - 1])) from--;
  for (let n = 0; n < words && from > floor; n++) {
    while (from > floor && isSpace(t[from - 1])) from--;
    while (from > floor && !isSpace(t[from - 1])) from--;
  }
  let to = m.end;
  while (to < ceiling && !isSpace(t[to])) to++;
  for (let n = 0; n < words && to < ceiling; n++) {
    while (to < ceiling && isSpace(t[to])) to++;
    while (to < ceiling && !isSpace(t[to])) to++;
  }
  const mark = t.slice(m.start, m.end);
  // A run-on name (a page of capitals read as one) keeps its start.
  const body = (t.slice(from, m.start) + clip(mark, NAME_CHARS) + t.slice(m.end, to)).replace(/\s+/g, ' ').trim();
  return (from > s.start ? '\u2026' : '') + body + (to < s.end ? '\u2026' : '');
}

/** A figure's value as one number (a range by its midpoint) in its base unit, or null when it has none. */
function magnitude(f: FigureMention): number | null {
  if (f.kind === 'date' || typeof f.value !== 'number' || !Number.isFinite(f.value)) return null;
  const { factor } = scaleOf(f.kind, f.unit);
  if (typeof f.valueMax === 'number' && Number.isFinite(f.valueMax)) return ((f.value + f.valueMax) / 2) * factor;
  return f.value * factor;
}

/**
 * The figures of the same measure and unit scale, nearest in the article first: the one the sentence
 * sets it against ("up from $83 billion", "compared with 4,000 for CoreWeave"), then its paragraph,
 * then the rest. A figure whose measure the sentence does not give is compared with nothing: a
 * meaningless comparison is worse than none.
 */
function comparisonsFor(a: Analysis, markId: number, f: FigureMention): { comparisons: FigureComparison[]; count: number } {
  const key = measureAt(a, markId).key;
  const v = magnitude(f);
  const ids = key === null || v === null ? undefined : a.figuresByMeasure.get(`${unitKey(f)}|${key}`);
  if (!ids || v === null) return { comparisons: [], count: 0 };
  // The COMPARISONS_MAX nearest either side in article order hold the nearest ones by every rule below.
  const at = firstAtLeast(ids.length, (k) => ids[k]! >= markId);
  const near = ids.slice(Math.max(0, at - COMPARISONS_MAX), at + COMPARISONS_MAX + 1).filter((id) => id !== markId);
  const sentence = a.markSentence[markId];
  const paragraph = a.markParagraph[markId];
  const rank = (id: number) => (a.markSentence[id] === sentence ? 0 : a.markParagraph[id] === paragraph ? 1 : 2);
  const comparisons = near
    .sort((x, y) => rank(x) - rank(y) || Math.abs(x - markId) - Math.abs(y - markId) || x - y)
    .slice(0, COMPARISONS_MAX)
    .map((id) => {
      const other = figureAt(a, id);
      const ratio = v / magnitude(other)!;
      const text = clip(other.text, NAME_CHARS);
      return { markId: id, text, ratio, paragraph: a.markParagraph[id]! + 1, phrase: comparisonPhrase(ratio, whose(a, id)) };
    });
  return { comparisons, count: ids.length - 1 };
}

/** "Amazon’s", "Amazon Web Services’": a name ending in s takes the apostrophe alone. */
const possessive = (name: string) => (/s$/.test(name) ? `${name}\u2019` : `${name}\u2019s`);

/**
 * "12,000 — new customers of Lambda", "$100 billion — Amazon’s spending on data centres", "19% — of
 * Amazon": what a figure is, in words, from what its sentence says; null when it says neither.
 */
export function figureSays(text: string, measure: string | null, about: string | null): string | null {
  if (measure === null) return about === null ? null : `${text} \u2014 of ${about}`;
  if (about === null) return `${text} \u2014 ${measure}`;
  // "spending on data centres of Amazon" would read as the data centres' owner: the possessive says it.
  return / (?:of|on|in|for|per) /.test(` ${measure} `)
    ? `${text} \u2014 ${possessive(about)} ${measure}`
    : `${text} \u2014 ${measure} of ${about}`;
}

/** "CoreWeave’s 4,000 new customers", "the $83 billion": the other figure as a reader names it. */
function whose(a: Analysis, id: number): string {
  const f = figureAt(a, id);
  const { measure, about } = measureAt(a, id);
  const owner = about === null ? 'the' : possessive(clip(about, NAME_CHARS));
  // A count reads with its noun ("4,000 new customers"); a sum or a share is named by its number.
  const noun = f.kind === 'count' && measure !== null && !measure.includes(' of ') ? ` ${clip(measure, NAME_CHARS)}` : '';
  return `${owner} ${clip(f.text, NAME_CHARS)}${noun}`;
}

/** "3× CoreWeave’s 4,000 new customers", "20% of the $50 billion", "the same as the 5%". */
export function comparisonPhrase(ratio: number, other: string): string {
  if (ratio === 1) return `the same as ${other}`;
  if (ratio > 0.95 && ratio < 1.05) return `about the same as ${other}`;
  if (ratio >= 1.05) return `${formatRatio(ratio)}\u00D7 ${other}`;
  if (ratio > 0) return `${formatNumber(ratio * 100)}% of ${other}`;
  return `${formatNumber(ratio)}\u00D7 ${other}`;
}

function formatRatio(r: number): string {
  if (r >= 10) return formatNumber(Math.round(r));
  return String(Math.round(r * 10) / 10);
}

// ---------------------------------------------------------------------------------------------
// Figures in words

const BIG = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const SMALL = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 });
const MONTHS = 'January February March April May June July August September October November December'.split(' ');
const RANGE = '\u2013';

/** 2400000000 -> "2,400,000,000"; 0.6667 -> "0.667"; 1234.567 -> "1,234.57". */
function formatNumber(v: number): string {
  return Math.abs(v) >= 1 || v === 0 ? BIG.format(v) : SMALL.format(v);
}

/** "2025-12-27" -> "27 December 2025", "2025-12" -> "December 2025", 2025 -> "2025". */
export function formatDate(value: number | string): string {
  if (typeof value === 'number') return String(value);
  const m = /^(-?\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}:\d{2}))?)?)?/.exec(value);
  if (!m) return value;
  const month = m[2] ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!month) return m[1]!;
  const day = m[3] ? `${Number(m[3])} ` : '';
  return `${day}${month} ${m[1]}${m[4] ? `, ${m[4]}` : ''}`;
}

function asNumber(v: number | string | undefined): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return null;
}

/**
 * The figure's normalized value in words, after its text:
 * "$500 billion = 500,000,000,000 USD", "94% = 0.94", "2.4GW = 2,400,000,000 W",
 * "Dec. 27 = 27 December 2025", "two-thirds = 0.667 = 66.7%", "18 months" (nothing to add).
 */
export function describeFigure(f: FigureMention): string {
  const pieces: string[] = [];
  // "≈ 74.56 mi": a counterpart unit, set apart from the exact values before it.
  let approx = '';
  const v = asNumber(f.value);
  const max = asNumber(f.valueMax);
  const range = (fmt: (n: number) => string) => (v === null ? null : max === null ? fmt(v) : `${fmt(v)}${RANGE}${fmt(max)}`);
  const unit = f.unit ? ` ${f.unit}` : '';
  switch (f.kind) {
    case 'date': {
      const from = formatDate(f.value);
      pieces.push(f.valueMax === undefined ? from : `${from}${RANGE}${formatDate(f.valueMax)}`);
      break;
    }
    case 'percent': {
      const pct = range(formatNumber);
      if (pct !== null)
        pieces.push(
          `${pct}%`,
          range((n) => formatNumber(n / 100))!,
        );
      break;
    }
    case 'fraction': {
      const frac = range(formatNumber);
      if (frac !== null) pieces.push(frac, `${range((n) => formatNumber(n * 100))}%`);
      break;
    }
    case 'duration': {
      const d = range(formatNumber);
      if (d !== null) pieces.push(`${d}${f.unit ? ` ${pluralUnit(f.unit, max ?? v ?? 0)}` : ''}`);
      break;
    }
    default: {
      const n = range(formatNumber);
      if (n !== null) pieces.push(`${n}${unit}`);
      const other = f.kind === 'quantity' && f.unit ? counterpart(f.unit) : null;
      const there = other && range((x) => formatNumber(x * other.factor));
      if (there) approx = ` \u2248 ${there} ${other.unit}`;
    }
  }
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  const extra = pieces.filter((p, i) => norm(p) !== norm(f.text) && pieces.indexOf(p) === i);
  return [f.text, ...extra].join(' = ') + approx;
}
