// A sum the article repeats without saying again what it is measures what it measured the first time
// (issue 9, point 3: "the card is never empty"). Short texts written for these tests.
import { describe, expect, test } from 'vitest';
import { read } from './measure-read';

describe('a repeated sum keeps its measure', () => {
  test('a quote repeating a price, to the pound', () => {
    const text = 'The projects will be paid a strike price of £84.60 per MWh. "At £85 the numbers work," she said.';
    const m = read(text, [
      ['£84.60 per MWh', 'money', 'GBP/MWh', 84.6],
      ['£85', 'money', 'GBP', 85],
    ]);
    expect(m[0]!.measure).toBe('price per MWh');
    expect(m[1]!.measure).toBe('price per MWh');
  });

  test('another sum, or a bare count, is not a repeat', () => {
    const text =
      'The projects will be paid a strike price of £84.60 per MWh. "At £95 they would not," she said. Orbis hired 20 engineers. The 20 were happy.';
    const m = read(text, [
      ['£84.60 per MWh', 'money', 'GBP/MWh', 84.6],
      ['£95', 'money', 'GBP', 95],
      ['20', 'count', undefined, 20],
      ['20', 'count', undefined, 20],
    ]);
    expect(m[1]!.measure).toBeNull();
    expect(m[2]!.measure).toBe('engineers');
    expect(m[3]!.measure).toBeNull();
  });
});
