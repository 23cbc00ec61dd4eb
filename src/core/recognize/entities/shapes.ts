// The shapes of names a reader sees whole where the tagger sees pieces: a country or body, a title
// and a person ("Zimbabwe President Robert Mugabe"); an event ("the Arab Spring", "the U.S. Open"); a people's body
// ("the Muslim Brotherhood"); a state's body ("US Embassy"); a part of a place ("Lower Manhattan").
import { knownCompany } from './cues';
import { lexicon } from './lexicon';
import { isCapitalised, isNamey } from './names';
import { type Doc, type Span, joinNeighbours, spanText, withSpans, withoutIndexes } from './span';
import type { Token } from './tagger/tokenize';
import {
  BODY_NOUN,
  DEMONYMS,
  DIRECTION,
  EVENT_WORDS,
  ORG_SUFFIX,
  PRIZE_OR_WAR,
  PERSON_TITLES,
  QUARTER,
  SEASONS,
  STATE_BODY,
  TITLES,
  TITLE_HEADS,
  TITLE_INNER,
} from './words';
import { type Pace, type Sliced } from '../pace';
import type { EntityType } from '../../types';

/**
 * "Zimbabwe President Robert Mugabe", "US Secretary of State Rex Tillerson", "Apple CEO Tim Cook":
 * a country or body, its title of office, then a person. The tagger often takes the whole run for
 * one name; a reader sees the place (or body) and the person, and the title in neither.
 */
export function* titledNames(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens } = doc;
  const lex = lexicon();
  const out: Span[] = [];
  for (const s of spans) {
    if (pace.spend()) yield;
    let k = s.start + 1;
    while (k < s.end - 1 && !TITLES.has(tokens[k]!.text)) k++;
    // "Massachusetts General Hospital": a name ending in a body's word is the body, whatever title it holds.
    const bodyEnd = ORG_SUFFIX.has(tokens[s.end - 1]!.text) && !lex.person.has(tokens[s.end - 1]!.text);
    if (s.fixed || bodyEnd || s.end - s.start < 3 || k >= s.end - 1 || /^(Mr|Mr\.|Mrs|Mrs\.|Ms|Ms\.|Dr|Dr\.)$/.test(tokens[k]!.text)) {
      out.push(s);
      continue;
    }
    let j = k + 1;
    while (j < s.end && (TITLES.has(tokens[j]!.text) || TITLE_INNER.has(tokens[j]!.text))) j++;
    const rest = tokens.slice(j, s.end);
    const restNamey = rest.length > 0 && rest.every((t) => isNamey(t.text) && !TITLES.has(t.text));
    // "Russian President Boris Yeltsin", "German Defence Minister Volker Ruehe": a nationality (or
    // nothing) before the title of office names no body; what follows the title is the person.
    let titleStart = k;
    while (titleStart > s.start && TITLE_HEADS.has(tokens[titleStart - 1]!.text)) titleStart--;
    // "Prime Minister": the title's head may follow the word that opened it.
    const personTitle = tokens.slice(k, j).some((t) => PERSON_TITLES.has(t.text));
    if (restNamey && personTitle && isNationality(tokens, s.start, titleStart)) {
      if (titleStart > s.start) out.push({ start: s.start, end: titleStart, type: 'other' });
      out.push({ start: j, end: s.end, type: 'person' });
      continue;
    }
    const left = spanText(tokens, s.start, k);
    const leftType: EntityType | null = lex.place.has(left) ? 'place' : knownCompany(left) || lex.org.has(left) ? 'organization' : null;
    if (!leftType || !restNamey) {
      out.push(s);
      continue;
    }
    out.push({ start: s.start, end: k, type: leftType }, { start: j, end: s.end, type: 'person' });
  }
  return out;
}

/** Tokens [start, end) are nothing, or a nationality of one or two words ("Russian", "South Korean"). */
function isNationality(tokens: readonly { text: string }[], start: number, end: number): boolean {
  if (end === start) return true;
  if (end - start > 2 || !DEMONYMS.has(tokens[end - 1]!.text)) return false;
  return end - start === 1 || DIRECTION.has(tokens[start]!.text);
}

/**
 * "the Arab Spring", "the Prague Spring": a people's or a city's name before a season, written in
 * capitals inside a sentence, is an event.
 */
export function* seasonEvents(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens } = doc;
  // The indexes of what lies over each token (spans, then the events found, after them), indexed
  // on the first season word only (most articles have none).
  let over: Map<number, number[]> | null = null;
  const dropped = new Set<number>();
  const events: Span[] = [];
  for (let k = 1; k < tokens.length; k++) {
    if (pace.spend()) yield;
    const t = tokens[k]!;
    if (!SEASONS.has(t.text) || t.sentStart || isNamey(tokens[k + 1]?.text ?? '')) continue;
    const a = tokens[k - 1]!.text;
    if (!DEMONYMS.has(a) && !lexicon().place.has(a)) continue;
    over ??= spansOver(spans);
    const found = (x: number): Span => (x < spans.length ? spans[x]! : events[x - spans.length]!);
    const near = [...(over.get(k - 1) ?? []), ...(over.get(k) ?? [])].filter((x) => !dropped.has(x));
    // Anything found over the two words (the tagger's "Arab" or "Prague Spring") gives way to the event.
    for (const x of near) {
      const s = found(x);
      if ((s.start <= k && s.end > k) || (s.start >= k - 1 && s.end <= k + 1)) dropped.add(x);
    }
    if (near.some((x) => !dropped.has(x))) continue;
    const event: Span = { start: k - 1, end: k + 1, type: 'other', fixed: true };
    addOver(over, event, spans.length + events.length);
    events.push(event);
  }
  if (!events.length && !dropped.size) return spans;
  return yield* withSpans(yield* withoutIndexes(spans, dropped, pace), events, pace);
}

/**
 * "the U.S. Open", "the Hong Kong Open", "the Monaco Grand Prix": a place's name and the word of a
 * contest or a gathering after it name the event, one name of type other, not the place.
 */
export function* placeEvents(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens, lines } = doc;
  const out: Span[] = [];
  for (let x = 0; x < spans.length; x++) {
    if (pace.spend()) yield;
    const s = spans[x]!;
    if (s.fixed) {
      out.push(s);
      continue;
    }
    const held = s.type === 'person' || s.type === 'organization' ? heldEvent(tokens, s) : null;
    if (held) {
      out.push(held);
      continue;
    }
    if (s.type !== 'place') {
      out.push(s);
      continue;
    }
    let end = s.end;
    const free = (k: number): boolean => k < tokens.length && lines[k] === lines[s.start] && (spans[x + 1]?.start ?? Infinity) > k;
    while (free(end) && EVENT_WORDS.has(tokens[end]!.text)) end++;
    const event = end > s.end || (s.end - s.start > 1 && EVENT_WORDS.has(tokens[s.end - 1]!.text));
    out.push(event && definite(tokens, s.start) ? { start: s.start, end, type: 'other', fixed: true } : s);
  }
  return out;
}

/** "OPEN" of a headline in capitals as "Open": the event words are listed as running text writes them. */
const titleWord = (w: string): string => (w.length > 1 && w === w.toUpperCase() ? w[0] + w.slice(1).toLowerCase() : w);

/**
 * "an eighth Hong Kong Open title", "SQUASH - HONG KONG OPEN QUARTER-FINAL RESULTS": a span the
 * tagger read as a person or a body that opens with a place the lists know, followed by the word
 * of a contest, is the event, whatever comes after it in a headline. A person bears no such name;
 * a body only in running text ("U.S. Games sells"), so a body's reading needs "the" or capitals.
 */
function heldEvent(tokens: Token[], s: Span): Span | null {
  const lex = lexicon();
  const caps = tokens.slice(s.start, s.end).every((t) => t.text === t.text.toUpperCase());
  if (s.type === 'organization' && !caps && !definite(tokens, s.start)) return null;
  for (let k = s.start + 1; k < s.end; k++) {
    if (!EVENT_WORDS.has(titleWord(tokens[k]!.text))) continue;
    const place = tokens
      .slice(s.start, k)
      .map((t) => titleWord(t.text))
      .join(' ');
    if (!lex.place.has(place)) return null;
    let end = k + 1;
    while (end < s.end && EVENT_WORDS.has(titleWord(tokens[end]!.text))) end++;
    // "the Shanghai Grand Theatre": in running text a name that goes on is some other name.
    return end < s.end && !caps ? null : { start: s.start, end, type: 'other', fixed: true };
  }
  return null;
}

/** The most capitalised words read before a prize's or a war's word ("Golden Globe Award"). */
const KIND_LEADING = 4;

/**
 * "the Grammy Award", "the Nobel Prize", "the Civil War", "World War II", "Labor Day": capitalised
 * words that end in the word of a prize, a war (and its number) or a day name that prize, war or
 * holiday, one name of type other, whatever the tagger made of its words ("Nobel Prize" a person,
 * "World" an organization).
 */
export function* prizesAndWars(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens, lines } = doc;
  const kinds: Span[] = [];
  for (let k = 1; k < tokens.length; k++) {
    if (pace.spend()) yield;
    const day = tokens[k]!.text === 'Day';
    if (!PRIZE_OR_WAR.has(tokens[k]!.text) && !day) continue;
    // "Doris Day": a given name before "Day" is a person's; "Happy Death Day 2U": a title that goes on.
    if (day && (lexicon().person.has(tokens[k - 1]!.text) || /^\d/.test(tokens[k + 1]?.text ?? ''))) continue;
    let start = k;
    while (
      start > 0 &&
      k - start < KIND_LEADING &&
      !tokens[start]!.sentStart &&
      lines[start - 1] === lines[k] &&
      isCapitalised(tokens[start - 1]!.text) &&
      !/^(The|A|An)$/.test(tokens[start - 1]!.text)
    )
      start--;
    if (start === k) continue;
    let end = /^(I|II|III|IV)$/.test(tokens[k + 1]?.text ?? '') ? k + 2 : k + 1;
    // "the Imperial War Cabinet", "the War Relocation Center": a name that goes on is a body's.
    if (end < tokens.length && lines[end] === lines[k] && isCapitalised(tokens[end]!.text)) continue;
    // "the Nobel Prize in Literature", "the Presidential Medal of Freedom": the prize's field is its name's.
    if (/^(in|for|of)$/.test(tokens[end]?.text ?? '') && !/War/.test(tokens[k]!.text)) {
      let field = end + 1;
      while (field < tokens.length && field - end <= KIND_LEADING && lines[field] === lines[k] && isCapitalised(tokens[field]!.text))
        field++;
      // "won the Grammy Award in Los Angeles": a place or a person after it is where or who, not the field.
      const named = spans.some((sp) => sp.start < field && sp.end > end + 1 && (sp.type === 'place' || sp.type === 'person'));
      if (field > end + 1 && !named && !lexicon().place.has(spanText(tokens, end + 1, field))) end = field;
    }
    kinds.push({ start, end, type: 'other', fixed: true });
    k = end - 1;
  }
  if (!kinds.length) return spans;
  const inKind = new Uint8Array(tokens.length);
  for (const x of kinds) inKind.fill(1, x.start, x.end);
  const kept: Span[] = [];
  for (const sp of spans) {
    if (pace.spend()) yield;
    if (!inKind.subarray(sp.start, sp.end).includes(1)) kept.push(sp);
  }
  return yield* withSpans(kept, kinds, pace);
}

/** An event is named with "the", maybe with its year ("the U.S. Open", "the 1996 Olympics"); "U.S. Games sells" is a firm. */
function definite(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1]?.text ?? '';
  const the = (w: string): boolean => w === 'the' || w === 'The';
  return the(before) || (/^(1[89]|20)\d\d$/.test(before) && the(tokens[k - 2]?.text ?? ''));
}

/** The indexes of the spans over each token. */
function spansOver(spans: readonly Span[]): Map<number, number[]> {
  const over = new Map<number, number[]>();
  for (let x = 0; x < spans.length; x++) addOver(over, spans[x]!, x);
  return over;
}

function addOver(over: Map<number, number[]>, s: Span, x: number): void {
  for (let k = s.start; k < s.end; k++) {
    const at = over.get(k);
    if (at) at.push(x);
    else over.set(k, [x]);
  }
}

/**
 * "the Muslim Brotherhood", "the Arab League": a people's or a faith's name and one noun for a body,
 * in capitals inside a sentence, is that body's name, where nothing was found over the two words
 * (or only the noun, which alone names no one).
 */
export function* demonymBodies(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens } = doc;
  const at = new Map<number, number>();
  for (let x = 0; x < spans.length; x++) {
    const s = spans[x]!;
    if (pace.spend(s.end - s.start)) yield;
    for (let k = s.start; k < s.end; k++) at.set(k, x);
  }
  const dropped = new Set<number>();
  const bodies: Span[] = [];
  for (let k = 1; k < tokens.length; k++) {
    if (pace.spend()) yield;
    if (PARTY_MEMBERS.has(tokens[k]!.text) && !isNamey(tokens[k + 1]?.text ?? '')) {
      const party = partyAt(tokens, k, at, spans);
      if (party) {
        for (let j = party.start; j < party.end; j++) if (at.has(j)) dropped.add(at.get(j)!);
        bodies.push(party);
        continue;
      }
    }
    if (
      !BODY_NOUN.has(tokens[k]!.text) ||
      !DEMONYMS.has(tokens[k - 1]!.text) ||
      tokens[k - 1]!.sentStart ||
      isNamey(tokens[k + 1]?.text ?? '')
    )
      continue;
    if (at.has(k - 1)) continue;
    const right = at.get(k);
    if (right !== undefined) {
      const s = spans[right]!;
      if (s.start !== k || s.end !== k + 1 || s.fixed) continue;
      dropped.add(right);
    }
    bodies.push({ start: k - 1, end: k + 1, type: 'organization' });
  }
  return bodies.length ? yield* withSpans(yield* withoutIndexes(spans, dropped, pace), bodies, pace) : spans;
}

/** The members of a party in the plural, which name the party after its people or its creed ("the Liberal Democrats"). */
const PARTY_MEMBERS = new Set(
  'Democrats Republicans Socialists Liberals Conservatives Greens Communists Nationalists Unionists Progressives Federalists'.split(' '),
);
/** Creeds a party's name may start with besides a people's name (most, "Liberal", "Socialist", are in DEMONYMS). */
const CREEDS = new Set('Progressive Social Free National Green Radical Popular United New Christian'.split(' '));
/** The most words of a people's or a creed's name before the members' plural ("Italian Democratic Socialists"). */
const PARTY_QUALIFIERS = 2;

/**
 * "the Liberal Democrats", "the Australian Greens", "the Italian Democratic Socialists", "Sweden
 * Democrats": a people's, a country's or a creed's name, then its members in the plural, is the
 * party, one organization, where the tagger saw nationalities and dropped them. Not where a span
 * found before crosses the run (or is fixed by its line).
 */
function partyAt(tokens: Token[], k: number, at: ReadonlyMap<number, number>, spans: readonly Span[]): Span | null {
  const qualifier = (j: number): boolean => {
    const t = tokens[j]?.text ?? '';
    return DEMONYMS.has(t) || CREEDS.has(t) || lexicon().country.has(t);
  };
  let start = k;
  while (start > 0 && k - start < PARTY_QUALIFIERS && !tokens[start]!.sentStart && qualifier(start - 1)) start--;
  // "the Party of Italian Communists": the end of a longer name.
  if (start === k || (tokens[start - 1]?.text === 'of' && isNamey(tokens[start - 2]?.text ?? ''))) return null;
  for (let j = start; j <= k; j++) {
    const x = at.get(j);
    if (x === undefined) continue;
    const s = spans[x]!;
    if (s.fixed || s.start < start || s.end > k + 1) return null;
  }
  return { start, end: k + 1, type: 'organization' };
}

/**
 * "New Zealand Department of Conservation", "US Embassy", "the U.S. Treasury Department": a
 * country's name, then the body of its state, is that body's whole name, not a place and an
 * organization side by side.
 */
export function* stateBodies(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens } = doc;
  return yield* joinNeighbours(
    doc,
    spans,
    (prev, s) =>
      prev.type === 'place' &&
      s.type === 'organization' &&
      (STATE_BODY.has(tokens[s.start]!.text) || STATE_BODY.has(tokens[s.end - 1]!.text)) &&
      lexicon().country.has(spanText(tokens, prev.start, prev.end))
        ? { start: prev.start, end: s.end, type: 'organization' }
        : null,
    pace,
  );
}

/**
 * A part of a city or country named by a direction: "Lower Manhattan", "the West Side", "Lower
 * East Side". The tagger sees the known place or a stray "East"; the reader sees one place.
 */
export function* directionPlaces(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens } = doc;
  const lex = lexicon();
  const out: Span[] = [];
  const drop = new Set<number>();
  const byToken = new Map<number, number>();
  for (let x = 0; x < spans.length; x++) {
    const s = spans[x]!;
    if (pace.spend(s.end - s.start)) yield;
    for (let k = s.start; k < s.end; k++) byToken.set(k, x);
  }
  for (let i = 0; i < tokens.length; i++) {
    if (pace.spend()) yield;
    if (!DIRECTION.has(tokens[i]!.text)) continue;
    let j = i + 1;
    while (j < tokens.length && j - i < 4 && isCapitalised(tokens[j]!.text) && !tokens[j]!.sentStart) j++;
    if (j - i < 2) continue;
    const last = tokens[j - 1]!.text;
    const inner = new Set<number>();
    for (let k = i; k < j; k++) {
      const x = byToken.get(k);
      if (x !== undefined) inner.add(x);
    }
    const found = [...inner].map((x) => spans[x]!);
    // Nothing may stick out of the run, and no person is inside it.
    if (found.some((x) => x.start < i || x.end > j || x.type === 'person' || x.fixed)) continue;
    const rest = spanText(tokens, i + 1, j);
    const placeRest = lex.place.has(rest) || found.some((x) => x.start === i + 1 && x.end === j && x.type === 'place');
    if (!QUARTER.has(last) && !(placeRest && !lex.country.has(rest))) continue;
    if (lex.org.has(spanText(tokens, i, j))) continue;
    for (const x of inner) drop.add(x);
    out.push({ start: i, end: j, type: 'place' });
    i = j - 1;
  }
  if (!out.length) return spans;
  return yield* withSpans(yield* withoutIndexes(spans, drop, pace), out, pace);
}

/** Words that make a place's name a news agency's office ("London Newsroom", "New York Energy Desk"). */
const NEWS_OFFICES = new Set(['Newsroom', 'Desk', 'Bureau']);
/** The most words of an office's beat between its place and its word ("Energy", "Foreign News"). */
const MOST_BEAT_WORDS = 2;

/**
 * "-- Harry Ballantyne , London Newsroom +44 171": a place followed by the word of a newsroom, up
 * to two words of its beat between ("New York Energy Desk"), is the agency's office there, one
 * organization, not the place.
 */
export function* newsOffices(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens } = doc;
  const out: Span[] = [];
  let grownTo = -1;
  for (const s of spans) {
    if (pace.spend()) yield;
    // A span the office took in ("Energy" of "New York Energy Desk") is part of it.
    if (s.start < grownTo) continue;
    let end = s.end;
    const inName = (k: number): boolean => k < tokens.length && !tokens[k]!.sentStart && isCapitalised(tokens[k]!.text);
    while (end - s.end < MOST_BEAT_WORDS && inName(end) && !NEWS_OFFICES.has(tokens[end]!.text)) end++;
    if (s.type !== 'place' || s.fixed || !inName(end) || !NEWS_OFFICES.has(tokens[end]!.text)) {
      out.push(s);
      continue;
    }
    grownTo = end + 1;
    out.push({ start: s.start, end: grownTo, type: 'organization' });
  }
  return grownTo < 0 ? spans : out;
}

/** An ordinal in figures, as English and military usage write it ("65th", "2d", "102d"). */
const ORDINAL_FIGURE = /^\d+(?:st|nd|rd|th|d)$/i;

/**
 * An ordinal in figures just before an organization numbers it among its kind and is part of its
 * name: "the 65th Air Division", "the 98th PVI". A unit or body is told from its siblings only by
 * that number, so the name without it names none of them.
 */
export function* numberedBodies(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens, lines } = doc;
  const out: Span[] = [];
  let previousEnd = 0;
  for (const s of spans) {
    if (pace.spend()) yield;
    const before = s.start - 1;
    const numbered =
      s.type === 'organization' &&
      !s.fixed &&
      before >= previousEnd &&
      ORDINAL_FIGURE.test(tokens[before]?.text ?? '') &&
      lines[before] === lines[s.start];
    out.push(numbered ? { ...s, start: before } : s);
    previousEnd = s.end;
  }
  return out;
}
