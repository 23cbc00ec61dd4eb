// What a figure counts, on short news-like texts written for these tests (not the trust pages): tables,
// captions, levels reached, linking and valuing verbs, ages, periods, ellipsis (issue 9, points 3 and 4).
import { describe, expect, test } from 'vitest';
import { analyze, cardFor } from '../../src/core/cards';
import { recognize } from '../../src/core/recognize';
import type { EntityType, FigureCard } from '../../src/core/types';
import { read, type FigureSpec } from './measure-read';

describe('tables', () => {
  const text = [
    'Supermarkets report',
    '',
    'Grocer',
    'Sales in the year',
    'Operating margin',
    'Kestrel Foods',
    '£41bn',
    '4.1%',
    'Marlow Stores',
    '£29bn',
    '3.2%',
    'Pennant',
    '£12bn',
    '2.6%',
  ].join('\n');
  const figures: FigureSpec[] = [
    ['£41bn', 'money', 'GBP'],
    ['4.1%', 'percent'],
    ['£29bn', 'money', 'GBP'],
    ['3.2%', 'percent'],
    ['£12bn', 'money', 'GBP'],
    ['2.6%', 'percent'],
  ];
  const names: [string, EntityType][] = [
    ['Kestrel Foods', 'organization'],
    ['Marlow Stores', 'organization'],
    ['Pennant', 'organization'],
  ];

  test("a cell counts what its column's header names, without the time the header gives, and is its row's", () => {
    const m = read(text, figures, names);
    expect(m.map((x) => x.measure)).toEqual(['sales', 'operating margin', 'sales', 'operating margin', 'sales', 'operating margin']);
    expect(m.map((x) => x.about)).toEqual(['Kestrel Foods', 'Kestrel Foods', 'Marlow Stores', 'Marlow Stores', 'Pennant', 'Pennant']);
    // One column, one key: sales compare with sales only.
    expect(new Set(m.filter((_, i) => i % 2 === 0).map((x) => x.key)).size).toBe(1);
    expect(m[0]!.key).not.toBe(m[1]!.key);
  });

  test('a block of lines that does not divide into a header and rows is not a table', () => {
    const lines = ['Kestrel Foods', '£41bn', 'Marlow Stores', 'up 3.2%', 'Pennant', 'Note', '£12bn'].join('\n');
    const m = read(lines, [
      ['£41bn', 'money', 'GBP'],
      ['3.2%', 'percent'],
      ['£12bn', 'money', 'GBP'],
    ]);
    expect(m.every((x) => x.measure === null)).toBe(true);
  });

  test('through the whole pipeline, a table cell is compared with the cells of its column only', () => {
    const a = analyze(text, recognize(text));
    const id = a.marks.find((mk) => text.slice(mk.start, mk.end) === '£41bn')!.id;
    const card = cardFor(a, id, []) as FigureCard;
    expect(card.measure).toBe('sales');
    expect(card.comparisons.map((c) => c.text).sort()).toEqual(['£12bn', '£29bn']);
  });
});

describe('captions and lists', () => {
  test("a caption's lead before its colon is the measure of the figures after it", () => {
    const text = 'Median rent after tax in 2024: Leeds £950, Bristol £1,400, Cardiff £900.';
    const m = read(
      text,
      [
        ['2024', 'date'],
        ['£950', 'money', 'GBP'],
        ['£1,400', 'money', 'GBP'],
        ['£900', 'money', 'GBP'],
      ],
      [
        ['Leeds', 'place'],
        ['Bristol', 'place'],
        ['Cardiff', 'place'],
      ],
    );
    expect(m.map((x) => x.measure)).toEqual([null, 'median rent after tax', 'median rent after tax', 'median rent after tax']);
  });

  test('a label before a colon that is a clause or a name says nothing', () => {
    const text = 'Officials said: 40 people were hurt. Reuters: 12 arrests.';
    const m = read(text, [
      ['40', 'count', undefined, 40],
      ['12', 'count', undefined, 12],
    ]);
    expect(m[0]!.measure).toBe('people');
    expect(m[1]!.measure).toBe('arrests');
  });
});

describe('levels, linking and valuing verbs', () => {
  test('the money level a change reached is the price of what changed; a bare level is a level', () => {
    const text = 'Shares in Orrin Mining fell 6% to 340p after the update. The Hang Seng climbed 2% to 19,870.';
    const m = read(
      text,
      [
        ['6%', 'percent'],
        ['340p', 'money', 'GBP'],
        ['2%', 'percent'],
        ['19,870', 'count', undefined, 19870],
      ],
      [
        ['Orrin Mining', 'organization'],
        ['Hang Seng', 'other'],
      ],
    );
    expect(m.map((x) => x.measure)).toEqual(['fall in shares', 'share price', 'climb', 'level']);
    // A change that reached a plain number is an index's: it compares with index moves only.
    expect([m[0]!.key, m[2]!.key]).toEqual(['change in share', 'change of index']);
  });

  test('a figure after a linking verb measures its subject, through a relative pronoun or an infinitive', () => {
    const text =
      'The pension deficit, which stood at £2.1bn in March, worried trustees. Forecasters expect the jobless rate to peak at 5.2% next spring. Mortgage rates that remain close to 6% have cooled demand.';
    const m = read(text, [
      ['£2.1bn', 'money', 'GBP'],
      ['5.2%', 'percent'],
      ['6%', 'percent'],
    ]);
    expect(m.map((x) => x.measure)).toEqual(['pension deficit', 'jobless rate', 'mortgage rates']);
  });

  test('a valuing verb puts its object at the figure', () => {
    const text = 'Traders put the odds of an emergency hike at 30%. The regulator capped the annual fee at £150.';
    const m = read(text, [
      ['30%', 'percent'],
      ['£150', 'money', 'GBP'],
    ]);
    expect(m.map((x) => x.measure)).toEqual(['odds of emergency hike', 'annual fee']);
  });

  test("an infinitive's bare subject is taken only when it is an acronym, not a verb before it", () => {
    const text = 'Halvorsen expects GNP to grow 1.4% and wages to rise 3%.';
    const m = read(
      text,
      [
        ['1.4%', 'percent'],
        ['3%', 'percent'],
      ],
      [['Halvorsen', 'person']],
    );
    expect(m[0]!.measure).toBe('growth in GNP');
  });
});

describe('ages, periods, parts and ellipsis', () => {
  test("a small number between commas after a person's name is an age", () => {
    const text = 'Ana Ferreira, 52, takes over in June. The firm, 30, is older.';
    const m = read(
      text,
      [
        ['52', 'count', undefined, 52],
        ['30', 'count', undefined, 30],
      ],
      [['Ana Ferreira', 'person']],
    );
    expect(m[0]!.measure).toBe('age');
    expect(m[1]!.measure).toBeNull();
  });

  test('a change over a stated period is another measure than the change of the day', () => {
    const text = 'The Nikkei has gained 14% since April. It rose 1.1% on Friday. Copper prices posted a gain of 20% over 12 months.';
    const m = read(
      text,
      [
        ['14%', 'percent'],
        ['April', 'date'],
        ['1.1%', 'percent'],
        ['Friday', 'date'],
        ['20%', 'percent'],
        ['12 months', 'duration'],
      ],
      [['Nikkei', 'other']],
    );
    expect(m[0]!.measure).toBe('gain since April');
    expect(m[2]!.measure).toBe('rise');
    expect(m[4]!.measure).toBe('gain over 12 months');
    expect(m[0]!.key).not.toBe(m[2]!.key);
  });

  test('a part "of" a whole counts what the whole counts', () => {
    const text = "The Greens won 9 of the assembly's 60 seats, and three of the mayoralties.";
    const m = read(text, [
      ['9', 'count', undefined, 9],
      ['60', 'count', undefined, 60],
      ['three', 'count', undefined, 3],
    ]);
    expect(m.map((x) => x.measure)).toEqual(['seats', 'seats', 'mayoralties']);
  });

  test('an elliptical figure keeps the measure across a date, a hedge and a long phrase before "compared with"', () => {
    const text =
      'Output rose from 40,000 vans in 2019 to about 55,000. Relapse struck 12% of patients on the new regimen during the three-year follow-up, the authors wrote, compared with 19% on standard care.';
    const m = read(text, [
      ['40,000', 'count', undefined, 40000],
      ['2019', 'date'],
      ['55,000', 'count', undefined, 55000],
      ['12%', 'percent'],
      ['three-year', 'duration'],
      ['19%', 'percent'],
    ]);
    expect(m[2]!.measure).toBe('vans');
    expect(m[3]!.measure).toBe('share of patients');
    expect(m[5]!.measure).toBe('share of patients');
  });

  test('an average "of" a figure counts what the figure before it counts; money "of its own money" says nothing more', () => {
    const text =
      'Some 3.1 billion barrels changed hands, above the 90-day average of 2.6 billion. The council will borrow £40m of its own money.';
    const m = read(text, [
      ['3.1 billion', 'count', undefined, 3.1e9],
      ['90-day', 'duration'],
      ['2.6 billion', 'count', undefined, 2.6e9],
      ['£40m', 'money', 'GBP'],
    ]);
    expect(m[2]!.measure).toBe('barrels');
    expect(m[3]!.measure).toBe('borrowing');
  });

  test('the thing a name possesses is the subject, and the name a subject is "of" is the owner', () => {
    const text = "Halden's Skyview headset sold 2 million units. Sales of the Orbis phone dropped 8% in May.";
    const m = read(
      text,
      [
        ['2 million', 'count', undefined, 2e6],
        ['8%', 'percent'],
        ['May', 'date'],
      ],
      [
        ['Halden', 'organization'],
        ['Skyview', 'product'],
        ['Orbis', 'product'],
      ],
    );
    expect(m[0]).toMatchObject({ measure: 'units', about: 'Skyview' });
    expect(m[1]).toMatchObject({ measure: 'drop in sales', about: 'Orbis' });
  });

  test('money per something is a price per it; a period makes it monthly or annual only when a verb says what the money is', () => {
    const text =
      'The app charges $4 per download. The clinic sells it for $260 a month. The lease is worth £9,000 a week. The fund took a 12% stake.';
    const m = read(text, [
      ['$4', 'money', 'USD'],
      ['$260', 'money', 'USD'],
      ['£9,000', 'money', 'GBP'],
      ['12%', 'percent'],
    ]);
    expect(m.map((x) => x.measure)).toEqual(['charge per download', 'monthly price', null, 'stake']);
  });

  test('a subject is read past its prepositional phrases; a comparative figure is a difference, not a level', () => {
    const text =
      'Planners expect demand for heat pumps in the north to reach 900,000 units a year. Spending on flood defences in coastal towns could reach £4bn. Solar panels could be 20% cheaper by 2030.';
    const m = read(text, [
      ['900,000', 'count', undefined, 9e5],
      ['£4bn', 'money', 'GBP'],
      ['20%', 'percent'],
      ['2030', 'date'],
    ]);
    expect(m[0]!.measure).toBe('units');
    expect(m[1]!.measure).toBe('spending');
    expect(m[2]!.measure).toBeNull();
  });

  test('a possessive inside the prepositional phrase of a subject leaves the subject its own', () => {
    const text = "Shares in Brennan's parent rose 3%. Brennan's revenue rose 5%.";
    const m = read(
      text,
      [
        ['3%', 'percent'],
        ['5%', 'percent'],
      ],
      [
        ['Brennan', 'organization'],
        ['Brennan', 'organization'],
      ],
    );
    expect(m[0]!.measure).toBe('rise in shares');
    expect(m[1]).toMatchObject({ measure: 'rise', about: 'Brennan' });
  });

  test('an elliptical figure keeps the owner of the figure it continues, unless it names its own', () => {
    const text = 'Helix, a streaming service, now has 40,000 subscribers, up from 25,000 in May, compared with 60,000 for Quorra.';
    const m = read(
      text,
      [
        ['40,000', 'count', undefined, 4e4],
        ['25,000', 'count', undefined, 2.5e4],
        ['May', 'date'],
        ['60,000', 'count', undefined, 6e4],
      ],
      [
        ['Helix', 'organization'],
        ['Quorra', 'organization'],
      ],
    );
    expect(m[1]).toMatchObject({ measure: 'subscribers', about: 'Helix' });
    expect(m[3]).toMatchObject({ measure: 'subscribers', about: 'Quorra' });
  });
});
