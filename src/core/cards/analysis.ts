// The index the cards are read from, built once per page: marks in article order, the sentence and
// paragraph of each, the entity groups (mentions, co-occurring names, figures nearby) and the figures
// keyed by what they measure. Apart from the cards because it runs once, in slices, on the whole page,
// and the cards run on every hover over what it built.

import type { EntityMention, EntityType, FigureMention, Mark, Recognition, UnitMention } from '../types';
import { inSlices, mapPass, mergePass, Pace, SLICE, SLICE_MS, whole, type Sliced } from '../recognize/pace';
import type { SliceOptions } from '../recognize/index';
import { measurePass, type FigureMeasure } from '../measure';
import { paragraphsPass, sentencesPass, spanAt, type Span } from '../sentences';
import { FIGURES_MAX, RELATED_MAX, TOGETHER_MAX } from './limits';
import { magnitude, unitKey, withDimension } from './scale';

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
  { slice = SLICE, onSlice, priority }: SliceOptions = {},
): Promise<Analysis> {
  const pace = new Pace(slice, SLICE_MS);
  return inSlices(analysisPass(text, recognition, pace), pace, onSlice, priority);
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
