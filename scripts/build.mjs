// Builds dist/chrome, dist/firefox (one bundle per context, a manifest per browser generated
// from the top-level manifest.json) and dist/cli. Browser differences live here, as a manifest
// patch and the compile-time constant __BROWSER__, not as runtime checks scattered in src/.
import { build } from 'esbuild';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GECKO_ID } from './lib/ids.mjs';
import { RECOGNIZER_ASSETS } from './lib/recognizer-assets.mjs';
import { SUPPORTED } from './lib/esbuild-supported.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const base = JSON.parse(await readFile(join(root, 'manifest.json'), 'utf8'));
const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));

function manifestFor(browser) {
  const m = structuredClone(base);
  m.version = pkg.version;
  if (browser === 'firefox') {
    m.background = { scripts: ['background.js'] };
    delete m.side_panel;
    delete m.minimum_chrome_version;
    m.permissions = m.permissions.filter((p) => p !== 'sidePanel');
    // Firefox has no dynamic ids to hide behind (web-ext lint flags the key); it needs none: its
    // moz-extension:// host is a random UUID chosen per install, so a page cannot name it up front.
    for (const entry of m.web_accessible_resources) delete entry.use_dynamic_url;
    m.sidebar_action = {
      default_panel: 'sidepanel.html',
      default_title: 'Gloss notes',
      default_icon: { 16: 'icons/16.png', 32: 'icons/32.png' },
      open_at_install: false,
    };
    m.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    };
  }
  return m;
}

async function buildBrowser(browser) {
  const out = join(dist, browser);
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  await build({
    entryPoints: {
      background: join(root, 'src/background/index.ts'),
      content: join(root, 'src/content/index.ts'),
      sidepanel: join(root, 'src/sidepanel/index.tsx'),
      memory: join(root, 'src/frame/memory.tsx'),
      options: join(root, 'src/options/options.tsx'),
    },
    outdir: out,
    bundle: true,
    format: 'iife',
    target: browser === 'firefox' ? 'firefox128' : 'chrome120',
    supported: SUPPORTED,
    minify: true,
    sourcemap: false,
    legalComments: 'none',
    define: { __BROWSER__: JSON.stringify(browser), 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  await cp(join(root, 'src/sidepanel/sidepanel.html'), join(out, 'sidepanel.html'));
  await cp(join(root, 'src/frame/memory.html'), join(out, 'memory.html'));
  await cp(join(root, 'src/options/options.html'), join(out, 'options.html'));
  await cp(join(root, 'assets/icons'), join(out, 'icons'), { recursive: true });
  // Fetched by the worker on the first card that needs them (src/background/facts.ts), not bundled into it.
  await cp(join(root, 'assets/facts'), join(out, 'facts'), { recursive: true });
  // Fetched by the worker when the first page is analysed (src/background/recognizer-assets.ts): kept out of its script.
  await mkdir(join(out, 'recognizer'), { recursive: true });
  for (const file of RECOGNIZER_ASSETS) {
    await cp(join(root, 'assets', file), join(out, 'recognizer', basename(file)));
  }
  await writeFile(join(out, 'manifest.json'), JSON.stringify(manifestFor(browser), null, 2));
}

async function buildCli() {
  await build({
    entryPoints: { gloss: join(root, 'src/cli/gloss.ts') },
    outdir: join(dist, 'cli'),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    supported: SUPPORTED,
    packages: 'external',
    logLevel: 'warning',
  });
}

const t0 = performance.now();
await Promise.all([buildBrowser('chrome'), buildBrowser('firefox'), buildCli()]);
console.log(`built dist/chrome, dist/firefox, dist/cli in ${Math.round(performance.now() - t0)} ms`);
