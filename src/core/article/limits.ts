// The size limits checked before the expensive steps of extraction. Separate because they guard
// against pages built to stall Gloss (test/e2e/hostile) and are no part of reading the text.

/**
 * Pages beyond these are refused before Readability runs: the expensive steps (Readability,
 * recognition in the shared worker) must not be spent on a page built to stall Gloss. Real news
 * pages have a few thousand elements and well under 300,000 characters.
 */
const MAX_PAGE_ELEMENTS = 150_000;
export const MAX_PAGE_CHARS = 1_000_000;

/** Why the page has too many elements for Gloss, or null: one count in native code, before the page is cloned. */
export function pageTooLarge(doc: Document): string | null {
  const elements = doc.getElementsByTagName('*').length;
  if (elements <= MAX_PAGE_ELEMENTS) return null;
  return `This page is too large for Gloss (${elements.toLocaleString('en-US')} elements; Gloss reads pages of up to ${MAX_PAGE_ELEMENTS.toLocaleString('en-US')}).`;
}

/**
 * Why a page of `chars` characters of text (outside scripts and styles: inline JSON blobs of a few
 * MB are common and harmless) is too long for Gloss, or null. The characters are counted by the
 * walk that pairs the page with its clone (`pairTrees`), which stops pairing past the limit.
 */
export function textTooLong(chars: number): string | null {
  if (chars <= MAX_PAGE_CHARS) return null;
  return `This page is too long for Gloss (${chars.toLocaleString('en-US')} characters of text; Gloss reads pages of up to ${MAX_PAGE_CHARS.toLocaleString('en-US')}).`;
}
