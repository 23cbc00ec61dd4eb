// Where a click's time goes, as User Timing marks in the page's performance timeline, which is one
// per document: marks made here in the isolated world are read from the page's world by
// `npm run bench:browser` (scripts/bench-browser.mjs). A mark carries a name and a time, nothing of
// the article or the reader's notes; the page can see them, and learns only that Gloss is on, which
// its marks already show. Each name is kept once (the latest), so hovers do not fill the timeline.

export type Stage =
  /** The content script starts a session (the click's script injection is done). */
  | 'injected'
  /** The article is extracted and mapped to the live text. */
  | 'extracted'
  /** The marks of the visible part of a long article are in (core/preview.ts). */
  | 'previewed'
  /** The first marks are registered with the highlight registry: the preview's, or else the whole article's. */
  | 'first-painted'
  /** The worker's answer (marks, notes) is in. */
  | 'analyzed'
  /** Every mark is registered with the highlight registry (painted at the next frame). */
  | 'painted'
  /** The session gave up with a notice (not an article, too long, an error). */
  | 'failed'
  /** A card was asked of the worker (after the hover's dwell). */
  | 'card-asked'
  /** The worker's answer to the card request is in. */
  | 'card-answered'
  /** The card's content is rendered. */
  | 'card-shown';

export function markStage(stage: Stage): void {
  const name = `gloss:${stage}`;
  performance.clearMarks(name);
  performance.mark(name);
}
