// Named entities in article text: person, organization, place, product, other.
// Tokenise, find name spans, then make mentions of one entity agree on name and type.
import type { EntityMention } from '../types';
import { tokenize } from './ner-tokenize';
import { ruleSpans } from './ner-rules';
import { linkMentions } from './ner-coref';

/** Entity mentions sorted by start, non-overlapping; `name` is the full name in this article. */
export function recognizeEntities(text: string): EntityMention[] {
  const tokens = tokenize(text);
  const mentions: EntityMention[] = [];
  for (const s of ruleSpans(tokens, text)) {
    const start = tokens[s.start]!.start;
    const end = tokens[s.end - 1]!.end;
    const surface = text.slice(start, end);
    mentions.push({ text: surface, type: s.type, start, end, name: surface.replace(/\s+/g, ' ') });
  }
  return linkMentions(mentions);
}
