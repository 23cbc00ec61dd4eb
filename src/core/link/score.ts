// Which Wikidata item a name in this article means, decided on the machine from what the article says: the
// recognizer's type, how much the item is used, the article's words in its description, and the article's
// other names among the items it is related to. Nothing is linked when no candidate is clearly ahead: a wrong
// card is worse than none.

import type { EntityType } from '../types';
import { RELATIONS, type Candidate, type Link, type LinkContext } from './types';

/**
 * Instance-of (P31) classes → Gloss types. Only direct classes are read (no subclass walk, which would cost
 * requests): the table lists the classes Wikidata uses most for the things news names. A class not here says
 * nothing about the type.
 */
export const CLASS_TYPES: Readonly<Record<string, EntityType>> = {
  // people
  Q5: 'person', // human
  Q15632617: 'person', // fictional human
  // organizations
  Q43229: 'organization', // organization
  Q4830453: 'organization', // business
  Q891723: 'organization', // public company
  Q6881511: 'organization', // enterprise
  Q783794: 'organization', // company
  Q46970: 'organization', // airline
  Q2401749: 'organization', // telecommunications company
  Q1589009: 'organization', // privately held company
  Q215380: 'organization', // musical group
  Q5741069: 'organization', // rock band
  Q18127: 'organization', // record label
  Q13393265: 'organization', // basketball team
  Q847017: 'organization', // sports club
  Q7278: 'organization', // political party
  Q327333: 'organization', // government agency
  Q31855: 'organization', // research institute
  Q3918: 'organization', // university
  Q1331793: 'organization', // media company
  Q219577: 'organization', // holding company
  // places
  Q515: 'place', // city
  Q1549591: 'place', // big city
  Q5119: 'place', // capital city
  Q1093829: 'place', // city in the United States
  Q484170: 'place', // commune of France
  Q6256: 'place', // country
  Q3624078: 'place', // sovereign state
  Q35657: 'place', // state of the United States
  Q107390: 'place', // federated state
  Q4022: 'place', // river
  Q23397: 'place', // lake
  Q8502: 'place', // mountain
  Q1969448: 'place', // tropical rainforest (a region)
  Q82794: 'place', // geographic region
  Q47521: 'place', // stream
  Q271669: 'place', // landform
  Q634: 'place', // planet (a place news travels to)
  Q13410447: 'place', // county of the United States
  Q17343829: 'place', // unincorporated community
  // products
  Q7397: 'product', // software
  Q115305900: 'product', // large language model
  Q1172284: 'product', // data set
  Q193424: 'product', // web service
  Q1371849: 'product', // cloud computing service
  Q19723451: 'product', // chatbot
  Q2424752: 'product', // product
  Q1183543: 'product', // device
  Q7889: 'product', // video game
  Q3966: 'product', // computer hardware
  Q17155032: 'product', // software category
  Q83272: 'product', // operating system shell (a program)
  // other things a name can be
  Q11344: 'other', // chemical element
  Q8928: 'other', // constellation
  Q3314483: 'other', // fruit
  Q1075: 'other', // colour
  Q9788: 'other', // letter of an alphabet
  Q11424: 'other', // film
  Q482994: 'other', // album
  Q11688446: 'other', // Roman deity
  Q22989102: 'other', // Greek deity
  Q4271324: 'other', // mythical character
  Q105774620: 'other', // SARS-CoV-2 variant
  Q3917681: 'other', // space programme
  Q2198779: 'other', // mathematical notation
  Q2264954: 'other', // seashell
  Q207694: 'other', // astrological sign
};

/** Items that are not a thing a name can mean: Wikimedia pages about a word, and names as words. */
export const NOT_A_THING: ReadonlySet<string> = new Set([
  'Q4167410', // Wikimedia disambiguation page
  'Q13406463', // Wikimedia list article
  'Q4167836', // Wikimedia category
  'Q11266439', // Wikimedia template
  'Q202444', // given name
  'Q101352', // family name
  'Q12308941', // male given name
  'Q11879590', // female given name
]);

/** The recognizer's type is right about four times in five (trust pages' name F1 0.78): a clear vote. */
export const TYPE_AGREES = 0.3;
/** …but organizations and their products, places and their teams, are often confused: a mild vote against, and
 * none at all when no candidate has the recognizer's type (then the recognizer, not the item, is likely wrong). */
export const TYPE_DIFFERS = -0.15;
/** Wikidata's search order already weighs how much an item is used: the first hit gets all of this, the n-th 1/n. */
export const RANK_WEIGHT = 0.25;
/** Popularity by sitelink count, log-scaled (only when the answer carries more than the English sitelink). */
export const SITELINK_WEIGHT = 0.15;
/** Sitelink count at which popularity is full: the most-covered subjects have 250–350 wikis. */
export const SITELINK_FULL = 300;
/** Each word of the description (or of a longer label) that the article also uses. */
export const CONTEXT_PER_WORD = 0.12;
/** …up to this much: descriptions are a dozen words, and common words match by chance. */
export const CONTEXT_MAX = 0.36;
/** An item related to another name of the article (Gemini, developed by Google, in a story about Google): the
 * strongest evidence there is, because a chance match needs two coincidences. Counted once. */
export const RELATION_WEIGHT = 0.45;
/** The name is one of the item's names (its label or an alias), not only the start of a longer label ("Claude"
 * vs "Claude Monet", "Amazon" vs "Amazon Web Services"): a longer label is a more specific thing that the article
 * would have named in full. Label and alias count alike: the main sense often has a longer label ("Washington, D.C."). */
export const NAME_EXACT = 0.2;
/** The article also writes the item's own label in full ("Delta Air Lines" before a later "Delta"): the reader
 * takes the short name for the long one, though the recognizer did not group them. As strong as a relation. */
export const FULL_NAME_WEIGHT = 0.45;
/** Below this, the best candidate is not good enough to show: about the type agreeing and one more signal. */
export const THRESHOLD = 0.5;
/** The best must lead the second by this much, or the article does not say which one it means. */
export const MARGIN = 0.1;
/** Words of a description that say nothing about which thing it is. */
const STOPWORDS = new Set(
  'the and for with from that this which its his her their was were are has have had into about also been being by of in on at to an a as or is it not one two first largest'.split(
    ' ',
  ),
);
/** A relation target's label must be this long to match a name by containment ("US" alone matches too much). */
const MIN_CONTAINED = 4;

export interface Scored {
  candidate: Candidate;
  score: number;
  /** The Gloss type its classes say, or null when they say nothing. */
  type: EntityType | null;
  /** Why, for tests and the eval: each signal's contribution. */
  parts: Record<string, number>;
}

/** Lower-cased words of a text (letters and digits), plurals folded. */
export function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).map(fold);
}

/** Folds a plural the crude way, enough to meet "models" with "model" and "planets" with "planet". */
function fold(word: string): string {
  return word.length > 4 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/** The article's words as the scorer wants them (call once per article). */
export function articleWords(text: string): Set<string> {
  return new Set(wordsOf(text));
}

const norm = (s: string) => wordsOf(s).join(' ');

/** Whether a relation target's label and one of the article's names are the same name, or one holds the other whole. */
function namesMeet(label: string, name: string): boolean {
  const a = norm(label);
  const b = norm(name);
  if (!a || !b) return false;
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= MIN_CONTAINED && ` ${long} `.includes(` ${short} `);
}

function typeOf(classes: readonly string[]): EntityType | null {
  const votes = new Map<EntityType, number>();
  for (const c of classes) {
    const t = CLASS_TYPES[c];
    if (t) votes.set(t, (votes.get(t) ?? 0) + 1);
  }
  let best: EntityType | null = null;
  for (const [t, n] of votes) if (best === null || n > votes.get(best)!) best = t;
  return best;
}

/** Every usable candidate with its score, best first. Disambiguation pages and bare names are left out. */
export function scoreCandidates(context: LinkContext, candidates: readonly Candidate[]): Scored[] {
  const nameWords = new Set(wordsOf(context.name));
  const name = norm(context.name);
  const others = context.otherNames.filter((n) => norm(n) !== name);
  const typed = candidates.map((c) => typeOf(c.facts?.instanceOf ?? []));
  const someAgree = typed.includes(context.type);
  const scored: Scored[] = [];
  for (const [i, candidate] of candidates.entries()) {
    const { hit, facts } = candidate;
    const classes = facts?.instanceOf ?? [];
    if (classes.some((c) => NOT_A_THING.has(c))) continue;
    const parts: Record<string, number> = {};
    const type = typed[i]!;
    parts.type = type === null ? 0 : type === context.type ? TYPE_AGREES : someAgree ? TYPE_DIFFERS : 0;
    parts.rank = RANK_WEIGHT / (1 + candidate.rank);
    const sitelinks = facts?.sitelinks ?? 0;
    parts.sitelinks = sitelinks > 1 ? SITELINK_WEIGHT * Math.min(1, Math.log1p(sitelinks) / Math.log1p(SITELINK_FULL)) : 0;
    const label = facts?.label || hit.label;
    parts.name = norm(label) === name || hit.aliases.some((a) => norm(a) === name) ? NAME_EXACT : 0;
    const described = new Set([...wordsOf(facts?.description || hit.description), ...wordsOf(label)]);
    let shared = 0;
    for (const w of described) if (!nameWords.has(w) && !STOPWORDS.has(w) && w.length > 2 && context.words.has(w)) shared++;
    parts.context = Math.min(CONTEXT_MAX, shared * CONTEXT_PER_WORD);
    let related = false;
    for (const property of RELATIONS) {
      for (const target of facts?.relations[property] ?? []) {
        const targetLabel = candidate.targetLabels[target];
        if (targetLabel && others.some((o) => namesMeet(targetLabel, o))) related = true;
      }
    }
    parts.relation = related ? RELATION_WEIGHT : 0;
    const fullLabel = norm(label);
    parts.fullName =
      fullLabel !== name && fullLabel.startsWith(`${name} `) && others.some((o) => norm(o) === fullLabel) ? FULL_NAME_WEIGHT : 0;
    const score = Object.values(parts).reduce((a, b) => a + b, 0);
    scored.push({ candidate, score, type, parts });
  }
  return scored.sort((a, b) => b.score - a.score || a.candidate.rank - b.candidate.rank);
}

/** The item the name means in this article, or null when none is good enough or two are too close. */
export function chooseLink(context: LinkContext, candidates: readonly Candidate[]): Link | null {
  const [best, second] = scoreCandidates(context, candidates);
  if (!best || best.score < THRESHOLD) return null;
  if (second && best.score - second.score < MARGIN) return null;
  const { hit, facts } = best.candidate;
  return {
    qid: hit.id,
    title: facts?.enwiki ?? (facts?.label || hit.label),
    description: facts?.description || hit.description,
    hasArticle: Boolean(facts?.enwiki),
    type: best.type ?? context.type,
    score: Math.round(best.score * 1000) / 1000,
  };
}
