// Entity recognition scores: entity-level exact-span precision / recall / F1 for PER, ORG, LOC on
// CoNLL-2003 testa (tuning) and testb (test), and on UNER English PUD (news + Wikipedia), for Gloss
// and for compromise's people()/organizations()/places() as a baseline.
// Gloss types map person->PER, organization->ORG, place->LOC; product/other and gold MISC are ignored
// on both sides (CoNLL MISC mixes nationalities, events and products, which Gloss types differently).
// CoNLL-2003 is evaluation data only: it is read here and nowhere in training.
// --tagger adds the statistical tagger alone (its BIO2 labels as spans, before the passes of
// entities/pipeline.ts), to see which of the two a change moves.
//   node scripts/eval-entities.mjs [--no-compromise] [--tagger]
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { loadTs } from './lib/load-ts.mjs';
import { read, readColumns, spansFromTags } from './train.mjs';

const TYPE_MAP = { person: 'PER', organization: 'ORG', place: 'LOC' };
const TYPES = ['PER', 'ORG', 'LOC'];

export function readConll(split) {
  return readColumns(read(`conll2003/eng.${split}`), { sep: ' ', tokenCol: 0, tagCol: 3, iob1: true });
}

/** UNER PUD, split into its documents at `# newdoc` lines. */
export function readPud() {
  const docs = [];
  let doc = [];
  for (const block of read('uner-en/en_pud-ud-test.iob2').split(/\n\s*\n/)) {
    if (/^# newdoc/m.test(block) && doc.length) {
      docs.push(doc);
      doc = [];
    }
    const rows = block
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => l.split('\t'));
    if (!rows.length) continue;
    const tags = rows.map((r) => (/^[BI]-(PER|ORG|LOC)$/.test(r[2]) ? r[2] : 'O'));
    doc.push({ tokens: rows.map((r) => r[1]), tags });
  }
  if (doc.length) docs.push(doc);
  return docs;
}

/** A document as text: tokens joined by spaces, sentences by newlines, with each token's offsets. */
export function docText(doc) {
  let text = '';
  const starts = new Map();
  const ends = new Map();
  const gold = [];
  let k = 0;
  for (const s of doc) {
    if (text) text += '\n';
    const base = k;
    s.tokens.forEach((t, i) => {
      if (i) text += ' ';
      starts.set(text.length, k);
      text += t;
      ends.set(text.length, k + 1);
      k++;
    });
    for (const sp of spansFromTags(s.tags)) if (TYPES.includes(sp.type)) gold.push(`${base + sp.start}:${base + sp.end}:${sp.type}`);
  }
  return { text, starts, ends, gold };
}

function emptyCounts() {
  return Object.fromEntries([...TYPES, 'ALL'].map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
}

function score(counts) {
  const out = {};
  for (const [t, c] of Object.entries(counts)) {
    const p = c.tp / (c.tp + c.fp || 1);
    const r = c.tp / (c.tp + c.fn || 1);
    out[t] = { p: round(p), r: round(r), f1: round(p + r ? (2 * p * r) / (p + r) : 0), tp: c.tp, fp: c.fp, fn: c.fn };
  }
  return out;
}

const round = (x) => Math.round(x * 1000) / 1000;

/** Scores a recognizer `(text) => [{start, end, type: 'PER'|'ORG'|'LOC'}]` on documents. */
export function evaluate(docs, recognize) {
  const counts = emptyCounts();
  for (const doc of docs) {
    const { text, starts, ends, gold } = docText(doc);
    const found = recognize(text);
    const pred = new Set();
    for (const m of found) {
      if (!TYPES.includes(m.type)) continue;
      const a = starts.get(m.start);
      const b = ends.get(m.end);
      // A span that does not fall on token boundaries cannot match gold: a false positive.
      pred.add(a === undefined || b === undefined ? `x${m.start}:${m.end}:${m.type}` : `${a}:${b}:${m.type}`);
    }
    const goldSet = new Set(gold);
    for (const p of pred) {
      const type = p.slice(p.lastIndexOf(':') + 1);
      const hit = goldSet.has(p);
      counts[type][hit ? 'tp' : 'fp']++;
      counts.ALL[hit ? 'tp' : 'fp']++;
    }
    for (const g of goldSet) {
      if (pred.has(g)) continue;
      const type = g.slice(g.lastIndexOf(':') + 1);
      counts[type].fn++;
      counts.ALL.fn++;
    }
  }
  return score(counts);
}

/** Warm throughput in characters per second over the documents, as articles one at a time. */
export function throughput(docs, recognize, rounds = 3) {
  const texts = docs.map((d) => docText(d).text);
  for (const t of texts.slice(0, 20)) recognize(t);
  const chars = texts.reduce((a, t) => a + t.length, 0) * rounds;
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) for (const t of texts) recognize(t);
  return Math.round(chars / ((performance.now() - t0) / 1000));
}

export function glossRecognizer(recognizeEntities) {
  return (text) => recognizeEntities(text).map((m) => ({ start: m.start, end: m.end, type: TYPE_MAP[m.type] }));
}

/** The tagger's own spans: the labels of tagger/model.ts, as scripts/train.mjs reads gold tags. */
export async function taggerRecognizer() {
  const { tokenizePass } = await loadTs('src/core/recognize/entities/tagger/tokenize.ts');
  const { featureContextPass } = await loadTs('src/core/recognize/entities/tagger/features.ts');
  const { ruleSpansPass } = await loadTs('src/core/recognize/entities/names.ts');
  const { tagPass } = await loadTs('src/core/recognize/entities/tagger/model.ts');
  const { Pace, whole } = await loadTs('src/core/recognize/pace.ts');
  return (text) => {
    const pace = new Pace();
    const tokens = whole(tokenizePass(text, pace));
    const labels = whole(tagPass(tokens, whole(featureContextPass(tokens, whole(ruleSpansPass(tokens, text, pace)), pace)), pace));
    return spansFromTags(labels).map((s) => ({ start: tokens[s.start].start, end: tokens[s.end - 1].end, type: s.type }));
  };
}

export async function compromiseRecognizer() {
  const { default: nlp } = await import('compromise');
  return (text) => {
    const doc = nlp(text);
    const out = [];
    for (const [type, view] of [
      ['PER', doc.people()],
      ['ORG', doc.organizations()],
      ['LOC', doc.places()],
    ]) {
      for (const m of view.json({ offset: true })) {
        let start = m.offset.start;
        let end = start + m.offset.length;
        // compromise offsets can include trailing punctuation and possessives; trim to the words.
        while (end > start && /[\s.,;:!?'"’)]/.test(text[end - 1])) end--;
        if (text.slice(end - 2, end) === "'s" || text.slice(end - 2, end) === '’s') end -= 2;
        while (end > start && /\s/.test(text[end - 1])) end--;
        out.push({ start, end, type });
      }
    }
    return out;
  };
}

export async function evalEntities({ compromise = true, tagger = false, sets = ['testa', 'testb', 'pud'] } = {}) {
  const { recognizeEntities } = await loadTs('src/core/recognize/entities/recognize.ts');
  const gloss = glossRecognizer(recognizeEntities);
  const base = compromise ? await compromiseRecognizer() : null;
  const taggerAlone = tagger ? await taggerRecognizer() : null;
  const data = { testa: () => readConll('testa'), testb: () => readConll('testb'), pud: readPud };
  const results = {};
  for (const name of sets) {
    const docs = data[name]();
    results[name] = { gloss: evaluate(docs, gloss) };
    if (taggerAlone) results[name].tagger = evaluate(docs, taggerAlone);
    if (base) results[name].compromise = evaluate(docs, base);
  }
  // Speed on PUD (news and Wikipedia prose; CoNLL is mostly tables and headlines).
  const pud = readPud();
  results.charsPerSec = { gloss: throughput(pud, gloss), ...(base ? { compromise: throughput(pud, base, 1) } : {}) };
  return results;
}

export function printResults(results) {
  const rows = [];
  for (const [set, byTool] of Object.entries(results)) {
    if (set === 'charsPerSec') continue;
    for (const [tool, r] of Object.entries(byTool))
      rows.push(
        [
          set.padEnd(6),
          tool.padEnd(11),
          ...[...TYPES, 'ALL'].map((t) => `${t} ${r[t].p.toFixed(3)}/${r[t].r.toFixed(3)}/${r[t].f1.toFixed(3)}`),
        ].join('  '),
      );
  }
  console.log('set     tool         P/R/F1 per type (exact span, PER/ORG/LOC only)');
  console.log(rows.join('\n'));
  console.log(
    `throughput (PUD, warm): ${Object.entries(results.charsPerSec)
      .map(([k, v]) => `${k} ${Math.round(v / 1000)}k chars/s`)
      .join(', ')}`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const results = await evalEntities({ compromise: !process.argv.includes('--no-compromise'), tagger: process.argv.includes('--tagger') });
  printResults(results);
}
