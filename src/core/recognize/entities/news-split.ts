// News conventions that cut or retype a name the tagger found: a speaker is a person, where a
// company is and who holds it describe it without being part of it, a run of capitals can hold a
// body, a title and a person, or two names joined by "and", a version belongs to a product's name,
// and a public body's name may hold "and" ("the Securities and Exchange Commission").
import { knownCompany } from './cues';
import { lexicon } from './lexicon';
import { isCapitalised, isCommonWord } from './names';
import { type Doc, LONGEST_NAME, type Span, coverage, spanText, withSpans, withoutIndexes } from './span';
import type { Token } from './tagger/tokenize';
import {
  BODY_TAILS,
  DEMONYMS,
  FIELD_BODY,
  LEGAL,
  MONTHS_DAYS,
  OF_BODY_HEADS,
  ORG_HEAD,
  ORG_SUFFIX,
  PLACE_SUFFIX,
  PRODUCT_TAIL,
  SAYS,
  SENTENCE_OPENERS,
  TITLES,
  TITLE_HEADS,
} from './words';
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
 * is and who holds it describe the name and are not part of it, nor a name alone ("St. Louis-based").
 */
export function* trimDescribed(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens } = doc;
  const out: Span[] = [];
  for (const s of spans) {
    if (pace.spend(s.end - s.start)) yield;
    let start = s.start;
    while (s.end - start > 1 && !s.fixed && DESCRIBED.test(tokens[start]!.text)) start++;
    // "St. Louis-based" alone: a description, no name.
    if (s.end - start === 1 && !s.fixed && DESCRIBED.test(tokens[start]!.text)) continue;
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

/** The most capitals read before a body word as part of its name ("the European Court of Justice"). */
const BODY_LEADING = 3;
/** A capitalised word of letters only ("Disease"), as a body's field is written; not "Bre-X" or "iOS". */
const PLAIN_WORD = /^\p{Lu}\p{Ll}+$/u;
/** Bodies named "<body> on <field>": "the Council on Foreign Relations", "the Committee on Intelligence". */
const ON_BODY_HEADS = new Set(['Committee', 'Council', 'Commission', 'Board']);
/** The most words of a field after its "and" ("and Atmospheric Research"). */
const AND_TAIL = 3;

/**
 * "the Bureau of Labor Statistics", "the European Court of Justice", "the Centers for Disease
 * Control and Prevention": a body word, "of" or "for" and the capitals of its field are one
 * organization, with the capitals the tagger read before the body word ("European Court"). The
 * field may end on "and" and one more capital that names nothing of its own ("and Prevention";
 * not "Bank of America and Wells Fargo", two banks). The names the tagger cut inside give way;
 * a person after "of" or a name after "for" ("the Energy Ministry for Bre-X") is a name of its
 * own, and a country before the body word is read with it elsewhere ("the UK Department", stateBodies).
 */
export function* fieldBodies(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens, lines } = doc;
  const lex = lexicon();
  const owner = new Int32Array(tokens.length).fill(-1);
  for (let x = 0; x < spans.length; x++) {
    if (pace.spend()) yield;
    owner.fill(x, spans[x]!.start, spans[x]!.end);
  }
  const capital = (j: number, line: number): boolean =>
    j < tokens.length &&
    lines[j] === line &&
    !tokens[j]!.sentStart &&
    isCapitalised(tokens[j]!.text) &&
    !/^(The|A|An)$/.test(tokens[j]!.text);
  // A word after "and" that names nothing of its own: no name found over it but the body's (the
  // name over `before`), no company (a common word the brand lists also hold, "Prevention", a
  // magazine, is none), place or person.
  const fieldWord = (i: number, before: number, from: number): boolean => {
    const word = tokens[i]!.text;
    const x = owner[i]!;
    return (
      PLAIN_WORD.test(word) &&
      (x === -1 || x === owner[before] || (spans[x]!.start >= from && spans[x]!.type !== 'person')) &&
      !(knownCompany(word) && !isCommonWord(word)) &&
      !lex.place.has(word) &&
      !lex.person.has(word) &&
      !DEMONYMS.has(word)
    );
  };
  // The names the tagger found in the tail after "and" end with it ("and Atmospheric Research").
  const wholeTail = (from: number, to: number): boolean => {
    for (let i = from; i < to; i++) if (owner[i]! >= 0 && owner[i] !== owner[from - 2] && spans[owner[i]!]!.end > to) return false;
    return true;
  };
  const bodies: Span[] = [];
  const dropped = new Set<number>();
  for (let k = 0; k < tokens.length; k++) {
    if (pace.spend()) yield;
    if (!OF_BODY_HEADS.has(tokens[k]!.text) || !/^(of|for|on)$/.test(tokens[k + 1]?.text ?? '')) continue;
    // "the Committee on Intelligence and Security", not "the Museum on Wednesday".
    if (tokens[k + 1]!.text === 'on' && (!ON_BODY_HEADS.has(tokens[k]!.text) || MONTHS_DAYS.has(tokens[k + 2]?.text ?? ''))) continue;
    const line = lines[k]!;
    // "the Department of the Interior", "the Association for the Advancement of Science": "the"
    // before the field's capitals is the field's.
    const fieldStart = tokens[k + 2]?.text === 'the' && capital(k + 3, line) ? k + 3 : k + 2;
    let end = fieldStart;
    while (capital(end, line) && end - k < LONGEST_NAME) {
      if (pace.spend()) yield;
      end++;
      // "Advancement of Science", "Advancement of Colored People": a field goes on through "of".
      if (tokens[end]?.text === 'of' && capital(end + 1, line) && end + 1 - k < LONGEST_NAME) end++;
    }
    if (end === fieldStart) continue;
    // "the Centers for Disease Control": after "for", plain capitalised words name a field; "the
    // Energy Ministry for Bre-X", a company's name, is whom the body serves.
    if (
      tokens[k + 1]!.text === 'for' &&
      tokens
        .slice(fieldStart, end)
        .some((t) => t.text !== 'of' && (!PLAIN_WORD.test(t.text) || (knownCompany(t.text) && !isCommonWord(t.text))))
    )
      continue;
    // "and Prevention", "and Atmospheric Research" end the name; "and Wells Fargo", "and
    // Microsoft" are names of their own.
    if (/^(and|&)$/.test(tokens[end]?.text ?? '')) {
      let tail = end + 1;
      while (tail < end + 1 + AND_TAIL && capital(tail, line) && fieldWord(tail, end - 1, end + 1)) tail++;
      // "and Deutsche Bank": a tail ending in a body's word is a body of its own.
      if (tail > end + 1 && !capital(tail, line) && !ORG_SUFFIX.has(tokens[tail - 1]!.text) && wholeTail(end + 1, tail)) end = tail;
    }
    const head = owner[k]!;
    // "the UK Department of Transport": a country and its body are read elsewhere (stateBodies).
    if (head >= 0 && (spans[head]!.type === 'person' || spans[head]!.fixed || lex.place.has(tokens[spans[head]!.start]!.text))) continue;
    let start = head >= 0 ? spans[head]!.start : k;
    // "the European Court": capitals no name holds before the body word are the body's.
    while (
      head < 0 &&
      start > 0 &&
      k - start < BODY_LEADING &&
      owner[start - 1] === -1 &&
      lines[start - 1] === line &&
      isCapitalised(tokens[start - 1]!.text) &&
      !/^(The|A|An)$/.test(tokens[start - 1]!.text) &&
      !lex.place.has(tokens[start - 1]!.text) &&
      !SENTENCE_OPENERS.has(tokens[start - 1]!.text) &&
      (!tokens[start]!.sentStart || tokens[start - 1]!.sentStart)
    )
      start--;
    // "the Bulgarian Academy of Sciences": a nationality before a body's formal name is the name's;
    // before a department of state it says whose the department is ("the Australian Department of Trade").
    if (
      start > 0 &&
      owner[start - 1] === -1 &&
      lines[start - 1] === line &&
      DEMONYMS.has(tokens[start - 1]!.text) &&
      !FIELD_BODY.has(tokens[start]!.text)
    )
      start--;
    // The names inside must lie inside the body, and none after "of" be a person ("the Office of John Smith").
    const inside = new Set<number>();
    let crosses = false;
    for (let i = start; i < end && !crosses; i++) {
      const x = owner[i]!;
      if (x < 0) continue;
      const s = spans[x]!;
      // "the Energy Ministry for Bre-X": after "for" a name of its own is whom the body serves, not its field.
      crosses =
        s.start < start || s.end > end || !!s.fixed || (i > k && (s.type === 'person' || (x !== head && tokens[k + 1]!.text === 'for')));
      inside.add(x);
    }
    const same = inside.size === 1 && spans[owner[start]!]?.start === start && spans[owner[start]!]?.end === end;
    if (crosses) continue;
    // "Economists at the Bureau of Labor Statistics": the tagger's place over the whole body is the body.
    if (same && spans[owner[start]!]!.type !== 'place') continue;
    for (const x of inside) dropped.add(x);
    bodies.push({ start, end, type: 'organization' });
    k = end - 1;
  }
  if (!bodies.length) return spans;
  return yield* withSpans(yield* withoutIndexes(spans, dropped, pace), bodies, pace);
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
