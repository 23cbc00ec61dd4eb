// Token features for the entity tagger. The same code runs when scripts/train.mjs learns the
// weights and when the worker tags an article, so the two can never disagree.
// Static features (everything but the previous tags) are computed once per document.
import type { Token } from './tokenize';
import type { Span } from '../span';
import { lexicon } from '../lexicon';
import { isCapitalised, ruleSpansPass } from '../names';
import { TITLES, ORG_SUFFIX, MONTHS_DAYS } from '../words';
import { Pace, whole, type Sliced } from '../../pace';

export const LABELS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;

const RULE_LABEL: Record<string, string> = { person: 'PER', organization: 'ORG', place: 'LOC', product: 'MISC', other: 'MISC' };

/** Word shape with runs collapsed: "Suleyman" -> "Xx", "GPT-4" -> "X-d", "iPhone" -> "xXx". */
export function shape(w: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < w.length && out.length < 8; i++) {
    const ch = w[i]!;
    let c: string;
    if (ch >= 'a' && ch <= 'z') c = 'x';
    else if (ch >= 'A' && ch <= 'Z') c = 'X';
    else if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch !== ch.toLowerCase()) c = 'X';
    else if (ch !== ch.toUpperCase()) c = 'x';
    else c = ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

function titleCase(w: string): string {
  return w.toLowerCase().replace(/(^|[-'’ ])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
}

function isAllCapsWord(w: string): boolean {
  return w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase();
}

/** Any upper-case letter; ASCII words are checked without a regular expression. */
export function hasUpper(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
    if (c >= 128) return /\p{Lu}/u.test(w);
  }
  return false;
}

/** `w.toLowerCase()`, without a copy for a word in lower-case ASCII (most of an article's words). */
export function lowerCase(w: string): string {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return w.toLowerCase();
  }
  return w;
}

/** Any letter; ASCII words are checked without a regular expression. */
function hasLetter(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
    if (c >= 128) return /\p{L}/u.test(w);
  }
  return false;
}

/**
 * Marks tokens covered by the longest gazetteer phrase starting at each capitalised token
 * (`capital`: 1 where the word has a capital).
 */
function* phraseMarks(words: string[], capital: Uint8Array, set: Set<string>, mark: string[], tag: string, pace: Pace): Sliced<void> {
  const n = words.length;
  const firsts = lexicon().firstWords.get(set)!;
  for (let i = 0; i < n;) {
    if (pace.spend()) yield;
    const first = words[i]!;
    if (!capital[i]) {
      i++;
      continue;
    }
    const most = firsts.get(first);
    if (most === undefined) {
      i++;
      continue;
    }
    let best = 0;
    let phrase = '';
    for (let k = 0; k < most && i + k < n; k++) {
      phrase = k ? `${phrase} ${words[i + k]}` : first;
      if (set.has(phrase)) best = k + 1;
    }
    if (best) {
      for (let k = 0; k < best; k++) mark[i + k] = (mark[i + k] ? `${mark[i + k]},` : '') + (k ? 'I' : 'B') + tag + (best > 1 ? 'm' : '');
      i += best;
    } else i++;
  }
}

/**
 * The kinds of features, by the start of their keys in the model: a feature is a kind and a value,
 * its key the two joined ("w=" and "bank": "w=bank"); a plain feature is its value alone ("b", "dl").
 * The tagger keeps a table per kind and looks the value up in it as it is: the words and shapes it
 * already holds are not joined into a new string, copied and hashed for every token it scores.
 */
export const KIND = {
  plain: 0,
  w: 1,
  s: 2,
  p1: 3,
  n1: 4,
  p2: 5,
  n2: 6,
  sp: 7,
  sn: 8,
  x3: 9,
  x2: 10,
  r: 11,
  rp: 12,
  rn: 13,
  x4: 14,
  f3: 15,
  ss: 16,
  cw: 17,
  g: 18,
  gp: 19,
  gx: 20,
  t: 21,
  tt: 22,
  tw: 23,
  ts: 24,
} as const;

/** The start of a key of each kind, by KIND ("" for plain features). */
export const KEY_PREFIX: readonly string[] = Object.entries(KIND)
  .sort((a, b) => a[1] - b[1])
  .map(([name, kind]) => (kind === KIND.plain ? '' : `${name}=`));

/** Receives a token's features one by one, in the order they are added up. */
export type FeatureSink = (kind: number, value: string) => void;

/** What the tagger reads of one document. */
export interface FeatureContext {
  /** Gives the sink the static features of token i, in order. */
  emit(i: number, sink: FeatureSink): void;
  /** The values of token i's `w` and `s` features, which the tag features pair with the previous tag. */
  word(i: number): string;
  shape(i: number): string;
  /** Whether token i has a capital (hasUpper of its text). */
  capital(i: number): boolean;
  /** Each token's text in lower case, made once for every pass that asks. */
  readonly lowered: readonly string[];
}

/** Per-token static feature strings for one document (all tokens; training uses this). */
export function staticFeatures(tokens: Token[], text: string): string[][] {
  const context = featureContext(tokens, text);
  return tokens.map((_t, i) => {
    const f: string[] = [];
    context.emit(i, (kind, value) => f.push(KEY_PREFIX[kind] + value));
    return f;
  });
}

/**
 * Prepares the document-level evidence once and returns the static features of token i on demand:
 * at run time only capitalised tokens and those after a name are scored, a small part of an article.
 */
function featureContext(tokens: Token[], text: string): FeatureContext {
  const pace = new Pace();
  return whole(featureContextPass(tokens, whole(ruleSpansPass(tokens, text, pace)), pace));
}

/** `rules`: ruleSpansPass() of the same tokens, which the pipeline reads too (found once for both). */
export function* featureContextPass(tokens: Token[], rules: readonly Span[], pace: Pace): Sliced<FeatureContext> {
  const lex = lexicon();
  const n = tokens.length;
  // Arrays of the article's length made once, not grown by push (each growth copies the array: on
  // a page of 400,000 tokens, megabytes at a time).
  const raw = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    if (pace.spend()) yield;
    raw[i] = tokens[i]!.text;
  }
  // Sentences in capitals (headlines, datelines) get their words looked up in title case.
  const capsSentence = new Uint8Array(n);
  // hasUpper() of each token, asked by several steps below and by the tagger.
  const rawCapital = new Uint8Array(n);
  for (let i = 0; i < n;) {
    let j = i + 1;
    while (j < n && !tokens[j]!.sentStart) j++;
    let letters = 0;
    let caps = 0;
    for (let k = i; k < j; k++) {
      if (pace.spend(2)) yield;
      const w = raw[k]!;
      if (hasUpper(w)) {
        rawCapital[k] = 1;
        letters++;
        if (isAllCapsWord(w) || w.length === 1) caps++;
      } else if (hasLetter(w)) letters++;
    }
    if (letters >= 2 && caps / letters > 0.8) capsSentence.fill(1, i, j);
    i = j;
  }
  const words = new Array<string>(n);
  const lower = new Array<string>(n);
  // hasUpper() of each of `words`, which differ from the tokens' text only in title case.
  const capital = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (pace.spend()) yield;
    const w = raw[i]!;
    const titled = capsSentence[i] && isAllCapsWord(w) && w.length > 3;
    words[i] = titled ? titleCase(w) : w;
    capital[i] = titled ? (hasUpper(words[i]!) ? 1 : 0) : rawCapital[i]!;
    lower[i] = lowerCase(w);
  }
  const shapeCache: string[] = [];
  const shapeAt = (k: number): string => (shapeCache[k] ??= shape(raw[k]!));

  // Document evidence: words seen in lower case elsewhere, and seen capitalised mid-sentence.
  const seenLower = new Set<string>();
  const seenCapMid = new Set<string>();
  for (let i = 0; i < n; i++) {
    if (pace.spend()) yield;
    const w = raw[i]!;
    if (capsSentence[i]) continue;
    if (w === lower[i]) seenLower.add(w);
    else if (!tokens[i]!.sentStart && isCapitalised(w)) seenCapMid.add(lower[i]!);
  }

  const gaz = new Array<string>(n).fill('');
  const rule = new Array<string>(n).fill('O');
  yield* phraseMarks(words, capital, lex.place, gaz, 'L', pace);
  yield* phraseMarks(words, capital, lex.org, gaz, 'O', pace);
  yield* phraseMarks(words, capital, lex.brand, gaz, 'B', pace);

  for (const s of rules) {
    if (pace.spend(s.end - s.start)) yield;
    const t = RULE_LABEL[s.type]!;
    for (let k = s.start; k < s.end; k++) rule[k] = (k === s.start ? 'B-' : 'I-') + t;
  }

  const shapeWithCaps = (i: number): string => (capsSentence[i] ? `${shapeAt(i)}C` : shapeAt(i));

  const emit = (i: number, sink: FeatureSink): void => {
    const w = words[i]!;
    const l = lower[i]!;
    const sh = shapeAt(i);
    const shc = shapeWithCaps(i);
    const p1 = i > 0 && !tokens[i]!.sentStart ? lower[i - 1]! : '<s>';
    const p2 = i > 1 && p1 !== '<s>' && !tokens[i - 1]!.sentStart ? lower[i - 2]! : '<s>';
    const n1 = i + 1 < n && !tokens[i + 1]!.sentStart ? lower[i + 1]! : '</s>';
    const n2 = n1 !== '</s>' && i + 2 < n && !tokens[i + 2]!.sentStart ? lower[i + 2]! : '</s>';
    const sp = p1 === '<s>' ? '<s>' : shapeAt(i - 1);
    const sn = n1 === '</s>' ? '</s>' : shapeAt(i + 1);
    const caps = capsSentence[i] === 1;
    const start = tokens[i]!.sentStart;
    sink(KIND.plain, 'b');
    sink(KIND.w, l);
    sink(KIND.s, shc);
    sink(KIND.p1, p1);
    sink(KIND.n1, n1);
    sink(KIND.p2, p2);
    sink(KIND.n2, n2);
    sink(KIND.sp, `${sp}|${sh}`);
    sink(KIND.sn, `${sh}|${sn}`);
    sink(KIND.x3, l.slice(-3));
    sink(KIND.x2, l.slice(-2));
    sink(KIND.r, rule[i]!);
    sink(KIND.rp, `${i > 0 ? rule[i - 1] : '<s>'}|${rule[i]}`);
    sink(KIND.rn, `${rule[i]}|${i + 1 < n ? rule[i + 1] : '</s>'}`);
    if (l.length > 4) {
      sink(KIND.x4, l.slice(-4));
      sink(KIND.f3, l.slice(0, 3));
    }
    if (start) sink(KIND.ss, shc);
    if (caps) sink(KIND.cw, l);
    const first = w.charCodeAt(0);
    if (capital[i]) {
      // Mostly-upper-case-only evidence; for lower-case tokens these say nothing.
      if (seenLower.has(l)) sink(KIND.plain, start || caps ? 'dls' : 'dl');
      if ((start || caps) && seenCapMid.has(l)) sink(KIND.plain, 'dc');
      if (lex.person.has(w)) sink(KIND.plain, lex.common.has(l) ? 'gnc' : 'gn');
      if (lex.common.has(l)) sink(KIND.plain, start ? 'cms' : 'cm');
      if (i > 0 && lex.person.has(words[i - 1]!) && /^\p{Lu}/u.test(words[i - 1]!)) sink(KIND.plain, 'gnp');
      if (i + 1 < n && lex.person.has(words[i + 1]!) && /^\p{Lu}/u.test(words[i + 1]!)) sink(KIND.plain, 'gnn');
      if (i > 0 && TITLES.has(raw[i - 1]!)) sink(KIND.plain, 'ti');
      if (i + 1 < n && ORG_SUFFIX.has(raw[i + 1]!)) sink(KIND.plain, 'os');
      if (MONTHS_DAYS.has(w)) sink(KIND.plain, 'md');
    }
    if (gaz[i]) for (const g of gaz[i]!.split(',')) sink(KIND.g, g);
    if (i > 0 && gaz[i - 1]) sink(KIND.gp, gaz[i - 1]!);
    if (i + 1 < n && gaz[i + 1]) sink(KIND.gx, gaz[i + 1]!);
    if (first === 64 /* @ */ || first === 35 /* # */) sink(KIND.plain, 'at');
  };
  return { emit, word: (i) => lower[i]!, shape: shapeWithCaps, capital: (i) => rawCapital[i] === 1, lowered: lower };
}

/**
 * Gives the sink the features that depend on the tags already chosen for the two previous tokens;
 * `word` and `shape` are the values of the token's `w` and `s` features.
 */
export function emitTagFeatures(prev: string, prev2: string, word: string, shape: string, sink: FeatureSink): void {
  sink(KIND.t, prev);
  sink(KIND.tt, `${prev2}|${prev}`);
  sink(KIND.tw, `${prev}|${word}`);
  sink(KIND.ts, `${prev}|${shape}`);
}

/** The tag features as keys, for training: `f` is the token's static features (f[1] is `w=<lower>`, f[2] the shape). */
export function tagFeatures(prev: string, prev2: string, f: string[]): string[] {
  const out: string[] = [];
  emitTagFeatures(prev, prev2, f[1]!.slice(2), f[2]!.slice(2), (kind, value) => out.push(KEY_PREFIX[kind] + value));
  return out;
}

/** Whether `label` may follow `prev` in BIO2. */
export function allowed(prev: string, label: string): boolean {
  return label.charCodeAt(0) !== 73 /* I */ || (prev !== 'O' && prev.slice(2) === label.slice(2));
}
