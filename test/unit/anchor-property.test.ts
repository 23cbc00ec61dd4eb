// Properties of note anchoring over random articles (fast-check): a note found in the text it was
// written on is found exactly there; edits outside its quote never move it to other words; a digit
// changed inside its quote re-attaches it, with the figure flagged.
import fc from 'fast-check';
import { describe as group, expect, it } from 'vitest';
import { anchor, describe, reanchor } from '../../src/core/anchor';

// Words of news prose, so random articles repeat words as real ones do (copies of a short quote
// happen), without being degenerate.
const WORDS = ['the', 'company', 'said', 'revenue', 'rose', 'in', 'quarter', 'analysts', 'market', 'shares', 'fell', 'on', 'a', 'plan'];
const word = fc.constantFrom(...WORDS);
const sentence = fc.array(word, { minLength: 3, maxLength: 12 }).map((w) => `${w.join(' ')}.`);
const article = fc.array(sentence, { minLength: 2, maxLength: 30 }).map((s) => s.join(' '));

/** An article and a range in it. */
const noted = article.chain((text) =>
  fc
    .tuple(fc.nat({ max: text.length - 1 }), fc.integer({ min: 1, max: 80 }))
    .map(([start, len]) => ({ text, start, end: Math.min(text.length, start + len) })),
);

group('anchoring, property-tested', () => {
  it('describe → anchor is the identity on the text the note was written on', () => {
    fc.assert(
      fc.property(noted, ({ text, start, end }) => {
        expect(anchor(text, describe(text, start, end))).toEqual({ start, end });
      }),
      { numRuns: 300 },
    );
  });

  it('a small edit outside the quote never moves the note to other words', () => {
    const edit = fc.record({
      before: fc.boolean(), // edit before the quote or after it
      at: fc.nat(), // where, within that side
      remove: fc.integer({ min: 0, max: 6 }),
      insert: fc.string({ maxLength: 12 }),
    });
    fc.assert(
      fc.property(noted, edit, ({ text, start, end }, e) => {
        const selector = describe(text, start, end);
        const quote = text.slice(start, end);
        // Where the edit goes: strictly outside [start, end), on the chosen side.
        const side = e.before ? [0, start] : [end, text.length];
        const at = side[0]! + (side[1]! > side[0]! ? e.at % (side[1]! - side[0]! + 1) : 0);
        const remove = Math.min(e.remove, e.before ? start - at : text.length - at);
        const edited = text.slice(0, at) + e.insert + text.slice(at + remove);
        const shift = e.before ? e.insert.length - remove : 0;
        const found = reanchor(edited, selector);
        expect(found).not.toBeNull();
        // The same words, unchanged...
        expect(edited.slice(found!.start, found!.end)).toBe(quote);
        expect(found!.changes).toEqual([]);
        // ...and the same copy of them, when context and position can tell copies apart: the one
        // case where they cannot is a copy whose context matches as well, which is the same text.
        const moved = start + shift;
        if (found!.start !== moved) {
          const copy = describe(edited, found!.start, found!.end)[0];
          const original = describe(edited, moved, moved + quote.length)[0];
          expect(copy.exact).toBe(original.exact);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a digit changed inside the quote re-attaches the note, with the figure flagged', () => {
    const figure = fc.record({
      millions: fc.integer({ min: 10, max: 999 }),
      digit: fc.nat({ max: 2 }),
      by: fc.integer({ min: 1, max: 9 }),
    });
    fc.assert(
      fc.property(article, article, figure, (head, tail, f) => {
        const was = `$${f.millions} million`;
        const quote = `spent ${was} on the plan`;
        const text = `${head} The company ${quote} this year. ${tail}`;
        const start = text.indexOf(`spent ${was}`);
        const selector = describe(text, start, start + quote.length);
        // One digit of the figure changed (never to the same digit).
        const digits = String(f.millions).split('');
        const i = f.digit % digits.length;
        digits[i] = String((Number(digits[i]) + f.by) % 10);
        if (digits[0] === '0') digits[0] = '1';
        const now = `$${digits.join('')} million`;
        fc.pre(now !== was);
        const edited = text.replace(`spent ${was}`, `spent ${now}`);
        const found = reanchor(edited, selector);
        expect(found).not.toBeNull();
        expect(edited.slice(found!.start, found!.end)).toBe(`spent ${now} on the plan`);
        expect(found!.changes).toEqual([{ was, now }]);
      }),
      { numRuns: 200 },
    );
  });
});
