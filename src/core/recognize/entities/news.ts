// What a careful reader of business and technology news knows that a tagger trained on 1990s wire
// copy and tweets does not: a company is named by one invented word ("Northvolt", "Voltaria") and
// is recognised by what is said around it ("Northvolt's former factory", "the start-up Voltaria",
// "shares in Scania"), not by its shape; two names joined by "and" are two names ("Amazon and
// Ocado"); a company and its product are two names ("Nvidia's H100"); a word no dictionary has
// that acts ("Anthropic said", "Nvidia shares rose") is a name even at a sentence start; and a
// given name the gazetteer does not know still starts a person when the surname is a person
// elsewhere in the text.
import type { EntityType } from '../../types';
import type { Token } from './tagger/tokenize';
import { lexicon } from './lexicon';
import { filterPass, type Pace, type Sliced } from '../pace';
import { coverage, withSpans, lineOf, writtenLower, LONGEST_NAME, LONGEST_SPAN, type Span } from './span';
import { isCommonWord, isNamey } from './names';
import {
  ACTS,
  BODY_TAILS,
  COMPANY_KINDS,
  COMPANY_TAILS,
  DEMONYMS,
  DIRECTION,
  FEATURE_NOUNS,
  LAW_WORDS,
  LEGAL,
  LIST_OPENERS,
  MEDIA_NOUNS,
  MONTHS_DAYS,
  NO_NAME,
  NUMBERED_NOT_PRODUCT,
  ORG_HEAD,
  ORG_NOUNS,
  ORG_OWNS,
  ORG_SUFFIX,
  OWN_ADJ,
  PLACE_HEAD,
  PLACE_PREP,
  PLACE_SUFFIX,
  PRODUCT_NOUNS,
  PRODUCT_TAIL,
  QUARTER,
  RUNS,
  SAYS,
  STAFF,
  TITLES,
  TITLE_HEADS,
  TRADED,
} from './words';

/** A word made with a participle of place or holding: "Ohio-based", "state-owned", "Communist-led". */
const DESCRIBED = /^[\p{L}.]+-(based|led|controlled|owned|backed|run|listed|registered|headquartered|funded|affiliated|linked)$/u;

const VERSION = /^\d{1,2}(\.\d{1,2})?$/;
const RELEASED = /^(released|launched|unveiled|introduced|shipped)$/;

const cap = (t: string): boolean => /^\p{Lu}\p{Ll}/u.test(t);
const spanWords = (tokens: Token[], s: { start: number; end: number }): string =>
  tokens
    .slice(s.start, s.end)
    .map((t) => t.text)
    .join(' ');

/** A company or brand the gazetteers know under this name, or as the first word of a brand ("Amazon" of "Amazon Prime"). */
export function knownCompany(name: string): boolean {
  const lex = lexicon();
  if (lex.org.has(name) || lex.brand.has(name)) return true;
  if (/^\p{Lu}\p{Ll}+$/u.test(name) && lex.brand.has(name.toUpperCase())) return true;
  return !name.includes(' ') && (lex.firstWords.get(lex.brand)?.get(name) ?? 0) > 1 && !lex.place.has(name) && !lex.person.has(name);
}

function lexType(name: string): EntityType | null {
  const lex = lexicon();
  if (lex.place.has(name)) return 'place';
  if (knownCompany(name)) return 'organization';
  return null;
}

/**
 * Before consistency: split joined names, separate a company from its product, and add the names
 * the tagger missed that a reader would not (a person at a sentence start, "the European
 * Commission", "the pension fund Alecta", "Model 3").
 */
export function* newsSpans(tokens: Token[], spans: Span[], text: string, pace: Pace): Sliced<Span[]> {
  yield* speakers(tokens, spans, pace);
  const out: Span[] = [];
  for (const s of spans) {
    if (pace.spend(s.end - s.start)) yield;
    // "Boston-based Reagan Communications", "Family-controlled Douglas & Lomason": where the
    // company is and who holds it describe the name and are not part of it.
    while (s.end - s.start > 1 && !s.fixed && DESCRIBED.test(tokens[s.start]!.text)) s.start++;
    for (const piece of splitRoles(tokens, s)) for (const part of split(tokens, piece)) out.push(part);
  }
  // "released Claude 3.5": the version is part of the product's name.
  const starts = new Set<number>();
  for (const o of out) {
    if (pace.spend()) yield;
    starts.add(o.start);
  }
  for (const s of out) {
    if (pace.spend()) yield;
    const next = tokens[s.end]?.text ?? '';
    if (
      s.end - s.start === 1 &&
      s.type !== 'place' &&
      VERSION.test(next) &&
      RELEASED.test(tokens[s.start - 1]?.text ?? '') &&
      !/^\d|^[%-]/.test(tokens[s.end + 1]?.text ?? '') &&
      !starts.has(s.end)
    ) {
      s.end++;
      s.type = 'product';
    }
  }
  yield* andBodies(tokens, out, pace);
  const all = yield* listedCompanies(tokens, yield* actingNames(tokens, yield* addMissed(tokens, out, text, pace), pace), pace);
  for (const s of all) {
    if (pace.spend(s.end - s.start)) yield;
    if (s.type !== 'person' || s.end - s.start > 2) if (makersProduct(tokens, s.start, s.end)) s.type = 'product';
  }
  return all;
}

/**
 * "Azzouz said", "said Lourimi": one word the tagger took for a place but which speaks, and which
 * no gazetteer knows as a place, is a person (a known place that speaks, "Washington said", stays).
 */
function* speakers(tokens: Token[], spans: Span[], pace: Pace): Sliced<void> {
  const lex = lexicon();
  for (const s of spans) {
    if (pace.spend()) yield;
    if (s.type !== 'place' || s.fixed || s.end - s.start !== 1) continue;
    const word = tokens[s.start]!.text;
    if (lex.place.has(word) || !/^\p{Lu}\p{Ll}+$/u.test(word)) continue;
    const next = tokens[s.end]?.text ?? '';
    const prev = tokens[s.start - 1]?.text ?? '';
    if (SAYS.has(next) || (/^(said|says)$/.test(prev) && /^[,.]$/.test(tokens[s.end]?.text ?? ''))) s.type = 'person';
  }
}

/** "Apple Vision Pro", "Meta Quest Pro": a known maker, then capitalised words ending like a product. */
function makersProduct(tokens: Token[], a: number, b: number): boolean {
  if (b - a < 2 || !PRODUCT_TAIL.has(tokens[b - 1]!.text) || /^(The|A|An)$/.test(tokens[a]!.text) || !knownCompany(tokens[a]!.text))
    return false;
  return (
    tokens.slice(a + 1, b).every((t) => cap(t.text) && !ORG_SUFFIX.has(t.text)) &&
    !lexicon().org.has(spanWords(tokens, { start: a, end: b }))
  );
}

/**
 * A run the tagger took for one name that holds two, by the word between them: a body, a title
 * of office and a person ("Federal Reserve Governor Lawrence Lindsey", "Security Council
 * President Tono Eitel"); a person of a body ("John Casesa of Schroder Wertheim & Co"); a company
 * of a country ("Kia Motor Corp of South Korea").
 */
function splitRoles(tokens: Token[], s: Span): Span[] {
  if (s.fixed || s.end - s.start < 3) return [s];
  const lex = lexicon();
  const text = (a: number, b: number): string => spanWords(tokens, { start: a, end: b });
  const nameWord = (k: number): boolean =>
    /^\p{Lu}[\p{Ll}'’-]+$/u.test(tokens[k]!.text) && !ORG_SUFFIX.has(tokens[k]!.text) && !TITLES.has(tokens[k]!.text);
  const body = (a: number, b: number): boolean => {
    const first = tokens[a]!.text;
    const last = tokens[b - 1]!.text;
    return (
      (b - a > 1 && (ORG_SUFFIX.has(last) || ORG_HEAD.has(first)) && !lex.place.has(text(a, b))) ||
      lex.org.has(text(a, b)) ||
      knownCompany(text(a, b))
    );
  };
  for (let k = s.start + 1; k < s.end - 1; k++) {
    const word = tokens[k]!.text;
    if (TITLES.has(word) && !/^(Mr|Mrs|Ms|Dr)\.?$/.test(word)) {
      let j = k + 1;
      while (j < s.end && TITLES.has(tokens[j]!.text)) j++;
      // "Hong Kong Financial Secretary Donald Tsang": the title starts with the words that make it.
      let t = k;
      while (t > s.start + 1 && TITLE_HEADS.has(tokens[t - 1]!.text)) t--;
      const left: EntityType | null = body(s.start, t) ? 'organization' : lex.place.has(text(s.start, t)) ? 'place' : null;
      if (s.end - j < 1 || s.end - j > 3 || !left) return [s];
      for (let x = j; x < s.end; x++) if (!nameWord(x)) return [s];
      return [
        { start: s.start, end: t, type: left },
        { start: j, end: s.end, type: 'person' },
      ];
    }
    if (word !== 'of') continue;
    const from = tokens[k + 1]!.text === 'the' ? k + 2 : k + 1;
    if (from >= s.end) return [s];
    // "John Casesa of Schroder Wertheim & Co": a given name and a surname, then the body.
    if (k - s.start >= 2 && k - s.start <= 3 && lex.person.has(tokens[s.start]!.text) && !lex.place.has(tokens[s.start]!.text)) {
      let person = true;
      for (let x = s.start; x < k; x++) person &&= nameWord(x) && !DEMONYMS.has(tokens[x]!.text);
      const last = tokens[s.end - 1]!.text;
      if (
        person &&
        s.end - from >= 2 &&
        ((ORG_SUFFIX.has(last) && !PLACE_SUFFIX.has(last) && last !== 'City') || tokens.slice(from, s.end).some((t) => t.text === '&'))
      )
        return [
          { start: s.start, end: k, type: 'person' },
          { start: from, end: s.end, type: 'organization' },
        ];
    }
    // "Kia Motor Corp of South Korea": a company's legal name is whole before "of".
    if (s.type !== 'person' && from === k + 1 && LEGAL.has(tokens[k - 1]!.text) && k - s.start >= 2 && lex.place.has(text(from, s.end)))
      return [
        { start: s.start, end: k, type: 'organization' },
        { start: from, end: s.end, type: 'place' },
      ];
    return [s];
  }
  return [s];
}

function split(tokens: Token[], s: Span): Span[] {
  const n = s.end - s.start;
  if (n < 3 && !(n === 2 && s.type !== 'person')) return [s];
  const lex = lexicon();
  const full = spanWords(tokens, s);
  // "Nvidia's H100": the owner, then the product; the possessive is in neither.
  for (let k = s.start + 1; k < s.end - 1; k++) {
    if (!/^['’]s$/.test(tokens[k]!.text)) continue;
    const right = { start: k + 1, end: s.end };
    if (!tokens.slice(k + 1, s.end).some((t) => /\d/.test(t.text) && /\p{L}/u.test(t.text))) break;
    return [
      { start: s.start, end: k, type: s.type === 'person' ? 'person' : 'organization' },
      { ...right, type: 'product' },
    ];
  }
  // "Nvidia H100": a known company, then a model code.
  if (n === 2 && s.type !== 'person') {
    const code = tokens[s.start + 1]!.text;
    if (/^(?=.*\d)(?=.*\p{L})[\p{L}\d-]+$/u.test(code) && knownCompany(tokens[s.start]!.text))
      return [
        { start: s.start, end: s.start + 1, type: 'organization' },
        { start: s.start + 1, end: s.end, type: 'product' },
      ];
    return [s];
  }
  // "Amazon and Ocado": two names, unless the name is an official one built with "and" or one the gazetteers know.
  if (s.type === 'organization' || s.type === 'other' || s.type === 'place') {
    let and = s.start + 1;
    while (and < s.end - 1 && tokens[and]!.text !== 'and') and++;
    if (and < s.end - 1 && !ORG_HEAD.has(tokens[s.start]!.text) && !lex.place.has(full) && !lex.org.has(full) && !lex.brand.has(full)) {
      const left = { start: s.start, end: and };
      const right = { start: and + 1, end: s.end };
      const lw = spanWords(tokens, left);
      const rw = spanWords(tokens, right);
      if (cap(tokens[left.start]!.text) && cap(tokens[right.start]!.text) && !ORG_SUFFIX.has(tokens[s.end - 1]!.text)) {
        const lt = lexType(lw);
        const rt = lexType(rw);
        if (lt || rt || (left.end - left.start === 1 && right.end - right.start === 1))
          return [
            { ...left, type: lt ?? rt ?? s.type },
            { ...right, type: rt ?? lt ?? s.type },
          ];
      }
    }
  }
  return [s];
}

function* addMissed(tokens: Token[], spans: Span[], text: string, pace: Pace): Sliced<Span[]> {
  const lex = lexicon();
  const n = tokens.length;
  const covered = yield* coverage(n, spans, pace);
  // Surnames of people the tagger found, to recognise the same person where it did not.
  const surnames = new Set<string>();
  for (const s of spans) if (s.type === 'person') surnames.add(tokens[s.end - 1]!.text);
  const plain = (k: number): boolean => {
    const t = tokens[k];
    if (!t || covered[k] || !/^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u.test(t.text)) return false;
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
  const line = lineOf(tokens, text);
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
      (/^(Credit|Credits|Photo|Photograph|Illustration)$/.test(prev2(i)) && tokens[i - 1]!.sentStart) ||
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
      /^(in|at|near|from)$/.test(tokens[i - 1]?.text ?? '') &&
      plain(i) &&
      !tokens[i]!.sentStart &&
      tokens[i + 1]?.text === ',' &&
      placeAt.has(i + 2)
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
      while (j < n && !covered[j] && cap(tokens[j]!.text) && (j === i || (!tokens[j]!.sentStart && sameLine(j - 1, j)))) {
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
 * "firms including Mobil, Shell and Caltex", "rivals Amazon and Ocado": the names listed after a
 * kind of company are companies, whatever the tagger made of each (a place or a person the lists
 * know as such keeps its reading: "banks in London and Paris" lists no company).
 */
function* listedCompanies(tokens: Token[], spans: Span[], pace: Pace): Sliced<Span[]> {
  const lex = lexicon();
  const at = new Map<number, Span>();
  for (const s of spans) {
    if (pace.spend()) yield;
    at.set(s.start, s);
  }
  const covered = yield* coverage(tokens.length, spans, pace);
  const add: Span[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (pace.spend()) yield;
    const kind = tokens[k]!.text;
    if (!COMPANY_KINDS.has(kind) && !(tokens[k]!.sentStart && COMPANY_KINDS.has(kind.toLowerCase()))) continue;
    let i = k + 1;
    while (i < k + 3 && LIST_OPENERS.has(tokens[i]?.text ?? '')) i++;
    const items: Span[] = [];
    for (;;) {
      if (pace.spend()) yield;
      const t = tokens[i];
      if (!t || t.sentStart || !cap(t.text)) break;
      let item = at.get(i);
      if (!item) {
        if (covered[i]) break;
        let j = i + 1;
        while (j < tokens.length && j - i < 3 && cap(tokens[j]!.text) && !covered[j]) j++;
        item = { start: i, end: j, type: 'organization' };
      }
      items.push(item);
      i = item.end;
      if (tokens[i]?.text === ',') i++;
      if (/^(and|or)$/.test(tokens[i]?.text ?? '')) i++;
      else if (tokens[i - 1]?.text !== ',') break;
    }
    // One name alone is an apposition the other passes already read ("the carmaker Scania").
    if (items.length < 2) continue;
    for (const item of items) {
      if (pace.spend()) yield;
      const name = spanWords(tokens, item);
      // A person's whole name, or a name only people bear, is a person listed among companies' people.
      const personal = item.end - item.start > 1 ? item.type === 'person' : lex.person.has(name) && !knownCompany(name);
      if (item.fixed || personal || lex.place.has(name) || DEMONYMS.has(name)) continue;
      if (at.get(item.start) === item) item.type = 'organization';
      else if (!isCommonWord(name)) add.push(item);
    }
  }
  return add.length ? yield* withSpans(spans, add, pace) : spans;
}

/**
 * "the Securities and Exchange Commission", "the Food and Drug Administration": a public body's
 * name the tagger cut at "and" takes back the capitalised words before it, when they stand alone
 * after a small word and name no company, place or person of their own ("Microsoft and the
 * Commission", "Ohio and Federal Reserve" are two names).
 */
function* andBodies(tokens: Token[], spans: Span[], pace: Pace): Sliced<void> {
  const lex = lexicon();
  const covered = yield* coverage(tokens.length, spans, pace);
  for (const s of spans) {
    if (pace.spend()) yield;
    if (
      s.fixed ||
      s.type === 'person' ||
      !BODY_TAILS.has(tokens[s.end - 1]!.text) ||
      tokens[s.start - 1]?.text !== 'and' ||
      tokens[s.start]!.sentStart
    )
      continue;
    let a = s.start - 1;
    while (
      a > 0 &&
      s.start - 1 - a < 3 &&
      !covered[a - 1] &&
      !tokens[a]!.sentStart &&
      cap(tokens[a - 1]!.text) &&
      !/^(The|A|An)$/.test(tokens[a - 1]!.text)
    )
      a--;
    if (a === s.start - 1 || tokens[a]!.sentStart) continue;
    const before = tokens[a - 1]?.text ?? '';
    const left = spanWords(tokens, { start: a, end: s.start - 1 });
    if (
      !/^(the|The|of|by|at|from|with|to|for|and|,)$/.test(before) ||
      knownCompany(left) ||
      lex.place.has(left) ||
      lex.person.has(tokens[a]!.text) ||
      DEMONYMS.has(tokens[a]!.text)
    )
      continue;
    covered.fill(1, a, s.start);
    s.start = a;
    s.type = 'organization';
  }
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
function* actingNames(tokens: Token[], spans: Span[], pace: Pace): Sliced<Span[]> {
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
    if (writtenLower(tokens, word)) continue;
    if (!inNames) {
      inNames = new Set();
      for (const s of spans) for (let k = s.start; k < s.end; k++) inNames.add(tokens[k]!.text);
    }
    if (inNames.has(word)) continue;
    if (!knownCompany(word) && (isCommonWord(word) || (t.sentStart && /\p{Ll}s$/u.test(word) && !/(ss|us|is)$/.test(word)))) continue;
    if (acts && !owned) {
      const type = actorType(tokens, i + 2, word);
      if (!type) continue;
      one.type = type;
    }
    add.push(one);
  }
  return add.length ? yield* withSpans(spans, add, pace) : spans;
}

/**
 * A name cut short where the article gives it whole elsewhere: "Edison" of "for Con Edison, which"
 * is "Con Edison"; "Blasio" of "since de Blasio took office" is "de Blasio" when "Bill de Blasio"
 * is in the article; "Department of Environmental" before "Protection". The span grows over the
 * free words beside it when the longer text is a name found elsewhere, and takes that name's type.
 */
/** A word a name can grow over: not punctuation, not a possessive ending. */
const wordLike = (t: string): boolean => /^[\p{L}\d]/u.test(t) && !/^['’]s$/.test(t);

export function* wholeKnownNames(tokens: Token[], spans: Span[], pace: Pace): Sliced<void> {
  const known = new Map<string, EntityType>();
  const particleTails = new Set<string>();
  for (const s of spans) {
    if (pace.spend(s.end - s.start)) yield;
    if (s.end - s.start < 2) continue;
    const key = spanWords(tokens, s);
    if (!known.has(key)) known.set(key, s.type);
    if (s.type !== 'person' || s.end - s.start > LONGEST_NAME) continue;
    for (let k = s.start + 1; k < s.end - 1; k++)
      if (/^\p{Ll}{1,3}$/u.test(tokens[k]!.text)) particleTails.add(spanWords(tokens, { start: k, end: s.end }));
  }
  if (!known.size) return;
  const covered = yield* coverage(tokens.length, spans, pace);
  for (const s of spans) {
    if (pace.spend(s.end - s.start)) yield;
    for (let k = 1; k <= 2; k++) {
      const a = s.start - k;
      if (
        a < 0 ||
        covered.subarray(a, s.start).includes(1) ||
        tokens.slice(a + 1, s.end).some((t) => t.sentStart) ||
        !tokens.slice(a, s.start).every((t) => wordLike(t.text))
      )
        break;
      const key = spanWords(tokens, { start: a, end: s.end });
      const type = known.get(key) ?? (particleTails.has(key) ? 'person' : undefined);
      if (!type) continue;
      covered.fill(1, a, s.start);
      s.start = a;
      s.type = type;
      break;
    }
    for (let k = 1; k <= 2; k++) {
      const b = s.end + k;
      if (
        b > tokens.length ||
        covered.subarray(s.end, b).includes(1) ||
        tokens.slice(s.end, b).some((t) => t.sentStart || !wordLike(t.text))
      )
        break;
      const type = known.get(spanWords(tokens, { start: s.start, end: b }));
      if (!type) continue;
      covered.fill(1, s.end, b);
      s.end = b;
      s.type = type;
      break;
    }
  }
}

/**
 * A part of a city or country named by a direction: "Lower Manhattan", "the West Side", "Lower
 * East Side". The tagger sees the known place or a stray "East"; the reader sees one place.
 */
export function* directionPlaces(tokens: Token[], spans: Span[], pace: Pace): Sliced<Span[]> {
  const lex = lexicon();
  const out: Span[] = [];
  const drop = new Set<Span>();
  const byToken = new Map<number, Span>();
  for (const s of spans) {
    if (pace.spend(s.end - s.start)) yield;
    for (let k = s.start; k < s.end; k++) byToken.set(k, s);
  }
  for (let i = 0; i < tokens.length; i++) {
    if (pace.spend()) yield;
    if (!DIRECTION.has(tokens[i]!.text)) continue;
    let j = i + 1;
    while (j < tokens.length && j - i < 4 && cap(tokens[j]!.text) && !tokens[j]!.sentStart) j++;
    if (j - i < 2) continue;
    const last = tokens[j - 1]!.text;
    const inner = new Set<Span>();
    for (let k = i; k < j; k++) {
      const x = byToken.get(k);
      if (x) inner.add(x);
    }
    // Nothing may stick out of the run, and no person is inside it.
    if ([...inner].some((x) => x.start < i || x.end > j || x.type === 'person' || x.fixed)) continue;
    const rest = spanWords(tokens, { start: i + 1, end: j });
    const placeRest = lex.place.has(rest) || [...inner].some((x) => x.start === i + 1 && x.end === j && x.type === 'place');
    if (!QUARTER.has(last) && !(placeRest && !lex.country.has(rest))) continue;
    if (lex.org.has(spanWords(tokens, { start: i, end: j }))) continue;
    for (const x of inner) drop.add(x);
    out.push({ start: i, end: j, type: 'place' });
    i = j - 1;
  }
  if (!out.length) return spans;
  return yield* withSpans(yield* filterPass(spans, (x) => !drop.has(x), pace), out, pace);
}

/**
 * After the layout pass: a one-word name the tagger called a place or a person is a company where
 * the text treats it as one, anywhere in the article ("Northvolt's former factory", "the start-up
 * Voltaria", "shares in Scania") or where the gazetteers know it as a company and not as a place;
 * and a name followed by "service" or "app" is a product ("ChatGPT service").
 */
export function* newsTypes(tokens: Token[], spans: Span[], pace: Pace): Sliced<void> {
  const lex = lexicon();
  const company = new Set<string>();
  const product = new Set<string>();
  const personNames = new Set<string>();
  // What the article says of a one-word name anywhere: "Valero said its", "Valero's chief
  // executive" (a company); "Mr. Valero", "Valero said he" (a person).
  const owned = new Set<string>();
  const personal = new Set<string>();
  for (const s of spans) {
    if (pace.spend(s.end - s.start)) yield;
    if (s.type === 'person' && s.end - s.start > 1) for (let k = s.start; k < s.end; k++) personNames.add(tokens[k]!.text);
    if (s.end - s.start !== 1) {
      // "Con Edison officials said", "Con Edison, which maintains...": a company of several words.
      if (s.type !== 'person' && !s.fixed && (companyCue(tokens, s) || staffCue(tokens, s))) company.add(spanWords(tokens, s));
      continue;
    }
    const word = tokens[s.start]!.text;
    if (companyCue(tokens, s)) company.add(word);
    const speaks = ACTS.has(tokens[s.end]?.text ?? '') ? pronounOf(tokens, s.end + 1) : null;
    if (speaks === 'company' || ownsCue(tokens, s)) owned.add(word);
    else if (speaks === 'likely company') company.add(word);
    if (speaks === 'person' || TITLES.has(tokens[s.start - 1]?.text ?? '')) personal.add(word);
    const next = tokens[s.end]?.text ?? '';
    if (PRODUCT_NOUNS.has(next) && !lex.org.has(word) && /\p{Ll}\p{Lu}|\d/u.test(word)) product.add(word);
  }
  for (const s of spans) {
    if (pace.spend(s.end - s.start)) yield;
    // "Kenji Watanabe": a given name and a known surname, neither a place, is a person, not a place.
    if (s.type === 'place' && !s.fixed && s.end - s.start === 2) {
      const [a, b] = [tokens[s.start]!.text, tokens[s.start + 1]!.text];
      if (
        lex.person.has(b) &&
        !/^(in|on|at|near|from|to|into|the|of|across)$/i.test(tokens[s.start - 1]?.text ?? '') &&
        /^\p{Lu}\p{Ll}+$/u.test(a) &&
        /^\p{Lu}\p{Ll}+$/u.test(b) &&
        !lex.place.has(a) &&
        !lex.place.has(b) &&
        !lex.place.has(`${a} ${b}`) &&
        !PLACE_HEAD.has(a) &&
        !PLACE_SUFFIX.has(b) &&
        !isCommonWord(a)
      )
        s.type = 'person';
    }
    if (s.fixed) continue;
    if (s.end - s.start !== 1) {
      if (s.type !== 'person' && company.has(spanWords(tokens, s)) && !placeLike(tokens, s)) s.type = 'organization';
      // "Warner Bros.", "Sony Music", "Pirelli SpA": a family or a maker named with its trade.
      if (s.type !== 'organization' && s.type !== 'product' && COMPANY_TAILS.has(tokens[s.end - 1]!.text)) s.type = 'organization';
      // "Sony Music": a person's name does not start with a company's.
      else if (
        s.type === 'person' &&
        lex.org.has(tokens[s.start]!.text) &&
        !lex.person.has(tokens[s.start]!.text) &&
        !isCommonWord(tokens[s.start]!.text)
      )
        s.type = 'organization';
      continue;
    }
    const word = tokens[s.start]!.text;
    if (product.has(word) && (s.type === 'organization' || s.type === 'other')) {
      s.type = 'product';
      continue;
    }
    if (s.type !== 'place' && s.type !== 'person' && s.type !== 'other') continue;
    if (DEMONYMS.has(word) || lex.country.has(word)) continue;
    // A surname the lists know stays a person unless the article treats it as a company's name
    // and never as a person's ("Valero said its refineries"; not "Mr. Valero").
    if (s.type === 'person' && (personNames.has(word) || personal.has(word) || (lex.person.has(word) && !owned.has(word)))) continue;
    if ((company.has(word) || owned.has(word)) && !lex.place.has(word)) s.type = 'organization';
    else if (s.type !== 'person' && staffCue(tokens, s) && !placeLike(tokens, s)) s.type = 'organization';
    else if (s.type !== 'person' && !lex.place.has(word) && knownCompany(word) && !lex.person.has(word)) s.type = 'organization';
  }
}

/**
 * A name followed by its staff ("Con Edison officials say") or by what it runs (", which maintains
 * 4,300 miles of gas mains"). Places have officials too ("Chicago officials"): the caller checks the
 * name is no place.
 */
export function staffCue(tokens: Token[], s: Span): boolean {
  const next = tokens[s.end]?.text ?? '';
  if (STAFF.has(next)) return true;
  return next === ',' && tokens[s.end + 1]?.text === 'which' && RUNS.has(tokens[s.end + 2]?.text ?? '');
}

/** A known place, or shaped like one ("Lower Manhattan", "Cook County"), or a nationality. */
function placeLike(tokens: Token[], s: Span): boolean {
  const lex = lexicon();
  const first = tokens[s.start]!.text;
  const last = tokens[s.end - 1]!.text;
  return (
    lex.place.has(spanWords(tokens, s)) || DEMONYMS.has(last) || (s.end - s.start > 1 && (PLACE_HEAD.has(first) || PLACE_SUFFIX.has(last)))
  );
}

/** "Nvidia's chief executive", "Northvolt's former factory": what only a company has. */
function ownsCue(tokens: Token[], s: Span): boolean {
  if (!/^['’]s$/.test(tokens[s.end]?.text ?? '')) return false;
  const lower = (k: number): string => (tokens[k]?.text ?? '').toLowerCase();
  let k = s.end + 1;
  if (OWN_ADJ.has(lower(k))) k++;
  return ORG_OWNS.has(lower(k));
}

/**
 * Who spoke, by the pronouns after the verb in the same sentence: "said it would cut its rates" is
 * a company; "said its rates" most likely one (a person's "its" may be the government's); "said
 * he" a person; "said it" alone only maybe: "Smith said it was a mistake", "it" is as often what
 * was said. Callers weigh 'it' by what else they know of the name.
 */
function pronounOf(tokens: Token[], from: number): 'company' | 'likely company' | 'it' | 'person' | null {
  let it = false;
  for (let k = from; k < tokens.length && k < from + 30 && !tokens[k]!.sentStart; k++) {
    const x = tokens[k]!.text;
    if (x === 'its') return it ? 'company' : 'likely company';
    if (x === 'it') it = true;
    else if (/^(he|she|his|her|him)$/.test(x)) return it ? 'it' : 'person';
    else if (!it && /^(they|their|I|we|our)$/.test(x)) return null;
  }
  return it ? 'it' : null;
}

function companyCue(tokens: Token[], s: Span): boolean {
  const next = tokens[s.end]?.text ?? '';
  const lower = (k: number): string => (tokens[k]?.text ?? '').toLowerCase();
  if (ownsCue(tokens, s)) return true;
  // "the Ennahda party", "the Tea Party movement": a political body named by what it is; "Liberte
  // newspaper said", a paper.
  if ((/^(party|movement)$/.test(next) || MEDIA_NOUNS.has(next)) && !lexicon().place.has(spanWords(tokens, s))) return true;
  const p1 = lower(s.start - 1);
  const p2 = lower(s.start - 2);
  if (ORG_NOUNS.has(p1) && !tokens[s.start]!.sentStart) return true;
  // "Apple has partnered with Zeiss": a company's partner is a company.
  if (
    p1 === 'with' &&
    /^(partnered|partnering|partnership|partners|teamed|team|merged|merger)$/.test(p2) &&
    !lexicon().person.has(tokens[s.start]!.text)
  )
    return true;
  // "shares in Scania", "chief executive of Microsoft AI", "a spokesperson for Voltaria".
  if (
    (p1 === 'in' && p2 === 'shares') ||
    (p1 === 'of' && /^(executive|officer|founder|co-founder|chairman|chairwoman|shareholders)$/.test(p2)) ||
    (p1 === 'for' && /^(spokesperson|spokesman|spokeswoman)$/.test(p2))
  )
    return true;
  // "Halden, a warehouse automation company", "X, the company's".
  if (next === ',') {
    for (let k = s.end + 1; k < s.end + 6 && k < tokens.length; k++) {
      const x = tokens[k]!.text;
      if (x === ',' || x === '.') break;
      if (/^(company|firm|start-up|startup|maker|carmaker|chipmaker|group|conglomerate|retailer|lender|insurer)$/.test(x))
        return k > s.end + 1 && /^(a|an|the)$/i.test(tokens[s.end + 1]!.text);
    }
  }
  return next === 'said' && lower(s.end + 1) === 'in' && lower(s.end + 2) === 'a' && lower(s.end + 3) === 'statement';
}

const POSSESSIVE = /^['’]s$/;
/** Words before a maker's model that no person's name follows ("a used Ford Focus"). */
const DEVICE_DET = /^(a|an|the|used|new|old|his|her|my|their|our|your|its)$/;

/**
 * The apps and parts of a maker's devices, as a reader of technology news sees them: a capitalised
 * word named by what it is ("the Photos app", "Retina display"), owned by a known maker ("Apple's
 * Safari"; not "the City's Streets", a plain word), or listed with such a name ("Messages, Safari, and Photos"), is a product everywhere in
 * the article; so is a known maker's name with a model word after it ("a used Ford Focus") and a
 * sign-in feature ("Face ID").
 */
export function* productNames(tokens: Token[], spans: Span[], pace: Pace): Sliced<Span[]> {
  const lex = lexicon();
  const n = tokens.length;
  const at = new Map<number, Span>();
  for (const s of spans) {
    if (pace.spend(s.end - s.start)) yield;
    for (let k = s.start; k < s.end; k++) at.set(k, s);
  }
  const single = (k: number): boolean => {
    const t = tokens[k];
    if (
      !t ||
      !/^\p{Lu}\p{Ll}+$/u.test(t.text) ||
      lex.place.has(t.text) ||
      lex.org.has(t.text) ||
      DEMONYMS.has(t.text) ||
      MONTHS_DAYS.has(t.text) ||
      TITLES.has(t.text)
    )
      return false;
    const s = at.get(k);
    return !s || (s.end - s.start === 1 && !s.fixed);
  };
  // A maker the article names as a company ("Apple's Safari"), not a word that starts brands ("the City's Streets").
  const maker = (k: number): boolean => {
    const s = at.get(k);
    return (
      !!s &&
      s.end === k + 1 &&
      (s.type === 'organization' || s.type === 'product') &&
      knownCompany(tokens[k]!.text) &&
      !isCommonWord(tokens[k]!.text)
    );
  };
  const products = new Set<string>();
  for (let k = 0; k < n; k++) {
    if (pace.spend()) yield;
    const word = tokens[k]!.text;
    if (FEATURE_NOUNS.has(tokens[k + 1]?.text ?? '') && single(k) && !knownCompany(word) && at.get(k)?.type !== 'person')
      products.add(word);
    else if (
      k >= 2 &&
      POSSESSIVE.test(tokens[k - 1]!.text) &&
      !tokens[k]!.sentStart &&
      single(k) &&
      maker(k - 2) &&
      !isCommonWord(word) &&
      (at.get(k)?.type !== 'person' || !lex.person.has(word))
    )
      products.add(word);
  }
  if (products.size) {
    // "Messages, Safari, and Photos": names listed together are names of one kind.
    for (let k = 0; k < n; k++) {
      if (pace.spend()) yield;
      if (!single(k)) continue;
      const list = [k];
      let j = k + 1;
      for (;;) {
        if (pace.spend()) yield;
        let m = j;
        if (tokens[m]?.text === ',') m++;
        if (/^(and|or)$/.test(tokens[m]?.text ?? '')) m++;
        if (m === j || !single(m)) break;
        list.push(m);
        j = m + 1;
        if (/^(and|or)$/.test(tokens[m - 1]!.text)) break;
      }
      if (list.length >= 3 && list.some((x) => products.has(tokens[x]!.text))) for (const x of list) products.add(tokens[x]!.text);
      k = j - 1;
    }
  }
  const added: Span[] = [];
  for (const s of spans) {
    if (pace.spend()) yield;
    if (s.fixed) continue;
    const len = s.end - s.start;
    const first = tokens[s.start]!.text;
    const last = tokens[s.end - 1]!.text;
    if (len === 1 && products.has(first)) s.type = 'product';
    else if (len === 2 && last === 'ID' && s.type === 'other') s.type = 'product';
    else if (
      len === 2 &&
      s.type !== 'place' &&
      knownCompany(first) &&
      /^\p{Lu}\p{Ll}+$/u.test(last) &&
      !lex.person.has(last) &&
      !ORG_SUFFIX.has(last) &&
      !tokens[s.start + 1]!.sentStart &&
      (lex.common.has(last.toLowerCase()) || DEVICE_DET.test(tokens[s.start - 1]?.text ?? ''))
    )
      s.type = 'product';
  }
  if (products.size)
    for (let k = 0; k < n; k++) {
      if (pace.spend()) yield;
      if (!at.has(k) && !tokens[k]!.sentStart && products.has(tokens[k]!.text)) added.push({ start: k, end: k + 1, type: 'product' });
    }
  return added.length ? yield* withSpans(spans, added, pace) : spans;
}
