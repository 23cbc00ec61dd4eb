// A tolerance says how far off the estimate before it may be (issue 9, point 3): its card calls it a margin
// of error, and it is the estimate's owner's, not whoever its clause names. Short texts written for these tests.
import { describe, expect, test } from 'vitest';
import { measureFigures } from '../../src/core/measure';
import { recognize } from '../../src/core/recognize';
import { splitSentences } from '../../src/core/sentences';
import { read } from './measure-read';

describe('a tolerance is the margin of the estimate before it', () => {
  test("it is named a margin of error, and is the estimate's owner's", () => {
    const text = 'Analysts expect Orbis to earn $2bn next year, plus or minus $300m.';
    const m = read(
      text,
      [
        ['$2bn', 'money', 'USD'],
        ['plus or minus $300m', 'money', 'USD'],
      ],
      [['Orbis', 'organization']],
    );
    expect(m[0]!.about).toBe('Orbis');
    expect(m[1]).toMatchObject({ measure: 'margin of error', about: 'Orbis' });
  });

  test("a range's tolerance keeps the range's owner", () => {
    const text = 'Lena Marsh estimates that the levy will add £9 to £12 a year to the average bill, plus or minus £3.';
    const m = read(
      text,
      [
        ['£9 to £12', 'money', 'GBP'],
        ['plus or minus £3', 'money', 'GBP'],
      ],
      [['Lena Marsh', 'person']],
    );
    expect(m[1]).toMatchObject({ measure: 'margin of error', about: m[0]!.about });
  });

  test('every written form of the sign, as the recognizer reads it, and no other figure', () => {
    const text = 'Turnout was 64%, ±2%. Support was 41% +/- 3%, and costs were $5 plus-minus $1. Shares fell 3%.';
    const { figures, entities } = recognize(text);
    const m = measureFigures(text, splitSentences(text), figures, entities);
    const byText = new Map(figures.map((f, i) => [f.text, m[i]!.measure]));
    for (const t of ['±2%', '+/- 3%', 'plus-minus $1']) expect(byText.get(t)).toBe('margin of error');
    for (const t of ['64%', '41%', '$5', '3%']) expect(byText.get(t)).not.toBe('margin of error');
  });
});
