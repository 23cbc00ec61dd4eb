// What a sentence says of a name that makes it a place, whatever the tagger guessed: "the city of
// Albany", "the village of Leonessa", "west of Tulsa", "near Gondar", "Troy, New York". The tagger
// often takes an unknown town's name for a person's; these cues are the article's own evidence.
import { companyCue, knownCompany, staffCue } from './cues';
import { lexicon } from './lexicon';
import { type Doc, type Span, coverage, spanText, withSpans } from './span';
import { FORMER_STATES, STATE_KINDS, TITLES, TRADED } from './words';
import type { Token } from './tagger/tokenize';
import { type Pace, type Sliced } from '../pace';

/**
 * Nouns of a kind of place followed by "of" and its name ("the city of Albany"); not "state" or
 * "port", which say other things of what follows ("the state of Linux usability", "a port of Doom").
 */
const PLACE_KINDS = new Set(
  'city town village county province region district suburb island capital municipality commune township borough parish hamlet neighbourhood neighborhood prefecture oblast governorate emirate outskirts suburbs'.split(
    ' ',
  ),
);
/** Directions followed by "of" and a place ("west of Tulsa"). */
const DIRECTIONS = new Set(
  'north south east west northeast northwest southeast southwest north-east north-west south-east south-west'.split(' '),
);

/**
 * First and last words of the names of places no person bears ("Lake Tana", "Rohn Glacier",
 * "Griggs Dam", "Hancock Brook", "Clarke Stadium", "Capilano Drive"); not "Lake", "Bay" or
 * "Rivers" at the end, which end people's names too (Ricki Lake, Michael Bay, Joan Rivers), nor
 * "Street" (Picabo Street).
 */
const FEATURE_HEADS = new Set('Lake Mount Mt. Fort Cape Gulf'.split(' '));
const FEATURE_TAILS = new Set(
  'Glacier Reservoir Dam Canyon Desert Peninsula Mountains Strait Plateau Volcano Lagoon Fjord Archipelago Islands River Creek Valley Falls Airport Brook Dock Docks Harbour Harbor Esplanade Avenue Road Drive Boulevard Highway Motorway Freeway Canal Station Stadium Arena Caves Line'.split(
    ' ',
  ),
);
/**
 * Last words of buildings' names that also end people's names (Arsenio Hall, Eddie House): a
 * place only when the word before them is no given name ("Symphony Hall", not "William House").
 */
const BUILDING_TAILS = new Set(['Hall', 'House']);

/** Whether a span the tagger took for a person is named like a place ("Lake Tana", "Caryville Dam"). */
function featureName(tokens: Token[], s: Span): boolean {
  if (s.end - s.start < 2) return false;
  const last = tokens[s.end - 1]!.text;
  if (FEATURE_HEADS.has(tokens[s.start]!.text) || FEATURE_TAILS.has(last)) return true;
  return BUILDING_TAILS.has(last) && !lexicon().person.has(tokens[s.start]!.text);
}

/** Feature words that end companies' names too: "Holland America Line", a radio station, "Kansai International Airport" issuing bonds. */
const ORGANIZATION_FEATURES = new Set(['Line', 'Station', 'Airport']);

/**
 * Whether a span the tagger took for an organization ends in a natural feature's or a venue's word
 * ("Kriegers Flak Dam", "Premadasa Stadium"); not the words that also end the names of the companies
 * that run them (ORGANIZATION_FEATURES).
 */
function featureOrganization(tokens: Token[], s: Span): boolean {
  const last = tokens[s.end - 1]!.text;
  return s.end - s.start >= 2 && FEATURE_TAILS.has(last) && !ORGANIZATION_FEATURES.has(last);
}

/** Whether what stands before the span at `k` says it is a place. */
function placeBefore(tokens: Token[], k: number): boolean {
  const p1 = (tokens[k - 1]?.text ?? '').toLowerCase();
  if (p1 === 'near') return true;
  if (p1 !== 'of') return false;
  const p2 = (tokens[k - 2]?.text ?? '').toLowerCase();
  return PLACE_KINDS.has(p2) || DIRECTIONS.has(p2);
}

/**
 * "Troy, New York", "Angleton, Texas": one word before a comma and a place the lists know (a
 * country, a region, a large city), closing the phrase, is a place in it. Not on a sports page, where "Woods, U.S." is a player
 * and his country, nor for a word the lists know as a given name.
 */
function placeAfter(doc: Doc, s: Span): boolean {
  const { tokens } = doc;
  if (doc.sports || s.end - s.start !== 1 || tokens[s.end]?.text !== ',') return false;
  const lex = lexicon();
  const word = tokens[s.start]!.text;
  if (lex.person.has(word)) return false;
  for (let n = 1; n <= 3; n++) {
    const a = s.end + 1;
    const b = a + n;
    if (b > tokens.length) return false;
    const region = spanText(tokens, a, b);
    if (!lex.place.has(region)) continue;
    const after = tokens[b]?.text ?? '.';
    return /^[.,;:)]$/.test(after) || tokens[b]!.sentStart;
  }
  return false;
}

/**
 * Names a sentence calls a place, retyped as places, and so are the other mentions of the same
 * name in the article; a name whose type was fixed by its line or its sentence keeps it, and a
 * possessive after the name ("near Smith's farm") says it is no place.
 */
export function* placeCues(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens } = doc;
  const places = new Set<string>();
  for (const s of spans) {
    if (pace.spend()) yield;
    if (s.fixed || (s.type !== 'person' && s.type !== 'organization')) continue;
    if (/^['’]s$/.test(tokens[s.end]?.text ?? '')) continue;
    if (
      placeBefore(tokens, s.start) ||
      placeAfter(doc, s) ||
      (s.type === 'person' ? featureName(tokens, s) : featureOrganization(tokens, s))
    )
      places.add(spanText(tokens, s.start, s.end));
  }
  const missed = yield* missedPlaces(doc, spans, pace);
  for (const m of missed) places.add(spanText(tokens, m.start, m.end));
  if (!places.size) return spans;
  const out: Span[] = [];
  for (const s of spans) {
    if (pace.spend()) yield;
    const retype =
      !s.fixed &&
      (s.type === 'person' || s.type === 'organization') &&
      s.end - s.start <= 4 &&
      places.has(spanText(tokens, s.start, s.end));
    out.push(retype ? { ...s, type: 'place' } : s);
  }
  return missed.length ? yield* withSpans(out, missed, pace) : out;
}

/** The most words of a place's name the tagger passed over after "the town of". */
const LONGEST_MISSED_PLACE = 3;

/**
 * "the eastern town of Liege", "the city of Arbil": capitalised words the tagger passed over after
 * a kind of place and "of" (or a direction and "of") are a place, and so is the same name wherever
 * else the article writes it and nothing was found there ("Liege police said").
 */
function* missedPlaces(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<Span[]> {
  const { tokens } = doc;
  const covered = yield* coverage(tokens.length, spans, pace);
  const capital = (k: number): boolean => !!tokens[k] && !covered[k] && /^\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*$/u.test(tokens[k]!.text);
  const names = new Set<string>();
  for (let k = 2; k < tokens.length; k++) {
    if (pace.spend()) yield;
    if (tokens[k - 1]!.text !== 'of' || !capital(k) || !placeBefore(tokens, k)) continue;
    let end = k + 1;
    while (end - k < LONGEST_MISSED_PLACE && capital(end) && !tokens[end]!.sentStart) end++;
    // "the city of Los Angeles Department": a longer name than a place's goes on.
    if (capital(end) && !tokens[end]!.sentStart) continue;
    names.add(spanText(tokens, k, end));
  }
  const found: Span[] = [];
  if (!names.size) return found;
  for (let k = 0; k < tokens.length; k++) {
    if (pace.spend(LONGEST_MISSED_PLACE)) yield;
    if (!capital(k)) continue;
    for (let n = LONGEST_MISSED_PLACE; n >= 1; n--) {
      if (!names.has(spanText(tokens, k, k + n)) || capital(k + n) || covered.subarray(k, k + n).includes(1)) continue;
      found.push({ start: k, end: k + n, type: 'place' });
      k += n - 1;
      break;
    }
  }
  return found;
}

/** Words before a place that web text writes in lower case ("living in malaysia", "a man from brittany"), as written. */
const LOWER_PLACE_BEFORE = new Set(
  ['in', 'from', 'to', 'near', 'around', 'visit', 'visiting'].flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]),
);
/** Words after such a place that end its name: a small word of the sentence ("in sf or nearby"). */
const LOWER_PLACE_AFTER = new Set([
  'and',
  'or',
  'but',
  'for',
  'with',
  'in',
  'at',
  'on',
  'to',
  'i',
  'is',
  'are',
  'was',
  'this',
  'next',
  'alone',
]);
/** The most words of a place's name written in lower case ("san francisco", "greater noida"). */
const LONGEST_LOWER_PLACE = 2;
/** Sentences opening in lower case that make an article one written in lower case, as chat is: at least two, and one in LOWER_SHARE. */
const LOWER_SENTENCES = 2;
const LOWER_SHARE = 10;
/** Tokens read between two looks at the Pace where a token's work is one comparison. */
const TOKENS_PER_SPEND = 64;

/** Whether the article is written in lower case, as chat and mail often are: "i" for the pronoun, or sentences that open in lower case. */
function* writtenInLowerCase(doc: Doc, pace: Pace): Sliced<boolean> {
  if (doc.lower.has('i')) return true;
  let lower = 0;
  let sentences = 0;
  const { tokens } = doc;
  for (let k = 0; k < tokens.length; k++) {
    // One look at the Pace per batch of tokens: one per token was most of this pass's cost.
    if (k % TOKENS_PER_SPEND === 0 && pace.spend(TOKENS_PER_SPEND)) yield;
    const t = tokens[k]!;
    if (!t.sentStart) continue;
    sentences++;
    if (/^\p{Ll}/u.test(t.text)) lower++;
  }
  // A few sentences opening in lower case are a page's accidents ("eBay said", a list's items).
  return lower >= LOWER_SENTENCES && lower * LOWER_SHARE >= sentences;
}

/** "san francisco" as the gazetteer writes it: "San Francisco". */
const titleCase = (words: string): string => words.replace(/(^|[\s-])(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase());

/**
 * "a foreigner living in malaysia", "i am from mexico": in an article written in lower case, one or
 * two lower-case words after "in", "from" or "to" that the gazetteer knows as a place, and that no
 * list knows as a person's, a company's (unless it is a country) or a common word, are that place;
 * the sentence must end the name there (punctuation, a small word, or a place: "miramar florida").
 */
export function* lowerCasePlaces(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  if (!(yield* writtenInLowerCase(doc, pace))) return spans;
  const { tokens } = doc;
  const lex = lexicon();
  const covered = yield* coverage(tokens.length, spans, pace);
  const lowerWord = (k: number): boolean => !!tokens[k] && !covered[k] && /^\p{Ll}+$/u.test(tokens[k]!.text);
  const place = (from: number, to: number): boolean => {
    const words = spanText(tokens, from, to);
    const name = titleCase(words);
    // A company may bear a country's name ("Mexico Fund"), which in lower case after "from" is the country.
    if (!lex.place.has(name) || lex.person.has(name) || (knownCompany(name) && !lex.country.has(name))) return false;
    return to - from > 1 || !lex.common.has(words);
  };
  const found: Span[] = [];
  for (let k = 1; k < tokens.length; k++) {
    if (pace.spend()) yield;
    if (!LOWER_PLACE_BEFORE.has(tokens[k - 1]!.text) || !lowerWord(k)) continue;
    for (let n = LONGEST_LOWER_PLACE; n >= 1; n--) {
      const end = k + n;
      if (!Array.from({ length: n }, (_, d) => lowerWord(k + d)).every(Boolean) || !place(k, end)) continue;
      const after = tokens[end];
      const closes = !after || after.sentStart || !/^\p{L}/u.test(after.text) || LOWER_PLACE_AFTER.has(after.text);
      if (!closes && !(lowerWord(end) && place(end, end + 1))) continue;
      found.push({ start: k, end, type: 'place' });
      k = end - 1;
      break;
    }
  }
  return found.length ? yield* withSpans(spans, found, pace) : spans;
}

/**
 * "the collapse of the Soviet Union", "a singer from Liverpool", "Bonn supported the plan": a
 * place the gazetteer knows, which the tagger took for an organization, is the place (the seat of
 * a government stands for it as a place, as news style has it) unless it is also a company's name
 * or the sentence gives it a company's cues ("Liverpool shares", "Liverpool's chief executive").
 * Not on a sports page, where a town's name is its team.
 */
export function* knownPlaces(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  if (doc.sports) return spans;
  const { tokens } = doc;
  const lex = lexicon();
  const out: Span[] = [];
  for (const s of spans) {
    if (pace.spend(s.end - s.start)) yield;
    const text = spanText(tokens, s.start, s.end);
    // "enter Jerusalem", "East Jerusalem", "Venice's interests": a known place the tagger took for a
    // person, where no person bears its name ("Paris", "Jordan" do; "Miguel Hidalgo" ends in a
    // person's name) and no title says so ("Lord Palmerston").
    const misreadPerson =
      s.type === 'person' &&
      !TITLES.has(tokens[s.start - 1]?.text ?? '') &&
      !lex.person.has(text) &&
      !lex.person.has(tokens[s.end - 1]!.text);
    const place =
      (s.type === 'organization' || misreadPerson) &&
      !s.fixed &&
      s.end - s.start <= 3 &&
      (lex.place.has(text) || FORMER_STATES.has(text)) &&
      !knownCompany(text) &&
      !companyCue(tokens, s) &&
      !staffCue(tokens, s) &&
      !TRADED.has(tokens[s.end]?.text ?? '');
    out.push(place ? { ...s, type: 'place' } : s);
  }
  return out;
}

/**
 * "The Republic of Ireland beat Liechtenstein", "the Kingdom of Spain": the kind of state, "of" and
 * a country the lists know are one place, whatever the tagger made of the words before the country.
 */
export function* statesOfCountries(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens } = doc;
  const lex = lexicon();
  const out: Span[] = [];
  let grown = false;
  for (const s of spans) {
    if (pace.spend()) yield;
    // The country, and the kind of state before its "of", inside the span or before it.
    const of = tokens[s.start + 1]?.text === 'of' && s.start + 2 < s.end ? s.start + 1 : s.start - 1;
    const kind = of - 1;
    const grows =
      !s.fixed &&
      kind >= 0 &&
      tokens[of]!.text === 'of' &&
      STATE_KINDS.has(tokens[kind]!.text) &&
      lex.country.has(spanText(tokens, of + 1, s.end));
    if (!grows) {
      out.push(s);
      continue;
    }
    // "the Democratic Republic of Congo": the kind may take a word in capitals before it.
    const before = tokens[kind - 1]?.text ?? '';
    const from = Math.min(
      s.start,
      !tokens[kind]!.sentStart && /^\p{Lu}\p{Ll}+$/u.test(before) && !/^(The|A|An)$/.test(before) ? kind - 1 : kind,
    );
    // What the tagger found over the kind of state gives way to the one place.
    while (out.length && out[out.length - 1]!.end > from) out.pop();
    out.push({ start: from, end: s.end, type: 'place' });
    grown = true;
  }
  return grown ? out : spans;
}
