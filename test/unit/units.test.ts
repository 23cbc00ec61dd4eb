import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CURRENCY_QUALIFIERS,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  DOLLAR_PREFIXES,
  ISO_CODES,
  PRICE_A_UNITS,
  UNITS,
} from '../../src/core/recognize/figures-lexicon';
import { counterpart, toBase } from '../../src/core/units/convert';
import { unitInfo } from '../../src/core/units/info';
import { DURATIONS, measures } from '../../src/core/units/table';

// Everything the recognizer can report, read from its lexicon: every unit it reads needs a card.
const QUANTITY_UNITS = UNITS.filter((u) => u.kind === 'q').map((u) => u.unit);
const CURRENCY_CODES = [
  ...new Set([
    ...ISO_CODES,
    ...Object.values(CURRENCY_WORDS).map((w) => w.iso),
    ...Object.values(CURRENCY_SYMBOLS),
    ...Object.values(DOLLAR_PREFIXES),
    ...Object.values(CURRENCY_QUALIFIERS).flatMap((q) => Object.values(q)),
  ]),
];

/** How many of `to` make one `from`, through the base unit. */
function ratio(from: string, to: string): number {
  const a = toBase(from);
  const b = toBase(to);
  if (!a || !b) throw new Error(`no factor for ${!a ? from : to}`);
  expect(a.base, `${from} and ${to} measure the same thing`).toBe(b.base);
  return a.factor / b.factor;
}

function expectRel(actual: number, expected: number, tolerance = 1e-9) {
  expect(Math.abs(actual / expected - 1), `${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance);
}

/** Value in the base unit, offset included. */
function inBase(value: number, unit: string): number {
  const b = toBase(unit);
  if (!b) throw new Error(`no factor for ${unit}`);
  return value * b.factor + (b.offset ?? 0);
}

describe('coverage of the lexicon', () => {
  it('has every quantity unit the recognizer reports, with a definition', () => {
    expect(QUANTITY_UNITS.length).toBeGreaterThan(60);
    const missing = QUANTITY_UNITS.filter((u) => !unitInfo(u));
    expect(missing).toEqual([]);
    for (const u of QUANTITY_UNITS) {
      const info = unitInfo(u)!;
      expect(info.symbol).toBe(u);
      expect(info.name, u).toMatch(/^[a-z]/);
      expect(info.measures, u).not.toBe('currency');
      expect(info.definition, u).toBeTruthy();
    }
  });

  it('has every currency code the recognizer reports', () => {
    expect(CURRENCY_CODES.length).toBeGreaterThan(45);
    const missing = CURRENCY_CODES.filter((c) => !unitInfo(c));
    expect(missing).toEqual([]);
    for (const c of CURRENCY_CODES) {
      const info = unitInfo(c)!;
      expect(info).toMatchObject({ symbol: c, measures: 'currency' });
      expect(info.name.length, c).toBeGreaterThan(2);
      // No exchange rates: they go stale and Gloss cannot fetch fresh ones.
      if (info.definition !== null) expect(info.definition, c).not.toMatch(/[\d=]/);
      expect(toBase(c), c).toBeNull();
    }
  });
});

describe('the unit table', () => {
  const units = measures().flatMap((m) => m.units.map((u) => ({ ...u, measures: m.measures })));

  it('declares each unit once', () => {
    const symbols = [...units.map((u) => u.symbol), ...DURATIONS.map((d) => d.symbol)];
    expect(symbols.filter((s, i) => symbols.indexOf(s) !== i)).toEqual([]);
  });

  // The recognizer keeps one map entry per spelling: a spelling given twice would silently read as one of them.
  it('gives no spelling to two units', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const def of UNITS) {
      const keys = [
        ...def.words.map((w) => `word ${w.toLowerCase().replace(/\s+/g, ' ')}`),
        ...[...(def.symbols ?? []), ...(def.glued ?? [])].map((s) => `symbol ${s}`),
      ];
      for (const key of keys) {
        const other = seen.get(key);
        if (other !== undefined && other !== def.unit) clashes.push(`${key}: ${other} and ${def.unit}`);
        seen.set(key, def.unit);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('restates a unit only in units of its own measure that have a factor', () => {
    for (const u of units)
      for (const target of u.see ?? []) {
        expect(unitInfo(target)?.measures, `${u.symbol} in ${target}`).toBe(u.measures);
        expect(toBase(target), `${u.symbol} in ${target}`).not.toBeNull();
      }
  });

  it('pairs each counterpart with a unit of the same measure it converts to', () => {
    const paired = units.filter((u) => u.counterpart !== undefined);
    expect(paired.length).toBeGreaterThan(20);
    for (const u of paired) {
      expect(unitInfo(u.counterpart!)?.measures, `${u.symbol} ≈ ${u.counterpart}`).toBe(u.measures);
      expect(counterpart(u.symbol), `${u.symbol} ≈ ${u.counterpart}`).toEqual({
        unit: u.counterpart,
        factor: ratio(u.symbol, u.counterpart!),
      });
    }
    expect(counterpart('°C')).toBeNull();
    expect(counterpart('year')).toBeNull();
  });

  it('prices money only per units it reads', () => {
    for (const unit of PRICE_A_UNITS) expect(UNITS.find((d) => d.unit === unit)?.kind, unit).toBe('q');
  });

  // The worker and the CLI take the table in with the recognizer and with cards; neither must pull in the other.
  it('keeps core/units/ free of other imports, and the table free of any', () => {
    const folder = resolve(__dirname, '../../src/core/units');
    for (const file of readdirSync(folder)) {
      const source = readFileSync(resolve(folder, file), 'utf8');
      for (const [, from] of source.matchAll(/\bfrom\s+['"]([^'"]+)['"]/g)) expect(from, file).toMatch(/^\.\/[\w-]+$/);
      expect(source, file).not.toMatch(/\bimport\s*\(/);
    }
    expect(readFileSync(resolve(folder, 'table.ts'), 'utf8')).not.toMatch(/^\s*(import|export)\b[^;]*\bfrom\s+['"]/m);
  });
});

describe('factors, against values computed independently', () => {
  it.each([
    ['mi', 'km', 1.609344],
    ['nmi', 'm', 1852],
    ['nmi', 'mi', 1852 / 1609.344],
    ['ft', 'm', 0.3048],
    ['in', 'cm', 2.54],
    ['yd', 'ft', 3],
    ['ly', 'km', (299_792_458 * 365.25 * 24 * 3600) / 1000],
    ['lb', 'kg', 0.45359237],
    ['oz', 'g', 28.349523125],
    ['t', 'lb', 1000 / 0.45359237],
    ['Mt', 't', 1e6],
    ['Gt', 'kg', 1e12],
    ['µg', 'mg', 0.001],
    ['gal', 'L', 3.785411784],
    ['bbl', 'L', 158.987294928],
    ['bbl', 'gal', 42],
    ['cu ft', 'L', 28.316846592],
    ['m³', 'mL', 1e6],
    ['acre', 'm²', 4046.8564224],
    ['acre', 'sq ft', 43_560],
    ['sq mi', 'acre', 640],
    ['km²', 'ha', 100],
    ['sq ft', 'm²', 0.09290304],
    ['hp', 'W', 745.6998715822702],
    ['kW', 'hp', 1 / 0.7456998715822702],
    ['kWh', 'kcal', 3.6e6 / 4184],
    ['TWh', 'kWh', 1e9],
    ['kn', 'km/h', 1.852],
    ['mph', 'km/h', 1.609344],
    ['m/s', 'km/h', 3.6],
    ['MB', 'Mb', 8],
    ['GB', 'bit', 8e9],
    ['Gbps', 'Mbps', 1000],
    ['GHz', 'kHz', 1e6],
    ['kV', 'V', 1000],
    ['ppm', 'ppb', 1000],
  ])('1 %s = %d %s', (from, to, expected) => {
    expectRel(ratio(from, to as string), expected as number);
  });

  it('puts temperatures on one scale', () => {
    expectRel(inBase(0, '°C'), 273.15);
    expectRel(inBase(100, '°C'), 373.15);
    expectRel(inBase(32, '°F'), inBase(0, '°C'));
    expectRel(inBase(212, '°F'), inBase(100, '°C'));
    expectRel(inBase(-40, '°F'), inBase(-40, '°C'));
    expectRel(inBase(98.6, '°F'), inBase(37, '°C'));
  });

  it('has no linear factor where there is none', () => {
    for (const u of ['°', 'dB', 'year', 'nonsense']) expect(toBase(u), u).toBeNull();
    for (const u of ['constructor', 'toString', '__proto__', 'year']) expect(unitInfo(u), u).toBeNull();
  });

  it('keeps the case of symbols that carry meaning', () => {
    expect(unitInfo('MB')!.name).toBe('megabyte');
    expect(unitInfo('Mb')!.name).toBe('megabit');
    expect(unitInfo('mb')).toBeNull();
    expect(unitInfo('M')).toBeNull();
  });

  it('reads a Greek mu as the micro sign', () => {
    expect(unitInfo('\u03bcg')).toEqual(unitInfo('\u00b5g'));
    expect(toBase('\u03bcm')).toEqual(toBase('\u00b5m'));
  });
});

describe('definition lines', () => {
  it.each([
    ['µg', '1 µg = 0.000001 g (a millionth of a gram)'],
    ['mph', '1 mph = 1.609 km/h'],
    ['lb', '1 lb = 0.4536 kg'],
    ['pm', '1 pm = a trillionth of a metre'],
    ['ha', '1 ha = 10,000 m² = 2.471 acres'],
    ['Mb', '1 Mb = 1 million bits = 0.125 MB'],
  ])('%s: %s', (unit, line) => {
    expect(unitInfo(unit)!.definition).toBe(line);
  });

  it.each([
    ['bbl', '1 bbl = 159 L (oil barrel'],
    ['°F', '°F = °C × 9/5 + 32'],
    ['ly', '1 ly = 9.461 trillion km'],
    ['acre', '1 acre = 4,047 m²'],
  ])('%s starts %s', (unit, start) => {
    expect(unitInfo(unit)!.definition!.startsWith(start), unitInfo(unit)!.definition!).toBe(true);
  });

  it('writes numbers plainly: at most 4 significant digits, no exponents', () => {
    for (const u of QUANTITY_UNITS) {
      const d = unitInfo(u)!.definition!;
      expect(d, u).not.toMatch(/\d[eE][+-]?\d/);
      for (const [n] of d.matchAll(/\d[\d,]*(?:\.\d+)?/g)) {
        const digits = n.replace(/[,.]/g, '').replace(/^0+/, '').replace(/0+$/, '');
        expect(digits.length, `${u}: ${n} in "${d}"`).toBeLessThanOrEqual(4);
      }
    }
  });

  /** The line before its note: up to the first "; " outside parentheses. */
  function formulaOf(line: string): string {
    let depth = 0;
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (c === '(') depth++;
      else if (c === ')') depth--;
      else if (c === ';' && depth === 0) return line.slice(0, i);
    }
    return line;
  }

  // Every "1 X = n Y" in a line must agree with the factors to the 4 digits shown, so a line cannot say
  // something the table does not.
  it('states amounts that agree with the factors', () => {
    const symbolOfName = new Map(QUANTITY_UNITS.map((u) => [unitInfo(u)!.name, u]));
    const fractions: Record<string, number> = { thousandth: 1e-3, millionth: 1e-6, billionth: 1e-9, trillionth: 1e-12 };
    const scales: Record<string, number> = { million: 1e6, billion: 1e9, trillion: 1e12 };
    const resolve = (s: string) => (toBase(s) ? s : toBase(s.replace(/s$/, '')) ? s.replace(/s$/, '') : null);
    let checked = 0;
    for (const u of QUANTITY_UNITS) {
      const line = formulaOf(unitInfo(u)!.definition!);
      const head = `1 ${u} = `;
      if (!line.startsWith(head)) continue;
      const phrases = [...line.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]!);
      const chain = line
        .slice(head.length)
        .replace(/ \([^)]*\)/g, '')
        .split(' = ');
      for (const part of [...chain, ...phrases]) {
        const words = /^a (\w+) of an? (.+)$/.exec(part);
        if (words) {
          const target = symbolOfName.get(words[2]!);
          expect(target, part).toBeDefined();
          expectRel(ratio(u, target!), fractions[words[1]!]!, 1e-9);
          checked++;
          continue;
        }
        const amount = /^([\d,.]+)(?: (million|billion|trillion))? (.+)$/.exec(part);
        if (!amount) continue; // a note in parentheses
        const target = resolve(amount[3]!);
        expect(target, `${u}: ${part}`).not.toBeNull();
        const stated = Number(amount[1]!.replace(/,/g, '')) * (amount[2] ? scales[amount[2]]! : 1);
        expectRel(stated, ratio(u, target!), 5.01e-4);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(60);
  });

  // Notes state a few figures of neighbouring units by hand; they must be right too.
  it.each([
    ['gal', `UK gallon is ${(4.54609).toPrecision(4)} L`],
    ['oz', `troy ounce, used for gold, is ${(31.1034768).toPrecision(3)} g`],
    ['t', `short ton is ${Math.round(2000 * 0.45359237)} kg`],
    ['hp', `metric horsepower is ${(75 * 9.80665).toPrecision(4)} W`],
    ['bbl', `${Math.round(158.987294928 / 3.785411784)} US gallons`],
    ['mAh', `${(1e-3 * 3600).toPrecision(2)} coulombs`],
  ])('%s notes %s', (unit, text) => {
    expect(unitInfo(unit)!.definition).toContain(text);
  });

  it('names currencies without rates', () => {
    expect(unitInfo('JPY')).toEqual({ symbol: 'JPY', name: 'Japanese yen', measures: 'currency', definition: 'currency of Japan' });
    expect(unitInfo('USD')!.name).toBe('US dollar');
  });
});
