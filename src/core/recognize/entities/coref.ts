// In-document consistency: a short later (or earlier, in a headline) mention takes the full name
// and the type of the longest mention it abbreviates: "Suleyman" -> "Mustafa Suleyman",
// "TSMC" -> "Taiwan Semiconductor Manufacturing Co.", "Inflection" -> "Inflection AI".
import { lexicon } from './lexicon';
import { LONGEST_NAME } from './span';
import { DEMONYMS, GENERIC_FIRST, LINKERS, ORG_TAIL } from './words';
import { type Pace, type Sliced, mapPass } from '../pace';
import type { EntityMention, EntityType } from '../../types';

interface Full {
  name: string;
  type: EntityType;
}

export function* linkMentions(mentions: EntityMention[], pace: Pace): Sliced<EntityMention[]> {
  // Keys from multi-word mentions; a key claimed by two different full names is ambiguous and dropped.
  const keys = new Map<string, Full | null>();
  const claim = (key: string, full: Full): void => {
    if (!key || key === full.name) return;
    const had = keys.get(key);
    if (had === undefined) keys.set(key, full);
    else if (had && had.name !== full.name) {
      // A longer full name that contains the other wins ("Jensen Huang" vs "Huang Jensen" never both).
      if (full.name.includes(had.name)) keys.set(key, full);
      else if (!had.name.includes(full.name)) keys.set(key, null);
    }
  };
  for (const m of mentions) {
    if (pace.spend()) yield;
    const words = m.text.split(/\s+/);
    // A run-on "name" (a page of capitals read as one) shortens to nothing.
    if (words.length < 2 || words.length > LONGEST_NAME) continue;
    const full: Full = { name: m.text, type: m.type };
    const content = words.filter((x) => !LINKERS.has(x));
    if (m.type === 'person') {
      claim(words[words.length - 1]!, full);
      if (words.length >= 3) claim(words.slice(-2).join(' '), full);
    } else if (m.type === 'organization' || m.type === 'other' || m.type === 'product') {
      // Not a place that leads the name ("US" of "US Congress"): alone it is the place again.
      if (
        !GENERIC_FIRST.has(words[0]!) &&
        !DEMONYMS.has(words[0]!) &&
        /^\p{Lu}/u.test(words[0]!) &&
        m.type !== 'product' &&
        !lexicon().place.has(words[0]!)
      )
        claim(words[0]!, full);
      // Legal suffix dropped: "Microsoft Corp." -> "Microsoft".
      if (ORG_TAIL.has(words[words.length - 1]!)) claim(words.slice(0, -1).join(' '), full);
    }
    if (content.length >= 2 && m.type !== 'person') {
      const initials = content
        .map((x) => x.charAt(0))
        .join('')
        .toUpperCase();
      claim(initials, full);
      const noTail = ORG_TAIL.has(content[content.length - 1]!) ? content.slice(0, -1) : null;
      if (noTail && noTail.length >= 2)
        claim(
          noTail
            .map((x) => x.charAt(0))
            .join('')
            .toUpperCase(),
          full,
        );
    }
  }
  const out = yield* mapPass(
    mentions,
    (m) => {
      const full = keys.get(m.text);
      return full ? { ...m, name: full.name, type: full.type } : m;
    },
    pace,
  );
  // One type per name: the most frequent specific type among its mentions ("other" only if nothing else).
  const votes = new Map<string, Map<EntityType, number>>();
  for (const m of out) {
    if (pace.spend()) yield;
    let v = votes.get(m.name);
    if (!v) votes.set(m.name, (v = new Map()));
    v.set(m.type, (v.get(m.type) ?? 0) + (m.text === m.name ? 2 : 1));
  }
  return yield* mapPass(
    out,
    (m) => {
      const v = votes.get(m.name)!;
      if (v.size < 2) return m;
      let best: EntityType = m.type;
      let bestN = -1;
      for (const [t, n] of v) {
        const score = t === 'other' ? n - 1000 : n;
        if (score > bestN) {
          best = t;
          bestN = score;
        }
      }
      return best === m.type ? m : { ...m, type: best };
    },
    pace,
  );
}
