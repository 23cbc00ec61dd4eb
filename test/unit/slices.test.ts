// How the worker's work is cut (core/recognize/pace.ts): the preview's slices go before the whole
// article's (background/preview.ts), as inSlices() takes its turns at the priority it is given
// through the Prioritized Task Scheduling API where there is one; and a slice ends on its time
// limit as well as on its units, for a worker just woken or a slow machine.
import { afterEach, describe, expect, it } from 'vitest';
import { inSlices, Pace, whole, type Sliced, type TurnPriority } from '../../src/core/recognize/pace';

type Priority = TurnPriority | 'user-blocking';
const ORDER: Priority[] = ['user-blocking', 'user-visible', 'background'];

/** The API's rule: of the tasks queued, one of the highest priority runs next. */
function installScheduler(): void {
  const queues = new Map<Priority, (() => void)[]>(ORDER.map((p) => [p, []]));
  let due = false;
  const runNext = () => {
    due = false;
    const queue = ORDER.map((p) => queues.get(p)!).find((q) => q.length > 0);
    queue?.shift()!();
    if (ORDER.some((p) => queues.get(p)!.length > 0)) schedule();
  };
  const schedule = () => {
    if (due) return;
    due = true;
    setTimeout(runNext, 0);
  };
  (globalThis as { scheduler?: unknown }).scheduler = {
    postTask: (task: () => void, { priority }: { priority: Priority }) =>
      new Promise<void>((resolve) => {
        queues.get(priority)!.push(() => resolve(task()));
        schedule();
      }),
  };
}

/** A pass of `steps` steps, one a slice, each written to `log` as it runs. */
function* steps(name: string, count: number, log: string[], pace: Pace): Sliced<void> {
  for (let k = 0; k < count; k++) {
    if (pace.spend()) yield;
    log.push(`${name}${k}`);
  }
}

afterEach(() => {
  delete (globalThis as { scheduler?: unknown }).scheduler;
});

describe('slices taken at a priority', () => {
  it('a user-visible pass started after a background one runs to its end before the background one goes on', async () => {
    installScheduler();
    const log: string[] = [];
    const wholePace = new Pace(1);
    const whole = inSlices(steps('whole', 8, log, wholePace), wholePace);
    // Asked once the whole article's first slice ran, as the page's preview arrives.
    await Promise.resolve();
    const previewPace = new Pace(1);
    const preview = inSlices(steps('preview', 3, log, previewPace), previewPace, undefined, 'user-visible');
    await Promise.all([whole, preview]);
    const firstPreview = log.indexOf('preview0');
    const lastPreview = log.indexOf('preview2');
    expect(firstPreview).toBeGreaterThan(0);
    // No slice of the whole article between the preview's first and last.
    expect(log.slice(firstPreview, lastPreview + 1)).toEqual(['preview0', 'preview1', 'preview2']);
    expect(log.filter((s) => s.startsWith('whole'))).toHaveLength(8);
  });

  it('at the same priority the two take turns (what a browser without the API does)', async () => {
    installScheduler();
    const log: string[] = [];
    const a = new Pace(1);
    const b = new Pace(1);
    await Promise.all([inSlices(steps('whole', 4, log, a), a), inSlices(steps('preview', 3, log, b), b)]);
    const firstPreview = log.indexOf('preview0');
    const lastPreview = log.indexOf('preview2');
    expect(log.slice(firstPreview, lastPreview + 1).some((s) => s.startsWith('whole'))).toBe(true);
  });
});

/** Steps that each take at least `ms` of wall time, whatever the machine: a slow one only makes them longer. */
function* slowSteps(count: number, ms: number, pace: Pace): Sliced<number> {
  let done = 0;
  for (let k = 0; k < count; k++) {
    if (pace.spend()) yield;
    const end = performance.now() + ms;
    while (performance.now() < end);
    done++;
  }
  return done;
}

describe("a slice's time limit", () => {
  it('ends a slice that runs past it, even with units to spare, and the pass still ends with its result', async () => {
    const slices: number[] = [];
    // 600 steps of 0.1 ms: at least 60 ms of work, far over a 5 ms limit, far under the unit budget.
    const pace = new Pace(1_000_000, 5);
    const done = await inSlices(slowSteps(600, 0.1, pace), pace, (work) => slices.push(work));
    expect(done).toBe(600);
    expect(slices.length).toBeGreaterThan(1);
    expect(slices.reduce((a, b) => a + b, 0)).toBe(600);
  });

  it('without a time limit the same work is one slice', async () => {
    const slices: number[] = [];
    const pace = new Pace(1_000_000);
    await inSlices(slowSteps(600, 0.1, pace), pace, (work) => slices.push(work));
    expect(slices).toEqual([600]);
    expect(whole(slowSteps(3, 0, new Pace()))).toBe(3);
  });
});
