// Error classes of the development sets (issue 9, fourth round), each on invented sentences: an
// ordinal in figures that numbers a unit or a body is part of its name.
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
