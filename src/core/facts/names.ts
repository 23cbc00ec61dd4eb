// How a name in an article is matched with a name in the tables: one key for both sides, and the
// surface name news uses for a company's legal title.

/** Combining marks, after NFD: "São Paulo" and "Sao Paulo", "Zürich" and "Zurich" are one key. */
const MARKS = /\p{M}+/gu;
/** Apostrophes, typed or curly, and the possessive they start ("Amazon’s" is Amazon). */
const POSSESSIVE = /['’]s?$/;
/** Punctuation news writes or drops in the same name: "U.S." and "US", "St. Louis" and "St Louis". */
const DROPPED = /[.,'’]/g;
/** Hyphens and dashes join words that are also written apart ("Wilkes-Barre", "Winston Salem"). */
const JOINERS = /[-\u2010-\u2015]/g;

/** Words of ASCII letters separated by single spaces: nothing for nameKey() to remove but case and "the". */
const PLAIN = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

/**
 * The key a name is looked up by: without accents, case, a leading "the", a possessive or the dots and
 * commas that vary between spellings. Whole names only: the key of "Apple Music" is not the key of "Apple".
 */
export function nameKey(name: string): string {
  // Most names are plain letters and single spaces, for which the key is the lower case: the tables' 25,000
  // names are indexed on a card's first hover, so they skip the normalization.
  if (PLAIN.test(name)) return name.toLowerCase().replace(/^the /, '');
  return name
    .normalize('NFD')
    .replace(MARKS, '')
    .trim()
    .replace(POSSESSIVE, '')
    .replace(DROPPED, '')
    .replace(JOINERS, ' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^the /, '')
    .trim();
}

/**
 * Tails of a legal title that news drops: legal forms in English and the European languages SEC filers use, and
 * the ".com" SEC writes as "COM" ("AMAZON COM INC").
 */
const LEGAL_TAILS = new Set(
  'inc incorporated corp corporation co cos company companies ltd limited plc llc lp llp lllp nv sa ag se ab asa spa bv oyj as kgaa com'.split(
    ' ',
  ),
);
/**
 * Holding words news drops too ("Goldman Sachs Group", "Sony Group"), but a small company keeps them when only one
 * word would be left: "City Holding" or "Post Holdings" shortened to "City" or "Post" would match any such word
 * the recognizer takes for an organization, while a reader does know Sony by its one word.
 */
const HOLDING_TAILS = new Set(['holding', 'holdings', 'group']);
/** SEC's markers of a state of incorporation or a renamed filer, at the end of a title: "/DE/", "\DE\", "/NEW", "CORP/". */
const STATE_MARK = /\s*[/\\][A-Z]{0,4}[/\\]?\s*$/;
/** A lone letter: two at the end are a split legal form ("NOVO NORDISK A S"); one alone is a name's ("Model N"). */
const LONE_LETTER = /^\p{L}\.?$/u;

/**
 * The name news gives a company, from its legal title in SEC's list: "AMAZON COM INC" → "Amazon",
 * "Apple Inc." → "Apple", "Meta Platforms, Inc." → "Meta Platforms", "ELI LILLY & Co" → "Eli Lilly". A title
 * written in capitals is put in the case news writes it; an initialism keeps its capitals ("AT&T", "IBM").
 * `wellKnown`: whether a reader knows the company by a one-word name left by dropping a holding word.
 */
export function surfaceName(title: string, wellKnown = true): string {
  let words = title.replace(STATE_MARK, '').replace(/,/g, ' ').split(/\s+/).filter(Boolean);
  const bare = (word: string) => word.replace(STATE_MARK, '').replace(/\./g, '').toLowerCase();
  if (words.length > 1 && bare(words[0]!) === 'the') words = words.slice(1);
  while (words.length > 1) {
    const last = words[words.length - 1]!;
    const splitForm = words.length > 2 && LONE_LETTER.test(last) && LONE_LETTER.test(words[words.length - 2]!);
    if (splitForm) words = words.slice(0, -2);
    else if (LEGAL_TAILS.has(bare(last)) || last === '&' || (HOLDING_TAILS.has(bare(last)) && (wellKnown || words.length > 2)))
      words = words.slice(0, -1);
    else break;
  }
  // The legal form may be the only lower case of a title in capitals ("ELI LILLY & Co").
  const shouting = !words.some((word) => /\p{Ll}/u.test(word));
  return words.map((word, i) => (shouting ? newsCase(word, i) : word.replace(STATE_MARK, ''))).join(' ');
}

/** Short words inside a name, lower case in news ("Bank of America"). */
const NAME_PARTICLES = new Set(['OF', 'AND', 'THE', 'FOR', 'DE']);
/** Words this short in capitals are initialisms more often than words ("AMD", "UBS", "SAP"). */
const INITIALISM_MAX = 3;

/** A word of an all-capitals title as news writes it: title case, but initialisms keep their capitals. */
function newsCase(word: string, index: number): string {
  if (index > 0 && NAME_PARTICLES.has(word)) return word.toLowerCase();
  if (word.length <= INITIALISM_MAX || !/[AEIOUY]/.test(word) || /[&\d]/.test(word)) return word;
  return word.charAt(0) + word.slice(1).toLowerCase();
}
