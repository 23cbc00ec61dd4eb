// Linking quality for `npm run eval`: the hand-written gold texts of test/fixtures/knowledge/gold, each name with
// the Wikidata item it means (or null: nothing should be linked), run through the built CLI (`--link`, exactly
// the worker's scoring) against the loopback knowledge server.
//   accuracy: of the gold names the recognizer found, the share linked to the right item or rightly to nothing
//   linked:   of all distinct names the recognizer found in these texts, the share given a link
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startKnowledgeServer } from './knowledge-server.mjs';
import { repoRoot } from './serve.mjs';

const GOLD = join(repoRoot, 'test/fixtures/knowledge/gold');

export async function evalLink() {
  const faithful = await evalLinkWith({ honourSitefilter: true });
  // Against a server that ignores sitefilter=enwiki and sends every sitelink, popularity by sitelink count counts too.
  const allSitelinks = await evalLinkWith({ honourSitefilter: false });
  return {
    ...faithful,
    allSitelinks: { accuracy: allSitelinks.accuracy, right: allSitelinks.right, judged: allSitelinks.judged, wrong: allSitelinks.wrong },
  };
}

async function evalLinkWith({ honourSitefilter }) {
  const server = await startKnowledgeServer({ honourSitefilter });
  const scratch = mkdtempSync(join(tmpdir(), 'gloss-link-eval-'));
  try {
    const files = readdirSync(GOLD)
      .filter((f) => f.endsWith('.json'))
      .sort();
    const golds = files.map((f) => JSON.parse(readFileSync(join(GOLD, f), 'utf8')));
    const inputs = files.map((f, i) => {
      const input = join(scratch, f.replace(/\.json$/, '.txt'));
      writeFileSync(input, golds[i].text);
      return input;
    });
    // One run over every text (the recognizer loads once); asynchronous, as the server answers from this
    // process's event loop. The CLI prints one line per input, in order.
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        join(repoRoot, 'dist/cli/gloss.mjs'),
        'annotate',
        ...inputs,
        '--json',
        '--link',
        '--wikidata',
        server.url,
        '--wikipedia',
        server.url,
      ],
      { encoding: 'utf8', maxBuffer: 1 << 26 },
    );
    const outputs = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    const pages = files.map((f, i) => {
      const found = new Map(outputs[i].entities.map((e) => [e.name, e.link?.qid ?? null]));
      const names = Object.entries(golds[i].links).map(([name, want]) => ({
        name,
        want,
        recognized: found.has(name),
        got: found.get(name) ?? null,
      }));
      return { page: f.replace(/\.json$/, ''), names, distinct: found.size, linked: [...found.values()].filter(Boolean).length };
    });
    const score = (pages) => {
      const judged = pages.flatMap((p) => p.names).filter((n) => n.recognized);
      return { judged: judged.length, right: judged.filter((n) => n.got === n.want).length };
    };
    // Texts named heldout-* were written after the scoring was tuned on the others, and not tuned on.
    const heldout = score(pages.filter((p) => p.page.startsWith('heldout-')));
    const dev = score(pages.filter((p) => !p.page.startsWith('heldout-')));
    const all = pages.flatMap((p) => p.names);
    const judged = all.filter((n) => n.recognized);
    const right = judged.filter((n) => n.got === n.want);
    const wrongLinks = judged.filter((n) => n.got !== null && n.got !== n.want);
    const distinct = pages.reduce((a, p) => a + p.distinct, 0);
    const linked = pages.reduce((a, p) => a + p.linked, 0);
    return {
      pages,
      dev,
      heldout,
      accuracy: judged.length ? right.length / judged.length : null,
      judged: judged.length,
      right: right.length,
      /** Linked to the wrong item: the worst outcome (a card that says the wrong thing). */
      wrong: wrongLinks.length,
      unrecognized: all.filter((n) => !n.recognized).map((n) => n.name),
      linkedShare: distinct ? linked / distinct : null,
      linked,
      distinct,
      misses: judged.filter((n) => n.got !== n.want).map((n) => `${n.name}: got ${n.got ?? 'nothing'}, want ${n.want ?? 'nothing'}`),
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    await server.close();
  }
}
