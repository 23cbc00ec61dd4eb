// In-document consistency: a short later (or earlier, in a headline) mention takes the full name
// and the type of the longest mention it abbreviates, when it is that entity: "Suleyman" ->
// "Mustafa Suleyman", "TSMC" -> "Taiwan Semiconductor Manufacturing Co.", "Inflection" ->
// "Inflection AI", "Novo" -> "Novo Nordisk"; but "Amazon" is not "Amazon Web Services" nor
// "Microsoft" "Microsoft Azure": a longer name that adds its own words to a company the article
// names alone is a part or a product of it, another entity.
import { knownCompany } from './cues';
import { lexicon } from './lexicon';
import { LONGEST_NAME } from './span';
import { DEMONYMS, GENERIC_FIRST, KNOWN_ORGS, LINKERS, OF_BODY_HEADS, ORG_TAIL } from './words';
import { type Pace, type Sliced, mapPass } from '../pace';
import type { EntityMention, EntityType } from '../../types';

interface Full {
  name: string;
  type: EntityType;
}

/** Nouns of public bodies a later mention names the body by ("the Commission", "the League", "the Parliament"). */
const HEAD_BODIES = new Set([...OF_BODY_HEADS, 'Parliament', 'Assembly', 'Senate', 'Government', 'Cabinet']);

/** A possessive ending right after a mention. */
const POSSESSIVE_AFTER = /^['’]s/;

/** A clipped form is at least this many letters ("Fed" of "Federal Reserve"), and shorter than the word it clips by two. */
const SHORTEST_CLIP = 3;

/**
 * Whether ownEntity() may ask whether `short` and `full` share a sentence: it asks only of a name and
 * a longer one that starts with it (a key of a `short` holding a line break could read otherwise, so
 * that one is kept too). The other pairs of a sentence's names are not made: a string each, for
 * every pair of names of every sentence.
 */
function askable(short: string, full: string): boolean {
  return full.startsWith(short) || short.includes('\n');
}

/**
 * Whether the one-word mention `short` is its own entity beside `full`, which starts with it and
 * adds words of its own ("Amazon" beside "Amazon Web Services"): the lists know it as a company by
 * itself, or the article names both in one sentence ("Amazon Web Services ... of Amazon's profits"),
 * or names the added words alone ("Azure" beside "Microsoft Azure").
 */
function ownEntity(short: string, full: string, texts: ReadonlySet<string>, together: ReadonlySet<string>): boolean {
  if (knownCompany(short) || KNOWN_ORGS.has(short)) return true;
  if (together.has(`${short}\n${full}`)) return true;
  return texts.has(full.slice(short.length + 1));
}

/**
 * Every mention linked to its full name in the article. `sentences[k]` is the sentence of
 * mentions[k] (two mentions in one sentence are two entities); without it, none are together.
 * `text` is the article, read for the possessive after a mention.
 */
export function* linkMentions(
  mentions: EntityMention[],
  pace: Pace,
  sentences: readonly number[] = [],
  text = '',
): Sliced<EntityMention[]> {
  // What the article names, and which one-word names share a sentence with which longer ones.
  const texts = new Set<string>();
  const orgTexts = new Set<string>();
  const personTexts = new Set<string>();
  const together = new Set<string>();
  let from = 0;
  for (let k = 0; k < mentions.length; k++) {
    if (pace.spend()) yield;
    const m = mentions[k]!;
    texts.add(m.text);
    if (m.type === 'organization') orgTexts.add(m.text);
    if (m.type === 'person') personTexts.add(m.text);
    if (sentences[k] === undefined) continue;
    if (sentences[from] !== sentences[k]) from = k;
    // A sentence's mentions are few; one that is not is a page of capitals, looked at no further.
    for (let j = Math.max(from, k - LONGEST_NAME); j < k; j++) {
      const other = mentions[j]!;
      if (askable(other.text, m.text)) together.add(`${other.text}\n${m.text}`);
      if (askable(m.text, other.text)) together.add(`${m.text}\n${other.text}`);
    }
  }
  // Keys from multi-word mentions; a key claimed by two different full names is ambiguous and dropped.
  const keys = new Map<string, Full | null>();
  // Given names, which stand for a person only where the article names someone so ("Andy" of "Andy Jassy").
  const given = new Map<string, Full | null>();
  // Clipped first words of organizations' names ("Fed" of "Federal Reserve"), by their first letters.
  const clips = new Map<string, Full[]>();
  const claimIn = (map: Map<string, Full | null>, key: string, full: Full): void => {
    if (!key || key === full.name) return;
    const had = map.get(key);
    if (had === undefined) map.set(key, full);
    else if (had && had.name !== full.name) {
      // A longer full name that contains the other wins ("Jensen Huang" vs "Huang Jensen" never both).
      if (full.name.includes(had.name)) map.set(key, full);
      else if (!had.name.includes(full.name)) map.set(key, null);
    }
  };
  const claim = (key: string, full: Full): void => claimIn(keys, key, full);
  for (const m of mentions) {
    if (pace.spend()) yield;
    const words = m.text.split(/\s+/);
    // A run-on "name" (a page of capitals read as one) shortens to nothing.
    if (words.length < 2 || words.length > LONGEST_NAME) continue;
    const full: Full = { name: m.text, type: m.type };
    const content = words.filter((x) => !LINKERS.has(x));
    const first = words[0]!;
    if (m.type === 'person') {
      claim(words[words.length - 1]!, full);
      if (words.length >= 3) claim(words.slice(-2).join(' '), full);
      if (/^\p{Lu}\p{Ll}+$/u.test(first)) claimIn(given, first, full);
    } else if (m.type === 'organization' || m.type === 'other' || m.type === 'product') {
      const tailsOnly = words.slice(1).every((x) => ORG_TAIL.has(x));
      // Not a place that leads the name ("US" of "US Congress"): alone it is the place again.
      if (
        !GENERIC_FIRST.has(first) &&
        !DEMONYMS.has(first) &&
        /^\p{Lu}/u.test(first) &&
        m.type !== 'product' &&
        !lexicon().place.has(first) &&
        (tailsOnly || !ownEntity(first, m.text, texts, together))
      )
        claim(first, full);
      // Legal suffix dropped: "Microsoft Corp." -> "Microsoft".
      if (ORG_TAIL.has(words[words.length - 1]!)) claim(words.slice(0, -1).join(' '), full);
      // "the Commission" of "the European Commission", "the League" of "the Moravian Farmers
      // League": a body named by its last noun once the article has said whose it is (two bodies
      // of one noun leave it to neither).
      const last = words[words.length - 1]!;
      if (m.type === 'organization' && HEAD_BODIES.has(last) && !words.some((x) => LINKERS.has(x))) claim(last, full);
      // "Azure" of "Microsoft Azure": a product named without the company the article names as its maker.
      if (m.type === 'product' && orgTexts.has(first)) claim(words.slice(1).join(' '), full);
      if (m.type === 'organization' && /^\p{Lu}\p{Ll}+$/u.test(first) && first.length >= SHORTEST_CLIP + 2) {
        const byStart = clips.get(first.slice(0, SHORTEST_CLIP));
        // Two names of one start are enough to know a clip of it is ambiguous.
        if (!byStart) clips.set(first.slice(0, SHORTEST_CLIP), [full]);
        else if (byStart.length < 2 && byStart[0]!.name !== full.name) byStart.push(full);
      }
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
      const full = keys.get(m.text) ?? (personTexts.has(m.text) ? given.get(m.text) : undefined) ?? clipOf(m, clips, keys);
      return full ? { ...m, name: full.name, type: full.type } : m;
    },
    pace,
  );
  // One type per name: the most frequent specific type among its mentions ("other" only if nothing else).
  const votes = new Map<string, Map<EntityType, number>>();
  for (const m of out) {
    if (pace.spend()) yield;
    // A possessive ("Alden's") is where the tagger most often mistakes a person for a place or a
    // company: its vote counts for less.
    const weight = (m.text === m.name ? 2 : 1) - (POSSESSIVE_AFTER.test(text.slice(m.end, m.end + 2)) ? 1 : 0);
    let v = votes.get(m.name);
    if (!v) votes.set(m.name, (v = new Map()));
    v.set(m.type, (v.get(m.type) ?? 0) + weight);
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

/**
 * The one organization whose name's first word the one-word mention clips ("Fed" of "Federal
 * Reserve"), when the mention is no key of its own and no other name starts the same way.
 */
function clipOf(m: EntityMention, clips: ReadonlyMap<string, Full[]>, keys: ReadonlyMap<string, Full | null>): Full | undefined {
  const w = m.text;
  if (m.type !== 'organization' || keys.has(w) || w.length < SHORTEST_CLIP || !/^\p{Lu}\p{Ll}+$/u.test(w)) return undefined;
  const fulls = clips.get(w.slice(0, SHORTEST_CLIP))?.filter((f) => {
    const first = f.name.slice(0, f.name.indexOf(' '));
    return first.startsWith(w) && first.length >= w.length + 2;
  });
  if (!fulls?.length || fulls.some((f) => f.name !== fulls[0]!.name)) return undefined;
  return fulls[0];
}
