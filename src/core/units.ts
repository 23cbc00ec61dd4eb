// What a unit is, for the card of a bare unit name ("mcg", "mph", "the dollar"). The worker builds cards,
// so this is plain data with no imports: in particular nothing from recognize/, which would pull the whole
// recognizer into every consumer. test/unit/units.test.ts keeps the table in step with the recognizer's
// lexicon instead.

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

/** `value` in the unit is `value * factor + (offset ?? 0)` in `base`. */
export interface BaseFactor {
  factor: number;
  base: string;
  /** Only for scales whose zero is not the base's zero (°C, °F against kelvin). */
  offset?: number;
}

/**
 * symbol, name, factor to the group's base (null: no linear scale), units to restate it in, note.
 * With no units to restate it in, the note is the whole definition, and does not start "1 X =", which is
 * reserved for lines computed from the factors (the unit test checks those against the table).
 */
type Row = readonly [
  symbol: string,
  name: string,
  factor: number | null,
  see: readonly string[],
  note?: string,
  /** Base value at the unit's zero, for scales that do not start at the base's zero: 0 °C is 273.15 K. */
  offset?: number,
];
type Group = readonly [measures: string, base: string, rows: readonly Row[]];

// A function rather than a module-level table: bundlers do not prove arithmetic on constants free of side
// effects, so a table would ship in every bundle that imports this module, used or not.
function groups(): readonly Group[] {
  // Factors are the exact legal definitions where there is one (1 in = 2.54 cm, 1 lb = 0.45359237 kg,
  // 1 US gal = 231 in³), so derived units come out exact too; only the definition line rounds.
  const INCH = 0.0254;
  const FOOT = 0.3048;
  const MILE = 1609.344;
  const POUND = 0.45359237;
  const US_GALLON = 231 * INCH ** 3 * 1000;

  return [
    [
      'length',
      'm',
      [
        ['km', 'kilometre', 1000, ['m', 'mi']],
        ['m', 'metre', 1, ['cm', 'ft']],
        ['dm', 'decimetre', 0.1, ['cm']],
        ['cm', 'centimetre', 0.01, ['mm', 'in']],
        ['mm', 'millimetre', 0.001, ['cm', 'in']],
        ['µm', 'micrometre', 1e-6, ['m'], 'also called a micron'],
        ['nm', 'nanometre', 1e-9, ['m']],
        ['pm', 'picometre', 1e-12, ['m']],
        ['nmi', 'nautical mile', 1852, ['km', 'mi']],
        ['mi', 'mile', MILE, ['km']],
        ['yd', 'yard', 3 * FOOT, ['ft', 'm']],
        ['ft', 'foot', FOOT, ['in', 'cm']],
        ['in', 'inch', INCH, ['cm']],
        // Julian year of 365.25 days, as the IAU defines it.
        ['ly', 'light year', 299_792_458 * 365.25 * 86_400, ['km'], 'the distance light travels in a year'],
      ],
    ],
    [
      'area',
      'm²',
      [
        ['km²', 'square kilometre', 1e6, ['ha', 'sq mi']],
        ['m²', 'square metre', 1, ['sq ft']],
        ['ha', 'hectare', 1e4, ['m²', 'acre']],
        ['acre', 'acre', 43_560 * FOOT ** 2, ['m²', 'ha']],
        ['sq mi', 'square mile', MILE ** 2, ['km²']],
        ['sq ft', 'square foot', FOOT ** 2, ['m²']],
      ],
    ],
    [
      'volume',
      'L',
      [
        ['m³', 'cubic metre', 1000, ['L']],
        ['L', 'litre', 1, ['mL', 'gal'], 'US gallons'],
        ['mL', 'millilitre', 0.001, ['L'], 'the same as a cubic centimetre, cc'],
        ['gal', 'gallon', US_GALLON, ['L'], 'US gallon; a UK gallon is 4.546 L'],
        ['bbl', 'barrel', 42 * US_GALLON, ['L'], 'oil barrel: 42 US gallons'],
        ['cu ft', 'cubic foot', FOOT ** 3 * 1000, ['L']],
      ],
    ],
    [
      'mass',
      'kg',
      [
        ['Gt', 'gigatonne', 1e12, ['t']],
        ['Mt', 'megatonne', 1e9, ['t'], 'for a bomb, the energy of a million tonnes of TNT'],
        ['t', 'tonne', 1000, ['kg'], 'metric ton; a US short ton is 907 kg'],
        ['kg', 'kilogram', 1, ['g', 'lb']],
        ['g', 'gram', 0.001, ['mg', 'oz']],
        ['mg', 'milligram', 1e-6, ['g']],
        ['µg', 'microgram', 1e-9, ['g']],
        ['lb', 'pound', POUND, ['kg']],
        ['oz', 'ounce', POUND / 16, ['g'], 'a troy ounce, used for gold, is 31.1 g'],
      ],
    ],
    [
      'power',
      'W',
      [
        ['W', 'watt', 1, [], 'one joule per second'],
        ['kW', 'kilowatt', 1e3, ['W', 'hp']],
        ['MW', 'megawatt', 1e6, ['kW']],
        ['GW', 'gigawatt', 1e9, ['MW'], 'about the output of one large nuclear reactor'],
        ['TW', 'terawatt', 1e12, ['GW']],
        // Mechanical horsepower, 550 foot-pounds-force per second; standard gravity is 9.80665 m/s².
        ['hp', 'horsepower', 550 * FOOT * POUND * 9.80665, ['W'], 'a metric horsepower is 735.5 W'],
      ],
    ],
    [
      'energy',
      'J',
      [
        ['J', 'joule', 1, [], 'one watt for one second'],
        ['kJ', 'kilojoule', 1e3, ['J']],
        ['MJ', 'megajoule', 1e6, ['kJ']],
        ['kWh', 'kilowatt hour', 3.6e6, ['MJ'], 'a kilowatt of power used for an hour'],
        ['MWh', 'megawatt hour', 3.6e9, ['kWh']],
        ['GWh', 'gigawatt hour', 3.6e12, ['MWh']],
        ['TWh', 'terawatt hour', 3.6e15, ['GWh']],
        ['kcal', 'kilocalorie', 4184, ['kJ'], 'the “calorie” on food labels'],
      ],
    ],
    // Battery capacity: a current over time, which is charge, not energy.
    ['electric charge', 'C', [['mAh', 'milliampere hour', 3.6, [], 'a charge of 3.6 coulombs; 1,000 mAh supply 1 ampere for an hour']]],
    [
      'voltage',
      'V',
      [
        ['V', 'volt', 1, [], 'mains electricity is 230 V in Europe, 120 V in North America'],
        ['kV', 'kilovolt', 1e3, ['V']],
      ],
    ],
    [
      'speed',
      'm/s',
      [
        ['mph', 'mile per hour', MILE / 3600, ['km/h']],
        ['km/h', 'kilometre per hour', 1000 / 3600, ['mph']],
        ['m/s', 'metre per second', 1, ['km/h']],
        ['kn', 'knot', 1852 / 3600, ['km/h', 'mph'], 'one nautical mile per hour'],
      ],
    ],
    // Celsius and Fahrenheit are not proportional to each other, so the line is a formula; their factors
    // go to kelvin with an offset.
    [
      'temperature',
      'K',
      [
        ['°C', 'degree Celsius', 1, [], '°C = (°F − 32) × 5/9; water freezes at 0 °C and boils at 100 °C', 273.15],
        ['°F', 'degree Fahrenheit', 5 / 9, [], '°F = °C × 9/5 + 32; water freezes at 32 °F and boils at 212 °F', (459.67 * 5) / 9],
      ],
    ],
    // A bare "degrees" is a temperature or an angle depending on the sentence, so it has no one scale.
    ['angle or temperature', '', [['°', 'degree', null, [], 'of angle: 1/360 of a full turn; of temperature: see °C or °F']]],
    // Decimal prefixes, as storage makers and network speeds use them; memory sizes often mean powers of 2.
    [
      'data',
      'B',
      [
        ['bit', 'bit', 1 / 8, [], 'a single binary digit, 0 or 1; 8 bits make a byte'],
        ['B', 'byte', 1, ['bit']],
        ['KB', 'kilobyte', 1e3, ['B'], 'sometimes 1,024 B'],
        ['MB', 'megabyte', 1e6, ['KB']],
        ['GB', 'gigabyte', 1e9, ['MB']],
        ['TB', 'terabyte', 1e12, ['GB']],
        ['PB', 'petabyte', 1e15, ['TB']],
        ['Mb', 'megabit', 1e6 / 8, ['bit', 'MB']],
        ['Gb', 'gigabit', 1e9 / 8, ['bit', 'GB']],
      ],
    ],
    [
      'data rate',
      'bit/s',
      [
        ['bit/s', 'bit per second', 1, []],
        ['MB/s', 'megabyte per second', 8e6, ['Mbps']],
        ['Mbps', 'megabit per second', 1e6, ['MB/s'], 'a million bits per second'],
        ['Gbps', 'gigabit per second', 1e9, ['Mbps', 'MB/s']],
      ],
    ],
    [
      'frequency',
      'Hz',
      [
        ['Hz', 'hertz', 1, [], 'one cycle per second'],
        ['kHz', 'kilohertz', 1e3, ['Hz']],
        ['MHz', 'megahertz', 1e6, ['kHz']],
        ['GHz', 'gigahertz', 1e9, ['MHz']],
      ],
    ],
    // A pure ratio; '1' is the SI way of writing "no unit".
    [
      'concentration',
      '1',
      [
        ['ppm', 'part per million', 1e-6, [], 'one part in a million, 0.0001%'],
        ['ppb', 'part per billion', 1e-9, [], 'one part in a billion, 0.0000001%'],
      ],
    ],
    // Logarithmic: no factor turns decibels into anything linear.
    ['sound level', '', [['dB', 'decibel', null, [], 'a log scale: +10 dB is ten times the power and sounds about twice as loud']]],
  ];
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

interface Entry {
  row: Row;
  measures: string;
  base: string;
}

// Built on first use rather than at load, so a bundle that never asks about units does no work for them.
let index: Map<string, Entry> | undefined;
function entry(symbol: string): Entry | undefined {
  if (!index) {
    index = new Map();
    for (const [measures, base, rows] of groups()) for (const row of rows) index.set(row[0], { row, measures, base });
  }
  // Text may carry the Greek mu (U+03BC) where Gloss writes the micro sign (U+00B5); they look the same.
  return index.get(symbol.replace(/\u03bc/g, '\u00b5'));
}

/** How to turn an amount in `symbol` into its measure's base unit; null for currencies and log scales. */
export function toBase(symbol: string): BaseFactor | null {
  const e = entry(symbol);
  const factor = e?.row[2];
  if (!e || factor == null) return null;
  const offset = e.row[5];
  return offset === undefined ? { factor, base: e.base } : { factor, base: e.base, offset };
}

/** What the unit is, or null when Gloss has no entry for it. */
export function unitInfo(symbol: string): UnitInfo | null {
  // Own keys only: 'constructor' is not a currency.
  const money = Object.hasOwn(CURRENCIES, symbol) ? CURRENCIES[symbol] : undefined;
  if (money) return { symbol, name: money[0], measures: 'currency', definition: money[1] };
  const e = entry(symbol);
  if (!e) return null;
  const [sym, name, , see, note] = e.row;
  return { symbol: sym, name, measures: e.measures, definition: definition(e, see, note) };
}

function definition(e: Entry, see: readonly string[], note: string | undefined): string | null {
  const factor = e.row[2];
  const terms: string[] = [];
  for (const target of see) {
    const t = entry(target);
    const tf = t?.row[2];
    if (t && tf != null && factor != null) terms.push(term(factor / tf, t.row));
  }
  if (terms.length === 0) return note ?? null;
  const formula = `1 ${e.row[0]} = ${terms.join(' = ')}`;
  if (!note) return formula;
  return formula.includes('(') ? `${formula}; ${note}` : `${formula} (${note})`;
}

const FRACTION_WORDS: Readonly<Record<number, string>> = { 3: 'thousandth', 6: 'millionth', 9: 'billionth', 12: 'trillionth' };

/** "0.4536 kg"; a small power of ten also in words, which a reader grasps faster than the zeros. */
function term(ratio: number, target: Row): string {
  const [symbol, name] = target;
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
