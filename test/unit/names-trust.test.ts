// Issue 9, point 1 ("Names"): headings are not names unless a name stands in them, reporting verbs
// and function words are no part of a name, the trade's abbreviations are no names, and a short
// mention joins a longer name only when it is that entity. Invented sentences, one rule each.
import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../src/core/recognize/entities/recognize';
import type { EntityMention } from '../../src/core/types';

const texts = (ms: EntityMention[]): string[] => ms.map((m) => m.text);
const at = (ms: EntityMention[], text: string, nth = 0): EntityMention | undefined => ms.filter((m) => m.text === text)[nth];

describe('headings', () => {
  it('keeps only the name a title-case heading holds, as the body names it', () => {
    const ms = recognizeEntities(
      'Veltrona Striker Kasimir Oduya Signs for a Record Fee\n\n' +
        'Kasimir Oduya joined the club from Veltrona on Friday. Oduya scored nine goals last season, and the fee was a record for the club.',
    );
    expect(texts(ms)).not.toContain('Veltrona Striker Kasimir Oduya');
    const heading = ms.filter((m) => m.start < 60);
    expect(texts(heading)).toEqual(['Veltrona', 'Kasimir Oduya']);
  });

  it('marks nothing in a heading that names nothing', () => {
    const ms = recognizeEntities(
      'Why the Harbour Bet Is Running Out of Time\n\nThe port authority said its bet on new cranes would take years to pay off, and time is short.',
    );
    expect(ms.filter((m) => m.start < 40)).toEqual([]);
  });

  it('leaves a byline and the body alone', () => {
    const ms = recognizeEntities('By Ingrid Solbakken in Oslo\n\nIngrid Solbakken reports that Statkraft raised its forecast on Monday.');
    expect(at(ms, 'Ingrid Solbakken')?.type).toBe('person');
    expect(texts(ms)).toContain('Statkraft');
  });

  it('drops a desk named in a byline', () => {
    const ms = recognizeEntities('By Tamsin Achebe, Science Reporter\n\nThe trial enrolled 400 patients in Leeds, the team said.');
    expect(texts(ms)).not.toContain('Science');
    expect(texts(ms)).toContain('Leeds');
  });
});

describe('where a name stops', () => {
  it('splits a run at a reporting verb', () => {
    const ms = recognizeEntities('Traders at Morvale said Quintec, a smaller rival, had won the contract.');
    expect(texts(ms).some((t) => t.includes('said'))).toBe(false);
    expect(texts(ms)).toContain('Quintec');
  });

  it('never holds a possessive ending', () => {
    const ms = recognizeEntities("Zentrix's profits rose. Analysts expect Zentrix's margins to widen as Zentrix grows.");
    expect(texts(ms).every((t) => !/['’]s$/.test(t))).toBe(true);
    expect(new Set(ms.map((m) => m.name)).size).toBeLessThanOrEqual(1);
  });

  it('does not take a sentence-opening function word into a name', () => {
    const ms = recognizeEntities('The board met on Monday. When Halvorsen Group invests, the plant will grow.');
    expect(texts(ms).some((t) => t.startsWith('When'))).toBe(false);
  });
});

describe("the trade's abbreviations", () => {
  it('are no names: API, CEO, UX', () => {
    const ms = recognizeEntities('The start-up said its API and UX work would be led by its CEO, who joined from Quintec last year.');
    expect(texts(ms)).not.toContain('API');
    expect(texts(ms)).not.toContain('UX');
    expect(texts(ms)).not.toContain('CEO');
  });

  it('an abbreviation the article uses as a common noun is no name', () => {
    const ms = recognizeEntities(
      'The vote split the chamber. "We were ignored," said Ottilie Brandt, a Danish MEP who sits on the committee. Several MEPs walked out.',
    );
    expect(texts(ms)).not.toContain('MEP');
    expect(texts(ms)).toContain('Ottilie Brandt');
  });

  it('an abbreviation defined as a name stays', () => {
    const ms = recognizeEntities('The Northern Grid Operator (NGO) said on Monday that NGO would raise its charges.');
    expect(texts(ms).filter((t) => t === 'NGO').length).toBeGreaterThan(0);
  });
});

describe('grouping', () => {
  it('a company is not its division that adds words of its own', () => {
    const ms = recognizeEntities(
      "Orvanta Cloud Services grew 12% in the quarter, a third of Orvanta's profits. Orvanta said demand was strong.",
    );
    expect(at(ms, 'Orvanta')?.name).toBe('Orvanta');
    expect(at(ms, 'Orvanta Cloud Services')?.name).toBe('Orvanta Cloud Services');
  });

  it('a short name joins the full name that only adds a legal tail', () => {
    const ms = recognizeEntities('Brenmark Holdings reported a loss on Tuesday. Shares in Brenmark fell 4%.');
    expect(at(ms, 'Brenmark')?.name).toBe('Brenmark Holdings');
  });

  it('a short later mention joins the full name where the article never names both apart', () => {
    const ms = recognizeEntities(
      'Helvoro Nordisk said its pill worked in trials. Later in the year, Helvoro plans to ask regulators for approval.',
    );
    expect(at(ms, 'Helvoro')?.name).toBe('Helvoro Nordisk');
  });

  it("a person's surname and given name join the full name", () => {
    const ms = recognizeEntities('Marisol Ekwueme, the chief executive, said sales rose. Ekwueme added that costs fell.');
    expect(at(ms, 'Ekwueme')?.name).toBe('Marisol Ekwueme');
  });

  it('a given name alone joins the person the article names in full', () => {
    const ms = recognizeEntities('Andrea Marchetti founded the studio in 2019. Critics praised Marchetti, and Andrea said she would stay.');
    expect(at(ms, 'Andrea')?.name).toBe('Andrea Marchetti');
  });

  it('a clipped name joins the one organization it clips', () => {
    const ms = recognizeEntities('The Federal Reserve held rates on Wednesday. Traders expect the Fed to cut in March.');
    expect(at(ms, 'Fed')?.name).toBe('Federal Reserve');
  });

  it('an abbreviation that leads a longer name is a name, plural or not', () => {
    const ms = recognizeEntities('The WBA Tech Council met in May. WBAs around the world joined the WBA to draft the rules.');
    expect(texts(ms)).toContain('WBA');
  });

  it('an acronym joins the name it abbreviates', () => {
    const ms = recognizeEntities('The Baltic Energy Agency published its report. The BEA said prices would fall.');
    expect(at(ms, 'BEA')?.name).toBe('Baltic Energy Agency');
  });

  it('a body named by its head noun after its full name is that body', () => {
    const ms = recognizeEntities('The European Commission proposed the rules in May. The Commission said member states must agree.');
    const commission = ms.find((m) => m.text === 'Commission');
    if (commission) expect(commission.name).toBe('European Commission');
  });
});
