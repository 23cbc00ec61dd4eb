import { describe, expect, test } from 'vitest';
import { measureFigures } from '../../src/core/measure';
import { splitSentences } from '../../src/core/sentences';
import type { EntityMention, FigureMention } from '../../src/core/types';
import { read } from './measure-read';

describe('what a figure counts', () => {
  test('the noun phrase after a count, carried over to the figure it is compared with', () => {
    const text =
      'Analysts at Jefferies said Lambda, a smaller cloud provider, had signed 12,000 new customers, compared with 4,000 for CoreWeave.';
    const [a, b] = read(
      text,
      [
        ['12,000', 'count'],
        ['4,000', 'count'],
      ],
      [
        ['Jefferies', 'organization'],
        ['Lambda', 'organization'],
        ['CoreWeave', 'organization'],
      ],
    );
    expect(a).toEqual({ measure: 'new customers', about: 'Lambda', key: 'new customer' });
    expect(b).toEqual({ measure: 'new customers', about: 'CoreWeave', key: 'new customer' });
  });

  test('money takes its measure from the verb, and "up from" passes it on', () => {
    const text =
      'Andy Jassy, the chief executive, said Amazon would spend $100 billion on data centres this year, up from $83 billion, and hire 5,000 engineers across 20 countries.';
    const [spend, before, engineers, countries] = read(
      text,
      [
        ['$100 billion', 'money', 'USD'],
        ['$83 billion', 'money', 'USD'],
        ['5,000', 'count'],
        ['20', 'count'],
      ],
      [
        ['Andy Jassy', 'person'],
        ['Amazon', 'organization'],
      ],
    );
    expect(spend).toMatchObject({ measure: 'spending on data centres', about: 'Amazon' });
    expect(before).toMatchObject({ measure: 'spending on data centres', about: 'Amazon' });
    expect(before!.key).toBe(spend!.key);
    expect(engineers).toMatchObject({ measure: 'engineers', about: 'Amazon' });
    expect(countries!.measure).toBe('countries');
    expect(countries!.key).not.toBe(engineers!.key);
  });

  test('a definite figure is its own subject; an investment belongs to who invests', () => {
    const text = 'When Amazon invests another $4 billion, the two firms will review the terms.';
    const [money, two] = read(
      text,
      [
        ['$4 billion', 'money', 'USD'],
        ['two', 'count'],
      ],
      [['Amazon', 'organization']],
    );
    expect(money).toMatchObject({ measure: 'investment', about: 'Amazon' });
    expect(two).toMatchObject({ measure: 'firms', about: null });
  });

  test('percentages: a change in what the subject names, past its prepositional phrase; a share of what follows "of"', () => {
    const text =
      'The company said that revenue from AI accelerators rose 38% in the fourth quarter and would account for about a fifth of sales by 2026. Shares in the company rose 4.5% in Seoul.';
    const [rise, fifth, year, shares] = read(
      text,
      [
        ['38%', 'percent'],
        ['a fifth', 'fraction'],
        ['2026', 'date'],
        ['4.5%', 'percent'],
      ],
      [['Seoul', 'place']],
    );
    expect(rise!.measure).toBe('rise in revenue');
    expect(fifth!.measure).toBe('share of sales');
    expect(year).toEqual({ measure: null, about: null, key: null });
    expect(shares!.measure).toBe('rise in shares');
    expect(shares!.key).not.toBe(rise!.key);
  });

  test('"its" in a reported clause is the reporting subject; a rise and a fall are one measure, a change', () => {
    const text = 'Amazon said on Tuesday that its cloud arm grew 19% in the quarter, while Google Cloud grew 28%.';
    const [ours, theirs] = read(
      text,
      [
        ['19%', 'percent'],
        ['28%', 'percent'],
      ],
      [
        ['Amazon', 'organization'],
        ['Google Cloud', 'product'],
      ],
    );
    expect(ours).toMatchObject({ measure: 'growth', about: 'Amazon', key: 'change' });
    expect(theirs).toMatchObject({ measure: 'growth', about: 'Google Cloud', key: 'change' });
  });

  test('a name then a figure continues the measure of the figure before: gapping and table rows', () => {
    const text = 'Rheinmetall gained 4.2% in Frankfurt and Leonardo 3.1% in Milan. Growth: Northwind 33%, Southwind 28%.';
    const [a, b] = read(
      text,
      [
        ['4.2%', 'percent'],
        ['3.1%', 'percent'],
      ],
      [
        ['Rheinmetall', 'organization'],
        ['Frankfurt', 'place'],
        ['Leonardo', 'organization'],
      ],
    );
    expect(a).toMatchObject({ measure: 'gain', about: 'Rheinmetall', key: 'change' });
    expect(b).toMatchObject({ measure: 'gain', about: 'Leonardo', key: 'change' });
  });

  test('a level reached is not "in" what follows it; "of between" still names what is counted', () => {
    const text =
      'Shares in Acme rose 2.1% to $187.40 in after-hours trading. It expects operating income of between $16 billion and $19 billion.';
    const [, level, low] = read(
      text,
      [
        ['2.1%', 'percent'],
        ['$187.40', 'money', 'USD'],
        ['$16 billion', 'money', 'USD'],
      ],
      [['Acme', 'organization']],
    );
    // The level shares reached is a share price (issue 9), not "after-hours trading".
    expect(level!.measure).toBe('share price');
    expect(low!.measure).toBe('operating income');
  });

  test('what a verb moves to a figure is its measure; a level reached is the level of the subject', () => {
    const text = 'Analysts raised their price target to $210 from $185. The yield on 10-year government debt fell to 4.02% from 4.11%.';
    const [to, from, level, before] = read(
      text,
      [
        ['$210', 'money', 'USD'],
        ['$185', 'money', 'USD'],
        ['4.02%', 'percent'],
        ['4.11%', 'percent'],
      ],
      [],
    );
    expect([to!.measure, from!.measure]).toEqual(['price target', 'price target']);
    expect([level!.measure, before!.measure]).toEqual(['yield', 'yield']);
  });

  test('a price per unit is a price, whatever the sentence', () => {
    const text = 'The auction cleared at £85 per MWh.';
    const [price] = read(text, [['£85 per MWh', 'money', 'GBP/MWh']], []);
    expect(price!.measure).toBe('price per MWh');
  });

  test('a figure the sentence does not explain gets no measure, and so no comparison', () => {
    const text = 'It was $45 billion.';
    expect(read(text, [['$45 billion', 'money', 'USD']], [])[0]).toEqual({ measure: null, about: null, key: null });
  });

  test('a run-on sentence of 20,000 clauses: every figure read, each in its own clause', () => {
    const n = 20_000;
    const text = Array.from({ length: n }, (_, i) => `Acme${i} hired ${i + 1} engineers`).join(', while ') + '.';
    const figures: FigureMention[] = [];
    const entities: EntityMention[] = [];
    let at = 0;
    for (let i = 0; i < n; i++) {
      const name = `Acme${i}`;
      entities.push({ text: name, type: 'organization', start: at, end: at + name.length, name });
      const num = String(i + 1);
      const fs = text.indexOf(` ${num} `, at + name.length) + 1;
      figures.push({ text: num, kind: 'count', value: i + 1, start: fs, end: fs + num.length });
      at = text.indexOf('Acme', fs);
    }
    const out = measureFigures(text, splitSentences(text), figures, entities);
    expect(out).toHaveLength(n);
    expect(out[n - 1]).toMatchObject({ measure: 'engineers', about: `Acme${n - 1}` });
  });
});
