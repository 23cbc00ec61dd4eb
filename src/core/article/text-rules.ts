// What counts as article text and where its breaks go, as named tables: skipped elements, paragraph
// and line elements, whitespace, and invisible characters dropped. Separate because the walk that
// pairs live and cloned trees, the walk that collects the text and the selection trimming share them,
// and a change to what is read belongs in the rules, not the walks.

/** Their text is never article text (noscript holds markup as raw text when scripting is on). */
export const SKIP = new Set(['script', 'style', 'noscript', 'template']);
/** Elements that end a paragraph: "\n\n" before and after. */
export const PARAGRAPH = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'pre',
  'figure',
  'figcaption',
  'table',
  'ul',
  'ol',
  'dl',
  'section',
  'article',
  'header',
  'footer',
  'aside',
  'main',
  'nav',
  'address',
  'hr',
  'details',
  'summary',
  'fieldset',
  'form',
  'caption',
  'center',
  'hgroup',
  'menu',
]);
/** Elements that end a line: "\n" before and after. */
export const LINE = new Set(['br', 'li', 'tr', 'td', 'th', 'dt', 'dd', 'thead', 'tbody', 'tfoot', 'option']);

/** The chars of `isSpace` as a regular expression's class (without brackets), for native scans of a whole node. */
export const SPACE_CLASS = '\\t-\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
/** The chars of `isDropped` as a regular expression's class (without brackets). */
export const DROPPED_CLASS = '\\u00ad\\u200b\\ufeff';

export function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x85 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** Invisible characters that would split words for recognition: soft hyphen, zero-width space, BOM. */
export function isDropped(c: number): boolean {
  return c === 0xad || c === 0x200b || c === 0xfeff;
}
