// Rule-based name finding: runs of capitalised words with connectors, typed by cue words and
// gazetteers. It is the fallback when no statistical model is loaded and the source of the cue
// lists the model's post-processing shares.
import type { EntityType } from '../types';
import type { Token } from './ner-tokenize';
import { lexicon } from './ner-lexicon';
import { mergePass, Pace, whole, type Sliced } from './pace';

export interface Span {
  /** Token indexes, end exclusive. */
  start: number;
  end: number;
  type: EntityType;
  /** Typed by the layout of its line (a dateline): article-wide voting must not change it. */
  fixed?: boolean;
}

const lowerWords = new WeakMap<readonly Token[], ReadonlySet<string>>();

/**
 * Whether the article also writes `word` in lower case ("winter", "dealers"): then a capital on it
 * says nothing. The article's lower-case words are collected once per token list, for every step.
 */
export function writtenLower(tokens: readonly Token[], word: string): boolean {
  return (lowerWords.get(tokens) ?? whole(lowerWordsPass(tokens, new Pace()))).has(word.toLowerCase());
}

function* lowerWordsPass(tokens: readonly Token[], pace: Pace): Sliced<ReadonlySet<string>> {
  const set = new Set<string>();
  for (const t of tokens) {
    if (pace.spend()) yield;
    const c = t.text.charCodeAt(0);
    if ((c >= 97 && c <= 122) || (c >= 128 && /^\p{Ll}/u.test(t.text))) set.add(t.text);
  }
  lowerWords.set(tokens, set);
  return set;
}

const tokenLines = new WeakMap<readonly Token[], Uint32Array>();

/**
 * The line of each token (line breaks before it), counted once per token list: then "on the same
 * line" is one comparison, where searching the text for the next line break from every token was
 * quadratic on a page with no line breaks.
 */
export function lineOf(tokens: readonly Token[], text: string): Uint32Array {
  return tokenLines.get(tokens) ?? whole(linesPass(tokens, text, new Pace()));
}

function* linesPass(tokens: readonly Token[], text: string, pace: Pace): Sliced<Uint32Array> {
  const lines = new Uint32Array(tokens.length);
  let line = 0;
  let newline = text.indexOf('\n');
  for (let k = 0; k < tokens.length; k++) {
    if (pace.spend()) yield;
    const start = tokens[k]!.start;
    while (newline >= 0 && newline < start) {
      line++;
      newline = text.indexOf('\n', newline + 1);
    }
    lines[k] = line;
  }
  tokenLines.set(tokens, lines);
  return lines;
}

/** Builds what writtenLower() and lineOf() look up, in slices, before the steps that use them. */
export function* articleIndexPass(tokens: readonly Token[], text: string, pace: Pace): Sliced<void> {
  yield* lowerWordsPass(tokens, pace);
  yield* linesPass(tokens, text, pace);
}

/**
 * Names are never longer than this many words. Steps that look for a known name from every word of
 * the article look no further, so a page's endless run of capitalised words costs linear time.
 */
export const LONGEST_NAME = 16;

/**
 * No span is longer than this many tokens: a longer run of capitals is a page's furniture or a
 * hostile page, not a name. Every step that builds a span keeps to it, so no step spends more
 * than this on one span at once (and a rejected run is looked at again a bounded number of times).
 */
export const LONGEST_SPAN = 4 * LONGEST_NAME;

/** Which tokens some span already holds: 1 at each covered index. */
export function* coverage(length: number, spans: readonly Span[], pace: Pace): Sliced<Uint8Array> {
  const covered = new Uint8Array(length);
  for (const s of spans) {
    if (pace.spend()) yield;
    covered.fill(1, s.start, s.end);
  }
  return covered;
}

/** `[...spans, ...added]` in order of start, as a sliced pass (see mergePass). */
export function withSpans(spans: readonly Span[], added: readonly Span[], pace: Pace): Sliced<Span[]> {
  return mergePass(spans, added, (a, b) => a.start - b.start, pace);
}

const w = (s: string): Set<string> => new Set(s.split(' '));

export const MONTHS_DAYS = w(
  'January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday',
);

/** Words that introduce a person's name and are not part of it. */
export const TITLES = w(
  'Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Prof Prof. Sir Dame Lord Lady President Vice Senator Sen. Rep. Representative Gov. Governor Minister Prime Chancellor Secretary CEO CFO CTO COO Chief Executive Officer King Queen Prince Princess Pope General Gen. Judge Justice Chairman Chairwoman Chair Mayor Director Founder Co-founder Cofounder Commissioner Ambassador Coach Captain Capt. Lt. Col. Sgt. Rev. Father Sister Brother Bishop Cardinal Sheikh Emir Sultan Deputy Speaker Leader Professor Analyst Economist Spokesperson Spokesman Spokeswoman Attorney Inspector Officer Detective Agent Saint St. Uncle Aunt Madame Monsieur Herr Frau Senor Señor Don Dona',
);

/** Last words that make a name an organization. */
export const ORG_SUFFIX = w(
  'Inc Inc. Incorporated Corp Corp. Corporation Co Co. Company Ltd Ltd. Limited LLC LLC. PLC Plc plc LP AG SA NV SE GmbH Group Holdings Holding Bank Bancorp Technologies Technology Systems Partners Capital Ventures Airlines Airways Motors Labs Laboratories Pharmaceuticals Therapeutics Energy Industries Enterprises Solutions Networks Media Studios Entertainment Foundation Fund Trust Institute University College School Academy Agency Department Ministry Council Commission Committee Party Association Federation League Club Union Parliament Congress Senate Assembly Court Reserve Authority Office Service Services Board Bureau Administration Coalition Alliance Society Organisation Organization Network News Times Post Journal Herald Tribune Gazette Press Magazine Review Telegraph Guardian Mail Express Records Pictures Foods Brands Stores Electric Electronics Motor Oil Gas Petroleum Mining Steel Chemicals Insurance Securities Exchange Investments Management Advisors Consulting Hospital Clinic Police Army Navy Force Forces Guard Command Cabinet Government Bureau Centre Center Institution Museum Orchestra Team United City Rovers Wanderers Athletic Athletics AI Robotics Semiconductor Semiconductors Software Aerospace Automotive Logistics Dynamics Analytics Biosciences Biotech Pharma Renewables Mobility Payments Microsystems Devices Instruments Materials Minerals Resources Retail Realty Properties Bancshares Financial Airline Shipping Telecom Communications Interactive Robotic Computing Batteries',
);

/** First words that make a name an organization. */
export const ORG_HEAD = w(
  'Department Ministry University Bank Office Institute School College Bureau Agency Commission Committee Council Board Federation Association Society Academy Royal National Federal European International World United Central State Supreme House Senate Museum Centre Center Church Order Party Friends Campaign Union League Fund Foundation Organization Organisation Court',
);

export const PLACE_HEAD = w(
  'Lake Mount Mt. Gulf Cape Port Fort Isle Isla Lago Monte Rio San Santa Saint St. North South East West New Upper Lower Greater',
);
export const PLACE_SUFFIX = w(
  'City County Province State Island Islands Street Avenue Road Valley River Sea Ocean Bay Strait Peninsula Mountains Mountain Hills Desert Canyon Coast Region Republic Kingdom Emirates Square Park Heights Beach Falls Lake Harbour Harbor Canal Channel Borough District Township Village',
);

const CONNECTORS = w('of for and & de del della da di do dos das van von der den la le du al el bin ibn y');
const CAN_FOLLOW_OF = w('the');
/** Heads of long official names, where "and" stays inside the name. */
const AND_HEADS = w(
  'Department Ministry Office Institute School Bureau Agency Commission Committee Council Board Society Association Centre Center Faculty College University Museum Secretary',
);

/** Capitalised acronyms of common things, not names. */
const COMMON_ACRONYMS = w(
  'AI CEO CFO CTO COO CIO GDP IPO TV PC OK AM PM GMT UTC BST EST PST USD EUR GBP GW MW KW GWh MWh TWh CO2 PhD MBA FAQ DIY PR HR IT ID VIP ETA RSS PDF URL API APIs SDK GPU GPUs CPU CPUs LLM LLMs ESG EV EVs IoT AR VR UK-based DNA RNA COVID FY Q1 Q2 Q3 Q4 H1 H2 YoY LNG OPEC',
);

const ARTICLES = w('The A An This That These Those Its Their His Her Our My Your');

export function isNamey(t: string): boolean {
  const c = t.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128 && !(c >= 97 && c <= 122)) return false;
  if (c >= 128 && /^\p{Lu}/u.test(t)) return true;
  // Lower-case ASCII start: a name only with a capital inside.
  let upper = false;
  for (let i = 1; i < t.length && !upper; i++) {
    const d = t.charCodeAt(i);
    upper = (d >= 65 && d <= 90) || d >= 128;
  }
  if (!upper) return false;
  // camelCase brands that start lower case (iPhone, eBay) and prefixed names (al-Assad, bin-Salman).
  return /^\p{Ll}{1,3}\p{Lu}/u.test(t) || /^(al|el|bin|ibn|de|van|von|d|l)[-'’]\p{Lu}/u.test(t);
}

function hasDigit(t: string): boolean {
  return /\d/.test(t);
}

export function isAcronym(t: string): boolean {
  return /^\p{Lu}[\p{Lu}&.]*\p{Lu}\.?$/u.test(t) && t.length <= 6;
}

/** A word with no evidence of being a name: lower-case common, or shaped like one. */
export function isCommonWord(t: string): boolean {
  const lex = lexicon();
  const l = t.toLowerCase();
  if (lex.common.has(l)) return true;
  if (
    l.length > 5 &&
    /(ly|ing|ed|tion|tions|ness|ment|ments|ity|ies|ous|ive|al|ful|less|able)$/.test(l) &&
    !lex.person.has(t) &&
    !lex.place.has(t)
  )
    return true;
  return false;
}

function smallNumber(t: string): boolean {
  return /^\d{1,3}[A-Za-z]?$/.test(t);
}

/** Finds candidate names in tokens. */
export function ruleSpans(tokens: Token[], text: string): Span[] {
  return whole(ruleSpansPass(tokens, text, new Pace()));
}

export function* ruleSpansPass(tokens: Token[], text: string, pace: Pace): Sliced<Span[]> {
  const spans: Span[] = [];
  const n = tokens.length;
  let i = 0;
  while (i < n) {
    if (pace.spend()) yield;
    const t = tokens[i]!;
    if (!isNamey(t.text)) {
      i++;
      continue;
    }
    let j = i + 1;
    // The run's first word after its leading articles ("Bank" of "The Bank of England"): the
    // search goes on from where it stopped, not from the run's start at every connector.
    let head = i;
    while (j < n) {
      if (pace.spend()) yield;
      const u = tokens[j]!;
      if (u.sentStart || text.charCodeAt(tokens[j - 1]!.end) === 10) break;
      if (isNamey(u.text) && !MONTHS_DAYS.has(u.text)) {
        j++;
        continue;
      }
      const next = tokens[j + 1];
      if (CONNECTORS.has(u.text) && next && !next.sentStart) {
        while (head < j - 1 && ARTICLES.has(tokens[head]!.text)) head++;
        if (allowConnector(tokens, head, j)) {
          if (isNamey(next.text) && !MONTHS_DAYS.has(next.text)) {
            j += 2;
            continue;
          }
          const next2 = tokens[j + 2];
          if ((u.text === 'of' || u.text === 'for') && CAN_FOLLOW_OF.has(next.text) && next2 && isNamey(next2.text)) {
            j += 3;
            continue;
          }
        }
      }
      if (smallNumber(u.text) && !MONTHS_DAYS.has(tokens[j - 1]!.text) && !hasDigit(tokens[j - 1]!.text)) {
        const after = tokens[j + 1]?.text ?? '';
        if (!/^(%|percent|per|million|billion|trillion|years?|months?|days?|hours?|am|pm|a\.m\.|p\.m\.)$/i.test(after)) {
          j++;
        }
      }
      break;
    }
    if (j - i > LONGEST_SPAN) {
      i = j;
      continue;
    }
    if (pace.spend(j - i)) yield;
    const span = trim(tokens, i, j);
    if (span) spans.push(span);
    else if (
      j - i > 2 &&
      !tokens.slice(i, j).every((t) => CONNECTORS.has(t.text) || ARTICLES.has(t.text) || t.text === 'the' || isCommonWord(t.text))
    ) {
      // A rejected phrase can still hold names: look again at the words after its first connector.
      let k = i + 1;
      while (k < j && !CONNECTORS.has(tokens[k]!.text)) k++;
      if (k < j) {
        const head = trim(tokens, i, k);
        if (head) spans.push(head);
        i = k + 1;
        continue;
      }
    }
    i = j;
  }
  return spans;
}

/** Whether connector j continues a run whose first word after its articles is `h`. */
function allowConnector(tokens: Token[], h: number, j: number): boolean {
  const c = tokens[j]!.text;
  const head = tokens[h]!.text;
  if (c === '&') return true;
  // "Department for Energy Security and Net Zero" but not "Microsoft and Google" or "Right of First Refusal for SoftBank".
  if (c === 'and' || c === 'for') return AND_HEADS.has(head) || ORG_HEAD.has(head);
  if (c === 'of') {
    const left = tokens[j - 1]!.text;
    const lex = lexicon();
    // "Smith of Goldman Sachs": a surname is not the head of an "of" name.
    if (
      lex.person.has(left) &&
      !isCommonWord(left) &&
      !lex.place.has(left) &&
      !ORG_SUFFIX.has(left) &&
      !ORG_HEAD.has(left) &&
      !PLACE_SUFFIX.has(left)
    )
      return false;
    return true;
  }
  // Particles ("de", "van", "al") join two capitalised words only.
  return isNamey(tokens[j - 1]!.text);
}

function trim(tokens: Token[], i: number, j: number): Span | null {
  let titled = false;
  // Leading articles, sentence-initial common words, titles, month and day names.
  while (i < j) {
    const t = tokens[i]!;
    if (ARTICLES.has(t.text) || MONTHS_DAYS.has(t.text) || t.text === 'I') {
      i++;
      continue;
    }
    if (TITLES.has(t.text) && i + 1 < j && isNamey(tokens[i + 1]!.text)) {
      titled = true;
      i++;
      continue;
    }
    if (t.sentStart && isCommonWord(t.text) && !isAcronym(t.text) && !isStrongName(t.text)) {
      i++;
      continue;
    }
    break;
  }
  while (j > i && (CONNECTORS.has(tokens[j - 1]!.text) || MONTHS_DAYS.has(tokens[j - 1]!.text) || tokens[j - 1]!.text === 'the')) j--;
  if (i >= j) return null;
  // Connectors must now be inside: re-check that the first token is a name word.
  if (!isNamey(tokens[i]!.text)) return null;
  const words = tokens.slice(i, j).map((t) => t.text);
  if (words.length === 1) {
    const one = words[0]!;
    if (COMMON_ACRONYMS.has(one) || TITLES.has(one)) return null;
  }
  // A run of only common words joined by "of"/"for" is a capitalised phrase ("Right of First Refusal"),
  // unless an organization word heads or ends it.
  const nameWords = words.filter((x) => !CONNECTORS.has(x) && x !== 'the');
  if (
    nameWords.every((x) => isCommonWord(x) && !isAcronym(x)) &&
    !ORG_HEAD.has(words[0]!) &&
    !ORG_SUFFIX.has(words[words.length - 1]!) &&
    (words.length !== nameWords.length || (tokens[i]!.sentStart && words.length > 1))
  )
    return null;
  return { start: i, end: j, type: classify(tokens, i, j, titled) };
}

function isStrongName(t: string): boolean {
  const lex = lexicon();
  return lex.place.has(t) || lex.org.has(t) || lex.brand.has(t);
}

/** Types a span by its words, the word before it and the gazetteers. */
export function classify(tokens: Token[], i: number, j: number, titled: boolean): EntityType {
  const lex = lexicon();
  const words = tokens.slice(i, j).map((t) => t.text);
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const full = words.join(' ');
  const prev = i > 0 ? tokens[i - 1]!.text : '';
  if (titled || (TITLES.has(prev) && /^\p{Lu}/u.test(prev))) return 'person';
  if (ORG_SUFFIX.has(last) && words.length > 1) return 'organization';
  if (lex.place.has(full)) return 'place';
  if (lex.org.has(full)) return 'organization';
  if (words.some(hasDigit)) return 'product';
  if (ORG_HEAD.has(first) && words.length > 1) return 'organization';
  if (words.length > 1 && (PLACE_HEAD.has(first) || PLACE_SUFFIX.has(last))) return 'place';
  if (lex.brand.has(full)) return /^\p{Ll}/u.test(full) ? 'product' : 'organization';
  if (
    words.length >= 2 &&
    words.length <= 4 &&
    lex.person.has(first) &&
    words.every((x) => /^\p{Lu}\p{Ll}/u.test(x) || /^\p{Lu}\.$/u.test(x) || CONNECTORS.has(x))
  )
    return 'person';
  if (words.length === 1 && (isAcronym(first) || /\p{Ll}\p{Lu}/u.test(first))) return 'organization';
  return 'other';
}

/** Nationality and group adjectives: names of a kind Gloss types "other", never place or person. */
export const DEMONYMS = w(
  'Afghan Albanian Algerian American Andorran Angolan Argentine Argentinian Armenian Australian Austrian Azerbaijani Azeri Bahraini Bangladeshi Belarusian Belgian Bolivian Bosnian Brazilian British Briton Britons Bulgarian Burmese Burundian Cambodian Cameroonian Canadian Chadian Chilean Chinese Colombian Congolese Croatian Cuban Cypriot Czech Danish Dutch Ecuadorean Ecuadorian Egyptian Emirati English Eritrean Estonian Ethiopian European Filipino Finnish French Gabonese Georgian German Ghanaian Greek Guatemalan Guinean Haitian Honduran Hungarian Icelandic Indian Indonesian Iranian Iraqi Irish Israeli Italian Ivorian Jamaican Japanese Jordanian Kazakh Kenyan Korean Kosovar Kurdish Kuwaiti Kyrgyz Lao Latvian Lebanese Liberian Libyan Lithuanian Macedonian Malagasy Malawian Malaysian Malian Maltese Mexican Moldovan Mongolian Montenegrin Moroccan Mozambican Namibian Nepali Nepalese Nicaraguan Nigerian Nigerien Norwegian Omani Pakistani Palestinian Panamanian Paraguayan Persian Peruvian Polish Portuguese Qatari Romanian Russian Rwandan Saudi Scottish Senegalese Serb Serbian Sierra Slovak Slovenian Somali Spanish Sudanese Swedish Swiss Syrian Taiwanese Tajik Tanzanian Thai Tibetan Togolese Tunisian Turkish Turkmen Ugandan Ukrainian Uruguayan Uzbek Venezuelan Vietnamese Welsh Yemeni Yugoslav Zambian Zimbabwean Asian African Arab Arabic Latin Nordic Scandinavian Soviet Western Eastern Baltic Balkan Caribbean Muslim Christian Catholic Protestant Jewish Hindu Buddhist Sikh Sunni Shia Shiite Democrat Democrats Republican Republicans Democratic Conservative Labour Socialist Communist Liberal Islamist Jihadist Kurd Kurds Palestinians Israelis Americans Europeans Germans Russians Chinese Africans Arabs Muslims Christians Jews Hindus Sikhs Serbs Croats Bosnians Albanians Afghans Iraqis Iranians Syrians Pakistanis Indians Japanese Koreans Brazilians Mexicans Canadians Australians Britons Scots Welsh Irish Poles Czechs Turks Greeks Italians Spaniards French Dutch Swedes Norwegians Danes Finns Swiss Austrians Belgians Ukrainians Israeli',
);
