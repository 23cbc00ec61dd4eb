// Types a reader agrees with (issue 9, point 2): what the article itself says a name is.
import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../src/core/recognize/entities/recognize';

/** The type Gloss gives the mention of `name` (its `nth` occurrence) in `text`, or null if unmarked. */
function typeOf(text: string, name: string, nth = 0): string | null {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.indexOf(name, at + 1);
  const m = recognizeEntities(text).find((e) => e.start === at && e.end === at + name.length);
  return m ? m.type : null;
}

describe('types from the article’s own evidence', () => {
  it('an apposition naming a kind of company makes the name an organization', () => {
    const text = 'Fenwick, a regional power provider, signed a deal with the city on Monday.\nFenwick will build two plants.';
    expect(typeOf(text, 'Fenwick')).toBe('organization');
    expect(typeOf(text, 'Fenwick', 1)).toBe('organization');
  });

  it('an apposition naming a kind of product makes the name a product, and its owner an organization', () => {
    const text = "In a trial last year, Harold Brandt's Velorin, a daily pill, cut blood pressure by a fifth.";
    expect(typeOf(text, 'Velorin')).toBe('product');
    expect(typeOf(text, 'Harold Brandt')).toBe('organization');
  });

  it('a name followed by the product it is ("the Orrin model", "Kestrel chips") is a product', () => {
    const text = 'The start-up said the Orrin model would ship in May. Demand for Kestrel chips was strong, it said.';
    expect(typeOf(text, 'Orrin')).toBe('product');
    expect(typeOf(text, 'Kestrel')).toBe('product');
  });

  it('a maker named before its goods stays the maker', () => {
    const text = 'Buyers said Nvidia chips were still scarce in the spring.';
    expect(typeOf(text, 'Nvidia')).not.toBe('product');
  });

  it('the employer of analysts, economists and sources is an organization', () => {
    const text = 'Analysts at Pembury expect the deal to close in June. "It is late," said Ruth Obi, chief economist at Castlemark.';
    expect(typeOf(text, 'Pembury')).toBe('organization');
    expect(typeOf(text, 'Castlemark')).toBe('organization');
  });

  it('a name whose share price moves by a percentage is a company, but an index stays what it was', () => {
    const text = 'In early trading Hollins rose 2.6% in Oslo, and the Nasdaq Composite gained 1.1%.';
    expect(typeOf(text, 'Hollins')).toBe('organization');
    expect(typeOf(text, 'Nasdaq Composite')).not.toBe('organization');
  });

  it('a known place stays a place when it stands for a company or has analysts', () => {
    const text = 'Analysts at Chicago said the vote was close. Chicago is preparing its own answer.';
    expect(typeOf(text, 'Chicago', 1)).toBe('place');
  });

  it('a name said to be a substance is no name', () => {
    const text = 'The drug mimics ZQ-7, a gut hormone that curbs appetite, the company said.';
    expect(typeOf(text, 'ZQ-7')).toBeNull();
  });

  it('a multi-word company whose words are given names is a company where its shares trade', () => {
    const text = 'Shares in Anna Berg rose on Monday. Anna Berg makes cheese.';
    expect(typeOf(text, 'Anna Berg', 1)).toBe('organization');
  });

  it('a person described in an apposition stays a person', () => {
    const text = '"This is late," said Karin Dahl, a Danish lawmaker whose group holds ten seats.';
    expect(typeOf(text, 'Karin Dahl')).toBe('person');
  });
});

describe('laws and treaties are one name of type other', () => {
  it('keeps "and" and the year inside the name', () => {
    const text = 'Lawmakers back the Clean Water and Soil Act, and the Northern Energy Act 2024 also applies.';
    expect(typeOf(text, 'Clean Water and Soil Act')).toBe('other');
    expect(typeOf(text, 'Northern Energy Act 2024')).toBe('other');
  });

  it('keeps the subject of a treaty inside its name', () => {
    const text = 'The court cited the Treaty on the Protection of Migratory Birds in its ruling.';
    expect(typeOf(text, 'Treaty on the Protection of Migratory Birds')).toBe('other');
  });

  it('does not take a sentence’s first "The" into the name', () => {
    const text = 'The Digital Services Act applies from May.';
    expect(typeOf(text, 'Digital Services Act')).toBe('other');
  });
});
