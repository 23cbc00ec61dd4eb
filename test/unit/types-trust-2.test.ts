// Types a reader agrees with (issue 9, point 2), second round: products shown by what they do, a
// company that stays a company when another owns it, towns the city list leaves out, and bodies
// whose names hold "of", "for" and "and". Invented sentences, not the trust pages'.
import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../src/core/recognize/entities/recognize';

/** The mention of `name` (its `nth` occurrence) in `text`, as Gloss marks it exactly, or null. */
function typeOf(text: string, name: string, nth = 0): string | null {
  let at = -1;
  for (let k = 0; k <= nth; k++) at = text.indexOf(name, at + 1);
  const m = recognizeEntities(text).find((e) => e.start === at && e.end === at + name.length);
  return m ? m.type : null;
}

/** The names Gloss marks in `text`, as "text:type". */
function marks(text: string): string[] {
  return recognizeEntities(text).map((e) => `${e.text}:${e.type}`);
}

describe('products shown by what they do', () => {
  it('a name that runs inside a product is a product, and so are the names coordinated with it', () => {
    const text = 'The company said on Monday that Quillon now runs inside Fernmail and Slates for paying customers.';
    expect(typeOf(text, 'Quillon')).toBe('product');
    expect(typeOf(text, 'Fernmail')).toBe('product');
    expect(typeOf(text, 'Slates')).toBe('product');
  });

  it('what a firm hosts, trains, releases or launches is a product', () => {
    const text = 'Under the deal, Brightcloud would host Orvella for Tessaract. Last year Tessaract launched Pinecrest, a rival said.';
    expect(typeOf(text, 'Orvella')).toBe('product');
    expect(typeOf(text, 'Pinecrest')).toBe('product');
  });

  it('a name cut short after the verb is not the whole thing released', () => {
    const text = 'This spring the foundation has released Bramblewood Pi 4 with a faster processor.';
    expect(marks(text)).not.toContain('Bramblewood:product');
  });

  it('a person, a day or a place after such a verb is not a product', () => {
    const text = 'The court released Daniel Okafor on Friday. The airline launched Tuesday flights to Lisbon.';
    expect(typeOf(text, 'Daniel Okafor')).toBe('person');
    expect(typeOf(text, 'Lisbon')).toBe('place');
  });

  it('a story that ran in a publication does not make it a product', () => {
    const text = 'The essay first ran on Marlowpost before the author reworked it.';
    expect(typeOf(text, 'Marlowpost')).not.toBe('product');
  });
});

describe('a company the article calls one stays a company', () => {
  it("another firm's possession of it ('Verizon's Yahoo') does not make it a product", () => {
    const text = [
      'Halvorsen agreed to buy Dunmere for $2 billion on Monday.',
      'Dunmere shareholders will be left holding shares in the renamed company.',
      "Halvorsen's Dunmere will then be run alongside its other brands.",
    ].join(' ');
    for (let k = 0; k < 3; k++) expect(typeOf(text, 'Dunmere', k)).not.toBe('product');
  });
});

describe('towns the city list leaves out', () => {
  it('a town of several words the gazetteer knows is a place, even at a sentence start', () => {
    const text = 'The search giant is not standing still. Mountain View is preparing its own answer, people said.';
    expect(typeOf(text, 'Mountain View')).toBe('place');
  });

  it('a longer run of capitals that holds the town is another name', () => {
    const text = 'The fund, Mountain View Capital, raised $40 million from pension funds last year.';
    expect(marks(text)).not.toContain('Mountain View:place');
  });
});

describe('bodies whose names hold "of", "for" and "and"', () => {
  it('"Bureau of ...", "... Court of Justice" are one organization', () => {
    const text = 'Figures from the Bureau of Labor Statistics surprised traders. The European Court of Justice ruled on Tuesday.';
    expect(typeOf(text, 'Bureau of Labor Statistics')).toBe('organization');
    expect(typeOf(text, 'European Court of Justice')).toBe('organization');
  });

  it('a field after "for" may end on "and" and a word that names nothing of its own', () => {
    const text = 'Officials at the Centers for Disease Control and Prevention said cases were rising.';
    expect(typeOf(text, 'Centers for Disease Control and Prevention')).toBe('organization');
  });

  it('"and" before a name of its own joins nothing', () => {
    const text = 'Economists at the Bureau of Labor Statistics and Goldman Sachs disagreed.';
    expect(typeOf(text, 'Bureau of Labor Statistics')).toBe('organization');
    expect(typeOf(text, 'Goldman Sachs')).toBe('organization');
  });

  it('a company after "for" is whom the body serves, not its field', () => {
    const text = 'A deadline had been set by the Energy Ministry for Kestrel-X and its rival to strike a deal.';
    expect(marks(text)).not.toContain('Energy Ministry for Kestrel-X:organization');
  });

  it('a hospital named after a place with a title word in it is one organization, not a person', () => {
    const text = 'She was treated at Massachusetts General Hospital for a week, her family said.';
    expect(typeOf(text, 'Massachusetts General Hospital')).toBe('organization');
    expect(marks(text)).not.toContain('Hospital:person');
  });
});
