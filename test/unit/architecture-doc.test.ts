// ARCHITECTURE.md is where a newcomer starts: every file it names must exist, and every function it
// names must be found in the file it is named with, so a move or a rename cannot leave it pointing nowhere.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const doc = readFileSync(join(root, 'ARCHITECTURE.md'), 'utf8');
const SEARCH = [
  'src',
  'src/background',
  'src/core',
  'src/core/recognize',
  'src/core/recognize/figures',
  'src/core/recognize/entities',
  'src/core/units',
  'test/unit',
  '',
];

/** A path as the doc writes it (`core/anchor.ts`, `scanner.ts`) to the file it means, or null. */
function resolve(path: string): string | null {
  for (const dir of SEARCH) {
    const full = join(root, dir, path);
    if (existsSync(full)) return full;
  }
  return null;
}

describe('ARCHITECTURE.md', () => {
  const paths = [...new Set([...doc.matchAll(/`([\w./-]+\.(?:ts|tsx|mjs|json|md))`/g)].map((m) => m[1]!))];
  it('names files that exist', () => {
    expect(paths.length).toBeGreaterThan(25);
    expect(paths.filter((p) => p.includes('*') || resolve(p) === null)).toEqual([]);
  });

  it('names functions and tables where they are defined', () => {
    // "`figureAt()` (`scanner.ts`)", "`PIPELINE` of `…/pipeline.ts`": a name, then the file it is in.
    const pairs = [...doc.matchAll(/`(\w+)(?:\(\))?`[^`|]{0,12}`([\w./-]+\.tsx?)`/g)].map((m) => [m[1]!, m[2]!] as const);
    expect(pairs.length).toBeGreaterThan(8);
    const missing = pairs.filter(([name, file]) => !new RegExp(`\\b${name}\\b`).test(readFileSync(resolve(file) ?? '/dev/null', 'utf8')));
    expect(missing).toEqual([]);
  });
});
