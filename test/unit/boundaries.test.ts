// Code is laid out by where it runs. The page-side bundle must not pull in worker or panel code
// (it would ship the notes database into every page), and pure logic must not touch browser APIs.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, test } from 'vitest';

const src = resolve(__dirname, '../../src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/gm), ...text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)].map(
    (m) => m[1]!,
  );
}

const rules: { from: string; forbidden: RegExp; why: string }[] = [
  { from: 'content', forbidden: /^src\/(background|sidepanel|cli)\//, why: 'content code runs in the page' },
  { from: 'sidepanel', forbidden: /^src\/(background|content|cli)\//, why: 'the panel talks to the worker by messages' },
  { from: 'background', forbidden: /^src\/(content|sidepanel|cli)\//, why: 'the worker talks to pages by messages' },
  { from: 'core', forbidden: /^(src\/(background|content|sidepanel|cli)\/|webextension-polyfill$|idb$)/, why: 'core is pure logic' },
];

describe('import boundaries', () => {
  for (const rule of rules) {
    test(`src/${rule.from} does not import what it must not (${rule.why})`, () => {
      const bad: string[] = [];
      const dir = join(src, rule.from);
      for (const f of files(dir)) {
        for (const spec of imports(f)) {
          const target = spec.startsWith('.') ? relative(resolve(src, '..'), resolve(dirname(f), spec)) : spec;
          if (rule.forbidden.test(target)) bad.push(`${relative(src, f)} -> ${spec}`);
        }
      }
      expect(files(dir).length).toBeGreaterThan(0);
      expect(bad).toEqual([]);
    });
  }
});
