// Issue 9's fifth round of error analysis on development sets, on invented sentences: each test
// fails without the rule it names.
import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../src/core/recognize/entities/recognize';

/** The names found in `text`, each as "name/type". */
function names(text: string): string[] {
  return recognizeEntities(text).map((m) => `${m.text}/${m.type}`);
}

describe('places named by the kind of place they are (placeCues)', () => {
  it('reads a stream, a road or an arena the tagger took for a person as a place', () => {
    expect(names('A stone arch was built over Hollis Brook in 1890.')).toContain('Hollis Brook/place');
    expect(names('The new houses stand between Carver Drive and the railway.')).toContain('Carver Drive/place');
    expect(names('Crowds gathered outside Halvorsen Arena last night.')).toContain('Halvorsen Arena/place');
  });

  it('reads a hall as a place unless a given name opens it', () => {
    expect(names('Tickets for Whitcombe Hall sold out.')).toContain('Whitcombe Hall/place');
    expect(names('William Hall said the plan was good.')).toContain('William Hall/person');
  });
});

describe('persons the tagger read as names of type other (cuedOthers)', () => {
  it('reads a name that speaks as a person, after the quote it closes', () => {
    expect(names('" We will not change the law , " Juppe told reporters in Paris .')).toContain('Juppe/person');
  });

  it('reads two words opened by a known given name as a person', () => {
    expect(names('The final pits Welsh champion Trevor Gwyther against second-seeded Australian Rodney Eyles on Sunday .')).toContain(
      'Rodney Eyles/person',
    );
  });
});

describe('places written in lower case (lowerCasePlaces)', () => {
  it('reads a known place after "in" or "from" in an article written in lower case', () => {
    const text = 'hi all\ni just moved here from estonia .\nwhere can i buy good coffee in auckland ?';
    expect(names(text)).toEqual(expect.arrayContaining(['estonia/place', 'auckland/place']));
  });

  it('leaves lower-case words alone in an article written with capitals', () => {
    const text = 'She moved here from estonia last year. Where can one buy good coffee in auckland?';
    expect(names(text).filter((n) => n.endsWith('/place'))).toEqual([]);
  });

  it("leaves a name the lists know as a person's, or a place name that goes on with other words", () => {
    const text = 'i sent the photos to georgia .\ni live in auckland suburbs now .';
    expect(names(text)).toEqual([]);
  });
});

describe('events the tagger read as a person or a body (placeEvents)', () => {
  it('reads a known place and the word of a contest as the event, not a person', () => {
    expect(names('Eyles , bidding for an eighth Hong Kong Open title , plays Jansher .')).toContain('Hong Kong Open/other');
  });

  it('cuts the event out of a headline in capitals', () => {
    expect(names('TENNIS - BERLIN GRAND PRIX RESULTS .')).toContain('BERLIN GRAND PRIX/other');
  });
});

describe('acronyms alone need evidence of a name (ruleShapes)', () => {
  it('leaves chat shorthand and formats in capitals unmarked', () => {
    expect(names('Please send the notes ASAP , and FYI the meeting moved .')).toEqual([]);
    expect(names('Serves FREE breakfast every day .')).toEqual([]);
    expect(names('The file is 512 MB and fits on a stick .')).toEqual([]);
  });

  it('keeps an acronym that acts, that the article calls a company, or that it defines in brackets', () => {
    expect(names('The joint venture secured the site , while RWE took two smaller ones .')).toContain('RWE/organization');
    expect(names('The Spanish battery maker ZBT agreed to pay $ 1 billion .')).toContain('ZBT/organization');
    expect(names('The Democratic Front of Francophones ( FDF ) won . Later the FDF split .')).toContain('FDF/organization');
  });
});

describe('a surname that is also a word, where it speaks (propagate)', () => {
  it('reads "King said" as the person the article names in full', () => {
    const text = 'Fed Cup captain Billie Jean King named her team on Friday . " We need her to win , " King said .';
    expect(names(text).filter((n) => n.startsWith('King'))).toEqual(['King/person']);
  });

  it('leaves the word alone where it does not speak', () => {
    const text = 'Fed Cup captain Billie Jean King named her team on Friday . The King will visit in May .';
    expect(names(text).filter((n) => n.startsWith('King'))).toEqual([]);
  });
});

describe('parties named by their members in the plural (demonymBodies)', () => {
  it('reads a people or a creed and its members as the party', () => {
    expect(names('It was the Labour Party , the Liberal Democrats and its forerunners .')).toContain('Liberal Democrats/organization');
    expect(names("This election saw the peak of the Australian Democrats ' popularity .")).toContain('Australian Democrats/organization');
    expect(names('The alliance was formed with the Italian Democratic Socialists in 2005 .')).toContain(
      'Italian Democratic Socialists/organization',
    );
  });

  it('leaves the members alone without a people or a creed before them', () => {
    expect(names('Most Democrats voted against the bill on Tuesday .').filter((n) => n.includes('Democrats'))).toEqual([]);
  });
});
