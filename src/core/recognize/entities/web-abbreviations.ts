// An article that spells out an abbreviation in lower-case words ("gross domestic product (GDP)",
// "optical character recognition (OCR)") says it abbreviates a common noun, not a name. This reads the
// spelling in brackets, mixed-case abbreviations ("MSc") and small words included; commonAbbreviations
// (news-common.ts) drops the abbreviation wherever the article uses it.
import type { Token } from './tagger/tokenize';

/** An abbreviation in brackets: two to eight letters, the first and at least one more a capital ("GDP", "MSc", "k-NN" aside). */
const ABBREVIATION = /^(?=(?:.*\p{Lu}){2})\p{Lu}[\p{Lu}\p{Ll}]{1,7}s?$/u;
/** Small words an abbreviation may skip or keep ("return on investment (ROI)", "bill of materials (BOM)"). */
const SMALL = /^(of|for|and|in|on|the|to|by|a|an|at|with)$/;
/** The most words a spelt-out abbreviation reads back over: twice its letters, small words included. */
const WORDS_PER_LETTER = 2;

/**
 * The abbreviation "( X )" at token `k` when the lower-case words before it spell it. A sentence's first
 * word may have its capital ("Machine translation (MT)").
 */
export function spelledInBrackets(tokens: readonly Token[], k: number): string | null {
  if (tokens[k]?.text !== '(' || tokens[k + 2]?.text !== ')') return null;
  const abbreviation = tokens[k + 1]!.text;
  return ABBREVIATION.test(abbreviation) && spelledBefore(tokens, k, abbreviation) ? abbreviation : null;
}

/** Whether the lower-case words before the bracket at `k` spell `abbreviation` by their initials. */
function spelledBefore(tokens: readonly Token[], k: number, abbreviation: string): boolean {
  const letters = abbreviation.replace(/s$/, '').toLowerCase();
  const words: string[] = [];
  for (let i = k - 1; i >= 0 && words.length < WORDS_PER_LETTER * letters.length; i--) {
    const t = tokens[i]!;
    const lower = /^\p{Ll}[\p{Ll}-]*$/u.test(t.text);
    const opening = t.sentStart && /^\p{Lu}\p{Ll}+$/u.test(t.text);
    if (!lower && !opening) break;
    words.unshift(t.text.toLowerCase());
    if (spells(words, letters)) return true;
    if (opening) break;
  }
  return false;
}

/**
 * Whether `words` spell `letters` from their first word on: each word gives its initial, or one
 * initial per hyphenated part ("short-term" S T); a small word may give none.
 */
function spells(words: readonly string[], letters: string): boolean {
  const match = (w: number, l: number): boolean => {
    if (w === words.length) return l === letters.length;
    const word = words[w]!;
    if (SMALL.test(word) && w > 0 && match(w + 1, l)) return true;
    const parts = word.split('-').filter(Boolean);
    const whole = parts.map((p) => p[0]).join('');
    if (letters.startsWith(whole, l) && match(w + 1, l + whole.length)) return true;
    return parts.length > 1 && letters[l] === word[0] && match(w + 1, l + 1);
  };
  return match(0, 0);
}
