// Passes that look for words of a list of capitalised words ("North", "Act", "Bureau") go through
// Doc.capitals, the tokens whose first letter is upper case, instead of every word of the article.
// That finds every word of those lists only while each of them starts with an upper-case letter.
import { describe, expect, it } from 'vitest';
import { capitalsPass } from '../../src/core/recognize/entities/span';
import { PARTY_MEMBERS } from '../../src/core/recognize/entities/shapes';
import { tokenize } from '../../src/core/recognize/entities/tagger/tokenize';
import { BODY_NOUN, DIRECTION, KNOWN_ORGS, LAW_WORDS, OF_BODY_HEADS, PRIZE_OR_WAR, SEASONS } from '../../src/core/recognize/entities/words';
import { Pace, whole } from '../../src/core/recognize/pace';

const LOOKED_UP_AMONG_CAPITALS = { BODY_NOUN, DIRECTION, KNOWN_ORGS, LAW_WORDS, OF_BODY_HEADS, PARTY_MEMBERS, PRIZE_OR_WAR, SEASONS };

describe('capitals index', () => {
  it('holds the tokens whose first letter is upper case, in order', () => {
    const tokens = tokenize('The Élysée said eBay, in the 1990s, passed the ǅ Act and U.S. rules; "Quoted" words.');
    const capitals = [...whole(capitalsPass(tokens, new Pace()))].map((k) => tokens[k]!.text);
    expect(capitals).toEqual(['The', 'Élysée', 'Act', 'U.S.', 'Quoted']);
  });

  it('finds every word of the lists looked up among the capitals (each starts with an upper-case letter)', () => {
    for (const [name, list] of Object.entries(LOOKED_UP_AMONG_CAPITALS)) {
      const lower = [...list].filter((word) => !/^\p{Lu}/u.test(word));
      expect(lower, name).toEqual([]);
    }
  });
});
