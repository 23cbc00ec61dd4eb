// What a unit is, for the card of a bare unit name ("mcg", "mph", "the dollar"): its name, what it
// measures and a line restating it in units a reader knows, computed from the factors in table.ts.
import { lookup } from './lookup';
import type { Quantity } from './table';

export interface UnitInfo {
  /** Unit as Gloss writes it: 'µg', 'mph', 'USD'. */
  symbol: string;
  /** Long name, singular, lower case unless a proper name: 'microgram', 'mile per hour', 'US dollar'. */
  name: string;
  /** What it measures: 'mass', 'length', 'speed', 'energy', 'power', 'data', 'currency', ... */
  measures: string;
  /**
   * One line a reader understands, or null when nothing useful can be said: '1 mph = 1.609 km/h'.
   * Currencies say whose currency it is, never a rate: rates change and Gloss works offline.
   */
  definition: string | null;
}

/** code -> name, definition. Former currencies say what replaced them, so an old article still reads right. */
const CURRENCIES: Readonly<Record<string, readonly [name: string, definition: string | null]>> = {
  USD: ['US dollar', 'currency of the United States'],
  EUR: ['euro', 'currency of most of the European Union'],
  GBP: ['pound sterling', 'currency of the United Kingdom'],
  JPY: ['Japanese yen', 'currency of Japan'],
  CNY: ['Chinese yuan', 'currency of China, also called the renminbi'],
  RMB: ['renminbi', 'currency of China, whose unit is the yuan (ISO code CNY)'],
  INR: ['Indian rupee', 'currency of India'],
  CHF: ['Swiss franc', 'currency of Switzerland'],
  CAD: ['Canadian dollar', 'currency of Canada'],
  AUD: ['Australian dollar', 'currency of Australia'],
  HKD: ['Hong Kong dollar', 'currency of Hong Kong'],
  SGD: ['Singapore dollar', 'currency of Singapore'],
  KRW: ['South Korean won', 'currency of South Korea'],
  RUB: ['Russian rouble', 'currency of Russia'],
  BRL: ['Brazilian real', 'currency of Brazil'],
  MXN: ['Mexican peso', 'currency of Mexico'],
  ZAR: ['South African rand', 'currency of South Africa'],
  SEK: ['Swedish krona', 'currency of Sweden'],
  NOK: ['Norwegian krone', 'currency of Norway'],
  DKK: ['Danish krone', 'currency of Denmark'],
  PLN: ['Polish zloty', 'currency of Poland'],
  TRY: ['Turkish lira', 'currency of Turkey'],
  SAR: ['Saudi riyal', 'currency of Saudi Arabia'],
  AED: ['UAE dirham', 'currency of the United Arab Emirates'],
  NZD: ['New Zealand dollar', 'currency of New Zealand'],
  ILS: ['Israeli new shekel', 'currency of Israel'],
  THB: ['Thai baht', 'currency of Thailand'],
  IDR: ['Indonesian rupiah', 'currency of Indonesia'],
  MYR: ['Malaysian ringgit', 'currency of Malaysia'],
  PHP: ['Philippine peso', 'currency of the Philippines'],
  VND: ['Vietnamese dong', 'currency of Vietnam'],
  NGN: ['Nigerian naira', 'currency of Nigeria'],
  EGP: ['Egyptian pound', 'currency of Egypt'],
  PKR: ['Pakistani rupee', 'currency of Pakistan'],
  BDT: ['Bangladeshi taka', 'currency of Bangladesh'],
  TWD: ['New Taiwan dollar', 'currency of Taiwan'],
  CZK: ['Czech koruna', 'currency of the Czech Republic'],
  HUF: ['Hungarian forint', 'currency of Hungary'],
  ARS: ['Argentine peso', 'currency of Argentina'],
  CLP: ['Chilean peso', 'currency of Chile'],
  COP: ['Colombian peso', 'currency of Colombia'],
  KES: ['Kenyan shilling', 'currency of Kenya'],
  UAH: ['Ukrainian hryvnia', 'currency of Ukraine'],
  QAR: ['Qatari riyal', 'currency of Qatar'],
  KWD: ['Kuwaiti dinar', 'currency of Kuwait'],
  CRC: ['Costa Rican colón', 'currency of Costa Rica'],
  GEL: ['Georgian lari', 'currency of Georgia'],
  LAK: ['Lao kip', 'currency of Laos'],
  LKR: ['Sri Lankan rupee', 'currency of Sri Lanka'],
  NPR: ['Nepalese rupee', 'currency of Nepal'],
  XOF: ['West African CFA franc', 'currency shared by eight West African states'],
  FRF: ['French franc', 'former currency of France, replaced by the euro'],
  BEF: ['Belgian franc', 'former currency of Belgium, replaced by the euro'],
  FIM: ['Finnish markka', 'former currency of Finland, replaced by the euro'],
  ESP: ['Spanish peseta', 'former currency of Spain, replaced by the euro'],
  NLG: ['Dutch guilder', 'former currency of the Netherlands, replaced by the euro'],
  BTC: ['bitcoin', 'a cryptocurrency, issued by no state'],
};

/** What the unit is, or null when Gloss has no entry for it. */
export function unitInfo(symbol: string): UnitInfo | null {
  // Own keys only: 'constructor' is not a currency.
  const money = Object.hasOwn(CURRENCIES, symbol) ? CURRENCIES[symbol] : undefined;
  if (money) return { symbol, name: money[0], measures: 'currency', definition: money[1] };
  const e = lookup(symbol);
  if (!e) return null;
  return { symbol: e.unit.symbol, name: e.unit.name, measures: e.measure.measures, definition: definition(e.unit) };
}

function definition(unit: Quantity): string | null {
  const terms: string[] = [];
  for (const symbol of unit.see ?? []) {
    const target = lookup(symbol)?.unit;
    if (target && target.factor != null && unit.factor != null) terms.push(term(unit.factor / target.factor, target));
  }
  if (terms.length === 0) return unit.note ?? null;
  const formula = `1 ${unit.symbol} = ${terms.join(' = ')}`;
  if (!unit.note) return formula;
  return formula.includes('(') ? `${formula}; ${unit.note}` : `${formula} (${unit.note})`;
}

/** A unit named after an amount of `n` ("18 months"): plural unless `n` is 1. */
export function pluralUnit(unit: string, n: number): string {
  return n === 1 || unit.endsWith('s') ? unit : `${unit}s`;
}

const FRACTION_WORDS: Readonly<Record<number, string>> = { 3: 'thousandth', 6: 'millionth', 9: 'billionth', 12: 'trillionth' };

/** "0.4536 kg"; a small power of ten also in words, which a reader grasps faster than the zeros. */
function term(ratio: number, { symbol, name }: Quantity): string {
  const exp = Math.round(Math.log10(ratio));
  const word = Math.abs(ratio / 10 ** exp - 1) < 1e-9 ? FRACTION_WORDS[-exp] : undefined;
  // Symbols that are words ("acre", "bit") take a plural like words do.
  const amount = `${num(ratio)} ${symbol === name && ratio !== 1 ? `${symbol}s` : symbol}`;
  if (!word) return amount;
  const phrase = `a ${word} of ${/^[aeiou]/.test(name) ? 'an' : 'a'} ${name}`;
  // Past a millionth the zeros stop being readable at all.
  return exp < -6 ? phrase : `${amount} (${phrase})`;
}

const SCALES: readonly (readonly [number, string])[] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** 4 significant digits (enough to tell 1.609 from 1.6, few enough to read at a glance), never an exponent. */
function num(x: number): string {
  for (const [scale, word] of SCALES) if (x >= scale) return `${num(x / scale)} ${word}`;
  let s = x.toFixed(Math.max(0, 3 - Math.floor(Math.log10(x))));
  if (s.includes('.')) s = s.replace(/\.?0+$/, '');
  const [whole = '', frac] = s.split('.');
  return whole.replace(/\B(?=(\d{3})+$)/g, ',') + (frac ? `.${frac}` : '');
}
