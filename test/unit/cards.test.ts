import { describe, expect, it } from 'vitest';
import {
  analyze,
  cardFor,
  comparisonPhrase,
  describeFigure,
  figureSays,
  formatDate,
  pointsPhrase,
  type Analysis,
} from '../../src/core/cards';
import { splitParagraphs, splitSentences } from '../../src/core/sentences';
import type { EntityCard, EntityMention, EntityType, FigureCard, FigureMention, Recognition, UnitCard } from '../../src/core/types';
import { unitInfo } from '../../src/core/units/info';

// Recognition built by hand: the real recognizers are tested elsewhere.
function ent(text: string, needle: string, type: EntityType, name = needle, nth = 0): EntityMention {
  const start = nthIndex(text, needle, nth);
  return { text: needle, type, start, end: start + needle.length, name };
}
function fig(text: string, needle: string, rest: Omit<FigureMention, 'text' | 'start' | 'end'>, nth = 0): FigureMention {
  const start = nthIndex(text, needle, nth);
  return { text: needle, start, end: start + needle.length, ...rest };
}
function nthIndex(text: string, needle: string, nth: number): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`"${needle}" #${nth} not in text`);
  }
  return at;
}
const sentencesOf = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it('does not break on titles, initialisms, company suffixes or decimals', () => {
    const t = 'Mr. Smith of Acme Inc. said the U.S. economy grew 3.5 percent. Dr. J. Doe disagreed! Is it true? Yes.';
    expect(sentencesOf(t)).toEqual([
      'Mr. Smith of Acme Inc. said the U.S. economy grew 3.5 percent.',
      'Dr. J. Doe disagreed!',
      'Is it true?',
      'Yes.',
    ]);
  });

  it('keeps closing quotes with their sentence and breaks on line ends', () => {
    const t = 'Headline without a stop\n"We will win." She left. (It rained.) Then e.g. nothing';
    expect(sentencesOf(t)).toEqual(['Headline without a stop', '"We will win."', 'She left.', '(It rained.)', 'Then e.g. nothing']);
  });

  it('does not break before a lowercase word or inside a domain', () => {
    expect(sentencesOf('Visit openai.com today. The end... and more.')).toEqual(['Visit openai.com today.', 'The end... and more.']);
  });
});

describe('splitParagraphs', () => {
  it('splits on blank lines only', () => {
    const t = 'One.\nStill one.\n\nTwo.\n \n\nThree.';
    expect(splitParagraphs(t).map((p) => t.slice(p.start, p.end))).toEqual(['One.\nStill one.', 'Two.', 'Three.']);
  });
});

describe('analyze', () => {
  const text = 'OpenAI raised $40 billion. Sam Altman said OpenAI has 20 million users.';
  const rec: Recognition = {
    units: [],
    entities: [ent(text, 'Sam Altman', 'person'), ent(text, 'OpenAI', 'organization'), ent(text, 'OpenAI', 'organization', 'OpenAI', 1)],
    figures: [
      fig(text, '$40 billion', { kind: 'money', value: 40e9, unit: 'USD' }),
      fig(text, '20 million', { kind: 'count', value: 20e6 }),
    ],
  };

  it('makes one mark per mention and figure, sorted by start, ids in order', () => {
    const a = analyze(text, rec);
    expect(a.marks.map((m) => [m.id, m.kind, text.slice(m.start, m.end)])).toEqual([
      [0, 'organization', 'OpenAI'],
      [1, 'money', '$40 billion'],
      [2, 'person', 'Sam Altman'],
      [3, 'organization', 'OpenAI'],
      [4, 'count', '20 million'],
    ]);
    expect(a.markSentence).toEqual([0, 0, 1, 1, 1]);
  });

  it('returns null for an unknown mark', () => {
    expect(cardFor(analyze(text, rec), 99, [])).toBeNull();
    expect(cardFor(analyze(text, rec), -1, [])).toBeNull();
  });
});

describe('entity cards', () => {
  const text = [
    'Microsoft AI chief Mustafa Suleyman said on Tuesday that Microsoft will spend $80 billion this year.',
    'Suleyman, who co-founded DeepMind, told Reuters that 94% of the money goes to data centers.',
    '',
    'Sundar Pichai of Google was not asked. Microsoft and Google compete. Microsoft and OpenAI work together.',
  ].join('\n');
  const rec: Recognition = {
    units: [],
    entities: [
      ent(text, 'Microsoft', 'organization'),
      ent(text, 'Mustafa Suleyman', 'person'),
      ent(text, 'Microsoft', 'organization', 'Microsoft', 1),
      ent(text, 'Suleyman', 'person', 'Mustafa Suleyman', 1),
      ent(text, 'DeepMind', 'organization'),
      ent(text, 'Reuters', 'organization'),
      ent(text, 'Sundar Pichai', 'person'),
      ent(text, 'Google', 'organization'),
      ent(text, 'Microsoft', 'organization', 'Microsoft', 2),
      ent(text, 'Google', 'organization', 'Google', 1),
      ent(text, 'Microsoft', 'organization', 'Microsoft', 3),
      ent(text, 'OpenAI', 'organization'),
    ].sort((x, y) => x.start - y.start),
    figures: [
      fig(text, 'Tuesday', { kind: 'date', value: '2025-12-23' }),
      fig(text, '$80 billion', { kind: 'money', value: 80e9, unit: 'USD' }),
      fig(text, 'this year', { kind: 'date', value: 2025 }),
      fig(text, '94%', { kind: 'percent', value: 94 }),
    ],
  };
  const a = analyze(text, rec);
  const markOf = (needle: string, nth = 0) => a.marks.find((m) => m.start === nthIndex(text, needle, nth))!.id;
  const card = (id: number, notes = [] as Parameters<typeof cardFor>[2]) => cardFor(a, id, notes) as EntityCard;

  it('groups mentions by name and lists every one with context', () => {
    const c = card(markOf('Suleyman', 1));
    expect(c.kind).toBe('entity');
    expect(c.name).toBe('Mustafa Suleyman');
    expect(c.type).toBe('person');
    expect(c.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Mustafa Suleyman', 'Suleyman']);
    expect(c.mentions.map((m) => m.markId)).toEqual([markOf('Mustafa Suleyman'), markOf('Suleyman', 1)]);
    expect(c.mentions[0]!.context).toBe('Microsoft AI chief Mustafa Suleyman said on Tuesday that…');
    // Context stays inside the sentence: no ellipsis where the sentence starts.
    expect(c.mentions[1]!.context).toBe('Suleyman, who co-founded DeepMind, told…');
  });

  it('gives the first sentence and the figures of every sentence that mentions it', () => {
    const c = card(markOf('Suleyman', 1));
    expect(c.firstSentence).toBe(text.split('\n')[0]);
    expect(c.figures.map((f) => [f.text, f.kind])).toEqual([
      ['Tuesday', 'date'],
      ['$80 billion', 'money'],
      ['this year', 'date'],
      ['94%', 'percent'],
    ]);
    expect(c.figures.map((f) => a.marks[f.markId]!.kind)).toEqual(['date', 'money', 'date', 'percent']);
  });

  it('ranks related entities by sentences shared, then by first appearance', () => {
    const c = card(markOf('Microsoft'));
    expect(c.mentions).toHaveLength(4);
    expect(c.related).toEqual([
      { name: 'Mustafa Suleyman', type: 'person', count: 1 },
      { name: 'Google', type: 'organization', count: 1 },
      { name: 'OpenAI', type: 'organization', count: 1 },
    ]);
    const s = card(markOf('Suleyman', 1));
    expect(s.related.map((r) => [r.name, r.count])).toEqual([
      ['Microsoft', 1],
      ['DeepMind', 1],
      ['Reuters', 1],
    ]);
  });

  it('keeps only the top five related entities, most shared first', () => {
    const names = ['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon', 'Zeta', 'Eta'];
    const t = `Hub met ${names.join(', ')}. Hub met Eta again. Hub met Zeta and Eta.`;
    const entities = [ent(t, 'Hub', 'person'), ent(t, 'Hub', 'person', 'Hub', 1), ent(t, 'Hub', 'person', 'Hub', 2)];
    for (const n of names) entities.push(ent(t, n, 'person'));
    entities.push(ent(t, 'Eta', 'person', 'Eta', 1), ent(t, 'Zeta', 'person', 'Zeta', 1), ent(t, 'Eta', 'person', 'Eta', 2));
    entities.sort((x, y) => x.start - y.start);
    const an = analyze(t, { entities, figures: [], units: [] });
    const c = cardFor(an, 0, []) as EntityCard;
    expect(c.related).toEqual([
      { name: 'Eta', type: 'person', count: 3 },
      { name: 'Zeta', type: 'person', count: 2 },
      { name: 'Alpha', type: 'person', count: 1 },
      { name: 'Beta', type: 'person', count: 1 },
      { name: 'Gamma', type: 'person', count: 1 },
    ]);
  });

  it('takes the type most mentions agree on', () => {
    const t = 'Jordan spoke. Jordan left. Jordan won.';
    const an = analyze(t, {
      units: [],
      entities: [ent(t, 'Jordan', 'place'), ent(t, 'Jordan', 'person', 'Jordan', 1), ent(t, 'Jordan', 'person', 'Jordan', 2)],
      figures: [],
    });
    expect((cardFor(an, 0, []) as EntityCard).type).toBe('person');
  });

  it('includes notes overlapping any mention and no others', () => {
    const second = nthIndex(text, 'Suleyman', 1);
    const notes = [
      { id: 'on-second', start: second + 2, end: second + 30, excerpt: 'x' },
      { id: 'touching', start: second - 5, end: second, excerpt: 'x' },
      { id: 'elsewhere', start: 0, end: 5, excerpt: 'x' },
    ];
    expect(card(markOf('Mustafa Suleyman'), notes).notes.map((n) => n.id)).toEqual(['on-second']);
  });
});

describe('the sentence that introduces a name', () => {
  it('is the first in the body, not a headline; a line that is a sentence stays', () => {
    const t = "Acme's Big Bet: Why Rivals Worry About Acme\n\nAcme said on Monday it would hire 500 engineers.";
    const an = analyze(t, {
      units: [],
      figures: [],
      entities: [ent(t, 'Acme', 'organization'), ent(t, 'Acme', 'organization', 'Acme', 2)],
    });
    expect((cardFor(an, 0, []) as EntityCard).firstSentence).toBe('Acme said on Monday it would hire 500 engineers.');
    const body = 'Acme Wins. Acme said on Monday it would hire staff.';
    const plain = analyze(body, { units: [], figures: [], entities: [ent(body, 'Acme', 'organization')] });
    expect((cardFor(plain, 0, []) as EntityCard).firstSentence).toBe('Acme Wins.');
  });
});

describe('figure cards', () => {
  const text = [
    'OpenAI expects $500 billion in spending, and 20 million users signed up.',
    '',
    'Rivals raised $10 billion in revenue. Another firm spent $1 trillion.',
    '',
    'About 5 million users left. A fee of €3 billion applied. The index rose 94%.',
  ].join('\n');
  const rec: Recognition = {
    units: [],
    entities: [ent(text, 'OpenAI', 'organization')],
    figures: [
      fig(text, '$500 billion', { kind: 'money', value: 500e9, unit: 'USD' }),
      fig(text, '20 million', { kind: 'count', value: 20e6 }),
      fig(text, '$10 billion', { kind: 'money', value: 10e9, unit: 'USD' }),
      fig(text, '$1 trillion', { kind: 'money', value: 1e12, unit: 'USD' }),
      fig(text, '5 million', { kind: 'count', value: 5e6 }),
      fig(text, '€3 billion', { kind: 'money', value: 3e9, unit: 'EUR' }),
      fig(text, '94%', { kind: 'percent', value: 94 }),
    ],
  };
  const a: Analysis = analyze(text, rec);
  const card = (needle: string, notes = [] as Parameters<typeof cardFor>[2]) =>
    cardFor(a, a.marks.find((m) => m.start === text.indexOf(needle))!.id, notes) as FigureCard;

  it('describes the value in words', () => {
    const c = card('$500 billion');
    expect(c.kind).toBe('figure');
    expect(c.text).toBe('$500 billion');
    expect(c.figureKind).toBe('money');
    expect(c.normalized).toBe('$500 billion = 500,000,000,000 USD');
  });

  it('says what the figure counts and whose it is, as its sentence does', () => {
    expect(card('$500 billion')).toMatchObject({ measure: 'spending', about: 'OpenAI', says: '$500 billion — spending of OpenAI' });
    expect(card('20 million')).toMatchObject({ measure: 'users', about: 'OpenAI' });
    expect(card('$10 billion')).toMatchObject({ measure: 'revenue', about: null, says: '$10 billion — revenue' });
    expect(card('5 million').measure).toBe('users');
    expect(card('€3 billion').measure).toBe('fee');
    // "rose" is a rise: the change is named in the article's own word.
    expect(card('94%').measure).toBe('rise in index');
  });

  it('compares only figures of one measure and unit, in plain words', () => {
    const c = card('$500 billion');
    expect(c.comparisons.map((x) => [x.text, x.ratio, x.paragraph, x.phrase])).toEqual([['$1 trillion', 0.5, 2, '50% of the $1 trillion']]);
    expect(c.comparisons.map((x) => a.marks[x.markId]!.start)).toEqual([text.indexOf('$1 trillion')]);
    expect(card('5 million').comparisons.map((x) => x.phrase)).toEqual(['25% of OpenAI’s 20 million users']);
    // Revenue is not spending; a fee is compared with no other fee; the index with nothing.
    expect(card('$10 billion').comparisons).toEqual([]);
    expect(card('€3 billion').comparisons).toEqual([]);
    expect(card('94%')).toMatchObject({ comparisons: [], comparisonCount: 0 });
  });

  it('a figure whose sentence does not say what it counts is compared with nothing', () => {
    const t = 'It was $45 billion. It was $90 billion.';
    const an = analyze(t, {
      units: [],
      entities: [],
      figures: [
        fig(t, '$45 billion', { kind: 'money', value: 45e9, unit: 'USD' }),
        fig(t, '$90 billion', { kind: 'money', value: 90e9, unit: 'USD' }),
      ],
    });
    expect(cardFor(an, 0, [])).toMatchObject({ measure: null, says: null, comparisons: [], comparisonCount: 0 });
  });

  it('puts the figure its sentence sets it against first', () => {
    const t =
      'Lambda signed 12,000 new customers last year.\n\nAnalysts said Lambda had signed 12,500 new customers, compared with 4,000 for CoreWeave.';
    const an = analyze(t, {
      units: [],
      entities: [
        ent(t, 'Lambda', 'organization'),
        { ...ent(t, 'Lambda', 'organization'), start: t.lastIndexOf('Lambda'), end: t.lastIndexOf('Lambda') + 6 },
        ent(t, 'CoreWeave', 'organization'),
      ],
      figures: [
        fig(t, '12,000', { kind: 'count', value: 12000 }),
        fig(t, '12,500', { kind: 'count', value: 12500 }),
        fig(t, '4,000', { kind: 'count', value: 4000 }),
      ],
    });
    const c = cardFor(an, an.marks.find((m) => t.slice(m.start, m.end) === '12,500')!.id, []) as FigureCard;
    expect(c.says).toBe('12,500 — new customers of Lambda');
    expect(c.comparisons.map((x) => x.phrase)).toEqual([
      '3.1× CoreWeave’s 4,000 new customers',
      'about the same as Lambda’s 12,000 new customers',
    ]);
  });

  it('includes notes overlapping the figure', () => {
    const at = text.indexOf('$10 billion');
    const notes = [
      { id: 'in', start: at - 7, end: at + 1, excerpt: '' },
      { id: 'out', start: at + '$10 billion'.length, end: at + 20, excerpt: '' },
    ];
    expect(card('$10 billion', notes).notes.map((n) => n.id)).toEqual(['in']);
  });

  it('does not compare dates or text values', () => {
    const t = 'It opened in 2020 and closed in 2024.';
    const an = analyze(t, {
      units: [],
      entities: [],
      figures: [fig(t, '2020', { kind: 'date', value: 2020 }), fig(t, '2024', { kind: 'date', value: 2024 })],
    });
    expect((cardFor(an, 0, []) as FigureCard).comparisons).toEqual([]);
  });

  it('compares ranges by their midpoint', () => {
    const t = 'It needs 43 to 50 gigawatts. Today it has 31 gigawatts.';
    const an = analyze(t, {
      units: [],
      entities: [],
      figures: [
        fig(t, '43 to 50 gigawatts', { kind: 'quantity', value: 43e9, valueMax: 50e9, unit: 'W' }),
        fig(t, '31 gigawatts', { kind: 'quantity', value: 31e9, unit: 'W' }),
      ],
    });
    expect((cardFor(an, 0, []) as FigureCard).comparisons[0]!.ratio).toBe(1.5);
  });
});

describe('describeFigure', () => {
  const f = (text: string, rest: Omit<FigureMention, 'text' | 'start' | 'end'>) =>
    describeFigure({ text, start: 0, end: text.length, ...rest });

  it.each([
    [f('$500 billion', { kind: 'money', value: 500e9, unit: 'USD' }), '$500 billion = 500,000,000,000 USD'],
    [f('$1.25 million', { kind: 'money', value: 1.25e6, unit: 'USD' }), '$1.25 million = 1,250,000 USD'],
    [f('$3-4 billion', { kind: 'money', value: 3e9, valueMax: 4e9, unit: 'USD' }), '$3-4 billion = 3,000,000,000–4,000,000,000 USD'],
    [f('94%', { kind: 'percent', value: 94 }), '94% = 0.94'],
    [f('94 percent', { kind: 'percent', value: 94 }), '94 percent = 94% = 0.94'],
    [f('2.4GW', { kind: 'quantity', value: 2.4e9, unit: 'W' }), '2.4GW = 2,400,000,000 W'],
    [f('20 million', { kind: 'count', value: 20e6 }), '20 million = 20,000,000'],
    [f('Dec. 27', { kind: 'date', value: '2025-12-27' }), 'Dec. 27 = 27 December 2025'],
    [f('2025', { kind: 'date', value: 2025 }), '2025'],
    [f('18 months', { kind: 'duration', value: 18, unit: 'month' }), '18 months'],
    [f('a decade', { kind: 'duration', value: 10, unit: 'year' }), 'a decade = 10 years'],
    [f('one day', { kind: 'duration', value: 1, unit: 'day' }), 'one day = 1 day'],
    [f('two-thirds', { kind: 'fraction', value: 2 / 3 }), 'two-thirds = 0.667 = 66.67%'],
    [f('120 kilometres', { kind: 'quantity', value: 120, unit: 'km' }), '120 kilometres = 120 km \u2248 74.56 mi'],
    [f('5,000 miles', { kind: 'quantity', value: 5000, unit: 'mi' }), '5,000 miles = 5,000 mi \u2248 8,046.72 km'],
    // A temperature may be a difference ("warming of 1.3C"), so it is not converted.
    [f('1.3C', { kind: 'quantity', value: 1.3, unit: '°C' }), '1.3C = 1.3 °C'],
    [f('30 to 40 pounds', { kind: 'quantity', value: 30, valueMax: 40, unit: 'lb' }), '30 to 40 pounds = 30–40 lb \u2248 13.61–18.14 kg'],
  ])('%#: %s', (got, want) => {
    expect(got).toBe(want);
  });

  it('formats partial and timed ISO dates', () => {
    expect(formatDate('2025-03')).toBe('March 2025');
    expect(formatDate('2025-03-05T09:30:00Z')).toBe('5 March 2025, 09:30');
    expect(formatDate('not a date')).toBe('not a date');
  });
});

describe('comparisonPhrase', () => {
  it.each([
    [50, '50× the $10 billion'],
    [2.46, '2.5× the $10 billion'],
    [1, 'the same as the $10 billion'],
    [1.02, 'about the same as the $10 billion'],
    [0.2, '20% of the $10 billion'],
    [0.6786, '68% of the $10 billion'],
    [0.05, '5% of the $10 billion'],
    [0.0123, '1.23% of the $10 billion'],
    [1234.4, '1,234× the $10 billion'],
  ])('%d', (ratio, want) => {
    expect(comparisonPhrase(ratio, 'the $10 billion')).toBe(want);
  });
});

describe('pointsPhrase', () => {
  it.each([
    [-9, 'Google Cloud’s 28%', '9 points below Google Cloud’s 28%'],
    [5.04, 'the 28%', '5 points above the 28%'],
    [1, 'the 2.9%', '1 point above the 2.9%'],
    [-0.35, 'the 2.9%', '0.4 points below the 2.9%'],
    [0.01, 'the 5%', 'the same as the 5%'],
  ])('%d', (difference, other, want) => {
    expect(pointsPhrase(difference, other)).toBe(want);
  });

  it('a rate on a card is set against another rate by points, a sum by its ratio', () => {
    const t = 'Turnout was 64% in Ohio, compared with 59% in Iowa. Ohio spent $75 billion on roads, compared with $50 billion in Iowa.';
    const an = analyze(t, {
      units: [],
      entities: [],
      figures: [
        fig(t, '64%', { kind: 'percent', value: 64, unit: '%' }),
        fig(t, '59%', { kind: 'percent', value: 59, unit: '%' }),
        fig(t, '$75 billion', { kind: 'money', value: 75e9, unit: 'USD' }),
        fig(t, '$50 billion', { kind: 'money', value: 50e9, unit: 'USD' }),
      ],
    });
    const phrases = (needle: string) =>
      (cardFor(an, an.marks.find((m) => m.start === t.indexOf(needle))!.id, []) as FigureCard).comparisons.map((c) => c.phrase);
    expect(phrases('64%')).toEqual(['5 points above the 59%']);
    expect(phrases('$75 billion')).toEqual(['1.5× the $50 billion']);
  });
});

describe('figureSays', () => {
  it.each([
    ['12,000', 'new customers', 'Lambda', '12,000 — new customers of Lambda'],
    ['$100 billion', 'spending on data centres', 'Amazon', '$100 billion — Amazon’s spending on data centres'],
    ['5,000', 'engineers', null, '5,000 — engineers'],
    ['$83 billion', 'spending on data centres', 'Amazon Web Services', '$83 billion — Amazon Web Services’ spending on data centres'],
    ['19%', null, 'Amazon', '19% — of Amazon'],
    ['2027', null, null, null],
  ])('%s', (text, measure, about, want) => {
    expect(figureSays(text, measure, about)).toBe(want);
  });
});

describe('long articles', () => {
  // Speed is measured by `npm run bench`; here, what keeps building every card linear: a card lists
  // what it shows and counts the rest, from indexes analyze() builds once.
  const names = ['Microsoft', 'Google', 'OpenAI', 'Sam Altman', 'Sundar Pichai', 'Nvidia', 'Amazon', 'Meta'];
  const entities: EntityMention[] = [];
  const figures: FigureMention[] = [];
  let text = '';
  for (let p = 0; p < 300; p++) {
    let para = '';
    for (let s = 0; s < 5; s++) {
      const n1 = names[(p + s) % names.length]!;
      const n2 = names[(p * 3 + s + 1) % names.length]!;
      const base = text.length + para.length;
      const sentence = `Mr. ${n1} told ${n2} that it spent $${s + 1}.5 billion on 12% more users. `;
      entities.push({ text: n1, type: 'organization', name: n1, start: base + 4, end: base + 4 + n1.length });
      const i2 = sentence.indexOf(n2, 4 + n1.length);
      entities.push({ text: n2, type: 'organization', name: n2, start: base + i2, end: base + i2 + n2.length });
      const im = sentence.indexOf('$');
      const money = `$${s + 1}.5 billion`;
      figures.push({ text: money, kind: 'money', value: (s + 1.5) * 1e9, unit: 'USD', start: base + im, end: base + im + money.length });
      const ip = sentence.indexOf('12%');
      figures.push({ text: '12%', kind: 'percent', value: 12, start: base + ip, end: base + ip + 3 });
      para += sentence;
    }
    text += `${para}\n\n`;
  }
  const a = analyze(text, { entities, figures, units: [] });

  it('analyzes a long article and answers a small card for every mark, with the totals', () => {
    expect(a.marks).toHaveLength(6000);
    expect(a.paragraphs).toHaveLength(300);
    // Sentences naming each name, with the two figures each of them holds.
    const sentencesWith = new Map<string, Set<number>>();
    const mentions = new Map<string, number>();
    entities.forEach((e, k) => {
      const set = sentencesWith.get(e.name) ?? new Set();
      set.add(k >> 1);
      sentencesWith.set(e.name, set);
      mentions.set(e.name, (mentions.get(e.name) ?? 0) + 1);
    });
    // Checked in one pass and asserted once: 6,000 cards.
    const wrong: string[] = [];
    const check = (id: number, what: string, ok: boolean) => ok || wrong.push(`mark ${id}: ${what}`);
    for (const m of a.marks) {
      const card = cardFor(a, m.id, [])!;
      check(m.id, 'size', JSON.stringify(card).length < 4000);
      if (card.kind === 'entity') {
        const group = a.groups.get(card.name)!;
        check(m.id, 'mentionCount', card.mentionCount === mentions.get(card.name));
        check(m.id, 'mentions', card.mentions.map((x) => x.markId).join() === group.marks.slice(0, 12).join());
        check(m.id, 'figureCount', card.figureCount === 2 * sentencesWith.get(card.name)!.size);
        check(m.id, 'figures', card.figures.length === 8);
      } else if (card.kind === 'figure' && card.figureKind === 'money') {
        // Every other sum spent: 1,499 of the 1,500; three shown.
        check(m.id, 'comparisonCount', card.comparisonCount === 1499);
        check(m.id, 'comparisons', card.comparisons.length === 3);
      } else if (card.kind === 'figure') {
        // "12% more users" says what grew by nothing the text names: compared with nothing.
        check(m.id, 'comparisonCount', card.comparisonCount === 0);
      } else check(m.id, 'kind', false);
    }
    expect(wrong).toEqual([]);
  });

  it('lists the nearest comparisons: its paragraph first, then the nearest in the article', () => {
    const money = a.marks.filter((m) => m.kind === 'money');
    const third = money[2]!;
    const c = cardFor(a, third.id, []) as FigureCard;
    // Five sums to a paragraph: the third's nearest are the second and fourth, then the first (same paragraph).
    expect(c.comparisons.map((x) => x.markId)).toEqual([money[1]!.id, money[3]!.id, money[0]!.id]);
    const fifth = cardFor(a, money[4]!.id, []) as FigureCard;
    expect(fifth.comparisons.map((x) => x.markId)).toEqual([money[3]!.id, money[2]!.id, money[1]!.id]);
  });

  it('finds a note on any mention, not only on those the card lists', () => {
    const marks = a.groups.get('Meta')!.marks;
    const last = a.marks[marks[marks.length - 1]!]!;
    const notes = [{ id: 'late', start: last.start + 1, end: last.end + 3 }];
    expect((cardFor(a, marks[0]!, notes) as EntityCard).notes.map((n) => n.id)).toEqual(['late']);
    expect((cardFor(a, marks[0]!, [{ id: 'gap', start: last.end, end: last.end + 2 }]) as EntityCard).notes).toEqual([]);
  });
});

describe('cards on hostile pages', () => {
  it('stay small with 10,000 mentions of one name and 10,000 figures in one sentence', () => {
    const parts: string[] = [];
    const entities: EntityMention[] = [];
    const figures: FigureMention[] = [];
    let at = 0;
    for (let k = 0; k < 10_000; k++) {
      entities.push({ text: 'Obama', type: 'person', name: 'Barack Obama', start: at, end: at + 5 });
      figures.push({ text: `${k + 1}`, kind: 'count', value: k + 1, start: at + 6, end: at + 6 + String(k + 1).length });
      const piece = `Obama ${k + 1} votes `;
      parts.push(piece);
      at += piece.length;
    }
    const text = parts.join('');
    const an = analyze(text, { entities, figures, units: [] });
    const entity = cardFor(an, 0, []) as EntityCard;
    expect(entity.mentionCount).toBe(10_000);
    expect(entity.mentions).toHaveLength(12);
    expect(entity.figureCount).toBe(10_000);
    expect(entity.figures).toHaveLength(8);
    // The sentence is the whole page: the card quotes the words around the first mention.
    expect(entity.firstSentence.length).toBeLessThan(1100);
    const figure = cardFor(an, 1, []) as FigureCard;
    expect(figure.comparisonCount).toBe(9_999);
    expect(figure.comparisons.map((c) => c.text)).toEqual(['2', '3', '4']);
    for (const id of [0, 1, 9_999, 19_999]) expect(JSON.stringify(cardFor(an, id, [])).length).toBeLessThan(20_000);
  });

  it('clip a run-on token and a run-on name', () => {
    const word = 'x'.repeat(300_000);
    const name = 'Acme '.repeat(2_000).trim();
    const text = `${name} ${word} ${name}.`;
    const second = text.lastIndexOf(name);
    const an = analyze(text, {
      entities: [
        { text: name, type: 'organization', name, start: 0, end: name.length },
        { text: name, type: 'organization', name, start: second, end: second + name.length },
      ],
      figures: [],
      units: [],
    });
    const c = cardFor(an, 1, []) as EntityCard;
    expect(JSON.stringify(c).length).toBeLessThan(20_000);
    expect(c.name.length).toBeLessThanOrEqual(200);
  });
});

describe('unit cards', () => {
  const t = 'The dose is 400 mcg a day. Labels say mcg, and 40 mcg is a tenth of it; the pill costs a dollar, or $2 at most.';
  const at = (needle: string, nth = 0) => {
    const start = nthIndex(t, needle, nth);
    return { start, end: start + needle.length };
  };
  const an = analyze(t, {
    entities: [],
    figures: [
      fig(t, '400 mcg', { kind: 'quantity', value: 400, unit: 'µg' }),
      fig(t, '40 mcg', { kind: 'quantity', value: 40, unit: 'µg' }),
      fig(t, 'a tenth', { kind: 'fraction', value: 0.1 }),
      fig(t, '$2', { kind: 'money', value: 2, unit: 'USD' }),
    ],
    units: [
      { text: 'mcg', measure: 'quantity', unit: 'µg', ...at('mcg', 1) },
      { text: 'dollar', measure: 'money', unit: 'USD', ...at('dollar') },
    ],
  });
  const markOf = (needle: string, nth = 0) => an.marks.find((m) => m.start === nthIndex(t, needle, nth))!;

  it('marks a bare unit as kind unit, in article order among the figures', () => {
    expect(an.marks.map((m) => `${t.slice(m.start, m.end)}:${m.kind}`)).toEqual([
      '400 mcg:quantity',
      'mcg:unit',
      '40 mcg:quantity',
      'a tenth:fraction',
      'dollar:unit',
      '$2:money',
    ]);
  });

  it('says what the unit is and lists the amounts the article gives in it', () => {
    const card = cardFor(an, markOf('mcg', 1).id, []) as UnitCard;
    const info = unitInfo('µg')!;
    expect(card).toMatchObject({
      kind: 'unit',
      text: 'mcg',
      unit: 'µg',
      name: info.name,
      measures: info.measures,
      definition: info.definition,
      mentions: 1,
    });
    expect(card.figures.map((f) => f.text)).toEqual(['400 mcg', '40 mcg']);
  });

  it('ties a currency word to the money figures in that currency only', () => {
    const card = cardFor(an, markOf('dollar').id, []) as UnitCard;
    expect(card.name).toBe(unitInfo('USD')!.name);
    expect(card.figures.map((f) => f.text)).toEqual(['$2']);
  });
});

describe('figures in different units of the same measure', () => {
  const t = 'The campus draws 2.4GW. The reactor supplies 835 megawatts. Prices are quoted per GW, at 20C to 25C and 68F.';
  const an = analyze(t, {
    entities: [],
    figures: [
      fig(t, '2.4GW', { kind: 'quantity', value: 2.4, unit: 'GW' }),
      fig(t, '835 megawatts', { kind: 'quantity', value: 835, unit: 'MW' }),
      fig(t, '20C to 25C', { kind: 'quantity', value: 20, valueMax: 25, unit: '°C' }),
      fig(t, '68F', { kind: 'quantity', value: 68, unit: '°F' }),
    ],
    units: [{ text: 'GW', measure: 'quantity', unit: 'GW', start: t.indexOf('GW,'), end: t.indexOf('GW,') + 2 }],
  });
  const idOf = (needle: string) => an.marks.find((m) => m.start === t.indexOf(needle))!.id;

  it('are compared through their base unit', () => {
    const c = (cardFor(an, idOf('835 megawatts'), []) as FigureCard).comparisons;
    expect(c.map((x) => x.text)).toEqual(['2.4GW']);
    expect(c[0]!.ratio).toBeCloseTo(835e6 / 2.4e9, 9);
    expect(c[0]!.phrase).toBe('35% of the 2.4GW');
  });

  it('are not compared when the scales have different zeros (°C against °F)', () => {
    expect((cardFor(an, idOf('68F'), []) as FigureCard).comparisons).toEqual([]);
  });

  it('are listed on a unit card after the amounts in the unit itself', () => {
    const card = cardFor(an, idOf('GW,'), []) as UnitCard;
    expect(card.figures.map((f) => f.text)).toEqual(['2.4GW', '835 megawatts']);
  });
});
