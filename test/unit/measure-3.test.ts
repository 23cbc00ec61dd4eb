// Bare changes compared only with their like (issue 9, point 4): an index's move is not a company's,
// when the article shows an owner to be an index. Short texts written for these tests.
import { describe, expect, test } from 'vitest';
import { read } from './measure-read';

describe('an index moves apart from the companies', () => {
  test('a name headed by an index noun: its bare change keys apart; companies still compare', () => {
    const text = 'The Dow Jones Transportation Average fell 1.4%, while Fedex fell 2.5% and Ryder Systems lost 0.8%.';
    const m = read(
      text,
      [
        ['1.4%', 'percent'],
        ['2.5%', 'percent'],
        ['0.8%', 'percent'],
      ],
      [
        ['Dow Jones Transportation Average', 'organization'],
        ['Fedex', 'organization'],
        ['Ryder Systems', 'organization'],
      ],
    );
    expect(m.map((x) => x.about)).toEqual(['Dow Jones Transportation Average', 'Fedex', 'Ryder Systems']);
    expect(m[0]!.key).not.toBe(m[1]!.key);
    expect(m[1]!.key).toBe(m[2]!.key);
  });

  test('"the X index" makes X an index in every sentence', () => {
    const text = 'Seoul shares had a strong week, and the Kospi index hit a high. On Friday the Kospi rose 2.3% and Samsung gained 4.5%.';
    const m = read(
      text,
      [
        ['2.3%', 'percent'],
        ['4.5%', 'percent'],
      ],
      [
        ['Kospi', 'organization'],
        ['Kospi', 'organization'],
        ['Samsung', 'organization'],
      ],
    );
    expect(m.map((x) => x.about)).toEqual(['Kospi', 'Samsung']);
    expect(m[0]!.key).not.toBe(m[1]!.key);
  });

  test('a change that reached a plain number is a level’s; one that reached money is a price’s', () => {
    const text = 'The Ibex 35 climbed 0.9% to 11,250.40 on Monday. Banco Ruiz rose 2.4% to €3.10. Ferrovia gained 1.6%.';
    const m = read(
      text,
      [
        ['0.9%', 'percent'],
        ['11,250.40', 'count', undefined, 11250.4],
        ['2.4%', 'percent'],
        ['€3.10', 'money', 'EUR'],
        ['1.6%', 'percent'],
      ],
      [
        ['Ibex 35', 'organization'],
        ['Banco Ruiz', 'organization'],
        ['Ferrovia', 'organization'],
      ],
    );
    expect(m[0]!.key).not.toBe(m[2]!.key);
    expect(m[2]!.key).toBe(m[4]!.key);
  });

  test('a table whose names column is headed "Index" makes its rows indexes, in the prose too', () => {
    const text = [
      'Markets in Asia',
      '',
      'Index',
      'Change',
      'Nikkei 225',
      '1.5%',
      'Hang Seng',
      '-0.8%',
      'Straits Times',
      '0.2%',
      '',
      'Sony rose 3.1% and Nikkei 225 rose 1.5%.',
    ].join('\n');
    const m = read(
      text,
      [
        ['1.5%', 'percent'],
        ['-0.8%', 'percent'],
        ['0.2%', 'percent'],
        ['3.1%', 'percent'],
        ['1.5%', 'percent'],
      ],
      [
        ['Nikkei 225', 'organization'],
        ['Hang Seng', 'organization'],
        ['Straits Times', 'organization'],
        ['Sony', 'organization'],
        ['Nikkei 225', 'organization'],
      ],
    );
    expect(new Set(m.slice(0, 3).map((x) => x.key)).size).toBe(1);
    expect(m[3]!.key).not.toBe(m[0]!.key);
    expect(m[4]!.key).toBe(m[0]!.key);
  });

  test('a table of companies and owners without evidence stay comparable', () => {
    const text = [
      'Retailers',
      '',
      'Company',
      'Change',
      'Kestrel Foods',
      '1.5%',
      'Marlow Stores',
      '-0.8%',
      'Pennant',
      '0.2%',
      '',
      'Meanwhile Harbour Cloud grew 19% and Orbis grew 28%.',
    ].join('\n');
    const m = read(
      text,
      [
        ['1.5%', 'percent'],
        ['-0.8%', 'percent'],
        ['0.2%', 'percent'],
        ['19%', 'percent'],
        ['28%', 'percent'],
      ],
      [
        ['Kestrel Foods', 'organization'],
        ['Marlow Stores', 'organization'],
        ['Pennant', 'organization'],
        ['Harbour Cloud', 'organization'],
        ['Orbis', 'organization'],
      ],
    );
    expect(m[3]!.key).toBe(m[4]!.key);
    expect(m[0]!.key).toBe(m[3]!.key);
  });

  test('"and" opens a clause of its own after a figure, not between two names', () => {
    const text = 'Orbis rose 2% and Kestrel gained 5%. In 2024 Marlow and Pennant each fell 3%.';
    const m = read(
      text,
      [
        ['2%', 'percent'],
        ['5%', 'percent'],
        ['2024', 'date'],
        ['3%', 'percent'],
      ],
      [
        ['Orbis', 'organization'],
        ['Kestrel', 'organization'],
        ['Marlow', 'organization'],
        ['Pennant', 'organization'],
      ],
    );
    expect(m.map((x) => x.about)).toEqual(['Orbis', 'Kestrel', null, 'Marlow']);
  });

  test('a verb after ", and" shares the reporting verb\'s subject, not a name in the reported clause', () => {
    const text =
      "Brokers at Halden Partners said the firm's Atlas engines had sold out, and raised their price target to $95 from $80. Orbis cut costs, and raised its forecast to $12 billion.";
    const m = read(
      text,
      [
        ['$95', 'money', 'USD'],
        ['$80', 'money', 'USD'],
        ['$12 billion', 'money', 'USD'],
      ],
      [
        ['Halden Partners', 'organization'],
        ['Atlas', 'product'],
        ['Orbis', 'organization'],
      ],
    );
    expect(m.map((x) => x.measure)).toEqual(['price target', 'price target', 'forecast']);
    expect(m.map((x) => x.about)).toEqual([null, null, 'Orbis']);
  });
});

describe('a capital opening a sentence', () => {
  const figures = (...list: string[]) => list.map((t) => [t, 'percent'] as [string, 'percent']);

  test("a word the article never writes in lower case, after another name's change, is a name", () => {
    const m = read('Orbis fell 3% on Monday. Zentrix lost 2%.', figures('3%', '2%'), [['Orbis', 'organization']]);
    expect(m[1]).toMatchObject({ measure: 'fall', about: 'Zentrix' });
    expect(m[1]!.key).toBe(m[0]!.key);
  });

  test('a word the article writes in lower case stays what changed', () => {
    const m = read('Orbis fell 3% on Monday. Zentrix lost 2%, and zentrix stocks are scarce.', figures('3%', '2%'), [
      ['Orbis', 'organization'],
    ]);
    expect(m[1]).toMatchObject({ measure: 'fall in zentrix', about: null });
  });

  test("without another name's change before it, a commodity stays what changed", () => {
    const m = read('Futures rose 3% on Monday. Zentrix lost 2%.', figures('3%', '2%'));
    expect(m[1]).toMatchObject({ measure: 'fall in zentrix', about: null });
  });
});

describe('forecasts', () => {
  test('the one who expects a figure is not its owner; an infinitive subject that is a name is', () => {
    const text = 'Hallam Bank expects inflation to fall to 2.1% next year. Brokers expect Orbis to earn $3 billion.';
    const m = read(
      text,
      [
        ['2.1%', 'percent'],
        ['$3 billion', 'money', 'USD'],
      ],
      [
        ['Hallam Bank', 'organization'],
        ['Orbis', 'organization'],
      ],
    );
    expect(m.map((x) => x.about)).toEqual([null, 'Orbis']);
  });
});

describe('shares in a name, and long valued objects', () => {
  test('"shares in X" are X\'s; "shares in X\'s parent" are not; an opening "In" is no subject', () => {
    const text = "Shares in Orbis rose 4% to $12.50. Shares in Kestrel's parent fell 2%. In the 2020 survey of Kestrel staff, 61% agreed.";
    const m = read(
      text,
      [
        ['4%', 'percent'],
        ['$12.50', 'money', 'USD'],
        ['2%', 'percent'],
        ['2020', 'date'],
        ['61%', 'percent'],
      ],
      [
        ['Orbis', 'organization'],
        ['Kestrel', 'organization'],
        ['Kestrel', 'organization'],
      ],
    );
    expect(m.map((x) => x.about)).toEqual(['Orbis', 'Orbis', null, null, null]);
  });

  test('a valuing verb reaches an object with a long phrase after it', () => {
    const text = "Dealers now put the odds of a half-point hike at the central bank's March policy meeting at 64%, up from 40%.";
    const m = read(text, [
      ['64%', 'percent'],
      ['40%', 'percent'],
    ]);
    expect(m.map((x) => x.measure)).toEqual(['odds of half-point hike', 'odds of half-point hike']);
  });
});
