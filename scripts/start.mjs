// `npm start`: serves the demo article on localhost and opens Debian's Chromium with the built
// extension (dist/chrome) and a profile kept in .cache/profile, so notes survive between runs.
// Runs until Ctrl-C or until the browser window is closed.
//
// `npm start -- --headless --screenshot FILE` instead runs the demo unattended: presses the real
// toolbar button, waits for the marks, hovers one so its fact card opens, writes a screenshot to
// FILE and exits (0 on success, 1 with the reason on failure).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromiumPath, findMark, hoverForCard, launchChromium } from './browsers.mjs';
import { repoRoot, startServer } from './serve.mjs';

const HELP = `usage: npm start [-- [--headless --screenshot FILE [--full] [--hover TEXT]] [--port N]]

  (no options)        open Chromium with Gloss on the demo article; Ctrl-C to quit
  --headless          run without a window (needs --screenshot)
  --screenshot FILE   press Gloss, hover a mark, save a screenshot with its fact card to FILE, exit
  --full              with --screenshot: marks in the "Highlight every mark" style instead of the quiet default
  --hover TEXT        with --screenshot: hover the mark that reads TEXT (default: the first sum of money)
  --port N            serve the demo on this port (default: a free one)

Chromium: $CHROME_PATH or /usr/bin/chromium (now: ${chromiumPath()}).`;

let args;
try {
  args = parseArgs({
    options: {
      headless: { type: 'boolean', default: false },
      screenshot: { type: 'string' },
      full: { type: 'boolean', default: false },
      hover: { type: 'string' },
      port: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }).values;
} catch (e) {
  fail(`${e instanceof Error ? e.message : String(e)}\n\n${HELP}`, 2);
}
if (args.help) {
  console.log(HELP);
  process.exit(0);
}
if (args.headless && !args.screenshot)
  fail(`--headless needs --screenshot FILE: a headless browser nobody can see is of no use.\n\n${HELP}`, 2);
if (!args.headless && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  fail(
    'No display: neither DISPLAY nor WAYLAND_DISPLAY is set, so Chromium cannot open a window.\n' +
      'Run it headless instead:   npm start -- --headless --screenshot demo.png\n' +
      'or give it a virtual display:   xvfb-run -a npm start',
    2,
  );
}

ensureChromium();

const server = await startServer(join(repoRoot, 'assets/demo'), {
  quiet: true,
  ...(args.port ? { port: Number(args.port) } : {}),
});
const demoUrl = `${server.url}article.html`;

if (args.screenshot) {
  await screenshotRun(resolve(args.screenshot), args.headless);
} else {
  await interactiveRun();
}

/** @param {string} message @param {number} [code] @returns {never} */
function fail(message, code = 1) {
  console.error(`npm start: ${message}`);
  process.exit(code);
}

async function interactiveRun() {
  const profile = join(repoRoot, '.cache/profile');
  await mkdir(profile, { recursive: true });
  let gloss;
  try {
    gloss = await launchChromium({ userDataDir: profile, headless: false, viewport: null });
  } catch (e) {
    await server.close();
    const text = e instanceof Error ? e.message : String(e);
    const hint = /ProcessSingleton|SingletonLock|profile.*in use/i.test(text)
      ? `\nAnother Chromium is using ${profile}; close it first.`
      : '';
    fail(`could not start Chromium: ${text.split('\n')[0]}${hint}`);
  }
  const page = gloss.context.pages()[0] ?? (await gloss.context.newPage());
  await page.goto(demoUrl);
  console.log(`Gloss demo: ${demoUrl}
Press the Gloss button in the toolbar (pin it from the puzzle-piece menu) or Alt+Shift+G.
Hover a mark for its fact card; select text to add a note. Profile: ${profile}
Ctrl-C here or close the browser to quit.`);

  let quitting = false;
  const quit = async (code = 0) => {
    if (quitting) return;
    quitting = true;
    await gloss.close();
    await server.close();
    process.exit(code);
  };
  process.on('SIGINT', () => void quit(0));
  process.on('SIGTERM', () => void quit(0));
  gloss.context.on('close', () => void quit(0));
}

/** @param {string} file @param {boolean} headless */
async function screenshotRun(file, headless) {
  const t0 = performance.now();
  const step = (what) => console.log(`[${((performance.now() - t0) / 1000).toFixed(1)}s] ${what}`);
  let gloss;
  let page;
  try {
    step(`launching Chromium${headless ? ' (headless)' : ''} with dist/chrome`);
    // A fresh profile: an unattended run must not depend on, or change, the interactive one.
    gloss = await launchChromium({ headless });
    page = gloss.context.pages()[0] ?? (await gloss.context.newPage());
    if (args.full) {
      // What the legend's "Highlight every mark" stores, set before the click.
      await gloss.worker.evaluate(() => chrome.storage.local.set({ display: { style: 'full', hidden: [] } }));
    }
    await page.goto(demoUrl);
    step(`opened ${demoUrl}; pressing the toolbar button`);
    await gloss.clickAction(page);

    // A sum of money first: its card shows what Gloss adds most, the comparison with the article's other figures.
    const names = ['gloss-money', 'gloss-person', 'gloss-organization', 'gloss-place'];
    let mark = null;
    const end = Date.now() + 15_000;
    while (!mark && Date.now() < end) {
      mark = await findMark(page, names, 'article > p', args.hover ?? null);
      if (!mark) await new Promise((ok) => setTimeout(ok, 150));
    }
    if (!mark) throw new Error(`no marks appeared within 15 s (looked for ${names.join(', ')})`);
    step(`marks painted; hovering "${mark.text}" (${mark.name})`);

    const changed = await hoverForCard(page, mark);
    if (changed < 2000) throw new Error(`no fact card appeared after hovering "${mark.text}" (${changed} pixels changed)`);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, await page.screenshot());
    step(`fact card shown; wrote ${file}`);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    if (page) {
      const failed = file.replace(/(\.png)?$/i, '.failed.png');
      const shot = await page.screenshot().catch(() => null);
      if (shot) {
        await writeFile(failed, shot).catch(() => {});
        console.error(`npm start: the page at the time of failure is in ${failed}`);
      }
    }
    await gloss?.close();
    await server.close();
    fail(`demo run failed: ${why}`);
  }
  await gloss.close();
  await server.close();
  process.exit(0);
}

/**
 * `npm install && npm start` is the whole set-up on a fresh machine, so a missing Chromium is
 * installed from Debian's packages when we can (root on Debian), and named plainly otherwise.
 * Only Debian's build is used: test tools' own browser downloads do not work on these machines.
 */
function ensureChromium() {
  if (existsSync(chromiumPath())) return;
  const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') && !process.env.CHROME_PATH;
  if (!canApt) {
    fail(`Chromium not found at ${chromiumPath()}. Install Debian's package (sudo apt-get install chromium) or set CHROME_PATH.`, 2);
  }
  console.log("Chromium is missing: installing Debian's chromium package (apt-get)…");
  for (const cmd of [
    ['apt-get', ['update']],
    ['apt-get', ['install', '-y', 'chromium']],
  ]) {
    const r = spawnSync(cmd[0], cmd[1], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (r.status !== 0) fail(`${cmd[0]} ${cmd[1].join(' ')} failed (exit ${r.status}); install chromium by hand and try again.`, 1);
  }
}
