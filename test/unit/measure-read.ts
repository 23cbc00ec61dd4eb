// Reads what the figures of a short text count, for the measure tests: figures and names are given by their text.
import { measureFigures } from '../../src/core/measure';
import { splitSentences } from '../../src/core/sentences';
import type { EntityMention, EntityType, FigureKind, FigureMention } from '../../src/core/types';

export type FigureSpec = [text: string, kind: FigureKind, unit?: string, value?: number];

/** The figures and names of `text`, placed by their first occurrence after the previous one of the same list. */
export function read(text: string, figures: FigureSpec[], names: [string, EntityType, string?][] = []) {
  const place = <T>(list: [string, ...unknown[]][], make: (t: string, start: number, rest: unknown[]) => T): T[] => {
    let from = 0;
    return list.map(([t, ...rest]) => {
      const start = text.indexOf(t, from);
      if (start < 0) throw new Error(`not in the text: ${t}`);
      from = start + t.length;
      return make(t, start, rest);
    });
  };
  const f = place<FigureMention>(figures, (t, start, [kind, unit, value]) => ({
    text: t,
    kind: kind as FigureKind,
    value: (value as number | undefined) ?? 2,
    ...(unit ? { unit: unit as string } : {}),
    start,
    end: start + t.length,
  }));
  const e = place<EntityMention>(names, (t, start, [type, name]) => ({
    text: t,
    type: type as EntityType,
    start,
    end: start + t.length,
    name: (name as string | undefined) ?? t,
  }));
  return measureFigures(text, splitSentences(text), f, e);
}
