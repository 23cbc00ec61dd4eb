// The recognizer tests words with \p{…} regular expressions on every token. Left to itself esbuild turns
// each such literal into `new RegExp(…)`, built again every time the test runs (see
// scripts/lib/esbuild-supported.mjs): the bundles must keep the literals, or recognition slows by a fifth.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUPPORTED } from '../../scripts/lib/esbuild-supported.mjs';

const root = join(__dirname, '..', '..');

/** The regular expressions with a Unicode property that the bundle builds at run time. */
async function builtAtRunTime(target: string, supported: Record<string, boolean>): Promise<string[]> {
  const out = await build({
    entryPoints: [join(root, 'src/core/recognize/index.ts')],
    write: false,
    bundle: true,
    format: 'esm',
    target,
    supported,
    logLevel: 'error',
  });
  return out.outputFiles[0]!.text.match(/new RegExp\("[^"]*\\\\p\{/g) ?? [];
}

describe('bundles of the recognizer', () => {
  it('keep \\p{…} regular expressions as literals, made once, for every target we build', async () => {
    for (const target of ['chrome120', 'firefox128', 'node20']) expect(await builtAtRunTime(target, SUPPORTED)).toEqual([]);
  });

  it('would build them at every run without the option (the check sees them)', async () => {
    expect((await builtAtRunTime('chrome120', {})).length).toBeGreaterThan(10);
  });

  it('are made with the option by every script that bundles it', () => {
    for (const script of ['scripts/build.mjs', 'scripts/lib/load-ts.mjs', 'scripts/lib/worker-bundle.mjs', 'scripts/bench.mjs']) {
      const source = readFileSync(join(root, script), 'utf8');
      expect(source.match(/^\s*target: /gm)?.length, script).toBe(source.match(/^\s*supported: SUPPORTED,/gm)?.length);
    }
  });
});
