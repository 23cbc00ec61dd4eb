// Names the tagger missed that a reader of business news would not: a person at a sentence start,
// "the European Commission", "the pension fund Alecta", "Model 3", a word no dictionary has that
// acts ("Anthropic said", "Nvidia shares rose"), and the companies listed after a kind of company.
import { companyCue, knownCompany, pronounOf, staffCue } from './cues';
import { lexicon } from './lexicon';
import { namesOfList } from './lists';
import { isCapitalised, isCommonWord, isNamey } from './names';
import { RELEASED, VERSION, makersProduct } from './news-split';
import { type Doc, LONGEST_SPAN, type Span, coverage, spanStarts, spanText, withSpans, writtenLower } from './span';
import type { Token } from './tagger/tokenize';
import {
  ACTS,
  COMPANY_KINDS,
  DEMONYMS,
  EVENT_WORDS,
  LAW_WORDS,
  LIST_OPENERS,
  MONTHS_DAYS,
  NO_NAME,
  NUMBERED_NOT_PRODUCT,
  ORG_HEAD,
  ORG_NOUNS,
  ORG_SUFFIX,
  PLACE_HEAD,
  PERSON_ROLES,
  PLACE_PREP,
  SAYS,
  TITLES,
  TRADED,
} from './words';
import { type Pace, type Sliced, mapPass } from '../pace';
import type { EntityType } from '../../types';

/**
 * Names the tagger passed over, by what stands around them: a given name before a surname found
 * elsewhere, a photo credit, a place with the larger place it is in, a maker's product, "the ...
 * Corp.", a company after the noun that describes it, a law, a product and its version.
 */
export function* addMissed(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens } = doc;
  const lex = lexicon();
  const n = tokens.length;
  const covered = yield* coverage(n, spans, pace);
  // Surnames of people the tagger found, to recognise the same person where it did not.
  const surnames = new Set<string>();
  for (const s of spans) if (s.type === 'person') surnames.add(tokens[s.end - 1]!.text);
  const plain = (k: number): boolean => {
    const t = tokens[k];
    if (!t || covered[k] || !capitalStart(t.text) || !PERSON_WORD.test(t.text)) return false;
    const x = t.text;
    return (
      !isCommonWord(x) &&
      !lex.place.has(x) &&
      !lex.org.has(x) &&
      !DEMONYMS.has(x) &&
      !MONTHS_DAYS.has(x) &&
      !TITLES.has(x) &&
      !ORG_SUFFIX.has(x)
    );
  };
  const prev2 = (i: number): string => tokens[i - 1]?.text ?? '';
  const placeAt = new Set<number>();
  for (const s of spans) {
    if (pace.spend()) yield;
    if (s.type === 'place') placeAt.add(s.start);
  }
  const line = doc.lines;
  const sameLine = (a: number, b: number): boolean => line[a] === line[b];
  const add: Span[] = [];
  // The run of capitalised words last measured, [runFrom, runTo), and its last organization word:
  // every word of a run ends it at the same place, so a run is measured once, not from each word.
  let runFrom = 0;
  let runTo = 0;
  let lastSuffix = -1;
  for (let i = 0; i < n; i++) {
    // Two units: a token here is matched against several patterns.
    if (pace.spend(2)) yield;
    if (covered[i]) continue;
    const t = tokens[i]!;
    // Given name + surname the tagger passed over: the surname is a person elsewhere in the text, or
    // a known surname followed by an apposition (", an analyst at", ", Voltaria's chief executive").
    if (plain(i) && plain(i + 1) && !tokens[i + 1]!.sentStart && sameLine(i, i + 1) && !isNamey(tokens[i + 2]?.text ?? '')) {
      const last = tokens[i + 1]!.text;
      const apposed =
        tokens[i + 2]?.text === ',' &&
        /^(an?|the|who|[\p{Lu}][\p{L}]+)$/u.test(tokens[i + 3]?.text ?? '') &&
        !/^(and|or)$/.test(tokens[i + 3]?.text ?? '');
      if (surnames.has(last) || (lex.person.has(last) && (apposed || lex.person.has(t.text)))) {
        add.push({ start: i, end: i + 2, type: 'person' });
        i++;
        continue;
      }
    }
    // "Credit Hiroko Masuike/The New York Times", "Photo: Kirsten Luce for ...": a photo credit names a person.
    if (
      // The regular expressions last: they would be run on every word of the article.
      (tokens[i - 1]?.sentStart === true && /^(Credit|Credits|Photo|Photograph|Illustration)$/.test(prev2(i))) ||
      (tokens[i - 1]?.text === ':' && /^(Credit|Photo|Photograph)$/.test(tokens[i - 2]?.text ?? ''))
    ) {
      let j = i;
      while (
        j < n &&
        j - i < 4 &&
        !covered[j] &&
        (/^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u.test(tokens[j]!.text) || /^\p{Lu}\.$/u.test(tokens[j]!.text)) &&
        (j === i || sameLine(j - 1, j))
      )
        j++;
      const after = tokens[j]?.text ?? '';
      if (
        j - i >= 2 &&
        /^\p{Lu}\p{Ll}/u.test(tokens[j - 1]!.text) &&
        (j === n || !sameLine(j - 1, j) || /^(\/|for|\||,|\(|via)$/.test(after))
      ) {
        add.push({ start: i, end: j, type: 'person' });
        i = j - 1;
        continue;
      }
    }
    // "in Flushing, Queens": a place named with the larger place it is in.
    if (
      tokens[i + 1]?.text === ',' &&
      placeAt.has(i + 2) &&
      /^(in|at|near|from)$/.test(tokens[i - 1]?.text ?? '') &&
      plain(i) &&
      !tokens[i]!.sentStart
    ) {
      add.push({ start: i, end: i + 1, type: 'place' });
      continue;
    }
    if (!isNamey(t.text)) continue;
    // "the European Commission", "The Skellefteå plant" after "Skellefteå" was found, at a sentence start.
    let j = i;
    if (i > runFrom && i < runTo) j = runTo;
    else {
      lastSuffix = -1;
      while (j < n && !covered[j] && isCapitalised(tokens[j]!.text) && (j === i || (!tokens[j]!.sentStart && sameLine(j - 1, j)))) {
        if (pace.spend()) yield;
        if (ORG_SUFFIX.has(tokens[j]!.text)) lastSuffix = j;
        j++;
      }
      runFrom = i;
      runTo = j;
    }
    // A longer run is no name (LONGEST_SPAN): only its last words may start one.
    if (j - i > LONGEST_SPAN) continue;
    const prev = tokens[i - 1]?.text ?? '';
    // "the $1,000 Meta Quest Pro": a maker's product the tagger passed over (no organization word
    // after the maker's name: known from the run, not looked for again from each word).
    if (j - i >= 2 && lastSuffix <= i && makersProduct(tokens, i, j)) {
      add.push({ start: i, end: j, type: 'product' });
      i = j - 1;
      continue;
    }
    if (
      j - i >= 2 &&
      /^(the|The)$/.test(prev) &&
      ORG_SUFFIX.has(tokens[j - 1]!.text) &&
      tokens.slice(i, j).every((x) => !/^(The|A|An)$/.test(x.text))
    ) {
      add.push({ start: i, end: j, type: 'organization' });
      i = j - 1;
      continue;
    }
    // "the pension fund Alecta", "the research firm Calloway": a company named after what it is.
    if (j - i >= 1 && j - i <= 3 && !t.sentStart && ORG_NOUNS.has(prev) && plain(i)) {
      add.push({ start: i, end: j, type: 'organization' });
      i = j - 1;
      continue;
    }
    // "the Digital Markets Act": a law or treaty, named in capitals.
    if (j - i >= 2 && LAW_WORDS.has(tokens[j - 1]!.text) && !t.sentStart) {
      add.push({ start: i, end: j, type: 'other' });
      i = j - 1;
      continue;
    }
    // "Tesla, whose Model 3", "released Claude 3.5": a capitalised word and a version number.
    if (
      j - i === 1 &&
      VERSION.test(tokens[i + 1]?.text ?? '') &&
      !NUMBERED_NOT_PRODUCT.has(t.text) &&
      (/^(whose|its|['’]s)$/.test(prev) || RELEASED.test(prev)) &&
      !/^\d|^[%-]/.test(tokens[i + 2]?.text ?? '')
    ) {
      add.push({ start: i, end: i + 2, type: 'product' });
      i++;
    }
  }
  return add.length ? yield* withSpans(spans, add, pace) : spans;
}

/**
 * Whether who acted is a company or a person, by the pronouns after the verb (pronounOf: "Valero
 * said it was reducing rates", "Farage says he"), else by the word lists;
 * null when nothing tells (a surname alone acts as often as a company does).
 */
function actorType(tokens: Token[], from: number, word: string): EntityType | null {
  // A word the tagger passed over has no reading to outweigh: "it" alone tells.
  const said = pronounOf(tokens, from);
  if (said === 'person') return 'person';
  if (said !== null) return 'organization';
  const lex = lexicon();
  // "Rivian" of "Rivian Automotive": the first word of a listed company's name, if no word or name of its own.
  const listed = lex.firstWords.get(lex.org)?.has(word) && !lex.person.has(word) && !isCommonWord(word);
  return knownCompany(word) || listed ? 'organization' : lex.person.has(word) ? 'person' : null;
}

/**
 * One word the tagger passed over that acts like a name: "Anthropic said on Tuesday", "Nvidia
 * shares rose", "Cohere's chief executive", "Halden, a warehouse automation company". At a
 * sentence start the capital says nothing ("Frustrations brewed", "Dealers said"), so there the
 * word must also be no word of the language as far as the lists and the article tell: not common
 * nor shaped like a common word, never written in lower case in the article, not the plural of
 * an unknown word. A word that is part of a name found elsewhere ("Huang said" after "Jensen
 * Huang") is left to the article-wide consistency step, which knows that name's type.
 */
export function* actingNames(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens } = doc;
  const lex = lexicon();
  const n = tokens.length;
  const covered = yield* coverage(n, spans, pace);
  let inNames: Set<string> | null = null;
  const add: Span[] = [];
  for (let i = 0; i < n; i++) {
    if (pace.spend(2)) yield;
    const next = tokens[i + 1];
    const t = tokens[i]!;
    const word = t.text;
    const c = word.charCodeAt(0);
    // Most tokens are lower-case words: ruled out before any pattern is tried.
    if (covered[i] || !next || next.sentStart || (c >= 97 && c <= 122) || !/^\p{Lu}[\p{L}\d&-]*$/u.test(word) || !/\p{Ll}/u.test(word))
      continue;
    if (
      NO_NAME.has(word) ||
      DEMONYMS.has(word) ||
      MONTHS_DAYS.has(word) ||
      TITLES.has(word) ||
      ORG_SUFFIX.has(word) ||
      ORG_HEAD.has(word) ||
      PLACE_HEAD.has(word) ||
      lex.place.has(word)
    )
      continue;
    const one: Span = { start: i, end: i + 1, type: 'organization' };
    const acts = ACTS.has(next.text);
    const owned = companyCue(tokens, one);
    if (!acts && !owned && !TRADED.has(next.text) && !staffCue(tokens, one)) continue;
    const prev = tokens[i - 1];
    if (prev && !t.sentStart) {
      // Inside a run of capitalised words ("Hun Sen agreed", "Democracy Wall movement") the tagger's
      // reading of the run stands; an opening word of the sentence ("Then Rivian said") is no part of it.
      if (isNamey(prev.text) && !(prev.sentStart && (isCommonWord(prev.text) || NO_NAME.has(prev.text)))) continue;
      // "a police official in Liege said": where something happened, not who acts.
      if (!owned && PLACE_PREP.has(prev.text)) continue;
    }
    if (writtenLower(doc, word)) continue;
    if (!inNames) {
      inNames = new Set();
      for (const s of spans) for (let k = s.start; k < s.end; k++) inNames.add(tokens[k]!.text);
    }
    if (inNames.has(word)) continue;
    if (!knownCompany(word) && (isCommonWord(word) || (t.sentStart && /\p{Ll}s$/u.test(word) && !/(ss|us|is)$/.test(word)))) continue;
    const actor = acts && !owned ? actorType(tokens, i + 2, word) : 'organization';
    if (actor) add.push({ ...one, type: actor });
  }
  return add.length ? yield* withSpans(spans, add, pace) : spans;
}

/** A word of a person's name: a capital, then lower case, perhaps joined ("Jean-Louis", "O'Neill"). */
const PERSON_WORD = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u;

/** Whether `word` may start with an upper-case letter: not when its first character is ASCII and not one (a check before PERSON_WORD). */
function capitalStart(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c >= 65 && c <= 90) || c >= 128;
}

/** The most words of a person's name read from a cue ("said Rajab Adinayev", "Zhirayr Liparityan said"). */
const CUED_NAME_WORDS = 3;

/**
 * Two or three capitalised words the tagger passed over that the sentence says are a person: the
 * subject or speaker of a verb of speech ("said Rajab Adinayev", "Hen Vipheak told") or a person's
 * role before them ("Polish businessman Zygmunt Solorz", "his Armenian counterpart Zhirayr
 * Liparityan"). Every word must be no word of
 * the language as far as the lists and the article tell (never written in lower case in it), and
 * no place, company, title or nationality.
 */
export function* cuedPersons(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens, lines } = doc;
  const lex = lexicon();
  const n = tokens.length;
  const covered = yield* coverage(n, spans, pace);
  const nameWord = (k: number): boolean => {
    const t = tokens[k];
    if (!t || covered[k] || !PERSON_WORD.test(t.text)) return false;
    const x = t.text;
    return !(
      isCommonWord(x) ||
      writtenLower(doc, x) ||
      lex.place.has(x) ||
      knownCompany(x) ||
      DEMONYMS.has(x) ||
      MONTHS_DAYS.has(x) ||
      TITLES.has(x) ||
      ORG_SUFFIX.has(x) ||
      ORG_HEAD.has(x) ||
      PLACE_HEAD.has(x) ||
      NO_NAME.has(x)
    );
  };
  const lower = (k: number): string => tokens[k]?.text ?? '';
  const add: Span[] = [];
  for (let i = 1; i < n; i++) {
    if (pace.spend()) yield;
    // Most words start in lower case or with a mark (a name word starts with a capital letter, ASCII
    // or not), and most have no cue near them: both are looked at before the words are weighed.
    const c = tokens[i]!.text.charCodeAt(0);
    if (tokens[i]!.sentStart || (c < 128 && (c < 65 || c > 90))) continue;
    const cued = SAYS.has(lower(i - 1)) || PERSON_ROLES.has(lower(i - 1)) || SAYS.has(lower(i + 2)) || SAYS.has(lower(i + 3));
    if (!cued || !nameWord(i)) continue;
    let j = i + 1;
    while (j < n && j - i < CUED_NAME_WORDS && !tokens[j]!.sentStart && lines[j] === lines[i] && nameWord(j)) j++;
    // A longer run of capitals, or one that goes on with a capital, is some other kind of name.
    if (j - i < 2 || isCapitalised(lower(j)) || isCapitalised(lower(i - 1))) {
      i = j - 1;
      continue;
    }
    const before = lower(i - 1);
    const spoke = SAYS.has(before) || (SAYS.has(lower(j)) && !tokens[j]!.sentStart);
    const role = PERSON_ROLES.has(before);
    if (spoke || role) add.push({ start: i, end: j, type: 'person' });
    i = j - 1;
  }
  return add.length ? yield* withSpans(spans, add, pace) : spans;
}

/** A quotation mark or an apostrophe standing alone: a work's title is quoted ("Michael Collins"). */
const QUOTE_MARK = /^["'“”‘’«»]$/;

/**
 * One to three words the tagger called a name of type other, which the sentence or the lists say
 * are a person: the speaker of a verb of speech ("Juppe told reporters", "said Cotti"), a person's
 * role before them ("translator Anatoli Samochornov") or, for two or three words, a given name the
 * lists know opening them ("Rodney Eyles"). Not a quoted title, nor a name the lists know as a
 * place, a company or a nationality.
 */
export function* cuedOthers(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens } = doc;
  const lex = lexicon();
  const text = (k: number): string => tokens[k]?.text ?? '';
  return yield* mapPass(
    spans,
    (s): Span => {
      if (s.type !== 'other' || s.fixed || s.end - s.start > CUED_NAME_WORDS) return s;
      const words = tokens.slice(s.start, s.end).map((t) => t.text);
      const personal = (w: string): boolean =>
        PERSON_WORD.test(w) &&
        !(isCommonWord(w) || writtenLower(doc, w) || TITLES.has(w) || DEMONYMS.has(w) || MONTHS_DAYS.has(w) || EVENT_WORDS.has(w));
      if (!words.every(personal) || QUOTE_MARK.test(text(s.end))) return s;
      const name = words.join(' ');
      if (lex.place.has(name) || knownCompany(name)) return s;
      // "Helvoro Nordisk said its pill worked": what speaks of "its" pill is a company.
      const pronoun = pronounOf(tokens, s.end + 1);
      if (pronoun === 'company' || pronoun === 'likely company') return s;
      const spoke = SAYS.has(text(s.start - 1)) || (SAYS.has(text(s.end)) && !tokens[s.end]!.sentStart);
      // An opening quote before a name that does not speak opens a work's title ("' Michael Collins '").
      if (QUOTE_MARK.test(text(s.start - 1)) && !spoke) return s;
      // Not after a model's number ("F-100 Super Sabre"), and not a particle ("La Brea Tar Pits").
      const given =
        words.length > 1 && words[0]!.length > 2 && lex.person.has(words[0]!) && !lex.place.has(words[0]!) && !/\d/.test(text(s.start - 1));
      return spoke || PERSON_ROLES.has(text(s.start - 1)) || given ? { ...s, type: 'person' } : s;
    },
    pace,
  );
}

/**
 * "firms including Mobil, Shell and Caltex", "rivals Amazon and Ocado": the names listed after a
 * kind of company are companies, whatever the tagger made of each (a place or a person the lists
 * know as such keeps its reading: "banks in London and Paris" lists no company).
 */
export function* listedCompanies(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens } = doc;
  const lex = lexicon();
  // A listed name retyped in one list is read with its new type by the next: spans are retyped in
  // a copy, found by their start.
  const out = spans.slice();
  const at = yield* spanStarts(spans, pace);
  const covered = yield* coverage(tokens.length, spans, pace);
  const add: Span[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (pace.spend()) yield;
    const kind = tokens[k]!.text;
    if (!COMPANY_KINDS.has(kind) && !(tokens[k]!.sentStart && COMPANY_KINDS.has(kind.toLowerCase()))) continue;
    let i = k + 1;
    while (i < k + 3 && LIST_OPENERS.has(tokens[i]?.text ?? '')) i++;
    const items = yield* namesOfList(tokens, i, out, at, covered, { maxWords: 3, type: 'organization', capital: isCapitalised }, pace);
    // One name alone is an apposition the other passes already read ("the carmaker Scania").
    if (items.length < 2) continue;
    for (const { item, found } of items) {
      if (pace.spend()) yield;
      const name = spanText(tokens, item.start, item.end);
      // A person's whole name, or a name only people bear, is a person listed among companies' people.
      const personal = item.end - item.start > 1 ? item.type === 'person' : lex.person.has(name) && !knownCompany(name);
      if (item.fixed || personal || lex.place.has(name) || DEMONYMS.has(name)) continue;
      if (found !== undefined) out[found] = { ...item, type: 'organization' };
      else if (!isCommonWord(name)) add.push(item);
    }
  }
  return add.length ? yield* withSpans(out, add, pace) : out;
}
