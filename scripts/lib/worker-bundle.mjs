// The worker's bundle as the Chrome build makes it (src/background/index.ts, minified), optionally with one
// module replaced by a stub, so a bench can say what a part of the code adds to the worker's size.
import { build } from 'esbuild';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SUPPORTED } from './esbuild-supported.mjs';

/**
 * @param {string} repoRoot
 * @param {{ filter: RegExp, contents: string } | null} stub the module to replace (its path matched by `filter`)
 * @returns {Promise<{ raw: number, gzip: number }>} bytes, gzip at level 9
 */
export async function workerBundle(repoRoot, stub) {
  const out = await build({
    entryPoints: [join(repoRoot, 'src/background/index.ts')],
    write: false,
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    supported: SUPPORTED,
    minify: true,
    legalComments: 'none',
    define: { __BROWSER__: JSON.stringify('chrome'), 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
    plugins: stub
      ? [{ name: 'stub', setup: (b) => b.onLoad({ filter: stub.filter }, () => ({ contents: stub.contents, loader: 'ts' })) }]
      : [],
  });
  const code = out.outputFiles[0].contents;
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length };
}
