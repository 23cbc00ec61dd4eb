import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { corpusRoot } from '../../scripts/lib/corpus-root.mjs';
import { describe, expect, test } from 'vitest';
import { dropFiguresInsideNames, recognize, recognizeChunked } from '../../src/core/recognize/index';

const PAGES = join(corpusRoot, 'readability-test-pages');

describe('recognition facade', () => {
  test('a figure inside a name belongs to the name', () => {
    const r = recognize('OpenAI released GPT-4 in March 2023 and sold 20 million subscriptions.');
    const names = r.entities.map((e) => e.text);
    expect(names).toContain('GPT-4');
    expect(r.figures.some((f) => f.text.includes('4') && f.start >= 16 && f.end <= 21)).toBe(false);
    expect(r.figures.map((f) => f.text)).toContain('20 million');
  });

  test('dropFiguresInsideNames keeps figures outside every name', () => {
    const fig = (start: number, end: number) => ({ text: 'x', kind: 'count' as const, value: 1, start, end });
    const ent = (start: number, end: number) => ({ text: 'y', type: 'product' as const, name: 'y', start, end });
    expect(dropFiguresInsideNames([fig(0, 2), fig(5, 7), fig(10, 12)], [ent(4, 8)]).map((f) => f.start)).toEqual([0, 10]);
    expect(dropFiguresInsideNames([fig(3, 5)], [ent(4, 8)])).toEqual([]);
  });

  test('sliced recognition gives exactly what one-shot recognition gives', async () => {
    // A long real article text (the largest expected.html, tags stripped), so several slices are used.
    const dirs = readdirSync(PAGES).filter((d) => !d.includes('.'));
    let text = '';
    for (const d of dirs) {
      try {
        const t = readFileSync(join(PAGES, d, 'expected.html'), 'utf8').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
        if (t.length > text.length && t.length < 80_000) text = t;
      } catch {
        // folders without an expected.html
      }
    }
    expect(text.length).toBeGreaterThan(30_000);
    expect(await recognizeChunked(text)).toEqual(recognize(text));
  });
});
