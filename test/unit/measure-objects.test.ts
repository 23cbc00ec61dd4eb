// "reported", "announced", "added" either report speech ("X said that …") or take the figure as their
// object ("X reported revenue of £6.3bn"): as objects, the figure is the verb's subject's (issue 9,
// point 3). Short texts written for these tests.
import { describe, expect, test } from 'vitest';
import { read } from './measure-read';

describe('a figure that is the object of a reporting verb', () => {
  test("the verb's subject owns it", () => {
    const text = 'Last week Orbis reported combined revenue of £6.3bn. The Kospi added 310 points, or 0.7%.';
    const m = read(
      text,
      [
        ['£6.3bn', 'money', 'GBP'],
        ['310', 'count'],
        ['0.7%', 'percent', '%'],
      ],
      [
        ['Orbis', 'organization'],
        ['Kospi', 'organization'],
      ],
    );
    expect(m.map((x) => x.about)).toEqual(['Orbis', 'Kospi', 'Kospi']);
  });

  test('a reported clause keeps a subject of its own', () => {
    const text = 'Analysts at Vantor reported that sales rose 4%. Vantor announced that Lumen would hire 300 engineers.';
    const m = read(
      text,
      [
        ['4%', 'percent', '%'],
        ['300', 'count'],
      ],
      [
        ['Vantor', 'organization'],
        ['Vantor', 'organization'],
        ['Lumen', 'organization'],
      ],
    );
    expect(m.map((x) => x.about)).toEqual([null, 'Lumen']);
  });
});

describe('a figure of "the company\'s"', () => {
  test('is the organization the article named last', () => {
    const text = "Great Energy will take a stake in three projects. The stakes will be paid from the company's £8.3bn budget.";
    const m = read(text, [['£8.3bn', 'money', 'GBP']], [['Great Energy', 'organization']]);
    expect(m[0]).toMatchObject({ measure: 'budget', about: 'Great Energy' });
  });

  test('within its own sentence too, and never a place', () => {
    const text = "In Ohio, Vantor said the company's $2bn buyback would end.";
    const m = read(
      text,
      [['$2bn', 'money', 'USD']],
      [
        ['Ohio', 'place'],
        ['Vantor', 'organization'],
      ],
    );
    expect(m[0]!.about).toBe('Vantor');
  });
});
