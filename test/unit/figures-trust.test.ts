// Figures a reader can trust (issue 9): approximate amounts are ranges, tolerances are not negative,
// a change and a level are two figures, an age is not a span of time, prices keep their unit and rates
// per period do not, and a number with decimals counts nothing.
import { describe, expect, it } from 'vitest';
import { recognizeFigures } from '../../src/core/recognize/figures';
import type { FigureMention } from '../../src/core/types';

/** The figures of a text, as [text, kind, value, valueMax?, unit?] for short expectations. */
function read(text: string): (string | number | undefined)[][] {
  return recognizeFigures(text).map((f: FigureMention) => {
    expect(text.slice(f.start, f.end)).toBe(f.text);
    const row: (string | number | undefined)[] = [f.text, f.kind, f.value];
    if (f.valueMax !== undefined || f.unit !== undefined) row.push(f.valueMax);
    if (f.unit !== undefined) row.push(f.unit);
    return row;
  });
}

describe('plural scales are ranges, not one number', () => {
  it.each([
    ['Governments may spend hundreds of billions of dollars on roads.', 'hundreds of billions of dollars', 'money', 100e9, 999e9, 'USD'],
    ['The project cost tens of millions of euros.', 'tens of millions of euros', 'money', 10e6, 99e6, 'EUR'],
    ['Tens of thousands of people marched.', 'Tens of thousands', 'count', 10e3, 99e3, undefined],
    ['Dozens of flights were cancelled.', 'Dozens', 'count', 12, 99, undefined],
    ['Thousands of fans sang.', 'Thousands', 'count', 1e3, 9999, undefined],
    ['The rocks formed millions of years ago.', 'millions of years', 'duration', 1e6, 1e7 - 1, 'year'],
    ['Lorries carried thousands of tonnes of grain.', 'thousands of tonnes', 'quantity', 1e3, 9999, 't'],
  ])('%s', (text, span, kind, value, valueMax, unit) => {
    expect(read(text)).toEqual([[span, kind, value, valueMax, ...(unit ? [unit] : [])]]);
  });

  it('does not join a plural scale into a longer range', () => {
    expect(read('between tens of thousands and hundreds of thousands of homes')).toEqual([
      ['tens of thousands', 'count', 10e3, 99e3],
      ['hundreds of thousands', 'count', 100e3, 999e3],
    ]);
  });

  it('does not read a symbol after "of" as the unit ("hundreds of m")', () => {
    expect(read('hundreds of mg of salt')).toEqual([['hundreds', 'count', 100, 999]]);
  });
});

describe('a tolerance is one positive figure, never a negative one', () => {
  it.each([
    ['The poll has a margin of error of plus or minus 3%.', 'plus or minus 3%', 'percent', 3, '%'],
    ['Support is 41%, ±2%.', '±2%', 'percent', 2, '%'],
    ['Growth was put at 1.8%, ± 0.3 percentage points.', '± 0.3 percentage points', 'percent', 0.3, 'pp'],
    ['Accuracy is +/-0.5% across the range.', '+/-0.5%', 'percent', 0.5, '%'],
    ['Bills will rise by £40, plus or minus £5.', 'plus or minus £5', 'money', 5, 'GBP'],
    ['The reading is 12 mm, plus/minus 2 mm.', 'plus/minus 2 mm', 'quantity', 2, 'mm'],
  ])('%s', (text, span, kind, value, unit) => {
    const tol = read(text).find((row) => row[0] === span);
    expect(tol).toEqual([span, kind, value, undefined, unit]);
  });

  it('keeps a tolerance without a unit positive', () => {
    expect(read('The estimate is 40, plus or minus 5.')).toEqual([
      ['40', 'count', 40],
      ['plus or minus 5', 'count', 5],
    ]);
  });

  it('still reads a minus on its own as a sign', () => {
    expect(read('Overnight it fell to minus 3%.')).toEqual([['minus 3%', 'percent', -3, undefined, '%']]);
  });
});

describe('a range joins two values of one kind and unit', () => {
  it('reads a change and a level as two figures', () => {
    expect(read('The index rose 2.4% to 1,093.20 on Monday.')).toEqual([
      ['2.4%', 'percent', 2.4, undefined, '%'],
      ['1,093.20', 'quantity', 1093.2],
    ]);
    expect(read('The benchmark gained 15% to 980 points.')[0]).toEqual(['15%', 'percent', 15, undefined, '%']);
  });

  it('still shares a unit written once from where it stands', () => {
    expect(read('costs of €2-3 billion')).toEqual([['€2-3 billion', 'money', 2e9, 3e9, 'EUR']]);
    expect(read('output may grow 4 to 6%')).toEqual([['4 to 6%', 'percent', 4, 6, '%']]);
    expect(read('between 2 and 3 million pounds')).toEqual([['2 and 3 million pounds', 'money', 2e6, 3e6, 'GBP']]);
  });

  it('gives the first number the scale said once on the second', () => {
    expect(read('some 3 to 4 million voters')).toEqual([['3 to 4 million', 'count', 3e6, 4e6]]);
    expect(read('between 1.25 and 1.5 billion riders')).toEqual([['1.25 and 1.5 billion', 'count', 1.25e9, 1.5e9]]);
    expect(read('from 800 to 1.1 million').map((r) => r[0])).toEqual(['800', '1.1 million']);
  });

  it('does not carry a suffix unit forward onto a bare number', () => {
    expect(read('a temperature of 12°C to 40 overnight').map((r) => r[0])).toEqual(['12°C', '40']);
  });
});

describe('an age is not a duration', () => {
  it.each([
    'The 31-year-old goalkeeper signed on Friday.',
    'She is 67 years old.',
    'A six-month-old puppy was found.',
    'Voting opens to 16-year-olds.',
  ])('%s', (text) => {
    expect(read(text)).toEqual([]);
  });

  it('still reads a hyphenated span of time', () => {
    expect(read('a 15-year lease')).toEqual([['15-year', 'duration', 15, undefined, 'year']]);
  });
});

describe('prices per unit and rates per period', () => {
  it.each([
    ['Power was sold at £92 per MWh.', '£92 per MWh', 92, 'GBP/MWh'],
    ['Homes pay $0.31 per kilowatt-hour.', '$0.31 per kilowatt-hour', 0.31, 'USD/kWh'],
    ['Carbon permits cost €70 a tonne.', '€70 a tonne', 70, 'EUR/t'],
    ['Crude settled at $64 a barrel.', '$64 a barrel', 64, 'USD/bbl'],
    ['Diesel costs 150p a litre.', '150p a litre', 1.5, 'GBP/L'],
    ['Silver traded at $31/oz.', '$31/oz', 31, 'USD/oz'],
  ])('%s', (text, span, value, unit) => {
    expect(read(text)).toEqual([[span, 'money', value, undefined, unit]]);
  });

  it('leaves the period of a rate to the measure, however it is written', () => {
    expect(read('Nurses earn $40 per hour, or $40 an hour.')).toEqual([
      ['$40', 'money', 40, undefined, 'USD'],
      ['$40', 'money', 40, undefined, 'USD'],
    ]);
    expect(read('a salary of £900 per week')).toEqual([['£900', 'money', 900, undefined, 'GBP']]);
  });
});

describe('a number with decimals counts nothing', () => {
  it('reads a bare decimal as a unitless quantity, a whole number as a count', () => {
    expect(read('The gauge read 7.25 and then 8 again.')).toEqual([
      ['7.25', 'quantity', 7.25],
      ['8', 'count', 8],
    ]);
  });

  it('keeps scaled amounts that are whole numbers counts', () => {
    expect(read('The app has 2.5 million users.')).toEqual([['2.5 million', 'count', 2.5e6]]);
  });

  it('reads a range with a decimal bound as a quantity', () => {
    expect(read('scores from 1.5 to 3 were recorded')[0]?.[1]).toBe('quantity');
  });
});
