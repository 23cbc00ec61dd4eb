// Card quality on the trust pages (test/fixtures/trust/, issue 9): what a reader sees on a card, scored
// against hand-made gold by running the built CLI the way a user would (`gloss annotate --json --cards`).
//   names        exact span and type, precision / recall / F1
//   grouping     of gold entities found with the exact span, the share given the gold group `name`
//   measure      of gold figures with a measure found with the exact span, the share whose predicted
//                measure says the same thing (see sameMeasure)
//   about        the same, for figures whose gold `about` names an entity
//   comparisons  on predicted figure cards: precision (both figures in the gold and of one measure),
//                recall of the gold's wanted pairs, and how many pairs the gold forbids
// A score is null ("n/a") when the CLI does not give what it needs, so one table serves before and
// after the CLI learns `name`, `measure`, `about` and `--cards`.
//   node scripts/eval-trust.mjs [--cli dist/cli/gloss.mjs] [--misses]
// --misses also prints each gold figure whose measure or about was missed, and each comparison shown
// between figures the gold keys differently, to see what to fix next.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { table } from './lib/table.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const TRUST_DIR = join(ROOT, 'test/fixtures/trust');

function loadGold() {
  return readdirSync(TRUST_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ page: f.replace(/\.json$/, ''), ...JSON.parse(readFileSync(join(TRUST_DIR, f), 'utf8')) }));
}

/** One JSON line per input. A CLI without --cards exits 2 with "unknown option": run it again without. */
async function annotate(cli, sources) {
  const run = (flags) => promisify(execFile)(process.execPath, [cli, 'annotate', ...sources, ...flags], { cwd: ROOT, maxBuffer: 64 << 20 });
  let cards = true;
  let out;
  try {
    out = await run(['--json', '--cards']);
  } catch (error) {
    if (!/unknown option --cards/.test(error.stderr ?? '')) throw error;
    cards = false;
    out = await run(['--json']);
  }
  const results = out.stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
  return { cards, bySource: new Map(results.map((r) => [r.source, r])) };
}

const spanKey = (m) => `${m.start}:${m.end}`;
const lower = (s) => String(s).trim().toLowerCase();

/** Lower case, spaces squeezed, the last word crudely singular: "New customers" ~ "new customer". */
function normalizeMeasure(phrase) {
  return lower(phrase)
    .replace(/\s+/g, ' ')
    .replace(/(\w{3,})s$/, '$1');
}
const lastWord = (phrase) => normalizeMeasure(phrase).split(/[\s-]/).pop();

/**
 * A predicted measure is right when it is the gold phrase or an accepted one, or ends in the same
 * head noun ("Lambda's new customers" ~ "new customers"): wording varies, the thing counted must not.
 */
function sameMeasure(predicted, gold) {
  if (predicted == null || predicted === '') return false;
  const p = normalizeMeasure(predicted);
  if ([gold.measure, ...gold.accept].some((g) => normalizeMeasure(g) === p)) return true;
  return lastWord(predicted) === lastWord(gold.measure);
}

/** Counts of right / all, or null when the CLI gave nothing to score. */
const ratio = (right, all, available) => (available ? { right, all } : null);

function scorePage(gold, result, cards) {
  const predictedEntities = result.entities ?? [];
  const predictedFigures = result.figures ?? [];

  const goldTyped = new Set(gold.entities.map((e) => `${spanKey(e)}:${e.type}`));
  const tp = predictedEntities.filter((e) => goldTyped.has(`${spanKey(e)}:${e.type}`)).length;
  const names = { tp, fp: predictedEntities.length - tp, fn: gold.entities.length - tp };

  // A mark's own field first, else its card's (the card's `name` is the title the reader sees).
  const field = (mark, name) => mark[name] ?? mark.card?.[name];
  const entityAt = new Map(predictedEntities.map((e) => [spanKey(e), e]));
  const foundEntities = gold.entities.filter((e) => entityAt.has(spanKey(e)));
  const hasName = predictedEntities.some((e) => typeof field(e, 'name') === 'string');
  const groupedRight = foundEntities.filter((e) => lower(field(entityAt.get(spanKey(e)), 'name') ?? '') === lower(e.name));
  const grouping = ratio(groupedRight.length, foundEntities.length, hasName);

  const figureAt = new Map(predictedFigures.map((f) => [spanKey(f), f]));
  const foundFigures = gold.figures.filter((f) => figureAt.has(spanKey(f)));
  const withMeasure = foundFigures.filter((f) => f.measure !== null);
  const hasMeasure = predictedFigures.some((f) => field(f, 'measure') !== undefined);
  const measure = ratio(
    withMeasure.filter((f) => sameMeasure(field(figureAt.get(spanKey(f)), 'measure'), f)).length,
    withMeasure.length,
    hasMeasure,
  );
  const withAbout = foundFigures.filter((f) => f.about !== null);
  const hasAbout = predictedFigures.some((f) => field(f, 'about') !== undefined);
  const about = ratio(
    withAbout.filter((f) => lower(field(figureAt.get(spanKey(f)), 'about') ?? '') === lower(f.about)).length,
    withAbout.length,
    hasAbout,
  );

  const misses = [];
  for (const f of foundFigures) {
    const p = figureAt.get(spanKey(f));
    const m = field(p, 'measure') ?? null;
    const a = field(p, 'about') ?? null;
    const badMeasure = f.measure !== null && !sameMeasure(m, f);
    const badAbout = f.about !== null && lower(a ?? '') !== lower(f.about);
    if (badMeasure || badAbout)
      misses.push(
        `${f.text}: measure ${JSON.stringify(m)}${badMeasure ? ` (gold ${JSON.stringify(f.measure)})` : ''}, about ${JSON.stringify(a)}${badAbout ? ` (gold ${JSON.stringify(f.about)})` : ''}`,
      );
  }
  const comparisons = cards ? scoreComparisons(gold, result, misses) : null;
  return { names, grouping, measure, about, comparisons, misses };
}

/**
 * A comparison names the other figure by its span when the CLI gives one, else by mark id; mark ids
 * are resolved through whatever id the CLI prints on its marks (`markId`, `id` or `card.markId`).
 */
function scoreComparisons(gold, result, misses = []) {
  const goldIndex = new Map(gold.figures.map((f, i) => [spanKey(f), i]));
  const marks = new Map();
  for (const m of [...(result.entities ?? []), ...(result.figures ?? [])]) {
    const id = m.markId ?? m.id ?? m.card?.markId;
    if (id !== undefined) marks.set(id, m);
  }
  const pairKey = (a, b) => `${a}>${b}`;
  const wanted = new Set(gold.comparisons.wanted.map(([a, b]) => pairKey(a, b)));
  const forbidden = new Set(gold.comparisons.forbidden.map(([a, b]) => pairKey(a, b)));
  const seen = new Set();
  let all = 0;
  let sameKind = 0;
  let forbiddenShown = 0;
  let unresolved = 0;
  for (const figure of result.figures ?? []) {
    const from = goldIndex.get(spanKey(figure));
    for (const c of figure.card?.comparisons ?? []) {
      const other = c.start !== undefined ? c : marks.get(c.markId);
      if (!other) {
        unresolved++;
        continue;
      }
      const to = goldIndex.get(spanKey(other));
      if (from === undefined || to === undefined) continue;
      all++;
      const key = gold.figures[from].measureKey;
      if (key !== null && key === gold.figures[to].measureKey) sameKind++;
      else misses.push(`compared ${figure.text} with ${gold.figures[to].text} (gold keys ${key}, ${gold.figures[to].measureKey})`);
      if (forbidden.has(pairKey(from, to))) forbiddenShown++;
      seen.add(pairKey(from, to));
    }
  }
  for (const k of wanted) {
    if (seen.has(k)) continue;
    const [a, b] = k.split('>').map((i) => gold.figures[Number(i)]);
    misses.push(`wanted ${a.text} compared with ${b.text}: not shown`);
  }
  return {
    precision: { right: sameKind, all },
    wantedRecall: { right: [...wanted].filter((k) => seen.has(k)).length, all: wanted.size },
    forbidden: forbiddenShown,
    unresolved,
  };
}

const prf = ({ tp, fp, fn }) => {
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

function sumRatios(list) {
  if (list.some((x) => x === null)) return null;
  return list.reduce((a, x) => ({ right: a.right + x.right, all: a.all + x.all }), { right: 0, all: 0 });
}

function total(pages) {
  const scores = pages.map((p) => p.scores);
  const names = scores.reduce((a, s) => ({ tp: a.tp + s.names.tp, fp: a.fp + s.names.fp, fn: a.fn + s.names.fn }), { tp: 0, fp: 0, fn: 0 });
  const comparisons = scores.some((s) => s.comparisons === null)
    ? null
    : {
        precision: sumRatios(scores.map((s) => s.comparisons.precision)),
        wantedRecall: sumRatios(scores.map((s) => s.comparisons.wantedRecall)),
        forbidden: scores.reduce((n, s) => n + s.comparisons.forbidden, 0),
        unresolved: scores.reduce((n, s) => n + s.comparisons.unresolved, 0),
      };
  return {
    names,
    grouping: sumRatios(scores.map((s) => s.grouping)),
    measure: sumRatios(scores.map((s) => s.measure)),
    about: sumRatios(scores.map((s) => s.about)),
    comparisons,
  };
}

/** Adds the derived numbers (P/R/F1, accuracies) beside the counts, so callers need not recompute them. */
function withRates(s) {
  const rate = (x) => (x === null ? null : { ...x, value: x.all ? x.right / x.all : null });
  return {
    names: { ...s.names, ...prf(s.names) },
    grouping: rate(s.grouping),
    measure: rate(s.measure),
    about: rate(s.about),
    comparisons: s.comparisons && {
      ...s.comparisons,
      precision: rate(s.comparisons.precision),
      wantedRecall: rate(s.comparisons.wantedRecall),
    },
  };
}

export async function evalTrust({ cli = 'dist/cli/gloss.mjs' } = {}) {
  const golds = loadGold();
  const { cards, bySource } = await annotate(
    cli,
    golds.map((g) => g.source),
  );
  const notes = [];
  if (!cards) notes.push('the CLI has no --cards yet: comparisons are not scored');
  const pages = [];
  for (const gold of golds) {
    const result = bySource.get(gold.source);
    if (!result) {
      notes.push(`${gold.page}: the CLI gave no result`);
      continue;
    }
    // Gold offsets index the text as it was extracted when the gold was made; if extraction has
    // changed since, spans no longer line up and the page's scores would be noise.
    if (result.text !== gold.text) {
      notes.push(`${gold.page}: extracted text differs from the gold text (rebuild with scripts/lib/trust-gold.mjs); not scored`);
      continue;
    }
    pages.push({ page: gold.page, scores: scorePage(gold, result, cards) });
  }
  return {
    cards,
    notes,
    pages: Object.fromEntries(pages.map((p) => [p.page, withRates(p.scores)])),
    misses: Object.fromEntries(pages.map((p) => [p.page, p.scores.misses])),
    total: withRates(total(pages)),
  };
}

const f3 = (x) => (x === null || x === undefined ? 'n/a' : x.toFixed(3));
const rateCell = (x) => (x === null ? 'n/a' : x.all ? `${f3(x.value)} (${x.right}/${x.all})` : '- (0/0)');

export function trustTable(report) {
  const rows = [['page', 'names P / R / F1', 'grouping', 'measure', 'about', 'comparison precision', 'wanted recall', 'forbidden shown']];
  const row = (label, s) => [
    label,
    `${f3(s.names.p)} / ${f3(s.names.r)} / ${f3(s.names.f1)}`,
    rateCell(s.grouping),
    rateCell(s.measure),
    rateCell(s.about),
    s.comparisons ? rateCell(s.comparisons.precision) : 'n/a',
    s.comparisons ? rateCell(s.comparisons.wantedRecall) : 'n/a',
    s.comparisons ? String(s.comparisons.forbidden) : 'n/a',
  ];
  for (const [page, s] of Object.entries(report.pages)) rows.push(row(page, s));
  rows.push(row('all pages', report.total));
  const notes = report.notes.map((n) => `note: ${n}`);
  if (report.total.comparisons?.unresolved)
    notes.push(`note: ${report.total.comparisons.unresolved} comparisons named a figure the scorer could not find`);
  return [table(rows), ...notes].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const at = process.argv.indexOf('--cli');
  const report = await evalTrust(at > 0 ? { cli: process.argv[at + 1] } : {});
  if (process.argv.includes('--misses'))
    for (const [page, misses] of Object.entries(report.misses)) for (const miss of misses) console.log(`${page}: ${miss}`);
  console.log('\nTrust pages (test/fixtures/trust): what the cards say, against hand-made gold\n');
  console.log(trustTable(report));
}
