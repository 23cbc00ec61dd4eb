// Offline facts (issue 11, point 1): what the shipped tables say a name is, chosen by the article's own
// evidence, and nothing when the tables cannot tell which one the article means.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, cardFor } from '../../src/core/cards';
import {
  buildTables,
  buildTablesChunked,
  factLine,
  factLookup,
  factsFor,
  factSource,
  nameKey,
  surfaceName,
  type FactAssets,
  type FactQuery,
  type FactTables,
} from '../../src/core/facts';
import { recognize } from '../../src/core/recognize/index';
import type { EntityCard } from '../../src/core/types';

const ROOT = join(__dirname, '..', '..');
const shipped = (file: string) => JSON.parse(readFileSync(join(ROOT, 'assets/facts', file), 'utf8')) as unknown;
const real: FactTables = buildTables({
  places: shipped('places.json'),
  countries: shipped('countries.json'),
  companies: shipped('companies.json'),
} as FactAssets);

/** A small world of the shapes that matter: a world city and its namesakes, a country and a state of one name. */
const tiny: FactTables = buildTables({
  places: {
    source: 'test',
    minPopulation: 50_000,
    regions: {
      'US.TX': 'Texas',
      'US.KY': 'Kentucky',
      'US.GA': 'Georgia',
      'US.NY': 'New York',
      'FR.11': 'Île-de-France',
      'GB.ENG': 'England',
      'CA.08': 'Ontario',
      'US.AL': 'Alabama',
    },
    places: [
      'Paris|FR|11|2138551|C',
      'Paris|US|TX|24782|',
      'Paris|US|KY|9870|',
      'London|GB|ENG|7556900|C',
      'London|CA|08|346765|',
      'Birmingham|GB|ENG|984333|',
      'Birmingham|US|AL|212237|',
      'Dallas|US|TX|1300092|',
      'Atlanta|US|GA|463878|A',
      'New York City|US|NY|8175133|',
      'Brooklyn|US|NY|2300664|X',
    ].join('\n'),
  },
  countries: {
    source: 'test',
    countries: {
      FR: { name: 'France', capital: 'Paris', currencies: ['EUR'], continent: 'Europe' },
      GB: { name: 'United Kingdom', aliases: ['UK', 'Britain'], capital: 'London', currencies: ['GBP'], continent: 'Europe' },
      US: {
        name: 'United States',
        aliases: ['US', 'USA'],
        capital: 'Washington D.C.',
        currencies: ['USD', 'USN'],
        continent: 'North America',
      },
      GE: { name: 'Georgia', capital: 'Tbilisi', currencies: ['GEL'], continent: 'Asia' },
      CA: { name: 'Canada', capital: 'Ottawa', currencies: ['CAD'], continent: 'North America' },
    },
  },
  companies: { source: 'test', companies: ['Amazon|AMZN', 'Apple|AAPL', 'Target|TGT', 'Target|TARG'].join('\n') },
});

/** The small world with one more place row and country (a copy: `tiny` is shared). */
function tinyWith(row: string, country: string): FactTables {
  const t = { ...tiny, placeRows: new Map(tiny.placeRows), countries: { ...tiny.countries } };
  const key = nameKey(row.split('|')[0]!);
  t.placeRows.set(key, [...(t.placeRows.get(key) ?? []), row]);
  t.countries[country] = { name: 'Jamaica', capital: 'Kingston', currencies: ['JMD'], continent: 'North America' };
  t.divisions = new Map(tiny.divisions).set(key, [{ kind: 'country', country }]);
  return t;
}

const place = (name: string, ...others: string[]): FactQuery => ({
  name,
  type: 'place',
  others: others.map((o) => ({ name: o, type: 'place' as const })),
});
const line = (tables: FactTables, q: FactQuery) => {
  const fact = factsFor(tables, q);
  return fact && factLine(fact);
};

describe('surface names of SEC titles', () => {
  it.each([
    ['AMAZON COM INC', 'Amazon'],
    ['Apple Inc.', 'Apple'],
    ['Meta Platforms, Inc.', 'Meta Platforms'],
    ['MICROSOFT CORP', 'Microsoft'],
    ['BANK OF AMERICA CORP /DE/', 'Bank of America'],
    ['JPMORGAN CHASE & CO', 'Jpmorgan Chase'],
    ['COSTCO WHOLESALE CORP /NEW', 'Costco Wholesale'],
    ['NOVO NORDISK A S', 'Novo Nordisk'],
    ['Shell plc', 'Shell'],
    ['The Goldman Sachs Group, Inc.', 'Goldman Sachs'],
    ['MODEL N, INC.', 'Model N'],
  ])('%s -> %s', (title, surface) => expect(surfaceName(title)).toBe(surface));

  it('a small company keeps a holding word rather than become one everyday word', () => {
    expect(surfaceName('CITY HOLDING CO', false)).toBe('City Holding');
    expect(surfaceName('POST HOLDINGS INC', false)).toBe('Post Holdings');
    expect(surfaceName('Sony Group Corp', true)).toBe('Sony');
    expect(surfaceName('GOLDMAN SACHS GROUP INC', false)).toBe('Goldman Sachs');
  });

  it('keeps a one-word name even when it is a legal word', () => expect(surfaceName('GROUP INC')).toBe('Group'));

  it('matches the name news writes whatever the case it is shown in', () =>
    expect(nameKey(surfaceName('NVIDIA CORP'))).toBe(nameKey('NVIDIA')));
});

describe('name keys', () => {
  it('ignore case, accents, possessives, a leading "the" and the dots of abbreviations', () => {
    expect(nameKey('Amazon’s')).toBe('amazon');
    expect(nameKey("the Netherlands'")).toBe('netherlands');
    expect(nameKey('São Paulo')).toBe(nameKey('Sao Paulo'));
    expect(nameKey('U.S.')).toBe('us');
    expect(nameKey('Winston-Salem')).toBe('winston salem');
  });
});

describe('places, by the article’s own evidence', () => {
  it('a world city beside towns named after it is the city', () => {
    expect(line(tiny, place('Paris'))).toBe('Capital of France \u00b7 population 2.1 million');
    expect(line(tiny, place('London', 'Brooklyn'))).toBe('Capital of the United Kingdom \u00b7 population 7.6 million');
  });

  it('"Paris" in a story that names Texas is Paris, Texas', () => {
    expect(line(tiny, place('Paris', 'Texas'))).toBe('Town in Texas, United States \u00b7 population 25,000');
  });

  it('weak or conflicting evidence gives nothing rather than a guess', () => {
    // A town of 9,900 in the state the story names, against Paris, France: 4.6 to 1, not enough either way.
    expect(factsFor(tiny, place('Paris', 'Kentucky'))).toBeNull();
    expect(factsFor(tiny, place('Paris', 'France', 'Texas'))).toBeNull();
    // A story naming Canada may be about London, Ontario.
    expect(factsFor(tiny, place('London', 'Canada'))).toBeNull();
  });

  it('a city named elsewhere says its country, not its region', () => {
    // Dallas says "the United States" (x3), which does not outweigh Paris, France.
    expect(line(tiny, place('Paris', 'Dallas'))).toBe('Capital of France \u00b7 population 2.1 million');
  });

  it('a country beats towns named after it, unless the article names the country of a big one', () => {
    expect(line(tinyWith('Jamaica|US|NY|216866|X', 'JM'), place('Jamaica'))).toMatch(/^Country in North America/);
    expect(factsFor(tinyWith('Jamaica|US|NY|216866|X', 'JM'), place('Jamaica', 'Brooklyn', 'United States'))).toBeNull();
  });

  it('a state that shares its name with a big city gives nothing, whatever the article names', () => {
    expect(factsFor(tiny, place('New York', 'Texas'))).toBeNull();
  });

  it('naming a country alone does not outweigh a world city', () => {
    expect(line(tiny, place('London', 'United States'))).toBe('Capital of the United Kingdom \u00b7 population 7.6 million');
  });

  it('two real cities of one name give nothing without evidence, the right one with it', () => {
    expect(factsFor(tiny, place('Birmingham'))).toBeNull();
    expect(line(tiny, place('Birmingham', 'Alabama'))).toMatch(/^City in Alabama, United States/);
    expect(line(tiny, place('Birmingham', 'UK'))).toMatch(/^City in England, United Kingdom/);
  });

  it('a country and a foreign state of one name give nothing unless the article says which', () => {
    expect(factsFor(tiny, place('Georgia'))).toBeNull();
    expect(line(tiny, place('Georgia', 'Atlanta'))).toBe('State of the United States');
    expect(line(tiny, place('Georgia', 'Texas'))).toBe('State of the United States');
  });

  it('a state that shares its name with its own city gives nothing', () => {
    expect(factsFor(tiny, place('New York'))).toBeNull();
    expect(factsFor(tiny, place('New York', 'Brooklyn'))).toBeNull();
    expect(line(tiny, place('New York City'))).toBe('City in New York, United States \u00b7 population 8.2 million');
  });

  it('countries: continent, capital and the currencies Gloss can name', () => {
    expect(line(tiny, place('France'))).toBe('Country in Europe \u00b7 capital Paris \u00b7 currency euro (EUR)');
    expect(line(tiny, place('the US'))).toBe('Country in North America \u00b7 capital Washington D.C. \u00b7 currency US dollar (USD)');
  });

  it('seats of divisions and parts of cities say so', () => {
    expect(line(tiny, place('Atlanta'))).toBe('Capital of Georgia, United States \u00b7 population 460,000');
    expect(line(tiny, place('Brooklyn'))).toBe('Part of a city in New York, United States \u00b7 population 2.3 million');
  });

  it('only for places: a person named Paris gets nothing', () => {
    expect(factsFor(tiny, { name: 'Paris', type: 'person', others: [] })).toBeNull();
  });

  it('the source line credits GeoNames for places, SEC EDGAR for companies', () => {
    expect(factSource(factsFor(tiny, place('Paris'))!)).toBe('GeoNames, CC BY 4.0');
    expect(factSource(factsFor(tiny, { name: 'Amazon', type: 'organization', others: [] })!)).toBe('SEC EDGAR');
  });
});

describe('companies', () => {
  const org = (name: string, type: FactQuery['type'] = 'organization'): FactQuery => ({ name, type, others: [] });

  it('an organization of a listed company’s whole name, possessive and legal form aside', () => {
    expect(line(tiny, org('Amazon'))).toBe('US-listed company \u00b7 ticker AMZN');
    expect(line(tiny, org('Amazon’s'))).toBe('US-listed company \u00b7 ticker AMZN');
    expect(line(tiny, org('Apple Inc.'))).toBe('US-listed company \u00b7 ticker AAPL');
  });

  it('never a substring or a longer name', () => {
    expect(factsFor(tiny, org('Amazon Web Services'))).toBeNull();
    expect(factsFor(tiny, org('Apple Music', 'product'))).toBeNull();
    expect(factsFor(tiny, org('Amaz'))).toBeNull();
  });

  it('a product named exactly as the company is the company; a person or a place is not', () => {
    expect(line(tiny, org('Apple', 'product'))).toBe('US-listed company \u00b7 ticker AAPL');
    expect(factsFor(tiny, org('Apple', 'person'))).toBeNull();
    expect(factsFor(tiny, org('Amazon', 'place'))).toBeNull();
  });

  it('two listed companies of one name give nothing', () => expect(factsFor(tiny, org('Target'))).toBeNull());
});

describe('the shipped tables', () => {
  it('know the everyday names', () => {
    expect(line(real, place('Los Angeles'))).toBe('City in California, United States \u00b7 population 4 million');
    expect(line(real, place('France'))).toBe('Country in Europe \u00b7 capital Paris \u00b7 currency euro (EUR)');
    expect(line(real, place('California'))).toBe('State of the United States');
    expect(line(real, { name: 'Amazon', type: 'organization', others: [] })).toBe('US-listed company \u00b7 ticker AMZN');
    expect(line(real, { name: 'Apple', type: 'organization', others: [] })).toBe('US-listed company \u00b7 ticker AAPL');
    expect(line(real, { name: 'Sony', type: 'organization', others: [] })).toBe('US-listed company \u00b7 ticker SONY');
  });

  it('do not make an everyday word a small company', () => {
    for (const word of ['City', 'Post', 'Model']) expect(factsFor(real, { name: word, type: 'organization', others: [] })).toBeNull();
    expect(line(real, { name: 'City Holding', type: 'organization', others: [] })).toBe('US-listed company \u00b7 ticker CHCO');
  });

  it('keep the small namesakes of big places, so the article can pick them', () => {
    expect(line(real, place('Paris', 'Texas'))).toMatch(/^Town in Texas, United States/);
    expect(line(real, place('Paris'))).toMatch(/^Capital of France/);
  });
});

describe('cards', () => {
  const text =
    'Amazon will open an office in Paris, the French capital, its chief said in Seattle. ' + 'Jeff Bezos founded Amazon in 1994.';
  const a = analyze(text, recognize(text));
  const entityCard = (name: string) => {
    const mark = a.marks.find((m) => a.targets[m.id]!.kind === 'entity' && text.slice(m.start, m.end) === name)!;
    return cardFor(a, mark.id, [], factLookup(real)) as EntityCard;
  };

  it('carry the facts of places and companies, none for people, and none without a lookup', () => {
    expect(entityCard('Amazon').facts).toEqual({ kind: 'company', ticker: 'AMZN', source: 'sec' });
    expect(entityCard('Paris').facts).toMatchObject({ kind: 'place', role: 'capital', country: 'France' });
    expect(entityCard('Seattle').facts).toMatchObject({ kind: 'place', region: 'Washington', country: 'United States' });
    expect(entityCard('Jeff Bezos').facts).toBeNull();
    const mark = a.marks.find((m) => text.slice(m.start, m.end) === 'Paris')!;
    expect((cardFor(a, mark.id, []) as EntityCard).facts).toBeNull();
  });
});

describe('the tables built in slices (the worker)', () => {
  it('are the tables built whole, in more than one slice', async () => {
    const assets = {
      places: shipped('places.json'),
      countries: shipped('countries.json'),
      companies: shipped('companies.json'),
    } as FactAssets;
    let turns = 0;
    const channel = globalThis.MessageChannel;
    // Every turn between slices goes through a fresh channel where there is no scheduler (Node).
    globalThis.MessageChannel = class extends channel {
      constructor() {
        super();
        turns++;
      }
    };
    try {
      const sliced = await buildTablesChunked(assets);
      expect(turns).toBeGreaterThan(1);
      expect(sliced).toEqual(real);
    } finally {
      globalThis.MessageChannel = channel;
    }
  });
});
