// What the shape of a line says, which a tagger that sees a few words either side cannot know: a
// dateline ("BONN 1996-08-30", "LONDON (Reuters) -") opens with a place; on a sports page the names
// in results, tables and fixtures ("Leeds 2 Chelsea 1", "Ross County 3 0 0 3", "Kent v Surrey",
// "BOSTON AT OAKLAND") are teams, and a team named once in such a line is the team everywhere in
// the article ("as Surrey closed on 429"). The page's lines and whether it is a sports page are
// read once into the Doc; the names the lines type are read by the pipeline's readLayout step.
import { lexicon } from './lexicon';
import { isNamey } from './names';
import { type Doc, LONGEST_SPAN, type Span } from './span';
import type { Token } from './tagger/tokenize';
import { DEMONYMS, FIXTURE, GAME_WORDS, MONTHS_DAYS, SPORT_HEADS, SPORT_WORDS } from './words';
import { type Pace, type Sliced } from '../pace';

/** A score after a team's name in results. */
const SCORE = /^\d{1,3}$/;
/** A figure of a table row: a number, a ratio or a separator ("46 6 54 .462"). */
const STAT = /^(\d+([.,:]\d+)*|\d+=?|[./:-])$/;
/** The date of a wire dateline ("BONN 1996-08-30"). */
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A run of capitalised words on a line: token indexes, end exclusive. */
export interface Run {
  start: number;
  end: number;
}

/** The first token of each line, then the number of tokens. */
export function* lineStartsPass(tokens: readonly Token[], text: string, pace: Pace): Sliced<number[]> {
  const n = tokens.length;
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
  return lineStarts;
}

/**
 * The names the shape of their line types: a dateline's place, the teams of results, tables and
 * fixtures, a venue. Read once, before the passes that mend whole names, and applied after them
 * (layoutForced, teamsEverywhere).
 */
export function* readLayout(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<Partial<Doc>> {
  const { tokens, lineStarts, sports } = doc;
  const forced: Span[] = [];
  const teams = new Set<string>();
  if (!tokens.length) return { layout: { forced, teams } };
  const persons = sports ? personSpans(spans, tokens.length) : null;
  for (let l = 0; l + 1 < lineStarts.length; l++) {
    if (pace.spend()) yield;
    const a = lineStarts[l]!;
    const b = lineStarts[l + 1]!;
    dateline(tokens, a, b, forced);
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
        forced.push({ start: away.start, end: away.end, type: 'place', fixed: true });
      } else teamRun(tokens, away, forced, teams);
    }
  }
  return { layout: { forced, teams } };
}

/** A team's name in lower case: the key of Layout.teams. */
export function teamKey(tokens: readonly Token[], s: Run): string {
  return tokens
    .slice(s.start, s.end)
    .map((t) => t.text.toLowerCase())
    .join(' ');
}

function teamRun(tokens: Token[], r: Run, forced: Span[], teams: Set<string>): void {
  forced.push({ start: r.start, end: r.end, type: 'organization' });
  teams.add(teamKey(tokens, r));
}

/** "BONN 1996-08-30", "ARLINGTON , Texas 1996-08-31", "LONDON (Reuters) -": places at a line's start. */
function dateline(tokens: Token[], a: number, b: number, forced: Span[]): void {
  let k = a;
  while (k < b && k - a <= 4 && isCapsWord(tokens[k]!.text)) k++;
  if (k === a || k - a > 4) return;
  const head: Span = { start: a, end: k, type: 'place', fixed: true };
  let region: Span | null = null;
  if (tokens[k]?.text === ',' && k + 1 < b && isNamey(tokens[k + 1]!.text)) {
    let j = k + 1;
    while (j < b && j - k <= 3 && isNamey(tokens[j]!.text) && !DATE.test(tokens[j]!.text)) j++;
    region = { start: k + 1, end: j, type: 'place', fixed: true };
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

export function isCapsWord(w: string): boolean {
  // A first character in ASCII that is no capital rejects most words before the expressions run.
  const first = w.charCodeAt(0);
  if (first < 128 && !(first >= 65 && first <= 90)) return false;
  return w.length > 1 && CAPS_WORD.test(w) && TWO_CAPITALS.test(w);
}

/**
 * isCapsWord()'s expressions, made once: a regular expression literal in a function is a new object
 * at each call, and isCapsWord() is asked of most words of an article.
 */
const CAPS_WORD = /^\p{Lu}[\p{Lu}.'-]*$/u;
const TWO_CAPITALS = /\p{Lu}{2}/u;

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

export function isCountry(tokens: readonly Token[], r: Run): boolean {
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
function personSpans(spans: readonly Span[], n: number): Persons {
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

/** Whether the article is a sports page; `lowered` is each token's text in lower case (read once for the tagger). */
export function* isSportsDoc(
  tokens: readonly Token[],
  lowered: readonly string[],
  lineStarts: readonly number[],
  pace: Pace,
): Sliced<boolean> {
  let score = 0;
  // "SOCCER - ..." headlines.
  for (let l = 0; l + 1 < lineStarts.length && l < 6; l++) {
    const a = lineStarts[l]!;
    if (SPORT_HEADS.has(tokens[a]!.text) && (tokens[a + 1]?.text === '-' || tokens[a + 1]?.text === ':')) return true;
  }
  let strong = 0;
  for (let k = 0; k < lowered.length; k++) {
    if (pace.spend()) yield;
    const w = lowered[k]!;
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

export function isCountryWord(w: string): boolean {
  const title = w.length > 2 && !w.includes('.') && w === w.toUpperCase() ? w.charAt(0) + w.slice(1).toLowerCase() : w;
  return lexicon().country.has(title);
}
