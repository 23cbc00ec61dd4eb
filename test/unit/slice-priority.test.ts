// The preview's slices go before the whole article's (background/preview.ts): inSlices() takes its
// turns at the priority it is given, through the Prioritized Task Scheduling API where there is one.
import { afterEach, describe, expect, it } from 'vitest';
import { inSlices, Pace, type Sliced, type TurnPriority } from '../../src/core/recognize/pace';

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
