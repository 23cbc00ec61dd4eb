// Readies the worker for its first analysis while the page extracts its article (in the page's own
// process): the figures of a short invented story are found while the recognizer's data is fetched
// (they need none of it), the data is unpacked, then the story goes through
// recognition and the cards' index once, so the lazily built tables (towns, unit words) exist and
// the code is compiled before the reader's page arrives. Without it the first page of a woken worker
// took several times as long as the next. Once the page's text is in, the primer stops: the page's
// own analysis warms the worker from then on, and the primer would only hold it up.
import { analyzeChunked } from '../core/cards';
import { recognizeChunked, warmUp, warmUpFigures } from '../core/recognize/index';
import { retriedOnce } from '../core/once';
import { markWorkerStage } from './stages';

const PRIMER =
  'Northwind Holdings said on Tuesday that its chief executive, Maria Lopez, would leave in March. Shares in ' +
  'the company, which is based in Chicago, fell 4.2% to $31.50 in New York after it reported a loss of £12m ' +
  'for the quarter, compared with a profit of 3 million euros a year earlier.\n\n' +
  'The central bank raised rates by 0.25 percentage points. "We expect 2,000 jobs to go," said John Smith, an ' +
  'analyst at Fabrikam Capital in London, who added that 40 miles of track and 1.2 GW of power were at stake.';

class PrimerStopped extends Error {}

let priming = true;

/** Once per worker; a failure (the data did not load) is tried again by the next click. */
export const warmUpAnalysis: () => Promise<void> = retriedOnce(async () => {
  // The figures need none of the data: their code is readied while it comes.
  const figures = warmUpFigures(PRIMER);
  await warmUp();
  await figures;
  markWorkerStage('recognizer-ready');
  const onSlice = () => {
    if (!priming) throw new PrimerStopped();
  };
  try {
    await analyzeChunked(PRIMER, await recognizeChunked(PRIMER, { onSlice }), { onSlice });
    markWorkerStage('primed');
  } catch (e) {
    if (!(e instanceof PrimerStopped)) throw e;
  }
});

/** A page's text is in: no more priming in this worker. */
export function stopPriming(): void {
  priming = false;
}
