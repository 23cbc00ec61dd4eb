// Word lists for the figure grammar (figures/). Kept apart so the grammar reads as grammar.
// Lookups are by lower-cased word unless a table says it is case-sensitive. Units themselves are declared
// in core/units/table.ts, with what cards say of them; UNITS below is the recognizer's view of that table.
import { DURATIONS, measures, type Spellings } from '../units/table';

/** Number words below twenty ("seven", "nineteen"): the words a written number starts with. */
export const SMALL: Readonly<Record<string, number>> = {
  zero: 0,
  nought: 0,
  naught: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

/** Tens ("forty", and the common misspelling "fourty"), which a SMALL word may follow ("forty-two"). */
export const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/**
 * Scale words after a number, spaced ("2 million", "three lakh crore", "5 bn"). The short ones are also in
 * GLUED_SCALES, kept apart because glued letters are case-sensitive and some need a currency in front.
 */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  crores: 1e7,
  bn: 1e9,
  bln: 1e9,
  mn: 1e6,
  mln: 1e6,
  tn: 1e12,
  tln: 1e12,
  trn: 1e12,
};

/**
 * Plural scale words that only count before "of" ("hundreds of billions"); alone they are no number. Each
 * stands for a range, `[least, most]` of what the word counts: "hundreds" is 100 to 999, so "hundreds of
 * billions" is 100 to 999 billion. The least is the word's own value, the most the largest number that is
 * still said with it (past 999 a writer says "thousands"). "dozens" stops below a hundred for the same
 * reason: more than that is "hundreds" in news prose.
 */
export const PLURAL_SCALE_RANGES: Readonly<Record<string, readonly [number, number]>> = {
  tens: [10, 99],
  dozens: [12, 99],
  hundreds: [100, 999],
  thousands: [1e3, 9999],
  millions: [1e6, 1e7 - 1],
  billions: [1e9, 1e10 - 1],
  trillions: [1e12, 1e13 - 1],
};

/** The least of each plural scale word ("hundreds" -> 100). */
export const PLURAL_SCALES: Readonly<Record<string, number>> = Object.fromEntries(
  Object.entries(PLURAL_SCALE_RANGES).map(([word, [least]]) => [word, least]),
);

/**
 * Letters glued to digits that scale them ("$449m", "£8.2bn", "10k"), matched as written. The boolean says
 * whether the suffix needs a currency in front: a bare "5m" is five metres and a bare "4K" a screen resolution.
 */
export const GLUED_SCALES: ReadonlyMap<string, readonly [number, boolean]> = new Map([
  ['k', [1e3, false]],
  ['K', [1e3, true]],
  ['m', [1e6, true]],
  ['M', [1e6, false]],
  ['mn', [1e6, false]],
  ['mln', [1e6, false]],
  ['mil', [1e6, false]],
  ['MM', [1e6, false]],
  ['mm', [1e6, true]],
  ['b', [1e9, false]],
  ['B', [1e9, true]],
  ['bn', [1e9, false]],
  ['Bn', [1e9, false]],
  ['bln', [1e9, false]],
  ['tn', [1e12, false]],
  ['trn', [1e12, false]],
  ['tln', [1e12, false]],
  ['T', [1e12, true]],
  ['tr', [1e12, true]],
]);

/** Denominators of spoken fractions: "two-thirds", "a quarter", "five eighths". */
export const DENOMS: Readonly<Record<string, number>> = {
  half: 2,
  third: 3,
  thirds: 3,
  fourth: 4,
  fourths: 4,
  quarter: 4,
  quarters: 4,
  fifth: 5,
  fifths: 5,
  sixth: 6,
  sixths: 6,
  seventh: 7,
  sevenths: 7,
  eighth: 8,
  eighths: 8,
  ninth: 9,
  ninths: 9,
  tenth: 10,
  tenths: 10,
  eleventh: 11,
  elevenths: 11,
  twelfth: 12,
  twelfths: 12,
  thirteenth: 13,
  thirteenths: 13,
  fourteenth: 14,
  fourteenths: 14,
  fifteenth: 15,
  fifteenths: 15,
  sixteenth: 16,
  sixteenths: 16,
  seventeenth: 17,
  seventeenths: 17,
  eighteenth: 18,
  eighteenths: 18,
  nineteenth: 19,
  nineteenths: 19,
  twentieth: 20,
  twentieths: 20,
  thirtieth: 30,
  thirtieths: 30,
  fortieth: 40,
  fortieths: 40,
  fiftieth: 50,
  fiftieths: 50,
  sixtieth: 60,
  sixtieths: 60,
  seventieth: 70,
  seventieths: 70,
  eightieth: 80,
  eightieths: 80,
  ninetieth: 90,
  ninetieths: 90,
  hundredth: 100,
  hundredths: 100,
  thousandth: 1e3,
  thousandths: 1e3,
  millionth: 1e6,
  millionths: 1e6,
  billionth: 1e9,
  billionths: 1e9,
  trillionth: 1e12,
  trillionths: 1e12,
};

/** Vulgar fraction characters, alone ("½ cup") or after digits ("2¾"). */
export const UNICODE_FRACTIONS: Readonly<Record<string, number>> = {
  '½': 1 / 2,
  '⅓': 1 / 3,
  '⅔': 2 / 3,
  '¼': 1 / 4,
  '¾': 3 / 4,
  '⅕': 1 / 5,
  '⅛': 1 / 8,
  '⅜': 3 / 8,
  '⅝': 5 / 8,
  '⅞': 7 / 8,
};

/** Month names; "may" and "march" are words too, so those two count only when capitalised. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

// ---- currencies ----
// What each code is called on a card is in core/units/info.ts (CURRENCIES); the unit test checks that every
// code these lists can produce has an entry there.

/** Currency signs before (or, for 元 and 円, after) a number, to their ISO code. */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  $: 'USD',
  '£': 'GBP',
  '€': 'EUR',
  '¥': 'JPY',
  '₹': 'INR',
  '₩': 'KRW',
  '₽': 'RUB',
  '₺': 'TRY',
  '₦': 'NGN',
  '₱': 'PHP',
  '₪': 'ILS',
  '₫': 'VND',
  '₴': 'UAH',
  '₡': 'CRC',
  '₾': 'GEL',
  '₭': 'LAK',
  '฿': 'THB',
  元: 'CNY',
  円: 'JPY',
  ரூ: 'LKR',
};

/** Letters in front of "$" that say whose dollar it is ("US$", "C$", "HK$"), keyed lower-case without dots. */
export const DOLLAR_PREFIXES: Readonly<Record<string, string>> = {
  us: 'USD',
  a: 'AUD',
  au: 'AUD',
  aud: 'AUD',
  c: 'CAD',
  ca: 'CAD',
  can: 'CAD',
  hk: 'HKD',
  nz: 'NZD',
  s: 'SGD',
  sg: 'SGD',
  nt: 'TWD',
  r: 'BRL',
  mx: 'MXN',
};

/** ISO codes written next to a number ("USD 5 million", "300 EUR"); upper case only. */
export const ISO_CODES: ReadonlySet<string> = new Set(
  (
    'USD EUR GBP JPY CNY RMB INR CHF CAD AUD HKD SGD KRW RUB BRL MXN ZAR SEK NOK DKK PLN TRY SAR AED NZD ILS THB ' +
    'IDR MYR PHP VND NGN EGP PKR BDT TWD CZK HUF ARS CLP COP KES UAH QAR KWD'
  ).split(' '),
);

/**
 * Currency words after a number. `sub` marks a hundredth of the currency (cents, pence). `iso` is the
 * currency when nothing qualifies the word; qualifiers ("australian dollars") pick another.
 */
export interface CurrencyWord {
  iso: string;
  sub?: boolean;
  /** Counts as money only after a scale word ("361 million pounds"); otherwise it is a unit. */
  weak?: boolean;
}
export const CURRENCY_WORDS: Readonly<Record<string, CurrencyWord>> = {
  dollar: { iso: 'USD' },
  dollars: { iso: 'USD' },
  euro: { iso: 'EUR' },
  euros: { iso: 'EUR' },
  pound: { iso: 'GBP', weak: true },
  pounds: { iso: 'GBP', weak: true },
  sterling: { iso: 'GBP' },
  yen: { iso: 'JPY' },
  yuan: { iso: 'CNY' },
  renminbi: { iso: 'CNY' },
  rmb: { iso: 'CNY' },
  rupee: { iso: 'INR' },
  rupees: { iso: 'INR' },
  franc: { iso: 'CHF' },
  francs: { iso: 'CHF' },
  peso: { iso: 'MXN' },
  pesos: { iso: 'MXN' },
  won: { iso: 'KRW' },
  rouble: { iso: 'RUB' },
  roubles: { iso: 'RUB' },
  ruble: { iso: 'RUB' },
  rubles: { iso: 'RUB' },
  riyal: { iso: 'SAR' },
  riyals: { iso: 'SAR' },
  dirham: { iso: 'AED' },
  dirhams: { iso: 'AED' },
  rand: { iso: 'ZAR' },
  lira: { iso: 'TRY' },
  liras: { iso: 'TRY' },
  shekel: { iso: 'ILS' },
  shekels: { iso: 'ILS' },
  naira: { iso: 'NGN' },
  reais: { iso: 'BRL' },
  krona: { iso: 'SEK' },
  kronor: { iso: 'SEK' },
  krone: { iso: 'NOK' },
  kroner: { iso: 'NOK' },
  zloty: { iso: 'PLN' },
  zlotys: { iso: 'PLN' },
  baht: { iso: 'THB' },
  ringgit: { iso: 'MYR' },
  rupiah: { iso: 'IDR' },
  dong: { iso: 'VND' },
  markka: { iso: 'FIM' },
  markkaa: { iso: 'FIM' },
  peseta: { iso: 'ESP' },
  pesetas: { iso: 'ESP' },
  guilder: { iso: 'NLG' },
  guilders: { iso: 'NLG' },
  bitcoin: { iso: 'BTC' },
  bitcoins: { iso: 'BTC' },
  cent: { iso: 'USD', sub: true },
  cents: { iso: 'USD', sub: true },
  penny: { iso: 'GBP', sub: true },
  pence: { iso: 'GBP', sub: true },
  pennies: { iso: 'GBP', sub: true },
};

/** Words before a currency word that name whose currency it is ("hong kong dollars"). */
export const CURRENCY_QUALIFIERS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  us: { dollar: 'USD' },
  'u.s.': { dollar: 'USD' },
  american: { dollar: 'USD' },
  australian: { dollar: 'AUD' },
  canadian: { dollar: 'CAD' },
  'hong kong': { dollar: 'HKD' },
  'new zealand': { dollar: 'NZD' },
  singapore: { dollar: 'SGD' },
  taiwan: { dollar: 'TWD' },
  'new taiwan': { dollar: 'TWD' },
  swiss: { franc: 'CHF' },
  french: { franc: 'FRF' },
  cfa: { franc: 'XOF' },
  belgian: { franc: 'BEF' },
  indian: { rupee: 'INR' },
  pakistani: { rupee: 'PKR' },
  'sri lankan': { rupee: 'LKR' },
  nepalese: { rupee: 'NPR' },
  mexican: { peso: 'MXN' },
  argentine: { peso: 'ARS' },
  argentinian: { peso: 'ARS' },
  philippine: { peso: 'PHP' },
  chilean: { peso: 'CLP' },
  colombian: { peso: 'COP' },
  british: { pound: 'GBP' },
  egyptian: { pound: 'EGP' },
  swedish: { krona: 'SEK' },
  norwegian: { krone: 'NOK' },
  danish: { krone: 'DKK' },
  turkish: { lira: 'TRY' },
  japanese: { yen: 'JPY' },
  chinese: { yuan: 'CNY' },
  dutch: { guilder: 'NLG' },
  finnish: { markka: 'FIM' },
  spanish: { peseta: 'ESP' },
  south: {},
  'south african': { rand: 'ZAR' },
  saudi: { riyal: 'SAR' },
};

/** The singular a currency word is keyed by in CURRENCY_QUALIFIERS ("kronor" -> "krona"). */
export function currencyStem(word: string): string {
  if (word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word === 'kronor') return 'krona';
  if (word === 'kroner') return 'krone';
  if (word === 'markkaa') return 'markka';
  return word.endsWith('s') && word !== 'reais' ? word.slice(0, -1) : word;
}

// ---- units ----

/** A unit as the grammar reads it after a number; its spellings are those of core/units/table.ts. */
export interface UnitDef extends Spellings {
  unit: string;
  /** 'q' a quantity ("5 km"), 'd' a duration ("18 months"). */
  kind: 'q' | 'd';
}

/** Every unit with a spelling in the one unit table (those without are only for cards to restate others in). */
export const UNITS: readonly UnitDef[] = [
  ...DURATIONS.map(({ symbol, ...spellings }): UnitDef => ({ unit: symbol, kind: 'd', ...spellings })),
  ...measures().flatMap(({ units }) =>
    units.flatMap(({ symbol, words, symbols, glued }): UnitDef[] => (words ? [{ unit: symbol, kind: 'q', words, symbols, glued }] : [])),
  ),
];

/**
 * Units money can be priced in after "a": "$80 a barrel" (not "a share", not "a year earlier"). A question of
 * grammar rather than of the unit, so it stays here; the unit test checks each is a unit of the table.
 */
export const PRICE_A_UNITS: ReadonlySet<string> = new Set([
  'bbl',
  't',
  'oz',
  'gal',
  'L',
  'kg',
  'lb',
  'MWh',
  'kWh',
  'GWh',
  'TWh',
  'sq ft',
  'acre',
  'ha',
  'g',
]);

/**
 * Capitalised words that may stand before a number without making it part of a name ("In 2020", "About 300").
 * Any other capitalised word right before a bare number makes the number a name part ("Windows 11").
 */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set(
  (
    'a an the in on at by for from to of with since until till through over under about around roughly nearly ' +
    'almost approximately some only just more less fewer than up down between and but or nor so yet after ' +
    'before during within into across among all another every each both those these this that its their his ' +
    'her our my your least most maybe perhaps then now today yesterday last next like as if when while where ' +
    'although though because unlike including plus minus circa even still also already barely per via against ' +
    'toward towards despite beyond without upon onto outside inside near past worth cost costs top see page ' +
    'pages estimated exactly fully whereas whether which who what why how there here it he she they we you i ' +
    'said says say added notes note total totals totaling totalling sold bought paid raised rose fell lost ' +
    'gained grew earned spent hit reached reaching are is was were be been has have had do does did will ' +
    'would could should may might must can'
  ).split(' '),
);
