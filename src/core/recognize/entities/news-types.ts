// After the layout passes, the types a reader of business and technology news gives names: a
// one-word name is a company where the article treats it as one anywhere, and the apps and parts
// of a maker's devices are products.
import { companyCue, knownCompany, ownsCue, placeLike, pronounOf, staffCue } from './cues';
import { lexicon } from './lexicon';
import { isCommonWord } from './names';
import { type Doc, type Span, spanText, withSpans } from './span';
import type { Token } from './tagger/tokenize';
import {
  ACTS,
  COMPANY_TAILS,
  DEMONYMS,
  FEATURE_NOUNS,
  MEDIA_NOUNS,
  MONTHS_DAYS,
  ORG_SUFFIX,
  PLACE_HEAD,
  PLACE_SUFFIX,
  PRODUCT_NOUNS,
  TITLES,
} from './words';
import { type Pace, type Sliced } from '../pace';
import type { EntityType } from '../../types';

/** What the article says of its names anywhere, which the types of each mention follow. */
interface Said {
  /** Names the text treats as a company's ("Northvolt's former factory", "Con Edison officials"). */
  company: Set<string>;
  /** One-word names followed by "service" or "app" and shaped like a product ("ChatGPT service"). */
  product: Set<string>;
  /** The words of persons' whole names. */
  personNames: Set<string>;
  /** "Valero said its", "Valero's chief executive": a company's. */
  owned: Set<string>;
  /** "Mr. Valero", "Valero said he": a person's. */
  personal: Set<string>;
}

/**
 * A one-word name the tagger called a place or a person is a company where the text treats it as
 * one, anywhere in the article ("Northvolt's former factory", "the start-up Voltaria", "shares in
 * Scania") or where the gazetteers know it as a company and not as a place; and a name followed by
 * "service" or "app" is a product ("ChatGPT service").
 */
export function* newsTypes(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens } = doc;
  const lex = lexicon();
  const said: Said = { company: new Set(), product: new Set(), personNames: new Set(), owned: new Set(), personal: new Set() };
  for (const s of spans) {
    if (pace.spend(s.end - s.start)) yield;
    if (s.type === 'person' && s.end - s.start > 1) for (let k = s.start; k < s.end; k++) said.personNames.add(tokens[k]!.text);
    if (s.end - s.start !== 1) {
      // "Con Edison officials said", "Con Edison, which maintains...": a company of several words;
      // "shares in Novo Nordisk": a company, though its words are a person's ("Novo", "Nordisk"); and
      // "Zycie Warszawy daily said", "Le Matin newspaper": a paper, though its words read as a person's.
      const paper = MEDIA_NOUNS.has(tokens[s.end]?.text ?? '');
      if (!s.fixed && (s.type === 'person' ? sharesIn(tokens, s) || paper : companyCue(tokens, s) || staffCue(tokens, s)))
        said.company.add(spanText(tokens, s.start, s.end));
      continue;
    }
    const word = tokens[s.start]!.text;
    if (companyCue(tokens, s)) said.company.add(word);
    const speaks = ACTS.has(tokens[s.end]?.text ?? '') ? pronounOf(tokens, s.end + 1) : null;
    if (speaks === 'company' || ownsCue(tokens, s)) said.owned.add(word);
    else if (speaks === 'likely company') said.company.add(word);
    if (speaks === 'person' || TITLES.has(tokens[s.start - 1]?.text ?? '')) said.personal.add(word);
    const next = tokens[s.end]?.text ?? '';
    if (PRODUCT_NOUNS.has(next) && !lex.org.has(word) && /\p{Ll}\p{Lu}|\d/u.test(word)) said.product.add(word);
  }
  const out: Span[] = [];
  for (const s of spans) {
    if (pace.spend(s.end - s.start)) yield;
    const type = newsType(tokens, s, said);
    out.push(type === s.type ? s : { ...s, type });
  }
  return out;
}

/** The type of one span, by its words and what the article says of them (see newsTypes). */
function newsType(tokens: Token[], s: Span, said: Said): EntityType {
  const lex = lexicon();
  let type = s.type;
  // "Kenji Watanabe": a given name and a known surname, neither a place, is a person, not a place.
  if (type === 'place' && !s.fixed && s.end - s.start === 2) {
    const [a, b] = [tokens[s.start]!.text, tokens[s.start + 1]!.text];
    if (
      lex.person.has(b) &&
      !/^(in|on|at|near|from|to|into|the|of|across)$/i.test(tokens[s.start - 1]?.text ?? '') &&
      /^\p{Lu}\p{Ll}+$/u.test(a) &&
      /^\p{Lu}\p{Ll}+$/u.test(b) &&
      !lex.place.has(a) &&
      !lex.place.has(b) &&
      !lex.place.has(`${a} ${b}`) &&
      !PLACE_HEAD.has(a) &&
      !PLACE_SUFFIX.has(b) &&
      !isCommonWord(a)
    )
      type = 'person';
  }
  if (s.fixed) return type;
  if (s.end - s.start !== 1) {
    if (said.company.has(spanText(tokens, s.start, s.end)) && !placeLike(tokens, s)) type = 'organization';
    // "Warner Bros.", "Sony Music", "Pirelli SpA": a family or a maker named with its trade.
    if (type !== 'organization' && type !== 'product' && COMPANY_TAILS.has(tokens[s.end - 1]!.text)) return 'organization';
    // "Sony Music": a person's name does not start with a company's.
    const first = tokens[s.start]!.text;
    if (type === 'person' && lex.org.has(first) && !lex.person.has(first) && !isCommonWord(first)) return 'organization';
    return type;
  }
  const word = tokens[s.start]!.text;
  if (said.product.has(word) && (type === 'organization' || type === 'other')) return 'product';
  if (type !== 'place' && type !== 'person' && type !== 'other') return type;
  if (DEMONYMS.has(word) || lex.country.has(word)) return type;
  // A surname the lists know stays a person unless the article treats it as a company's name
  // and never as a person's ("Valero said its refineries"; not "Mr. Valero").
  if (type === 'person' && (said.personNames.has(word) || said.personal.has(word) || (lex.person.has(word) && !said.owned.has(word))))
    return type;
  if ((said.company.has(word) || said.owned.has(word)) && !lex.place.has(word)) return 'organization';
  if (type !== 'person' && staffCue(tokens, s) && !placeLike(tokens, s)) return 'organization';
  if (type !== 'person' && !lex.place.has(word) && knownCompany(word) && !lex.person.has(word)) return 'organization';
  return type;
}

const POSSESSIVE = /^['’]s$/;

/** Words before a maker's model that no person's name follows ("a used Ford Focus"). */
const DEVICE_DET = /^(a|an|the|used|new|old|his|her|my|their|our|your|its)$/;

/**
 * The apps and parts of a maker's devices, as a reader of technology news sees them: a capitalised
 * word named by what it is ("the Photos app", "Retina display"), owned by a known maker ("Apple's
 * Safari"; not "the City's Streets", a plain word), or listed with such a name ("Messages, Safari, and Photos"), is a product everywhere in
 * the article; so is a known maker's name with a model word after it ("a used Ford Focus") and a
 * sign-in feature ("Face ID").
 */
export function* productNames(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens } = doc;
  const lex = lexicon();
  const n = tokens.length;
  const at = new Map<number, Span>();
  for (const s of spans) {
    if (pace.spend(s.end - s.start)) yield;
    for (let k = s.start; k < s.end; k++) at.set(k, s);
  }
  const single = (k: number): boolean => {
    const t = tokens[k];
    if (
      !t ||
      !/^\p{Lu}\p{Ll}+$/u.test(t.text) ||
      lex.place.has(t.text) ||
      lex.org.has(t.text) ||
      DEMONYMS.has(t.text) ||
      MONTHS_DAYS.has(t.text) ||
      TITLES.has(t.text)
    )
      return false;
    const s = at.get(k);
    return !s || (s.end - s.start === 1 && !s.fixed);
  };
  // A maker the article names as a company ("Apple's Safari"), not a word that starts brands ("the City's Streets").
  const maker = (k: number): boolean => {
    const s = at.get(k);
    return (
      !!s &&
      s.end === k + 1 &&
      (s.type === 'organization' || s.type === 'product') &&
      knownCompany(tokens[k]!.text) &&
      !isCommonWord(tokens[k]!.text)
    );
  };
  // "Yahoo shareholders", "shares of Yahoo", "Yahoo's chief executive": a company, even where its new owner's name comes before it ("Verizon's Yahoo").
  const firms = new Set<string>();
  for (const s of spans) {
    if (pace.spend()) yield;
    if (s.end - s.start === 1 && (companyCue(tokens, s) || staffCue(tokens, s) || sharesOf(tokens, s))) firms.add(tokens[s.start]!.text);
  }
  const products = new Set<string>();
  for (let k = 0; k < n; k++) {
    if (pace.spend()) yield;
    const word = tokens[k]!.text;
    if (FEATURE_NOUNS.has(tokens[k + 1]?.text ?? '') && single(k) && !knownCompany(word) && at.get(k)?.type !== 'person')
      products.add(word);
    else if (
      k >= 2 &&
      POSSESSIVE.test(tokens[k - 1]!.text) &&
      !tokens[k]!.sentStart &&
      single(k) &&
      maker(k - 2) &&
      !isCommonWord(word) &&
      !firms.has(word) &&
      (at.get(k)?.type !== 'person' || !lex.person.has(word))
    )
      products.add(word);
  }
  if (products.size) {
    // "Messages, Safari, and Photos": names listed together are names of one kind.
    for (let k = 0; k < n; k++) {
      if (pace.spend()) yield;
      if (!single(k)) continue;
      const list = [k];
      let j = k + 1;
      for (;;) {
        if (pace.spend()) yield;
        let m = j;
        if (tokens[m]?.text === ',') m++;
        if (/^(and|or)$/.test(tokens[m]?.text ?? '')) m++;
        if (m === j || !single(m)) break;
        list.push(m);
        j = m + 1;
        if (/^(and|or)$/.test(tokens[m - 1]!.text)) break;
      }
      if (list.length >= 3 && list.some((x) => products.has(tokens[x]!.text))) for (const x of list) products.add(tokens[x]!.text);
      k = j - 1;
    }
  }
  const out: Span[] = [];
  for (const s of spans) {
    if (pace.spend()) yield;
    out.push(!s.fixed && isProduct(tokens, s, products) ? { ...s, type: 'product' } : s);
  }
  const added: Span[] = [];
  if (products.size)
    for (let k = 0; k < n; k++) {
      if (pace.spend()) yield;
      if (!at.has(k) && !tokens[k]!.sentStart && products.has(tokens[k]!.text)) added.push({ start: k, end: k + 1, type: 'product' });
    }
  return added.length ? yield* withSpans(out, added, pace) : out;
}

/** A span that names a product by its words: a name the article treats as one, "Face ID", a maker's model ("a used Ford Focus"). */
function isProduct(tokens: Token[], s: Span, products: ReadonlySet<string>): boolean {
  const lex = lexicon();
  const len = s.end - s.start;
  const first = tokens[s.start]!.text;
  const last = tokens[s.end - 1]!.text;
  return (
    (len === 1 && products.has(first)) ||
    (len === 2 && last === 'ID' && s.type === 'other') ||
    (len === 2 &&
      s.type !== 'place' &&
      knownCompany(first) &&
      /^\p{Lu}\p{Ll}+$/u.test(last) &&
      !lex.person.has(last) &&
      !ORG_SUFFIX.has(last) &&
      !tokens[s.start + 1]!.sentStart &&
      (lex.common.has(last.toLowerCase()) || DEVICE_DET.test(tokens[s.start - 1]?.text ?? '')))
  );
}

/** "shares of Yahoo", "stake in Yahoo": only a company has shares. */
function sharesOf(tokens: Token[], s: Span): boolean {
  const p1 = (tokens[s.start - 1]?.text ?? '').toLowerCase();
  const p2 = (tokens[s.start - 2]?.text ?? '').toLowerCase();
  return (p1 === 'of' || p1 === 'in') && /^(shares|stake|stock|shareholders|investors)$/.test(p2);
}

/** "shares in Novo Nordisk": a company, even where its words are a person's ("the developer Ann Berg" is a person). */
function sharesIn(tokens: Token[], s: Span): boolean {
  const p1 = (tokens[s.start - 1]?.text ?? '').toLowerCase();
  const p2 = (tokens[s.start - 2]?.text ?? '').toLowerCase();
  return p1 === 'in' && p2 === 'shares';
}
