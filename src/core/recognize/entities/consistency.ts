// In-article consistency: a name found once is a name everywhere in the article, cut short or
// whole, and a name the article gives whole elsewhere is mended where the tagger cut it.
import { knownCompany, staffCue } from './cues';
import { lexicon } from './lexicon';
import { isCommonWord, isNamey } from './names';
import { type Doc, LONGEST_NAME, LONGEST_SPAN, type Span, coverage, joinNeighbours, spanText, withSpans, writtenLower } from './span';
import type { Token } from './tagger/tokenize';
import {
  DEMONYMS,
  FIELD_BODY,
  GENERIC_ALONE,
  INSTITUTIONS,
  MONTHS_DAYS,
  LINKERS,
  NOT_A_NAME_ALONE,
  OF_BODY_HEADS,
  ORG_HEAD,
  ORG_SUFFIX,
  PLACE_HEAD,
  SAYS,
  SENTENCE_OPENERS,
  TITLES,
} from './words';
import { type Pace, type Sliced, mapPass } from '../pace';
import type { EntityType } from '../../types';

/**
 * Whether the word at `k` speaks ("King said", "said Levy."): a surname that is also a word of the
 * language or a title ("King", "Levy") is the person there, as nothing else says things.
 */
function speaksAt(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1];
  if (next && SAYS.has(next.text) && !next.sentStart) return true;
  return SAYS.has(tokens[k - 1]?.text ?? '') && /^[,.]$/.test(next?.text ?? '.');
}

/**
 * A name found once is a name everywhere in the article: untagged occurrences of a found name, of
 * a found person's surname ("Lebed said" after "with Lebed"), or of a found organization's name
 * without its organization words ("Inflection's staff" after "Inflection AI") are added with its type.
 */
export function* propagate(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens, text } = doc;
  const known = new Map<string, EntityType>();
  const surnames = new Set<string>();
  let longest = 1;
  for (const s of spans) {
    if (pace.spend(s.end - s.start)) yield;
    const words = tokens.slice(s.start, s.end).map((t) => t.text);
    const key = words.join(' ');
    if (!known.has(key)) known.set(key, s.type);
    longest = Math.min(LONGEST_NAME, Math.max(longest, words.length));
    // "the Vision Pro" after "Apple Vision Pro": the product without its maker's name.
    if (s.type === 'product' && words.length > 2 && knownCompany(words[0]!)) {
      const rest = words.slice(1).join(' ');
      if (!known.has(rest)) known.set(rest, 'product');
    }
    if (s.type === 'person' && words.length > 1) {
      const last = words[words.length - 1]!;
      if (!known.has(last)) known.set(last, 'person');
      surnames.add(last);
    }
  }
  if (!known.size) return spans;
  const heads = yield* orgHeads(tokens, spans, known, pace);
  const covered = yield* coverage(tokens.length, spans, pace);
  const lineBreakAfter = (k: number): boolean => text.charCodeAt(tokens[k]!.end) === 10;
  // Not when the word is the start of a longer capitalised run: "Jordan" in "Michael Jordan".
  const runsOn = (k: number): boolean => {
    const next = tokens[k];
    return !!next && !covered[k] && isNamey(next.text) && !next.sentStart && !lineBreakAfter(k - 1);
  };
  // "The Skellefteå plant", "And Ennahda came": an article or a conjunction opening the sentence is
  // not part of a longer name.
  const runsIn = (i: number): boolean => {
    const prev = tokens[i - 1];
    return (
      !!prev &&
      !tokens[i]!.sentStart &&
      isNamey(prev.text) &&
      !covered[i - 1] &&
      !/^\p{P}$/u.test(prev.text) &&
      !(prev.sentStart && SENTENCE_OPENERS.has(prev.text))
    );
  };
  const added: Span[] = [];
  const headAt: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (pace.spend()) yield;
    if (covered[i] || !isNamey(tokens[i]!.text)) continue;
    if (pace.spend(longest)) yield;
    let key = '';
    let match = 0;
    let type: EntityType = 'other';
    for (let k = 0; k < longest && i + k < tokens.length && !covered[i + k]; k++) {
      if (k && (tokens[i + k]!.sentStart || lineBreakAfter(i + k - 1))) break;
      key = k ? `${key} ${tokens[i + k]!.text}` : tokens[i]!.text;
      const t = known.get(key);
      if (t) {
        match = k + 1;
        type = t;
      }
    }
    if (!match) {
      if (heads.has(tokens[i]!.text) && !runsOn(i + 1) && !runsIn(i)) headAt.push(i);
      continue;
    }
    const first = tokens[i]!;
    if (match === 1 && (isCommonWord(first.text) || TITLES.has(first.text)) && !(surnames.has(first.text) && speaksAt(tokens, i))) continue;
    if (runsOn(i + match) || runsIn(i)) continue;
    added.push({ start: i, end: i + match, type });
    i += match - 1;
  }
  // A capital at a sentence start says nothing ("Global demand rose" after "Global Energy Corp."):
  // there the first word counts only where the article also uses it alone inside a sentence.
  const midSentence = new Set<string>();
  for (const i of headAt) {
    if (pace.spend()) yield;
    if (!tokens[i]!.sentStart) midSentence.add(tokens[i]!.text);
  }
  const headSpans: Span[] = [];
  for (const i of headAt) {
    if (pace.spend()) yield;
    const word = tokens[i]!.text;
    if (tokens[i]!.sentStart && (!midSentence.has(word) || isCommonWord(word))) continue;
    headSpans.push({ start: i, end: i + 1, type: 'organization' });
  }
  if (!added.length && !headSpans.length) return spans;
  // Found words and heads are each in article order: two merges, not a sort.
  return yield* withSpans(yield* withSpans(spans, added, pace), headSpans, pace);
}

/**
 * One-word names that stand for a found organization's whole name: what is left of the name
 * without its organization words ("Inflection" of "Inflection AI", "Bre-X" of "Bre-X Minerals Ltd"),
 * when that is not a word of its own (common, a place, a given name or surname, a nationality) nor
 * a word that starts many names ("National", "Bank"). Only the organization words may be dropped:
 * "Ottoman" of "Ottoman Empire" is mostly the adjective.
 */
function* orgHeads(tokens: Token[], spans: readonly Span[], known: Map<string, EntityType>, pace: Pace): Sliced<Set<string>> {
  const lex = lexicon();
  const heads = new Set<string>();
  for (const s of spans) {
    if (pace.spend(s.end - s.start)) yield;
    if (s.type !== 'organization' || s.end - s.start < 2) continue;
    let end = s.end;
    while (end > s.start + 1 && ORG_SUFFIX.has(tokens[end - 1]!.text)) end--;
    if (end !== s.start + 1 || end === s.end) continue;
    const first = tokens[s.start]!;
    const w = first.text;
    if (!/^\p{Lu}[\p{L}\d&'’-]*$/u.test(w) || !/\p{Ll}/u.test(w)) continue;
    if (lex.common.has(w.toLowerCase()) || lex.place.has(w) || lex.person.has(w) || DEMONYMS.has(w) || TITLES.has(w) || MONTHS_DAYS.has(w))
      continue;
    if (
      ORG_HEAD.has(w) ||
      ORG_SUFFIX.has(w) ||
      PLACE_HEAD.has(w) ||
      GENERIC_ALONE.has(w) ||
      NOT_A_NAME_ALONE.has(w) ||
      /^(A|An|The)$/.test(w)
    )
      continue;
    // "Meanwhile Acme Corp." at a sentence start: the first word may be the sentence's, not the name's.
    if (first.sentStart && isCommonWord(w)) continue;
    // "Islamic Group": an adjective of belief or origin names the group only with its noun.
    if (/\p{Ll}(ic|ian|ese|ish)$/u.test(w)) continue;
    if (!known.has(w)) heads.add(w);
  }
  return heads;
}

/**
 * "Environmental Protection officials said" after "the Department of Environmental Protection":
 * a body named by its field alone, where its staff or what it runs follows ("officials",
 * ", which operates"). Only there: the field alone is mostly a field ("environmental protection").
 */
export function* bodiesByTheirField(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens } = doc;
  const fields = new Set<string>();
  let longest = 0;
  for (const s of spans) {
    if (pace.spend()) yield;
    if (s.type !== 'organization' || !FIELD_BODY.has(tokens[s.start]!.text) || tokens[s.start + 1]?.text !== 'of') continue;
    const from = tokens[s.start + 2]?.text === 'the' ? s.start + 3 : s.start + 2;
    // One word alone ("Defense", "Transportation") is too often the plain noun or an adjective.
    if (s.end - from < 2 || !tokens.slice(from, s.end).every((t) => /^\p{Lu}/u.test(t.text))) continue;
    if (s.end - from > LONGEST_NAME) continue;
    fields.add(spanText(tokens, from, s.end));
    longest = Math.max(longest, s.end - from);
  }
  if (!fields.size) return spans;
  const covered = yield* coverage(tokens.length, spans, pace);
  const added: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (pace.spend()) yield;
    if (covered[i] || !isNamey(tokens[i]!.text)) continue;
    if (pace.spend(longest * longest)) yield;
    for (let n = Math.min(longest, tokens.length - i); n >= 2; n--) {
      if (covered.subarray(i, i + n).includes(1) || tokens.slice(i + 1, i + n).some((t) => t.sentStart)) continue;
      const one: Span = { start: i, end: i + n, type: 'organization' };
      if (
        !fields.has(spanText(tokens, i, i + n)) ||
        (isNamey(tokens[i - 1]?.text ?? '') && !tokens[i]!.sentStart) ||
        !staffCue(tokens, one)
      )
        continue;
      added.push(one);
      i += n - 1;
      break;
    }
  }
  return added.length ? yield* withSpans(spans, added, pace) : spans;
}

/** A person's initials with their periods ("H.W.", "J."). */
const INITIALS = /^(\p{Lu}\.)+$/u;

/**
 * "Hori Parata", "Te Kaurinui Robert Parata": a name the tagger cut into pieces and the article's
 * known surnames filled in is one person when nothing but a space stands between the pieces.
 */
export function* joinPersons(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens } = doc;
  return yield* joinNeighbours(
    doc,
    spans,
    (prev, s) =>
      prev.type === 'person' &&
      s.type === 'person' &&
      s.end - prev.start <= LONGEST_SPAN &&
      // "George H.W. Bush": the period of initials is read as a sentence's end.
      (!tokens[s.start]!.sentStart || INITIALS.test(tokens[s.start - 1]!.text))
        ? { ...prev, end: s.end }
        : null,
    pace,
  );
}

/**
 * "Getty" of "Getty Images", "France-Presse" of "Agence France-Presse": a name the tagger cut
 * short, where the capitalised word beside it (same line, nothing else found there) makes a company
 * or institution the lists know by its whole name.
 */
export function* listedWholes(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens, text } = doc;
  const lex = lexicon();
  const covered = yield* coverage(tokens.length, spans, pace);
  const joinable = (k: number, next: number): boolean =>
    !covered[k] &&
    /^\p{Lu}/u.test(tokens[k]!.text) &&
    /^ +$/.test(text.slice(tokens[Math.min(k, next)]!.end, tokens[Math.max(k, next)]!.start));
  const listed = (a: number, b: number): boolean => {
    const name = spanText(tokens, a, b);
    return INSTITUTIONS.has(name) || (lex.org.has(name) && name.includes(' '));
  };
  const out: Span[] = [];
  for (const s of spans) {
    if (pace.spend()) yield;
    const b = s.end;
    if (s.fixed) out.push(s);
    else if (b < tokens.length && !tokens[b]!.sentStart && joinable(b, b - 1) && listed(s.start, b + 1)) {
      covered[b] = 1;
      out.push({ ...s, end: b + 1, type: 'organization' });
    } else if (s.start > 0 && !tokens[s.start]!.sentStart && joinable(s.start - 1, s.start) && listed(s.start - 1, s.end)) {
      covered[s.start - 1] = 1;
      out.push({ ...s, start: s.start - 1, type: 'organization' });
    } else out.push(s);
  }
  return out;
}

/** A word a name can grow over: not punctuation, not a possessive ending. */
const wordLike = (t: string): boolean => /^[\p{L}\d]/u.test(t) && !/^['’]s$/.test(t);

/**
 * A name cut short where the article gives it whole elsewhere: "Edison" of "for Con Edison, which"
 * is "Con Edison"; "Blasio" of "since de Blasio took office" is "de Blasio" when "Bill de Blasio"
 * is in the article; "Department of Environmental" before "Protection". The span grows over the
 * free words beside it when the longer text is a name found elsewhere, and takes that name's type.
 */
export function* wholeKnownNames(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens } = doc;
  const known = new Map<string, EntityType>();
  const particleTails = new Set<string>();
  for (const s of spans) {
    if (pace.spend(s.end - s.start)) yield;
    if (s.end - s.start < 2) continue;
    const key = spanText(tokens, s.start, s.end);
    if (!known.has(key)) known.set(key, s.type);
    if (s.type !== 'person' || s.end - s.start > LONGEST_NAME) continue;
    for (let k = s.start + 1; k < s.end - 1; k++) if (/^\p{Ll}{1,3}$/u.test(tokens[k]!.text)) particleTails.add(spanText(tokens, k, s.end));
  }
  if (!known.size) return spans;
  const covered = yield* coverage(tokens.length, spans, pace);
  const out: Span[] = [];
  for (const s of spans) {
    if (pace.spend(s.end - s.start)) yield;
    let { start, end, type } = s;
    for (let k = 1; k <= 2; k++) {
      const a = start - k;
      if (
        a < 0 ||
        covered.subarray(a, start).includes(1) ||
        tokens.slice(a + 1, end).some((t) => t.sentStart) ||
        !tokens.slice(a, start).every((t) => wordLike(t.text))
      )
        break;
      const key = spanText(tokens, a, end);
      const wholeType = known.get(key) ?? (particleTails.has(key) ? 'person' : undefined);
      if (!wholeType) continue;
      covered.fill(1, a, start);
      start = a;
      type = wholeType;
      break;
    }
    for (let k = 1; k <= 2; k++) {
      const b = end + k;
      if (b > tokens.length || covered.subarray(end, b).includes(1) || tokens.slice(end, b).some((t) => t.sentStart || !wordLike(t.text)))
        break;
      const wholeType = known.get(spanText(tokens, start, b));
      if (!wholeType) continue;
      covered.fill(1, end, b);
      end = b;
      type = wholeType;
      break;
    }
    out.push(start === s.start && end === s.end && type === s.type ? s : { ...s, start, end, type });
  }
  return out;
}

/**
 * "The Commission said" after "the European Commission": "the" and a body's word alone, in
 * capitals inside the sentence, name the one organization of the article whose name ends in that
 * word, and are marked as it (coref.ts gives the mention that name). Not where the article names
 * two such bodies (which one?), nor where the word goes on into a longer name ("the League Cup").
 */
export function* theBodies(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens } = doc;
  // Each body word, with the one organization name that holds it (null when two names do).
  const bodies = new Map<string, string | null>();
  for (const s of spans) {
    if (pace.spend(s.end - s.start)) yield;
    if (s.type !== 'organization' || s.end - s.start < 2) continue;
    const name = spanText(tokens, s.start, s.end);
    const word = tokens[s.end - 1]!.text;
    if (!OF_BODY_HEADS.has(word) || tokens.slice(s.start, s.end).some((t) => LINKERS.has(t.text))) continue;
    const seen = bodies.get(word);
    bodies.set(word, seen === undefined || seen === name ? name : null);
  }
  if (!bodies.size) return spans;
  const covered = yield* coverage(tokens.length, spans, pace);
  const added: Span[] = [];
  for (let k = 1; k < tokens.length; k++) {
    if (pace.spend()) yield;
    const t = tokens[k]!;
    if (covered[k] || t.sentStart || !bodies.get(t.text) || !/^(the|The)$/.test(tokens[k - 1]!.text)) continue;
    const next = tokens[k + 1];
    if (next && !next.sentStart && isNamey(next.text)) continue;
    added.push({ start: k, end: k + 1, type: 'organization' });
  }
  return added.length ? yield* withSpans(spans, added, pace) : spans;
}

/** The most words of a place that open an organization's name ("Kansas City Royals"). */
const LONGEST_PLACE_PREFIX = 3;
/** The plural of a people's name ("Polynesians", "Italians"), which no list holds whole. */
const PEOPLE_PLURAL = /\p{Ll}ians$/u;

/**
 * "The Orioles remained tied" after "the Baltimore Orioles": on a sports page, what follows the
 * place that opens an organization's name is the nickname the article goes on to use alone, and is
 * that organization wherever it stands in capitals. Not when that rest is a body's or a company's word ("Stock
 * Exchange", "United", "Times"), a place or a person's name ("Southern California Edison").
 */
export function* nicknamesAfterPlaces(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens } = doc;
  // Off the sports pages the rest is mostly a people or a common noun ("Eastern Polynesians", "New Zealand Wars").
  if (!doc.sports) return spans;
  const nicknames = new Set<string>();
  for (const s of spans) {
    if (pace.spend(s.end - s.start)) yield;
    const nickname = s.type === 'organization' && s.end - s.start > 1 ? nicknameAfterPlace(tokens, s) : null;
    // "the New Zealand Wars" beside "wars": a word the article writes in lower case is its common noun.
    if (nickname && !nickname.split(' ').some((w) => writtenLower(doc, w))) nicknames.add(nickname);
  }
  if (!nicknames.size) return spans;
  const covered = yield* coverage(tokens.length, spans, pace);
  const free = (k: number): boolean => !covered[k] && !tokens[k]!.sentStart;
  const added: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (pace.spend()) yield;
    if (covered[i]) continue;
    const two = i + 1 < tokens.length && free(i + 1) && nicknames.has(spanText(tokens, i, i + 2));
    if (!two && !nicknames.has(tokens[i]!.text)) continue;
    const end = two ? i + 2 : i + 1;
    // "Orioles Park": the word goes on into a longer name of its own.
    const next = tokens[end];
    const prev = tokens[i - 1];
    if (
      (next && free(end) && isNamey(next.text)) ||
      (prev && !tokens[i]!.sentStart && !covered[i - 1] && isNamey(prev.text) && prev.text !== 'The')
    )
      continue;
    added.push({ start: i, end, type: 'organization' });
    i = end - 1;
  }
  const out = yield* mapPass(
    spans,
    (s) =>
      !s.fixed && s.type !== 'organization' && nicknames.has(spanText(tokens, s.start, s.end))
        ? { ...s, type: 'organization' as const }
        : s,
    pace,
  );
  return added.length ? yield* withSpans(out, added, pace) : out;
}

function nicknameAfterPlace(tokens: readonly Token[], s: Span): string | null {
  const lex = lexicon();
  for (let cut = Math.min(LONGEST_PLACE_PREFIX, s.end - s.start - 1); cut >= 1; cut--) {
    if (!lex.place.has(spanText(tokens, s.start, s.start + cut))) continue;
    const rest = tokens.slice(s.start + cut, s.end).map((t) => t.text);
    // A nickname names the players or members in the plural ("Orioles", "White Sox"); a singular rest
    // is mostly a word of the name alone ("Stanley Cup", "Walter Little").
    if (rest.length > 2 || !rest.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) || !/[^s]s$|x$/.test(rest[rest.length - 1]!)) return null;
    // "Eastern Polynesians": a people, not a team.
    const ofItsOwn = (w: string): boolean =>
      ORG_SUFFIX.has(w) ||
      ORG_HEAD.has(w) ||
      GENERIC_ALONE.has(w) ||
      PLACE_HEAD.has(w) ||
      DEMONYMS.has(w.slice(0, -1)) ||
      PEOPLE_PLURAL.test(w);
    if (rest.some(ofItsOwn)) return null;
    const name = rest.join(' ');
    return lex.place.has(name) || lex.person.has(name) ? null : name;
  }
  return null;
}
