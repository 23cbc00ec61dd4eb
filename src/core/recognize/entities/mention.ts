// From spans to what Gloss shows: each span's text and type (products and the bodies of states the
// tagger cannot tell), then every mention of a name linked to its full name (coref.ts).
import { linkMentions } from './coref';
import { knownCompany } from './cues';
import { lexicon } from './lexicon';
import type { Doc, Span } from './span';
import type { Token } from './tagger/tokenize';
import { INSTITUTIONS, ORG_SUFFIX, SEATS } from './words';
import { type Pace, type Sliced, mapPass } from '../pace';
import type { EntityMention, EntityType } from '../../types';

/** The mentions of the spans, linked; a fixed span keeps its type whatever the article-wide vote made of its name. */
export function* mentionsPass(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<EntityMention[]> {
  const mentions = yield* mapPass(spans, (s) => toMention(doc.tokens, s, doc.text), pace);
  const linked = yield* linkMentions(mentions, pace, yield* sentencesOf(doc, spans, pace), doc.text);
  return yield* mapPass(
    linked,
    (m, k) => {
      const s = spans[k]!;
      return s.fixed && m.type !== s.type ? { ...m, type: s.type } : m;
    },
    pace,
  );
}

/** The sentence of each span, counted by the sentence starts of the tokens before it. */
function* sentencesOf(doc: Doc, spans: readonly Span[], pace: Pace): Sliced<number[]> {
  const out: number[] = [];
  let sentence = 0;
  let k = 0;
  for (const s of spans) {
    for (; k <= s.start; k++) {
      if (pace.spend()) yield;
      if (doc.tokens[k]!.sentStart) sentence++;
    }
    out.push(sentence);
  }
  return out;
}

/** A possessive ending ("'s", "’s") is never part of a name: "Amazon's" is Amazon. */
const POSSESSIVE = /^['’]s$/;

function toMention(tokens: Token[], s: Span, text: string): EntityMention {
  let last = s.end - 1;
  while (last > s.start && POSSESSIVE.test(tokens[last]!.text)) last--;
  const start = tokens[s.start]!.start;
  const end = tokens[last]!.end;
  const surface = text.slice(start, end);
  return { text: surface, type: refine(s.type, surface), start, end, name: surface.replace(/\s+/g, ' ') };
}

/** The tagger knows PER/ORG/LOC/MISC; Gloss also shows products: numbered names and known brands. */
function refine(type: EntityType, surface: string): EntityType {
  if (SEATS.has(surface)) return 'place';
  if (INSTITUTIONS.has(surface)) return 'organization';
  if (type === 'person') return type;
  const lex = lexicon();
  // Apple's device names ("iPhone", "iPad", "iCloud") are products, never the company.
  if (/^i\p{Lu}\p{Ll}+$/u.test(surface)) return 'product';
  // Places are not camelCase ("RenewableUK said"): a one-word camelCase name is a company or brand.
  if (
    type === 'place' &&
    /^\p{Lu}\p{Ll}{2,}\p{Lu}\S*$/u.test(surface) &&
    !/^(Mc|Mac|De|La|Le|Van|Von)/.test(surface) &&
    !lex.place.has(surface)
  )
    return 'organization';
  // A letter-and-digit model name (GPT-4, H100) or a numbered project (Hornsea 4).
  if (/(^|\s)(?=\S*\p{Lu})(?=\S*\d)[\p{L}\d-]+$/u.test(surface) || (type !== 'place' && /\s\d{1,3}$/.test(surface))) return 'product';
  // "Apple Pay", "Google Maps": a known brand whose first word is its maker is the maker's product.
  // One that ends in a country or a place ("Air France", "Amazon Japan") is a company of that place.
  const last = surface.slice(surface.lastIndexOf(' ') + 1);
  if (
    type === 'organization' &&
    surface.includes(' ') &&
    !ORG_SUFFIX.has(last) &&
    !lex.country.has(last) &&
    !lex.place.has(last) &&
    lex.brand.has(surface) &&
    !lex.org.has(surface) &&
    knownCompany(surface.slice(0, surface.indexOf(' ')))
  )
    return 'product';
  if (type !== 'other') return type;
  if (lex.org.has(surface)) return 'organization';
  if (lex.brand.has(surface)) return 'product';
  return type;
}
