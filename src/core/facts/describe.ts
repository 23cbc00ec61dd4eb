// A fact in one line of plain words, as the card shows it and its source line, for the page and the CLI.
import { FACT_SOURCES, type Fact } from './types';

const SEPARATOR = ' \u00b7 ';
/** Names of countries that take "the" in a sentence: a common noun names them, or a plural does. */
const TAKES_THE =
  /\b(?:United|Republic|Kingdom|States|Islands|Emirates|Federation|Netherlands|Philippines|Bahamas|Maldives|Comoros|Seychelles|Gambia)\b/;
/**
 * Made on the first population shown, not when the module loads: the first Intl.NumberFormat of a
 * fresh context loads its locale data, which took 40-190 ms of every click in Chromium's content
 * script world (this module is in the page's bundle) before a single card was asked for.
 */
let formats: { whole: Intl.NumberFormat; millions: Intl.NumberFormat } | null = null;

/** "City in California, United States · population 3.9 million". */
export function factLine(fact: Fact): string {
  switch (fact.kind) {
    case 'place': {
      const where = fact.region ? `${fact.region}, ${fact.country}` : fact.country;
      const what =
        fact.role === 'capital'
          ? `Capital of ${inSentence(fact.country)}`
          : fact.role === 'seat' && fact.region
            ? `Capital of ${where}`
            : fact.role === 'district'
              ? `Part of a city in ${where}`
              : `${fact.role === 'town' ? 'Town' : 'City'} in ${where}`;
      return `${what}${SEPARATOR}population ${population(fact.population)}`;
    }
    case 'country': {
      const parts = [fact.continent ? `Country in ${fact.continent}` : 'Country'];
      if (fact.capital) parts.push(`capital ${fact.capital}`);
      const named = fact.currencies.filter((c) => c.name);
      const shown = named.length > 0 ? named.map((c) => `${c.name} (${c.code})`) : fact.currencies.map((c) => c.code);
      if (shown.length > 0) parts.push(`${shown.length === 1 ? 'currency' : 'currencies'} ${shown.join(', ')}`);
      return parts.join(SEPARATOR);
    }
    case 'region':
      return `${fact.division} of ${inSentence(fact.country)}`;
    case 'company':
      return `US-listed company${SEPARATOR}ticker ${fact.ticker}`;
  }
}

/** The card's source line: where the fact comes from, and its licence. */
export function factSource(fact: Fact): string {
  return FACT_SOURCES[fact.source];
}

const inSentence = (country: string) => (TAKES_THE.test(country) ? `the ${country}` : country);

/** "3.9 million", "870,000", "53,000": two significant digits are as much as a card needs. */
function population(n: number): string {
  formats ??= {
    whole: new Intl.NumberFormat('en-US', { maximumSignificantDigits: 2 }),
    millions: new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }),
  };
  return n >= 1e6 ? `${formats.millions.format(n / 1e6)} million` : formats.whole.format(n);
}
