// Choosing the item a name means, from what the article says (core/link/score.ts). Hand-made candidates in the
// shape the client produces; no network.
import { describe, expect, it } from 'vitest';
import { articleWords, chooseLink, MARGIN, scoreCandidates, THRESHOLD } from '../../src/core/link/score';
import type { Candidate, EntityFacts, LinkContext } from '../../src/core/link/types';
import type { EntityType } from '../../src/core/types';

let rank = 0;
function candidate(
  id: string,
  label: string,
  description: string,
  instanceOf: string[],
  extra: Partial<EntityFacts> = {},
  targetLabels: Record<string, string> = {},
  aliases: string[] = [],
): Candidate {
  const facts: EntityFacts = { id, label, description, instanceOf, relations: {}, enwiki: label, sitelinks: 1, ...extra };
  return { hit: { id, label, description, match: 'label', aliases }, rank: rank++, facts, targetLabels };
}
const context = (name: string, type: EntityType, text: string, otherNames: string[] = []): LinkContext => ({
  name,
  type,
  words: articleWords(text),
  otherNames,
});

function gemini(): Candidate[] {
  rank = 0;
  return [
    candidate('Q8923', 'Gemini', 'zodiac constellation in the northern sky', ['Q8928']),
    candidate('Q12195', 'Gemini', 'astrological sign', ['Q207694']),
    candidate(
      'Q212162',
      'Project Gemini',
      'NASA human spaceflight program',
      ['Q3917681'],
      { relations: { P127: ['Q23548'] } },
      { Q23548: 'NASA' },
      ['Gemini'],
    ),
    candidate(
      'Q124232960',
      'Gemini',
      'family of multimodal large language models developed by Google DeepMind',
      ['Q115305900'],
      { relations: { P178: ['Q95'] } },
      { Q95: 'Google' },
    ),
    candidate('Q100', 'Gemini', 'Wikimedia disambiguation page', ['Q4167410']),
  ];
}

describe('chooseLink', () => {
  it('takes the Gemini that Google develops in a story about Google', () => {
    const link = chooseLink(
      context('Gemini', 'product', 'Google said Gemini now answers questions about video.', ['Google', 'Gemini']),
      gemini(),
    );
    expect(link).toMatchObject({ qid: 'Q124232960', type: 'product' });
  });

  it('takes the constellation in a story about the night sky, whatever type the recognizer guessed', () => {
    const text = 'Meteors appear to come from Gemini, the constellation whose brightest stars mark the twins.';
    expect(chooseLink(context('Gemini', 'person', text), gemini())?.qid).toBe('Q8923');
  });

  it('takes NASA’s programme when the story is about NASA', () => {
    const text = 'NASA flew ten crewed Gemini missions before Apollo; the human spaceflight program ended in 1966.';
    expect(chooseLink(context('Gemini', 'other', text, ['NASA', 'Apollo']), gemini())?.qid).toBe('Q212162');
  });

  it('never answers with a disambiguation page, a given name or a family name', () => {
    rank = 0;
    const only = [
      candidate('Q100', 'Jordan', 'Wikimedia disambiguation page', ['Q4167410'], { sitelinks: 300 }),
      candidate('Q101', 'Jordan', 'given name', ['Q202444']),
      candidate('Q102', 'Jordan', 'family name', ['Q101352']),
    ];
    expect(chooseLink(context('Jordan', 'person', 'Jordan said so.'), only)).toBeNull();
    expect(scoreCandidates(context('Jordan', 'person', 'Jordan said so.'), only)).toEqual([]);
  });

  it('links nothing when two candidates are too close', () => {
    rank = 0;
    const rivals = [candidate('Q1', 'Mercury', 'planet', ['Q634']), candidate('Q2', 'Mercury', 'river', ['Q4022'])];
    // Both are places with nothing in the article to choose between them beyond search order.
    rivals[1]!.rank = 0;
    const scored = scoreCandidates(context('Mercury', 'place', 'It was hot.'), rivals);
    expect(scored[0]!.score - scored[1]!.score).toBeLessThan(MARGIN);
    expect(chooseLink(context('Mercury', 'place', 'It was hot.'), rivals)).toBeNull();
  });

  it('links nothing below the threshold: a longer label that only starts with the name, nothing else agreeing', () => {
    rank = 3;
    const far = [candidate('Q296', 'Claude Monet', 'French painter', ['Q5'])];
    const scored = scoreCandidates(context('Claude', 'product', 'Claude wrote the code.'), far);
    expect(scored[0]!.score).toBeLessThan(THRESHOLD);
    expect(chooseLink(context('Claude', 'product', 'Claude wrote the code.'), far)).toBeNull();
  });

  it('corrects the type: a "Delta" the recognizer took for a place is the airline the article names in full', () => {
    rank = 0;
    const delta = [
      candidate('Q43742', 'river delta', 'landform at the mouth of a river', ['Q271669'], {}, {}, ['delta']),
      candidate('Q188920', 'Delta Air Lines', 'major airline of the United States', ['Q46970'], {}, {}, ['Delta']),
    ];
    const text = 'Delta Air Lines gained 4% as the airline said bookings were strong. Delta expects 6 million passengers.';
    expect(chooseLink(context('Delta', 'place', text, ['Delta Air Lines', 'Delta']), delta)).toMatchObject({
      qid: 'Q188920',
      type: 'organization',
    });
  });

  it('reads the article’s words in the description, not the name’s own words', () => {
    rank = 0;
    const cands = [
      candidate('Q3884', 'Amazon', 'American e-commerce company', ['Q4830453']),
      candidate('Q177567', 'Amazon rainforest', 'tropical rainforest in South America', ['Q1969448'], {}, {}, ['Amazon']),
    ];
    const scored = scoreCandidates(
      context('Amazon', 'place', 'Deforestation of the tropical rainforest fell in the Amazon, South America.'),
      cands,
    );
    const rainforest = scored.find((s) => s.candidate.hit.id === 'Q177567')!;
    expect(rainforest.parts.context).toBeGreaterThan(0);
    expect(scored.find((s) => s.candidate.hit.id === 'Q3884')!.parts.context).toBe(0);
  });

  it('gives the title of the English article, or the label when there is none', () => {
    rank = 0;
    const c = candidate('Q5', 'Lambda', 'American GPU cloud computing company', ['Q4830453'], { enwiki: null });
    const link = chooseLink(context('Lambda', 'organization', 'Lambda rents out GPU chips in the cloud.'), [c]);
    expect(link).toMatchObject({ qid: 'Q5', title: 'Lambda', hasArticle: false, description: 'American GPU cloud computing company' });
  });

  it('is deterministic and ignores the name itself among the other names', () => {
    const ctx = context('Gemini', 'product', 'Google said Gemini works.', ['Gemini', 'Google']);
    expect(chooseLink(ctx, gemini())).toEqual(chooseLink(ctx, gemini()));
  });
});
