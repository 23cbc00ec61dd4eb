// Whole names mended by what a tagger with a short view gets wrong (an initial and a surname, "A & B"
// companies, a person's name cut after the given name, names that end in an organization word,
// countries in headline capitals, well-known short organization names), then what the layout of
// the page read (layout.ts) applied: its names replace the tagger's, and on a sports page a place
// that acts is a team.
import { isCapsWord, isCountry, isCountryWord, teamKey } from './layout';
import { lexicon } from './lexicon';
import { isCommonWord, isNamey } from './names';
import { type Doc, LONGEST_SPAN, type Span, coverage, spanText, withSpans, writtenLower } from './span';
import type { Token } from './tagger/tokenize';
import {
  ADDRESSING,
  DEMONYMS,
  HEADLINE_WORDS,
  KNOWN_ORGS,
  MONTHS_DAYS,
  ORDINALS,
  ORG_HEAD,
  ORG_SUFFIX,
  PLACE_HEAD,
  PLACE_SUFFIX,
  SPORT_HEADS,
  TITLES,
} from './words';
import { type Pace, type Sliced, filterPass, mergePass } from '../pace';

/**
 * An initial ("J.") and the start of a surname after it ("Smith", "O'Neill"), for joinedNames; made
 * once, as a regular expression literal in the loop is a new object for every word of the article.
 */
const INITIAL = /^\p{Lu}\.$/u;
const SURNAME_START = /^\p{Lu}[\p{Ll}'’-]/u;

/**
 * Names the tagger splits or misses: an initial and a surname ("M. Waugh", "J. Adams 123") is a
 * person; "Douglas & Lomason" is one company; on a sports page a given name and surname before a
 * country in brackets ("6. Geir Moen ( Norway ) 10.33") is an athlete.
 */
export function* joinedNames(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens, sports } = doc;
  const n = tokens.length;
  const lex = lexicon();
  const add: Span[] = [];
  for (let i = 0; i + 1 < n; i++) {
    if (pace.spend()) yield;
    const t = tokens[i]!.text;
    const next = tokens[i + 1]!.text;
    if (INITIAL.test(t) && SURNAME_START.test(next) && !tokens[i + 1]!.sentStart) {
      let j = i + 2;
      if (j < n && /^\p{Lu}\p{Ll}/u.test(tokens[j]!.text) && !tokens[j]!.sentStart && !lex.place.has(tokens[j]!.text)) j++;
      add.push({ start: i, end: j, type: 'person' });
      i = j - 1;
      continue;
    }
    if (next === '&' && i + 2 < n && isNamey(t) && isNamey(tokens[i + 2]!.text)) {
      let a = i;
      while (a > 0 && isNamey(tokens[a - 1]!.text) && !tokens[a]!.sentStart) {
        if (pace.spend()) yield;
        a--;
      }
      let b = i + 3;
      while (b < n && isNamey(tokens[b]!.text) && !tokens[b]!.sentStart) {
        if (pace.spend()) yield;
        b++;
      }
      if (b - a <= LONGEST_SPAN) add.push({ start: a, end: b, type: 'organization' });
      i = b - 1;
      continue;
    }
    // Scorecards: "c Vaas b Chandana 56", "Fleming 8-1-26-3".
    if (sports && isNamey(next) && !tokens[i + 1]!.sentStart && /^(c|b|st)$/.test(t) && /^\p{Lu}\p{Ll}/u.test(next)) {
      let j = i + 2;
      while (j < n && j - i < 3 && /^\p{Lu}\p{Ll}/u.test(tokens[j]!.text) && !tokens[j]!.sentStart) j++;
      add.push({ start: i + 1, end: j, type: 'person' });
      i = j - 1;
      continue;
    }
    if (sports && /^\p{Lu}\p{Ll}/u.test(t) && /^\d+(\.\d)?-\d+-\d+-\d+$/.test(next) && (i === 0 || !isNamey(tokens[i - 1]!.text))) {
      add.push({ start: i, end: i + 1, type: 'person' });
      continue;
    }
    // "Cosmin Contra ( 31st )", "( Gordon Durie 75th )": a scorer and the minute.
    if (sports && isNamey(t) && /^\d{1,3}(st|nd|rd|th)$/.test(next === '(' ? (tokens[i + 2]?.text ?? '') : next)) {
      let a = i;
      while (a > 0 && i - a < 2 && /^\p{Lu}\p{Ll}/u.test(tokens[a - 1]!.text) && !tokens[a]!.sentStart) a--;
      if (/^\p{Lu}\p{Ll}/u.test(tokens[a]!.text) && !isCountry(tokens, { start: a, end: i + 1 }))
        add.push({ start: a, end: i + 1, type: 'person' });
      continue;
    }
    if (sports && next === '(' && isNamey(t) && tokens[i + 3]?.text === ')' && isCountryWord(tokens[i + 2]!.text)) {
      let a = i;
      while (a > 0 && i - a < 3 && isNamey(tokens[a - 1]!.text) && !tokens[a]!.sentStart) a--;
      const first = tokens[a]!.text;
      const words = tokens.slice(a, i + 1).map((x) => x.text);
      if (
        i > a &&
        i - a <= 2 &&
        !lex.common.has(first.toLowerCase()) &&
        !ORG_SUFFIX.has(t) &&
        words.every((x) => /^\p{Lu}\p{Ll}/u.test(x) && !lex.place.has(x) && !lex.org.has(x))
      )
        add.push({ start: a, end: i + 1, type: 'person' });
    }
  }
  if (!add.length) return spans;
  // Which found span covers each token, to compare the new spans with the tagger's in one pass.
  const owner = new Int32Array(n).fill(-1);
  for (let k = 0; k < spans.length; k++) {
    if (pace.spend()) yield;
    owner.fill(k, spans[k]!.start, spans[k]!.end);
  }
  const drop = new Uint8Array(spans.length);
  const out: Span[] = [];
  for (const s of add) {
    if (pace.spend(s.end - s.start)) yield;
    let wider = false;
    const hit = new Set<number>();
    for (let k = s.start; k < s.end; k++) {
      const o = owner[k]!;
      if (o < 0 || hit.has(o)) continue;
      hit.add(o);
      if (spans[o]!.start < s.start || spans[o]!.end > s.end) wider = true;
    }
    // A found span that reaches outside the new one would be cut: keep the tagger's wider span there.
    if (wider) continue;
    for (const o of hit) drop[o] = 1;
    out.push(s);
  }
  const left: Span[] = [];
  for (let k = 0; k < spans.length; k++) {
    if (pace.spend()) yield;
    if (!drop[k]) left.push(spans[k]!);
  }
  // Sorted by start, widest first: a span starting inside the last kept one overlaps it.
  let reach = 0;
  const sorted = yield* mergePass(out, left, (x, y) => x.start - y.start || y.end - x.end, pace);
  return yield* filterPass(
    sorted,
    (s) => {
      if (s.start < reach) return false;
      reach = s.end;
      return true;
    },
    pace,
  );
}

/**
 * The tagger often stops a person's name after the given name ("Alain | Juppe", "Marco |
 * Tonchetti Provera"): a person span is carried over the capitalised words that follow it, and
 * back over a known given name before it ("Joe-Max Moore"). At a sentence start the tagger often
 * drops the given name ("Priya | Raman, an analyst"), as the capital says nothing there: a surname
 * alone takes back the word before it when that word is a given name, or could be one (no common
 * word, place, company or nationality).
 */
export function* wholePersons(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens } = doc;
  const lex = lexicon();
  const n = tokens.length;
  const covered = yield* coverage(n, spans, pace);
  const nameShape = (k: number): boolean => {
    const t = tokens[k];
    if (!t || covered[k]) return false;
    const w = t.text;
    return (
      /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u.test(w) &&
      !lex.common.has(w.toLowerCase()) &&
      !lex.place.has(w) &&
      !lex.org.has(w) &&
      !DEMONYMS.has(w) &&
      !MONTHS_DAYS.has(w) &&
      !ORG_SUFFIX.has(w) &&
      !TITLES.has(w) &&
      !ADDRESSING.has(w)
    );
  };
  const nameWord = (k: number): boolean => nameShape(k) && !tokens[k]!.sentStart;
  // A given name the lists lack, before a surname alone: where a capital says nothing (a sentence's
  // first word), or after a comma, where an apposition names a person ("its finance minister, Lars Hofmann,").
  const openingGiven = (k: number): boolean => {
    if (!nameShape(k) || !(tokens[k]!.sentStart || tokens[k - 1]?.text === ',')) return false;
    const w = tokens[k]!.text;
    if (lex.person.has(w)) return true;
    // "In-form Napoli", "Third Paris": a hyphenated word or an ordinal, not a given name.
    return (
      /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*$/u.test(w) &&
      !ORDINALS.has(w) &&
      !isCommonWord(w) &&
      !writtenLower(doc, w) &&
      !lex.brand.has(w) &&
      !ORG_HEAD.has(w) &&
      !PLACE_HEAD.has(w)
    );
  };
  const out: Span[] = [];
  for (const s of spans) {
    if (pace.spend()) yield;
    if (s.type !== 'person' || s.end - s.start > 2) {
      out.push(s);
      continue;
    }
    let { start, end } = s;
    while (end < n && end - start < 3 && nameWord(end)) end++;
    covered.fill(1, s.end, end);
    if (start > 0 && !tokens[start]!.sentStart) {
      const before = start - 1;
      const surnameOnly = end - start === 1 && /^\p{Lu}\p{Ll}/u.test(tokens[start]!.text) && !lex.place.has(tokens[start]!.text);
      if ((nameWord(before) && lex.person.has(tokens[before]!.text) && end - start < 3) || (surnameOnly && openingGiven(before))) {
        start--;
        covered[start] = 1;
      }
    }
    out.push(start === s.start && end === s.end ? s : { ...s, start, end });
  }
  return out;
}

/**
 * Multi-word names whose last word makes them an organization ("New York Stock Exchange",
 * "Communist Party"), and a place followed by a plural nickname ("Chicago White Sox",
 * "Minnesota Twins"): a team.
 */
export function* orgShapes(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const out: Span[] = [];
  for (const s of spans) {
    if (pace.spend(s.end - s.start)) yield;
    out.push(orgShaped(doc.tokens, s) ? { ...s, type: 'organization' } : s);
  }
  return out;
}

/** Whether a span's shape makes it an organization (see orgShapes). */
function orgShaped(tokens: Token[], s: Span): boolean {
  const lex = lexicon();
  if (s.end - s.start < 2 || s.type === 'organization' || s.type === 'product') return false;
  const last = tokens[s.end - 1]!.text;
  if (lex.place.has(spanText(tokens, s.start, s.end)) || PLACE_SUFFIX.has(last)) return false;
  if ((ORG_SUFFIX.has(last) && !/^(City|Guard|Office)$/.test(last)) || /^(Newsroom|Desk|Bureau)$/.test(last)) return true;
  if (s.type !== 'place' || !/^\p{Lu}\p{Ll}+s$/u.test(last) || lex.place.has(last)) return false;
  // The place is a listed one, so no longer than the longest listed place with its first word.
  const most = s.start + (lex.firstWords.get(lex.place)!.get(tokens[s.start]!.text) ?? 0);
  for (let k = s.start + 1; k < s.end && k <= most; k++) if (lex.place.has(spanText(tokens, s.start, k))) return true;
  return false;
}

/** Section words in capitals ("SOCCER", "STANDINGS") are not names. */
export function sectionWords(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens } = doc;
  return filterPass(
    spans,
    (s) => s.end - s.start > 1 || !(SPORT_HEADS.has(tokens[s.start]!.text) || HEADLINE_WORDS.has(tokens[s.start]!.text)),
    pace,
  );
}

/** Countries named in capitals ("AUSTRIA DOMINATE SCOTLAND", "SRI LANKA BEAT AUSTRALIA"). */
export function* capsCountries(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens } = doc;
  const n = tokens.length;
  // "ENGLAND BEAT MOLDOVA", "AUSTRALIA WIN TOSS": a run of headline capitals read as one name holds
  // countries and the headline's common words; the countries are the names.
  const split: Span[] = [];
  for (const s of spans) {
    if (pace.spend(s.end - s.start)) yield;
    split.push(...(capsHeadlineCountries(doc, s) ?? [s]));
  }
  spans = split;
  const covered = yield* coverage(n, spans, pace);
  const add: Span[] = [];
  for (let i = 0; i < n; i++) {
    if (pace.spend()) yield;
    if (covered[i] || !isCapsWord(tokens[i]!.text)) continue;
    // Up to three runs, each looked up.
    if (pace.spend(8)) yield;
    for (let k = Math.min(3, n - i); k >= 1; k--) {
      let ok = true;
      for (let j = i; j < i + k; j++) ok &&= !covered[j] && isCapsWord(tokens[j]!.text);
      if (!ok) continue;
      if (isCountry(tokens, { start: i, end: i + k })) {
        add.push({ start: i, end: i + k, type: 'place' });
        i += k - 1;
        break;
      }
    }
  }
  // In a headline, a known place the tagger took for a person is the place ("VOLGOGRAD VIOLENCE").
  const out: Span[] = [];
  for (const s of spans) {
    if (pace.spend(s.end - s.start)) yield;
    out.push(capsPlace(tokens, s) ? { ...s, type: 'place' } : s);
  }
  return add.length ? yield* withSpans(out, add, pace) : out;
}

/** What stands between a headline's names besides its words: "v" and its dash ("SOCCER - ENGLAND V PAKISTAN"). */
const HEADLINE_FILLER = /^(V|VS|VS\.|-|:)$/;

/**
 * The countries of a span in headline capitals that holds nothing else but common words (or
 * words the article writes in lower case, or the sport's name): "SOCCER - ENGLAND BEAT" is England.
 * Null when it holds another word or no country.
 */
function capsHeadlineCountries(doc: Doc, s: Span): Span[] | null {
  const { tokens } = doc;
  if (s.fixed || s.end - s.start < 2 || !tokens.slice(s.start, s.end).every((t) => isCapsWord(t.text) || HEADLINE_FILLER.test(t.text)))
    return null;
  const out: Span[] = [];
  let other = false;
  for (let j = s.start; j < s.end;) {
    let k = Math.min(3, s.end - j);
    while (k >= 1 && !isCountryRun(tokens, j, j + k)) k--;
    if (k >= 1) {
      out.push({ start: j, end: j + k, type: 'place' });
      j += k;
      continue;
    }
    const w = tokens[j]!.text;
    if (!HEADLINE_FILLER.test(w) && !SPORT_HEADS.has(w) && !isCommonWord(w) && !writtenLower(doc, w.toLowerCase())) return null;
    other = true;
    j++;
  }
  return out.length && other ? out : null;
}

function isCountryRun(tokens: Token[], start: number, end: number): boolean {
  for (let j = start; j < end; j++) if (!isCapsWord(tokens[j]!.text)) return false;
  return isCountry(tokens, { start, end }) && !DEMONYMS.has(tokens[start]!.text.charAt(0) + tokens[start]!.text.slice(1).toLowerCase());
}

/** A "person" in headline capitals that the lists know as a place and not as a person. */
function capsPlace(tokens: Token[], s: Span): boolean {
  if (s.type !== 'person' || !tokens.slice(s.start, s.end).every((t) => isCapsWord(t.text))) return false;
  const lex = lexicon();
  const title = tokens
    .slice(s.start, s.end)
    .map((t) => t.text.charAt(0) + t.text.slice(1).toLowerCase())
    .join(' ');
  return lex.place.has(title) && !lex.person.has(title);
}

/** Organizations news names by a short form (KNOWN_ORGS): one wherever it stands, found or not. */
export function* knownOrgs(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens } = doc;
  const covered = new Uint8Array(tokens.length);
  const out: Span[] = [];
  for (const s of spans) {
    if (pace.spend()) yield;
    covered.fill(1, s.start, s.end);
    out.push(s.end - s.start === 1 && KNOWN_ORGS.has(tokens[s.start]!.text) ? { ...s, type: 'organization' } : s);
  }
  const add: Span[] = [];
  // KNOWN_ORGS are capitalised words: only the capitals are looked at.
  for (let nth = 0; nth < doc.capitals.length; nth++) {
    const i = doc.capitals[nth]!;
    if (pace.spend()) yield;
    if (!covered[i] && KNOWN_ORGS.has(tokens[i]!.text)) add.push({ start: i, end: i + 1, type: 'organization' });
  }
  return add.length ? yield* withSpans(out, add, pace) : out;
}

/** A country's name is the country (its national side is a place too, as news style has it). */
export function* countriesArePlaces(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const out: Span[] = [];
  for (const s of spans) {
    if (pace.spend(s.end - s.start)) yield;
    out.push(s.type !== 'place' && s.type !== 'other' && isCountry(doc.tokens, s) ? { ...s, type: 'place' } : s);
  }
  return out;
}

/** The names the layout typed (readLayout) replace whatever was found over the same tokens. */
export function* layoutForced(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { forced } = doc.layout;
  if (!forced.length) return spans;
  const covered = new Int32Array(doc.tokens.length).fill(-1);
  const kept: Span[] = [];
  for (const f of [...forced].sort((x, y) => x.start - y.start)) {
    if (pace.spend(f.end - f.start)) yield;
    if (covered.subarray(f.start, f.end).some((c) => c >= 0)) continue;
    covered.fill(kept.length, f.start, f.end);
    kept.push(f);
  }
  const rest: Span[] = [];
  for (const s of spans) {
    if (pace.spend(s.end - s.start)) yield;
    let clash = false;
    for (let k = s.start; k < s.end && !clash; k++) clash = covered[k]! >= 0;
    if (!clash) rest.push(s);
  }
  return yield* withSpans(kept, rest, pace);
}

/** A place the layout fixed: a dateline's or a venue (the only fixed places). */
const layoutPlace = (s: Span): boolean => !!s.fixed && s.type === 'place';

/**
 * On the sports page a place that acts is a team ("as Surrey closed on 429", "Leicestershire beat
 * Somerset"); a place after "in", "at", "near" or "from" is where the match was, and a country is
 * its national side, which news style calls by the place's name.
 */
export function* sportsPlaces(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  if (!doc.sports) return spans;
  const { tokens } = doc;
  const out: Span[] = [];
  for (const s of spans) {
    if (pace.spend(s.end - s.start)) yield;
    out.push(s);
    if (s.type !== 'place' || layoutPlace(s) || isCountry(tokens, s)) continue;
    const prev = s.start > 0 && !tokens[s.start]!.sentStart ? tokens[s.start - 1]!.text : '';
    // "Baltimore 's Eddie Murray": a possessive written apart is read as two tokens, "'" and "s".
    const apart = /^['’]$/.test(tokens[s.end]?.text ?? '') && tokens[s.end + 1]?.text === 's';
    const next = apart ? "'s" : (tokens[s.end]?.text ?? '');
    if (/^(in|at|near|from|to|of|In|At|outside|across|around|into|toward|towards|,|\()$/.test(prev)) continue;
    const prevCue = /^(as|beat|beating|over|against|rivals|v|leaders|champions|hosts|visitors|joined|joins|former|and|hopefuls)$/.test(
      prev,
    );
    const nextCue =
      /^(beat|beats|won|lost|drew|draw|closed|reached|were|are|have|had|made|took|need|needs|scored|lead|led|trail|trailed|'s|captain|skipper|coach|manager|striker|midfielder|defender|goalkeeper|player|players|team|side|fans|stepped|got|rallied|salvaged|finished)$/.test(
        next,
      );
    if (!prevCue && !nextCue) continue;
    // What the sentence says of this mention outweighs the article-wide vote ("for Cleveland"
    // elsewhere); "Somerset and Leicester" only lists, and may list the places.
    out[out.length - 1] = nextCue || prev !== 'and' ? { ...s, type: 'organization', fixed: true } : { ...s, type: 'organization' };
  }
  return out;
}

/** A team named in results, tables or fixtures is that team wherever else the article names it. */
export function* teamsEverywhere(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens } = doc;
  const { teams } = doc.layout;
  if (!teams.size) return spans;
  const out: Span[] = [];
  for (const s of spans) {
    if (pace.spend(s.end - s.start)) yield;
    out.push(s);
    if ((s.type !== 'place' && s.type !== 'other' && s.type !== 'person') || layoutPlace(s)) continue;
    if (s.type === 'person' && s.end - s.start > 1) continue;
    // "fans in Philadelphia": the city, not the team.
    if (s.start > 0 && /^(in|at|near|from)$/.test(tokens[s.start - 1]!.text)) continue;
    if (teams.has(teamKey(tokens, s))) out[out.length - 1] = { ...s, type: 'organization' };
  }
  return out;
}

/**
 * In a line of results ("Leeds 2 Chelsea 1", "Somerset 22 4 6 12"), a place name followed by a
 * score is a team: an organization, as a reader of the sports page takes it.
 */
export function* teamsInResults(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens, text, lines: line } = doc;
  const out: Span[] = [];
  for (const s of spans) {
    if (pace.spend()) yield;
    out.push(s);
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
    if (numbers >= 2 || (/^\d{1,2}$/.test(next.text) && /^[-–]$/.test(tokens[s.end + 1]?.text ?? '')))
      out[out.length - 1] = { ...s, type: 'organization' };
  }
  return out;
}
