// The entity recognizer, as one ordered list of passes over the article. Each pass reads the Doc
// (tokens, text, labels and what is looked up about the article) and the spans found so far, and
// returns the spans it leaves, without changing its input; one line says why it exists. A new
// entity rule is a pass in this list, in the file of its family: names.ts and tagged.ts (the shape
// of names, before and after tagging), shapes.ts, news-*.ts (news conventions), layout*.ts (the
// layout of the page), consistency.ts (in-article consistency), not-names.ts; mention.ts and
// coref.ts link the mentions after the last pass.
import { bodiesByTheirField, joinPersons, listedWholes, propagate, wholeKnownNames } from './consistency';
import {
  capsCountries,
  countriesArePlaces,
  joinedNames,
  knownOrgs,
  layoutForced,
  orgShapes,
  sectionWords,
  sportsPlaces,
  teamsEverywhere,
  teamsInResults,
  wholePersons,
} from './layout-names';
import { isSportsDoc, lineStartsPass, readLayout } from './layout';
import { ruleSpansPass } from './names';
import { actingNames, addMissed, listedCompanies } from './news-missed';
import { andBodies, makersProducts, speakers, splitJoined, splitRoles, trimDescribed, versionProducts } from './news-split';
import { newsTypes, productNames } from './news-types';
import { dropNationalities, dropPeoplesAndFurniture, dropSentenceWords } from './not-names';
import { demonymBodies, directionPlaces, seasonEvents, stateBodies, titledNames } from './shapes';
import { type Doc, NO_LAYOUT, type Span, linesPass, lowerWordsPass } from './span';
import { ruleOrganizations, ruleShapes, taggedSpans } from './tagged';
import { featureContextPass } from './tagger/features';
import { tagPass } from './tagger/model';
import { tokenizePass } from './tagger/tokenize';
import { type Pace, type Sliced } from '../pace';

/** A pass over the spans. */
interface Pass {
  readonly name: string;
  /** Why the pass exists, in one line. */
  readonly why: string;
  readonly run: (doc: Doc, spans: readonly Span[], pace: Pace) => Sliced<readonly Span[]>;
}

/** A step that reads what later passes need from the spans found so far, into the Doc. */
interface Reading {
  readonly name: string;
  readonly why: string;
  readonly read: (doc: Doc, spans: readonly Span[], pace: Pace) => Sliced<Partial<Doc>>;
}

/** The passes, in the order they run: each sees what the ones before it left. */
const PIPELINE: readonly (Pass | Reading)[] = [
  { name: 'taggedSpans', why: "the tagger's names, without titles, articles and trailing lower-case words", run: taggedSpans },
  {
    name: 'ruleOrganizations',
    why: 'a run ending in an organization word is one organization ("New York Stock Exchange")',
    run: ruleOrganizations,
  },
  { name: 'ruleShapes', why: 'product and brand shapes the tagger rarely saw ("GPT-4", "Hornsea 4")', run: ruleShapes },
  { name: 'speakers', why: 'an unknown "place" that speaks is a person ("Azzouz said")', run: speakers },
  { name: 'trimDescribed', why: '"Boston-based" describes a company without being part of its name', run: trimDescribed },
  {
    name: 'splitRoles',
    why: 'a body, a title and a person read as one run ("Federal Reserve Governor Lawrence Lindsey")',
    run: splitRoles,
  },
  { name: 'splitJoined', why: 'two names read as one run ("Amazon and Ocado", "Nvidia\'s H100")', run: splitJoined },
  { name: 'versionProducts', why: 'a version is part of a product\'s name ("released Claude 3.5")', run: versionProducts },
  { name: 'andBodies', why: 'a public body\'s name holds "and" ("the Securities and Exchange Commission")', run: andBodies },
  {
    name: 'addMissed',
    why: 'names the tagger passed over that their surroundings give away (a photo credit, "the pension fund Alecta")',
    run: addMissed,
  },
  { name: 'actingNames', why: 'an unknown word that acts is a name ("Anthropic said", "Nvidia shares rose")', run: actingNames },
  {
    name: 'listedCompanies',
    why: 'names listed after a kind of company are companies ("firms including Mobil, Shell and Caltex")',
    run: listedCompanies,
  },
  { name: 'makersProducts', why: 'a maker\'s name and a product\'s last word name a product ("Apple Vision Pro")', run: makersProducts },
  { name: 'titledNames', why: 'a country or body, a title and a person read as one name ("Apple CEO Tim Cook")', run: titledNames },
  { name: 'seasonEvents', why: 'a people\'s or a city\'s name before a season is an event ("the Arab Spring")', run: seasonEvents },
  { name: 'propagate', why: 'a name found once is a name everywhere in the article, whole or by its surname or head', run: propagate },
  {
    name: 'bodiesByTheirField',
    why: 'a body is named by its field alone before its staff ("Environmental Protection officials")',
    run: bodiesByTheirField,
  },
  { name: 'joinPersons', why: 'pieces of one person\'s name with only a space between are one person ("Hori Parata")', run: joinPersons },
  { name: 'readLayout', why: 'datelines, results, tables and fixtures type names by the shape of their line', read: readLayout },
  { name: 'joinedNames', why: 'an initial and a surname, "A & B" companies, athletes and scorers on a sports page', run: joinedNames },
  {
    name: 'wholePersons',
    why: "the tagger stops a person's name after the given name, or drops it at a sentence start",
    run: wholePersons,
  },
  { name: 'orgShapes', why: 'a name ending in an organization word, a place and a plural nickname ("Chicago White Sox")', run: orgShapes },
  { name: 'sectionWords', why: 'section words in capitals ("SOCCER", "STANDINGS") are not names', run: sectionWords },
  { name: 'capsCountries', why: 'countries and known places in headline capitals ("SRI LANKA BEAT AUSTRALIA")', run: capsCountries },
  { name: 'knownOrgs', why: 'short forms of organizations that look like nothing in particular ("Fed", "AFP")', run: knownOrgs },
  { name: 'countriesArePlaces', why: "a country's name is the country, even for its national side", run: countriesArePlaces },
  { name: 'layoutForced', why: 'the names the layout typed replace what was found over the same tokens', run: layoutForced },
  { name: 'sportsPlaces', why: 'on a sports page a place that acts is a team ("as Surrey closed on 429")', run: sportsPlaces },
  { name: 'teamsEverywhere', why: 'a team of results or tables is the team wherever the article names it', run: teamsEverywhere },
  { name: 'wholeKnownNames', why: 'a name cut short where the article gives it whole elsewhere ("Con Edison")', run: wholeKnownNames },
  { name: 'listedWholes', why: 'a name cut short that the lists know whole ("Getty Images", "Agence France-Presse")', run: listedWholes },
  { name: 'directionPlaces', why: 'a part of a place named by a direction is one place ("Lower Manhattan")', run: directionPlaces },
  { name: 'teamsInResults', why: 'a place followed by scores on its line is a team ("Leeds 2 Chelsea 1")', run: teamsInResults },
  { name: 'newsTypes', why: 'a one-word name the article treats as a company anywhere is a company', run: newsTypes },
  {
    name: 'productNames',
    why: 'the apps and parts of a maker\'s devices are products ("the Photos app", "Apple\'s Safari")',
    run: productNames,
  },
  { name: 'dropNationalities', why: 'a nationality ("Swedish", "South Korean") is no name a reader looks up', run: dropNationalities },
  {
    name: 'demonymBodies',
    why: 'a people\'s or a faith\'s name and a body noun is the body ("the Muslim Brotherhood")',
    run: demonymBodies,
  },
  { name: 'stateBodies', why: 'a country and the body of its state are one body ("US Embassy")', run: stateBodies },
  {
    name: 'dropPeoplesAndFurniture',
    why: "a people, a newsroom's desk and a page's links are no names to look up",
    run: dropPeoplesAndFurniture,
  },
  {
    name: 'dropSentenceWords',
    why: 'a capital at a sentence start or in a headline is the sentence\'s, not a name ("Winter can...")',
    run: dropSentenceWords,
  },
];

/** Tokenizes and tags the article, and looks up once what the passes read of it. */
export function* readDoc(text: string, pace: Pace): Sliced<Doc> {
  const tokens = yield* tokenizePass(text, pace);
  const features = yield* featureContextPass(tokens, text, pace);
  const labels = yield* tagPass(tokens, features, pace);
  const lower = yield* lowerWordsPass(tokens, pace);
  const lines = yield* linesPass(tokens, text, pace);
  const rules = yield* ruleSpansPass(tokens, text, pace);
  const lineStarts = yield* lineStartsPass(tokens, text, pace);
  const sports = tokens.length > 0 && (yield* isSportsDoc(tokens, lineStarts, pace));
  return { text, tokens, labels, rules, lower, lines, lineStarts, sports, layout: NO_LAYOUT };
}

/** Runs the passes in order over the article; the spans of the last are the names found. */
export function* runPipeline(doc: Doc, pace: Pace): Sliced<readonly Span[]> {
  let spans: readonly Span[] = [];
  for (const step of PIPELINE) {
    if ('read' in step) doc = { ...doc, ...(yield* step.read(doc, spans, pace)) };
    else spans = yield* step.run(doc, spans, pace);
  }
  return spans;
}
