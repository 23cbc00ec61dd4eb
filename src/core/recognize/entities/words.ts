// The word lists of the entity passes, in one place: each says in a line what it holds and why.

const w = (s: string): Set<string> => new Set(s.split(' '));

export const MONTHS_DAYS = w(
  'January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday',
);

/** Words that introduce a person's name and are not part of it. */
export const TITLES = w(
  'Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Prof Prof. Sir Dame Lord Lady President Vice Senator Sen. Rep. Representative Gov. Governor Minister Prime Chancellor Secretary CEO CFO CTO COO Chief Executive Officer King Queen Prince Princess Pope General Gen. Judge Justice Chairman Chairwoman Chair Mayor Director Founder Co-founder Cofounder Commissioner Ambassador Coach Captain Capt. Lt. Col. Sgt. Rev. Father Sister Brother Bishop Cardinal Sheikh Emir Sultan Deputy Speaker Leader Professor Analyst Economist Spokesperson Spokesman Spokeswoman Attorney Inspector Officer Detective Agent Saint St. Uncle Aunt Madame Monsieur Herr Frau Senor Señor Don Dona',
);

/** Last words that make a name an organization. */
export const ORG_SUFFIX = w(
  'Inc Inc. Incorporated Corp Corp. Corporation Co Co. Company Ltd Ltd. Limited LLC LLC. PLC Plc plc LP AG SA NV SE GmbH Group Holdings Holding Bank Bancorp Technologies Technology Systems Partners Capital Ventures Airlines Airways Motors Labs Laboratories Pharmaceuticals Therapeutics Energy Industries Enterprises Solutions Networks Media Studios Entertainment Foundation Fund Trust Institute University College School Academy Agency Department Ministry Council Commission Committee Party Association Federation League Club Union Parliament Congress Senate Assembly Court Reserve Authority Office Service Services Board Bureau Administration Coalition Alliance Society Organisation Organization Network News Times Post Journal Herald Tribune Gazette Press Magazine Review Telegraph Guardian Mail Express Records Pictures Foods Brands Stores Electric Electronics Motor Oil Gas Petroleum Mining Steel Chemicals Insurance Securities Exchange Investments Management Advisors Consulting Hospital Clinic Police Army Navy Force Forces Guard Command Cabinet Government Bureau Centre Center Institution Museum Orchestra Team United City Rovers Wanderers Athletic Athletics AI Robotics Semiconductor Semiconductors Software Aerospace Automotive Logistics Dynamics Analytics Biosciences Biotech Pharma Renewables Mobility Payments Microsystems Devices Instruments Materials Minerals Resources Retail Realty Properties Bancshares Financial Airline Shipping Telecom Communications Interactive Robotic Computing Batteries',
);

/** First words that make a name an organization. */
export const ORG_HEAD = w(
  'Department Ministry University Bank Office Institute School College Bureau Agency Commission Committee Council Board Federation Association Society Academy Royal National Federal European International World United Central State Supreme House Senate Museum Centre Center Church Order Party Friends Campaign Union League Fund Foundation Organization Organisation Court',
);

export const PLACE_HEAD = w(
  'Lake Mount Mt. Gulf Cape Port Fort Isle Isla Lago Monte Rio San Santa Saint St. North South East West New Upper Lower Greater',
);
export const PLACE_SUFFIX = w(
  'City County Province State Island Islands Street Avenue Road Valley River Sea Ocean Bay Strait Peninsula Mountains Mountain Hills Desert Canyon Coast Region Republic Kingdom Emirates Square Park Heights Beach Falls Lake Harbour Harbor Canal Channel Borough District Township Village',
);

export const CONNECTORS = w('of for and & de del della da di do dos das van von der den la le du al el bin ibn y');
export const CAN_FOLLOW_OF = w('the');
/** Heads of long official names, where "and" stays inside the name. */
export const AND_HEADS = w(
  'Department Ministry Office Institute School Bureau Agency Commission Committee Council Board Society Association Centre Center Faculty College University Museum Secretary',
);

/** Capitalised acronyms of common things, not names. */
export const COMMON_ACRONYMS = w(
  'AI CEO CFO CTO COO CIO GDP IPO TV PC OK AM PM GMT UTC BST EST PST USD EUR GBP GW MW KW GWh MWh TWh CO2 PhD MBA FAQ DIY PR HR IT ID VIP ETA RSS PDF URL API APIs SDK GPU GPUs CPU CPUs LLM LLMs ESG EV EVs IoT AR VR UK-based DNA RNA COVID FY Q1 Q2 Q3 Q4 H1 H2 YoY LNG OPEC',
);

export const ARTICLES = w('The A An This That These Those Its Their His Her Our My Your');

/** Nationality and group adjectives: names of a kind Gloss types "other", never place or person. */
export const DEMONYMS = w(
  'Afghan Albanian Algerian American Andorran Angolan Argentine Argentinian Armenian Australian Austrian Azerbaijani Azeri Bahraini Bangladeshi Belarusian Belgian Bolivian Bosnian Brazilian British Briton Britons Bulgarian Burmese Burundian Cambodian Cameroonian Canadian Chadian Chilean Chinese Colombian Congolese Croatian Cuban Cypriot Czech Danish Dutch Ecuadorean Ecuadorian Egyptian Emirati English Eritrean Estonian Ethiopian European Filipino Finnish French Gabonese Georgian German Ghanaian Greek Guatemalan Guinean Haitian Honduran Hungarian Icelandic Indian Indonesian Iranian Iraqi Irish Israeli Italian Ivorian Jamaican Japanese Jordanian Kazakh Kenyan Korean Kosovar Kurdish Kuwaiti Kyrgyz Lao Latvian Lebanese Liberian Libyan Lithuanian Macedonian Malagasy Malawian Malaysian Malian Maltese Mexican Moldovan Mongolian Montenegrin Moroccan Mozambican Namibian Nepali Nepalese Nicaraguan Nigerian Nigerien Norwegian Omani Pakistani Palestinian Panamanian Paraguayan Persian Peruvian Polish Portuguese Qatari Romanian Russian Rwandan Saudi Scottish Senegalese Serb Serbian Sierra Slovak Slovenian Somali Spanish Sudanese Swedish Swiss Syrian Taiwanese Tajik Tanzanian Thai Tibetan Togolese Tunisian Turkish Turkmen Ugandan Ukrainian Uruguayan Uzbek Venezuelan Vietnamese Welsh Yemeni Yugoslav Zambian Zimbabwean Asian African Arab Arabic Latin Nordic Scandinavian Soviet Western Eastern Baltic Balkan Caribbean Muslim Christian Catholic Protestant Jewish Hindu Buddhist Sikh Sunni Shia Shiite Democrat Democrats Republican Republicans Democratic Conservative Labour Socialist Communist Liberal Islamist Jihadist Kurd Kurds Palestinians Israelis Americans Europeans Germans Russians Chinese Africans Arabs Muslims Christians Jews Hindus Sikhs Serbs Croats Bosnians Albanians Afghans Iraqis Iranians Syrians Pakistanis Indians Japanese Koreans Brazilians Mexicans Canadians Australians Britons Scots Welsh Irish Poles Czechs Turks Greeks Italians Spaniards French Dutch Swedes Norwegians Danes Finns Swiss Austrians Belgians Ukrainians Israeli',
);
