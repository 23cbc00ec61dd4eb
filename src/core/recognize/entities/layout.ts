// Names whose type is told by the shape of the line they stand on, which a tagger that sees a few
// words either side cannot know: a dateline ("BONN 1996-08-30", "LONDON (Reuters) -") opens with a
// place; on a sports page the names in results, tables and fixtures ("Leeds 2 Chelsea 1",
// "Ross County 3 0 0 3", "Kent v Surrey", "BOSTON AT OAKLAND") are teams, and a team named once in
// such a line is the team everywhere in the article ("as Surrey closed on 429").
// The same pass mends what a tagger with a short view gets wrong about whole names: an initial and
// a surname, "A & B" companies, a person's name cut after the given name, names that end in an
// organization word, countries in headline capitals, and well-known short organization names.
import type { Token } from './tagger/tokenize';
import type { Span } from './span';
import { filterPass, mergePass, type Pace, type Sliced } from '../pace';
import { coverage, withSpans, writtenLower, LONGEST_SPAN } from './span';
import { isCommonWord, isNamey } from './names';
import {
  DEMONYMS,
  FIXTURE,
  GAME_WORDS,
  HEADLINE_WORDS,
  KNOWN_ORGS,
  MONTHS_DAYS,
  ORDINALS,
  ORG_HEAD,
  ORG_SUFFIX,
  PLACE_HEAD,
  PLACE_SUFFIX,
  SPORT_HEADS,
  SPORT_WORDS,
  TITLES,
} from './words';
import { lexicon } from './lexicon';

const SCORE = /^\d{1,3}$/;
const STAT = /^(\d+([.,:]\d+)*|\d+=?|[./:-])$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

interface Run {
  start: number;
  end: number;
}

export function* layoutSpans(tokens: Token[], spans: Span[], text: string, pace: Pace): Sliced<Span[]> {
  const n = tokens.length;
  if (!n) return spans;
  // Line of each token.
  const lineStarts: number[] = [0];
  let newline = text.indexOf('\n');
  for (let i = 1; i < n; i++) {
    if (pace.spend()) yield;
    const start = tokens[i]!.start;
    if (newline < 0 || newline >= start) continue;
    // A line break between the previous token and this one; then find the next break after it.
    if (newline >= tokens[i - 1]!.end) lineStarts.push(i);
    newline = text.indexOf('\n', start);
  }
  lineStarts.push(n);

  const forced: Span[] = [];
  const fixed = new Set<Span>();
  const teams = new Set<string>();
  const sports = yield* isSportsDoc(tokens, lineStarts, pace);
  const persons = sports ? personSpans(spans, n) : null;

  for (let l = 0; l + 1 < lineStarts.length; l++) {
    if (pace.spend()) yield;
    const a = lineStarts[l]!;
    const b = lineStarts[l + 1]!;
    const before = forced.length;
    dateline(tokens, a, b, forced);
    for (let k = before; k < forced.length; k++) fixed.add(forced[k]!);
    if (!sports) continue;
    const runs = yield* nameRuns(tokens, a, b, pace);
    if (!runs.length) continue;
    // Table rows, several to a line at times: a name, then only figures ("Ross County 3 0 0 3",
    // "14 1/2 Lotte 46 6 54 .462").
    let rows = 0;
    for (let r = 0; r < runs.length; r++) {
      if (pace.spend()) yield;
      const run = runs[r]!;
      const stop = runs[r + 1]?.start ?? b;
      if (run.start !== a && !STAT.test(tokens[run.start - 1]!.text)) continue;
      // Only figures up to the next name, two of them at least.
      let figures = 0;
      let k = run.end;
      for (; k < stop && STAT.test(tokens[k]!.text); k++) {
        if (pace.spend()) yield;
        if (/\d/.test(tokens[k]!.text)) figures++;
      }
      if (k < stop || figures < 2) continue;
      rows++;
      if (!isCountry(tokens, run) && !isPersonLike(tokens, run, persons!)) teamRun(tokens, run, forced, teams);
    }
    if (rows) continue;
    // Results: every name followed by a score ("Carlisle 0 Hull 0 Barnet 0 Leyton Orient 2").
    let scored = 0;
    for (const r of runs) if (r.end < b && SCORE.test(tokens[r.end]!.text)) scored++;
    if (scored >= 2 && scored === runs.filter((r) => r.end < b).length) {
      for (const r of runs) {
        if (pace.spend(r.end - r.start)) yield;
        if (!isCountry(tokens, r) && !isPersonLike(tokens, r, persons!)) teamRun(tokens, r, forced, teams);
      }
      continue;
    }
    // Cricket and the like: "Leicester : Leicestershire 343 and 174 ( ... ) , Somerset 83".
    for (const r of runs) {
      if (pace.spend(r.end - r.start)) yield;
      const prev = r.start === a ? '' : tokens[r.start - 1]!.text;
      if (prev !== '' && prev !== ':' && prev !== ',' && prev !== ';') continue;
      if (r.end >= b || !/^\d{2,3}(-\d{1,2})?$/.test(tokens[r.end]!.text)) continue;
      if (!isCountry(tokens, r) && !isPersonLike(tokens, r, persons!) && persons!.reach[r.start]! < r.end)
        teamRun(tokens, r, forced, teams);
    }
    // Fixtures: names either side of "v" / "AT" ("Birmingham v Barnsley", "May 20 v Durham").
    const runEnding = new Map(runs.map((r) => [r.end, r]));
    const runStarting = new Map(runs.map((r) => [r.start, r]));
    let upper: boolean | null = null;
    for (let k = a; k < b; k++) {
      if (pace.spend()) yield;
      const w = tokens[k]!.text;
      if (!FIXTURE.has(w)) continue;
      if (w === 'AT' && upper === null) upper = yield* upperLine(tokens, a, b, pace);
      if (w === 'AT' && !upper) continue;
      // "FLORIDA AT CINCINNATI": the visitors, then the place they play at.
      const home = runEnding.get(k);
      if (home && !isCountry(tokens, home)) teamRun(tokens, home, forced, teams);
      const away = runStarting.get(k + 1);
      if (!away || isCountry(tokens, away)) continue;
      if (w === 'AT') {
        const venue: Span = { start: away.start, end: away.end, type: 'place' };
        forced.push(venue);
        fixed.add(venue);
      } else teamRun(tokens, away, forced, teams);
    }
  }
  spans = yield* joinedNames(tokens, spans, sports, pace);
  yield* wholePersons(tokens, spans, pace);
  yield* orgShapes(tokens, spans, pace);
  // Section words in capitals are not names.
  spans = yield* filterPass(
    spans,
    (s) => s.end - s.start > 1 || !(SPORT_HEADS.has(tokens[s.start]!.text) || HEADLINE_WORDS.has(tokens[s.start]!.text)),
    pace,
  );
  spans = yield* capsCountries(tokens, spans, pace);
  spans = yield* knownOrgs(tokens, spans, pace);
  // A country's name is the country (its national side is a place too, as news style has it).
  for (const s of spans) {
    if (pace.spend(s.end - s.start)) yield;
    if (s.type !== 'place' && s.type !== 'other' && isCountry(tokens, s)) s.type = 'place';
  }
  if (!forced.length) {
    if (sports) yield* sportsPlaces(tokens, spans, fixed, pace);
    return spans;
  }

  // Forced spans replace whatever the tagger had over the same tokens.
  const covered = new Int32Array(n).fill(-1);
  forced.sort((x, y) => x.start - y.start);
  for (const f of fixed) f.fixed = true;
  const kept: Span[] = [];
  for (const f of forced) {
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
  const out = yield* withSpans(kept, rest, pace);
  if (sports) yield* sportsPlaces(tokens, out, fixed, pace);
  // A team is that team wherever else the article names it.
  if (teams.size)
    for (const s of out) {
      if (pace.spend(s.end - s.start)) yield;
      if ((s.type !== 'place' && s.type !== 'other' && s.type !== 'person') || fixed.has(s)) continue;
      if (s.type === 'person' && s.end - s.start > 1) continue;
      // "fans in Philadelphia": the city, not the team.
      if (s.start > 0 && /^(in|at|near|from)$/.test(tokens[s.start - 1]!.text)) continue;
      if (teams.has(key(tokens, s))) s.type = 'organization';
    }
  return out;
}

/**
 * Names the tagger splits or misses: an initial and a surname ("M. Waugh", "J. Adams 123") is a
 * person; "Douglas & Lomason" is one company; on a sports page a given name and surname before a
 * country in brackets ("6. Geir Moen ( Norway ) 10.33") is an athlete.
 */
function* joinedNames(tokens: Token[], spans: Span[], sports: boolean, pace: Pace): Sliced<Span[]> {
  const n = tokens.length;
  const lex = lexicon();
  const add: Span[] = [];
  for (let i = 0; i + 1 < n; i++) {
    if (pace.spend()) yield;
    const t = tokens[i]!.text;
    const next = tokens[i + 1]!.text;
    if (/^\p{Lu}\.$/u.test(t) && /^\p{Lu}[\p{Ll}'’-]/u.test(next) && !tokens[i + 1]!.sentStart) {
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
function* wholePersons(tokens: Token[], spans: Span[], pace: Pace): Sliced<void> {
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
      !TITLES.has(w)
    );
  };
  const nameWord = (k: number): boolean => nameShape(k) && !tokens[k]!.sentStart;
  const openingGiven = (k: number): boolean => {
    if (!nameShape(k) || !tokens[k]!.sentStart) return false;
    const w = tokens[k]!.text;
    if (lex.person.has(w)) return true;
    // "In-form Napoli", "Third Paris": a hyphenated word or an ordinal, not a given name.
    return (
      /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*$/u.test(w) &&
      !ORDINALS.has(w) &&
      !isCommonWord(w) &&
      !writtenLower(tokens, w) &&
      !lex.brand.has(w) &&
      !ORG_HEAD.has(w) &&
      !PLACE_HEAD.has(w)
    );
  };
  for (const s of spans) {
    if (pace.spend()) yield;
    if (s.type !== 'person' || s.end - s.start > 2) continue;
    let end = s.end;
    while (end < n && end - s.start < 3 && nameWord(end)) end++;
    covered.fill(1, s.end, end);
    s.end = end;
    if (s.start === 0 || tokens[s.start]!.sentStart) continue;
    const before = s.start - 1;
    const surnameOnly = s.end - s.start === 1 && /^\p{Lu}\p{Ll}/u.test(tokens[s.start]!.text) && !lex.place.has(tokens[s.start]!.text);
    if ((nameWord(before) && lex.person.has(tokens[before]!.text) && s.end - s.start < 3) || (surnameOnly && openingGiven(before))) {
      s.start--;
      covered[s.start] = 1;
    }
  }
}

/** Countries named in capitals ("AUSTRIA DOMINATE SCOTLAND", "SRI LANKA BEAT AUSTRALIA"). */
function* capsCountries(tokens: Token[], spans: Span[], pace: Pace): Sliced<Span[]> {
  const n = tokens.length;
  const lex = lexicon();
  const covered = yield* coverage(n, spans, pace);
  const add: Span[] = [];
  for (let i = 0; i < n; i++) {
    if (pace.spend()) yield;
    if (covered[i] || !isCapsWord(tokens[i]!.text)) continue;
    // Up to three runs, each looked up.
    if (pace.spend(8)) yield;
    for (let k = Math.min(3, n - i); k >= 1; k--) {
      const run: Run = { start: i, end: i + k };
      let ok = true;
      for (let j = i; j < i + k; j++) ok &&= !covered[j] && isCapsWord(tokens[j]!.text);
      if (!ok) continue;
      if (isCountry(tokens, run)) {
        add.push({ start: i, end: i + k, type: 'place' });
        i += k - 1;
        break;
      }
    }
  }
  // In a headline, a known place the tagger took for a person is the place ("VOLGOGRAD VIOLENCE").
  for (const s of spans) {
    if (pace.spend(s.end - s.start)) yield;
    if (s.type !== 'person' || !tokens.slice(s.start, s.end).every((t) => isCapsWord(t.text))) continue;
    const title = tokens
      .slice(s.start, s.end)
      .map((t) => t.text.charAt(0) + t.text.slice(1).toLowerCase())
      .join(' ');
    if (lex.place.has(title) && !lex.person.has(title)) s.type = 'place';
  }
  return add.length ? yield* withSpans(spans, add, pace) : spans;
}

function* knownOrgs(tokens: Token[], spans: Span[], pace: Pace): Sliced<Span[]> {
  const covered = new Uint8Array(tokens.length);
  for (const s of spans) {
    if (pace.spend()) yield;
    covered.fill(1, s.start, s.end);
    if (s.end - s.start === 1 && KNOWN_ORGS.has(tokens[s.start]!.text)) s.type = 'organization';
  }
  const add: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (pace.spend()) yield;
    if (!covered[i] && KNOWN_ORGS.has(tokens[i]!.text)) add.push({ start: i, end: i + 1, type: 'organization' });
  }
  return add.length ? yield* withSpans(spans, add, pace) : spans;
}

function isCountryWord(w: string): boolean {
  const title = w.length > 2 && !w.includes('.') && w === w.toUpperCase() ? w.charAt(0) + w.slice(1).toLowerCase() : w;
  return lexicon().country.has(title);
}

/**
 * On the sports page a place that acts is a team ("as Surrey closed on 429", "Leicestershire beat
 * Somerset"); a place after "in", "at", "near" or "from" is where the match was, and a country is
 * its national side, which news style calls by the place's name.
 */
function* sportsPlaces(tokens: Token[], spans: Span[], fixed: Set<Span>, pace: Pace): Sliced<void> {
  for (const s of spans) {
    if (pace.spend(s.end - s.start)) yield;
    if (s.type !== 'place' || fixed.has(s) || isCountry(tokens, s)) continue;
    const prev = s.start > 0 && !tokens[s.start]!.sentStart ? tokens[s.start - 1]!.text : '';
    const next = tokens[s.end]?.text ?? '';
    if (/^(in|at|near|from|to|of|In|At|outside|across|around|into|toward|towards|,|\()$/.test(prev)) continue;
    const prevCue = /^(as|beat|beating|over|against|rivals|v|leaders|champions|hosts|visitors|joined|joins|former|and|hopefuls)$/.test(
      prev,
    );
    const nextCue =
      /^(beat|beats|won|lost|drew|draw|closed|reached|were|are|have|had|made|took|need|needs|scored|lead|led|trail|trailed|'s|captain|skipper|coach|manager|striker|midfielder|defender|goalkeeper|player|players|team|side|fans|stepped|got|rallied|salvaged|finished)$/.test(
        next,
      );
    if (!prevCue && !nextCue) continue;
    s.type = 'organization';
    // What the sentence says of this mention outweighs the article-wide vote ("for Cleveland"
    // elsewhere); "Somerset and Leicester" only lists, and may list the places.
    if (nextCue || prev !== 'and') s.fixed = true;
  }
}

/**
 * Multi-word names whose last word makes them an organization ("New York Stock Exchange",
 * "Communist Party"), and a place followed by a plural nickname ("Chicago White Sox",
 * "Minnesota Twins"): a team.
 */
function* orgShapes(tokens: Token[], spans: Span[], pace: Pace): Sliced<void> {
  const lex = lexicon();
  for (const s of spans) {
    if (pace.spend(s.end - s.start)) yield;
    if (s.end - s.start < 2 || s.type === 'organization' || s.type === 'product') continue;
    const last = tokens[s.end - 1]!.text;
    const full = tokens
      .slice(s.start, s.end)
      .map((t) => t.text)
      .join(' ');
    if (lex.place.has(full) || PLACE_SUFFIX.has(last)) continue;
    if ((ORG_SUFFIX.has(last) && !/^(City|Guard|Office)$/.test(last)) || /^(Newsroom|Desk|Bureau)$/.test(last)) {
      s.type = 'organization';
      continue;
    }
    if (s.type !== 'place' || !/^\p{Lu}\p{Ll}+s$/u.test(last) || lex.place.has(last)) continue;
    // The place is a listed one, so no longer than the longest listed place with its first word.
    const most = s.start + (lex.firstWords.get(lex.place)!.get(tokens[s.start]!.text) ?? 0);
    for (let k = s.start + 1; k < s.end && k <= most; k++) {
      const head = tokens
        .slice(s.start, k)
        .map((t) => t.text)
        .join(' ');
      if (lex.place.has(head)) {
        s.type = 'organization';
        break;
      }
    }
  }
}

function key(tokens: Token[], s: Run): string {
  return tokens
    .slice(s.start, s.end)
    .map((t) => t.text.toLowerCase())
    .join(' ');
}

function teamRun(tokens: Token[], r: Run, forced: Span[], teams: Set<string>): void {
  forced.push({ start: r.start, end: r.end, type: 'organization' });
  teams.add(key(tokens, r));
}

/** "BONN 1996-08-30", "ARLINGTON , Texas 1996-08-31", "LONDON (Reuters) -": places at a line's start. */
function dateline(tokens: Token[], a: number, b: number, forced: Span[]): void {
  let k = a;
  while (k < b && k - a <= 4 && isCapsWord(tokens[k]!.text)) k++;
  if (k === a || k - a > 4) return;
  const head: Span = { start: a, end: k, type: 'place' };
  let region: Span | null = null;
  if (tokens[k]?.text === ',' && k + 1 < b && isNamey(tokens[k + 1]!.text)) {
    let j = k + 1;
    while (j < b && j - k <= 3 && isNamey(tokens[j]!.text) && !DATE.test(tokens[j]!.text)) j++;
    region = { start: k + 1, end: j, type: 'place' };
    k = j;
  }
  const next = tokens[k]?.text ?? '';
  const ok =
    k < b &&
    (DATE.test(next) ||
      (next === '(' && /^(Reuters|AP|AFP|Bloomberg|dpa|UPI)$/.test(tokens[k + 1]?.text ?? '')) ||
      (MONTHS_DAYS.has(next.replace(/\.$/, '')) && /^\d{1,2}$/.test(tokens[k + 1]?.text ?? '')) ||
      // "CAIRO — Gunmen opened fire": the American dateline, a dash after a known place in capitals
      // ("UPDATE — " and other capitals before a dash are not places).
      (/^[—–]$/.test(next) && !region && lexicon().place.has(titleCase(tokens, a, k))));
  if (!ok) return;
  forced.push(head);
  if (region) forced.push(region);
}

function titleCase(tokens: Token[], a: number, b: number): string {
  return tokens
    .slice(a, b)
    .map((t) => t.text.charAt(0) + t.text.slice(1).toLowerCase())
    .join(' ');
}

function isCapsWord(w: string): boolean {
  return w.length > 1 && /^\p{Lu}[\p{Lu}.'-]*$/u.test(w) && /\p{Lu}{2}/u.test(w);
}

function* upperLine(tokens: Token[], a: number, b: number, pace: Pace): Sliced<boolean> {
  let letters = 0;
  let caps = 0;
  for (let k = a; k < b; k++) {
    if (pace.spend()) yield;
    const w = tokens[k]!.text;
    if (!/\p{L}/u.test(w)) continue;
    letters++;
    if (w === w.toUpperCase()) caps++;
  }
  return letters > 0 && caps === letters;
}

/** Runs of capitalised words on a line (connectors "de", "of" inside); none longer than LONGEST_SPAN. */
function* nameRuns(tokens: Token[], a: number, b: number, pace: Pace): Sliced<Run[]> {
  const out: Run[] = [];
  let k = a;
  while (k < b) {
    if (pace.spend()) yield;
    const w = tokens[k]!.text;
    if (!isNamey(w) || FIXTURE.has(w) || MONTHS_DAYS.has(w)) {
      k++;
      continue;
    }
    let j = k + 1;
    while (j < b && isNamey(tokens[j]!.text) && !FIXTURE.has(tokens[j]!.text) && !MONTHS_DAYS.has(tokens[j]!.text)) {
      if (pace.spend()) yield;
      j++;
    }
    // "Mladost ( L )", "Zeleznik ( B )": a town's initial tells two clubs of one name apart.
    if (j + 2 < b && tokens[j]!.text === '(' && /^\p{Lu}{1,2}$/u.test(tokens[j + 1]!.text) && tokens[j + 2]!.text === ')') j += 3;
    if (j - k <= LONGEST_SPAN) out.push({ start: k, end: j });
    k = j;
  }
  return out;
}

function isCountry(tokens: Token[], r: Run): boolean {
  const words = tokens.slice(r.start, r.end).map((t) => t.text);
  const title = words
    .map((w) => (w.length > 2 && !w.includes('.') && w === w.toUpperCase() ? w.charAt(0) + w.slice(1).toLowerCase() : w))
    .join(' ');
  return lexicon().country.has(title) || DEMONYMS.has(title);
}

interface Persons {
  /** "start end" of every person span. */
  exact: Set<string>;
  /** reach[k]: the furthest end of the person spans starting at or before token k. */
  reach: Int32Array;
}

/** The tagger's person spans, indexed once so each run of a long line is checked in one step. */
function personSpans(spans: Span[], n: number): Persons {
  const exact = new Set<string>();
  const reach = new Int32Array(n + 1);
  for (const s of spans) {
    if (s.type !== 'person') continue;
    exact.add(`${s.start} ${s.end}`);
    reach[s.start] = Math.max(reach[s.start]!, s.end);
  }
  for (let k = 1; k <= n; k++) reach[k] = Math.max(reach[k]!, reach[k - 1]!);
  return { exact, reach };
}

/** A multi-word name the tagger took for a person ("Greg Norman 68 70 71"), or an initial and surname. */
function isPersonLike(tokens: Token[], r: Run, persons: Persons): boolean {
  if (r.end - r.start < 2) return false;
  if (/^\p{Lu}\.$/u.test(tokens[r.start]!.text)) return true;
  return persons.exact.has(`${r.start} ${r.end}`);
}

function* isSportsDoc(tokens: Token[], lineStarts: number[], pace: Pace): Sliced<boolean> {
  let score = 0;
  // "SOCCER - ..." headlines.
  for (let l = 0; l + 1 < lineStarts.length && l < 6; l++) {
    const a = lineStarts[l]!;
    if (SPORT_HEADS.has(tokens[a]!.text) && (tokens[a + 1]?.text === '-' || tokens[a + 1]?.text === ':')) return true;
  }
  let strong = 0;
  for (const t of tokens) {
    if (pace.spend()) yield;
    const w = t.text.toLowerCase();
    if (SPORT_WORDS.has(w)) strong++;
    else if (GAME_WORDS.has(w)) score++;
  }
  score += 3 * strong;
  // Result lines: two names each followed by a small number.
  for (let l = 0; l + 1 < lineStarts.length; l++) {
    const a = lineStarts[l]!;
    const b = lineStarts[l + 1]!;
    let pairs = 0;
    for (let k = a; k + 1 < b; k++) {
      if (pace.spend()) yield;
      if (isNamey(tokens[k]!.text) && SCORE.test(tokens[k + 1]!.text)) pairs++;
    }
    if (pairs >= 2) {
      strong++;
      score += 3;
    }
  }
  return strong > 0 && score >= 8;
}
