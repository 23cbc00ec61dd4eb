// Named entities in article text: person, organization, place, product, other.
// Tokenise, label tokens with the trained tagger (ner-model.ts), clean the spans with what a reader
// knows about names (titles and possessives are outside, a nationality is not a place), add the
// product and brand shapes the tagger rarely saw (ner-rules.ts), split and type names as a reader of
// business news does (ner-news.ts: "Amazon and Ocado", "Nvidia's H100", "the start-up Voltaria";
// nationality adjectives are left unmarked), read what the layout of a line
// says (datelines, sports results and tables) and mend whole names (ner-layout.ts), make every
// mention of a name in the article agree, and link short mentions to full names (ner-coref.ts).
import type { EntityMention, EntityType } from '../../types';
import { tokenizePass, type Token } from './tagger/tokenize';
import { model, tagPass } from './tagger/model';
import { featureContextPass } from './tagger/features';
import { linkMentions } from './coref';
import { layoutSpans } from './layout';
import { directionPlaces, knownCompany, newsSpans, newsTypes, productNames, staffCue, wholeKnownNames } from './news';
import { lexicon } from './lexicon';
import { filterPass, inSlices, mapPass, nextTurn, Pace, SLICE, whole, type Sliced } from '../pace';
import { articleIndexPass, coverage, withSpans, lineOf, writtenLower, LONGEST_NAME, LONGEST_SPAN, type Span } from './span';
import { ruleSpansPass, isCommonWord, isNamey } from './names';
import {
  BODY_NOUN,
  DEMONYMS,
  FIELD_BODY,
  GENERIC_ALONE,
  HEADLINE_PREPOSITIONS,
  INSTITUTIONS,
  MONTHS_DAYS,
  NOT_A_NAME_ALONE,
  ORG_HEAD,
  ORG_SUFFIX,
  PEOPLE_NOUNS,
  PLACE_HEAD,
  SEASONS,
  SEATS,
  SECTIONS,
  SENTENCE_OPENERS,
  STAFF_ROLES,
  STATE_BODY,
  TITLES,
  TITLE_INNER,
} from './words';

const TYPE_OF: Record<string, EntityType> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'other' };

/** Entity mentions sorted by start, non-overlapping; `name` is the full name in this article. */
export function recognizeEntities(text: string): EntityMention[] {
  return whole(entitiesPass(text, new Pace()));
}

/**
 * Unpacks the word lists and the model weights (built on first use), one per event-loop turn.
 * Unpacking both at once was the longest block of a cold worker (~65 ms in Chromium); the
 * worker calls this when it starts, while the page is still extracting its article.
 */
export async function warmUpEntities(): Promise<void> {
  lexicon();
  await nextTurn();
  model();
}

export interface SliceOptions {
  /** Work per slice, in Pace units (SLICE by default). */
  slice?: number;
  /** Told the work of each slice. */
  onSlice?: (work: number) => void;
}

/**
 * The same, for long articles in a worker that must stay responsive: every pass, from the
 * tokenizer to the article-wide consistency and linking steps, works in slices of about SLICE
 * units (a few milliseconds) with a turn of the event loop between them, cut anywhere, even in the
 * middle of a sentence or a run of capitals: each pass keeps its place, so the result is that of
 * recognizeEntities().
 */
export async function recognizeEntitiesChunked(text: string, { slice = SLICE, onSlice }: SliceOptions = {}): Promise<EntityMention[]> {
  await warmUpEntities();
  await nextTurn();
  const pace = new Pace(slice);
  return inSlices(entitiesPass(text, pace), pace, onSlice);
}

export function* entitiesPass(text: string, pace: Pace): Sliced<EntityMention[]> {
  const tokens = yield* tokenizePass(text, pace);
  const features = yield* featureContextPass(tokens, text, pace);
  const labels = yield* tagPass(tokens, features, pace);
  return yield* finish(tokens, labels, text, pace);
}

/** The article-wide steps after tagging, each a sliced pass. */
function* finish(tokens: Token[], labels: string[], text: string, pace: Pace): Sliced<EntityMention[]> {
  // What several steps look up (the lines, the words written in lower case) is indexed first, in slices.
  yield* articleIndexPass(tokens, text, pace);
  let spans: Span[] = [];
  for (const s of yield* spansFromLabels(labels, pace)) {
    if (pace.spend()) yield;
    const c = clean(tokens, s);
    if (c) spans.push(c);
  }
  const rules = yield* ruleSpansPass(tokens, text, pace);
  spans = yield* mergeRuleSpans(tokens, spans, rules, pace);
  spans = yield* newsSpans(tokens, spans, text, pace);
  spans = yield* titledNames(tokens, spans, pace);
  spans = yield* seasonEvents(tokens, spans, pace);
  spans = yield* propagate(tokens, spans, text, pace);
  spans = yield* bodiesByTheirField(tokens, spans, pace);
  spans = yield* joinPersons(tokens, spans, text, pace);
  spans = yield* layoutSpans(tokens, spans, text, pace);
  yield* wholeKnownNames(tokens, spans, pace);
  yield* listedWholes(tokens, spans, text, pace);
  spans = yield* directionPlaces(tokens, spans, pace);
  yield* teamsInResults(tokens, spans, text, pace);
  yield* newsTypes(tokens, spans, pace);
  spans = yield* productNames(tokens, spans, pace);
  // A nationality ("Swedish pension fund", "the South Korean group", "ENGLISH LEAGUE") is not a
  // name a reader looks up: it is left unmarked, whatever the tagger made of it.
  spans = yield* filterPass(spans, (s) => !nationality(tokens, s), pace);
  spans = yield* demonymBodies(tokens, spans, pace);
  spans = yield* stateBodies(tokens, spans, text, pace);
  spans = yield* dropPeoplesAndFurniture(tokens, spans, text, pace);
  spans = yield* dropSentenceWords(tokens, spans, pace);
  const mentions = yield* mapPass(spans, (s) => toMention(tokens, s, text), pace);
  const linked = yield* linkMentions(mentions, pace);
  for (let k = 0; k < spans.length; k++) {
    if (pace.spend()) yield;
    const m = linked[k]!;
    if (spans[k]!.fixed && m.type !== spans[k]!.type) linked[k] = { ...m, type: spans[k]!.type };
  }
  return linked;
}

/**
 * A capital at a sentence start says nothing: "Winter can also bring..." is the season, not a
 * person called Winter, when the article also writes the word in lower case and no person in it
 * has that name ("Johnny Winter"). A season at a sentence start is never taken for a name alone.
 */
function dropSentenceWords(tokens: Token[], spans: Span[], pace: Pace): Sliced<Span[]> {
  let nameWords: Set<string> | null = null;
  return filterPass(
    spans,
    (s) => {
      // "A Battle Against Winter": a headline in capitals, not a person, whatever the tagger saw.
      if (s.type === 'person' && !s.fixed && tokens.slice(s.start, s.end).some((t) => HEADLINE_PREPOSITIONS.has(t.text))) return false;
      if (s.fixed || s.end - s.start !== 1 || !tokens[s.start]!.sentStart) return true;
      const word = tokens[s.start]!.text;
      if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return true;
      if (SEASONS.has(word)) return false;
      if (s.type !== 'person') return true;
      if (!writtenLower(tokens, word)) return true;
      if (!nameWords) {
        nameWords = new Set();
        for (const x of spans) if (x.end - x.start > 1) for (let k = x.start; k < x.end; k++) nameWords.add(tokens[k]!.text);
      }
      return nameWords.has(word);
    },
    pace,
  );
}

function nationality(tokens: Token[], s: Span): boolean {
  if (s.fixed) return false;
  const last = tokens[s.end - 1]!.text;
  const titled = last.length > 2 && /^\p{Lu}+$/u.test(last) ? last.charAt(0) + last.slice(1).toLowerCase() : last;
  // "African-American churchgoers": nationalities joined, still no name.
  if (s.end - s.start === 1 && titled.includes('-') && titled.split('-').every((x) => DEMONYMS.has(x))) return true;
  // "Islamists", "New Zealanders", "New Yorkers": the people of a belief or a place, as a noun.
  if (!DEMONYMS.has(titled) && titled.endsWith('s') && DEMONYMS.has(titled.slice(0, -1))) return true;
  if (/\p{Ll}ers$/u.test(last)) {
    const full = spanText(tokens, s.start, s.end);
    const withPrev = s.start > 0 ? `${tokens[s.start - 1]!.text} ${full}` : full;
    if (lexicon().place.has(full.slice(0, -3)) || lexicon().place.has(withPrev.slice(0, -3))) return true;
  }
  if (!DEMONYMS.has(titled)) return false;
  if (s.end - s.start === 1) return true;
  // "South Korean", "North Korean": a place's name made into an adjective; not "Soviet Union".
  const full = spanText(tokens, s.start, s.end);
  return (
    !lexicon().place.has(full) &&
    tokens.slice(s.start, s.end - 1).every((t) => /^(North|South|East|West|Northern|Southern|Eastern|Western|Central|New)$/.test(t.text))
  );
}

/**
 * "Zimbabwe President Robert Mugabe", "US Secretary of State Rex Tillerson", "Apple CEO Tim Cook":
 * a country or body, its title of office, then a person. The tagger often takes the whole run for
 * one name; a reader sees the place (or body) and the person, and the title in neither.
 */
function* titledNames(tokens: Token[], spans: Span[], pace: Pace): Sliced<Span[]> {
  const lex = lexicon();
  const out: Span[] = [];
  for (const s of spans) {
    if (pace.spend()) yield;
    let k = s.start + 1;
    while (k < s.end - 1 && !TITLES.has(tokens[k]!.text)) k++;
    if (s.fixed || s.end - s.start < 3 || k >= s.end - 1 || /^(Mr|Mr\.|Mrs|Mrs\.|Ms|Ms\.|Dr|Dr\.)$/.test(tokens[k]!.text)) {
      out.push(s);
      continue;
    }
    let j = k + 1;
    while (j < s.end && (TITLES.has(tokens[j]!.text) || TITLE_INNER.has(tokens[j]!.text))) j++;
    const left = spanText(tokens, s.start, k);
    const leftType: EntityType | null = lex.place.has(left) ? 'place' : knownCompany(left) || lex.org.has(left) ? 'organization' : null;
    const rest = tokens.slice(j, s.end);
    if (!leftType || !rest.length || !rest.every((t) => isNamey(t.text) && !TITLES.has(t.text))) {
      out.push(s);
      continue;
    }
    out.push({ start: s.start, end: k, type: leftType }, { start: j, end: s.end, type: 'person' });
  }
  return out;
}

/**
 * "the Arab Spring", "the Prague Spring": a people's or a city's name before a season, written in
 * capitals inside a sentence, is an event.
 */
function* seasonEvents(tokens: Token[], spans: Span[], pace: Pace): Sliced<Span[]> {
  // What lies over each token, indexed on the first season word only (most articles have none).
  let over: Map<number, Span[]> | null = null;
  const dropped = new Set<Span>();
  const events: Span[] = [];
  for (let k = 1; k < tokens.length; k++) {
    if (pace.spend()) yield;
    const t = tokens[k]!;
    if (!SEASONS.has(t.text) || t.sentStart || isNamey(tokens[k + 1]?.text ?? '')) continue;
    const a = tokens[k - 1]!.text;
    if (!DEMONYMS.has(a) && !lexicon().place.has(a)) continue;
    over ??= spansOver(spans);
    const near = [...(over.get(k - 1) ?? []), ...(over.get(k) ?? [])].filter((s) => !dropped.has(s));
    // Anything found over the two words (the tagger's "Arab" or "Prague Spring") gives way to the event.
    for (const s of near) if ((s.start <= k && s.end > k) || (s.start >= k - 1 && s.end <= k + 1)) dropped.add(s);
    if (near.some((s) => !dropped.has(s))) continue;
    const event: Span = { start: k - 1, end: k + 1, type: 'other', fixed: true };
    events.push(event);
    addOver(over, event);
  }
  if (!events.length && !dropped.size) return spans;
  return yield* withSpans(yield* filterPass(spans, (s) => !dropped.has(s), pace), events, pace);
}

/** The spans over each token. */
function spansOver(spans: readonly Span[]): Map<number, Span[]> {
  const over = new Map<number, Span[]>();
  for (const s of spans) addOver(over, s);
  return over;
}

function addOver(over: Map<number, Span[]>, s: Span): void {
  for (let k = s.start; k < s.end; k++) {
    const at = over.get(k);
    if (at) at.push(s);
    else over.set(k, [s]);
  }
}

/**
 * "Getty" of "Getty Images", "France-Presse" of "Agence France-Presse": a name the tagger cut
 * short, where the capitalised word beside it (same line, nothing else found there) makes a company
 * or institution the lists know by its whole name.
 */
function* listedWholes(tokens: Token[], spans: Span[], text: string, pace: Pace): Sliced<void> {
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
  for (const s of spans) {
    if (pace.spend()) yield;
    if (s.fixed) continue;
    const b = s.end;
    if (b < tokens.length && !tokens[b]!.sentStart && joinable(b, b - 1) && listed(s.start, b + 1)) {
      s.end = b + 1;
      covered[b] = 1;
      s.type = 'organization';
    } else if (s.start > 0 && !tokens[s.start]!.sentStart && joinable(s.start - 1, s.start) && listed(s.start - 1, s.end)) {
      s.start--;
      covered[s.start] = 1;
      s.type = 'organization';
    }
  }
}

/**
 * "Hori Parata", "Te Kaurinui Robert Parata": a name the tagger cut into pieces and the article's
 * known surnames filled in is one person when nothing but a space stands between the pieces.
 */
function* joinPersons(tokens: Token[], spans: Span[], text: string, pace: Pace): Sliced<Span[]> {
  const out: Span[] = [];
  for (const s of spans) {
    if (pace.spend()) yield;
    const prev = out[out.length - 1];
    if (
      prev &&
      prev.type === 'person' &&
      s.type === 'person' &&
      !prev.fixed &&
      !s.fixed &&
      prev.end === s.start &&
      s.end - prev.start <= LONGEST_SPAN &&
      !tokens[s.start]!.sentStart &&
      /^ +$/.test(text.slice(tokens[s.start - 1]!.end, tokens[s.start]!.start))
    ) {
      prev.end = s.end;
      continue;
    }
    out.push(s);
  }
  return out;
}

/**
 * "the Muslim Brotherhood", "the Arab League": a people's or a faith's name and one noun for a body,
 * in capitals inside a sentence, is that body's name, where nothing was found over the two words
 * (or only the noun, which alone names no one).
 */
function* demonymBodies(tokens: Token[], spans: Span[], pace: Pace): Sliced<Span[]> {
  const at = new Map<number, Span>();
  for (const s of spans) {
    if (pace.spend(s.end - s.start)) yield;
    for (let k = s.start; k < s.end; k++) at.set(k, s);
  }
  const dropped = new Set<Span>();
  const bodies: Span[] = [];
  for (let k = 1; k < tokens.length; k++) {
    if (pace.spend()) yield;
    if (
      !BODY_NOUN.has(tokens[k]!.text) ||
      !DEMONYMS.has(tokens[k - 1]!.text) ||
      tokens[k - 1]!.sentStart ||
      isNamey(tokens[k + 1]?.text ?? '')
    )
      continue;
    const left = at.get(k - 1);
    const right = at.get(k);
    if (left || (right && (right.start !== k || right.end !== k + 1 || right.fixed))) continue;
    if (right) dropped.add(right);
    bodies.push({ start: k - 1, end: k + 1, type: 'organization' });
  }
  return bodies.length ? yield* withSpans(yield* filterPass(spans, (s) => !dropped.has(s), pace), bodies, pace) : spans;
}

/**
 * "New Zealand Department of Conservation", "US Embassy": a country's name, then the body of its
 * state, is that body's whole name, not a place and an organization side by side.
 */
function* stateBodies(tokens: Token[], spans: Span[], text: string, pace: Pace): Sliced<Span[]> {
  const out: Span[] = [];
  for (const s of spans) {
    if (pace.spend()) yield;
    const prev = out[out.length - 1];
    if (
      prev &&
      prev.type === 'place' &&
      s.type === 'organization' &&
      !prev.fixed &&
      !s.fixed &&
      prev.end === s.start &&
      STATE_BODY.has(tokens[s.start]!.text) &&
      lexicon().country.has(spanText(tokens, prev.start, prev.end)) &&
      /^ +$/.test(text.slice(tokens[s.start - 1]!.end, tokens[s.start]!.start))
    ) {
      out[out.length - 1] = { start: prev.start, end: s.end, type: 'organization' };
      continue;
    }
    out.push(s);
  }
  return out;
}

/**
 * Not names a reader looks up: a people ("the Māori people", "the Ngātiwai tribe", wherever the
 * article calls it one), a newsroom's desk ("a Metro reporter"), and the links of a page's
 * furniture ("Order Reprints | Today's Paper | Subscribe").
 */
function* dropPeoplesAndFurniture(tokens: Token[], spans: Span[], text: string, pace: Pace): Sliced<Span[]> {
  const lex = lexicon();
  const peoples = new Set<string>();
  for (let k = 1; k < tokens.length; k++) {
    if (pace.spend()) yield;
    const w = tokens[k - 1]!.text;
    if (PEOPLE_NOUNS.has(tokens[k]!.text) && /^\p{Lu}\p{Ll}/u.test(w) && !lex.place.has(w) && !lex.org.has(w)) peoples.add(w);
  }
  // Whether a line is furniture, judged once per line: a paragraph is one line, and judging it
  // again for each of its names was quadratic.
  const lines = lineOf(tokens, text);
  const furniture = new Map<number, boolean>();
  const isFurniture = (k: number): boolean => {
    let yes = furniture.get(lines[k]!);
    if (yes === undefined) {
      const from = text.lastIndexOf('\n', tokens[k]!.start) + 1;
      const to = text.indexOf('\n', tokens[k]!.start);
      const parts = text.slice(from, to < 0 ? text.length : to).split(' | ');
      yes = parts.length >= 3 && parts.every((p) => p.trim().split(/\s+/).length <= 4);
      furniture.set(lines[k]!, yes);
    }
    return yes;
  };
  return yield* filterPass(
    spans,
    (s) => {
      if (s.fixed) return true;
      const first = tokens[s.start]!;
      if (s.end - s.start === 1 && peoples.has(first.text)) return false;
      if (s.end - s.start === 1 && SECTIONS.has(first.text) && STAFF_ROLES.has(tokens[s.end]?.text ?? '')) return false;
      return !isFurniture(s.start);
    },
    pace,
  );
}

/**
 * Whether tokens [start, end) are a phrase of one of the word lists; none is longer than
 * LONGEST_NAME words, so a loop over a long run does not join it again at every step.
 */
function listed(set: ReadonlySet<string>, tokens: Token[], start: number, end: number): boolean {
  return end - start <= LONGEST_NAME && set.has(spanText(tokens, start, end));
}

function spanText(tokens: Token[], start: number, end: number): string {
  return tokens
    .slice(start, end)
    .map((t) => t.text)
    .join(' ');
}

/** The tagger's spans; none longer than LONGEST_SPAN (a longer one is kept by no step either). */
function* spansFromLabels(labels: string[], pace: Pace): Sliced<Span[]> {
  const out: Span[] = [];
  let i = 0;
  while (i < labels.length) {
    if (pace.spend()) yield;
    const l = labels[i]!;
    if (l === 'O') {
      i++;
      continue;
    }
    const type = l.slice(2);
    let j = i + 1;
    const inside = `I-${type}`;
    while (j < labels.length && labels[j] === inside) {
      if (pace.spend()) yield;
      j++;
    }
    if (j - i <= LONGEST_SPAN) out.push({ start: i, end: j, type: TYPE_OF[type] ?? 'other' });
    i = j;
  }
  return out;
}

function clean(tokens: Token[], s: Span): Span | null {
  let { start, end, type } = s;
  // "President Slobodan Milosevic", "Serbian President Slobodan Milosevic": the name starts after.
  // "A U.N. official", "The Fed": the article is not the name (unless the name has it: "The Hague").
  if (
    end - start > 1 &&
    /^(A|An|The)$/.test(tokens[start]!.text) &&
    !lexicon().place.has(spanText(tokens, start, end)) &&
    !lexicon().org.has(spanText(tokens, start, end))
  )
    start++;
  // A nationality leads a place's own name ("Soviet Union", "Czech Republic"): kept there.
  // A nationality or faith that names a body with one noun is the body's name: "Muslim Brotherhood",
  // "Arab League", "American Airlines" ("Islamist Muslim Brotherhood" still loses "Islamist").
  while (
    end - start > 1 &&
    (TITLES.has(tokens[start]!.text) ||
      (DEMONYMS.has(tokens[start]!.text) &&
        type !== 'place' &&
        !listed(lexicon().place, tokens, start, end) &&
        !(end - start === 2 && BODY_NOUN.has(tokens[end - 1]!.text)))) &&
    isNamey(tokens[start + 1]!.text)
  ) {
    if (TITLES.has(tokens[start]!.text) && type === 'other') type = 'person';
    start++;
  }
  // Trailing lower-case words ("Belgrade airport") and scores or ages ("Moengo 56") are not the name.
  while (end - start > 1) {
    const last = tokens[end - 1]!.text;
    if (/^\p{Ll}+$/u.test(last) || (/^\d+$/.test(last) && (type === 'person' || type === 'place' || last.length > 2))) end--;
    else break;
  }
  // "South Korean traders": a nationality, however many words.
  if (end - start > 1 && DEMONYMS.has(tokens[end - 1]!.text) && !lexicon().place.has(spanText(tokens, start, end))) type = 'other';
  if (end - start === 2 && DEMONYMS.has(tokens[start]!.text) && BODY_NOUN.has(tokens[end - 1]!.text) && type !== 'place')
    type = 'organization';
  const only = tokens[start]!.text;
  if (end - start === 1) {
    const titled = only.length > 2 && /^\p{Lu}+$/u.test(only) ? only.charAt(0) + only.slice(1).toLowerCase() : only;
    if (TITLES.has(only) || NOT_A_NAME_ALONE.has(only) || MONTHS_DAYS.has(titled) || GENERIC_ALONE.has(titled) || !/\p{L}/u.test(only))
      return null;
    if (DEMONYMS.has(only) || DEMONYMS.has(only.replace(/^\p{Lu}+$/u, (x) => x.charAt(0) + x.slice(1).toLowerCase()))) type = 'other';
  }
  return { start, end, type };
}

/**
 * The tagger learned from corpora with few product and brand names; the rules know their shapes.
 * Rule spans with a strong shape (letters with digits, camelCase, an acronym) that the tagger left
 * out are added, and the rule's type replaces "other" where both found the same span.
 */
function* mergeRuleSpans(tokens: Token[], spans: Span[], rules: Span[], pace: Pace): Sliced<Span[]> {
  // "New York Stock Exchange", "Communist Party": a name ending in an organization word is one
  // organization, even where the tagger saw a place and a stray word. Both lists are sorted and
  // without overlaps, so the spans a rule span meets are found by walking the two together.
  const dropped = new Set<Span>();
  const wholes: Span[] = [];
  let k = 0;
  for (const r of rules) {
    if (pace.spend()) yield;
    if (r.type !== 'organization' || r.end - r.start < 2 || !ORG_SUFFIX.has(tokens[r.end - 1]!.text)) continue;
    while (k < spans.length && spans[k]!.end <= r.start) k++;
    const inside: Span[] = [];
    for (let j = k; j < spans.length && spans[j]!.start < r.end; j++) inside.push(spans[j]!);
    if (
      !inside.length ||
      inside.some((s) => s.start < r.start || s.end > r.end) ||
      (inside.length === 1 && inside[0]!.start === r.start && inside[0]!.end === r.end)
    )
      continue;
    for (const s of inside) dropped.add(s);
    wholes.push({ ...r });
  }
  const out = yield* withSpans(yield* filterPass(spans, (s) => !dropped.has(s), pace), wholes, pace);
  spans = out.slice();
  const byStart = new Map<number, Span>();
  for (const s of spans) {
    if (pace.spend()) yield;
    byStart.set(s.start, s);
  }
  const covered = yield* coverage(tokens.length, spans, pace);
  const added: Span[] = [];
  for (const r of rules) {
    if (pace.spend(r.end - r.start)) yield;
    const same = byStart.get(r.start);
    if (same && same.end === r.end) {
      if (same.type === 'other' && r.type !== 'other' && !DEMONYMS.has(tokens[r.start]!.text)) same.type = r.type;
      continue;
    }
    // "Hornsea 4": the rule kept the number of a numbered name that the tagger cut off.
    if (same && same.end === r.end - 1 && same.type !== 'person' && numberedName(tokens, r.end - 1)) {
      same.end = r.end;
      same.type = 'product';
      continue;
    }
    if (covered.subarray(r.start, r.end).includes(1)) continue;
    if (!tokens.slice(r.start, r.end).some((t) => strongShape(t.text))) continue;
    added.push(r);
  }
  return yield* withSpans(out, added, pace);
}

function numberedName(tokens: Token[], k: number): boolean {
  if (!/^\d{1,2}$/.test(tokens[k]!.text) || lexicon().place.has(tokens[k - 1]!.text)) return false;
  const after = tokens[k + 1]?.text ?? '';
  if (
    /^\d/.test(after) ||
    /^(miles?|km|kilometres?|kilometers?|metres?|meters?|feet|ft|kg|tonnes?|pounds?|points?|percent|minutes?|seconds?|hours?|days?|weeks?|months?|years?|runs?|goals?|games?|wins?|people|times)$/i.test(
      after,
    )
  )
    return false;
  return !(tokens[k + 2] && /^\d+$/.test(tokens[k + 2]!.text));
}

function strongShape(w: string): boolean {
  return (/\p{Lu}/u.test(w) && /\d/.test(w) && /\p{L}/u.test(w)) || /\p{Ll}\p{Lu}/u.test(w) || /^\p{Lu}{2,5}$/u.test(w);
}

/**
 * A name found once is a name everywhere in the article: untagged occurrences of a found name, of
 * a found person's surname ("Lebed said" after "with Lebed"), or of a found organization's name
 * without its organization words ("Inflection's staff" after "Inflection AI") are added with its type.
 */
function* propagate(tokens: Token[], spans: Span[], text: string, pace: Pace): Sliced<Span[]> {
  const known = new Map<string, EntityType>();
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
    if (match === 1 && (isCommonWord(first.text) || TITLES.has(first.text))) continue;
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
 * "Environmental Protection officials said" after "the Department of Environmental Protection":
 * a body named by its field alone, where its staff or what it runs follows ("officials",
 * ", which operates"). Only there: the field alone is mostly a field ("environmental protection").
 */
function* bodiesByTheirField(tokens: Token[], spans: Span[], pace: Pace): Sliced<Span[]> {
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

/**
 * One-word names that stand for a found organization's whole name: what is left of the name
 * without its organization words ("Inflection" of "Inflection AI", "Bre-X" of "Bre-X Minerals Ltd"),
 * when that is not a word of its own (common, a place, a given name or surname, a nationality) nor
 * a word that starts many names ("National", "Bank"). Only the organization words may be dropped:
 * "Ottoman" of "Ottoman Empire" is mostly the adjective.
 */
function* orgHeads(tokens: Token[], spans: Span[], known: Map<string, EntityType>, pace: Pace): Sliced<Set<string>> {
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
 * In a line of results ("Leeds 2 Chelsea 1", "Somerset 22 4 6 12"), a place name followed by a
 * score is a team: an organization, as a reader of the sports page takes it.
 */
function* teamsInResults(tokens: Token[], spans: Span[], text: string, pace: Pace): Sliced<void> {
  const line = lineOf(tokens, text);
  for (const s of spans) {
    if (pace.spend()) yield;
    if (s.type !== 'place' && s.type !== 'other') continue;
    const next = tokens[s.end];
    if (!next || !/^\d{1,3}$/.test(next.text) || text.charCodeAt(tokens[s.end - 1]!.end) === 10) continue;
    // Two or more numbers on the line: a score line or a table row, not "Moengo 56 miles".
    let numbers = 0;
    for (let k = s.end; k < tokens.length && k < s.end + 12; k++) {
      if (k > s.end && line[k] !== line[s.end]) break;
      if (/^\d+(\.\d+)?$/.test(tokens[k]!.text)) numbers++;
      else if (/^\p{Ll}/u.test(tokens[k]!.text)) {
        numbers = 0;
        break;
      }
    }
    if (numbers >= 2 || (/^\d{1,2}$/.test(next.text) && /^[-–]$/.test(tokens[s.end + 1]?.text ?? ''))) s.type = 'organization';
  }
}

function toMention(tokens: Token[], s: Span, text: string): EntityMention {
  const start = tokens[s.start]!.start;
  const end = tokens[s.end - 1]!.end;
  const surface = text.slice(start, end);
  return { text: surface, type: refine(s.type, surface), start, end, name: surface.replace(/\s+/g, ' ') };
}

/** The tagger knows PER/ORG/LOC/MISC; Gloss also shows products: numbered names and known brands. */
function refine(type: EntityType, surface: string): EntityType {
  if (SEATS.has(surface)) return 'place';
  if (INSTITUTIONS.has(surface)) return 'organization';
  if (type === 'person') return type;
  const lex = lexicon();
  // Apple's device names ("iPhone", "iPad", "iCloud") are products, never the company.
  if (/^i\p{Lu}\p{Ll}+$/u.test(surface)) return 'product';
  // Places are not camelCase ("RenewableUK said"): a one-word camelCase name is a company or brand.
  if (
    type === 'place' &&
    /^\p{Lu}\p{Ll}{2,}\p{Lu}\S*$/u.test(surface) &&
    !/^(Mc|Mac|De|La|Le|Van|Von)/.test(surface) &&
    !lex.place.has(surface)
  )
    return 'organization';
  // A letter-and-digit model name (GPT-4, H100) or a numbered project (Hornsea 4).
  if (/(^|\s)(?=\S*\p{Lu})(?=\S*\d)[\p{L}\d-]+$/u.test(surface) || (type !== 'place' && /\s\d{1,3}$/.test(surface))) return 'product';
  // "Apple Pay", "Google Maps": a known brand whose first word is its maker is the maker's product.
  if (
    type === 'organization' &&
    surface.includes(' ') &&
    !ORG_SUFFIX.has(surface.slice(surface.lastIndexOf(' ') + 1)) &&
    lex.brand.has(surface) &&
    !lex.org.has(surface) &&
    knownCompany(surface.slice(0, surface.indexOf(' ')))
  )
    return 'product';
  if (type !== 'other') return type;
  if (lex.org.has(surface)) return 'organization';
  if (lex.brand.has(surface)) return 'product';
  return type;
}
