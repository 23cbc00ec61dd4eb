// A tolerance ("±3%", "+/- 0.5", "plus or minus £3") qualifies the estimate before it: the scanner reads
// it as one positive figure from its sign, and the measures name it for what it is.

/** "±", "+/-", "+-", "+/−": a tolerance sign, as a regular expression source. */
export const TOLERANCE_SIGN = `±|\\+/?[-−]`;

/** "plus or ", "plus/", "plus-": what stands before the "minus" of a written tolerance. */
const PLUS_OR = `\\bplus(?:[ \\t\\u00a0]+or[ \\t\\u00a0]+|[ \\t\\u00a0]*[/-][ \\t\\u00a0]*)`;

/** "plus or minus", "plus/minus", "plus-minus" before the "minus" the scanner anchors on. */
export const PLUS_OR_RE = new RegExp(`${PLUS_OR}$`, 'i');

const TOLERANCE_START_RE = new RegExp(`^(?:${TOLERANCE_SIGN}|${PLUS_OR}minus\\b)`, 'i');

/** Whether a figure's text is a tolerance: it starts with its sign. */
export const isTolerance = (figureText: string): boolean => TOLERANCE_START_RE.test(figureText);
