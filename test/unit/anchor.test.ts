import { describe as group, expect, it } from 'vitest';
import {
  anchor,
  atPosition,
  CONTEXT_CHARS,
  describe,
  exactQuote,
  figureChanges,
  fuzzyQuote,
  MAX_FUZZY_QUOTE,
  reanchor,
  type AnchorStrategy,
} from '../../src/core/anchor';
import { noteSelector, CheckFailure, type NoteSelector } from '../../src/core/protocol';

const article =
  'The company said revenue rose 12% to $4.1 billion in the quarter. ' +
  'Analysts had expected revenue of $3.9 billion. ' +
  'The company said it would hire 500 engineers next year.';

group('describe', () => {
  it('records the quote, 32 characters of context each side, and the position', () => {
    const start = article.indexOf('$3.9 billion');
    const end = start + '$3.9 billion'.length;
    const [quote, position] = describe(article, start, end);
    expect(quote).toEqual({
      type: 'TextQuoteSelector',
      exact: '$3.9 billion',
      prefix: article.slice(start - CONTEXT_CHARS, start),
      suffix: article.slice(end, end + CONTEXT_CHARS),
    });
    expect(quote.prefix).toHaveLength(32);
    expect(position).toEqual({ type: 'TextPositionSelector', start, end });
    expect(noteSelector([quote, position], 'selector')).not.toBeInstanceOf(CheckFailure);
  });

  it('keeps shorter context at the edges of the text', () => {
    const [quote] = describe(article, 0, 3);
    expect(quote.prefix).toBe('');
    const [tail] = describe(article, article.length - 5, article.length);
    expect(tail.suffix).toBe('');
    expect(tail.exact).toBe('year.');
  });

  it('refuses empty, reversed or out-of-text ranges', () => {
    expect(() => describe(article, 5, 5)).toThrow(RangeError);
    expect(() => describe(article, 6, 5)).toThrow(RangeError);
    expect(() => describe(article, -1, 5)).toThrow(RangeError);
    expect(() => describe(article, 0, article.length + 1)).toThrow(RangeError);
  });
});

group('anchor', () => {
  const noteOn = (text: string, needle: string, nth = 0) => {
    let at = -1;
    for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
    return describe(text, at, at + needle.length);
  };

  it('finds an unchanged passage where it was', () => {
    const sel = noteOn(article, 'revenue rose 12%');
    expect(anchor(article, sel)).toEqual({ start: sel[1].start, end: sel[1].end });
  });

  it('follows a passage that moved', () => {
    const sel = noteOn(article, 'hire 500 engineers');
    const edited = `UPDATE: shares fell after the call.\n\n${article}`;
    const at = anchor(edited, sel);
    expect(at).not.toBeNull();
    expect(edited.slice(at!.start, at!.end)).toBe('hire 500 engineers');
    expect(at!.start).toBe(edited.indexOf('hire 500 engineers'));
  });

  it('picks the duplicate whose context matches, not the first or the nearest', () => {
    // "The company said" occurs twice; the note is on the second.
    const sel = noteOn(article, 'The company said', 1);
    const second = article.lastIndexOf('The company said');
    expect(anchor(article, sel)!.start).toBe(second);
    // Text inserted before both moves them; the second must still win on context.
    const edited = `Breaking. ${article}`;
    expect(anchor(edited, sel)!.start).toBe(edited.lastIndexOf('The company said'));
  });

  it('does not keep a position that now holds a different copy of the quote', () => {
    const text = 'alpha beta gamma. alpha beta delta.';
    const sel = noteOn(text, 'beta', 1); // the one before "delta"
    // The sentences swapped: the old position now holds the "gamma" copy.
    const swapped = 'alpha beta delta. alpha beta gamma.';
    expect(swapped.slice(sel[1].start, sel[1].end)).toBe('beta');
    expect(anchor(swapped, sel)).toEqual({ start: 6, end: 10 });
  });

  it('prefers the copy nearest the old position when context cannot tell', () => {
    const text = 'x---x-------x';
    const sel: NoteSelector = [
      { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' },
      { type: 'TextPositionSelector', start: 5, end: 6 },
    ];
    expect(anchor(text, sel)).toEqual({ start: 4, end: 5 });
  });

  it('returns null when the passage is gone', () => {
    const sel = noteOn(article, 'hire 500 engineers');
    expect(anchor(article.replace('would hire 500 engineers next year', 'would stop'), sel)).toBeNull();
    expect(anchor('', sel)).toBeNull();
  });

  it('survives a stale position beyond the end of a shorter text', () => {
    const sel = noteOn(article, 'next year');
    const shorter = 'Hiring plans: next year, maybe.';
    expect(anchor(shorter, sel)).toEqual({ start: shorter.indexOf('next year'), end: shorter.indexOf('next year') + 9 });
  });

  it('tries strategies in order, so new ones can be appended', () => {
    const sel = noteOn(article, 'hire 500 engineers');
    const fallback: AnchorStrategy = () => ({ start: 1, end: 2 });
    expect(anchor('gone', sel, [atPosition, exactQuote, fallback])).toEqual({ start: 1, end: 2 });
    expect(anchor(article, sel, [atPosition, exactQuote, fallback])).toEqual({ start: sel[1].start, end: sel[1].end });
    expect(anchor(article, sel, [])).toBeNull();
  });
});

group('re-anchoring an edited article', () => {
  // A news paragraph as first noted, and the quote the reader noted in it.
  const before =
    'Shares of the chipmaker fell sharply on Tuesday. The company is expected to spend more than $10 billion on data centre ' +
    'equipment this year, its finance chief told analysts on a call. Rivals have announced similar plans. ' +
    'Regulators in Brussels said they were watching the market closely.';
  const QUOTE = 'expected to spend more than $10 billion on data centre equipment';
  const sel = () => {
    const at = before.indexOf(QUOTE);
    return describe(before, at, at + QUOTE.length);
  };
  const placed = (text: string) => {
    const r = reanchor(text, sel());
    return r && { text: text.slice(r.start, r.end), changes: r.changes };
  };

  it('an unchanged article: the same place, no change', () => {
    expect(placed(before)).toEqual({ text: QUOTE, changes: [] });
  });

  it('a word changed inside the quote: re-attached to the edited words, no figure flag', () => {
    const after = before.replace('expected to spend', 'forecast to spend');
    expect(placed(after)).toEqual({ text: 'forecast to spend more than $10 billion on data centre equipment', changes: [] });
  });

  it('a number changed inside the quote: re-attached, with the figure that changed', () => {
    const after = before.replace('$10 billion', '$12 billion');
    expect(placed(after)).toEqual({
      text: 'expected to spend more than $12 billion on data centre equipment',
      changes: [{ was: '$10 billion', now: '$12 billion' }],
    });
  });

  it('a paragraph inserted before: the same words, moved', () => {
    const after = `Update, 14:02: this story has been updated with comment from the company.\n\n${before}`;
    const r = reanchor(after, sel())!;
    expect(after.slice(r.start, r.end)).toBe(QUOTE);
    expect(r.start).toBe(after.indexOf(QUOTE));
    expect(r.changes).toEqual([]);
  });

  it('a typo fixed next to the quote: the quote is still found exactly', () => {
    const typo = before.replace('its finance chief', 'its finanse chief');
    const at = typo.indexOf(QUOTE);
    const selector = describe(typo, at, at + QUOTE.length);
    const fixed = typo.replace('finanse', 'finance');
    const r = reanchor(fixed, selector)!;
    expect(fixed.slice(r.start, r.end)).toBe(QUOTE);
    expect(r.changes).toEqual([]);
  });

  it('the passage deleted: not found (an orphan), not attached to some other text', () => {
    const after = before.replace(/The company is expected[^.]*\. /, '');
    expect(after).not.toContain('data centre');
    expect(reanchor(after, sel())).toBeNull();
  });

  it('the sentence duplicated (a pull quote): stays on the copy that matches position and context', () => {
    const sentence = 'The company is expected to spend more than $10 billion on data centre equipment this year';
    // The pull quote comes first in the text, so the first copy is not the note's.
    const after = before.replace('Shares of the chipmaker', `“${sentence}”\n\nShares of the chipmaker`);
    const r = reanchor(after, sel())!;
    expect(after.slice(r.start, r.end)).toBe(QUOTE);
    expect(r.start).toBe(after.lastIndexOf(QUOTE));
  });

  it('the sentence duplicated and its figure changed in both copies: still the matching copy, flagged', () => {
    const s = sel();
    const edited = before.replace('$10 billion', '$12 billion');
    const pull = 'Pull quote: “expected to spend more than $12 billion on data centre equipment” ';
    const after = pull + edited;
    const r = reanchor(after, s)!;
    expect(r.start).toBe(after.lastIndexOf('expected to spend more than $12 billion'));
    expect(r.changes).toEqual([{ was: '$10 billion', now: '$12 billion' }]);
  });

  it('searches near the old position first, then the whole text', () => {
    const filler = 'Other news of the day, unrelated to the story. '.repeat(200); // ~9,400 characters
    const after = filler + before.replace('$10 billion', '$11 billion');
    const r = reanchor(after, sel())!;
    expect(after.slice(r.start, r.end)).toBe('expected to spend more than $11 billion on data centre equipment');
  });

  it('does not fuzzy-match very long quotes (bounded cost)', () => {
    const long = 'word '.repeat(MAX_FUZZY_QUOTE);
    const selector = describe(long, 0, long.length);
    expect(fuzzyQuote(long.replace('word', 'ward'), selector)).toBeNull();
  });
});

group('figureChanges', () => {
  it('pairs the figures that differ, in order, and ignores those that stay', () => {
    expect(figureChanges('rose 12% to $4.1 billion in 2024', 'rose 14% to $4.1 billion in 2024')).toEqual([{ was: '12%', now: '14%' }]);
    expect(figureChanges('rose 12% to $4.1 billion', 'rose 13% to $4.3 billion')).toEqual([
      { was: '12%', now: '13%' },
      { was: '$4.1 billion', now: '$4.3 billion' },
    ]);
  });

  it('reports no change for words only, or a figure only added or removed', () => {
    expect(figureChanges('expected to spend $10 billion', 'forecast to spend $10 billion')).toEqual([]);
    expect(figureChanges('spend $10 billion', 'spend $10 billion and hire 500 people')).toEqual([]);
    expect(figureChanges('spend $10 billion and hire 500 people', 'spend $10 billion')).toEqual([]);
  });
});
