// Named entities in article text: person, organization, place, product, other.
// Tokenise, label tokens with the trained tagger (ner-model.ts), turn labels into mentions, then
// make mentions of one entity agree on name and type (ner-coref.ts).
import type { EntityMention, EntityType } from '../types';
import { tokenize, type Token } from './ner-tokenize';
import { tagTokens } from './ner-model';
import { linkMentions } from './ner-coref';
import { lexicon } from './ner-lexicon';

const TYPE_OF: Record<string, EntityType> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'other' };

/** Entity mentions sorted by start, non-overlapping; `name` is the full name in this article. */
export function recognizeEntities(text: string): EntityMention[] {
  const tokens = tokenize(text);
  return linkMentions(mentionsFromLabels(tokens, tagTokens(tokens, text), text));
}

export function mentionsFromLabels(tokens: Token[], labels: string[], text: string): EntityMention[] {
  const out: EntityMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const l = labels[i]!;
    if (l === 'O') {
      i++;
      continue;
    }
    const type = l.slice(2);
    let j = i + 1;
    while (j < tokens.length && labels[j] === `I-${type}`) j++;
    const start = tokens[i]!.start;
    const end = tokens[j - 1]!.end;
    const surface = text.slice(start, end);
    out.push({ text: surface, type: refine(TYPE_OF[type] ?? 'other', surface), start, end, name: surface.replace(/\s+/g, ' ') });
    i = j;
  }
  return out;
}

/** The tagger knows PER/ORG/LOC/MISC; Gloss also shows products: numbered names and known brands. */
function refine(type: EntityType, surface: string): EntityType {
  if (type !== 'other') return type;
  if (/\p{L}/u.test(surface) && /\d/.test(surface) && /\p{Lu}/u.test(surface)) return 'product';
  const lex = lexicon();
  if (lex.brand.has(surface)) return lex.org.has(surface) ? 'organization' : 'product';
  return type;
}
