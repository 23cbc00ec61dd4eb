// The word lists of the entity passes, in one place: each says in a line what it holds and why.
// Lists that overlap are kept side by side with the reason they differ.

const w = (s: string): Set<string> => new Set(s.split(' '));

// Dates and titles of office

/** Month and day names and their short forms: capitalised, and never a name alone. */
export const MONTHS_DAYS = w(
  'January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday',
);
/** The seasons: a name alone only in an event ("the Arab Spring"). */
export const SEASONS = w('Winter Spring Summer Autumn Fall');
/** Words that introduce a person's name and are not part of it. */
export const TITLES = w(
  'Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Prof Prof. Sir Dame Lord Lady President Vice Senator Sen. Rep. Representative Gov. Governor Minister Prime Chancellor Secretary CEO CFO CTO COO Chief Executive Officer King Queen Prince Princess Pope General Gen. Judge Justice Chairman Chairwoman Chair Mayor Director Founder Co-founder Cofounder Commissioner Ambassador Coach Captain Capt. Lt. Col. Sgt. Rev. Father Sister Brother Bishop Cardinal Sheikh Emir Sultan Deputy Speaker Leader Professor Analyst Economist Spokesperson Spokesman Spokeswoman Attorney Inspector Officer Detective Agent Saint St. Uncle Aunt Madame Monsieur Herr Frau Senor Señor Don Dona',
);
/** Words that address or greet a person before the name, never part of it ("Dear Nina", "Thanks Josh", "Doctor Hank"). */
export const ADDRESSING = w('Dear Hi Hey Hello Thanks Thank Welcome Congratulations Congrats Cheers Doctor');
/**
 * Titles that hold one person's office and nothing else ("President", "Minister"): not "King" or
 * "General", which also open the names of places and firms ("King's Cross", "General Motors").
 */
export const PERSON_TITLES = w(
  'President Minister Senator Governor Chancellor Secretary Mayor Premier Ambassador Commissioner Spokesman Spokeswoman Spokesperson Chairman Chairwoman Director Coach Captain Judge Justice',
);
/**
 * The particles of family names, written in lower case inside a name ("Joost van der Westhuizen",
 * "Aravinda de Silva", "Zine al-Abidine Ben Ali"); a person's name reads through them.
 */
export const NAME_PARTICLES = w('van von der den de da di du dos das del della la le al el bin ibn ter ten');
/** The same particles opening a name, with a capital ("Van der Westhuizen", "De Niro", "Le Pen"). */
export const NAME_PARTICLES_OPENING = w('Van Von De Da Di Du Dos Del Della La Le Al El Bin Ibn Ter Ten');
/** Words inside a title of office: "Secretary of State", "Foreign Minister", "Deputy Prime Minister". */
export const TITLE_INNER = w(
  'of for the State Foreign Defence Defense Interior Home Finance Health Justice Trade General Deputy Vice Chief Executive Attorney',
);
/** Words that make a title of office with the title after them: "Financial Secretary", "Majority Leader". */
export const TITLE_HEADS = w(
  'Financial Finance Majority Minority Foreign Interior Home Defence Defense Health Justice Trade Deputy Vice Chief Executive Attorney Managing General Senior Associate Assistant Acting Economic Economy Culture Education Energy Environment Labor Labour Transport Treasury Agriculture Commerce Security Information Operating Marketing Technical Legal Prime Principal',
);

// What makes a name an organization

/** Last words that make a name an organization. */
export const ORG_SUFFIX = w(
  'Inc Inc. Incorporated Corp Corp. Corporation Co Co. Company Ltd Ltd. Limited LLC LLC. PLC Plc plc LP AG SA NV SE GmbH Group Holdings Holding Bank Bancorp Technologies Technology Systems Partners Capital Ventures Airlines Airways Motors Labs Laboratories Pharmaceuticals Therapeutics Energy Industries Enterprises Solutions Networks Media Studios Entertainment Foundation Fund Trust Institute University College School Academy Agency Department Ministry Council Commission Committee Party Association Federation League Club Union Parliament Congress Senate Assembly Court Reserve Authority Office Service Services Board Bureau Administration Coalition Alliance Society Organisation Organization Network News Times Post Journal Herald Tribune Gazette Press Magazine Review Telegraph Guardian Mail Express Records Pictures Foods Brands Stores Electric Electronics Motor Oil Gas Petroleum Mining Steel Chemicals Insurance Securities Exchange Investments Management Advisors Consulting Hospital Clinic Police Army Navy Force Forces Guard Command Cabinet Government Bureau Centre Center Institution Museum Orchestra Team United City Rovers Wanderers Athletic Athletics AI Robotics Semiconductor Semiconductors Software Aerospace Automotive Logistics Dynamics Analytics Biosciences Biotech Pharma Renewables Mobility Payments Microsystems Devices Instruments Materials Minerals Resources Retail Realty Properties Bancshares Financial Airline Shipping Telecom Communications Interactive Robotic Computing Batteries',
);
/** First words that make a name an organization. */
export const ORG_HEAD = w(
  'Department Ministry University Bank Office Institute School College Bureau Agency Commission Committee Council Board Federation Association Society Academy Royal National Federal European International World United Central State Supreme House Senate Museum Centre Center Church Order Party Friends Campaign Union League Fund Foundation Organization Organisation Court',
);
/** Heads of long official names, where "and" stays inside the name. */
export const AND_HEADS = w(
  'Department Ministry Office Institute School Bureau Agency Commission Committee Council Board Society Association Centre Center Faculty College University Museum Secretary',
);
/** Last words of the names of public bodies, which may hold "and": "Securities and Exchange Commission". */
export const BODY_TAILS = w(
  'Commission Administration Board Bureau Agency Department Ministry Council Committee Authority Office Service Services Exchange Institute Association Federation Union Organization Organisation Society Foundation Court Alliance Coalition League Centre Center School College University Academy Museum',
);
/**
 * Body words followed by "of" or "for" and their field, one name with it: "Bureau of Labor
 * Statistics", "European Court of Justice", "Centers for Disease Control and Prevention".
 */
export const OF_BODY_HEADS = w(
  'Bureau Department Ministry Office Agency Administration Commission Committee Board Council Division Court Courts Institute Institutes Center Centers Centre Centres University School College Academy Museum Society Federation Association Organization Organisation Service Fund Foundation Chamber Union Bank Party League Alliance Front Congress Confederation Movement Corporation Authority Trust Army Institution Corps Order Guild Conservatory Library Assembly Parliament Synod',
);
/** First words of public bodies named "<body> of <field>": "Department of Environmental Protection". */
export const FIELD_BODY = w('Department Ministry Bureau Office Agency Administration Commission Board Council Division');
/** The first word of a body that a country's name leads: "New Zealand Department of Conservation". */
export const STATE_BODY = w('Department Ministry Bureau Agency Embassy Police Army Navy');
/** Nouns a people or a faith names a body with: "Muslim Brotherhood", "Arab League", "Catholic Church". */
export const BODY_NOUN = w(
  'Brotherhood Church League Union Party Congress Council Front Alliance Airlines Airways Brigades Federation Association Conference',
);
/** Words that name a kind of body, not one body, when they stand alone ("the Party", "League"). */
export const GENERIC_ALONE = w('Party League Division Day Group Olympic Olympics Attendance Note Stadium Department Ministry Agency');
/** First words that start too many names to stand for one alone ("New", "Bank", "Saint"): coreference does not shorten a name to them. */
export const GENERIC_FIRST = w(
  'The New North South East West United National International Royal General American British European World Bank University Department Ministry Office Central Federal State First Great Saint St. San Los Las Le La Al El Mount Lake Port Fort',
);

// The endings of a company's name. Four lists, kept apart because each was tuned for its own step and merging
// them changes what is found: ORG_SUFFIX (above) types a run as an organization; LEGAL are the legal forms only,
// after which "of <country>" is where the company is ("Kia Motor Corp of South Korea"), so no "Group" or "Bank";
// ORG_TAIL is what coreference drops to find a short name ("Microsoft Corp." -> "Microsoft", "Inflection AI" ->
// "Inflection"): the common legal forms and a few words of groups, but not the rarer forms ("Plc", "SE",
// "GmbH"), whose short names the tuning did not take; COMPANY_TAILS are endings ORG_SUFFIX lacks ("Bros.",
// "SpA", "Healthcare"), used to retype a name the tagger called a person or place.

/** Last words of a company's legal name, after which "of <country>" says where it is. */
export const LEGAL = w('Inc Inc. Corp Corp. Co Co. Ltd Ltd. LLC PLC Plc plc AG SA SpA S.A. NV SE GmbH AB ASA Oyj');
/** Endings coreference drops to find a company's short name: "Microsoft Corp." -> "Microsoft". */
export const ORG_TAIL = w('Inc Inc. Corp Corp. Co Co. Ltd Ltd. LLC PLC plc AG SA NV Group Holdings AI Labs');
/** Last words of companies' names that the organization words of the rules lack. */
export const COMPANY_TAILS = w('Bros Bros. SpA S.p.A. Medical Pharma Healthcare Health');

// Bodies known by name. KNOWN_ORGS and INSTITUTIONS overlap ("UN", "NATO", "IMF") but do different work: a
// KNOWN_ORGS word is an organization wherever it stands, found or not (one word only, so a short form that is
// also a word, "Fed", is still found); INSTITUTIONS are whole names that only retype what was found, or complete
// a name cut short ("Agence France-Presse").

/**
 * Organizations news names by a short form that looks like nothing in particular: acronyms that are
 * also words or places, and the agencies that sign the copy.
 */
export const KNOWN_ORGS = w(
  'U.N. UN EU NATO Fed OPEC FIFA UEFA IOC IAAF NFL NBA NHL NCAA IMF WTO OSCE PLO CIA FBI NASA BBC CNN Reuters AFP Interfax Itar-Tass Xinhua Yonhap Nasdaq NYMEX Comex Bundesbank Pentagon Kremlin Congress Hamas Hizbollah Hezbollah Taleban Taliban ANC',
);
/** Abbreviations of names that are also common words in capitals ("WHO" is the World Health Organization, not emphasis). */
export const CAPS_NAMES = w('WHO');
/**
 * Bodies of states that a reader knows as organizations, whatever a gazetteer of logos ("United
 * Nations") or the tagger's guess makes of them.
 */
export const INSTITUTIONS = new Set(
  'United Nations|UN|U.N.|European Union|EU|E.U.|NATO|Nato|World Bank|IMF|International Monetary Fund|World Health Organization|WHO|World Trade Organization|WTO|UNESCO|Unesco|UNICEF|Unicef|OPEC|Opec|African Union|Arab League|Red Cross|Interpol|European Commission|European Central Bank|Federal Reserve|Security Council|General Assembly|European Parliament|Agence France-Presse|Associated Press|Getty Images'.split(
    '|',
  ),
);
/** A government's seat that news writes for the government; the annotations read it as the place. */
export const SEATS = new Set(['White House', 'Downing Street', 'Elysee Palace', 'Élysée Palace']);

// Places

/** States of the past, which the countries' gazetteer (today's countries) does not hold. */
export const FORMER_STATES = new Set([
  'Soviet Union',
  'USSR',
  'Yugoslavia',
  'Czechoslovakia',
  'East Germany',
  'West Germany',
  'Prussia',
  'Ottoman Empire',
  'Byzantine Empire',
  'Roman Empire',
  'Holy Roman Empire',
  'Austria-Hungary',
  'Serbia and Montenegro',
  'South Vietnam',
  'North Vietnam',
]);
/** Words that name a country by its kind of state before "of" ("the Republic of Ireland", "the Kingdom of Spain"). */
export const STATE_KINDS = w('Republic Kingdom Principality Sultanate Emirate Duchy');

/** First words that make a name a place ("Lake Geneva", "San Jose"). */
export const PLACE_HEAD = w(
  'Lake Mount Mt. Gulf Cape Port Fort Isle Isla Lago Monte Rio San Santa Saint St. North South East West New Upper Lower Greater',
);
/** Last words that make a name a place ("Cook County", "Red Sea"). */
export const PLACE_SUFFIX = w(
  'City County Province State Island Islands Street Avenue Road Valley River Sea Ocean Bay Strait Peninsula Mountains Mountain Hills Desert Canyon Coast Region Republic Kingdom Emirates Square Park Heights Beach Falls Lake Harbour Harbor Canal Channel Borough District Township Village',
);
/** Directions that name a part of a place with it ("Lower Manhattan", "the West Side"). */
export const DIRECTION = w('North South East West Upper Lower Greater Northern Southern Eastern Western Central');
/** Last words of a quarter of a city named by a direction ("the West Side", "the East End"). */
export const QUARTER = w('Side End');
/** Words before a name that make it where something happened ("an official in Liege said"). */
export const PLACE_PREP = w('in at near from of to into');

// The shape of a name. CONNECTORS and LINKERS differ: the rule spans read through every particle of CONNECTORS;
// coreference leaves LINKERS out of a name's initials, and "the" is one of them ("Bank of the West" -> BW),
// while the rarer particles ("della", "dos", "ibn", "y") stay in, as the initials were tuned.

/** Small words inside a name that the rule spans read through: "Bank of England", "Leonardo da Vinci". */
export const CONNECTORS = w('of for and & de del della da di do dos das van von der den la le du al el bin ibn y');
export const LINKERS = new Set([...CONNECTORS, 'the'].filter((x) => !w('della do dos das den el ibn y').has(x)));
/** What may follow "of" or "for" inside a name before its next capital: "Bank of the West". */
export const CAN_FOLLOW_OF = w('the');
/** Articles and possessives that open a run of capitals without being part of the name. */
export const ARTICLES = w('The A An This That These Those Its Their His Her Our My Your');
/** Capitalised acronyms of common things, not names. */
export const COMMON_ACRONYMS = w(
  'AI CEO CFO CTO COO CIO GDP IPO TV PC OK AM PM GMT UTC BST EST PST USD EUR GBP GW MW KW GWh MWh TWh CO2 PhD MBA FAQ DIY PR HR IT ID VIP ETA RSS PDF URL API APIs SDK GPU GPUs CPU CPUs LLM LLMs ESG EV EVs IoT AR VR UK-based DNA RNA COVID FY Q1 Q2 Q3 Q4 H1 H2 YoY LNG OPEC',
);
/** The trade's abbreviations of common things besides COMMON_ACRONYMS, never a name alone ("its IP", "the UX"). */
export const TRADE_ABBREVIATIONS = w('IP UX UI KPI ROI SEO');
/** Lower-case words that no name holds and that end one: "Jefferies said Lambda", "Acme according to". */
export const NAME_BREAKS = w('according is are was were has have had will would that which who whose when while if');
/** Acronyms of common things and page furniture that the tagger may take for a name alone. */
export const NOT_A_NAME_ALONE = w('AI CEO CFO GDP IPO TV I OK PM AM Subscribe Advertisement Reprints');
/** Small words that open a sentence before a name without being part of it: "And Ennahda came", "But Rivian said". */
export const SENTENCE_OPENERS = w(
  'The A An And But So Yet Or Nor Then When While If As At In On For From By With After Before Since Until Although Though Because Once Now Still Also Even Meanwhile Under Like Unlike Without Despite Against',
);
/** Sentence openers the word lists do not know as words: pronouns, question words, quantifiers. */
export const NO_NAME = w(
  'I We You They He She It Who What Which Where When Why How Let Nobody Everyone Everybody Someone Somebody Anyone None Each Both All Many Most Some Few Several Others Either Neither One This That These Those There Here Staff',
);
/** Prepositions written in capitals only in headlines: a "person" holding one is a headline ("A Battle Against Winter"). */
export const HEADLINE_PREPOSITIONS = w(
  'Against Under Over With Without From Into Onto About After Before Between Through Toward Towards Across Behind Beyond Inside Outside',
);
/** Lower-case words after a people's name ("the Ngātiwai tribe", "the Māori people"): a people is no name to look up. */
export const PEOPLE_NOUNS = w('tribe tribes people peoples clan clans');

// What news copy says around a company's name

/** Lower-case nouns that describe a company just before its name ("the truck maker Scania"). */
export const ORG_NOUNS = w(
  'company companies firm group maker makers carmaker automaker chipmaker start-up startup start-ups startups fund insurer lender bank retailer manufacturer supplier operator developer airline broker conglomerate consortium rival rivals subsidiary unit investor investors owner brand outfit giant agency newspaper daily weekly tabloid broadcaster distributor publisher',
);
/** What a newspaper or a broadcaster is called right after its name ("Liberte newspaper said"). */
export const MEDIA_NOUNS = w('newspaper newspapers daily weekly tabloid broadcaster');
/** What follows "X's" when X is a company ("Nvidia's chief executive", "Scania's parent"). */
export const ORG_OWNS = w(
  'chief shares share parent board co-founder cofounder founders staff employees workforce revenue revenues sales profit profits stock factory factories plant plants subsidiary subsidiaries ceo products customers investors shareholders headquarters valuation earnings chips software models spokesperson spokesman spokeswoman',
);
/** Adjectives allowed between "X's" and what it owns ("Northvolt's former factory"). */
export const OWN_ADJ = w('former new latest largest biggest main first second third flagship own annual quarterly');
/** What a company or a person does in news copy, said right after the name: "Anthropic said", "Rivian reported". */
export const ACTS = w(
  'said says told announced reported declined confirmed denied disclosed unveiled launched released posted agreed acquired warned expects plans filed sued hired raised',
);
/** Past tenses that do not end in "-ed", which a subject acts with right before them ("RWE took two sites"). */
export const IRREGULAR_PAST = w(
  'took won made bought sold paid got gave began left lost kept held led brought set put cut ran saw became built chose found grew hit rose fell spent went wrote drew struck sought met',
);
/**
 * Nouns of a person's role, written before their name ("businessman Zygmunt Solorz", "his
 * counterpart Zhirayr Liparityan", "spokesman Sergei Yastrzhembsky"); not the ones that are also
 * adjectives before a body's name ("the official Xinhua agency", "chief", "general", "deputy").
 */
export const PERSON_ROLES = w(
  'businessman businesswoman spokesman spokeswoman spokesperson counterpart adviser advisor aide colleague editor reporter correspondent columnist writer author novelist poet artist singer actor actress director producer leader activist dissident lawyer attorney judge prosecutor diplomat envoy minister lawmaker legislator senator commander colonel captain officer soldier economist analyst strategist scientist researcher professor teacher student doctor surgeon nurse priest pastor imam rabbi coach manager player striker midfielder defender goalkeeper batsman bowler founder chairman chairwoman president wife husband son daughter brother sister mother father widow friend',
);
/** Words of a contest or a gathering that make a place's name before them an event ("the U.S. Open", "the Monaco Grand Prix"). */
export const EVENT_WORDS = w(
  'Open Championship Championships Games Olympics Cup Grand Prix Marathon Masters Classic Festival Expo Summit Trophy Rally',
);
/** Last words of the names of prizes and wars, never of a person, a place or a body ("the Nobel Prize", "the Civil War"). */
export const PRIZE_OR_WAR = w('Award Awards Prize Prizes Medal Trophy Cup Olympics Contest War Wars');
/** Verbs of speech: a word before one speaks, so is a person, not a place ("Azzouz said"). */
export const SAYS = w('said says told added declared explained argued warned');
/** What only a company has, right after its name: "Nvidia shares rose". */
export const TRADED = w('shares stock');
/** What a company has or does right after its name: "Con Edison officials", ", which maintains". */
export const STAFF = w('officials executives employees workers worker engineers shareholders customers spokesman spokeswoman spokesperson');
/** What a company does to what it runs, after ", which": ", which maintains 4,300 miles of gas mains". */
export const RUNS = w('maintains operates owns runs employs supplies provides serves makes sells builds manufactures');
/** Kinds of companies in the plural, which a list of their names follows ("firms including Mobil, Shell and Caltex"). */
export const COMPANY_KINDS = w(
  'companies firms rivals makers carmakers automakers chipmakers banks lenders insurers retailers startups start-ups airlines brands groups conglomerates manufacturers suppliers operators developers',
);
/** Words between a kind of company and the list of its names ("firms including", "rivals such as"). */
export const LIST_OPENERS = w('including like such as');
/** A newsroom's sections: "a Metro reporter" names a desk, not a paper. */
export const SECTIONS = w(
  'Metro Business Sports Politics Opinion Style Arts Travel Science Technology Tech National Foreign World Culture Books Food Health Climate Weekend Magazine Features',
);
/** Newsroom jobs after a section's name ("a Metro reporter"): then the section is a desk, not a name. */
export const STAFF_ROLES = w('reporter reporters editor editors correspondent correspondents columnist columnists desk section writer');
/** Last words of the names of laws and treaties. */
export const LAW_WORDS = w('Act Treaty Accord Accords Convention Directive Regulation Bill Protocol');

// Products

/** Nouns after a name that make the name a product's ("ChatGPT service", "Copilot app"). */
export const PRODUCT_NOUNS = w(
  'service app apps chatbot chatbots assistant model models chip chips processor processors platform browser smartphone smartphones handset console headset software',
);
/** Last words of product names ("Vision Pro", "Galaxy Ultra", "MacBook Air"). */
export const PRODUCT_TAIL = w('Pro Max Plus Ultra Mini Air Lite SE XL Neo Edge');
/** Nouns after a one-word name that make it a maker's app or part ("the Photos app", "Retina display"). */
export const FEATURE_NOUNS = w('app apps display displays feature features browser chip chips keyboard screen');
/** Capitalised words before a number that name a section or step, not a product ("Chapter 11"). */
export const NUMBERED_NOT_PRODUCT = w(
  'Chapter Article Section Phase Stage Level Category Grade Class Group Division Round Game Week Day Tier Zone Gate Terminal Route Highway Page Figure Table Part Act Step Year Number No. Season Room Floor Platform Unit Lot Box Line Box Exhibit Schedule Appendix Covid COVID Windows Top Formula Under Over Vision Agenda',
);

// The sports page

/** Section names that head sports copy ("SOCCER - ...", "CRICKET : ..."). */
export const SPORT_HEADS = w(
  'SOCCER FOOTBALL CRICKET TENNIS GOLF BASEBALL BASKETBALL RUGBY ATHLETICS CYCLING BOXING HOCKEY SWIMMING MOTORCYCLING SKIING SAILING SQUASH NFL NBA NHL',
);
/** Words of match reports: only sport uses the first kind; the second shows up in business news too. */
export const SPORT_WORDS = w(
  'halftime half-time goalkeeper striker midfielder defender innings wickets wicket batsman bowler pitcher inning homer homered homers touchdown quarterback standings semifinal semi-final quarter-final seeded unseeded penalty penalties referee',
);
/** Words of games that business news uses too: they count for a sports page only with others. */
export const GAME_WORDS = w(
  'goal goals scored beat beats draw drew played match matches league division championship tournament cup season title',
);
/** Capitalised words of headlines and tables that are not names ("LEAGUE", "STANDINGS"). */
export const HEADLINE_WORDS = w(
  'LEAGUE DIVISION OPEN STANDARD OVERS CAPS SCOREBOARD RESULT RESULTS STANDINGS SCHEDULE SCORES SCORERS LEADING TABLE FIXTURES SUMMARY SUMMARIES GAMES MATCH FINAL',
);
/** Ordinals that open a sentence capitalised and are no given name ("Third Paris"). */
export const ORDINALS = w('Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth Last Next');
/** The words between two teams in a fixture: "Kent v Surrey", "BOSTON AT OAKLAND". */
export const FIXTURE = w('v vs vs. V VS AT');

// Nationalities

/** Nationality and group adjectives: names of a kind Gloss types "other", never place or person. */
export const DEMONYMS = w(
  'Afghan Albanian Algerian American Andorran Angolan Argentine Argentinian Armenian Australian Austrian Azerbaijani Azeri Bahraini Bangladeshi Belarusian Belgian Bolivian Bosnian Brazilian British Briton Britons Bulgarian Burmese Burundian Cambodian Cameroonian Canadian Chadian Chilean Chinese Colombian Congolese Croatian Cuban Cypriot Czech Danish Dutch Ecuadorean Ecuadorian Egyptian Emirati English Eritrean Estonian Ethiopian European Filipino Finnish French Gabonese Georgian German Ghanaian Greek Guatemalan Guinean Haitian Honduran Hungarian Icelandic Indian Indonesian Iranian Iraqi Irish Israeli Italian Ivorian Jamaican Japanese Jordanian Kazakh Kenyan Korean Kosovar Kurdish Kuwaiti Kyrgyz Lao Latvian Lebanese Liberian Libyan Lithuanian Macedonian Malagasy Malawian Malaysian Malian Maltese Mexican Moldovan Mongolian Montenegrin Moroccan Mozambican Namibian Nepali Nepalese Nicaraguan Nigerian Nigerien Norwegian Omani Pakistani Palestinian Panamanian Paraguayan Persian Peruvian Polish Portuguese Qatari Romanian Russian Rwandan Saudi Scottish Senegalese Serb Serbian Sierra Slovak Slovenian Somali Spanish Sudanese Swedish Swiss Syrian Taiwanese Tajik Tanzanian Thai Tibetan Togolese Tunisian Turkish Turkmen Ugandan Ukrainian Uruguayan Uzbek Venezuelan Vietnamese Welsh Yemeni Yugoslav Zambian Zimbabwean Asian African Arab Arabic Latin Nordic Scandinavian Soviet Western Eastern Baltic Balkan Caribbean Muslim Christian Catholic Protestant Jewish Hindu Buddhist Sikh Sunni Shia Shiite Democrat Democrats Republican Republicans Democratic Conservative Labour Socialist Communist Liberal Islamist Jihadist Kurd Kurds Palestinians Israelis Americans Europeans Germans Russians Chinese Africans Arabs Muslims Christians Jews Hindus Sikhs Serbs Croats Bosnians Albanians Afghans Iraqis Iranians Syrians Pakistanis Indians Japanese Koreans Brazilians Mexicans Canadians Australians Britons Scots Welsh Irish Poles Czechs Turks Greeks Italians Spaniards French Dutch Swedes Norwegians Danes Finns Swiss Austrians Belgians Ukrainians Israeli Moslem Hutu Tutsi Chechen Pashtun Baloch Sindhi Punjabi Tamil Sinhalese Basque Catalan Flemish Walloon Druze Maronite Alawite Coptic Zulu Xhosa Berber Tuareg Yoruba Igbo Hausa',
);

// What the article says a name is (news-evidence.ts)

/** Heads of an apposition that make the name before it a product (", an AI model", ", a weekly injection"). */
export const PRODUCT_KINDS = w(
  'model models chatbot chatbots assistant app apps application service services platform software program browser tool chip chips processor processors accelerator accelerators device devices phone phones smartphone smartphones handset handsets tablet laptop laptops console headset drug drugs pill pills injection injections vaccine vaccines treatment medicine medicines therapy jab system engine car cars vehicle vehicles jet aircraft plane missile missiles rocket game games operating network feature',
);
/** Heads of an apposition that make the name before it an organization (", a smaller cloud provider", ", the Danish developer"). */
export const COMPANY_HEADS = w(
  'company firm provider maker carmaker automaker chipmaker drugmaker developer start-up startup group conglomerate retailer lender insurer bank broker brokerage operator supplier manufacturer publisher broadcaster airline utility consultancy agency regulator club party outlet network subsidiary rival owner investor fund consortium union charity organisation organization institute university hospital ministry newspaper band magazine school college team orchestra association society federation league corporation',
);
/** Heads of an apposition that make the name before it a place (", a city of 2 million"). */
export const PLACE_KINDS = w(
  'city town village county region province state country island capital suburb district port hamlet comune commune municipality settlement parish river lake mountain resort neighbourhood neighborhood',
);
/** Heads of an apposition that say the name is no name a reader looks up but a substance (", a gut hormone"). */
export const SUBSTANCE_KINDS = w(
  'hormone hormones protein proteins enzyme enzymes gene genes molecule molecules compound peptide receptor',
);
/** Words that end the noun phrase of an apposition before its head is passed ("a provider that", "a maker of"). */
export const PHRASE_STOPS = w('that which who whose of for with in at from on by and or to since based whom than');
/** People whose employer follows "at" ("analysts at", "chief economist at", "sources at"). */
export const ROLES_AT = w(
  'analyst analysts economist economists strategist strategists researcher researchers engineer engineers executive executives employee employees staff staffer staffers worker workers banker bankers trader traders director directors manager managers partner partners lawyer lawyers sources source spokesperson spokesman spokeswoman officials official investors colleagues scientists',
);
/** People named after their employer ("Jefferies analysts"): the name is a firm, unless a place. */
export const EMPLOYER_STAFF = w('analyst analysts economist economists strategist strategists bankers traders');
/**
 * Verbs whose object is software, a model or a device ("AWS would host Claude", "Google trained
 * Gemini", "launched Copilot"); not the nouns among their forms ("the ship Endurance", "the train").
 */
export const MADE_RUN = w(
  'host hosts hosted hosting deploy deploys deployed deploying trained training release releases released releasing launch launches launched launching shipped shipping',
);
/** Verbs of software running in or on something ("Gemini now runs inside Gmail", "built into Chrome"). */
export const RUNS_IN = w('runs run running built integrated embedded');
/** Where software runs ("runs inside Gmail", "runs on Windows", "built into Chrome"). */
export const RUN_PLACES = w('inside within on into');
/** Adverbs between a product and the verb of what it does ("Gemini now runs inside Gmail"). */
export const RUN_ADVERBS = w('now already also still even');
/** A listed company's share price moving, right after its name ("Saab rose 2.6%"). */
export const PRICE_MOVES = w('rose fell gained lost dropped climbed slipped jumped slid tumbled surged sank added advanced declined');
/** Nouns after a name that make it a product when the article owns or points at it ("the Gemini model", "Trainium chips"). */
export const PRODUCT_HEADS = w(
  'model models chatbot chatbots assistant app apps service platform software browser chip chips processor processors accelerator accelerators smartphone smartphones phone phones handset console headset drug pill injection vaccine',
);
/** Last words of a market index's name, which moves by a percentage as a company's shares do ("the Nasdaq Composite gained 1.8%"). */
export const INDEX_WORDS = w('Index Composite Average 100 500 50 30 600 225 40');
/** The first word of a byline or a photo's credit ("By Rachel Kim", "Credit: …"), whose names are people whatever the line's case. */
export const BYLINE_OPENERS = /^(By|Credit)$/i;
