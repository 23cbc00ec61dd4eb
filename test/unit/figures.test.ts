import { describe, expect, it } from 'vitest';
import { recognizeFigures, recognizeUnitNames } from '../../src/core/recognize/figures';
import type { FigureMention } from '../../src/core/types';

/** The one figure the phrase should yield, checked for offsets as well. */
function only(text: string): FigureMention {
  const figs = recognizeFigures(text);
  expect(
    figs.map((f) => f.text),
    text,
  ).toHaveLength(1);
  const f = figs[0]!;
  expect(text.slice(f.start, f.end)).toBe(f.text);
  return f;
}

function expectFigure(text: string, span: string, kind: string, value: number | string, unit?: string, valueMax?: number | string) {
  const f = only(text);
  expect(f.text).toBe(span);
  expect(f.kind).toBe(kind);
  if (typeof value === 'number') expect(f.value as number).toBeCloseTo(value, 6);
  else expect(f.value).toBe(value);
  expect(f.unit).toBe(unit);
  if (valueMax === undefined) expect(f.valueMax).toBeUndefined();
  else if (typeof valueMax === 'number') expect(f.valueMax as number).toBeCloseTo(valueMax, 6);
  else expect(f.valueMax).toBe(valueMax);
}

describe('money', () => {
  it.each([
    ['The deal is worth $10 billion.', '$10 billion', 10e9, 'USD'],
    ['SSE will invest £8.2bn in the grid.', '£8.2bn', 8.2e9, 'GBP'],
    ['a fund of €5 billion', '€5 billion', 5e9, 'EUR'],
    ['It lost $449m last year.', '$449m', 449e6, 'USD'],
    ['shares at US$3.5 each', 'US$3.5', 3.5, 'USD'],
    ['a budget of 1.2 trillion yen', '1.2 trillion yen', 1.2e12, 'JPY'],
    ['sold for C$16.4 million', 'C$16.4 million', 16.4e6, 'CAD'],
    ['about 100 billion yuan', '100 billion yuan', 100e9, 'CNY'],
    ['a loan of Rs 500 crore', 'Rs 500 crore', 5e9, 'INR'],
    ['it rose 50 cents', '50 cents', 0.5, 'USD'],
    ['paid 125 million australian dollars', '125 million australian dollars', 125e6, 'AUD'],
    ['it cost 3 dollars 50 cents', '3 dollars 50 cents', 3.5, 'USD'],
    ['operating profit of 361 million pounds', '361 million pounds', 361e6, 'GBP'],
  ])('%s', (text, span, value, unit) => expectFigure(text, span, 'money', value, unit));

  it('prices a unit: £113 per megawatt hour', () => {
    expectFigure('a strike price of £113 per megawatt hour', '£113 per megawatt hour', 'money', 113, 'GBP/MWh');
  });

  it('does not treat "a share" or "a year earlier" as a priced unit', () => {
    expectFigure('valued at $98 a share', '$98', 'money', 98, 'USD');
    expectFigure('from $1.17 billion a year earlier', '$1.17 billion', 'money', 1.17e9, 'USD');
  });

  it('reads a range with the scale on the second number: $5-7 billion', () => {
    expectFigure('costs of $5-7 billion', '$5-7 billion', 'money', 5e9, 'USD', 7e9);
  });

  it('reads hundreds of billions of dollars as a range: 100 to 999 billion', () => {
    expectFigure('hundreds of billions of dollars', 'hundreds of billions of dollars', 'money', 1e11, 'USD', 999e9);
  });
});

describe('percent', () => {
  it.each([
    ['Some 94% agreed', '94%', 94, '%'],
    ['up 15 per cent on the year', '15 per cent', 15, '%'],
    ['a rise of 88 percent', '88 percent', 88, '%'],
    ['rates rose 2 percentage points', '2 percentage points', 2, 'pp'],
    ['a cut of 25 basis points', '25 basis points', 25, 'bp'],
    ['twenty percent of voters', 'twenty percent', 20, '%'],
  ])('%s', (text, span, value, unit) => expectFigure(text, span, 'percent', value, unit));

  it('reads between 10 and 20 per cent as a range', () => {
    expectFigure('between 10 and 20 per cent', '10 and 20 per cent', 'percent', 10, '%', 20);
  });
});

describe('counts', () => {
  it.each([
    ['It has 20 million users.', '20 million', 20e6],
    ['some 2,200 people', '2,200', 2200],

    ['three companies bid', 'three', 3],
    ['a dozen engineers', 'a dozen', 12],
    ['one hundred and six votes', 'one hundred and six', 106],
    ['twenty-one trillion', 'twenty-one trillion', 21e12],
    ['half a million people', 'half a million', 5e5],
    ['1 234 567 residents', '1 234 567', 1234567],
  ])('%s', (text, span, value) => expectFigure(text, span, 'count', value));

  it('reads hundreds of billions as a range', () => {
    expectFigure('spending hundreds of billions on chips', 'hundreds of billions', 'count', 1e11, undefined, 999e9);
  });
});

describe('quantities', () => {
  it.each([
    ['a 2.4GW wind farm', '2.4GW', 2.4, 'GW'],
    ['120 kilometres away', '120 kilometres', 120, 'km'],
    ['built on a 4-nanometre process', '4-nanometre', 4, 'nm'],
    ['warming of 1.3C above', '1.3C', 1.3, '°C'],
    ['1.5 degrees Celsius', '1.5 degrees Celsius', 1.5, '°C'],
    ['30 tonnes of steel', '30 tonnes', 30, 't'],
    ['at 70 mph', '70 mph', 70, 'mph'],
    ['a 500MW plant', '500MW', 500, 'MW'],
    ['3,000 MWh of storage', '3,000 MWh', 3000, 'MWh'],
    ['costs 12 kWh', '12 kWh', 12, 'kWh'],
    ['weighs 40kg', '40kg', 40, 'kg'],
    ['12 miles north', '12 miles', 12, 'mi'],
    ['a 1,000 sq ft flat', '1,000 sq ft', 1000, 'sq ft'],
    ['660 square meters of land', '660 square meters', 660, 'm²'],
  ])('%s', (text, span, value, unit) => expectFigure(text, span, 'quantity', value, unit));

  it('reads 43 to 50 gigawatts as a range', () => {
    expectFigure('between 43 to 50 gigawatts', '43 to 50 gigawatts', 'quantity', 43, 'GW', 50);
  });

  it('keeps weight pounds apart from money pounds', () => {
    expectFigure('he lost 25 pounds', '25 pounds', 'quantity', 25, 'lb');
  });
});

describe('dates', () => {
  it.each([
    ['net zero by 2030', '2030', 2030, undefined],
    ['in March 2026 the plant', 'March 2026', '2026-03', undefined],
    ['results for fiscal 2026', 'fiscal 2026', 2026, undefined],
    ['FY2026 guidance', 'FY2026', 2026, undefined],
    ['on December 27 the board', 'December 27', '--12-27', undefined],
    ['on 27 December 2025 it', '27 December 2025', '2025-12-27', undefined],
    ['on Dec. 27, 2025 it', 'Dec. 27, 2025', '2025-12-27', undefined],
    ['in the 1990s', '1990s', 1990, 'decade'],
    ['on 2025-12-27', '2025-12-27', '2025-12-27', undefined],
  ])('%s', (text, span, value, unit) => expectFigure(text, span, 'date', value, unit));

  it('reads a span of years as a range', () => {
    expectFigure('the 2020-2025 plan', '2020-2025', 'date', 2020, undefined, 2025);
  });

  it('does not take "may" the verb for a month', () => {
    expect(recognizeFigures('prices may 5 times').some((f) => f.kind === 'date')).toBe(false);
  });
});

describe('durations', () => {
  it.each([
    ['over 10 years', '10 years', 10, 'year'],
    ['a 10-year deal', '10-year', 10, 'year'],
    ['three months later', 'three months', 3, 'month'],
    ['for two decades', 'two decades', 2, 'decade'],
    ['within 48 hours', '48 hours', 48, 'hour'],
    ['half an hour later', 'half an hour', 0.5, 'hour'],
  ])('%s', (text, span, value, unit) => expectFigure(text, span, 'duration', value, unit));
});

describe('fractions', () => {
  it.each([
    ['a third of voters', 'a third', 1 / 3],
    ['two-thirds of the market', 'two-thirds', 2 / 3],
    ['half of all staff', 'half', 0.5],
    ['3/4 of the way', '3/4', 0.75],
    ['more than half came', 'half', 0.5],
  ])('%s', (text, span, value) => expectFigure(text, span, 'fraction', value));

  it.each([
    ['one in five adults', 'one in five', 0.2],
    ['9 out of 10 doctors', '9 out of 10', 0.9],
  ])('%s', (text, span, value) => expectFigure(text, span, 'fraction', value));

  it('does not read "the other half" as a share', () => {
    expect(recognizeFigures('the other half of the team')).toEqual([]);
  });

  it('leaves ordinals alone: "a third term"', () => {
    expect(recognizeFigures('seeking a third term')).toEqual([]);
  });
});

describe('names and other numbers that are not figures', () => {
  it.each([
    'GPT-4 is here',
    'the H100 chip',
    'MAI-1 was trained',
    'the Hornsea 4 project',
    'after COVID-19 struck',
    'the iPhone 15 launch',
    'an A320 jet',
    'the F-35 programme',
    'Windows 11 users',
    'a 4K screen',
    'on 5G networks',
    'Section 230 of the act',
    'the Boeing 737 Max',
    'see No. 5 in the list',
    'at 2:30 pm today',
    'they won 3-1 at home',
    'one of the best',
    'no one came',
    'open 24/7',
  ])('%s', (text) => {
    expect(recognizeFigures(text)).toEqual([]);
  });

  it('reads 1080p as a resolution, not pence', () => {
    expect(recognizeFigures('it plays at 1080p')).toEqual([]);
    expectFigure('shares fell 12p', '12p', 'money', 0.12, 'GBP');
  });

  it('reads negative numbers but not hyphens inside names', () => {
    // A number with a fractional part counts nothing: a unitless quantity.
    expectFigure('a reading of -9.5 overnight', '-9.5', 'quantity', -9.5);
    expectFigure('it fell -5% on the day', '-5%', 'percent', -5, '%');
  });

  it('still reads figures after sentence-initial function words', () => {
    expectFigure('In 2020 prices fell', '2020', 'date', 2020);
    expectFigure('About 300 people came', '300', 'count', 300);
  });

  it('skips list numbering at the start of a line', () => {
    expect(recognizeFigures('1. Introduction\n2. Method')).toEqual([]);
  });
});

describe('output shape', () => {
  it('is sorted, non-overlapping, and each text is the slice at its offsets', () => {
    const text =
      'Microsoft said on Tuesday it would spend $80 billion in fiscal 2025, up 20% from a year earlier, ' +
      'building 2.4GW of data centres within 3 years; GPT-4 and H100 chips cost £25,000 each, two-thirds of it.';
    const figs = recognizeFigures(text);
    expect(figs.map((f) => f.text)).toEqual(['$80 billion', 'fiscal 2025', '20%', '2.4GW', '3 years', '£25,000', 'two-thirds']);
    for (let i = 0; i < figs.length; i++) {
      const f = figs[i]!;
      expect(text.slice(f.start, f.end)).toBe(f.text);
      if (i > 0) expect(f.start).toBeGreaterThanOrEqual(figs[i - 1]!.end);
    }
  });

  it('returns nothing for text without figures', () => {
    expect(recognizeFigures('The minister said the plan was sound.')).toEqual([]);
    expect(recognizeFigures('')).toEqual([]);
  });
});

describe('spoken and spec forms', () => {
  it.each([
    ['it only cost thirteen dollars forty five', 'thirteen dollars forty five', 13.45, 'USD'],
    ['It costs one dollar and one and one point of credit.', 'one dollar and one', 1.01, 'USD'],
    ['and me C$ 100 and fifty.', 'C$ 100 and fifty', 100.5, 'CAD'],
    ['pay back 100,000 ரூ next week', '100,000 ரூ', 100000, 'LKR'],
  ])('money: %s', (text, span, value, unit) => expectFigure(text, span, 'money', value, unit));

  it('does not take the end of a range or a count for cents', () => {
    expectFigure('between $5 and ten.', '$5 and ten', 'money', 5, 'USD', 10);
    expect(recognizeFigures('it raised $100 and fifty people came').map((f) => `${f.text}=${f.value}`)).toEqual(['$100=100', 'fifty=50']);
  });

  it.each([
    ['one hundred thirty-fifths', 100 / 35],
    ['one one hundred and fifth', 1 / 105],
    ['one hundred one thousand fifths', 100 / 1005],
    ['twenty and three and three fifths', 23.6],
    ['a twenty-first', 1 / 21],
    ['The answer is negative one over 20', -0.05],
    ['2000 over 3', 2000 / 3],
  ])('fraction: %s', (text, value) => {
    const f = only(text);
    expect(f.kind).toBe('fraction');
    expect(f.value as number).toBeCloseTo(value, 9);
  });

  it('keeps a whole number before "and" in a mixed number', () => {
    expect(only('one hundred and three quarters').value as number).toBeCloseTo(100.75, 9);
  });

  it('does not read ordinals or measured divisions as fractions', () => {
    expect(recognizeFigures('in the twenty-first century')).toEqual([]);
    expect(recognizeFigures('a twenty-first birthday')).toEqual([]);
    expect(recognizeFigures('one hundred twenty seconds').map((f) => f.kind)).toEqual(['duration']);
    expect(recognizeFigures('won 3 over 2 rounds').map((f) => f.kind)).not.toContain('fraction');
  });

  it.each([
    [' 2.33 k', '2.33 k', 2330],
    ['1,674,200.5 M', '1,674,200.5 M', 1674200500000],
    ['1,674.5 G', '1,674.5 G', 1674.5e9],
    ['- 10  k', '- 10  k', -10000],
  ])('count: %j', (text, span, value) => expectFigure(text, span, 'count', value));

  it('reads a spaced sign before a mixed number, a quantity (not a whole count)', () => {
    expectFigure('- 1 4/5', '- 1 4/5', 'quantity', -1.8);
  });

  it('reads a spaced scale letter or a spaced sign only where nothing else can claim it', () => {
    expect(recognizeFigures('10 M people').map((f) => f.text)).toEqual(['10']);
    expect(recognizeFigures('on 5 G.').map((f) => f.value)).toEqual([5]);
    expect(recognizeFigures('killing 30,000–40,000 Māori').map((f) => f.valueMax)).toEqual([40000]);
    expect(recognizeFigures('the score went 5 - 10 today').some((f) => (f.value as number) < 0)).toBe(false);
  });

  it('reads an inch mark, but not a closing quote', () => {
    expectFigure('He has a pen that is 10 " long.', '10 "', 'quantity', 10, 'in');
    expect(recognizeFigures('the "Top 10" list').map((f) => f.kind)).toEqual(['count']);
    expect(recognizeFigures('{"ETag":"1382694048000", "x"}').map((f) => f.kind)).toEqual(['count']);
  });

  it('reads picometres', () => {
    expectFigure('He said 2 picometer', '2 picometer', 'quantity', 2, 'pm');
  });
});

describe('news forms that are not figures', () => {
  it.each([
    'a one-two punch',
    'whales on Ninety Mile Beach',
    'IS THE NINE NETWORK EDITOR',
    'as of version 1.8.3 the packets',
    'ran afoul of Bush in ’91.',
    'roots in the 19 th century',
    'an Intel Core i7 4790k CPU',
  ])('%s', (text) => {
    expect(recognizeFigures(text)).toEqual([]);
  });

  it('reads a size as two counts, not two years', () => {
    expect(recognizeFigures('a resolution of 1800 x 1920 per eye').map((f) => f.kind)).toEqual(['count', 'count']);
  });

  it('still reads a capitalised number that starts a sentence', () => {
    expectFigure('Five Things We Learned', 'Five', 'count', 5);
  });
});

describe('bare unit names (marked as units, not figures)', () => {
  it('marks bare unit names outside figures only', () => {
    const text = '50 dollar rmb; a metric ton is mcg, but the team won.';
    const names = recognizeUnitNames(text);
    expect(names.map((n) => [n.text, n.measure, n.unit])).toEqual([
      ['rmb', 'money', 'CNY'],
      ['metric ton', 'quantity', 't'],
      ['mcg', 'quantity', 'µg'],
    ]);
    for (const n of names) expect(text.slice(n.start, n.end)).toBe(n.text);
  });

  it('is not part of recognizeFigures', () => {
    expect(recognizeFigures('the dollar fell')).toEqual([]);
  });

  it('leaves out codes that are mostly words or names, and capitalised unit words in names', () => {
    const text = 'Written in PHP, paid in USD at Dollar General and Mile End, by the mile.';
    expect(recognizeUnitNames(text).map((n) => n.text)).toEqual(['USD', 'mile']);
  });
});

describe('bare unit names in prose', () => {
  const units = (text: string) => recognizeUnitNames(text).map((n) => [n.text, n.unit]);

  it('takes in a qualifier that names the currency', () => {
    expect(units('The currency is the New Zealand dollar; it cost us dollars.')).toEqual([
      ['New Zealand dollar', 'NZD'],
      ['dollars', 'USD'],
    ]);
  });

  it('leaves figures of speech and names alone', () => {
    expect(units('It won by a mile, with tons of ice, byte-for-byte and byte for byte, at Acme Bucket of Bytes.')).toEqual([]);
    expect(units('Miles away, she counted in miles.')).toEqual([
      ['Miles', 'mi'],
      ['miles', 'mi'],
    ]);
  });
});

describe('picometres against times', () => {
  it('reads "2 pm" as a time, and skips it', () => {
    expect(recognizeFigures('The vote is at 2 pm on Tuesday.').filter((f) => f.unit === 'pm')).toEqual([]);
  });

  it('reads "2 pm" as picometres where the text talks about picometres', () => {
    const text = 'The bond is 74 picometres long; a 2 pm shift in it matters.';
    const pm = recognizeFigures(text)
      .filter((f) => f.unit === 'pm')
      .map((f) => [f.text, f.value]);
    expect(pm).toEqual([
      ['74 picometres', 74],
      ['2 pm', 2],
    ]);
  });

  it('still reads "11.30pm" as a time in such a text', () => {
    expect(recognizeFigures('Picometre scales aside, the lab closed at 11.30pm.').filter((f) => f.unit === 'pm')).toEqual([]);
  });
});
