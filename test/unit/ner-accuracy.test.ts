// The recognizer's accuracy work of issue 9 (CoNLL, UNER PUD, news-real): general shapes of names
// that the tagger cuts or types wrong. Invented sentences, not copies of any evaluation page.
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

describe('a nationality and a title of office before a person', () => {
  it('the person is the name after the title, the nationality and the title are no part of it', () => {
    const text = 'On Tuesday the Moldovan President Tavo Renkas met the press in the capital.';
    expect(typeOf(text, 'Tavo Renkas')).toBe('person');
    expect(marks(text)).not.toContain('Moldovan President Tavo Renkas:place');
  });

  it('a title of two words after the nationality ("Defence Minister") is no part of the name either', () => {
    const text = 'Officials said that Estonian Defence Minister Arvo Kallaste would visit the base in May.';
    expect(typeOf(text, 'Arvo Kallaste')).toBe('person');
  });
});

describe('the particles of family names', () => {
  it('a given name, a lower-case particle and a surname are one person', () => {
    const text = 'The winning try came from Pieter van der Merwelaan after forty minutes of pressure.';
    expect(typeOf(text, 'Pieter van der Merwelaan')).toBe('person');
  });

  it('a capitalised particle opens the surname when the article names the person by it', () => {
    const text = 'Pieter van der Merwelaan scored twice. Later Van der Merwelaan was replaced.';
    expect(typeOf(text, 'Van der Merwelaan')).toBe('person');
  });
});

describe('a name the article abbreviates in brackets', () => {
  it('the long name is one organization, however the tagger cut it, and the abbreviation too', () => {
    const text =
      'Talks were hosted by the Council for Trade and Development in Eastern Asia (CTDEA) on Friday. A CTDEA spokesman declined to comment.';
    expect(typeOf(text, 'Council for Trade and Development in Eastern Asia')).toBe('organization');
    expect(typeOf(text, 'CTDEA')).toBe('organization');
    expect(typeOf(text, 'CTDEA', 1)).toBe('organization');
  });

  it('initials that fit only the end of a longer name do not cut it there', () => {
    const text = 'Members of the Front for the Defence of Northern Rivers (DNR) marched on Sunday.';
    expect(marks(text)).not.toContain('Defence of Northern Rivers:organization');
  });

  it('capitalised words that no one found and no body ends are not made a name', () => {
    const text = 'Economists watch Gross Domestic Product (GDP) closely.';
    expect(typeOf(text, 'Gross Domestic Product')).toBeNull();
  });
});

describe('names and numbers on a sports page', () => {
  it("a bowler's name before his figures is a person, not a numbered product", () => {
    const text = [
      'CRICKET - ENGLAND V PAKISTAN SCORES .',
      'Pakistan first innings',
      'Aamir Sohail c Croft b Gough 0',
      'Salim Malik c Stewart b Hollioake 23',
      'Wasim Akram c Knight b Hollioake 21',
    ].join('\n');
    const found = marks(text);
    expect(found.some((m) => /\d/.test(m))).toBe(false);
  });

  it('outside sports a name and a small number can still be a numbered product', () => {
    const text = 'The developer said Hornsea 4 would be built by 2030, after a long delay.';
    expect(typeOf(text, 'Hornsea 4')).toBe('product');
  });
});

describe('what the sentence calls a place', () => {
  it('a name after "the town of" or "west of" is a place, and so are its other mentions', () => {
    const text = 'The festival is held in the town of Varessano every May. Varessano lies west of Coldbrook, on the river.';
    expect(typeOf(text, 'Varessano')).toBe('place');
    expect(typeOf(text, 'Varessano', 1)).toBe('place');
    expect(typeOf(text, 'Coldbrook')).toBe('place');
  });

  it('a word before a comma and a known state is a town in it', () => {
    const text = 'He was buried in a small cemetery in Harlowe, Ohio, beside his parents.';
    expect(typeOf(text, 'Harlowe')).toBe('place');
  });

  it('a possessive after the name says it is no place', () => {
    const text = "The barn stood near Mr Abernathy's farm, which Abernathy sold last year.";
    expect(typeOf(text, 'Abernathy', 1)).not.toBe('place');
  });
});

describe('capitals for emphasis', () => {
  it('a common word in capitals inside a sentence in lower case is no name', () => {
    const text = 'The staff were VERY friendly and we will NEVER forget the view from the Harbour Inn.';
    expect(marks(text).some((m) => m.startsWith('VERY:') || m.startsWith('NEVER:'))).toBe(false);
  });

  it('an abbreviation the lists know keeps its mark, even when it spells a common word', () => {
    const text = 'The WHO said on Monday that cases had fallen in every region it monitors.';
    expect(typeOf(text, 'WHO')).toBe('organization');
  });
});

describe('countries in a headline in capitals', () => {
  it('the countries of a headline are places, without its verbs and the sport', () => {
    const text = 'SOCCER - NORWAY BEAT MOLDOVA IN QUALIFIER .\nOSLO 1996-08-31\nNorway beat Moldova 2-0 on Saturday in a qualifier.';
    const found = marks(text);
    expect(found).toContain('NORWAY:place');
    expect(found).toContain('MOLDOVA:place');
    expect(found.some((m) => m.includes('BEAT'))).toBe(false);
  });
});
