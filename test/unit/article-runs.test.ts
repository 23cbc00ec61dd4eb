// The fast paths of extraction (issue 12): the text is scanned by regular expressions built from the
// same rules as `isSpace`/`isDropped`, its sources kept as runs, and cloned Text nodes tagged with their
// live twins. These check that each shortcut says what the rule it stands for says.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { collectText } from '../../src/core/article/collect';
import { liveIndexOf, pairTrees } from '../../src/core/article/pairing';
import { DROPPED_CLASS, SPACE_CLASS, isDropped, isSpace } from '../../src/core/article/text-rules';
import { extractArticle } from '../../src/core/article';
import { expectFaithful } from './faithful';

const LOREM =
  'The committee met on Tuesday to discuss the proposal, which had been delayed for several months while ' +
  'officials studied the likely costs and the effect on local businesses and residents.';

describe('the character classes of the scans', () => {
  it('hold exactly the chars isSpace and isDropped accept, for every UTF-16 code unit', () => {
    const space = new RegExp(`^[${SPACE_CLASS}]$`);
    const dropped = new RegExp(`^[${DROPPED_CLASS}]$`);
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (space.test(ch) !== isSpace(c) || dropped.test(ch) !== isDropped(c)) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });
});

describe('collectText', () => {
  it('keeps a paragraph of one Text node as one run, and every char where it was read', () => {
    const { document } = parseHTML(`<div><p>${LOREM}</p></div>`);
    const got = collectText(document.querySelector('div')!);
    expect(got.text).toBe(LOREM);
    expect(got.runs.count).toBe(1);
    expect([got.runs.start(0), got.runs.offset(0), got.runs.length(0)]).toEqual([0, 0, LOREM.length]);
    expect(got.significant).toBe(LOREM.replace(/ /g, '').length);
  });

  it('maps collapsed whitespace, dropped chars, no-break spaces and <pre> to their source chars', () => {
    const { document } = parseHTML(
      '<div><p>  Soft\u00adhy\u200bphen  and\n\ttabs\u00a0here </p><p>across <b>nodes</b> end</p>' +
        '<pre>  keep \u00a0 this\u00ad\n\tindent</pre><p>after</p></div>',
    );
    const got = collectText(document.querySelector('div')!);
    expect(got.text).toBe('Softhyphen and tabs here\n\nacross nodes end\n\nkeep   this\n\tindent\n\nafter');
    // Every char in a run reads back from its source node; chars in no run are the separators.
    const covered = new Uint8Array(got.text.length);
    for (let r = 0; r < got.runs.count; r++) {
      const data = got.sources[got.runs.node(r)]!.data;
      for (let k = 0; k < got.runs.length(r); k++) {
        const c = got.text[got.runs.start(r) + k]!;
        const src = data[got.runs.offset(r) + k]!;
        covered[got.runs.start(r) + k] = 1;
        if (/\s/.test(c)) expect(src).toMatch(/\s/);
        else expect(src).toBe(c);
      }
    }
    for (let i = 0; i < got.text.length; i++) if (!covered[i]) expect(got.text[i]).toBe('\n');
    expect(got.significant).toBe(got.text.replace(/\s/g, '').length);
  });
});

describe('pairTrees', () => {
  it('tags every cloned Text node outside script, style, noscript and template with its live twin, and nothing live', () => {
    const { document } = parseHTML(
      '<html><head><style>p { color: red }</style></head><body><p>one <b>two</b></p>' +
        '<script>var x = "<p>no</p>";</script><p>three</p></body></html>',
    );
    // An element inside a script, as only a script of the page can put it: its text is no text either.
    const nested = document.createElement('b');
    nested.textContent = 'nested';
    document.querySelector('script')!.appendChild(nested);
    const clone = document.cloneNode(true) as Document;
    const { liveTexts: live, chars } = pairTrees(document.documentElement, clone.documentElement, 1_000_000);
    expect(live.map((t) => t.data)).toEqual(['one ', 'two', 'three']);
    // The page's size counts all text but that of HTML scripts, styles, noscripts and templates
    // themselves: the element put in the script is counted, though never read.
    expect(chars).toBe('one two'.length + 'nested'.length + 'three'.length);
    const walker = clone.createTreeWalker(clone.documentElement, 4);
    const tags: [string, number][] = [];
    for (let t = walker.nextNode(); t; t = walker.nextNode()) tags.push([(t as Text).data, liveIndexOf(t as Text)]);
    expect(tags).toEqual([
      ['p { color: red }', -1],
      ['one ', 0],
      ['two', 1],
      ['var x = "<p>no</p>";', -1],
      ['nested', -1],
      ['three', 2],
    ]);
    for (const t of live)
      expect([...Object.getOwnPropertySymbols(t), ...Object.keys(t)].filter((k) => !(k in document.createTextNode('')))).toEqual([]);
  });
});

describe('the size limit', () => {
  it('refuses a page past MAX_PAGE_CHARS of text, saying how long it is, whatever its scripts hold', () => {
    const words = 'word '.repeat(200_001);
    const blob = `<script type="application/json">${'x'.repeat(2_000_000)}</script>`;
    const { document } = parseHTML(`<html><body>${blob}<p>${words}</p></body></html>`);
    const outcome = extractArticle(document, { skipReaderableCheck: true });
    expect(outcome).toMatchObject({ ok: false, reason: 'too-large' });
    if (!outcome.ok) expect(outcome.message).toContain(`(${words.length.toLocaleString('en-US')} characters of text;`);
    const fits = parseHTML(`<html><body>${blob}<p>${'word '.repeat(1000)}</p></body></html>`).document;
    expect(extractArticle(fits, { skipReaderableCheck: true }).ok).toBe(true);
  });
});

describe('extraction on Readability’s retry', () => {
  it('never serializes the clone’s body into the page, and keeps live nodes through the reset', () => {
    const short = `<!DOCTYPE html><html><head><title>T</title></head><body><div class="comments" id="story"><p>Opening.</p><p>${LOREM}</p></div></body></html>`;
    const { document } = parseHTML(short);
    const before = document.toString();
    const outcome = extractArticle(document, { skipReaderableCheck: true });
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.article.text).toBe(`Opening.\n\n${LOREM}`);
    expect(outcome.stats.mappedChars).toBe(outcome.stats.readabilityChars);
    expectFaithful(outcome.article, document);
    expect(document.toString()).toBe(before);
  });
});
