// The statistical tagger at run time: loads the packed perceptron weights (assets/model/ner-model.json,
// built by scripts/train.mjs) and labels tokens greedily, left to right, in BIO2.
import { entityAsset } from '../assets';
import type { Token } from './tokenize';
import { KIND, allowed, emitTagFeatures, type FeatureContext, type FeatureSink } from './features';
import { builtOnce, type Pace, type Sliced } from '../../pace';

interface PackedModel {
  labels: string[];
  /** Row scale = unit * 2^(scales[row] / 8); weight = int8 * row scale. */
  unit: number;
  keys: string;
  scales: string;
  weights: string;
  /** Rows kept as float32. */
  bigKeys: string;
  big: string;
}

interface Model {
  labels: string[];
  /** By KIND, the first weight of each feature's row by the feature's value ("bank" of "w=bank"). */
  rows: Map<string, number>[];
  weights: Float32Array;
}

/** Files the row of a model key where the tagger looks for it: by its kind, then its value. */
function indexKey(rows: Map<string, number>[], key: string, row: number): void {
  const eq = key.indexOf('=');
  const kind = eq < 0 ? KIND.plain : KIND[key.slice(0, eq) as keyof typeof KIND];
  // A key of a kind no feature has any more is never looked for.
  if (kind !== undefined) rows[kind]!.set(eq < 0 ? key : key.slice(eq + 1), row);
}

function bytes(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** The model unpacked from its packed data, as a sliced pass: a unit per weight. */
function* modelPass(pace: Pace): Sliced<Model> {
  const d = entityAsset('model') as PackedModel;
  const NL = d.labels.length;
  const keys = d.keys ? d.keys.split('\n') : [];
  const bigKeys = d.bigKeys ? d.bigKeys.split('\n') : [];
  const weights = new Float32Array((keys.length + bigKeys.length) * NL);
  const scales = bytes(d.scales);
  const q = new Int8Array(bytes(d.weights).buffer);
  const rows = Object.values(KIND).map(() => new Map<string, number>());
  for (let r = 0; r < keys.length; r++) {
    if (pace.spend(NL)) yield;
    const scale = d.unit * 2 ** (scales[r]! / 8);
    for (let y = 0; y < NL; y++) weights[r * NL + y] = q[r * NL + y]! * scale;
    indexKey(rows, keys[r]!, r * NL);
  }
  const big = new Float32Array(bytes(d.big).buffer);
  weights.set(big, keys.length * NL);
  for (let r = 0; r < bigKeys.length; r++) {
    if (pace.spend()) yield;
    indexKey(rows, bigKeys[r]!, (keys.length + r) * NL);
  }
  return { labels: d.labels, rows, weights };
}

const built = builtOnce(modelPass);

export function model(): Model {
  return built.get();
}

/** model() in slices, for the worker's warm-up. */
export function buildModel(slice: number): Promise<void> {
  return built.build(slice);
}

/** Work of scoring one token with the model, in Pace units (a token a pass merely looks at is 1). */
const SCORE_COST = 16;

/**
 * BIO2 labels for the tokens of the article, as a sliced pass. Features see the whole article
 * (document-level cues such as "this word is lower-case elsewhere"), and the two previous labels
 * carry over from slice to slice, so slicing anywhere gives exactly the labels of one pass.
 */
export function* tagPass(tokens: Token[], features: FeatureContext, pace: Pace): Sliced<string[]> {
  const m = model();
  const NL = m.labels.length;
  // Made once at the article's length: growing it by push stalled long pages (see featureContextPass).
  const out = new Array<string>(tokens.length);
  const scores = new Float64Array(NL);
  // Adds a feature's weights to the scores, in the order the features come, as training does.
  const add: FeatureSink = (kind, value) => {
    const base = m.rows[kind]!.get(value);
    if (base === undefined) return;
    for (let y = 0; y < NL; y++) scores[y] = scores[y]! + m.weights[base + y]!;
  };
  // Which labels may follow each label (by its index; NL for the sentence start), asked per scored token.
  const follows = [...m.labels, '<s>'].map((before) => m.labels.map((label) => allowed(before, label)));
  const oIndex = m.labels.indexOf('O');
  let prev = '<s>';
  let prevIndex = NL;
  let prev2 = '<s>';
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.sentStart) {
      prev = '<s>';
      prevIndex = NL;
      prev2 = '<s>';
    }
    // A word without a capital after an O is O: most of an article, and the model is trained the same way.
    if ((prev === 'O' || prev === '<s>') && !features.capital(i)) {
      if (pace.spend()) yield;
      out[i] = 'O';
      prev2 = prev;
      prev = 'O';
      prevIndex = oIndex;
      continue;
    }
    if (pace.spend(SCORE_COST)) yield;
    scores.fill(0);
    features.emit(i, add);
    emitTagFeatures(prev, prev2, features.word(i), features.shape(i), add);
    let best = 0;
    let bestScore = -Infinity;
    const allowedNow = follows[prevIndex]!;
    for (let y = 0; y < NL; y++) {
      if (scores[y]! > bestScore && allowedNow[y]) {
        best = y;
        bestScore = scores[y]!;
      }
    }
    out[i] = m.labels[best]!;
    prev2 = prev;
    prev = m.labels[best]!;
    prevIndex = best;
  }
  return out;
}
