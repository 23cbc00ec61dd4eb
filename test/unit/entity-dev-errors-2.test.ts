// Error classes of the development sets (issue 9, fourth round), each on invented sentences: an
// ordinal in figures that numbers a unit or a body is part of its name; a numbered line-up is a list of persons.
import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../src/core/recognize/entities/recognize';

/** The names found in `text`, each as "name/type". */
function names(text: string): string[] {
  return recognizeEntities(text).map((m) => `${m.text}/${m.type}`);
}

describe('an ordinal before an organization', () => {
  it('keeps the number that tells a unit from its siblings', () => {
    const found = names('In 1953 the 47th Air Division moved its headquarters to Kearney, Nebraska.');
    expect(found).toContain('47th Air Division/organization');
    expect(found).not.toContain('Air Division/organization');
  });
});

describe('a numbered line-up', () => {
  it('reads the numbered names of a line-up as persons once the tagger found one of them', () => {
    const text =
      'Teams :\n' +
      'Turkey - 1 - Rustu Recber , 4 - Hakan Unsal ( 14 - Sergen Yalcin , 57th ) , 2 - Recep Cetin , 3 - Ogun Temizkanoglu , ' +
      '5 - Alpay Ozalan , 7- Abdullah Ercan , 6 - Tolunay Kafkas , 11 - Tayfun Korkut , 9 - Hakan Sukur';
    const found = names(text);
    expect(found).toContain('Hakan Unsal/person');
    expect(found).toContain('Recep Cetin/person');
    expect(found).toContain('Hakan Sukur/person');
  });
});
