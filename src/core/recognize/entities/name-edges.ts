// Where a name stops: a reporting verb or a function word is never part of one ("Analysts at
// Jefferies said Lambda" names Jefferies and Lambda), nor a sentence's opening function word ("When
// Amazon invests"), nor a possessive ending ("Amazon's"); and the trade's abbreviations of common
// things ("API", "CEO", an "MEP") are no names, unless the article defines one as a name.
import { lexicon } from './lexicon';
import { isCommonWord } from './names';
import { type Doc, LONGEST_SPAN, type Span, coverage, spanText, writtenLower } from './span';
import type { Token } from './tagger/tokenize';
import {
  ACTS,
  COMMON_ACRONYMS,
  DEMONYMS,
  INSTITUTIONS,
  KNOWN_ORGS,
  NAME_BREAKS,
  NAME_PARTICLES,
  NAME_PARTICLES_OPENING,
  NO_NAME,
  ORG_HEAD,
  ORG_SUFFIX,
  SAYS,
  SENTENCE_OPENERS,
  TRADE_ABBREVIATIONS,
} from './words';
import { type Pace, type Sliced } from '../pace';

/** A possessive ending, its own token ("Amazon" "'s"). */
const POSSESSIVE = /^['’]s$/;
/** An abbreviation of capitals: two to four, as the trade writes them ("API", "UX", "MEP"). */
const ABBREVIATION = /^\p{Lu}{2,4}$/u;

/** A lower-case word inside a name that ends it: a reporting verb or a word no name holds. */
function breaksName(w: string): boolean {
  return SAYS.has(w) || ACTS.has(w) || NAME_BREAKS.has(w);
}

/**
 * Each span cut where a word that is no part of a name stands in it: a reporting verb or a
 * function word between two names, a possessive ending, a sentence's opening function word.
 */
export function* nameEdges(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens } = doc;
  const out: Span[] = [];
  for (const s of spans) {
    if (pace.spend(s.end - s.start)) yield;
    if (s.fixed) {
      out.push(s);
      continue;
    }
    let start = s.start;
    // "When Amazon invests": the sentence's word, unless the whole is a known name ("The Hague").
    if (s.end - start > 1 && tokens[start]!.sentStart && opener(tokens[start]!.text) && !listed(tokens, start, s.end)) start++;
    let from = start;
    const pieces: Span[] = [];
    for (let k = start; k <= s.end; k++) {
      if (k < s.end && !breaksName(tokens[k]!.text) && !POSSESSIVE.test(tokens[k]!.text)) continue;
      if (k > from) pieces.push({ ...s, start: from, end: k });
      from = k + 1;
    }
    if (pieces.length === 1 && pieces[0]!.start === s.start && pieces[0]!.end === s.end) out.push(s);
    else out.push(...pieces);
  }
  return out;
}

function opener(w: string): boolean {
  return SENTENCE_OPENERS.has(w) || NO_NAME.has(w);
}

function listed(tokens: readonly Token[], start: number, end: number): boolean {
  const text = spanText(tokens, start, end);
  const lex = lexicon();
  return lex.place.has(text) || lex.org.has(text) || lex.brand.has(text);
}

/** Words that count or own a common noun ("a DUI", "their RFP", "121 RBI"); not "the", which names one thing, nor "that", which opens clauses too ("said that EAEC was"). */
const COUNTING = /^(a|an|another|my|your|his|her|its|our|their|each|every|any|two|three|four|five|six|seven|eight|nine|ten|\d[\d,.]*)$/i;
/** Small words that stand between a number and a name without describing it ("3 per NSS", "1996 as WSSR"). */
const BETWEEN = /^(the|than|per|via|into|onto|upon|over|under|about|like|as|then)$/;
/** Small words that end a noun phrase after its head ("a DUI but", "an RFP for"). */
const PHRASE_END = /^(and|but|or|for|to|of|in|on|at|with|from|by|is|was|are|were|who|whose|which|that)$/;

/**
 * The trade's abbreviations of common things are no names: "API", "CEO", "UX" (the list of
 * common acronyms), and any abbreviation the article uses as a common noun somewhere, in the plural
 * ("its APIs", "720 MEPs") or counted or owned at the head of its phrase ("a DUI but", "an
 * additional RFP for", "their RFP."; not "his WBA title", where it names whose title). One the
 * article defines as a name, in brackets after it ("the Digital Markets Act (DMA)"), or that the
 * lists know as a body ("EU", "NATO"), stays.
 */
export function* tradeAbbreviations(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens } = doc;
  // Abbreviations the article uses as common nouns: in the plural, or counted.
  const commonNouns = new Set<string>();
  for (let k = 0; k < tokens.length; k++) {
    if (pace.spend()) yield;
    // Only 2 to 5 characters can be an abbreviation or its plural ("APIs"): most words are not looked at twice.
    const w = tokens[k]!.text;
    if (w.length < 2 || w.length > 5) continue;
    if (w.endsWith('s') && ABBREVIATION.test(w.slice(0, -1))) commonNouns.add(w.slice(0, -1));
    else if (ABBREVIATION.test(w) && countedNoun(doc, k)) commonNouns.add(w);
  }
  // An abbreviation that leads a longer name ("IAB Tech Lab") is a name's, whatever its plural says.
  const leading = new Set<string>();
  for (const s of spans) {
    if (pace.spend()) yield;
    if (s.end - s.start > 1) leading.add(tokens[s.start]!.text);
  }
  const out: Span[] = [];
  for (const s of spans) {
    if (pace.spend()) yield;
    if (s.fixed || s.end - s.start !== 1 || leading.has(tokens[s.start]!.text) || !common(tokens, s.start, commonNouns)) out.push(s);
  }
  return out;
}

/**
 * The abbreviation at `k` is counted or owned, perhaps after a word that describes it ("an
 * additional RFP"), and ends its phrase on its line ("a DUI but", "that RFP."): a common noun.
 */
function countedNoun(doc: Doc, k: number): boolean {
  const { tokens, lines } = doc;
  // "a BMW.": a brand or a company counted is its product, still a name.
  const lex = lexicon();
  if (lex.brand.has(tokens[k]!.text) || lex.org.has(tokens[k]!.text)) return false;
  const onLine = (j: number): boolean => j >= 0 && j < tokens.length && lines[j] === lines[k];
  let before = k - 1;
  // "an additional RFP", "your own JS": a word that describes the noun, not a small word between
  // ("1 to DUP", "2015 as WSSR", "Chapter 3 of the NSS").
  const describes = (w: string): boolean => /^\p{Ll}{3,}$/u.test(w) && !COUNTING.test(w) && !PHRASE_END.test(w) && !BETWEEN.test(w);
  if (onLine(before) && describes(tokens[before]!.text)) before--;
  if (!onLine(before) || !COUNTING.test(tokens[before]!.text)) return false;
  // "3.7.1 NSS": a number that opens its line numbers a heading or an item, it counts nothing.
  if (/^\d/.test(tokens[before]!.text) && !onLine(before - 1)) return false;
  if (!onLine(k + 1)) return true;
  const after = tokens[k + 1]!.text;
  return /^[,.;:!?)]$/.test(after) || PHRASE_END.test(after);
}

function common(tokens: readonly Token[], k: number, commonNouns: ReadonlySet<string>): boolean {
  const w = tokens[k]!.text;
  const single = w.endsWith('s') && ABBREVIATION.test(w.slice(0, -1)) ? w.slice(0, -1) : w;
  if (!ABBREVIATION.test(single) || KNOWN_ORGS.has(single) || INSTITUTIONS.has(single)) return false;
  // "(DMA)" after the name it stands for: the article defines it as a name.
  if (tokens[k - 1]?.text === '(' && tokens[k + 1]?.text === ')') return false;
  if (COMMON_ACRONYMS.has(single) || TRADE_ABBREVIATIONS.has(single) || commonNouns.has(single)) return true;
  // "a Swedish MEP whose group", "an MEP," : a noun of a kind, not a name.
  const before = tokens[k - 1]?.text ?? '';
  const article = (x: string): boolean => /^(a|an)$/i.test(x);
  const counted = article(before) || (DEMONYMS.has(before) && article(tokens[k - 2]?.text ?? ''));
  const after = tokens[k + 1]?.text ?? '';
  return counted && (after === '' || /^[,.;:)—–-]$/.test(after) || /^(who|whose|which|that|and|or)$/.test(after));
}

/** At most this many particles stand together in a name ("van der", "de la"). */
const MOST_PARTICLES = 3;

/**
 * "Joost van der Westhuizen", "Aravinda de Silva", "Van der Westhuizen": a person's name reads
 * through the lower-case particles of a family name to the given name before them (or the
 * surname after them), and takes a capitalised particle that opens it. Only a person's span
 * grows, over words no other name holds (or over a person's, which it joins), with only spaces
 * between the words, on one line.
 */
export function* nameParticles(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens, text } = doc;
  const lex = lexicon();
  const covered = yield* coverage(tokens.length, spans, pace);
  const spaced = (a: number): boolean => /^ +$/.test(text.slice(tokens[a]!.end, tokens[a + 1]!.start));
  /** A capitalised word that can be a given name or a surname: no common word, title or sentence opener. */
  const nameWord = (k: number): boolean => {
    const t = tokens[k]!.text;
    return isNameWord(t) && !lex.common.has(t.toLowerCase()) && !SENTENCE_OPENERS.has(t) && !NO_NAME.has(t);
  };
  const out: Span[] = [];
  for (const s of spans) {
    if (pace.spend()) yield;
    if (s.type !== 'person' || s.fixed) {
      out.push(s);
      continue;
    }
    let { start, end } = s;
    // Back over particles to the given name ("Aravinda de Silva") or an opening particle ("Van der").
    let p = start;
    while (p > 0 && start - p < MOST_PARTICLES && NAME_PARTICLES.has(tokens[p - 1]!.text) && spaced(p - 1)) p--;
    const q = p - 1;
    const prev = out[out.length - 1];
    if (q >= 0 && spaced(q)) {
      if (p < start && prev && prev.end === p && prev.type === 'person' && !prev.fixed) {
        out.pop();
        start = prev.start;
      } else if (p < start && !covered[q] && nameWord(q) && !tokens[q]!.sentStart) start = q;
      else if (NAME_PARTICLES_OPENING.has(tokens[q]!.text) && (!covered[q] || (prev && prev.start === q && prev.end === q + 1))) {
        if (covered[q]) out.pop();
        start = q;
      }
    }
    // On over particles to an untagged surname ("Joost" "van der Westhuizen").
    let e = end;
    while (e < tokens.length - 1 && e - end < MOST_PARTICLES && NAME_PARTICLES.has(tokens[e]!.text) && spaced(e - 1)) e++;
    if (e > end && e < tokens.length && spaced(e - 1) && !covered[e] && nameWord(e)) end = e + 1;
    out.push(end - start <= LONGEST_SPAN && (start !== s.start || end !== s.end) ? { ...s, start, end } : s);
  }
  return out;
}

/** A word with a capital first and a lower-case letter after ("Silva", "Al-Saadani"), not an acronym. */
function isNameWord(t: string): boolean {
  return /^\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*$/u.test(t);
}

/** The most words of a person's name before "of" and a body ("Faik Nerweyi of the Kurdistan Democratic Party"). */
const MEMBER_WORDS = 3;

/**
 * "Faik Nerweyi of the Kurdistan Democratic Party", "Representatives of First Bank": the tagger read
 * a person (or a common noun) "of" a body as one organization. Where nothing before "of" is a
 * body's word and the name after it ends in one, the body is the organization, and the words
 * before are a person when they are two or three unknown capitalised words, or nothing when they
 * are common words.
 */
export function* membersOfBodies(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens } = doc;
  const lex = lexicon();
  const out: Span[] = [];
  for (const s of spans) {
    if (pace.spend(s.end - s.start)) yield;
    let of = -1;
    for (let k = s.start + 1; k < s.end - 1 && of < 0; k++) if (tokens[k]!.text === 'of') of = k;
    const body = of >= 0 && tokens[of + 1]!.text === 'the' ? of + 2 : of + 1;
    if (
      s.type !== 'organization' ||
      s.fixed ||
      of < 0 ||
      of - s.start > MEMBER_WORDS ||
      body >= s.end ||
      !ORG_SUFFIX.has(tokens[s.end - 1]!.text) ||
      tokens
        .slice(s.start, of)
        .some((t) => ORG_SUFFIX.has(t.text) || ORG_HEAD.has(t.text) || lex.place.has(t.text) || !/^\p{Lu}/u.test(t.text))
    ) {
      out.push(s);
      continue;
    }
    const common = tokens.slice(s.start, of).map((t) => isCommonWord(t.text) || writtenLower(doc, t.text));
    // "NDP Member of Parliament": a name before "of" that is no person's is left as the tagger read it.
    if (common.every((c) => c)) out.push({ start: body, end: s.end, type: 'organization' });
    else if (of - s.start >= 2 && common.every((c) => !c))
      out.push({ start: s.start, end: of, type: 'person' }, { start: body, end: s.end, type: 'organization' });
    else out.push(s);
  }
  return out;
}

/** The most capitalised words a company's name holds before its legal or trade words ("Mercantile Bancorp Inc."). */
const MOST_NAME_WORDS = 3;

/**
 * "Mercantile | Bancorp Inc.": a span of only an organization's trade and legal words names no one;
 * it takes back the capitalised words before it on its sentence that nothing else holds, and is
 * that organization.
 */
export function* suffixOnlyNames(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens } = doc;
  const covered = yield* coverage(tokens.length, spans, pace);
  const out: Span[] = [];
  for (const s of spans) {
    if (pace.spend(s.end - s.start)) yield;
    let onlySuffix = !s.fixed;
    for (let k = s.start; k < s.end && onlySuffix; k++) onlySuffix = ORG_SUFFIX.has(tokens[k]!.text);
    let start = s.start;
    // "Dogger Bank D", "Hornsea 4": a letter or a number after it makes a project's name, not a company's.
    const numbered = /^(\p{Lu}|\d+)$/u.test(tokens[s.end]?.text ?? '') && !tokens[s.end]!.sentStart;
    if (onlySuffix && !numbered && !tokens[s.start]!.sentStart)
      while (
        s.start - start < MOST_NAME_WORDS &&
        start > 0 &&
        !covered[start - 1] &&
        // Not a describing word ("Louis-based"): after a hyphen, capitals only ("Bre-X").
        /^\p{Lu}[\p{L}&'’]*(?:-\p{Lu}\p{L}*)*$/u.test(tokens[start - 1]!.text) &&
        !SENTENCE_OPENERS.has(tokens[start - 1]!.text)
      ) {
        start--;
        if (tokens[start]!.sentStart) break;
      }
    out.push(start === s.start ? s : { ...s, start, type: 'organization' });
  }
  return out;
}
