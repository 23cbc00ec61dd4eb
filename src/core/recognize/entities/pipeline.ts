// The entity recognizer, as one ordered list of passes over the article. Each pass reads the Doc
// (tokens, text, labels and what is looked up about the article) and the spans found so far, and
// returns the spans it leaves, without changing its input; one line says why it exists. A new
// entity rule is a pass in this list, in the file of its family: names.ts and tagged.ts (the shape
// of names, before and after tagging), shapes.ts, news-*.ts (news conventions), layout*.ts (the
// layout of the page), consistency.ts and lists.ts (in-article consistency), not-names.ts;
// mention.ts and coref.ts link the mentions after the last pass.
import { bodiesByTheirField, joinPersons, listedWholes, nicknamesAfterPlaces, propagate, theBodies, wholeKnownNames } from './consistency';
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
import { listedPersons } from './lists';
import { headingNames } from './headings';
import { membersOfBodies, nameEdges, nameParticles, suffixOnlyNames, tradeAbbreviations } from './name-edges';
import { ruleSpansPass } from './names';
import { actingNames, addMissed, cuedOthers, cuedPersons, listedCompanies } from './news-missed';
import { andBodies, fieldBodies, makersProducts, speakers, splitJoined, splitRoles, trimDescribed, versionProducts } from './news-split';
import { articleEvidence, lawNames } from './news-evidence';
import { demonymLedBodies } from './news-bodies';
import { commonAbbreviations, determinedWords } from './news-common';
import { codedProducts, kindNamed, splitAtRoleNouns } from './news-kinds';
import { quotedTitles } from './news-titles';
import { definedAbbreviations } from './acronyms';
import { apposedNames } from './apposed';
import { pairedOrganizations } from './paired-orgs';
import { knownPlaces, lowerCasePlaces, placeCues, statesOfCountries } from './place-cues';
import { newsTypes, productNames } from './news-types';
import { dropAddresses, dropEmphasis, dropNationalities, dropPeoplesAndFurniture, dropSentenceWords } from './not-names';
import {
  demonymBodies,
  directionPlaces,
  newsOffices,
  numberedBodies,
  placeEvents,
  prizesAndWars,
  seasonEvents,
  stateBodies,
  titledNames,
} from './shapes';
import { townPlaces } from './towns';
import { personInitials } from './web-initials';
import { lifespanPersons } from './web-lifespans';
import { kindLists } from './web-kinds';
import { listGaps, listKinds } from './web-lists';
import { withoutRanks } from './web-ranks';
import { workTitles } from './web-works';
import { type Doc, NO_LAYOUT, type Span, capitalsPass, linesPass, lowerWordsPass } from './span';
import { ruleOrganizations, ruleShapes, taggedSpans } from './tagged';
import { featureContextPass } from './tagger/features';
import { tagPass } from './tagger/model';
import { tokenizePass } from './tagger/tokenize';
import { type Pace, type Sliced } from '../pace';

/** A pass over the spans; its function's name is the pass's name. */
interface Pass {
  readonly run: (doc: Doc, spans: readonly Span[], pace: Pace) => Sliced<readonly Span[]>;
  /** Why the pass exists, in one line. */
  readonly why: string;
}

/** A step that reads what later passes need from the spans found so far, into the Doc. */
interface Reading {
  readonly read: (doc: Doc, spans: readonly Span[], pace: Pace) => Sliced<Partial<Doc>>;
  readonly why: string;
}

/** The passes, in the order they run: each sees what the ones before it left. */
const PIPELINE: readonly (Pass | Reading)[] = [
  { run: taggedSpans, why: "the tagger's names, without titles, articles and trailing lower-case words" },
  { run: nameEdges, why: 'a reporting verb, a function word or a possessive is no part of a name ("Jefferies said Lambda")' },
  { run: ruleOrganizations, why: 'a run ending in an organization word is one organization ("New York Stock Exchange")' },
  { run: membersOfBodies, why: 'a person "of" a body is a person and a body ("Faik Nerweyi of the Kurdistan Democratic Party")' },
  { run: ruleShapes, why: 'product and brand shapes the tagger rarely saw ("GPT-4", "Hornsea 4")' },
  { run: speakers, why: 'an unknown "place" that speaks is a person ("Azzouz said")' },
  { run: trimDescribed, why: '"Boston-based" describes a company without being part of its name' },
  { run: suffixOnlyNames, why: 'trade and legal words alone take back the name before them ("Mercantile | Bancorp Inc.")' },
  { run: splitRoles, why: 'a body, a title and a person read as one run ("Federal Reserve Governor Lawrence Lindsey")' },
  { run: splitJoined, why: 'two names read as one run ("Amazon and Ocado", "Nvidia\'s H100")' },
  { run: splitAtRoleNouns, why: 'a lower-case noun of a company or a role inside a run parts two names ("Minecraft developer Mojang")' },
  { run: versionProducts, why: 'a version is part of a product\'s name ("released Claude 3.5")' },
  { run: andBodies, why: 'a public body\'s name holds "and" ("the Securities and Exchange Commission")' },
  { run: addMissed, why: 'names the tagger passed over that their surroundings give away (a photo credit, "the pension fund Alecta")' },
  { run: apposedNames, why: 'a name nothing marked before ", the Danish developer," is of the kind its apposition names' },
  { run: pairedOrganizations, why: 'a company the gazetteer knows, after "<company> and", is a company ("SSE Renewables and Equinor")' },
  { run: fieldBodies, why: 'a body, "of" and its field are one name ("the Bureau of Labor Statistics", "the European Court of Justice")' },
  { run: actingNames, why: 'an unknown word that acts is a name ("Anthropic said", "Nvidia shares rose")' },
  { run: cuedPersons, why: 'an unknown name the sentence gives a voice or a role is a person ("said Rajab Adinayev")' },
  { run: cuedOthers, why: 'a name of type other that speaks, has a role or opens with a given name is a person ("Juppe told reporters")' },
  { run: listedCompanies, why: 'names listed after a kind of company are companies ("firms including Mobil, Shell and Caltex")' },
  { run: kindLists, why: 'names listed after their kind are of that kind ("bands such as Slipknot, Linkin Park and Papa Roach")' },
  { run: makersProducts, why: 'a maker\'s name and a product\'s last word name a product ("Apple Vision Pro")' },
  { run: titledNames, why: 'a country or body, a title and a person read as one name ("Apple CEO Tim Cook")' },
  { run: seasonEvents, why: 'a people\'s or a city\'s name before a season is an event ("the Arab Spring")' },
  { run: headingNames, why: "a title-case heading's words are no names before they spread through the article" },
  { run: propagate, why: 'a name found once is a name everywhere in the article, whole or by its surname or head' },
  { run: bodiesByTheirField, why: 'a body is named by its field alone before its staff ("Environmental Protection officials")' },
  { run: joinPersons, why: 'pieces of one person\'s name with only a space between are one person ("Hori Parata")' },
  { run: nameParticles, why: 'a person\'s name reads through the particles of a family name ("Joost van der Westhuizen", "Le Pen")' },
  { read: readLayout, why: 'datelines, results, tables and fixtures type names by the shape of their line' },
  { run: joinedNames, why: 'an initial and a surname, "A & B" companies, athletes and scorers on a sports page' },
  { run: wholePersons, why: "the tagger stops a person's name after the given name, or drops it at a sentence start" },
  { run: personInitials, why: 'a person\'s initials are part of the name ("T. S. Eliot", "P. D. James")' },
  { run: lifespanPersons, why: 'a name before a lifespan in brackets is a person ("Eivind Bolle (13 October 1923 – 10 June 2012)")' },
  { run: listedPersons, why: 'in a line of persons, an item of the same shape is a person ("3 - Dirk Medved , 4 - Pascal Renier")' },
  { run: orgShapes, why: 'a name ending in an organization word, a place and a plural nickname ("Chicago White Sox")' },
  { run: sectionWords, why: 'section words in capitals ("SOCCER", "STANDINGS") are not names' },
  { run: capsCountries, why: 'countries and known places in headline capitals ("SRI LANKA BEAT AUSTRALIA")' },
  { run: knownOrgs, why: 'short forms of organizations that look like nothing in particular ("Fed", "AFP")' },
  { run: countriesArePlaces, why: "a country's name is the country, even for its national side" },
  { run: knownPlaces, why: 'a place the lists know is the place, not an organization, off the sports pages ("from Liverpool")' },
  { run: layoutForced, why: 'the names the layout typed replace what was found over the same tokens' },
  { run: sportsPlaces, why: 'on a sports page a place that acts is a team ("as Surrey closed on 429")' },
  { run: teamsEverywhere, why: 'a team of results or tables is the team wherever the article names it' },
  { run: wholeKnownNames, why: 'a name cut short where the article gives it whole elsewhere ("Con Edison")' },
  { run: listedWholes, why: 'a name cut short that the lists know whole ("Getty Images", "Agence France-Presse")' },
  {
    run: nicknamesAfterPlaces,
    why: 'a team or a firm named after its place goes on by the rest of its name ("the Orioles" after "the Baltimore Orioles")',
  },
  { run: placeEvents, why: 'a place and the word of a contest after it are an event ("the U.S. Open", "the Hong Kong Open")' },
  { run: newsOffices, why: 'a place and the word of a newsroom are the agency\'s office there ("London Newsroom")' },
  { run: directionPlaces, why: 'a part of a place named by a direction is one place ("Lower Manhattan")' },
  { run: numberedBodies, why: 'an ordinal in figures before an organization is part of its name ("the 65th Air Division")' },
  { run: teamsInResults, why: 'a place followed by scores on its line is a team ("Leeds 2 Chelsea 1")' },
  { run: newsTypes, why: 'a one-word name the article treats as a company anywhere is a company' },
  { run: productNames, why: 'the apps and parts of a maker\'s devices are products ("the Photos app", "Apple\'s Safari")' },
  { run: articleEvidence, why: 'what the article says a name is ("Lambda, a cloud provider", "analysts at Jefferies", "Trainium chips")' },
  { run: kindNamed, why: 'a name the article calls by its kind is of that kind ("Vulture magazine", "the online game Minecraft")' },
  { run: codedProducts, why: 'a name and a model\'s code after it are one product ("Progress MS-04", "Airbus A320")' },
  { run: quotedTitles, why: 'capitalised words that fill a pair of quotes are a title, a work\'s or a product\'s ("Super Mario Run")' },
  { run: prizesAndWars, why: 'a prize or a war is one name of type other ("the Nobel Prize", "World War II")' },
  { run: workTitles, why: 'a work\'s title is no person, place or body ("her album Duty", "The Wooden Horse (1950)")' },
  { run: theBodies, why: '"the League" is the one body the article named with that word ("the Australian League of Rights")' },
  { run: lawNames, why: 'a law or treaty is one name of type other ("the Treat and Reduce Obesity Act 2025")' },
  {
    run: definedAbbreviations,
    why: 'a name the article abbreviates in brackets is one name, and so is its abbreviation ("the Moro National Liberation Front (MNLF)")',
  },
  {
    run: commonAbbreviations,
    why: 'an abbreviation the article defines by a common noun is no name ("dinitrophenol, known as DNP", "gross domestic product (GDP)")',
  },
  { run: determinedWords, why: 'a common noun with a capital after "the" or "a" is no given name ("the Bill")' },
  { run: placeCues, why: 'what the sentence calls a place is one ("the city of Albany", "west of Tulsa", "Troy, New York")' },
  {
    run: lowerCasePlaces,
    why: 'in an article written in lower case, a place the gazetteer knows after "in" or "from" is one ("living in malaysia")',
  },
  { run: statesOfCountries, why: 'a kind of state, "of" and a country are one place ("the Republic of Ireland", "the Kingdom of Spain")' },
  { run: listKinds, why: 'the names of one list are of one kind ("Orgy, Velvet Revolver, and Linkin Park")' },
  { run: listGaps, why: 'an item of a list of names the tagger passed over is a name of the list\'s kind ("Debre Tabor and Wereta")' },
  { run: withoutRanks, why: 'a rank or a noble title is no part of a person\'s name ("Vice Admiral James Greer")' },
  { run: dropNationalities, why: 'a nationality ("Swedish", "South Korean") is no name a reader looks up' },
  { run: demonymBodies, why: 'a people\'s or a faith\'s name and a body noun is the body ("the Muslim Brotherhood")' },
  { run: demonymLedBodies, why: 'a people\'s name right before a body\'s name is part of it ("the Australian Federal Police")' },
  { run: stateBodies, why: 'a country and the body of its state are one body ("US Embassy")' },
  { run: dropPeoplesAndFurniture, why: "a people, a newsroom's desk and a page's links are no names to look up" },
  {
    run: dropAddresses,
    why: 'the words of a web or mail address or of a file\'s name are no names ("RobBrnglsn@aol.com", "CrudeStocks.pdf")',
  },
  { run: dropEmphasis, why: 'a common word in capitals inside a sentence in lower case is emphasis ("Get your FREE download")' },
  { run: dropSentenceWords, why: 'a capital at a sentence start or in a headline is the sentence\'s, not a name ("Winter can...")' },
  { run: townPlaces, why: 'a town the gazetteer knows, named whole in capitals, is a place ("Mountain View is preparing its answer")' },
  { run: headingNames, why: 'in a title-case heading only what the body or the lists name is a name ("Cloud Bet" is not)' },
  { run: tradeAbbreviations, why: 'the trade\'s abbreviations of common things are no names ("API", "CEO", "a Swedish MEP")' },
];

/** Tokenizes and tags the article, and looks up once what the passes read of it. */
export function* readDoc(text: string, pace: Pace): Sliced<Doc> {
  const tokens = yield* tokenizePass(text, pace);
  const rules = yield* ruleSpansPass(tokens, text, pace);
  const features = yield* featureContextPass(tokens, rules, pace);
  const labels = yield* tagPass(tokens, features, pace);
  const lower = yield* lowerWordsPass(tokens, pace);
  const lines = yield* linesPass(tokens, text, pace);
  const lineStarts = yield* lineStartsPass(tokens, text, pace);
  const capitals = yield* capitalsPass(tokens, pace);
  const sports = tokens.length > 0 && (yield* isSportsDoc(tokens, features.lowered, lineStarts, pace));
  return { text, tokens, labels, rules, lower, lines, lineStarts, capitals, sports, layout: NO_LAYOUT };
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
