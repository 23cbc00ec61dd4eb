import { describe, expect, it } from 'vitest';
import { describe as select } from '../../src/core/anchor';
import { anchorNotes } from '../../src/background/note-places';
import type { Note } from '../../src/core/types';

const before = 'The company is expected to spend more than $10 billion on data centre equipment this year, its finance chief said.';

function note(id: string, quote: string | null): Note {
  const at = quote === null ? -1 : before.indexOf(quote);
  const url = 'https://example.com/story';
  return {
    id,
    url,
    urls: [url],
    title: 'Story',
    target: { source: url, selector: quote === null ? null : select(before, at, at + quote.length) },
    text: 'private words',
    tags: [],
    entities: [],
    created: 1,
    modified: 1,
  };
}

describe('anchorNotes', () => {
  const notes = [
    note('same', 'The company is expected'),
    note('figure', 'spend more than $10 billion on data centre equipment'),
    note('gone', 'its finance chief said'),
    note('page', null),
  ];
  const after = before.replace('$10 billion', '$12 billion').replace(', its finance chief said', '');

  it('places, flags changed figures and lists orphans; page notes have no place', () => {
    const { anchors, placements } = anchorNotes(after, notes);
    expect(placements).toEqual([
      { id: 'same', state: 'placed' },
      { id: 'figure', state: 'changed', changes: [{ was: '$10 billion', now: '$12 billion' }] },
      { id: 'gone', state: 'orphan' },
    ]);
    expect(anchors.map((a) => [a.id, after.slice(a.start, a.end), a.changes])).toEqual([
      ['same', 'The company is expected', undefined],
      ['figure', 'spend more than $12 billion on data centre equipment', [{ was: '$10 billion', now: '$12 billion' }]],
    ]);
  });

  it('gives the page positions and old figures only, never a word of a note', () => {
    expect(JSON.stringify(anchorNotes(after, notes).anchors)).not.toContain('private');
  });
});
