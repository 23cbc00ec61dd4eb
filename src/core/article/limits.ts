// The size limits checked before any expensive step of extraction. Separate because they guard
// against pages built to stall Gloss (test/e2e/hostile) and are no part of reading the text.

/**
 * Pages beyond these are refused before Readability runs: the expensive steps (clone, pairing,
 * Readability, recognition in the shared worker) must not be spent on a page built to stall
 * Gloss. Real news pages have a few thousand elements and well under 300,000 characters.
 */
const MAX_PAGE_ELEMENTS = 150_000;
export const MAX_PAGE_CHARS = 1_000_000;

/** Why the page is too large for Gloss, or null. Both counts are one linear pass in native code. */
export function pageTooLarge(doc: Document): string | null {
  const elements = doc.getElementsByTagName('*').length;
  if (elements > MAX_PAGE_ELEMENTS) {
    return `This page is too large for Gloss (${elements.toLocaleString('en-US')} elements; Gloss reads pages of up to ${MAX_PAGE_ELEMENTS.toLocaleString('en-US')}).`;
  }
  const chars = readableChars(doc.documentElement);
  if (chars > MAX_PAGE_CHARS) {
    return `This page is too long for Gloss (${chars.toLocaleString('en-US')} characters of text; Gloss reads pages of up to ${MAX_PAGE_CHARS.toLocaleString('en-US')}).`;
  }
  return null;
}

/** Characters of text outside scripts and styles (inline JSON blobs of a few MB are common and harmless). */
function readableChars(root: Element): number {
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let n = 0;
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const parent = t.parentNode?.nodeName;
    if (parent !== 'SCRIPT' && parent !== 'STYLE' && parent !== 'NOSCRIPT' && parent !== 'TEMPLATE') n += (t as Text).data.length;
  }
  return n;
}
