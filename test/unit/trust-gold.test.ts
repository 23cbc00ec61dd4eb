// The trust pages' gold (test/fixtures/trust/*.json) is well-formed: every span quotes its text,
// spans do not overlap, kinds and types are the ones Gloss uses, and each comparison pair names real
// figures whose measures agree (wanted) or differ (forbidden). The scores themselves are
// scripts/eval-trust.mjs's business; this only guards the gold against a slip when it is edited.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES, FIGURE_KINDS } from '../../src/core/types';

interface Span {
  text: string;
  start: number;
  end: number;
}
interface TrustGold {
  source: string;
  text: string;
  entities: (Span & { type: string; name: string })[];
  figures: (Span & { kind: string; measure: string | null; measureKey: string | null; accept: string[]; about: string | null })[];
  notFigures?: (Span & { why: string })[];
  comparisons: { wanted: [number, number][]; forbidden: [number, number][] };
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DIR = join(ROOT, 'test/fixtures/trust');
const pages = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => [f, JSON.parse(readFileSync(join(DIR, f), 'utf8')) as TrustGold] as const);

function expectQuotesAndNoOverlap(label: string, text: string, spans: Span[]): void {
  for (const s of spans) {
    expect(Number.isInteger(s.start) && s.start >= 0 && s.end > s.start, `${label} ${s.text} offsets`).toBe(true);
    expect(text.slice(s.start, s.end), `${label} at ${s.start}`).toBe(s.text);
  }
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) {
    expect(sorted[i]!.start, `${label}: "${sorted[i - 1]!.text}" overlaps "${sorted[i]!.text}"`).toBeGreaterThanOrEqual(sorted[i - 1]!.end);
  }
}

describe('trust pages gold', () => {
  it('has six pages, each with its HTML source', () => {
    expect(pages.length).toBe(6);
    for (const [file, gold] of pages) {
      expect(gold.source, file).toBe(`test/fixtures/trust/${file.replace(/\.json$/, '.html')}`);
      expect(existsSync(join(ROOT, gold.source)), gold.source).toBe(true);
    }
  });

  describe.each(pages)('%s', (_file, gold) => {
    it('entities quote the text, do not overlap, and have a valid type and a group name', () => {
      expectQuotesAndNoOverlap('entity', gold.text, gold.entities);
      for (const e of gold.entities) {
        expect(ENTITY_TYPES, e.text).toContain(e.type);
        expect(e.name.length, e.text).toBeGreaterThan(0);
        // The possessive is never part of a name ("Amazon", not "Amazon's").
        expect(e.text.endsWith("'s"), e.text).toBe(false);
      }
    });

    it('figures quote the text, do not overlap, and have a valid kind; a measure key comes with a measure', () => {
      expectQuotesAndNoOverlap('figure', gold.text, gold.figures);
      const groupNames = new Set(gold.entities.map((e) => e.name));
      for (const f of gold.figures) {
        expect(FIGURE_KINDS, f.text).toContain(f.kind);
        expect(Array.isArray(f.accept), f.text).toBe(true);
        if (f.measureKey !== null) expect(f.measure, `${f.text} has a measure key but no measure`).toBeTruthy();
        // "about" names an entity of the page by its group name.
        if (f.about !== null) expect(groupNames, `${f.text} is about ${f.about}`).toContain(f.about);
      }
    });

    it('not-figures quote the text', () => {
      for (const n of gold.notFigures ?? []) {
        expect(gold.text.slice(n.start, n.end)).toBe(n.text);
        expect(n.why.length).toBeGreaterThan(0);
      }
    });

    it('wanted comparisons share a measure key and forbidden ones do not', () => {
      const key = (i: number): string | null => {
        expect(Number.isInteger(i) && i >= 0 && i < gold.figures.length, `figure index ${i}`).toBe(true);
        return gold.figures[i]!.measureKey;
      };
      for (const [a, b] of gold.comparisons.wanted) {
        expect(a).not.toBe(b);
        expect(key(a), `wanted ${gold.figures[a]!.text} ~ ${gold.figures[b]!.text}`).not.toBeNull();
        expect(key(a)).toBe(key(b));
      }
      for (const [a, b] of gold.comparisons.forbidden) {
        expect(key(a), `forbidden ${gold.figures[a]!.text} ~ ${gold.figures[b]!.text}`).not.toBe(key(b));
      }
    });
  });
});
