// A name the article calls by its kind, with a common noun right beside it: "Vulture magazine",
// "the Hamilton musical", "a Mario game", "the online game Minecraft", "the messaging app
// WhatsApp". The noun is the article's own statement of what the name is, so it outweighs the
// tagger's guess and a gazetteer's place ("New York magazine" is the magazine), and what it says of
// one mention holds for every mention of the same words in the article.
import { isCommonWord } from './names';
import { type Doc, type Span, coverage, spanText, withSpans } from './span';
import type { Token } from './tagger/tokenize';
import { COMPANY_HEADS, PERSON_ROLES } from './words';
import { type Pace, type Sliced } from '../pace';
import type { EntityType } from '../../types';

const w = (s: string): ReadonlySet<string> => new Set(s.split(' '));

/** Nouns of a publication or an outlet: the name before or after them is an organization. */
const OUTLET_KINDS = w('magazine newspaper tabloid website weekly broadsheet');
/** An outlet's staff after its name: "Snopes writers", "a Reuters reporter". */
const OUTLET_STAFF = w('writer writers reporter reporters editor editors columnist columnists correspondent correspondents');
/** Nouns of a work: the name is of type other ("the Hamilton musical", "the film Avatar"). */
const WORK_KINDS = w('musical film movie novel album opera documentary sitcom');
/** Nouns of a product: "a Mario game", "the online game Minecraft", "the messaging app WhatsApp". */
const PRODUCT_KINDS = w('game games app rocket');

function kindOf(noun: string | undefined): EntityType | null {
  if (!noun) return null;
  if (OUTLET_KINDS.has(noun)) return 'organization';
  if (WORK_KINDS.has(noun)) return 'other';
  if (PRODUCT_KINDS.has(noun)) return 'product';
  return null;
}

/** Words between a determiner and the kind noun before a name: "the wildly popular online game Minecraft". */
const MODIFIERS_BEFORE = 4;

/**
 * The kind the words beside a name give it: a kind noun right after it ("Vulture magazine"), or right before it
 * in a noun phrase a determiner opens ("the online game Minecraft"; not "after the game Sunday",
 * which the capital of a weekday or a sentence start rules out).
 */
function kindBeside(tokens: readonly Token[], s: Span): EntityType | null {
  const after = tokens[s.end];
  if (after && !after.sentStart && /^\p{Ll}/u.test(after.text)) {
    const kind = kindOf(after.text);
    // "a Soviet Union film", "a Denver newspaper": after "a" the name says where the work or the
    // paper is from; only a product's kind is named so ("a Mario game").
    if (kind && (kind === 'product' || !/^(a|an)$/i.test(tokens[s.start - 1]?.text ?? ''))) return kind;
  }
  const before = tokens[s.start - 1];
  const kind = kindOf(before?.text);
  if (!kind || tokens[s.start]!.sentStart || before!.sentStart) return null;
  for (let k = s.start - 2; k >= Math.max(0, s.start - 2 - MODIFIERS_BEFORE); k--) {
    const t = tokens[k]!;
    if (/^(the|a|an|its|their|his|her)$/i.test(t.text)) return kind;
    if (t.sentStart || !/^[\p{Ll}-]+$/u.test(t.text)) return null;
  }
  return null;
}

/**
 * Types every mention of a name the article calls by its kind; a capitalised word no span holds
 * (inside a sentence, no common word) that the article calls so becomes a name, and so does each
 * of its other mentions. Fixed spans keep their type.
 */
export function* kindNamed(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens } = doc;
  // Most articles call nothing by its kind: the nouns are looked for first, in one pass of set look-ups.
  const nouns = new Uint8Array(tokens.length);
  let anyNoun = false;
  for (let k = 0; k < tokens.length; k++) {
    if (pace.spend()) yield;
    const t = tokens[k]!.text;
    if (kindOf(t) || OUTLET_STAFF.has(t)) nouns[k] = 1;
    anyNoun ||= nouns[k] === 1;
  }
  if (!anyNoun) return spans;
  const said = new Map<string, EntityType>();
  const covered = yield* coverage(tokens.length, spans, pace);
  const bare = (k: number): boolean => {
    const t = tokens[k]!;
    return !covered[k] && !t.sentStart && /^\p{Lu}\p{L}/u.test(t.text) && !isCommonWord(t.text);
  };
  for (const s of spans) {
    if (pace.spend(s.end - s.start)) yield;
    if (!nouns[s.end] && !nouns[s.start - 1]) continue;
    const text = spanText(tokens, s.start, s.end);
    const kind = kindBeside(tokens, s);
    if (kind && !said.has(text)) said.set(text, kind);
  }
  for (let k = 0; k < tokens.length; k++) {
    if (pace.spend()) yield;
    if ((!nouns[k + 1] && !nouns[k - 1]) || said.has(tokens[k]!.text) || !bare(k)) continue;
    const kind = kindBeside(tokens, { start: k, end: k + 1, type: 'other' });
    if (kind) said.set(tokens[k]!.text, kind);
    // "the Snopes.com writer", "other Snopes writers": a word nothing took for a name, before its
    // staff, is their outlet (a name found before them may be a person's town or a work's).
    else if (OUTLET_STAFF.has(tokens[k + 1]?.text ?? '') && !tokens[k + 1]!.sentStart) said.set(tokens[k]!.text, 'organization');
  }
  if (!said.size) return spans;
  const out: Span[] = [];
  for (const s of spans) {
    if (pace.spend()) yield;
    const kind = s.fixed ? undefined : said.get(spanText(tokens, s.start, s.end));
    out.push(kind && kind !== s.type ? { ...s, type: kind } : s);
  }
  const added: Span[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (pace.spend()) yield;
    const kind = said.get(tokens[k]!.text);
    if (kind && bare(k)) added.push({ start: k, end: k + 1, type: kind });
  }
  return added.length ? yield* withSpans(out, added, pace) : out;
}

/**
 * "Minecraft developer Mojang", "Snapchat founder Evan Spiegel": a run the tagger read as one name
 * across a lower-case noun of a company or of a person's role is two names, the first the
 * second's product or employer. The second is a company after a company's noun and a person
 * after a person's role; the first keeps the type the tagger gave the run.
 */
export function* splitAtRoleNouns(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens } = doc;
  const out: Span[] = [];
  for (const s of spans) {
    if (pace.spend(s.end - s.start)) yield;
    let k = s.start + 1;
    while (k < s.end - 1 && !(COMPANY_HEADS.has(tokens[k]!.text) || PERSON_ROLES.has(tokens[k]!.text))) k++;
    const capital = (t: Token): boolean => /^\p{Lu}/u.test(t.text);
    if (s.fixed || k >= s.end - 1 || !capital(tokens[k - 1]!) || !capital(tokens[k + 1]!)) {
      out.push(s);
      continue;
    }
    out.push(
      { start: s.start, end: k, type: s.type },
      { start: k + 1, end: s.end, type: COMPANY_HEADS.has(tokens[k]!.text) ? 'organization' : 'person' },
    );
  }
  return out;
}

/**
 * A model's code: a capital, then capitals and figures with at least one figure, maybe in hyphened
 * parts ("MS-04", "A320", "S24"); not a size ("256MB") or a book's number ("0-7900-0187-X").
 */
const MODEL_CODE = /^(?=\S*\d)\p{Lu}[\p{Lu}\d]*(?:-[\p{Lu}\d]+)*$/u;
/** The most words of a name a model's code follows ("Progress", "Galaxy Note"). */
const MODEL_NAME_WORDS = 2;

/**
 * "Progress MS-04", "Airbus A320", "Galaxy S24": a name and a model's code after it are one
 * product, whatever the tagger made of the name alone (a company) and of the code (a product of
 * its own). A person's name is left alone.
 */
export function* codedProducts(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens, text } = doc;
  const out: Span[] = [];
  for (let i = 0; i < spans.length; i++) {
    if (pace.spend()) yield;
    const s = spans[i]!;
    const code = tokens[s.end];
    const spaced = code && /^ $/.test(text.slice(tokens[s.end - 1]!.end, code.start));
    if (
      s.fixed ||
      s.type === 'person' ||
      s.end - s.start > MODEL_NAME_WORDS ||
      !spaced ||
      code.sentStart ||
      !MODEL_CODE.test(code.text) ||
      MODEL_CODE.test(tokens[s.end - 1]!.text)
    ) {
      out.push(s);
      continue;
    }
    // The code may be a span of its own ("MS-04"), which the product takes in.
    const next = spans[i + 1];
    if (next && next.start === s.end) {
      if (next.end !== s.end + 1) {
        out.push(s);
        continue;
      }
      i++;
    }
    out.push({ start: s.start, end: s.end + 1, type: 'product' });
  }
  return out;
}
