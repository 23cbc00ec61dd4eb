// Where a cold click's time goes in the worker, as User Timing marks in the worker's own timeline
// (the page's side is src/content/stages.ts): `npm run bench:browser` reads them through CDP and
// puts them on the page's clock. Names only, nothing of any page; each name is kept once (the latest).

export type WorkerStage =
  /** The worker's script has run to its end (it was woken, or started). */
  | 'worker-ready'
  /** The recognizer's word lists are fetched and parsed (its first part). */
  | 'lexicon-fetched'
  /** All the recognizer's data files are fetched and parsed. */
  | 'recognizer-fetched'
  /** The recognizer's data is unpacked (word lists, weights). */
  | 'recognizer-ready'
  /** The primer story went through recognition: the worker is ready for the reader's page. */
  | 'primed'
  /** The notes database is open. */
  | 'notes-open'
  /** The visible part of a long article arrived for its first marks. */
  | 'preview-received'
  /** Its marks were sent back. */
  | 'preview-answered'
  /** A page's text arrived for analysis. */
  | 'analyze-received'
  /** Its marks and notes were sent back. */
  | 'analyze-answered';

export function markWorkerStage(stage: WorkerStage): void {
  const name = `gloss:${stage}`;
  performance.clearMarks(name);
  performance.mark(name);
}
