// Splits article text into word and punctuation tokens with UTF-16 offsets, in the way the NER
// training corpora are tokenised: possessive 's is its own token, hyphenated and dotted names
// ("Rolls-Royce", "GPT-4", "U.S.") stay whole, and a few abbreviations keep their period
// ("Co.", "Mr."), so a name like "Taiwan Semiconductor Manufacturing Co." ends on the period.
import { Pace, whole, type Sliced } from '../../pace';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** First token of a sentence (a capital there says nothing about being a name). */
  sentStart: boolean;
}

// Word: letters/digits joined by - ' ’ & . inside; or dotted initials (U.S., U.K.); or one non-space char.
// A word ends after 64 letters or 8 joins and the rest is read as the next word: no word is that
// long (the longest in our corpora has 57), and a page of one endless "word" then costs no more per
// token than any other page.
const TOKEN_RE = /(?:\p{Lu}\.){2,32}|[\p{L}\p{N}\p{M}]{1,64}(?:[-'’&.][\p{L}\p{N}\p{M}]{1,64}){0,8}|\S/gu;

/** Abbreviations whose period belongs to the word (lowercased, without the period). */
const ABBREV_WITH_PERIOD = new Set([
  'co',
  'corp',
  'inc',
  'ltd',
  'bros',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'jr',
  'sr',
  'gen',
  'sen',
  'rep',
  'gov',
  'lt',
  'col',
  'capt',
  'sgt',
  'rev',
  'hon',
  'mt',
  'ft',
  'no',
  'vs',
  'plc',
  'llc',
  'cie',
  'messrs',
  'pres',
  'supt',
  'adm',
  'maj',
  'cmdr',
  'fr',
  'sra',
  'sta',
]);

/**
 * The start of a token that is really two words run together: a lower-case word and a period before
 * a capitalised word ("underground." of "underground.Credit"), or a credit word before a name
 * ("Credit" of "CreditKirsten").
 */
const GLUED = /^(?:[\p{L}\p{N}]*\p{Ll}{2}\.(?=\p{Lu}\p{Ll})|(?:Credit|Photograph|Photo|Illustration)(?=\p{Lu}\p{Ll}))/u;

/** Whether GLUED can match `word` at all: it holds a period or starts as a credit word does (C, P, I). */
function mayBeGlued(word: string): boolean {
  const c = word.charCodeAt(0);
  return c === 67 || c === 80 || c === 73 || word.includes('.');
}

const SENTENCE_END = new Set(['.', '!', '?', '…']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '—', '–', '-', '•', '*']);

export function tokenize(text: string): Token[] {
  return whole(tokenizePass(text, new Pace()));
}

/** tokenize() as a sliced pass (one unit per token, two for the regular expression). */
export function* tokenizePass(text: string, pace: Pace): Sliced<Token[]> {
  const out: Token[] = [];
  let sentStart = true;
  let lastEnd = 0;
  // Next line break at or after lastEnd (searched again only once passed, so the scan stays linear).
  let newline = text.indexOf('\n');
  if (newline < 0) newline = text.length;
  // Its own copy: another page's tokens may be read between two slices of this one.
  const re = new RegExp(TOKEN_RE.source, TOKEN_RE.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (pace.spend(2)) yield;
    let word = m[0];
    const start = m.index;
    let end = start + word.length;
    // Caption and credit text glued by the page's markup ("underground.CreditChang W. Lee",
    // "weather.CreditKirsten Luce"): the sentence ends at the period and the credit word is its own
    // token, so the name after it is read as a name.
    const glued = word.length > 6 && mayBeGlued(word) ? GLUED.exec(word) : null;
    if (glued && glued[0].length < word.length) {
      word = glued[0].replace(/\.$/, '');
      end = start + word.length;
      re.lastIndex = glued[0].endsWith('.') ? end : start + glued[0].length;
      // A credit line starts after the credit word, as it would on a line of its own.
      if (!glued[0].endsWith('.')) {
        push(out, word, start, end, sentStart);
        sentStart = true;
        lastEnd = end;
        continue;
      }
    }
    // A blank line (paragraph break) starts a sentence even without a period: headings, captions.
    if (newline < lastEnd) {
      newline = text.indexOf('\n', lastEnd);
      if (newline < 0) newline = text.length;
    }
    if (lastEnd > 0 && newline < start) sentStart = true;
    lastEnd = end;
    if (word.length > 2) {
      const c = word.charCodeAt(word.length - 2);
      const last = word.charCodeAt(word.length - 1);
      // Possessive 's / ’s stays outside the name.
      if ((c === 39 || c === 0x2019) && (last === 115 || last === 83)) {
        push(out, word.slice(0, -2), start, end - 2, sentStart);
        push(out, word.slice(-2), end - 2, end, false);
        sentStart = false;
        continue;
      }
    }
    if (text.charCodeAt(end) === 46 /* . */ && ABBREV_WITH_PERIOD.has(word.toLowerCase())) {
      end += 1;
      word += '.';
      re.lastIndex = end;
      lastEnd = end;
    } else if (word.length === 1 && text.charCodeAt(end) === 46 && isUpper(word) && isInitialContext(text, end + 1)) {
      // A middle initial ("John F. Kennedy") keeps its period and does not end the sentence.
      end += 1;
      word += '.';
      re.lastIndex = end;
      lastEnd = end;
    }
    push(out, word, start, end, sentStart);
    // The marks of SENTENCE_END and OPENERS are one character each: longer words skip the lookup.
    if (
      (word.length === 1 && SENTENCE_END.has(word)) ||
      (word.endsWith('.') && word.length > 3 && /\p{Lu}\.$/u.test(word) && nextIsCapital(text, end))
    )
      sentStart = true;
    else if (sentStart && word.length === 1 && OPENERS.has(word)) sentStart = true;
    else sentStart = false;
  }
  return out;
}

function push(out: Token[], text: string, start: number, end: number, sentStart: boolean): void {
  out.push({ text, start, end, sentStart });
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isInitialContext(text: string, afterDot: number): boolean {
  // "F. Kennedy": space then a capital letter.
  return text.charCodeAt(afterDot) === 32 && isUpper(text.charAt(afterDot + 1));
}

function nextIsCapital(text: string, from: number): boolean {
  let i = from;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 10)) i++;
  return i < text.length && isUpper(text.charAt(i));
}
