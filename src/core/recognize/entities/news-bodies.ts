// "the Australian Federal Police", "the Palestinian Authority", "the British Medical Association":
// a people's name right before a body's name is the first word of the body's own name, not a
// nationality beside it. The tagger and the nationality rules leave the people's name out; a body
// whose last word is a body's noun takes it back.
import { type Doc, type Span, withSpans } from './span';
import { BODY_TAILS, DEMONYMS } from './words';
import { type Pace, type Sliced } from '../pace';

/** Bodies of a state named after its people ("the Israeli Army", "the Russian Navy"), besides BODY_TAILS. */
const FORCES = new Set(['Police', 'Army', 'Navy', 'Guard']);

/**
 * Each organization ending in a body's noun, right after a people's name with only a space
 * between, with the people's name in it; a span the people's name had of its own (a nationality
 * typed "other") gives way.
 */
export function* demonymLedBodies(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<readonly Span[]> {
  const { tokens, text } = doc;
  const out: Span[] = [];
  const led: Span[] = [];
  for (let i = 0; i < spans.length; i++) {
    if (pace.spend()) yield;
    const s = spans[i]!;
    const people = tokens[s.start - 1];
    const last = tokens[s.end - 1]!.text;
    const leads =
      !s.fixed &&
      s.type === 'organization' &&
      !!people &&
      !tokens[s.start]!.sentStart &&
      DEMONYMS.has(people.text) &&
      (BODY_TAILS.has(last) || FORCES.has(last)) &&
      /^ $/.test(text.slice(people.end, tokens[s.start]!.start));
    if (!leads) {
      out.push(s);
      continue;
    }
    // The people's name may be a span of its own, just before.
    if (out.length && out[out.length - 1]!.end === s.start && out[out.length - 1]!.start === s.start - 1) out.pop();
    led.push({ ...s, start: s.start - 1 });
  }
  return led.length ? yield* withSpans(out, led, pace) : spans;
}
