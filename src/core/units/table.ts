// Every unit Gloss knows, declared once: how the recognizer reads it after a number, what it measures,
// its factor to its measure's base, what its card says, and its counterpart across the metric divide.
// The recognizer's lookup maps (recognize/figures-lexicon.ts) and the cards (units/convert.ts,
// units/info.ts) are built from here. Plain data, no imports: the worker and the CLI take it in with
// either side, and nothing from recognize/ comes along with the cards.

/** How the recognizer reads a unit after a number. */
export interface Spellings {
  /** Matched ignoring case. Spaces match any run of spaces. */
  words: readonly string[];
  /** Matched exactly as written (symbols whose case carries meaning: MB vs Mb, m vs M). */
  symbols?: readonly string[];
  /** Symbols that must be glued to the number ("30t", "1.3C") because spaced they read as words. */
  glued?: readonly string[];
}

/** A length of time ("18 months"): read and written back as it is, with no card of its own. */
export interface Duration extends Spellings {
  symbol: string;
}

export interface Quantity extends Partial<Spellings> {
  /** Unit as Gloss writes it: 'µg', 'mph', 'km²'. */
  symbol: string;
  /** Long name, singular, lower case unless a proper name: 'microgram', 'mile per hour'. */
  name: string;
  /** An amount in the unit times `factor` is the amount in its measure's base; null: no linear scale. */
  factor: number | null;
  /** Base value at the unit's zero, for scales that do not start at the base's zero: 0 °C is 273.15 K. */
  offset?: number;
  /** Units its card restates it in ("1 mi = 1.609 km"), in order. */
  see?: readonly string[];
  /**
   * A line after the restatement. With nothing to restate it in, the note is the whole definition and does
   * not start "1 X =", which is reserved for lines computed from the factors (the unit test checks those).
   */
  note?: string;
  /**
   * The unit a reader on the other side of the metric divide thinks in: "120 km" is easier to picture as
   * "≈ 74.56 mi" for some readers and the other way round for others, so pairs go both ways. Not
   * temperatures: "warming of 1.5C" is a difference (2.7 °F), "40C" a reading (104 °F), and the text
   * rarely says which.
   */
  counterpart?: string;
}

export interface Measure {
  /** What its units measure: 'mass', 'length', 'speed', ... */
  measures: string;
  /** The unit every factor of the measure leads to ('' when its units have no common scale). */
  base: string;
  /** Units without spellings are not read in text; cards restate others in them ("1 kWh = 3.6 MJ"). */
  units: readonly Quantity[];
}

export const DURATIONS: readonly Duration[] = [
  { symbol: 'year', words: ['year', 'years', 'yr', 'yrs'] },
  { symbol: 'month', words: ['month', 'months'] },
  { symbol: 'week', words: ['week', 'weeks', 'wk', 'wks'] },
  { symbol: 'day', words: ['day', 'days'] },
  { symbol: 'hour', words: ['hour', 'hours', 'hr', 'hrs'] },
  { symbol: 'minute', words: ['minute', 'minutes', 'mins'], symbols: ['min'] },
  { symbol: 'second', words: ['second', 'seconds', 'secs'], symbols: ['sec'] },
  { symbol: 'millisecond', words: ['millisecond', 'milliseconds'], symbols: ['ms'] },
  { symbol: 'decade', words: ['decade', 'decades'] },
  { symbol: 'century', words: ['century', 'centuries'] },
];

// A function rather than a module-level table: bundlers do not prove arithmetic on constants free of side
// effects, so a table would ship in every bundle that imports this module, used or not.
export function measures(): readonly Measure[] {
  // Factors are the exact legal definitions where there is one (1 in = 2.54 cm, 1 lb = 0.45359237 kg,
  // 1 US gal = 231 in³), so derived units come out exact too; only the definition line rounds.
  const INCH = 0.0254;
  const FOOT = 0.3048;
  const MILE = 1609.344;
  const POUND = 0.45359237;
  const US_GALLON = 231 * INCH ** 3 * 1000;

  return [
    {
      measures: 'length',
      base: 'm',
      units: [
        {
          symbol: 'km',
          name: 'kilometre',
          factor: 1000,
          see: ['m', 'mi'],
          counterpart: 'mi',
          words: ['kilometre', 'kilometres', 'kilometer', 'kilometers', 'km', 'kms'],
        },
        {
          symbol: 'm',
          name: 'metre',
          factor: 1,
          see: ['cm', 'ft'],
          counterpart: 'ft',
          words: ['metre', 'metres', 'meter', 'meters'],
          symbols: ['m'],
        },
        {
          symbol: 'dm',
          name: 'decimetre',
          factor: 0.1,
          see: ['cm'],
          words: ['decimetre', 'decimetres', 'decimeter', 'decimeters'],
          symbols: ['dm'],
        },
        {
          symbol: 'cm',
          name: 'centimetre',
          factor: 0.01,
          see: ['mm', 'in'],
          counterpart: 'in',
          words: ['centimetre', 'centimetres', 'centimeter', 'centimeters', 'cm'],
        },
        {
          symbol: 'mm',
          name: 'millimetre',
          factor: 0.001,
          see: ['cm', 'in'],
          words: ['millimetre', 'millimetres', 'millimeter', 'millimeters'],
          symbols: ['mm'],
        },
        {
          symbol: 'µm',
          name: 'micrometre',
          factor: 1e-6,
          see: ['m'],
          note: 'also called a micron',
          words: ['micrometre', 'micrometres', 'micrometer', 'micrometers', 'micron', 'microns', 'µm', 'μm'],
        },
        {
          symbol: 'nm',
          name: 'nanometre',
          factor: 1e-9,
          see: ['m'],
          words: ['nanometre', 'nanometres', 'nanometer', 'nanometers'],
          symbols: ['nm'],
        },
        { symbol: 'pm', name: 'picometre', factor: 1e-12, see: ['m'], words: ['picometre', 'picometres', 'picometer', 'picometers'] },
        {
          symbol: 'nmi',
          name: 'nautical mile',
          factor: 1852,
          see: ['km', 'mi'],
          counterpart: 'km',
          words: ['nautical mile', 'nautical miles'],
        },
        { symbol: 'mi', name: 'mile', factor: MILE, see: ['km'], counterpart: 'km', words: ['mile', 'miles'], symbols: ['mi'] },
        { symbol: 'yd', name: 'yard', factor: 3 * FOOT, see: ['ft', 'm'], words: ['yard', 'yards', 'yd', 'yds'] },
        { symbol: 'ft', name: 'foot', factor: FOOT, see: ['in', 'cm'], counterpart: 'm', words: ['foot', 'feet', 'ft'] },
        { symbol: 'in', name: 'inch', factor: INCH, see: ['cm'], counterpart: 'cm', words: ['inch', 'inches'] },
        {
          symbol: 'ly',
          name: 'light year',
          // Julian year of 365.25 days, as the IAU defines it.
          factor: 299_792_458 * 365.25 * 86_400,
          see: ['km'],
          note: 'the distance light travels in a year',
          words: ['light year', 'light years', 'light-year', 'light-years'],
        },
      ],
    },
    {
      measures: 'area',
      base: 'm²',
      units: [
        {
          symbol: 'km²',
          name: 'square kilometre',
          factor: 1e6,
          see: ['ha', 'sq mi'],
          counterpart: 'sq mi',
          words: ['square kilometre', 'square kilometres', 'square kilometer', 'square kilometers', 'sq km', 'km2', 'km²'],
        },
        {
          symbol: 'm²',
          name: 'square metre',
          factor: 1,
          see: ['sq ft'],
          counterpart: 'sq ft',
          words: ['square metre', 'square metres', 'square meter', 'square meters', 'sq m', 'm2', 'm²'],
        },
        {
          symbol: 'ha',
          name: 'hectare',
          factor: 1e4,
          see: ['m²', 'acre'],
          counterpart: 'acre',
          words: ['hectare', 'hectares'],
          symbols: ['ha'],
        },
        { symbol: 'acre', name: 'acre', factor: 43_560 * FOOT ** 2, see: ['m²', 'ha'], counterpart: 'ha', words: ['acre', 'acres'] },
        {
          symbol: 'sq mi',
          name: 'square mile',
          factor: MILE ** 2,
          see: ['km²'],
          counterpart: 'km²',
          words: ['square mile', 'square miles', 'sq mi'],
        },
        {
          symbol: 'sq ft',
          name: 'square foot',
          factor: FOOT ** 2,
          see: ['m²'],
          counterpart: 'm²',
          words: ['square foot', 'square feet', 'sq ft', 'sq. ft.', 'sq. ft', 'sqft', 'ft2', 'ft²'],
        },
      ],
    },
    {
      measures: 'volume',
      base: 'L',
      units: [
        {
          symbol: 'm³',
          name: 'cubic metre',
          factor: 1000,
          see: ['L'],
          counterpart: 'cu ft',
          words: ['cubic metre', 'cubic metres', 'cubic meter', 'cubic meters', 'm3', 'm³'],
        },
        {
          symbol: 'L',
          name: 'litre',
          factor: 1,
          see: ['mL', 'gal'],
          note: 'US gallons',
          counterpart: 'gal',
          words: ['litre', 'litres', 'liter', 'liters'],
          symbols: ['L'],
          glued: ['l'],
        },
        {
          symbol: 'mL',
          name: 'millilitre',
          factor: 0.001,
          see: ['L'],
          note: 'the same as a cubic centimetre, cc',
          words: ['millilitre', 'millilitres', 'milliliter', 'milliliters', 'ml'],
        },
        {
          symbol: 'gal',
          name: 'gallon',
          factor: US_GALLON,
          see: ['L'],
          note: 'US gallon; a UK gallon is 4.546 L',
          counterpart: 'L',
          words: ['gallon', 'gallons', 'gal'],
        },
        {
          symbol: 'bbl',
          name: 'barrel',
          factor: 42 * US_GALLON,
          see: ['L'],
          note: 'oil barrel: 42 US gallons',
          counterpart: 'L',
          words: ['barrel', 'barrels', 'bbl'],
        },
        {
          symbol: 'cu ft',
          name: 'cubic foot',
          factor: FOOT ** 3 * 1000,
          see: ['L'],
          counterpart: 'm³',
          words: ['cubic foot', 'cubic feet', 'cu ft'],
        },
      ],
    },
    {
      measures: 'mass',
      base: 'kg',
      units: [
        {
          symbol: 'Gt',
          name: 'gigatonne',
          factor: 1e12,
          see: ['t'],
          words: ['gigatonne', 'gigatonnes', 'gigaton', 'gigatons'],
          symbols: ['Gt'],
        },
        {
          symbol: 'Mt',
          name: 'megatonne',
          factor: 1e9,
          see: ['t'],
          note: 'for a bomb, the energy of a million tonnes of TNT',
          words: ['megatonne', 'megatonnes', 'megaton', 'megatons'],
          symbols: ['Mt'],
        },
        {
          symbol: 't',
          name: 'tonne',
          factor: 1000,
          see: ['kg'],
          note: 'metric ton; a US short ton is 907 kg',
          words: ['tonne', 'tonnes', 'ton', 'tons', 'metric ton', 'metric tons', 'metric tonne', 'metric tonnes'],
          glued: ['t'],
        },
        {
          symbol: 'kg',
          name: 'kilogram',
          factor: 1,
          see: ['g', 'lb'],
          counterpart: 'lb',
          words: ['kilogram', 'kilograms', 'kilogramme', 'kilogrammes', 'kilo', 'kilos', 'kg', 'kgs'],
        },
        {
          symbol: 'g',
          name: 'gram',
          factor: 0.001,
          see: ['mg', 'oz'],
          counterpart: 'oz',
          words: ['gram', 'grams', 'gramme', 'grammes'],
          glued: ['g'],
        },
        {
          symbol: 'mg',
          name: 'milligram',
          factor: 1e-6,
          see: ['g'],
          words: ['milligram', 'milligrams', 'milligramme', 'milligrammes', 'mg'],
        },
        {
          symbol: 'µg',
          name: 'microgram',
          factor: 1e-9,
          see: ['g'],
          words: ['microgram', 'micrograms', 'microgramme', 'microgrammes', 'µg', 'μg', 'mcg'],
        },
        { symbol: 'lb', name: 'pound', factor: POUND, see: ['kg'], counterpart: 'kg', words: ['pound', 'pounds', 'lb', 'lbs'] },
        {
          symbol: 'oz',
          name: 'ounce',
          factor: POUND / 16,
          see: ['g'],
          note: 'a troy ounce, used for gold, is 31.1 g',
          counterpart: 'g',
          words: ['ounce', 'ounces', 'oz'],
        },
      ],
    },
    {
      measures: 'power',
      base: 'W',
      units: [
        { symbol: 'W', name: 'watt', factor: 1, note: 'one joule per second', words: ['watt', 'watts'], symbols: ['W'] },
        { symbol: 'kW', name: 'kilowatt', factor: 1e3, see: ['W', 'hp'], words: ['kilowatt', 'kilowatts', 'kw'] },
        { symbol: 'MW', name: 'megawatt', factor: 1e6, see: ['kW'], words: ['megawatt', 'megawatts'], symbols: ['MW'] },
        {
          symbol: 'GW',
          name: 'gigawatt',
          factor: 1e9,
          see: ['MW'],
          note: 'about the output of one large nuclear reactor',
          words: ['gigawatt', 'gigawatts', 'gw'],
        },
        { symbol: 'TW', name: 'terawatt', factor: 1e12, see: ['GW'], words: ['terawatt', 'terawatts'], symbols: ['TW'] },
        {
          symbol: 'hp',
          name: 'horsepower',
          // Mechanical horsepower, 550 foot-pounds-force per second; standard gravity is 9.80665 m/s².
          factor: 550 * FOOT * POUND * 9.80665,
          see: ['W'],
          note: 'a metric horsepower is 735.5 W',
          words: ['horsepower', 'hp'],
        },
      ],
    },
    {
      measures: 'energy',
      base: 'J',
      units: [
        { symbol: 'J', name: 'joule', factor: 1, note: 'one watt for one second' },
        { symbol: 'kJ', name: 'kilojoule', factor: 1e3, see: ['J'] },
        { symbol: 'MJ', name: 'megajoule', factor: 1e6, see: ['kJ'] },
        {
          symbol: 'kWh',
          name: 'kilowatt hour',
          factor: 3.6e6,
          see: ['MJ'],
          note: 'a kilowatt of power used for an hour',
          words: ['kilowatt hour', 'kilowatt hours', 'kilowatt-hour', 'kilowatt-hours', 'kwh'],
        },
        {
          symbol: 'MWh',
          name: 'megawatt hour',
          factor: 3.6e9,
          see: ['kWh'],
          words: ['megawatt hour', 'megawatt hours', 'megawatt-hour', 'megawatt-hours', 'mwh'],
        },
        {
          symbol: 'GWh',
          name: 'gigawatt hour',
          factor: 3.6e12,
          see: ['MWh'],
          words: ['gigawatt hour', 'gigawatt hours', 'gigawatt-hour', 'gigawatt-hours', 'gwh'],
        },
        {
          symbol: 'TWh',
          name: 'terawatt hour',
          factor: 3.6e15,
          see: ['GWh'],
          words: ['terawatt hour', 'terawatt hours', 'terawatt-hour', 'terawatt-hours', 'twh'],
        },
        {
          symbol: 'kcal',
          name: 'kilocalorie',
          factor: 4184,
          see: ['kJ'],
          note: 'the “calorie” on food labels',
          words: ['calorie', 'calories', 'kcal'],
        },
      ],
    },
    // Battery capacity: a current over time, which is charge, not energy.
    {
      measures: 'electric charge',
      base: 'C',
      units: [
        {
          symbol: 'mAh',
          name: 'milliampere hour',
          factor: 3.6,
          note: 'a charge of 3.6 coulombs; 1,000 mAh supply 1 ampere for an hour',
          words: ['mah'],
        },
      ],
    },
    {
      measures: 'voltage',
      base: 'V',
      units: [
        {
          symbol: 'V',
          name: 'volt',
          factor: 1,
          note: 'mains electricity is 230 V in Europe, 120 V in North America',
          words: ['volt', 'volts'],
          symbols: ['V'],
        },
        { symbol: 'kV', name: 'kilovolt', factor: 1e3, see: ['V'], words: ['kilovolt', 'kilovolts', 'kv'] },
      ],
    },
    {
      measures: 'speed',
      base: 'm/s',
      units: [
        {
          symbol: 'mph',
          name: 'mile per hour',
          factor: MILE / 3600,
          see: ['km/h'],
          counterpart: 'km/h',
          words: ['mph', 'miles per hour', 'miles an hour', 'mile per hour', 'mile an hour'],
        },
        {
          symbol: 'km/h',
          name: 'kilometre per hour',
          factor: 1000 / 3600,
          see: ['mph'],
          counterpart: 'mph',
          words: ['km/h', 'kph', 'kmph', 'km/hr', 'kilometres per hour', 'kilometers per hour', 'kilometres an hour', 'kilometers an hour'],
        },
        { symbol: 'm/s', name: 'metre per second', factor: 1, see: ['km/h'], words: ['m/s', 'metres per second', 'meters per second'] },
        {
          symbol: 'kn',
          name: 'knot',
          factor: 1852 / 3600,
          see: ['km/h', 'mph'],
          note: 'one nautical mile per hour',
          counterpart: 'km/h',
          words: ['knot', 'knots'],
        },
      ],
    },
    // Celsius and Fahrenheit are not proportional to each other, so the line is a formula; their factors
    // go to kelvin with an offset.
    {
      measures: 'temperature',
      base: 'K',
      units: [
        {
          symbol: '°C',
          name: 'degree Celsius',
          factor: 1,
          offset: 273.15,
          note: '°C = (°F − 32) × 5/9; water freezes at 0 °C and boils at 100 °C',
          words: ['°c', '° c', 'degrees celsius', 'degree celsius', 'degrees centigrade', 'degrees c', 'celsius'],
          glued: ['C'],
        },
        {
          symbol: '°F',
          name: 'degree Fahrenheit',
          factor: 5 / 9,
          offset: (459.67 * 5) / 9,
          note: '°F = °C × 9/5 + 32; water freezes at 32 °F and boils at 212 °F',
          words: ['°f', '° f', 'degrees fahrenheit', 'degree fahrenheit', 'degrees f', 'fahrenheit'],
          glued: ['F'],
        },
      ],
    },
    // A bare "degrees" is a temperature or an angle depending on the sentence, so it has no one scale.
    {
      measures: 'angle or temperature',
      base: '',
      units: [
        {
          symbol: '°',
          name: 'degree',
          factor: null,
          note: 'of angle: 1/360 of a full turn; of temperature: see °C or °F',
          words: ['degrees', 'degree', '°'],
        },
      ],
    },
    // Decimal prefixes, as storage makers and network speeds use them; memory sizes often mean powers of 2.
    {
      measures: 'data',
      base: 'B',
      units: [
        { symbol: 'bit', name: 'bit', factor: 1 / 8, note: 'a single binary digit, 0 or 1; 8 bits make a byte', words: ['bit', 'bits'] },
        { symbol: 'B', name: 'byte', factor: 1, see: ['bit'], words: ['byte', 'bytes'] },
        {
          symbol: 'KB',
          name: 'kilobyte',
          factor: 1e3,
          see: ['B'],
          note: 'sometimes 1,024 B',
          words: ['kilobyte', 'kilobytes'],
          symbols: ['KB', 'kB'],
        },
        { symbol: 'MB', name: 'megabyte', factor: 1e6, see: ['KB'], words: ['megabyte', 'megabytes'], symbols: ['MB'] },
        { symbol: 'GB', name: 'gigabyte', factor: 1e9, see: ['MB'], words: ['gigabyte', 'gigabytes'], symbols: ['GB'] },
        { symbol: 'TB', name: 'terabyte', factor: 1e12, see: ['GB'], words: ['terabyte', 'terabytes'], symbols: ['TB'] },
        { symbol: 'PB', name: 'petabyte', factor: 1e15, see: ['TB'], words: ['petabyte', 'petabytes'], symbols: ['PB'] },
        { symbol: 'Mb', name: 'megabit', factor: 1e6 / 8, see: ['bit', 'MB'], words: ['megabit', 'megabits'], symbols: ['Mb', 'mb'] },
        { symbol: 'Gb', name: 'gigabit', factor: 1e9 / 8, see: ['bit', 'GB'], words: ['gigabit', 'gigabits'], symbols: ['Gb'] },
      ],
    },
    {
      measures: 'data rate',
      base: 'bit/s',
      units: [
        { symbol: 'bit/s', name: 'bit per second', factor: 1 },
        { symbol: 'MB/s', name: 'megabyte per second', factor: 8e6, see: ['Mbps'] },
        {
          symbol: 'Mbps',
          name: 'megabit per second',
          factor: 1e6,
          see: ['MB/s'],
          note: 'a million bits per second',
          words: ['mbps', 'mbit/s'],
        },
        { symbol: 'Gbps', name: 'gigabit per second', factor: 1e9, see: ['Mbps', 'MB/s'], words: ['gbps', 'gbit/s'] },
      ],
    },
    {
      measures: 'frequency',
      base: 'Hz',
      units: [
        { symbol: 'Hz', name: 'hertz', factor: 1, note: 'one cycle per second', words: ['hertz', 'hz'] },
        { symbol: 'kHz', name: 'kilohertz', factor: 1e3, see: ['Hz'], words: ['kilohertz', 'khz'] },
        { symbol: 'MHz', name: 'megahertz', factor: 1e6, see: ['kHz'], words: ['megahertz', 'mhz'] },
        { symbol: 'GHz', name: 'gigahertz', factor: 1e9, see: ['MHz'], words: ['gigahertz', 'ghz'] },
      ],
    },
    // A pure ratio; '1' is the SI way of writing "no unit".
    {
      measures: 'concentration',
      base: '1',
      units: [
        {
          symbol: 'ppm',
          name: 'part per million',
          factor: 1e-6,
          note: 'one part in a million, 0.0001%',
          words: ['ppm', 'parts per million'],
        },
        {
          symbol: 'ppb',
          name: 'part per billion',
          factor: 1e-9,
          note: 'one part in a billion, 0.0000001%',
          words: ['ppb', 'parts per billion'],
        },
      ],
    },
    // Logarithmic: no factor turns decibels into anything linear.
    {
      measures: 'sound level',
      base: '',
      units: [
        {
          symbol: 'dB',
          name: 'decibel',
          factor: null,
          note: 'a log scale: +10 dB is ten times the power and sounds about twice as loud',
          words: ['decibel', 'decibels', 'db'],
        },
      ],
    },
  ];
}
