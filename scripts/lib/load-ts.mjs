// Lets the plain-Node scripts (eval, bench, train) import project TypeScript: esbuild bundles the
// entry to a cache file once per run and we import that. Keeps one toolchain (esbuild) instead of
// adding a TS loader such as tsx.
import { build } from 'esbuild';
import { mkdir, rm } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SUPPORTED } from './esbuild-supported.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Import a TypeScript module of this repo (path relative to the repo root). */
export async function loadTs(relPath) {
  const outDir = join(root, 'node_modules', '.cache', 'gloss-scripts');
  await mkdir(outDir, { recursive: true });
  const outfile = join(outDir, `${basename(relPath).replace(/\.tsx?$/, '')}-${process.pid}.mjs`);
  // Node has the recognizer's data as modules (the worker fetches it): loaded before the module itself.
  const assets = join(root, 'src/core/recognize/entities/assets-bundled.ts');
  await build({
    stdin: {
      contents: `import ${JSON.stringify(assets)};\nexport * from ${JSON.stringify(join(root, relPath))};`,
      resolveDir: root,
      loader: 'ts',
    },
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    supported: SUPPORTED,
    packages: 'external',
    logLevel: 'error',
  });
  try {
    return await import(pathToFileURL(outfile).href);
  } finally {
    // Once imported the file is not needed; keeping one per process would fill the cache.
    await rm(outfile, { force: true });
  }
}

export const repoRoot = root;
