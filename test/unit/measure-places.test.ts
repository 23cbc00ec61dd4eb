// A country or city that acts in its clause is whose the figure is (issue 9, point 3: "whose it is when the
// sentence says so"); a place that only says where is not. Short texts written for these tests.
import { describe, expect, test } from 'vitest';
import { read } from './measure-read';

describe('a place that acts owns its figures', () => {
  test('a place as the subject of a past verb or an auxiliary', () => {
    const text =
      'Hungary secured a promise that €10 billion of its frozen funds would be reviewed. Berlin would spend €86 billion on defence.';
    const m = read(
      text,
      [
        ['€10 billion', 'money', 'EUR'],
        ['€86 billion', 'money', 'EUR'],
      ],
      [
        ['Hungary', 'place'],
        ['Berlin', 'place'],
      ],
    );
    expect(m.map((x) => x.about)).toEqual(['Hungary', 'Berlin']);
  });

  test('a place with a relative clause about it', () => {
    const text = 'Germany, which exempted defence spending above 1% of GDP from its debt brake, is not expected to borrow.';
    const m = read(text, [['1%', 'percent', '%']], [['Germany', 'place']]);
    expect(m[0]!.about).toBe('Germany');
  });

  test('a place that says where, or qualifies a noun, owns nothing', () => {
    const text = 'Tokyo shares fell 2% on Monday. In Frankfurt, prices rose 3%. Paris, the capital, drew 9 million visitors.';
    const m = read(
      text,
      [
        ['2%', 'percent', '%'],
        ['3%', 'percent', '%'],
        ['9 million', 'count'],
      ],
      [
        ['Tokyo', 'place'],
        ['Frankfurt', 'place'],
        ['Paris', 'place'],
      ],
    );
    expect(m.map((x) => x.about)).toEqual([null, null, null]);
  });
});
