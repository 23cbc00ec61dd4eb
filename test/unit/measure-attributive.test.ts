// A figure before a noun says what it counts by that noun ("a $4 billion investment"), after an article
// or after a possessive ("the company's £8.3bn budget", "its $2bn buyback") (issue 9, point 3).
// Short texts written for these tests.
import { describe, expect, test } from 'vitest';
import { read } from './measure-read';

describe('a figure that qualifies the noun after it', () => {
  test('after a possessive or a possessive determiner', () => {
    const text = "The stake will be paid from the company's £8.3bn budget. Orbis said its $2bn buyback would end.";
    const m = read(
      text,
      [
        ['£8.3bn', 'money', 'GBP'],
        ['$2bn', 'money', 'USD'],
      ],
      [['Orbis', 'organization']],
    );
    expect(m.map((x) => x.measure)).toEqual(['budget', 'buyback']);
  });

  test('a figure standing as a subject keeps the verb after it out of its measure', () => {
    const text = 'The $1.5 billion went to schools. Of the £40m, its £12m went to roads.';
    const m = read(text, [
      ['$1.5 billion', 'money', 'USD'],
      ['£40m', 'money', 'GBP'],
      ['£12m', 'money', 'GBP'],
    ]);
    expect(m.map((x) => x.measure)).not.toContain('went');
  });
});
