// The shipped entity model must be what `npm run train` makes from the corpora and the current
// code: the rule spans in entities/names.ts, the word lists in entities/words.ts and the features in entities/tagger/features.ts are inputs to training, so
// editing them without retraining leaves a model that nobody can rebuild (and that was tuned to
// other features). Training is deterministic (seeded shuffles, fixed epochs), so the files are
// compared byte for byte.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusRoot } from '../../scripts/lib/corpus-root.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FILES = ['lexicon.json', 'ner-model.json'];

describe('shipped entity model', () => {
  const out = mkdtempSync(join(tmpdir(), 'gloss-model-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('is exactly what npm run train rebuilds (retrain after changing entities/names.ts, words.ts or tagger/features.ts)', () => {
    expect(existsSync(join(corpusRoot, 'wikigold')), `training corpus not found at ${corpusRoot}`).toBe(true);
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'train.mjs'), '--out', out, '--no-eval'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
    for (const f of FILES) {
      const fresh = readFileSync(join(out, f));
      const shipped = readFileSync(join(ROOT, 'assets', 'model', f));
      // Not toEqual on the buffers: a failure should say which file, not print half a megabyte.
      expect(fresh.equals(shipped), `assets/model/${f} differs from a fresh training run: run npm run train`).toBe(true);
    }
  }, 120_000);
});
