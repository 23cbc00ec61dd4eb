// Formal names of bodies, on invented sentences: a nationality that opens a body's formal name, and a
// body's name that goes on with "of" or "for" and its field (issue 9's error analysis on development sets).
import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../src/core/recognize/entities/recognize';

/** The names found in `text`, each as "name/type". */
function names(text: string): string[] {
  return recognizeEntities(text).map((m) => `${m.text}/${m.type}`);
}

describe('formal names of bodies', () => {
  it('keeps the nationality of a name that goes on with "of" and its field', () => {
    expect(names('Last year she was elected to the Danish Academy of Letters in Aarhus.')).toContain(
      'Danish Academy of Letters/organization',
    );
  });

  it('reads a party, a league or an alliance with "of" and its place as one body', () => {
    expect(names('She later joined the Social Farmers Party of Moravia and the Green League of Ontario.')).toContain(
      'Social Farmers Party of Moravia/organization',
    );
  });

  it('reads "for the" and a field that goes on through "of" as part of the body', () => {
    expect(names('He chaired the Kestrel Association for the Advancement of Rural Medicine until 1990.')).toContain(
      'Kestrel Association for the Advancement of Rural Medicine/organization',
    );
  });
});

describe('what the article defines a name to be', () => {
  it('types a name by the noun of the definition it is the subject of', () => {
    const text = 'Dorsett is a small village in Wallonia, Belgium. The postal code of Dorsett is 5332.';
    expect(names(text).filter((n) => n.startsWith('Dorsett'))).toEqual(['Dorsett/place', 'Dorsett/place']);
    expect(names('Korvatek is a defence manufacturer based in Ankara. Korvatek signed a contract on Monday.')).toContain(
      'Korvatek/organization',
    );
  });

  it('reads only "a" or "an" as a definition, and never makes a known place a product', () => {
    expect(names('Athens, Greece is a transit system of three lines.')).toContain('Greece/place');
    expect(names('In his play Dorsett was the model for the hero.')).not.toContain('Dorsett/product');
  });
});

describe("a brand's maker", () => {
  it("reads a known brand that ends in a place as that place's company, not its maker's product", () => {
    expect(names('About 100 Air France workers marched outside the headquarters on Friday.')).toContain('Air France/organization');
    expect(names('Shoppers can now pay with Google Pay at the tills.')).toContain('Google Pay/product');
  });
});

describe('names of places no person bears', () => {
  it('reads a "person" named like a lake, a mountain or a glacier as a place', () => {
    expect(names('The Rohn Glacier and Regal Glacier head east.')).toEqual(['Rohn Glacier/place', 'Regal Glacier/place']);
  });

  it('leaves a person whose surname is a landform a person', () => {
    expect(names('The talk show was hosted by Ricki Lake for eleven years.')).toContain('Ricki Lake/person');
  });
});

describe('people the sentence gives a voice or a role', () => {
  it.each([
    ['" We stayed underground for a week , " said Rajab Adinayev in the village .', 'Rajab Adinayev'],
    ['A group headed by Polish businessman Zygmunt Solorz was forming a consortium .', 'Zygmunt Solorz'],
  ])('%s', (text, name) => {
    expect(names(text)).toContain(`${name}/person`);
  });
});

describe('acronyms used as common nouns', () => {
  it('drops an acronym the sentence owns or counts as the head of its phrase, and a word in capitals', () => {
    expect(names('I had a DUI but my lawyer got the fine cut.')).toEqual([]);
    expect(names('Get your FREE download today. The download is free for a week.')).toEqual([]);
  });

  it('keeps an acronym that names whose thing follows it ("his WBA title")', () => {
    expect(names('Miller defended his WBA cruiserweight title on Saturday.')).toContain('WBA/organization');
  });
});

describe('places the lists know', () => {
  it('reads a known place the tagger took for an organization as the place, off the sports pages', () => {
    expect(names('She is a singer-songwriter from Liverpool , signed to a small label .')).toContain('Liverpool/place');
    expect(names('Erdmann told reporters Bonn supported the efforts of the union .')).toContain('Bonn/place');
  });

  it("keeps a place's name an organization where the sentence gives it a company's cues", () => {
    expect(names('Liverpool shares rose 3% after the results.')).not.toContain('Liverpool/place');
  });
});

describe('events named after a place', () => {
  it('reads a place and the word of a contest after it as one event', () => {
    expect(names('Seles won at the U.S. Open on Friday.')).toContain('U.S. Open/other');
    expect(names('He won the Hong Kong Open last year.')).toContain('Hong Kong Open/other');
  });

  it('needs "the": a place and such a word that act are a firm\'s name', () => {
    expect(names('Kaplan says U.S. Games sells new decks for $20.')).not.toContain('U.S. Games/other');
  });
});

describe("a country's body of state", () => {
  it('joins the country and a body whose name ends in the body word', () => {
    expect(names('The U.S. Treasury Department on Wednesday denied the application .')).toContain('U.S. Treasury Department/organization');
  });
});

describe('prizes and wars', () => {
  it('reads capitals ending in the word of a prize or a war as one name of type other', () => {
    const found = names('She won the Nobel Prize in Literature in 1990, and her father fought in World War II and the Civil War.');
    expect(found).toEqual(expect.arrayContaining(['Nobel Prize in Literature/other', 'World War II/other', 'Civil War/other']));
    expect(names('Colorado won the Stanley Cup on Monday.')).toContain('Stanley Cup/other');
  });

  it('leaves a body whose name goes on after the word, and a place after "in", as they are', () => {
    expect(names('He sat in the Imperial War Cabinet.')).not.toContain('Imperial War/other');
    expect(names('She won the Grammy Award in Los Angeles.')).toContain('Los Angeles/place');
  });
});

describe("a person's role before the name", () => {
  it.each([
    ['Interfax quoted spokesman Sergei Yastrzhembsky as saying the talks went well .', 'Sergei Yastrzhembsky'],
    ['Yeltsin visited his wife Naina in hospital on Friday .', 'Naina'],
    ['The ball went past goalkeeper Rustu Recber from the right .', 'Rustu Recber'],
  ])('%s', (text, name) => {
    expect(names(text)).toContain(`${name}/person`);
  });
});

describe('a person or a common noun "of" a body', () => {
  it('splits what the tagger read as one organization into the person and the body', () => {
    const found = names('" We hold the town , " Faik Nerweyi of the Kurdistan Democratic Party ( KDP ) told Reuters .');
    expect(found).toEqual(expect.arrayContaining(['Faik Nerweyi/person', 'Kurdistan Democratic Party/organization']));
  });

  it('leaves out a common noun before "of", as the article writes it in lower case', () => {
    const text = 'Representatives of First Bank said the banks do not comment on rumours . Two representatives left early .';
    expect(names(text)).toContain('First Bank/organization');
  });
});

describe('"the" and a body word alone', () => {
  it('marks the one body of the article whose name ends in the word, by its name', () => {
    const text = 'The Moravian Farmers League is a small group . The League was formed in 1960 by a merger .';
    const found = recognizeEntities(text).filter((m) => m.text === 'League');
    expect(found.map((m) => `${m.name}/${m.type}`)).toEqual(['Moravian Farmers League/organization']);
  });

  it('marks nothing where two bodies end in the word', () => {
    const text = 'The Moravian Farmers League met the Silesian Miners League . The League was formed in 1960 .';
    expect(recognizeEntities(text).filter((m) => m.text === 'League')).toEqual([]);
  });
});

describe('a place-led name that speaks', () => {
  it('reads "the <place> <word> said" as a paper or a body, not the place', () => {
    expect(names('Exports rose in July , the Shanxi Evening said on Saturday .')).toContain('Shanxi Evening/organization');
  });
});
