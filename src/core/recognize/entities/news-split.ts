// News conventions that cut or retype a name the tagger found: a speaker is a person, where a
// company is and who holds it describe it without being part of it, a run of capitals can hold a
// body, a title and a person, or two names joined by "and", a version belongs to a product's name,
// and a public body's name may hold "and" ("the Securities and Exchange Commission").
import { knownCompany } from './cues';
import { lexicon } from './lexicon';
import { isCapitalised } from './names';
import { type Doc, type Span, coverage, spanText } from './span';
import type { Token } from './tagger/tokenize';
import { BODY_TAILS, DEMONYMS, LEGAL, ORG_HEAD, ORG_SUFFIX, PLACE_SUFFIX, PRODUCT_TAIL, SAYS, TITLES, TITLE_HEADS } from './words';
import { type Pace, type Sliced, mapPass } from '../pace';
import type { EntityType } from '../../types';

/** A word made with a participle of place or holding: "Ohio-based", "state-owned", "Communist-led". */
const DESCRIBED = /^[\p{L}.]+-(based|led|controlled|owned|backed|run|listed|registered|headquartered|funded|affiliated|linked)$/u;

export const VERSION = /^\d{1,2}(\.\d{1,2})?$/;
export const RELEASED = /^(released|launched|unveiled|introduced|shipped)$/;

/**
 * "Azzouz said", "said Lourimi": one word the tagger took for a place but which speaks, and which
 * no gazetteer knows as a place, is a person (a known place that speaks, "Washington said", stays).
 */
export function* speakers(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens } = doc;
  const lex = lexicon();
  return yield* mapPass(
    spans,
    (s): Span => {
      if (s.type !== 'place' || s.fixed || s.end - s.start !== 1) return s;
      const word = tokens[s.start]!.text;
      if (lex.place.has(word) || !/^\p{Lu}\p{Ll}+$/u.test(word)) return s;
      const next = tokens[s.end]?.text ?? '';
      const prev = tokens[s.start - 1]?.text ?? '';
      return SAYS.has(next) || (/^(said|says)$/.test(prev) && /^[,.]$/.test(next)) ? { ...s, type: 'person' } : s;
    },
    pace,
  );
}

/**
 * "Boston-based Reagan Communications", "Family-controlled Douglas & Lomason": where the company
 * is and who holds it describe the name and are not part of it.
 */
export function* trimDescribed(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens } = doc;
  const out: Span[] = [];
  for (const s of spans) {
    if (pace.spend(s.end - s.start)) yield;
    let start = s.start;
    while (s.end - start > 1 && !s.fixed && DESCRIBED.test(tokens[start]!.text)) start++;
    out.push(start === s.start ? s : { ...s, start });
  }
  return out;
}

/** Every span cut where it holds a body, a title of office and a person (roleParts). */
export function* splitRoles(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const out: Span[] = [];
  for (const s of spans) {
    if (pace.spend(s.end - s.start)) yield;
    out.push(...roleParts(doc.tokens, s));
  }
  return out;
}

/** Every span cut where it joins two names (joinedParts). */
export function* splitJoined(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const out: Span[] = [];
  for (const s of spans) {
    if (pace.spend(s.end - s.start)) yield;
    out.push(...joinedParts(doc.tokens, s));
  }
  return out;
}

/** "released Claude 3.5": the version is part of the product's name. */
export function* versionProducts(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens } = doc;
  const starts = new Set<number>();
  for (const o of spans) {
    if (pace.spend()) yield;
    starts.add(o.start);
  }
  const out: Span[] = [];
  for (const s of spans) {
    if (pace.spend()) yield;
    const versioned =
      s.end - s.start === 1 &&
      s.type !== 'place' &&
      VERSION.test(tokens[s.end]?.text ?? '') &&
      RELEASED.test(tokens[s.start - 1]?.text ?? '') &&
      !/^\d|^[%-]/.test(tokens[s.end + 1]?.text ?? '') &&
      !starts.has(s.end);
    out.push(versioned ? { ...s, end: s.end + 1, type: 'product' } : s);
  }
  return out;
}

/**
 * "the Securities and Exchange Commission", "the Food and Drug Administration": a public body's
 * name the tagger cut at "and" takes back the capitalised words before it, when they stand alone
 * after a small word and name no company, place or person of their own ("Microsoft and the
 * Commission", "Ohio and Federal Reserve" are two names).
 */
export function* andBodies(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens } = doc;
  const lex = lexicon();
  const covered = yield* coverage(tokens.length, spans, pace);
  const out: Span[] = [];
  for (const s of spans) {
    if (pace.spend()) yield;
    out.push(s);
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
      isCapitalised(tokens[a - 1]!.text) &&
      !/^(The|A|An)$/.test(tokens[a - 1]!.text)
    )
      a--;
    if (a === s.start - 1 || tokens[a]!.sentStart) continue;
    const before = tokens[a - 1]?.text ?? '';
    const left = spanText(tokens, a, s.start - 1);
    if (
      !/^(the|The|of|by|at|from|with|to|for|and|,)$/.test(before) ||
      knownCompany(left) ||
      lex.place.has(left) ||
      lex.person.has(tokens[a]!.text) ||
      DEMONYMS.has(tokens[a]!.text)
    )
      continue;
    covered.fill(1, a, s.start);
    out[out.length - 1] = { ...s, start: a, type: 'organization' };
  }
  return out;
}

/** "Apple Vision Pro", "Meta Quest Pro": a product whose maker's name the tagger took for the whole name. */
export function* makersProducts(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const out: Span[] = [];
  for (const s of spans) {
    if (pace.spend(s.end - s.start)) yield;
    const product = (s.type !== 'person' || s.end - s.start > 2) && makersProduct(doc.tokens, s.start, s.end);
    out.push(product ? { ...s, type: 'product' } : s);
  }
  return out;
}

/** "Apple Vision Pro", "Meta Quest Pro": a known maker, then capitalised words ending like a product. */
export function makersProduct(tokens: Token[], a: number, b: number): boolean {
  if (b - a < 2 || !PRODUCT_TAIL.has(tokens[b - 1]!.text) || /^(The|A|An)$/.test(tokens[a]!.text) || !knownCompany(tokens[a]!.text))
    return false;
  return (
    tokens.slice(a + 1, b).every((t) => isCapitalised(t.text) && !ORG_SUFFIX.has(t.text)) && !lexicon().org.has(spanText(tokens, a, b))
  );
}

function lexType(name: string): EntityType | null {
  const lex = lexicon();
  if (lex.place.has(name)) return 'place';
  if (knownCompany(name)) return 'organization';
  return null;
}

/**
 * A run the tagger took for one name that holds two, by the word between them: a body, a title
 * of office and a person ("Federal Reserve Governor Lawrence Lindsey", "Security Council
 * President Tono Eitel"); a person of a body ("John Casesa of Schroder Wertheim & Co"); a company
 * of a country ("Kia Motor Corp of South Korea").
 */
function roleParts(tokens: Token[], s: Span): Span[] {
  if (s.fixed || s.end - s.start < 3) return [s];
  const lex = lexicon();
  const text = (a: number, b: number): string => spanText(tokens, a, b);
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

/**
 * A run the tagger took for one name that joins two: an owner and its product ("Nvidia's H100"), a
 * known company and a model code ("Nvidia H100"), two names joined by "and" ("Amazon and Ocado").
 */
function joinedParts(tokens: Token[], s: Span): Span[] {
  const n = s.end - s.start;
  if (n < 3 && !(n === 2 && s.type !== 'person')) return [s];
  const lex = lexicon();
  const full = spanText(tokens, s.start, s.end);
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
      const lw = spanText(tokens, left.start, left.end);
      const rw = spanText(tokens, right.start, right.end);
      if (isCapitalised(tokens[left.start]!.text) && isCapitalised(tokens[right.start]!.text) && !ORG_SUFFIX.has(tokens[s.end - 1]!.text)) {
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
