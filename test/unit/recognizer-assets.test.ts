// The recognizer's data outside the worker's script (issue 12): loaded once, retried after a failure,
// refused clearly before it is in; the package holds it beside a worker script that does not; and the
// worker's slices yield at background priority where the browser can.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import type * as AssetsApi from '../../src/core/recognize/entities/assets';

const root = join(import.meta.dirname, '..', '..');
type AssetsModule = typeof AssetsApi;

/** assets.ts with no data yet (the setup file gave the shared instance its data). */
async function freshAssets(): Promise<AssetsModule> {
  vi.resetModules();
  return import('../../src/core/recognize/entities/assets');
}

describe('the recognizer data loader', () => {
  test('before its data is in, recognition is refused with a message that says so', async () => {
    const a = await freshAssets();
    expect(() => a.entityAssets()).toThrow(/not loaded/);
    await expect(a.entityAssetsReady()).rejects.toThrow(/no data to load/);
  });

  test('loads once for every caller, and a failed load is tried again by the next call', async () => {
    const a = await freshAssets();
    const data = JSON.parse(readFileSync(join(root, 'assets/gazetteer/towns.json'), 'utf8'));
    const calls: string[] = [];
    let failures = 1;
    a.loadEntityAssetsWith(async (part) => {
      calls.push(part);
      if (part === 'model' && failures-- > 0) throw new Error('HTTP 500');
      return (part === 'towns' ? data : { part }) as never;
    });
    await expect(a.entityAssetsReady()).rejects.toThrow('HTTP 500');
    // The word lists came before the failure and are kept; the next call fetches only what is missing.
    expect(a.entityAsset('lexicon')).toEqual({ part: 'lexicon' });
    await Promise.all([a.entityAssetsReady(), a.entityAssetsReady()]);
    expect(calls).toEqual(['lexicon', 'model', 'model', 'towns']);
    expect(a.entityAssets().towns).toBe(data);
    await a.entityAssetsReady();
    expect(calls).toHaveLength(4);
  });

  test('the parts come one after another, and the first is ready before the next has come', async () => {
    const a = await freshAssets();
    const asked: string[] = [];
    const release = new Map<string, () => void>();
    a.loadEntityAssetsWith(
      (part) =>
        new Promise((resolve) => {
          asked.push(part);
          release.set(part, () => resolve({ part } as never));
        }),
    );
    const all = a.entityAssetsReady();
    let lexiconIn = false;
    const lexicon = a.entityAssetReady('lexicon').then(() => (lexiconIn = true));
    await Promise.resolve();
    // One fetch at a time: the weights are asked only once the word lists are in.
    expect(asked).toEqual(['lexicon']);
    release.get('lexicon')!();
    await lexicon;
    expect(lexiconIn).toBe(true);
    expect(() => a.entityAsset('model')).toThrow(/not loaded/);
    await expect.poll(() => asked).toEqual(['lexicon', 'model']);
    release.get('model')!();
    await expect.poll(() => asked).toEqual(['lexicon', 'model', 'towns']);
    release.get('towns')!();
    await all;
    expect(a.entityAssets().model).toEqual({ part: 'model' });
  });
});

describe('while the data comes', () => {
  test('the figures of a text are found with none of it (the warm-up readies their code meanwhile)', async () => {
    const a = await freshAssets();
    const { warmUpFigures } = await import('../../src/core/recognize/index');
    const { recognizeFigures } = await import('../../src/core/recognize/figures');
    await warmUpFigures('Shares fell 4.2% to $31.50, and 40 miles of track were closed.');
    expect(recognizeFigures('40 miles').map((f) => f.unit)).toEqual(['mi']);
    expect(() => a.entityAssets()).toThrow(/not loaded/);
  });
});

describe('building the data in slices', () => {
  test('the warm-up and the first page asking at once share one build of the word lists and of the weights', async () => {
    vi.resetModules();
    const assets = await import('../../src/core/recognize/entities/assets');
    const read = (f: string) => JSON.parse(readFileSync(join(root, 'assets', f), 'utf8'));
    assets.provideEntityAssets({
      lexicon: read('model/lexicon.json'),
      model: read('model/ner-model.json'),
      towns: read('gazetteer/towns.json'),
    });
    const { buildLexicon, lexicon } = await import('../../src/core/recognize/entities/lexicon');
    const { buildModel, model } = await import('../../src/core/recognize/entities/tagger/model');
    const { KIND } = await import('../../src/core/recognize/entities/tagger/features');
    const lexiconBuild = buildLexicon(1000);
    expect(buildLexicon(1000)).toBe(lexiconBuild);
    const modelBuild = buildModel(1000);
    expect(buildModel(1000)).toBe(modelBuild);
    await Promise.all([lexiconBuild, modelBuild]);
    // Built in slices, the same lists and weights as built whole.
    expect(lexicon().person.has('Maria')).toBe(true);
    expect(lexicon().firstWords.get(lexicon().place)!.size).toBeGreaterThan(1000);
    expect(model().rows[KIND.w]!.size).toBeGreaterThan(1000);
  });
});

describe('a turn between slices', () => {
  afterEach(() => {
    delete (globalThis as { scheduler?: unknown }).scheduler;
  });

  test('is a background-priority task where the browser schedules tasks (so its messages go first)', async () => {
    const asked: string[] = [];
    (globalThis as { scheduler?: unknown }).scheduler = {
      postTask: (task: () => void, options: { priority: string }) => {
        asked.push(options.priority);
        return Promise.resolve().then(task);
      },
    };
    const { nextTurn } = await import('../../src/core/recognize/pace');
    await nextTurn();
    expect(asked).toEqual(['background']);
  });

  test('is still a task of its own without the scheduler: a timer set before it runs first', async () => {
    const { nextTurn } = await import('../../src/core/recognize/pace');
    const order: string[] = [];
    setTimeout(() => order.push('timer'), 0);
    await new Promise((ok) => setTimeout(ok, 5)); // the timer is due
    await nextTurn();
    order.push('turn');
    expect(order).toEqual(['timer', 'turn']);
  });
});

describe('the built package', () => {
  beforeAll(() => {
    execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'pipe' });
  }, 600_000);

  test.each(['chrome', 'firefox'])('%s: the data files are beside a worker script that does not hold them', (browser) => {
    const dist = join(root, 'dist', browser);
    for (const [asset, packaged] of [
      ['model/lexicon.json', 'recognizer/lexicon.json'],
      ['model/ner-model.json', 'recognizer/ner-model.json'],
      ['gazetteer/towns.json', 'recognizer/towns.json'],
    ] as const) {
      expect(readFileSync(join(dist, packaged), 'utf8')).toBe(readFileSync(join(root, 'assets', asset), 'utf8'));
    }
    const worker = readFileSync(join(dist, 'background.js'), 'utf8');
    const weights = (JSON.parse(readFileSync(join(root, 'assets/model/ner-model.json'), 'utf8')) as { weights: string }).weights;
    expect(worker).not.toContain(weights.slice(0, 64));
    expect(worker.length).toBeLessThan(readFileSync(join(root, 'assets/model/lexicon.json')).length);
  });
});
