// What a careful reader of business and technology news knows that a tagger trained on 1990s wire
// copy and tweets does not: a company is named by one invented word ("Northvolt", "Voltaria") and
// is recognised by what is said around it ("Northvolt's former factory", "the start-up Voltaria",
// "shares in Scania"), not by its shape; two names joined by "and" are two names ("Amazon and
// Ocado"); a company and its product are two names ("Nvidia's H100"); and a given name the
// gazetteer does not know still starts a person when the surname is a person elsewhere in the text.
import type { EntityType } from '../types';
import type { Token } from './ner-tokenize';
import { lexicon } from './ner-lexicon';
import { isCommonWord, isNamey, DEMONYMS, MONTHS_DAYS, ORG_HEAD, ORG_SUFFIX, PLACE_HEAD, PLACE_SUFFIX, TITLES, type Span } from './ner-rules';

const w = (s: string): Set<string> => new Set(s.split(' '));

/** Lower-case nouns that describe a company just before its name ("the truck maker Scania"). */
const ORG_NOUNS = w(
  'company companies firm group maker makers carmaker automaker chipmaker start-up startup start-ups startups fund insurer lender bank retailer manufacturer supplier operator developer airline broker conglomerate consortium rival rivals subsidiary unit investor investors owner brand outfit giant',
);
/** What follows "X's" when X is a company ("Nvidia's chief executive", "Scania's parent"). */
const ORG_OWNS = w(
  'chief shares share parent board co-founder cofounder founders staff employees workforce revenue revenues sales profit profits stock factory factories plant plants subsidiary subsidiaries ceo products customers investors shareholders headquarters valuation earnings chips software models spokesperson spokesman spokeswoman',
);
/** Adjectives allowed between "X's" and what it owns ("Northvolt's former factory"). */
const OWN_ADJ = w('former new latest largest biggest main first second third flagship own annual quarterly');
/** Nouns after a name that make the name a product's ("ChatGPT service", "Copilot app"). */
const PRODUCT_NOUNS = w('service app apps chatbot chatbots assistant model models chip chips processor processors platform browser smartphone smartphones handset console headset software');
/** Capitalised words before a number that name a section or step, not a product ("Chapter 11"). */
const NUMBERED_NOT_PRODUCT = w(
  'Chapter Article Section Phase Stage Level Category Grade Class Group Division Round Game Week Day Tier Zone Gate Terminal Route Highway Page Figure Table Part Act Step Year Number No. Season Room Floor Platform Unit Lot Box Line Box Exhibit Schedule Appendix Covid COVID Windows Top Formula Under Over Vision Agenda',
);

/** Last words of the names of laws and treaties. */
const LAW_WORDS = w('Act Treaty Accord Accords Convention Directive Regulation Bill Protocol');

const VERSION = /^\d{1,2}(\.\d{1,2})?$/;
const RELEASED = /^(released|launched|unveiled|introduced|shipped)$/;

const cap = (t: string): boolean => /^\p{Lu}\p{Ll}/u.test(t);
const spanWords = (tokens: Token[], s: { start: number; end: number }): string =>
  tokens
    .slice(s.start, s.end)
    .map((t) => t.text)
    .join(' ');

/** A company or brand the gazetteers know under this name, or as the first word of a brand ("Amazon" of "Amazon Prime"). */
export function knownCompany(name: string): boolean {
  const lex = lexicon();
  if (lex.org.has(name) || lex.brand.has(name)) return true;
  if (/^\p{Lu}\p{Ll}+$/u.test(name) && lex.brand.has(name.toUpperCase())) return true;
  return !name.includes(' ') && (lex.firstWords.get(lex.brand)?.get(name) ?? 0) > 1 && !lex.place.has(name) && !lex.person.has(name);
}

function lexType(name: string): EntityType | null {
  const lex = lexicon();
  if (lex.place.has(name)) return 'place';
  if (knownCompany(name)) return 'organization';
  return null;
}

/**
 * Before consistency: split joined names, separate a company from its product, and add the names
 * the tagger missed that a reader would not (a person at a sentence start, "the European
 * Commission", "the pension fund Alecta", "Model 3").
 */
export function newsSpans(tokens: Token[], spans: Span[], text: string): Span[] {
  const out: Span[] = [];
  for (const s of spans) for (const part of split(tokens, s)) out.push(part);
  // "released Claude 3.5": the version is part of the product's name.
  for (const s of out) {
    const next = tokens[s.end]?.text ?? '';
    if (s.end - s.start === 1 && s.type !== 'place' && VERSION.test(next) && RELEASED.test(tokens[s.start - 1]?.text ?? '') && !/^\d|^[%-]/.test(tokens[s.end + 1]?.text ?? '') && !out.some((o) => o.start === s.end)) {
      s.end++;
      s.type = 'product';
    }
  }
  return addMissed(tokens, out, text);
}

function split(tokens: Token[], s: Span): Span[] {
  const n = s.end - s.start;
  if (n < 3 && !(n === 2 && s.type !== 'person')) return [s];
  const lex = lexicon();
  const full = spanWords(tokens, s);
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
    const and = tokens.findIndex((t, k) => k > s.start && k < s.end - 1 && t.text === 'and');
    if (and > 0 && !ORG_HEAD.has(tokens[s.start]!.text) && !lex.place.has(full) && !lex.org.has(full) && !lex.brand.has(full)) {
      const left = { start: s.start, end: and };
      const right = { start: and + 1, end: s.end };
      const lw = spanWords(tokens, left);
      const rw = spanWords(tokens, right);
      if (cap(tokens[left.start]!.text) && cap(tokens[right.start]!.text) && !ORG_SUFFIX.has(tokens[s.end - 1]!.text)) {
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

function addMissed(tokens: Token[], spans: Span[], text: string): Span[] {
  const lex = lexicon();
  const n = tokens.length;
  const covered = new Uint8Array(n);
  for (const s of spans) covered.fill(1, s.start, s.end);
  // Surnames of people the tagger found, to recognise the same person where it did not.
  const surnames = new Set<string>();
  for (const s of spans) if (s.type === 'person') surnames.add(tokens[s.end - 1]!.text);
  const plain = (k: number): boolean => {
    const t = tokens[k];
    if (!t || covered[k] || !/^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u.test(t.text)) return false;
    const x = t.text;
    return !isCommonWord(x) && !lex.place.has(x) && !lex.org.has(x) && !DEMONYMS.has(x) && !MONTHS_DAYS.has(x) && !TITLES.has(x) && !ORG_SUFFIX.has(x);
  };
  const sameLine = (a: number, b: number): boolean => text.indexOf('\n', tokens[a]!.end) < 0 || text.indexOf('\n', tokens[a]!.end) > tokens[b]!.start;
  const add: Span[] = [];
  for (let i = 0; i < n; i++) {
    if (covered[i]) continue;
    const t = tokens[i]!;
    // Given name + surname the tagger passed over: the surname is a person elsewhere in the text, or
    // a known surname followed by an apposition (", an analyst at", ", Voltaria's chief executive").
    if (plain(i) && plain(i + 1) && !tokens[i + 1]!.sentStart && sameLine(i, i + 1) && !isNamey(tokens[i + 2]?.text ?? '')) {
      const last = tokens[i + 1]!.text;
      const apposed = tokens[i + 2]?.text === ',' && /^(an?|the|who|[\p{Lu}][\p{L}]+)$/u.test(tokens[i + 3]?.text ?? '') && !/^(and|or)$/.test(tokens[i + 3]?.text ?? '');
      if (surnames.has(last) || (lex.person.has(last) && (apposed || lex.person.has(t.text)))) {
        add.push({ start: i, end: i + 2, type: 'person' });
        i++;
        continue;
      }
    }
    if (!isNamey(t.text)) continue;
    // "the European Commission", "The Skellefteå plant" after "Skellefteå" was found, at a sentence start.
    let j = i;
    while (j < n && !covered[j] && cap(tokens[j]!.text) && (j === i || (!tokens[j]!.sentStart && sameLine(j - 1, j)))) j++;
    const prev = tokens[i - 1]?.text ?? '';
    if (j - i >= 2 && /^(the|The)$/.test(prev) && ORG_SUFFIX.has(tokens[j - 1]!.text) && tokens.slice(i, j).every((x) => !/^(The|A|An)$/.test(x.text))) {
      add.push({ start: i, end: j, type: 'organization' });
      i = j - 1;
      continue;
    }
    // "the pension fund Alecta", "the research firm Calloway": a company named after what it is.
    if (j - i >= 1 && j - i <= 3 && !t.sentStart && ORG_NOUNS.has(prev) && plain(i)) {
      add.push({ start: i, end: j, type: 'organization' });
      i = j - 1;
      continue;
    }
    // "the Digital Markets Act": a law or treaty, named in capitals.
    if (j - i >= 2 && LAW_WORDS.has(tokens[j - 1]!.text) && !t.sentStart) {
      add.push({ start: i, end: j, type: 'other' });
      i = j - 1;
      continue;
    }
    // "Tesla, whose Model 3", "released Claude 3.5": a capitalised word and a version number.
    if (j - i === 1 && VERSION.test(tokens[i + 1]?.text ?? '') && !NUMBERED_NOT_PRODUCT.has(t.text) && (/^(whose|its|['’]s)$/.test(prev) || RELEASED.test(prev)) && !/^\d|^[%-]/.test(tokens[i + 2]?.text ?? '')) {
      add.push({ start: i, end: i + 2, type: 'product' });
      i++;
    }
  }
  return add.length ? [...spans, ...add].sort((a, b) => a.start - b.start) : spans;
}

/**
 * After the layout pass: a one-word name the tagger called a place or a person is a company where
 * the text treats it as one, anywhere in the article ("Northvolt's former factory", "the start-up
 * Voltaria", "shares in Scania") or where the gazetteers know it as a company and not as a place;
 * and a name followed by "service" or "app" is a product ("ChatGPT service").
 */
export function newsTypes(tokens: Token[], spans: Span[]): void {
  const lex = lexicon();
  const company = new Set<string>();
  const product = new Set<string>();
  const personNames = new Set<string>();
  for (const s of spans) {
    if (s.type === 'person' && s.end - s.start > 1) for (let k = s.start; k < s.end; k++) personNames.add(tokens[k]!.text);
    if (s.end - s.start !== 1) continue;
    const word = tokens[s.start]!.text;
    if (companyCue(tokens, s)) company.add(word);
    const next = tokens[s.end]?.text ?? '';
    if (PRODUCT_NOUNS.has(next) && !lex.org.has(word) && /\p{Ll}\p{Lu}|\d/u.test(word)) product.add(word);
  }
  for (const s of spans) {
    // "Kenji Watanabe": a given name and a known surname, neither a place, is a person, not a place.
    if (s.type === 'place' && !s.fixed && s.end - s.start === 2) {
      const [a, b] = [tokens[s.start]!.text, tokens[s.start + 1]!.text];
      if (lex.person.has(b) && !/^(in|on|at|near|from|to|into|the|of|across)$/i.test(tokens[s.start - 1]?.text ?? '') && /^\p{Lu}\p{Ll}+$/u.test(a) && /^\p{Lu}\p{Ll}+$/u.test(b) && !lex.place.has(a) && !lex.place.has(b) && !lex.place.has(`${a} ${b}`) && !PLACE_HEAD.has(a) && !PLACE_SUFFIX.has(b) && !isCommonWord(a))
        s.type = 'person';
    }
    if (s.fixed || s.end - s.start !== 1) continue;
    const word = tokens[s.start]!.text;
    if (product.has(word) && (s.type === 'organization' || s.type === 'other')) {
      s.type = 'product';
      continue;
    }
    if (s.type !== 'place' && s.type !== 'person' && s.type !== 'other') continue;
    if (DEMONYMS.has(word) || lex.country.has(word)) continue;
    if (s.type === 'person' && (personNames.has(word) || lex.person.has(word))) continue;
    if (company.has(word) && !lex.place.has(word)) s.type = 'organization';
    else if (s.type !== 'person' && !lex.place.has(word) && knownCompany(word) && !lex.person.has(word)) s.type = 'organization';
  }
}

function companyCue(tokens: Token[], s: Span): boolean {
  const next = tokens[s.end]?.text ?? '';
  const lower = (k: number): string => (tokens[k]?.text ?? '').toLowerCase();
  if (/^['’]s$/.test(next)) {
    let k = s.end + 1;
    if (OWN_ADJ.has(lower(k))) k++;
    if (ORG_OWNS.has(lower(k))) return true;
  }
  const p1 = lower(s.start - 1);
  const p2 = lower(s.start - 2);
  if (ORG_NOUNS.has(p1) && !tokens[s.start]!.sentStart) return true;
  // "shares in Scania", "chief executive of Microsoft AI", "a spokesperson for Voltaria".
  if ((p1 === 'in' && p2 === 'shares') || (p1 === 'of' && /^(executive|officer|founder|co-founder|chairman|chairwoman|shareholders)$/.test(p2)) || (p1 === 'for' && /^(spokesperson|spokesman|spokeswoman)$/.test(p2)))
    return true;
  // "Halden, a warehouse automation company", "X, the company's".
  if (next === ',') {
    for (let k = s.end + 1; k < s.end + 6 && k < tokens.length; k++) {
      const x = tokens[k]!.text;
      if (x === ',' || x === '.') break;
      if (/^(company|firm|start-up|startup|maker|carmaker|chipmaker|group|conglomerate|retailer|lender|insurer)$/.test(x)) return k > s.end + 1 && /^(a|an|the)$/i.test(tokens[s.end + 1]!.text);
    }
  }
  return next === 'said' && lower(s.end + 1) === 'in' && lower(s.end + 2) === 'a' && lower(s.end + 3) === 'statement';
}
