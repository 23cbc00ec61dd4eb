// Builds the trust-pages gold (test/fixtures/trust/<page>.json) from phrase lists, so that no offset is
// ever typed by hand: each page's spec (test/fixtures/trust/specs/<page>.mjs) names its entities and
// figures by their words, and this script finds them in the text the CLI extracts from the page.
//   npm run build && node scripts/lib/trust-gold.mjs
// Rerun it after editing a page or a spec; it fails loudly on any phrase it cannot place.
import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const TRUST_DIR = 'test/fixtures/trust';

/** A letter or digit next to a match means it is part of a longer word ("AI" inside "Airbus"). */
const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWholeWord(text, start, end) {
  return !WORD_CHAR.test(text[start - 1] ?? '') && !WORD_CHAR.test(text[end] ?? '');
}

function* occurrences(text, phrase) {
  for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
    if (isWholeWord(text, i, i + phrase.length)) yield i;
  }
}

const overlaps = (a, b) => a.start < b.end && b.start < a.end;

/**
 * Every whole-word occurrence of each entity phrase. Longer phrases claim their text first, so
 * "Amazon" is not found again inside "Amazon Web Services"; `except` lists contexts in which the
 * phrase is not a name.
 * spec: [text, type, name = text, { except?: string[] }]
 */
export function locateEntities(text, specs) {
  const found = [];
  const sorted = [...specs].sort((a, b) => b[0].length - a[0].length);
  for (const [phrase, type, name = phrase, { except = [] } = {}] of sorted) {
    const excluded = except.flatMap((context) => [...occurrences(text, context)].map((at) => ({ start: at, end: at + context.length })));
    let count = 0;
    for (const start of occurrences(text, phrase)) {
      const span = { text: phrase, type, start, end: start + phrase.length, name };
      if (found.some((f) => overlaps(f, span)) || excluded.some((x) => overlaps(x, span))) continue;
      found.push(span);
      count++;
    }
    if (!count) throw new Error(`entity not found: ${phrase}`);
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Figures in article order: each is looked for after the previous one, inside its `context` when
 * the figure's own words occur earlier too.
 * spec: [text, kind, measure = null, measureKey = null, about = null, { id?, context?, accept? }]
 */
export function locateFigures(text, specs) {
  let cursor = 0;
  return specs.map(([phrase, kind, measure = null, measureKey = null, about = null, options = {}]) => {
    const { context = phrase, accept = [], id = null } = options;
    const contextAt = text.indexOf(context, cursor);
    const inContext = contextAt < 0 ? -1 : context.indexOf(phrase);
    if (inContext < 0) throw new Error(`figure not found after offset ${cursor}: ${phrase} (in "${context}")`);
    const start = contextAt + inContext;
    cursor = start + phrase.length;
    return { id, text: phrase, kind, start, end: cursor, measure, measureKey, accept, about };
  });
}

/** Strings that must not be taken for figures, found the same way (first occurrence inside `context`). */
export function locateNotFigures(text, specs) {
  return specs.map(([phrase, why, context = phrase]) => {
    const at = text.indexOf(context);
    if (at < 0 || !context.includes(phrase)) throw new Error(`not-figure not found: ${phrase} (in "${context}")`);
    const start = at + context.indexOf(phrase);
    return { text: phrase, start, end: start + phrase.length, why };
  });
}

export function buildGold(source, text, spec) {
  const figures = locateFigures(text, spec.figures);
  const index = (id) => {
    const i = figures.findIndex((f) => f.id === id);
    if (i < 0) throw new Error(`comparison names an unknown figure id: ${id}`);
    return i;
  };
  const pairs = (list = []) => list.map(([a, b]) => [index(a), index(b)]);
  return {
    source,
    text,
    entities: locateEntities(text, spec.entities),
    // The ids only serve the spec's comparisons; the gold addresses figures by index.
    figures: figures.map(({ id: _id, ...figure }) => figure),
    notFigures: locateNotFigures(text, spec.notFigures ?? []),
    comparisons: { wanted: pairs(spec.comparisons?.wanted), forbidden: pairs(spec.comparisons?.forbidden) },
  };
}

/** The article text exactly as `gloss annotate --json` extracts it, which is what the offsets index. */
export function cliText(source, cli = join(ROOT, 'dist/cli/gloss.mjs')) {
  const out = execFileSync(process.execPath, [cli, 'annotate', source, '--json'], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(out).text;
}

async function main() {
  const specDir = join(ROOT, TRUST_DIR, 'specs');
  for (const file of readdirSync(specDir).filter((f) => f.endsWith('.mjs'))) {
    const page = file.replace(/\.mjs$/, '');
    const source = `${TRUST_DIR}/${page}.html`;
    const { default: spec } = await import(pathToFileURL(join(specDir, file)).href);
    const gold = buildGold(source, cliText(source), spec);
    writeFileSync(join(ROOT, TRUST_DIR, `${page}.json`), `${JSON.stringify(gold, null, 1)}\n`);
    console.log(`${page}: ${gold.entities.length} entities, ${gold.figures.length} figures`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
