import { describe, expect, it } from 'vitest';
import { NO_FILTER, filterNotes, tagCounts } from '../../src/core/note-filter';
import type { Note } from '../../src/core/types';

function note(id: string, url: string, start: number | null, created: number, tags: string[] = []): Note {
  const selector =
    start === null
      ? null
      : ([
          { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' },
          { type: 'TextPositionSelector', start, end: start + 1 },
        ] as const);
  return {
    id,
    url,
    urls: [url],
    title: url,
    target: { source: url, selector: selector ? [...selector] : null } as Note['target'],
    text: '',
    tags,
    entities: [],
    created,
    modified: created,
  };
}

const notes = [
  note('late-quote', 'a', 50, 1, ['energy']),
  note('early-quote', 'a', 10, 3, ['energy', 'policy']),
  note('page-note', 'a', null, 4),
  note('other-page', 'b', 0, 2, ['policy']),
];
const ids = (list: Note[]) => list.map((n) => n.id);

describe('filterNotes', () => {
  it('article order: each page together, its page notes first, then by place', () => {
    expect(ids(filterNotes(notes, NO_FILTER))).toEqual(['page-note', 'early-quote', 'late-quote', 'other-page']);
  });

  it('newest and oldest first, by when each note was written', () => {
    expect(ids(filterNotes(notes, { ...NO_FILTER, sort: 'newest' }))).toEqual(['page-note', 'early-quote', 'other-page', 'late-quote']);
    expect(ids(filterNotes(notes, { ...NO_FILTER, sort: 'oldest' }))).toEqual(['late-quote', 'other-page', 'early-quote', 'page-note']);
  });

  it('keeps only the notes with the tag', () => {
    expect(ids(filterNotes(notes, { ...NO_FILTER, tag: 'policy' }))).toEqual(['early-quote', 'other-page']);
    expect(filterNotes(notes, { ...NO_FILTER, tag: 'nothing' })).toEqual([]);
  });

  it('does not reorder its input', () => {
    const copy = [...notes];
    filterNotes(notes, { ...NO_FILTER, sort: 'newest' });
    expect(notes).toEqual(copy);
  });
});

describe('tagCounts', () => {
  it('counts notes per tag, the most used first, ties alphabetical', () => {
    expect(tagCounts(notes)).toEqual([
      { tag: 'energy', count: 2 },
      { tag: 'policy', count: 2 },
    ]);
  });
});
