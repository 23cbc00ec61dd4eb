// Figure recognizer against the Microsoft Recognizers-Text English specs, beside the reference JS port.
//
//   node scripts/eval-figures.mjs            per-family exact-case scores: gloss (recognize(), the path the
//                                            extension and the CLI run) beside the reference port
//   node scripts/eval-figures.mjs --fails    also print the cases Gloss gets wrong
//
// Cases: the spec files under ../shared/corpus/recognizers-specs (see its SOURCE.md), minus the cases
// whose NotSupported / NotSupportedByDesign names javascript (the reference port is known not to do them).
// A case counts as an exact match when every expected result is found and nothing else is reported.
//
// Mapping between their results and our figures (FigureMention):
// - Which of our figures take part: Currency -> kind 'money'; Percent -> kind 'percent'; Dimension -> kind
//   'quantity'; Number -> every figure with a numeric value (count, money, percent, quantity, duration,
//   fraction, year dates). Date figures with string values ("--05-04", "2026-03") are not numbers and are left out.
// - Currency, Percent, Dimension: one of our figures matches one of theirs when the span is the same (same start,
//   same text ignoring case: their Text is lower-cased) and the value is the same (relative tolerance 1e-9).
//   Currency units: their `isoCurrency` when given must equal our ISO `unit`; otherwise their unit name is
//   mapped through CURRENCY_UNITS below (a name may allow several codes: "Franc" is CHF or FRF). Their
//   sub-units (Cent, Pence, Penny, Sen) carry the amount in hundredths: their 50 "Cent" is our 0.5 in a
//   currency listed for that sub-unit. Percent: their "20%" is our 20 with unit '%' (or 'pp'). Dimension
//   units: their unit names map to our unit symbols through DIMENSION_UNITS. Results with a null value (a
//   bare unit name, "dollar", "mcg") are matched by Gloss's unit marks (Recognition.units, which the
//   extension marks and explains as kind 'unit'): same start, same text, value null on both sides, unit
//   mapped as above; a unit mark of measure 'money' takes part in Currency, 'quantity' in Dimension.
// - Number: their figures are bare numbers ("20" in "$20", "3" in "3 years"); ours carry the unit. A number of
//   theirs is matched by one of our figures whose span contains theirs and whose value (or range top) equals
//   it; money written in sub-units compares as written (our "50 cents" = 0.5 USD against their 50), a percent
//   compares its number. Each of our figures must match at least one of theirs (a range may match two).
// - The reference port is scored against the same expectations directly: same start, same text ignoring
//   case, same type name, same value (numeric, tolerance 1e-9; "20%" as 20) and, where expected, same unit.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { corpusRoot } from './lib/corpus-root.mjs';
import { loadTs } from './lib/load-ts.mjs';

const SPECS = join(corpusRoot, 'recognizers-specs');
const FAMILIES = [
  { name: 'Currency', file: 'NumberWithUnit/English/CurrencyModel.json', kinds: ['money'], ref: 'recognizeCurrency' },
  { name: 'Number', file: 'Number/English/NumberModel.json', kinds: null, ref: 'recognizeNumber' },
  { name: 'Percent', file: 'Number/English/PercentModel.json', kinds: ['percent'], ref: 'recognizePercentage' },
  { name: 'Dimension', file: 'NumberWithUnit/English/DimensionModel.json', kinds: ['quantity'], ref: 'recognizeDimension' },
];

/** Their currency names -> ISO codes we may report. */
const CURRENCY_UNITS = {
  Dollar: ['USD'],
  'United States dollar': ['USD'],
  Pound: ['GBP'],
  Euro: ['EUR'],
  'Japanese yen': ['JPY'],
  'Chinese yuan': ['CNY'],
  'Canadian dollar': ['CAD'],
  'Hong Kong dollar': ['HKD'],
  'Australian dollar': ['AUD'],
  'Swiss franc': ['CHF'],
  Franc: ['CHF', 'FRF'],
  'Finnish markka': ['FIM'],
  Peseta: ['ESP'],
  'Netherlands guilder': ['NLG'],
  Rupee: ['INR'],
  'Costa Rican colón': ['CRC'],
  'Georgian lari': ['GEL'],
  'Lao kip': ['LAK'],
  'Sri Lankan rupee': ['LKR'],
};
/** Their sub-unit names -> the currencies whose hundredth they may be. */
const CURRENCY_SUBUNITS = { Cent: ['USD', 'EUR', 'CAD', 'AUD'], Pence: ['GBP'], Penny: ['GBP'], Sen: ['JPY', 'MYR', 'IDR'] };
/** Their dimension unit names -> our unit symbols. */
const DIMENSION_UNITS = {
  Pound: ['lb'],
  Milliliter: ['mL'],
  Inch: ['in'],
  Mile: ['mi'],
  Barrel: ['bbl'],
  Foot: ['ft'],
  Ounce: ['oz'],
  Acre: ['acre'],
  Gallon: ['gal'],
  'Cubic foot': ['cu ft'],
  'Square meter': ['m²'],
  Ton: ['t'],
  'Metric ton': ['t'],
  Bit: ['bit'],
  'Mile per hour': ['mph'],
  Meter: ['m'],
  Kilometer: ['km'],
  Millimeter: ['mm'],
  'Square kilometer': ['km²'],
  Decimeter: ['dm'],
  Megabit: ['Mb'],
  Megabyte: ['MB'],
  Picometer: ['pm'],
  'Kilometer per hour': ['km/h'],
  Kilogram: ['kg'],
  Microgram: ['µg'],
  Gram: ['g'],
};

const near = (a, b) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const parseValue = (v) => (v === null || v === undefined ? null : Number(String(v).replace(/%$/, '')));
const sameText = (a, b) => a.toLowerCase().replace(/\s+/g, ' ') === b.toLowerCase().replace(/\s+/g, ' ');

function loadCases(file) {
  const raw = readFileSync(join(SPECS, file), 'utf8').replace(/^\uFEFF/, '');
  const all = JSON.parse(raw);
  const supported = all.filter((c) => !/javascript/i.test(`${c.NotSupported ?? ''} ${c.NotSupportedByDesign ?? ''}`));
  return { all: all.length, cases: supported };
}

// ---- Gloss ----

function unitMatches(family, exp, fig) {
  const res = exp.Resolution ?? {};
  const value = parseValue(res.value);
  if (value === null) {
    // A bare unit name: only a unit-name mention (value null) can match it.
    if (fig.value !== null) return false;
    if (family === 'Currency') return res.isoCurrency ? fig.unit === res.isoCurrency : (CURRENCY_UNITS[res.unit] ?? []).includes(fig.unit);
    return family === 'Dimension' && (DIMENSION_UNITS[res.unit] ?? []).includes(fig.unit);
  }
  if (typeof fig.value !== 'number') return false;
  if (family === 'Currency') {
    if (res.isoCurrency) return fig.unit === res.isoCurrency && near(fig.value, value);
    const sub = CURRENCY_SUBUNITS[res.unit];
    if (sub) return sub.includes(fig.unit) && near(fig.value * 100, value);
    return (CURRENCY_UNITS[res.unit] ?? []).includes(fig.unit) && near(fig.value, value);
  }
  if (family === 'Percent') return (fig.unit === '%' || fig.unit === 'pp') && near(fig.value, value);
  if (family === 'Dimension') return (DIMENSION_UNITS[res.unit] ?? []).includes(fig.unit) && near(fig.value, value);
  return false;
}

function glossSpanCase(family, c, figs) {
  if (figs.length !== c.Results.length) return false;
  const used = new Set();
  for (const exp of c.Results) {
    const i = figs.findIndex((f, k) => !used.has(k) && f.start === exp.Start && sameText(f.text, exp.Text) && unitMatches(family, exp, f));
    if (i < 0) return false;
    used.add(i);
  }
  return true;
}

/** A figure's numbers as the text writes them (sub-unit money as written). */
function writtenNumbers(f) {
  const vals = [f.value, f.valueMax].filter((v) => typeof v === 'number');
  const sub = f.kind === 'money' && /\b(cents?|pence|penny|pennies)\b|\dp\b/i.test(f.text);
  return sub ? vals.map((v) => v * 100) : vals;
}

function glossNumberCase(c, figs) {
  const numeric = figs.filter((f) => typeof f.value === 'number');
  const uses = numeric.map(() => []);
  for (const exp of c.Results) {
    const v = parseValue(exp.Resolution?.value);
    const end = exp.End + 1;
    const i = numeric.findIndex((f, k) => {
      if (!(f.start <= exp.Start && end <= f.end)) return false;
      const vals = writtenNumbers(f);
      const free = vals.filter((x) => !uses[k].some((u) => near(u, x)));
      return v !== null && free.some((x) => near(x, v));
    });
    if (i < 0) return false;
    uses[i].push(v);
  }
  return uses.every((u) => u.length > 0);
}

// ---- reference ----

function refCase(c, results) {
  if (results.length !== c.Results.length) return false;
  const used = new Set();
  for (const exp of c.Results) {
    const i = results.findIndex((r, k) => {
      if (used.has(k) || r.start !== exp.Start || !sameText(r.text, exp.Text) || r.typeName !== exp.TypeName) return false;
      const ev = parseValue(exp.Resolution?.value);
      const rv = parseValue(r.resolution?.value);
      if ((ev === null) !== (rv === null) || (ev !== null && !near(ev, rv))) return false;
      if (exp.Resolution?.unit !== undefined && r.resolution?.unit !== exp.Resolution.unit) return false;
      if (exp.Resolution?.isoCurrency !== undefined && r.resolution?.isoCurrency !== exp.Resolution.isoCurrency) return false;
      return true;
    });
    if (i < 0) return false;
    used.add(i);
  }
  return true;
}

/** Scores per family: { cases, total, gloss, reference } with each as a share of `cases`. */
export async function evalFigures({ fails = false } = {}) {
  const { recognize } = await loadTs('src/core/recognize/index.ts');
  const R = await import('@microsoft/recognizers-text-suite');
  const suite = R.default ?? R;
  const culture = suite.Culture.English;
  const out = {};
  const failures = [];
  for (const fam of FAMILIES) {
    const { all, cases } = loadCases(fam.file);
    let gloss = 0;
    let reference = 0;
    for (const c of cases) {
      const r = recognize(c.Input);
      const figs = r.figures.filter((f) => !fam.kinds || fam.kinds.includes(f.kind));
      // Bare unit names carry no value; they are compared as their null-valued results.
      const units = fam.kinds
        ? r.units.filter((u) => fam.kinds.includes(u.measure)).map((u) => ({ ...u, kind: u.measure, value: null }))
        : [];
      const ok =
        fam.name === 'Number'
          ? glossNumberCase(c, figs)
          : glossSpanCase(
              fam.name,
              c,
              [...figs, ...units].sort((a, b) => a.start - b.start),
            );
      if (ok) gloss++;
      if (!ok && fails)
        failures.push({
          family: fam.name,
          input: c.Input,
          expected: c.Results.map((r) => `${r.Text}=${JSON.stringify(r.Resolution)}`),
          got: [...figs, ...units].map(
            (f) => `${f.text}=${f.kind}:${f.value}${f.valueMax !== undefined ? `..${f.valueMax}` : ''}${f.unit ? ` ${f.unit}` : ''}`,
          ),
        });
      if (refCase(c, suite[fam.ref](c.Input, culture))) reference++;
    }
    out[fam.name] = { total: all, cases: cases.length, gloss: gloss / cases.length, reference: reference / cases.length };
  }
  return fails ? { scores: out, failures } : { scores: out };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const fails = process.argv.includes('--fails');
  const { scores, failures } = await evalFigures({ fails });
  const pct = (x) => `${(x * 100).toFixed(1)}%`.padStart(7);
  console.log('family      cases  gloss  reference (exact case match, JS-supported cases)');
  console.log('(gloss: recognize(), as the extension and the CLI run it: figures and bare unit names)');
  for (const [name, s] of Object.entries(scores)) {
    console.log(`${name.padEnd(10)} ${String(s.cases).padStart(6)} ${pct(s.gloss)} ${pct(s.reference)}`);
  }
  if (failures) {
    for (const f of failures)
      console.log(`\n[${f.family}] ${JSON.stringify(f.input)}\n  want ${f.expected.join(' | ')}\n  got  ${f.got.join(' | ')}`);
  }
}
