// An article that defines an abbreviation says what it names: "the Organisation for Security and
// Cooperation in Europe (OSCE)", "the Moro National Liberation Front (MNLF)". The name before the
// brackets is one name, from its first capital to its last word, whatever pieces the tagger cut it
// into; the abbreviation names the same thing, wherever the article uses it.
import { lexicon } from './lexicon';
import { type Doc, LONGEST_NAME, type Span, spanText, withSpans } from './span';
import type { Token } from './tagger/tokenize';
import { BODY_TAILS, ORG_SUFFIX } from './words';
import { type Pace, type Sliced } from '../pace';
import type { EntityType } from '../../types';

/** An abbreviation as articles define one: two to eight capitals, maybe a lower-case letter inside ("OSCE", "DoD"). */
const ABBREVIATION = /^\p{Lu}[\p{Lu}\p{Ll}&]{0,6}\p{Lu}$/u;
/** Small words a long name holds between its capitals ("Organisation for Security and Cooperation in Europe"). */
const INNER = /^(of|for|and|&|in|on|the|to|de|du|des|la|le|del|della|di|da|van|von|der|für|und)$/;

/**
 * Each defined abbreviation's long name as one span, and the abbreviation as the same kind of name
 * everywhere in the article. The long name's type: a place when the lists know it as one, else an
 * organization when the tagger found a name in it or it ends in a body's word; a name nothing
 * found and no body's word ends ("Gross Domestic Product (GDP)") is left as it was.
 */
export function* definedAbbreviations(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens, lines } = doc;
  const defined: { start: number; end: number; type: EntityType; abbreviation: string }[] = [];
  for (let k = 2; k + 2 < tokens.length; k++) {
    if (pace.spend()) yield;
    if (tokens[k]!.text !== '(' || tokens[k + 2]!.text !== ')' || !ABBREVIATION.test(tokens[k + 1]!.text)) continue;
    const long = longName(tokens, lines, k, tokens[k + 1]!.text);
    if (long) defined.push({ ...long, abbreviation: tokens[k + 1]!.text });
  }
  if (!defined.length) return spans;
  // What the tagger and the passes found inside each long name, walking both lists in order.
  const out: Span[] = [];
  const added: Span[] = [];
  const types = new Map<string, EntityType>();
  let d = 0;
  let pending: Span[] = [];
  const settle = (def: (typeof defined)[number]): void => {
    const found = pending.filter((s) => s.type !== 'other');
    const bodyEnd = ORG_SUFFIX.has(tokens[def.end - 1]!.text) || BODY_TAILS.has(tokens[def.end - 1]!.text);
    const fixed = pending.some((s) => s.fixed);
    const type: EntityType | null = fixed ? null : def.type === 'place' ? 'place' : found.length || bodyEnd ? 'organization' : null;
    if (!type) out.push(...pending);
    else {
      added.push({ start: def.start, end: def.end, type });
      types.set(def.abbreviation, type);
    }
    pending = [];
  };
  for (const s of spans) {
    if (pace.spend()) yield;
    while (d < defined.length && defined[d]!.end <= s.start) {
      settle(defined[d]!);
      d++;
    }
    const def = defined[d];
    if (def && s.start < def.end && s.end > def.start) {
      // A name that reaches out of the long name keeps it as it was.
      if (s.start < def.start || s.end > def.end) {
        out.push(...pending, s);
        pending = [];
        d++;
        continue;
      }
      pending.push(s);
    } else out.push(s);
  }
  while (d < defined.length) settle(defined[d++]!);
  const merged = yield* withSpans(out, added, pace);
  if (!types.size) return merged;
  const result: Span[] = [];
  const seen = new Set<number>();
  for (const s of merged) {
    if (pace.spend()) yield;
    const t = s.end - s.start === 1 ? types.get(tokens[s.start]!.text) : undefined;
    result.push(t && !s.fixed && t !== s.type ? { ...s, type: t } : s);
    seen.add(s.start);
  }
  // The abbreviation in its brackets, where nothing was found over it.
  const brackets: Span[] = [];
  for (const def of defined) {
    const at = def.end + 1;
    if (types.has(def.abbreviation) && !seen.has(at) && !result.some((s) => s.start <= at && s.end > at))
      brackets.push({ start: at, end: at + 1, type: types.get(def.abbreviation)! });
  }
  return brackets.length ? yield* withSpans(result, brackets, pace) : result;
}

/**
 * The long name that ends just before the bracket at `k` and whose capitals' initials spell the
 * abbreviation, on the bracket's line: the longest such run of capitals and small words, which no
 * longer name goes on before ("Refugees and Democracy" of "Rally for the Return of Refugees and
 * Democracy" is not a name). The type is 'place' when the lists know the name as a place.
 */
function longName(
  tokens: Token[],
  lines: Uint32Array,
  k: number,
  abbreviation: string,
): { start: number; end: number; type: EntityType } | null {
  const letters = abbreviation.replace(/[^\p{L}]/gu, '').toUpperCase();
  const end = k;
  if (!isCapital(tokens[end - 1]!.text)) return null;
  let initials = '';
  for (let i = end - 1; i >= 0 && end - i <= LONGEST_NAME && lines[i] === lines[k]; i--) {
    const t = tokens[i]!.text;
    if (isCapital(t)) {
      initials = initialsOf(t) + initials;
      if (initials.length > letters.length + 2) return null;
      if (initials === letters || initials.replace(/[^A-Z]/g, '') === letters) {
        // Inside a longer name: a small word between two capitals goes on ("Return of Refugees",
        // "Front for the Defence").
        const b = tokens[i - 1]?.text === 'the' ? i - 2 : i - 1;
        const before = tokens[b]?.text ?? '';
        if (b > 0 && INNER.test(before) && before !== 'the' && isCapital(tokens[b - 1]!.text) && lines[b - 1] === lines[k]) continue;
        if (end - i < 2) return null;
        const name = spanText(tokens, i, end);
        return { start: i, end, type: lexicon().place.has(name) ? 'place' : 'organization' };
      }
      if (tokens[i]!.sentStart) return null;
    } else if (!INNER.test(t) || i === end - 1) return null;
  }
  return null;
}

function isCapital(t: string): boolean {
  return /^\p{Lu}/u.test(t) && /\p{L}/u.test(t.slice(1) || t);
}

/** A word's initials, one per part of a hyphenated word ("Franco-German" FG), upper-cased. */
function initialsOf(t: string): string {
  return t
    .split('-')
    .filter((p) => /^\p{L}/u.test(p))
    .map((p) => p.charAt(0).toUpperCase())
    .join('');
}
