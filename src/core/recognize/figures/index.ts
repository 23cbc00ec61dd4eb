// Figures in article text (money, percentages, counts, quantities, dates, durations, fractions, ranges)
// and unit names standing alone.
export { figuresPass, recognizeFigures } from './scanner';
export { recognizeUnitNames, unitNamesPass } from './unit-names';
