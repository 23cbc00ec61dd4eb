import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { corpusRoot } from '../../scripts/lib/corpus-root.mjs';
import { describe, expect, test } from 'vitest';
import { dropInsideFigures, dropInsideNames, recognize, recognizeChunked } from '../../src/core/recognize/index';

const PAGES = join(corpusRoot, 'readability-test-pages');

describe('recognition facade', () => {
  test('a figure inside a name belongs to the name', () => {
    const r = recognize('OpenAI released GPT-4 in March 2023 and sold 20 million subscriptions.');
    const names = r.entities.map((e) => e.text);
    expect(names).toContain('GPT-4');
    expect(r.figures.some((f) => f.text.includes('4') && f.start >= 16 && f.end <= 21)).toBe(false);
    expect(r.figures.map((f) => f.text)).toContain('20 million');
  });

  test('dropInsideNames keeps figures outside every name', () => {
    const fig = (start: number, end: number) => ({ text: 'x', kind: 'count' as const, value: 1, start, end });
    const ent = (start: number, end: number) => ({ text: 'y', type: 'product' as const, name: 'y', start, end });
    expect(dropInsideNames([fig(0, 2), fig(5, 7), fig(10, 12)], [ent(4, 8)]).map((f) => f.start)).toEqual([0, 10]);
    expect(dropInsideNames([fig(3, 5)], [ent(4, 8)])).toEqual([]);
  });

  test('a name wholly inside a longer figure belongs to the figure', () => {
    const fig = (start: number, end: number) => ({ start, end });
    const ent = (start: number, end: number) => ({ text: 'y', type: 'organization' as const, name: 'y', start, end });
    // Inside a figure: dropped. Same span, or reaching outside it: kept (the figure then yields to the name).
    expect(dropInsideFigures([ent(4, 6), ent(10, 14), ent(20, 30)], [fig(0, 8), fig(10, 14), fig(25, 35)]).map((e) => e.start)).toEqual([
      10, 20,
    ]);
    for (const text of ['That account revenue target is US$ 1MM', 'The size of this file is 100 MB']) {
      const r = recognize(text);
      expect(r.entities).toEqual([]);
      expect(r.figures).toHaveLength(1);
    }
  });

  test('a bare unit word is a unit mark, outside figures and names', () => {
    const text = 'The recommended dose is 400 mcg a day; labels in the US often say mcg. Dollar General sells it for a dollar.';
    const r = recognize(text);
    const units = r.units.map((u) => `${text.slice(u.start, u.end)}:${u.measure}:${u.unit}`);
    // "400 mcg" is a figure, so only the second "mcg" is a bare unit; "Dollar General" is a name part.
    expect(units).toEqual(['mcg:quantity:µg', 'dollar:money:USD']);
    expect(r.figures.map((f) => f.text)).toContain('400 mcg');
  });

  test('sliced recognition gives exactly what one-shot recognition gives', async () => {
    // A long real article text (the largest expected.html, tags stripped), so several slices are used.
    const dirs = readdirSync(PAGES).filter((d) => !d.includes('.'));
    let text = '';
    for (const d of dirs) {
      try {
        const t = readFileSync(join(PAGES, d, 'expected.html'), 'utf8')
          .replace(/<[^>]+>/g, ' ')
          .replace(/\s+/g, ' ');
        if (t.length > text.length && t.length < 80_000) text = t;
      } catch {
        // folders without an expected.html
      }
    }
    expect(text.length).toBeGreaterThan(30_000);
    expect(await recognizeChunked(text)).toEqual(recognize(text));
  });
});
