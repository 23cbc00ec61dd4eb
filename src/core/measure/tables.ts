// Tables and captions, whose figures say what they count by the page's layout rather than by a
// sentence: a table's column header ("Annual revenue") is the measure of every cell below it and the
// row's first cell ("Google Cloud") whose the figure is; a caption's lead before its colon ("Average
// weight loss after 64 weeks: 13.6% on the pill, 2.2% on placebo") is the measure of its figures.
//
// Extraction gives a table as one line per cell in a block of its own (no blank line inside), so a
// table is read from the shape of such a block: a header row of words, then rows whose cells are, column
// by column, all figures or all words. Each block is tried with a few column counts: linear in the text.
import type { Pace, Sliced } from '../recognize/pace';
import type { EntityMention, FigureMention } from '../types';
import { namesIndex } from './indexes';
import { CELL_CHARS, DETERMINERS, PREPOSITIONS, TABLE_MAX_COLUMNS, TABLE_MIN_CELLS, TIME_NOUNS } from './lexicon';

export interface Cell {
  measure: string | null;
  about: string | null;
  /** The names column is headed by an index noun ("Index"): the row's owner is a market index. */
  ofIndex: boolean;
}

interface Line {
  start: number;
  end: number;
  /** Index of the figure that fills most of the line, or -1: the line is words. */
  figure: number;
  /** The entity that starts the line, if any. */
  entity: EntityMention | null;
}

/** Words after a preposition that still belong to the phrase it cuts ("in the first quarter"). */
const TAIL_WORDS = 3;

/**
 * The measure a header or a caption's lead names: its words, without what says when ("Growth in the
 * quarter" is growth, "Average weight loss after 64 weeks" average weight loss) or in what unit
 * ("Revenue ($bn)"); lower case except acronyms ("Share of GDP"). Null when no words are left.
 */
export function headerMeasure(phrase: string): string | null {
  const words = phrase
    .replace(/\([^)]*\)/g, ' ')
    .split(/[\s,]+/)
    .filter((w) => w !== '');
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const lower = w.toLowerCase();
    if (PREPOSITIONS.has(lower) && out.length > 0) {
      const tail: string[] = [];
      for (let k = i + 1; k < words.length && tail.length < TAIL_WORDS && !PREPOSITIONS.has(words[k]!.toLowerCase()); k++)
        tail.push(words[k]!.toLowerCase());
      if (tail.some((x) => TIME_NOUNS.has(x) || /^\d/.test(x))) break;
    }
    if (!/^[\p{L}\p{N}]/u.test(w)) break;
    if (out.length === 0 && DETERMINERS.has(lower)) continue;
    // "GDP", "EBITDA" keep their capitals; "Annual" is capitalised only because it opens the line.
    out.push(/\p{Lu}.*\p{Lu}/u.test(w) ? w : lower);
  }
  while (out.length > 0 && PREPOSITIONS.has(out[out.length - 1]!)) out.pop();
  return out.length > 0 ? out.join(' ') : null;
}

/**
 * The measure and owner of every figure that is a cell of a table: figure index -> cell. `figures` and
 * `entities` are sorted by start.
 */
export function* tablePass(
  text: string,
  figures: readonly FigureMention[],
  entities: readonly EntityMention[],
  pace: Pace,
): Sliced<Map<number, Cell>> {
  const cells = new Map<number, Cell>();
  let block: Line[] = [];
  let fits = true;
  let f = 0;
  let e = 0;
  const close = () => {
    if (fits && block.length >= TABLE_MIN_CELLS) readTable(text, block, cells);
    block = [];
    fits = true;
  };
  for (let pos = 0; pos <= text.length;) {
    // A line may be tried once per column count when its block closes.
    if (pace.spend(TABLE_MAX_COLUMNS)) yield;
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl < 0 ? text.length : nl;
    let start = pos;
    let end = lineEnd;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (start === end) close();
    else if (end - start > CELL_CHARS) fits = false;
    else {
      while (f < figures.length && figures[f]!.start < start) f++;
      while (e < entities.length && entities[e]!.start < start) e++;
      const fig = figures[f];
      const ent = entities[e];
      block.push({
        start,
        end,
        // "up 1.2%" is a figure cell; "Hornsea 4" is a name with a number in it.
        figure: fig && fig.end <= end && (fig.end - fig.start) * 2 >= end - start ? f : -1,
        entity: ent && ent.start === start && ent.end <= end ? ent : null,
      });
    }
    if (nl < 0) break;
    pos = nl + 1;
  }
  close();
  return cells;
}

/** Reads `lines` as a table with the fewest columns its shape allows, if any, into `cells`. */
function readTable(text: string, lines: readonly Line[], cells: Map<number, Cell>): void {
  const columns = columnCount(lines);
  if (columns === 0) return;
  const header = lines.slice(0, columns).map((l) => headerMeasure(text.slice(l.start, l.end)));
  const ofIndex = namesIndex(header[0] ?? null);
  for (let row = columns; row < lines.length; row += columns) {
    const label = lines[row]!;
    const about = label.figure < 0 && label.entity ? rowOwner(text, label, label.entity) : null;
    for (let c = 0; c < columns; c++) {
      const line = lines[row + c]!;
      if (line.figure >= 0) cells.set(line.figure, { measure: header[c] ?? null, about, ofIndex });
    }
  }
}

/**
 * Whose a row's figures are: the name its first cell holds, or the whole cell when a name opens it and
 * runs on ("Dow Jones Industrial Average" where only "Dow Jones Industrial" was marked).
 */
function rowOwner(text: string, label: Line, entity: EntityMention): string {
  const whole = entity.end >= label.end - 1;
  return whole ? entity.name || entity.text : text.slice(label.start, label.end);
}

/**
 * The number of columns that makes `lines` a header of words over rows whose every column holds
 * figures only or words only, with at least one column of figures and two rows; 0 when none does.
 */
function columnCount(lines: readonly Line[]): number {
  for (let n = 2; n <= TABLE_MAX_COLUMNS; n++) {
    if (lines.length % n !== 0 || lines.length / n < 3) continue;
    if (lines.slice(0, n).some((l) => l.figure >= 0)) continue;
    let figureColumn = false;
    let consistent = true;
    for (let c = 0; c < n && consistent; c++) {
      const kind = lines[n + c]!.figure >= 0;
      figureColumn ||= kind;
      for (let row = 2 * n; row < lines.length; row += n) if (lines[row + c]!.figure >= 0 !== kind) consistent = false;
    }
    if (consistent && figureColumn) return n;
  }
  return 0;
}
