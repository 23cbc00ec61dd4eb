// The tagger's spans, cleaned with what a reader knows about names (titles and articles are
// outside, a nationality is not a place), and the rule spans' names merged in where the tagger
// missed or cut them.
import { companyCue, staffCue } from './cues';
import { lexicon } from './lexicon';
import { isNamey } from './names';
import {
  type Doc,
  LONGEST_NAME,
  LONGEST_SPAN,
  type Span,
  coverage,
  spanStarts,
  spanText,
  withSpans,
  withoutIndexes,
  writtenLower,
} from './span';
import type { Token } from './tagger/tokenize';
import { partsAtCommas } from './web-commas';
import {
  ACTS,
  ADDRESSING,
  BODY_NOUN,
  CAPS_NAMES,
  DEMONYMS,
  FIELD_BODY,
  GENERIC_ALONE,
  INSTITUTIONS,
  IRREGULAR_PAST,
  KNOWN_ORGS,
  MONTHS_DAYS,
  NOT_A_NAME_ALONE,
  ORG_SUFFIX,
  TITLES,
  TRADED,
} from './words';
import { type Pace, type Sliced } from '../pace';
import type { EntityType } from '../../types';

const TYPE_OF: Record<string, EntityType> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'other' };

/** The tagger's labels read as spans, each cleaned (clean()); the pipeline's first pass. */
export function* taggedSpans(doc: Doc, _spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const spans: Span[] = [];
  for (const whole of yield* spansFromLabels(doc.labels, pace)) {
    if (pace.spend()) yield;
    for (const s of partsAtCommas(doc.tokens, whole)) {
      const c = clean(doc.tokens, s, doc.sports ? doc.lines : null);
      if (c) spans.push(c);
    }
  }
  return spans;
}

/**
 * "New York Stock Exchange", "Communist Party": a name ending in an organization word is one
 * organization, even where the tagger saw a place and a stray word.
 */
export function* ruleOrganizations(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens } = doc;
  // Both lists are sorted and without overlaps, so the spans a rule span meets are found by
  // walking the two together.
  const dropped = new Set<number>();
  const wholes: Span[] = [];
  let k = 0;
  for (const r of doc.rules) {
    if (pace.spend()) yield;
    if (r.type !== 'organization' || r.end - r.start < 2 || !ORG_SUFFIX.has(tokens[r.end - 1]!.text)) continue;
    while (k < spans.length && spans[k]!.end <= r.start) k++;
    let j = k;
    while (j < spans.length && spans[j]!.start < r.end) j++;
    const inside = spans.slice(k, j);
    if (
      !inside.length ||
      inside.some((s) => s.start < r.start || s.end > r.end) ||
      (inside.length === 1 && inside[0]!.start === r.start && inside[0]!.end === r.end)
    )
      continue;
    for (let x = k; x < j; x++) dropped.add(x);
    wholes.push(r);
  }
  return yield* withSpans(yield* withoutIndexes(spans, dropped, pace), wholes, pace);
}

/**
 * The tagger learned from corpora with few product and brand names; the rules know their shapes.
 * Rule spans with a strong shape (letters with digits, camelCase, an acronym) that the tagger left
 * out are added, and the rule's type replaces "other" where both found the same span.
 */
export function* ruleShapes(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens } = doc;
  const out = spans.slice();
  const byStart = yield* spanStarts(spans, pace);
  const covered = yield* coverage(tokens.length, spans, pace);
  const defined = yield* bracketedAcronyms(tokens, pace);
  const added: Span[] = [];
  for (const r of doc.rules) {
    if (pace.spend(r.end - r.start)) yield;
    const at = byStart.get(r.start);
    const same = at === undefined ? undefined : out[at]!;
    if (at !== undefined && same && same.end === r.end) {
      if (same.type === 'other' && r.type !== 'other' && !DEMONYMS.has(tokens[r.start]!.text)) out[at] = { ...same, type: r.type };
      continue;
    }
    // "Hornsea 4": the rule kept the number of a numbered name that the tagger cut off. Not a score
    // on a sports page ("b Croft 79" ending its line).
    if (
      at !== undefined &&
      same &&
      same.end === r.end - 1 &&
      same.type !== 'person' &&
      !(doc.sports && scoreAt(tokens, doc.lines, r.end - 1)) &&
      numberedName(tokens, r.end - 1)
    ) {
      out[at] = { ...same, end: r.end, type: 'product' };
      continue;
    }
    if (covered.subarray(r.start, r.end).includes(1)) continue;
    if (!tokens.slice(r.start, r.end).some((t) => strongShape(t.text))) continue;
    if (commonAcronym(doc, r)) continue;
    if (!acronymEvidence(doc, r, defined, covered)) continue;
    added.push(r);
  }
  return yield* withSpans(out, added, pace);
}

/** On a sports page, the number at `k` is a score or a tally: the last word of its line, or followed by another number. */
function scoreAt(tokens: Token[], lines: Uint32Array, k: number): boolean {
  const next = tokens[k + 1];
  return !next || lines[k + 1] !== lines[k] || /^\d/.test(next.text);
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

/** Words that make the acronym after them a common noun: "a DUI", "their RFP", "your FREE download". */
const OWNED = /^(a|an|my|your|his|her|its|our|their)$/i;
/** Lower-case words that end a noun phrase rather than continue it ("a DUI but", "their RFP for"). */
const PHRASE_END = /^(and|but|or|for|to|of|in|on|at|with|from|is|was|are|were|that|which)$/;

/**
 * An acronym alone that the tagger passed over and the sentence uses as a common noun: owned or
 * counted, and the head of its phrase ("their RFP.", "a DUI but"; not "his WBA title", which names
 * whose title), or a word of the language in capitals ("FREE", "WOW"), as the lists or the
 * article's own lower case tell.
 */
function commonAcronym(doc: Doc, r: Span): boolean {
  const { tokens } = doc;
  if (r.end - r.start !== 1) return false;
  const word = tokens[r.start]!.text;
  if (!/^\p{Lu}{2,5}$/u.test(word)) return false;
  const head = !/^\p{Ll}+$/u.test(tokens[r.end]?.text ?? '') || PHRASE_END.test(tokens[r.end]!.text);
  return (OWNED.test(tokens[r.start - 1]?.text ?? '') && head) || lexicon().common.has(word.toLowerCase()) || writtenLower(doc, word);
}

/** A word in capitals and nothing else ("ENA", "LMAO"), as opposed to a shape with digits or inner capitals ("GPT-4", "iPhone"). */
const CAPITALS_ONLY = /^\p{Lu}{2,5}$/u;

/** The acronyms the article writes alone in brackets ("the Democratic Front (FDF)"): it defines them as names. */
function* bracketedAcronyms(tokens: Token[], pace: Pace): Sliced<ReadonlySet<string>> {
  const out = new Set<string>();
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (pace.spend()) yield;
    if (tokens[k - 1]!.text === '(' && tokens[k + 1]!.text === ')' && CAPITALS_ONLY.test(tokens[k]!.text)) out.add(tokens[k]!.text);
  }
  return out;
}

/**
 * Whether an acronym alone that only its shape proposed (the tagger passed it over) has evidence
 * of being a name: the article defines it in brackets, the lists know it, it acts or owns as a
 * company does, or the article calls it a company. Web text writes much else in capitals: chat
 * ("LMAO", "FYI"), units and formats ("MB", "VHS", "ISO"), roles ("MP").
 */
function acronymEvidence(doc: Doc, r: Span, defined: ReadonlySet<string>, covered: Uint8Array): boolean {
  const word = doc.tokens[r.start]!.text;
  if (r.end - r.start !== 1 || !CAPITALS_ONLY.test(word)) return true;
  const lex = lexicon();
  if (defined.has(word) || lex.org.has(word) || lex.brand.has(word) || lex.place.has(word)) return true;
  if (KNOWN_ORGS.has(word) || INSTITUTIONS.has(word) || CAPS_NAMES.has(word)) return true;
  const { tokens } = doc;
  const next = tokens[r.end]?.text ?? '';
  // "AWS would host", "RWE took", "CATL agreed": it acts as only a name does.
  const acts = ACTS.has(next) || MODALS.has(next) || IRREGULAR_PAST.has(next) || /^\p{Ll}{3,}ed$/u.test(next);
  if (acts || TRADED.has(next) || staffCue(tokens, r)) return true;
  // "the battery maker CATL", "TSMC's plants", "known as TSMC": the article says it is a company.
  if (companyCue(tokens, r) || (tokens[r.start - 1]?.text === 'as' && tokens[r.start - 2]?.text === 'known')) return true;
  // "his WBA title": it names whose thing it is.
  if (OWNED.test(tokens[r.start - 1]?.text ?? '') && /^\p{Ll}+$/u.test(next) && !PHRASE_END.test(next)) return true;
  return acronymNamedNear(tokens, r.start, covered);
}

/** How far either way in its sentence an acronym the tagger found as a name is looked for. */
const ACRONYM_COMPANY_REACH = 12;

/** "two seats to the SDLP, and 1 to KNP": a sentence that names bodies by their acronyms (the tagger found one) names one more. */
function acronymNamedNear(tokens: Token[], k: number, covered: Uint8Array): boolean {
  const found = (j: number): boolean => !!covered[j] && CAPITALS_ONLY.test(tokens[j]!.text);
  for (let j = k - 1; j >= 0 && k - j <= ACRONYM_COMPANY_REACH; j--) {
    if (found(j)) return true;
    if (tokens[j]!.sentStart) break;
  }
  for (let j = k + 1; j < tokens.length && j - k <= ACRONYM_COMPANY_REACH && !tokens[j]!.sentStart; j++) if (found(j)) return true;
  return false;
}

/** Verbs that take a subject before them ("AWS would host"). */
const MODALS = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall']);

function strongShape(w: string): boolean {
  return (/\p{Lu}/u.test(w) && /\d/.test(w) && /\p{L}/u.test(w)) || /\p{Ll}\p{Lu}/u.test(w) || /^\p{Lu}{2,5}$/u.test(w);
}

/** The tagger's spans; none longer than LONGEST_SPAN (a longer one is kept by no step either). */
function* spansFromLabels(labels: readonly string[], pace: Pace): Sliced<Span[]> {
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

/**
 * The tagger's span without what a reader knows is no part of a name: a leading article or title, a
 * nationality before a body's name, trailing lower-case words and scores; null when nothing is left
 * that names anything alone (a title, a month, "CEO").
 */
function clean(tokens: Token[], s: Span, sportsLines: Uint32Array | null): Span | null {
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
      (ADDRESSING.has(tokens[start]!.text) && type === 'person') ||
      (DEMONYMS.has(tokens[start]!.text) &&
        type !== 'place' &&
        !listed(lexicon().place, tokens, start, end) &&
        !(end - start === 2 && BODY_NOUN.has(tokens[end - 1]!.text)) &&
        !officialName(tokens, start, end))) &&
    isNamey(tokens[start + 1]!.text)
  ) {
    if (TITLES.has(tokens[start]!.text) && type === 'other') type = 'person';
    start++;
  }
  // Trailing lower-case words ("Belgrade airport") and scores or ages ("Moengo 56") are not the name;
  // on a sports page a number that ends its line or comes before another is a score ("b Hollioake 23").
  while (end - start > 1) {
    const last = tokens[end - 1]!.text;
    // A possessive ending ("Amazon 's") is no part of the name either, nor the comma, full stop or quote mark
    // after it ("the American Academy of Arts and Sciences, and"), which the tagger sometimes takes in.
    if (
      /^\p{Ll}+$/u.test(last) ||
      /^[,.;:"“”(]$/.test(last) ||
      /^['’]s$/.test(last) ||
      (/^\d+$/.test(last) &&
        (type === 'person' || type === 'place' || last.length > 2 || (sportsLines !== null && scoreAt(tokens, sportsLines, end - 1))))
    )
      end--;
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
 * "Bulgarian Academy of Sciences", "Canadian League of Rights": a body's name that goes on with
 * "of" or "for" and its field is the body's formal name, nationality included; "Russian Foreign
 * Ministry" is a ministry described by its country, and so is "the Australian Department of Trade".
 */
function officialName(tokens: Token[], start: number, end: number): boolean {
  if (FIELD_BODY.has(tokens[start + 1]!.text)) return false;
  for (let k = start + 2; k < end - 1; k++) if (/^(of|for)$/.test(tokens[k]!.text) && ORG_SUFFIX.has(tokens[k - 1]!.text)) return true;
  return false;
}

/**
 * Whether tokens [start, end) are a phrase of one of the word lists; none is longer than
 * LONGEST_NAME words, so a loop over a long run does not join it again at every step.
 */
function listed(set: ReadonlySet<string>, tokens: Token[], start: number, end: number): boolean {
  return end - start <= LONGEST_NAME && set.has(spanText(tokens, start, end));
}
