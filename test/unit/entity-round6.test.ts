// Issue 9's sixth round, the lead's entity fixes, on invented sentences ("use the article's own evidence
// (appositions …)"): each fix's first test fails without it; the others guard what it must leave alone.
import { describe, expect, it } from 'vitest';
import { isCommonWord } from '../../src/core/recognize/entities/names';
import { recognizeEntities } from '../../src/core/recognize/entities/recognize';

/** The names found in `text`, each as "name/type". */
function names(text: string): string[] {
  return recognizeEntities(text).map((m) => `${m.text}/${m.type}`);
}

describe('a name before ", a/the <kind>," (apposedNames)', () => {
  it('is of the kind its apposition names, even opening the sentence', () => {
    expect(names('Zorvex, the Danish developer, won the largest contract.')).toContain('Zorvex/organization');
    expect(names('Kalvo, a small town in Finland, voted against the plan.')).toContain('Kalvo/place');
  });

  it('leaves common words and the tail of a longer name alone', () => {
    expect(names('However, the company said it would appeal.')).toEqual([]);
    expect(names('The prices rose, the regulator said.')).toEqual([]);
    expect(names('Samples go to the Asociación Bienestar y Desarrollo, the charity that tests them.')).not.toContain(
      'Desarrollo/organization',
    );
  });
});

describe('companies the SEC lists under a Nordic legal form', () => {
  it('are known by the name news text uses ("NOVO NORDISK A S" is Novo Nordisk)', () => {
    expect(names('Novo Nordisk said the pill would cost less.')).toContain('Novo Nordisk/organization');
  });
});

describe('a given name the lists lack, in an apposition (wholePersons)', () => {
  it('joins the surname the tagger found after a comma', () => {
    expect(names('Its finance minister, Lars Hofmann, said Berlin would spend more.')).toContain('Lars Hofmann/person');
  });

  it('leaves a place or a company after a comma alone', () => {
    expect(names('In Paris, Goldman Sachs said no.')).not.toContain('Paris Goldman Sachs/person');
  });
});

describe('a byline split by bars is no menu (dropPeoplesAndFurniture)', () => {
  it("keeps the byline's names, and still drops a menu's", () => {
    expect(names('By Daniel Ferreira | New York | Nov. 12, 2025')).toEqual(['Daniel Ferreira/person', 'New York/place']);
    expect(names('Home | Daniel Ferreira | New York | Subscribe')).toEqual([]);
  });
});

describe('a name spelt with letters English does not use is no derived word (isCommonWord)', () => {
  it('keeps "Ørsted" a name, though it ends like "started"', () => {
    expect(names('Ørsted, the Danish developer, won the contract.')).toContain('Ørsted/organization');
    expect(isCommonWord('Ørsted')).toBe(false);
  });

  it('still reads an English derived word as common', () => {
    expect(isCommonWord('Started')).toBe(true);
    expect(isCommonWord('National')).toBe(true);
  });
});

describe('a company the gazetteer knows, after "<company> and" (pairedOrganizations)', () => {
  it('is a company', () => {
    expect(names('The farm was built by SSE Renewables and Equinor.')).toContain('Equinor/organization');
  });

  it('only as the whole run, and only after a company', () => {
    expect(names('The farm was built by SSE Renewables and Equinor Wind Power.')).not.toContain('Equinor/organization');
    expect(names('She flew from Oslo and Equinor paid.')).not.toContain('Equinor Paid/organization');
  });
});
