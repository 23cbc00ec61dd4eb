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
