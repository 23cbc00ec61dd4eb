// Recognition in slices. The worker recognizes one page while other tabs wait for their cards and
// notes, so it cuts the work into slices of at most SLICE units with a turn of the event loop
// between them, whatever the page: a 2 MB paragraph, a page of "1,1,1,…" or of capitalised words
// without a full stop. Each pass over the article is a generator that counts its steps on a shared
// Pace (a unit per token or span it looks at, more where one costs more: scoring a token with the
// model, reading a figure) and yields before a step that does not fit in the slice. recognize()
// runs the same passes to their end at once, so the sliced result is the one-call result.

/** Work units per slice: 1–5 ms of work in Node (see the hostile inputs of `npm run bench`). */
export const SLICE = 10_000;
/**
 * A slice's time limit, beside its units: the same units take several times as long on a worker
 * just woken (its code not yet compiled) or on a slow, busy machine, and the worker must still
 * answer other tabs within tens of milliseconds there.
 */
export const SLICE_MS = 8;
/**
 * Steps between two readings of the clock. A step is usually well under a microsecond, but on a
 * worker just woken one can take a millisecond (its code, its regular expressions compiled on
 * first use), so the clock is read often; a reading costs a few tens of nanoseconds.
 */
const CLOCK_EVERY = 16;

export class Pace {
  /** Units counted in the current slice. */
  work = 0;
  /** Units of the step that did not fit in the slice: the first of the next one. */
  private waiting = 0;
  private steps = 0;
  private sliceStart: number;

  constructor(
    readonly budget = Infinity,
    readonly maxMs = Infinity,
  ) {
    this.sliceStart = maxMs < Infinity ? performance.now() : 0;
  }

  /**
   * Counts a step of `units` of work about to be done; true when it does not fit in the slice, and
   * the pass must yield before doing it. So no slice holds more than `budget` units, unless one
   * step alone is larger (none is: the largest are a few hundred units), nor lasts much over
   * `maxMs` (the clock is read every CLOCK_EVERY steps).
   */
  spend(units = 1): boolean {
    if (this.work > 0 && (this.work + units > this.budget || this.overTime())) {
      this.waiting = units;
      return true;
    }
    this.work += units;
    return false;
  }

  private overTime(): boolean {
    if (this.maxMs === Infinity || ++this.steps % CLOCK_EVERY !== 0) return false;
    return performance.now() - this.sliceStart > this.maxMs;
  }

  /** Ends a slice: returns its work and starts the next with the step that did not fit. */
  endSlice(): number {
    const done = this.work;
    this.work = this.waiting;
    this.waiting = 0;
    if (this.maxMs < Infinity) this.sliceStart = performance.now();
    return done;
  }
}

/** A pass that may stop between slices of its work (`if (pace.spend()) yield;`) and returns a T. */
export type Sliced<T> = Generator<void, T, void>;

/** Runs a pass to its end at once (its Pace has no budget, so it never stops). */
export function whole<T>(pass: Sliced<T>): T {
  for (;;) {
    const step = pass.next();
    if (step.done) return step.value;
  }
}

/**
 * A turn of the event loop: a task of its own, so the worker handles other tabs' messages between
 * slices. Where the Prioritized Task Scheduling API is (Chromium's workers), a 'background' task:
 * every other task goes first. In Chromium an extension message waited behind a chain of
 * ordinary tasks to its very end (seen with `npm run bench:browser`'s worker marks: a page's text
 * was taken only once a whole warm-up had run), so yielding at ordinary priority did not yield to
 * it. Elsewhere a message on a fresh channel, not `setTimeout(0)`: browsers clamp nested timers to
 * 4 ms, so an article of 30 slices waited 120 ms for nothing. The channel is closed on arrival,
 * which also lets Node exit.
 */
export function nextTurn(priority: TurnPriority = 'background'): Promise<void> {
  const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler;
  if (typeof scheduler?.postTask === 'function') return scheduler.postTask(() => undefined, { priority });
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

/**
 * The priority of the turns between slices: 'background' for a whole article, 'user-visible' for the
 * part the reader sees (background/preview.ts), whose slices then go before the whole article's.
 * Without the Prioritized Task Scheduling API both take turns alike.
 */
export type TurnPriority = 'user-visible' | 'background';

/** The part of the Prioritized Task Scheduling API used here (not yet in TypeScript's lib). */
interface TaskScheduler {
  postTask(task: () => void, options: { priority: 'user-blocking' | 'user-visible' | 'background' }): Promise<void>;
}

/**
 * Runs a pass slice by slice, with a turn of the event loop after each. `onSlice` is told the
 * work of every slice, for tests and benchmarks.
 */
export async function inSlices<T>(
  pass: Sliced<T>,
  pace: Pace,
  onSlice?: (work: number) => void,
  priority: TurnPriority = 'background',
): Promise<T> {
  for (;;) {
    const step = pass.next();
    const work = pace.endSlice();
    onSlice?.(work);
    if (step.done) return step.value;
    await nextTurn(priority);
  }
}

/** `items.filter(keep)` as a sliced pass, one unit per item. */
export function* filterPass<T>(items: readonly T[], keep: (item: T) => boolean, pace: Pace): Sliced<T[]> {
  const out: T[] = [];
  // Indexes, not for…of: in a generator every step of an iterator is an object made and dropped.
  for (let k = 0; k < items.length; k++) {
    if (pace.spend()) yield;
    if (keep(items[k]!)) out.push(items[k]!);
  }
  return out;
}

/** `items.map(f)` as a sliced pass, one unit per item. */
export function* mapPass<T, U>(items: readonly T[], f: (item: T, k: number) => U, pace: Pace): Sliced<U[]> {
  const out: U[] = [];
  for (let k = 0; k < items.length; k++) {
    if (pace.spend()) yield;
    out.push(f(items[k]!, k));
  }
  return out;
}

/**
 * `[...first, ...second].sort(cmp)` as a sliced pass: a merge, when both are in order already (as
 * the passes keep their spans), else that sort itself.
 */
export function* mergePass<T>(first: readonly T[], second: readonly T[], cmp: (a: T, b: T) => number, pace: Pace): Sliced<T[]> {
  for (const list of [first, second]) {
    for (let k = 1; k < list.length; k++) {
      if (pace.spend()) yield;
      if (cmp(list[k - 1]!, list[k]!) > 0) return [...first, ...second].sort(cmp);
    }
  }
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < first.length || j < second.length) {
    if (pace.spend()) yield;
    // Ties keep the first list's item first, as the stable sort does.
    if (j >= second.length || (i < first.length && cmp(first[i]!, second[j]!) <= 0)) out.push(first[i++]!);
    else out.push(second[j++]!);
  }
  return out;
}

/**
 * A table built once by a sliced pass (the recognizer's word lists, its weights): whole where it is
 * first needed (`get()`), or in slices ahead of time (`build()`). One build at a time: the worker's
 * warm-up and the first page's analysis both ask for it, and two builds side by side doubled a
 * cold click's wait.
 */
export function builtOnce<T>(pass: (pace: Pace) => Sliced<T>): { get(): T; build(slice: number): Promise<void> } {
  let value: T | null = null;
  let building: Promise<void> | null = null;
  return {
    get() {
      value ??= whole(pass(new Pace()));
      return value;
    },
    build(slice) {
      if (value) return Promise.resolve();
      building ??= (async () => {
        const pace = new Pace(slice, SLICE_MS);
        const built = await inSlices(pass(pace), pace);
        value ??= built;
      })().finally(() => {
        building = null;
      });
      return building;
    },
  };
}
