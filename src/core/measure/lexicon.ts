// The words the measure pass reads by: which open a noun phrase, which end one, which verbs move
// money or a level, which nouns only hold a figure ("an average of 13.6%") without saying what it is.
// General English, never the words of one page.

/** Words read either side of a figure: a clause rarely runs longer, and the bound keeps the pass linear. */
export const WINDOW = 24;

/** What a tolerance ("plus or minus 3%") measures, whatever its sentence says. */
export const TOLERANCE_MEASURE = 'margin of error';

/** Tokens of other figures ("19%", "$117") that may stand between a table row's name and its figure. */
export const ROW_FIGURE_WORDS = 6;
/** Words of a measure phrase after the number ("new retail customers"). */
export const PHRASE_WORDS = 3;

/** Words that open a noun phrase; skipped before the words that say what is counted. */
export const DETERMINERS = new Set('the a an its their his her our your my this that these those another some'.split(' '));
/** Nouns that stand for an organization the article has named ("the company's", "the club's"). */
export const BODY_NOUNS = new Set('company firm group business bank lender insurer carrier maker manufacturer retailer club'.split(' '));
/** Determiners that say whose the noun after them is. */
export const POSSESSIVE_DETERMINERS = new Set('its their his her our your my'.split(' '));
/** Determiners that open a verb's object ("raised their price target to $210"). */
export const OBJECT_DETERMINERS = new Set(['the', ...POSSESSIVE_DETERMINERS]);
/** Words that hedge a figure ("about $4 billion", "more than 5,000"): between a verb and its object, not a noun. */
export const HEDGES = new Set('about around nearly almost roughly over more than less fewer up to'.split(' '));
/** Words that open a prepositional phrase: a name after one is not the clause's subject. */
export const PREPOSITIONS = new Set(
  'in at on of for from to by with across into over under after before during since until per than as via within among between against'.split(
    ' ',
  ),
);
/** Words that end a measure phrase: the predicate or a clause starts there. */
export const STOPS = new Set(
  (
    'and or but nor so yet if because although though while whereas when where which who whom whose that ' +
    'is are was were be been being am has have had will would could should can may might must shall do does did ' +
    'said says say told according it they he she we you i there here also already just only still even now then ' +
    'last next each every ago earlier later this year month week day quarter not never'
  ).split(' '),
);
/** Nouns of time: a phrase they end says when, not what ("in the current quarter"). */
export const TIME_NOUNS = new Set(
  'year years quarter quarters month months week weeks day days decade decades period periods season seasons term half window windows'.split(
    ' ',
  ),
);
/** Pronouns that stand as subjects: the word after one is a verb. */
export const SUBJECT_PRONOUNS = new Set('i you he she it we they who which'.split(' '));
/** Verbs that report speech: the reported clause after them has a subject of its own. */
export const REPORTING = new Set(
  'said says say told tells added adds noted notes warned warns reported reports announced announces according'.split(' '),
);
/** Where a new clause with a subject of its own starts: "…, while Google Cloud grew 28%". */
export const CLAUSE_BREAKS = new Set([';', 'while', 'whereas', 'but', 'although', 'though']);
/** The noun for the money a verb spends, earns or moves: "spend $100 billion" is spending. */
export const MONEY_VERBS: Readonly<Record<string, string>> = {
  spend: 'spending',
  spends: 'spending',
  spent: 'spending',
  spending: 'spending',
  invest: 'investment',
  invests: 'investment',
  invested: 'investment',
  investing: 'investment',
  pay: 'payment',
  pays: 'payment',
  paid: 'payment',
  paying: 'payment',
  raise: 'funding',
  raises: 'funding',
  raised: 'funding',
  raising: 'funding',
  earn: 'earnings',
  earns: 'earnings',
  earned: 'earnings',
  cost: 'cost',
  costs: 'cost',
  costing: 'cost',
  borrow: 'borrowing',
  borrows: 'borrowing',
  borrowed: 'borrowing',
  lose: 'losses',
  loses: 'losses',
  lost: 'losses',
  owe: 'debt',
  owes: 'debt',
  owed: 'debt',
  fined: 'fine',
  charge: 'charge',
  charges: 'charge',
  charged: 'charge',
  save: 'savings',
  saves: 'savings',
  saved: 'savings',
  valued: 'valuation',
  priced: 'price',
  sold: 'sale price',
  bought: 'purchase price',
  buy: 'purchase price',
  ask: 'asking price',
  list: 'price',
  lists: 'price',
  listed: 'price',
  sell: 'price',
  sells: 'price',
  selling: 'price',
  asks: 'asking price',
  asked: 'asking price',
  asking: 'asking price',
  lend: 'loans',
  lends: 'loans',
  lent: 'loans',
  lending: 'loans',
};
/** Plurals that do not end in -s, and nouns that count people or things as a body. */
export const OTHER_PLURALS = new Set('people children men women staff personnel police cattle feet teeth mice geese data media'.split(' '));
/** "customers", "countries"; not "business", "bus", "analysis". */
export const endsLikePlural = (w: string) => /[a-z]{2}s$/.test(w) && !/(?:ss|us|is)$/.test(w);
export const singular = (w: string) => (/[a-z]ies$/.test(w) ? `${w.slice(0, -3)}y` : endsLikePlural(w) ? w.slice(0, -1) : w);
export const pluralHead = (phrase: string) => {
  const head = phrase.slice(phrase.lastIndexOf(' ') + 1);
  return OTHER_PLURALS.has(head) || endsLikePlural(head);
};
/** Verbs of change: a percentage after them is a change, in what their subject names. */
export const RISE = new Set(
  'grew grow grows rose rise rises risen jumped jump jumps climbed climb climbs gained gain gains increased increase increases surged surge soared soar rebounded added adds'.split(
    ' ',
  ),
);
export const FALL = new Set(
  'fell fall falls fallen dropped drop drops declined decline declines decreased decrease slipped slip slumped slump plunged plunge tumbled tumble shrank shrink lost loses'.split(
    ' ',
  ),
);
/** Words after which a figure continues the measure of the figure before it: "up from $83 billion". */
export const LINKS = [
  'up from',
  'short of',
  'down from',
  'compared with',
  'compared to',
  'versus',
  'vs',
  'against',
  'from',
  'than',
  'to',
  'and',
  'or',
];

/**
 * The noun a verb of change makes ("rose 4.1%" is a rise, "grew 19%" growth): said in the verb's own
 * word, as the article puts it. Every change noun keys as one measure, a change (see CHANGE_NOUNS).
 */
export const CHANGE_NOUN: Readonly<Record<string, string>> = {
  ...Object.fromEntries('grew grow grows growing'.split(' ').map((v) => [v, 'growth'])),
  ...Object.fromEntries('rose rise rises risen rising soared soar soars'.split(' ').map((v) => [v, 'rise'])),
  ...Object.fromEntries('jumped jump jumps'.split(' ').map((v) => [v, 'jump'])),
  ...Object.fromEntries('climbed climb climbs'.split(' ').map((v) => [v, 'climb'])),
  ...Object.fromEntries('gained gain gains added adds'.split(' ').map((v) => [v, 'gain'])),
  ...Object.fromEntries('increased increase increases'.split(' ').map((v) => [v, 'increase'])),
  ...Object.fromEntries('surged surge surges'.split(' ').map((v) => [v, 'surge'])),
  rebounded: 'rebound',
  ...Object.fromEntries('fell fall falls fallen slipped slip slips tumbled tumble lost loses'.split(' ').map((v) => [v, 'fall'])),
  ...Object.fromEntries('dropped drop drops'.split(' ').map((v) => [v, 'drop'])),
  ...Object.fromEntries('declined decline declines'.split(' ').map((v) => [v, 'decline'])),
  ...Object.fromEntries('decreased decrease'.split(' ').map((v) => [v, 'decrease'])),
  ...Object.fromEntries('slumped slump plunged plunge'.split(' ').map((v) => [v, 'slump'])),
  ...Object.fromEntries('shrank shrink'.split(' ').map((v) => [v, 'contraction'])),
};
/** Nouns that name a change: "a 40% rise in costs", "a gain of 24%"; one measure, whatever the direction. */
export const CHANGE_NOUNS = new Set([
  ...Object.values(CHANGE_NOUN),
  ...'growth rise gain fall drop decline increase decrease jump surge slump climb rebound contraction change'.split(' '),
]);

/**
 * Nouns that hold a figure without saying what it counts: "an average of 13.6%", "a range of 3.75% to
 * 4%", "€86 billion of its own money". The measure is then read elsewhere (the verb, the subject).
 */
export const CONTAINERS = new Set('average mean median total sum range figure amount number maximum minimum money cash'.split(' '));

/**
 * Verbs that say what a thing stands at rather than what it does: the figure after them ("stands at
 * €100m", "to peak at 4.5%", "remain close to 4%") measures their subject.
 */
export const LINKING = new Set(
  (
    'is are was were be been remain remains remained stand stands stood total totals totalled totaled ' +
    'reach reaches reached hit hits peak peaks peaked settle settles settled settling close closes closed ' +
    'end ends ended stay stays stayed'
  ).split(' '),
);
/** Words between a linking verb and its figure: "stands at", "remain close to", "totalled just over". */
export const LINK_PARTICLES = new Set('at to of close just'.split(' '));
/** Relative pronouns: the subject of their clause is the noun phrase before them ("…clause, which stands at"). */
export const RELATIVES = new Set('which that who'.split(' '));

/** Oldest plausible age: a bare number in apposition to a person ("Matias, 24,") is an age up to this. */
export const AGE_MAX = 120;
/** A table: lines of at most this many characters, in a block of at least TABLE_MIN_CELLS lines... */
export const CELL_CHARS = 60;
export const TABLE_MIN_CELLS = 6;
/** ... read as rows of 2 to TABLE_MAX_COLUMNS cells, a header row first. */
export const TABLE_MAX_COLUMNS = 8;
/** Words of a caption's lead that may say what its figures measure ("Cloud revenue growth: …"). */
export const LEAD_WORDS = 16;
/** Auxiliaries and modals between a subject and its verb ("would remain", "has stood"). */
export const AUXILIARIES = new Set('will would could should can may might must has have had is are was were be been'.split(' '));
/** Links that say by themselves that two figures are compared, so may follow a long phrase: "…, compared with 2.2%". */
export const EXPLICIT_LINKS = new Set(['up from', 'down from', 'compared with', 'compared to', 'versus', 'vs', 'against', 'short of']);
/**
 * Verbs that put a value on their object, said after "at": "put the chance of a cut at 78%", "caps the
 * bill at £1,720", "set the budget at £1.5bn". The object is what the figure measures.
 */
export const VALUING = new Set(
  (
    'put puts putting set sets setting cap caps capped capping peg pegs pegged fix fixes fixed ' +
    'estimate estimates estimated estimating value values valuing forecast forecasts forecasting ' +
    'see sees saw project projects projected'
  ).split(' '),
);
/** Words that say over what time a change ran: "gained 17% since January", "a gain of 24% over 12 months". */
export const PERIOD_WORDS = new Set(['since', 'over']);
/** "$1,349 a month" is a monthly price: the adjective of a period. */
export const PERIOD_ADJECTIVES: Readonly<Record<string, string>> = {
  hour: 'hourly',
  day: 'daily',
  week: 'weekly',
  month: 'monthly',
  quarter: 'quarterly',
  year: 'annual',
};

/** Verbs whose object is expected to reach a figure: "expects GDP to grow 1.9%", "forecast prices to fall". */
export const FORECAST_VERBS = new Set(
  'expect expects expected forecast forecasts forecasted predict predicts predicted project projects projected see sees saw estimate estimates estimated anticipate anticipates anticipated want wants wanted'.split(
    ' ',
  ),
);
