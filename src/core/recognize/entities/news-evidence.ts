// What the article itself says a name is, read late so it outweighs the tagger's guess: an
// apposition (", a smaller cloud provider", ", an AI model"), a noun after the name ("Trainium
// chips", "the Gemini model"), its people ("analysts at Jefferies", "Jefferies analysts"), its share
// price ("Saab rose 2.6%"); and laws and treaties named in capitals, one name of type other.
import { knownCompany, placeLike } from './cues';
import { lexicon } from './lexicon';
import { isCommonWord } from './names';
import { type Doc, type Span, spanText, withSpans } from './span';
import type { Token } from './tagger/tokenize';
import {
  ACTS,
  COMPANY_HEADS,
  DEMONYMS,
  EMPLOYER_STAFF,
  INDEX_WORDS,
  LAW_WORDS,
  MADE_RUN,
  MONTHS_DAYS,
  PERSON_ROLES,
  PHRASE_STOPS,
  PLACE_KINDS,
  PRICE_MOVES,
  PRODUCT_HEADS,
  PRODUCT_KINDS,
  ROLES_AT,
  RUN_ADVERBS,
  RUN_PLACES,
  RUNS_IN,
  SAYS,
  SUBSTANCE_KINDS,
  TITLES,
} from './words';
import { type Pace, type Sliced } from '../pace';
import type { EntityType } from '../../types';

/** What the article says a name is; `none` is a substance, no name to look up. */
type Said = EntityType | 'none';

/** The words an apposition's noun phrase may take before its head: "a smaller cloud provider". */
const APPOSITION_WORDS = 6;

const DETERMINERS = /^(a|an|the)$/;
/** The verb of a definition: "X is a town", "X was an American band". */
const COPULA = /^(is|was)$/;
const POSSESSIVE = /^['’]s$/;
const PERCENT = /^[+-]?\d[\d.,]*%?$/;

/**
 * The head noun of the apposition after a span (", a smaller cloud provider,") or of the
 * definition it is the subject of ("Leonessa is a town and comune", "Lambda was a cloud
 * provider"): its last lower-case word, or null.
 */
export function appositionHead(tokens: Token[], s: Span): string | null {
  const link = tokens[s.end]?.text ?? '';
  const article = tokens[s.end + 1]?.text ?? '';
  // "X is the model for Y", "X is the school district of Y": only "a" or "an" defines the subject.
  if (link === ',' ? !DETERMINERS.test(article) : !COPULA.test(link) || !/^(a|an)$/.test(article) || longerSubject(tokens, s)) return null;
  let head: string | null = null;
  for (let k = s.end + 2; k < s.end + 2 + APPOSITION_WORDS; k++) {
    const t = tokens[k];
    if (!t || t.sentStart) return head;
    // ", the agency's district supervisor": the head is past the possessive, too far to tell.
    if (POSSESSIVE.test(t.text)) return null;
    if (PHRASE_STOPS.has(t.text) || !/^[\p{L}\p{N}-]+$/u.test(t.text)) return head;
    // Only a lower-case word is a head: "an AI model", not "a Reuters reporter's".
    head = /^\p{Ll}/u.test(t.text) ? t.text : null;
  }
  return null;
}

/** "The Store Consumer is a service": a capital before the span says the subject is a longer name than the span. */
function longerSubject(tokens: Token[], s: Span): boolean {
  return !tokens[s.start]!.sentStart && /^\p{Lu}/u.test(tokens[s.start - 1]?.text ?? '');
}

/** Whether a known place opens the span's name, in one word or two ("China Daily", "Hong Kong Standard"). */
function placeLeads(tokens: Token[], s: Span): boolean {
  const place = lexicon().place;
  return place.has(tokens[s.start]!.text) || (s.end - s.start > 2 && place.has(spanText(tokens, s.start, s.start + 2)));
}

/** What the words around one span say it is, or null when they say nothing. */
function evidenceAt(tokens: Token[], s: Span, sports: boolean): Said | null {
  const lex = lexicon();
  const text = spanText(tokens, s.start, s.end);
  const head = appositionHead(tokens, s);
  if (head) {
    // "Athens, Greece is a transit system": the subject of a definition may be a longer name than the tagger's.
    const defined = tokens[s.end]!.text !== ',';
    if (PRODUCT_KINDS.has(head))
      return defined && (s.type === 'person' || placeLike(tokens, s) || lex.country.has(text)) ? null : 'product';
    if (COMPANY_HEADS.has(head)) return 'organization';
    if (PLACE_KINDS.has(head)) return 'place';
    if (SUBSTANCE_KINDS.has(head)) return 'none';
  }
  // A known place stays a place whatever it does: "Mountain View is preparing its answer" is the
  // company's town, and "analysts in London" are not London's.
  const place = placeLike(tokens, s) || lex.country.has(text);
  const before = tokens[s.start - 1]?.text ?? '';
  const next = tokens[s.end]?.text ?? '';
  // "the China Daily said", "the Hong Kong Standard reported": a name that starts with a place but
  // is none the lists know, and speaks, is a paper or a body.
  if (
    s.end - s.start > 1 &&
    /^(the|The)$/.test(before) &&
    (SAYS.has(next) || ACTS.has(next)) &&
    placeLeads(tokens, s) &&
    !lex.place.has(text) &&
    !lex.country.has(text)
  )
    return 'organization';
  // "spokesman Sergei Yastrzhembsky", "his wife Naina", "goalkeeper Rustu Recber": a person's role before the name.
  if (!place && PERSON_ROLES.has(before) && !tokens[s.start]!.sentStart && !lex.org.has(text)) return 'person';
  if (!place) {
    // "analysts at Jefferies", "chief economist at Mizuho Americas", "sources at Porto".
    if (before === 'at' && ROLES_AT.has((tokens[s.start - 2]?.text ?? '').toLowerCase())) return 'organization';
    // "Jefferies analysts said".
    if (EMPLOYER_STAFF.has(next) && s.type !== 'person') return 'organization';
    // "Saab rose 2.6%": only a listed company's shares move by a percentage after its name.
    if (
      PRICE_MOVES.has(next) &&
      !INDEX_WORDS.has(tokens[s.end - 1]!.text) &&
      PERCENT.test(tokens[s.end + 1]?.text ?? '') &&
      /%|percent/.test(priceTail(tokens, s.end + 1))
    )
      return 'organization';
  }
  if (!place && s.type !== 'person' && doesSoftware(tokens, s, sports)) return 'product';
  // "Trainium chips", "the Gemini model", "Amazon's Alexa assistant": a product named by what it is.
  if (PRODUCT_HEADS.has(next) && !place && !lex.org.has(text)) {
    const pointed = /^(the|its|their|our|his|her)$/.test(before) || POSSESSIVE.test(before);
    // "Nvidia chips", "Google phones": a maker's name before its goods is the maker.
    if (!knownCompany(text) && !POSSESSIVE.test(tokens[s.end - 1]!.text) && (pointed || (s.type !== 'person' && !lex.person.has(text))))
      return 'product';
  }
  return null;
}

/**
 * What software, a model or a device does and what is done to it: "AWS would host Claude", "Google
 * trained Gemini", "Gemini now runs inside Gmail", "built into Chrome", "powered by Gemini". A
 * listed company, a day, a name led by a common word ("launched Operation Sandstorm") and, on a
 * sports page, a team that is hosted are none of these.
 */
function doesSoftware(tokens: Token[], s: Span, sports: boolean): boolean {
  const lex = lexicon();
  const first = tokens[s.start]!.text;
  if (lex.org.has(spanText(tokens, s.start, s.end)) || MONTHS_DAYS.has(first) || isCommonWord(first) || placeLike(tokens, s)) return false;
  const lower = (k: number): string => (tokens[k]?.text ?? '').toLowerCase();
  const before = lower(s.start - 1);
  const before2 = lower(s.start - 2);
  // "released Raspberry Pi 3": a name cut short is not the whole thing released.
  if (MADE_RUN.has(before) && !sports && !/^[\p{Lu}\p{N}]/u.test(tokens[s.end]?.text ?? '')) return true;
  if (before === 'by' && before2 === 'powered') return true;
  // "runs inside Gmail", "built into Chrome"; not "ran on Kotaku", a story that ran in a publication.
  if (
    (/^(runs|run|running)$/.test(before2) && /^(inside|within)$/.test(before)) ||
    (RUNS_IN.has(before2) && /^(into|inside)$/.test(before))
  )
    return true;
  // "Gemini now runs inside", "Windows runs on Arm chips".
  let k = s.end;
  if (RUN_ADVERBS.has(lower(k))) k++;
  return /^(runs|run|running)$/.test(lower(k)) && RUN_PLACES.has(lower(k + 1)) && lower(k + 1) !== 'into';
}

/** The token after a number and the one after it, joined: "2.6 %" or "2.6% in". */
function priceTail(tokens: Token[], k: number): string {
  return `${tokens[k]?.text ?? ''} ${tokens[k + 1]?.text ?? ''}`;
}

/** Whether the article gives this name a person's cue anywhere ("Mr. Lilly"). */
function titled(tokens: Token[], s: Span): boolean {
  return TITLES.has(tokens[s.start - 1]?.text ?? '');
}

/**
 * Types each name by what the article says of it anywhere (the first thing said wins): an
 * apposition, a product noun after it, its analysts or staff at it, its share price. What the
 * article says of one mention holds for every mention of the same words, and an owner of a
 * product ("Eli Lilly's Zepbound, a weekly injection") is an organization. Known places and
 * countries are never made companies, fixed spans (typed by their line) are left alone, and a
 * name said to be a substance (", a gut hormone") is dropped.
 */
export function* articleEvidence(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens } = doc;
  const said = new Map<string, Said>();
  const personal = new Set<string>();
  const byEnd = new Map<number, Span>();
  for (const s of spans) {
    if (pace.spend(s.end - s.start)) yield;
    byEnd.set(s.end, s);
    const text = spanText(tokens, s.start, s.end);
    if (titled(tokens, s)) personal.add(text);
    const found = evidenceAt(tokens, s, doc.sports);
    if (found && !said.has(text)) said.set(text, found);
  }
  // A capital the tagger passed over that the article names as a product ("Eli Lilly's Zepbound, a weekly injection").
  const unmarked = yield* unmarkedWords(tokens, spans, pace);
  for (const s of unmarked) {
    if (pace.spend()) yield;
    const text = tokens[s.start]!.text;
    if (!said.has(text) && evidenceAt(tokens, s, doc.sports) === 'product') said.set(text, 'product');
  }
  yield* coordinatedProducts(tokens, [...spans, ...unmarked], said, pace);
  // The owner of a product: "Eli Lilly's Zepbound", "Google's Gemini model".
  for (const s of [...spans, ...unmarked]) {
    if (pace.spend()) yield;
    if (said.get(spanText(tokens, s.start, s.end)) !== 'product' || !POSSESSIVE.test(tokens[s.start - 1]?.text ?? '')) continue;
    const owner = byEnd.get(s.start - 1);
    if (!owner || owner.fixed || placeLike(tokens, owner)) continue;
    const text = spanText(tokens, owner.start, owner.end);
    if (!personal.has(text) && (!said.has(text) || said.get(text) === 'organization')) {
      said.set(text, 'organization');
      // "Lilly is testing a pill of its own": the company's short name, where the article gave it whole.
      if (owner.type === 'person' && owner.end - owner.start > 1) {
        const last = tokens[owner.end - 1]!.text;
        if (!said.has(last) && !personal.has(last)) said.set(last, 'organization');
      }
    }
  }
  if (!said.size) return spans;
  const out: Span[] = [];
  for (const s of spans) {
    if (pace.spend()) yield;
    const text = spanText(tokens, s.start, s.end);
    const type = s.fixed ? undefined : said.get(text);
    if (type === 'none') continue;
    if (!type || type === s.type || DEMONYMS.has(text) || (type === 'organization' && placeLike(tokens, s))) out.push(s);
    else out.push({ ...s, type });
  }
  return yield* productMentions(tokens, out, said, pace);
}

/**
 * "inside Gmail and Docs", "Gemini or Copilot": a name joined by "and" or "or" to a product the
 * article named is a product too, unless the article said what it is, or it is a person, a place
 * or a listed company.
 */
function* coordinatedProducts(tokens: Token[], names: readonly Span[], said: Map<string, Said>, pace: Pace): Sliced<void> {
  const lex = lexicon();
  const byStart = new Map<number, Span>();
  for (const s of names) {
    if (pace.spend()) yield;
    byStart.set(s.start, s);
  }
  const joinable = (s: Span): boolean => {
    const text = spanText(tokens, s.start, s.end);
    return s.type !== 'person' && !said.has(text) && !placeLike(tokens, s) && !lex.org.has(text) && !lex.country.has(text);
  };
  // Twice, so a product named after the other ("Docs and Gemini") is found too.
  for (let round = 0; round < 2; round++)
    for (const s of names) {
      if (pace.spend()) yield;
      if (!/^(and|or)$/.test(tokens[s.end]?.text ?? '')) continue;
      const other = byStart.get(s.end + 1);
      if (!other || tokens[other.start]!.sentStart) continue;
      const [a, b] = [spanText(tokens, s.start, s.end), spanText(tokens, other.start, other.end)];
      if (said.get(a) === 'product' && joinable(other)) said.set(b, 'product');
      else if (said.get(b) === 'product' && joinable(s)) said.set(a, 'product');
    }
}

/**
 * A word in capital and letters, a word starting with a capital: made once, as a regular expression
 * literal in a loop is a new object for every word of the article (unmarkedWords, productMentions).
 */
const CAPITAL_WORD = /^\p{Lu}\p{L}/u;
const CAPITAL_START = /^\p{Lu}/u;

/** One-word spans over the capitalised words no span holds, inside sentences, that are no common word. */
function* unmarkedWords(tokens: Token[], spans: readonly Span[], pace: Pace): Sliced<Span[]> {
  const covered = new Uint8Array(tokens.length);
  for (const s of spans) {
    if (pace.spend()) yield;
    covered.fill(1, s.start, s.end);
  }
  const out: Span[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (pace.spend()) yield;
    const t = tokens[k]!;
    if (!covered[k] && !t.sentStart && CAPITAL_WORD.test(t.text) && !isCommonWord(t.text))
      out.push({ start: k, end: k + 1, type: 'other' });
  }
  return out;
}

/** Products the article named by what they are, where the tagger left a mention unmarked ("the Gemini model" … "Gemini now runs"). */
function* productMentions(tokens: Token[], spans: readonly Span[], said: ReadonlyMap<string, Said>, pace: Pace): Sliced<readonly Span[]> {
  const covered = new Uint8Array(tokens.length);
  for (const s of spans) {
    if (pace.spend()) yield;
    covered.fill(1, s.start, s.end);
  }
  const added: Span[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (pace.spend()) yield;
    const t = tokens[k]!;
    if (covered[k] || t.sentStart || !CAPITAL_START.test(t.text) || said.get(t.text) !== 'product' || isCommonWord(t.text)) continue;
    added.push({ start: k, end: k + 1, type: 'product' });
  }
  return added.length ? yield* withSpans(spans, added, pace) : spans;
}

/** Words inside a law's name between capitals ("Treat and Reduce Obesity Act", "Treaty on the Functioning of the European Union"). */
const LAW_INNER = /^(and|of|on|for|the|to|in|&)$/;
/** A law's year ("Great British Energy Act 2025"). */
const LAW_YEAR = /^(1[6-9]|20)\d\d$/;
/** The longest law name read, in tokens. */
const LAW_LONGEST = 16;

const capital = (t: Token | undefined): boolean => !!t && /^\p{Lu}/u.test(t.text);

/**
 * A law or treaty is one name of type other, from its first capital to its last word and its year:
 * "the Treat and Reduce Obesity Act", "the Great British Energy Act 2025", "the Treaty on the
 * Functioning of the European Union". The names the tagger found inside it give way.
 */
export function* lawNames(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens, lines } = doc;
  const laws: Span[] = [];
  // LAW_WORDS are capitalised words: only the capitals are looked at, from the end of the last law on.
  let from = 0;
  for (let nth = 0; nth < doc.capitals.length; nth++) {
    const k = doc.capitals[nth]!;
    if (pace.spend()) yield;
    if (k < from || !LAW_WORDS.has(tokens[k]!.text)) continue;
    const line = lines[k];
    // Back over capitals and the small words between them, to the first capital.
    let start = k;
    for (let i = k - 1; i >= 0 && k - i < LAW_LONGEST && lines[i] === line; i--) {
      if (pace.spend()) yield;
      const t = tokens[i]!;
      if (capital(t) && !/^(The|A|An)$/.test(t.text)) start = i;
      else if (!LAW_INNER.test(t.text) || t.text === 'the' || !capital(tokens[i - 1])) break;
      if (t.sentStart) break;
    }
    // "President Bill Clinton": a law's last word is not followed by a name.
    if (capital(tokens[k + 1]) && lines[k + 1] === line) continue;
    let end = k + 1;
    // "Treaty on the Functioning of the European Union": the law's subject is part of its name.
    if (/^(on|of)$/.test(tokens[end]?.text ?? '') && tokens[end + 1]?.text === 'the' && capital(tokens[end + 2])) {
      let j = end + 2;
      let last = j;
      while (j < tokens.length && j - k < LAW_LONGEST && lines[j] === line) {
        if (pace.spend()) yield;
        if (capital(tokens[j]) && !tokens[j]!.sentStart) last = j;
        else if (!LAW_INNER.test(tokens[j]!.text)) break;
        j++;
      }
      end = last + 1;
    }
    if (LAW_YEAR.test(tokens[end]?.text ?? '') && lines[end] === line) end++;
    if (start === k && end === k + 1) continue;
    // "Mayor Bill de Blasio": a title before the word is a person's name.
    if (tokens.slice(start, k).some((t) => TITLES.has(t.text))) continue;
    if (tokens[start]!.sentStart && start === k) continue;
    laws.push({ start, end, type: 'other', fixed: true });
    from = end;
  }
  if (!laws.length) return spans;
  const inLaw = new Uint8Array(tokens.length);
  for (const l of laws) inLaw.fill(1, l.start, l.end);
  const kept: Span[] = [];
  for (const s of spans) {
    if (pace.spend()) yield;
    let overlaps = false;
    for (let k = s.start; k < s.end && !overlaps; k++) overlaps = inLaw[k] === 1;
    if (!overlaps) kept.push(s);
  }
  return yield* withSpans(kept, laws, pace);
}
