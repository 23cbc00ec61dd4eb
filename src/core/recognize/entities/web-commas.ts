// The tagger sometimes reads a list of names as one ("The Beatmasters, Krush, Coldcut"): a name
// holds a comma only before the legal form of a company ("CCNG, Inc.") or a generation
// ("Martin Luther King, Jr."), so elsewhere a comma inside a span ends one name and starts the next.
import { type Span } from './span';
import type { Token } from './tagger/tokenize';
import { LEGAL } from './words';

/** Words a name may hold after its comma: a company's legal form, a generation. */
const AFTER_COMMA = new Set([...LEGAL, 'Inc', 'Inc.', 'Jr', 'Jr.', 'Sr', 'Sr.', 'II', 'III', 'IV']);

/** The span cut at each comma inside it that no legal form or generation follows; the commas are no part. */
export function partsAtCommas(tokens: readonly Token[], s: Span): Span[] {
  const parts: Span[] = [];
  let start = s.start;
  for (let k = s.start; k < s.end; k++) {
    if (tokens[k]!.text !== ',' || AFTER_COMMA.has(tokens[k + 1]?.text ?? '')) continue;
    if (k > start) parts.push({ ...s, start, end: k });
    start = k + 1;
  }
  if (start === s.start) return [s];
  if (start < s.end) parts.push({ ...s, start, end: s.end });
  return parts;
}
