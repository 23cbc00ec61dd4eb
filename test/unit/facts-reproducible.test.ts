// The shipped fact tables must be what `node scripts/derive-facts.mjs` makes from the gazetteers beside the repo
// and the current code (the company names come from src/core/facts/names.ts): a table edited by hand, or a rule
// changed without deriving again, would be data nobody can rebuild. Derivation is deterministic, so the files
// are compared byte for byte. Skipped where ../shared/corpus is not beside the repo (CI has it).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusRoot } from '../../scripts/lib/corpus-root.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FILES = ['places.json', 'countries.json', 'companies.json'];
const hasCorpus = existsSync(join(corpusRoot, 'gaz-geonames-cities'));

describe('shipped fact tables', () => {
  const out = mkdtempSync(join(tmpdir(), 'gloss-facts-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it.skipIf(!hasCorpus)(
    'are exactly what scripts/derive-facts.mjs derives (run it after changing it or core/facts/names.ts)',
    () => {
      const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'derive-facts.mjs'), '--out', out], { cwd: ROOT, encoding: 'utf8' });
      expect(run.status, run.stderr).toBe(0);
      for (const f of FILES) {
        const fresh = readFileSync(join(out, f));
        const shipped = readFileSync(join(ROOT, 'assets', 'facts', f));
        // Not toEqual on the buffers: a failure should say which file, not print 400 KB.
        expect(fresh.equals(shipped), `assets/facts/${f} differs from a fresh derivation: run node scripts/derive-facts.mjs`).toBe(true);
      }
    },
    120_000,
  );

  it('stay small enough to fetch on a first card', () => {
    const bytes = FILES.reduce((sum, f) => sum + readFileSync(join(ROOT, 'assets', 'facts', f)).length, 0);
    expect(bytes).toBeLessThan(700 * 1024);
  });
});
