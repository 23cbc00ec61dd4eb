// Export and import of notes: W3C Web Annotation JSON-LD (Gloss's own format), Hypothesis's JSON
// export, and Markdown. Pure functions, run in Node.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describe as select } from '../../src/core/anchor';
import { canonicalUrl, pageUrls } from '../../src/core/urls';
import { HYPOTHESIS_ID_PREFIX } from '../../src/core/exchange/hypothesis';
import { ImportRefused, MAX_IMPORT_CHARS, MAX_IMPORT_NOTES, NOT_AN_EXPORT, parseImport } from '../../src/core/exchange/import';
import { ANNO_CONTEXT, toJsonLd } from '../../src/core/exchange/jsonld';
import { fileNameFor, toMarkdown, toMarkdownFiles } from '../../src/core/exchange/markdown';
import type { Note } from '../../src/core/types';

const article = 'Microsoft will spend $80 billion on AI data centers this year, its president said on Friday.';
const T0 = Date.UTC(2026, 10, 28, 12, 0, 0, 123);

function note(quote: string | null, text: string, extra: Partial<Note> = {}): Note {
  const url = extra.url ?? 'https://example.com/story';
  const start = quote ? article.indexOf(quote) : 0;
  return {
    id: crypto.randomUUID(),
    url,
    urls: [url],
    title: 'AI spending',
    target: { source: url, selector: quote ? select(article, start, start + quote.length) : null },
    text,
    tags: [],
    entities: [],
    created: T0,
    modified: T0,
    ...extra,
  };
}

const refusal = (text: string) => {
  try {
    parseImport(text);
  } catch (e) {
    expect(e).toBeInstanceOf(ImportRefused);
    return (e as Error).message;
  }
  throw new Error('expected the file to be refused');
};

describe('JSON-LD export', () => {
  it('is an AnnotationCollection whose first page holds Web Annotations with TextualBody and both selectors', () => {
    const n = note('$80 billion', 'Bigger than last year.', {
      tags: ['capex', 'ai'],
      entities: ['Microsoft'],
      urls: ['https://example.com/story', 'https://example.com/amp/story'],
      modified: T0 + 5000,
    });
    const doc = JSON.parse(toJsonLd([n]));
    expect(Object.keys(doc)).toEqual(['@context', 'id', 'type', 'label', 'total', 'first']);
    expect(doc['@context']).toBe(ANNO_CONTEXT);
    expect(doc).toMatchObject({ type: 'AnnotationCollection', total: 1, first: { type: 'AnnotationPage', startIndex: 0 } });
    expect(doc.first.items).toEqual([
      {
        id: `urn:uuid:${n.id}`,
        type: 'Annotation',
        motivation: 'commenting',
        created: '2026-11-28T12:00:00.123Z',
        modified: '2026-11-28T12:00:05.123Z',
        body: [
          { type: 'TextualBody', value: 'Bigger than last year.', format: 'text/plain', purpose: 'commenting' },
          { type: 'TextualBody', value: 'capex', purpose: 'tagging' },
          { type: 'TextualBody', value: 'ai', purpose: 'tagging' },
        ],
        target: {
          source: 'https://example.com/story',
          selector: [
            {
              type: 'TextQuoteSelector',
              exact: '$80 billion',
              prefix: 'Microsoft will spend ',
              suffix: ' on AI data centers this year, i',
            },
            { type: 'TextPositionSelector', start: 21, end: 32 },
          ],
          'dc:title': 'AI spending',
          scope: ['https://example.com/amp/story'],
          'dc:subject': ['Microsoft'],
        },
      },
    ]);
  });

  it('gives a page note a target with no selector, and an empty collection no page', () => {
    const doc = JSON.parse(toJsonLd([note(null, 'The whole piece is sponsored.')]));
    expect(doc.first.items[0].target).toEqual({ source: 'https://example.com/story', 'dc:title': 'AI spending' });
    expect(JSON.parse(toJsonLd([]))).toEqual({
      '@context': ANNO_CONTEXT,
      id: 'urn:gloss:notes',
      type: 'AnnotationCollection',
      label: 'Gloss notes',
      total: 0,
    });
    expect(parseImport(toJsonLd([])).notes).toEqual([]);
  });

  it('orders notes by page, then place, whatever order they come in', () => {
    const a = note('Microsoft', 'a');
    const b = note('$80 billion', 'b');
    const c = note('on Friday', 'c', {
      url: 'https://example.com/another',
      target: { source: 'https://example.com/another', selector: null },
    });
    const p = note(null, 'page note');
    expect(toJsonLd([c, b, p, a])).toBe(toJsonLd([a, p, b, c]));
    expect(JSON.parse(toJsonLd([c, b, p, a])).first.items.map((i: { body: { value: string }[] }) => i.body[0]!.value)).toEqual([
      'c',
      'page note',
      'a',
      'b',
    ]);
  });

  it('export → import → export is byte-identical', () => {
    const notes = [
      note('$80 billion', 'Bigger than last year.', { tags: ['capex'], entities: ['Microsoft'] }),
      note(null, ''),
      { ...note('on Friday', 'Imported once', { url: 'https://example.com/b' }), id: 'hypothesis-Xy3kP2abc_-Q' },
    ];
    const first = toJsonLd(notes);
    const back = parseImport(first);
    expect(back.format).toBe('web-annotation');
    expect(back.notes).toEqual(expect.arrayContaining(notes));
    expect(back.notes).toHaveLength(3);
    expect(toJsonLd(back.notes)).toBe(first);
  });

  it('round-trips random notes byte for byte (property)', () => {
    const tag = fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,11}$/);
    const text = fc.string({ maxLength: 80, unit: 'grapheme' });
    const url = fc.webUrl({ withQueryParameters: true, withFragments: true }).map((u) => canonicalUrl(u));
    const arbNote = fc
      .record({
        id: fc.oneof(
          fc.uuid(),
          fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/).map((h) => `${HYPOTHESIS_ID_PREFIX}${h}`),
          fc.string({ minLength: 1, maxLength: 60 }),
        ),
        url,
        others: fc.uniqueArray(url, { maxLength: 3 }),
        title: text,
        body: text,
        tags: fc.uniqueArray(tag, { maxLength: 4 }),
        entities: fc.uniqueArray(fc.string({ minLength: 1, maxLength: 20 }), { maxLength: 3 }),
        created: fc.integer({ min: 0, max: 4_102_444_800_000 }),
        age: fc.integer({ min: 0, max: 1e10 }),
        quote: fc.option(
          fc.record({
            exact: fc.string({ minLength: 1, maxLength: 50 }),
            prefix: fc.string({ maxLength: 32 }),
            suffix: fc.string({ maxLength: 32 }),
            start: fc.nat(1e6),
          }),
        ),
      })
      .map((r): Note => ({
        id: r.id,
        url: r.url,
        urls: [r.url, ...r.others.filter((u) => u !== r.url)],
        title: r.title,
        target: {
          source: r.url,
          selector: r.quote
            ? [
                { type: 'TextQuoteSelector', exact: r.quote.exact, prefix: r.quote.prefix, suffix: r.quote.suffix },
                { type: 'TextPositionSelector', start: r.quote.start, end: r.quote.start + r.quote.exact.length },
              ]
            : null,
        },
        text: r.body,
        tags: r.tags,
        entities: r.entities,
        created: r.created,
        modified: r.created + r.age,
      }));
    fc.assert(
      fc.property(fc.uniqueArray(arbNote, { maxLength: 8, selector: (n) => n.id }), (notes) => {
        const first = toJsonLd(notes);
        const back = parseImport(first).notes;
        expect(back).toHaveLength(notes.length);
        expect(new Set(back.map((n) => n.id))).toEqual(new Set(notes.map((n) => n.id)));
        expect(toJsonLd(back)).toBe(first);
      }),
      { numRuns: 300 },
    );
  });

  it('reads another tool’s Web Annotation: string target, single body, no position, foreign id kept', () => {
    const foreign = {
      '@context': ANNO_CONTEXT,
      id: 'http://example.org/page1',
      type: 'AnnotationPage',
      items: [
        {
          id: 'http://example.org/anno1',
          type: 'Annotation',
          created: '2020-01-02T03:04:05Z',
          body: { type: 'TextualBody', value: 'Nice' },
          target: 'https://example.com/x',
        },
        {
          id: 'http://example.org/anno2',
          type: 'Annotation',
          created: '2020-01-02T03:04:05+02:00',
          target: { source: 'https://example.com/x', selector: { type: 'TextQuoteSelector', exact: 'spend' } },
        },
      ],
    };
    const { notes } = parseImport(JSON.stringify(foreign));
    expect(notes[0]).toMatchObject({
      id: 'http://example.org/anno1',
      text: 'Nice',
      target: { source: 'https://example.com/x', selector: null },
      created: Date.UTC(2020, 0, 2, 3, 4, 5),
    });
    expect(notes[1]!.target.selector).toEqual([
      { type: 'TextQuoteSelector', exact: 'spend', prefix: '', suffix: '' },
      { type: 'TextPositionSelector', start: 0, end: 5 },
    ]);
    expect(notes[1]!.created).toBe(Date.UTC(2020, 0, 2, 1, 4, 5));
    // Re-exported and read again, the foreign id is the same note's.
    expect(parseImport(toJsonLd(notes)).notes.map((n) => n.id)).toEqual(['http://example.org/anno1', 'http://example.org/anno2']);
  });
});

/** Shaped as the Hypothesis client's "Export annotations" writes it (fields trimmed to those read, plus some ignored). */
const hypothesisExport = {
  export_date: '2026-11-20T10:00:00.000Z',
  export_userid: 'acct:reader@hypothes.is',
  client_version: '1.1500.0',
  annotations: [
    {
      id: 'Xy3kP2abQ0eD1fG2hI3jKl',
      created: '2026-11-19T08:30:00.123456+00:00',
      updated: '2026-11-19T09:00:00.654321+00:00',
      user: 'acct:reader@hypothes.is',
      uri: 'https://www.example.com/story?utm_source=feed#section-2',
      text: 'Check the **capex** figure',
      tags: ['Capex', 'AI policy', '#capex'],
      group: '__world__',
      permissions: { read: ['group:__world__'] },
      target: [
        {
          source: 'https://www.example.com/story?utm_source=feed#section-2',
          selector: [
            { type: 'RangeSelector', startContainer: '/div[1]/p[2]', startOffset: 0, endContainer: '/div[1]/p[2]', endOffset: 11 },
            { type: 'TextPositionSelector', start: 1210, end: 1221 },
            { type: 'TextQuoteSelector', exact: '$80 billion', prefix: 'Microsoft will spend ', suffix: ' on AI data centers' },
          ],
        },
      ],
      document: { title: ['AI spending — Example News'] },
      links: { html: 'https://hypothes.is/a/Xy3kP2abQ0eD1fG2hI3jKl' },
    },
    {
      id: 'PageNote0000000000000a',
      created: '2026-11-19T10:00:00+00:00',
      updated: '2026-11-19T10:00:00+00:00',
      uri: 'https://www.example.com/story',
      text: 'Whole article is sponsored',
      tags: [],
      target: [{ source: 'https://www.example.com/story' }],
      document: { title: ['AI spending — Example News'] },
    },
    {
      id: 'Reply00000000000000000',
      created: '2026-11-19T11:00:00+00:00',
      updated: '2026-11-19T11:00:00+00:00',
      uri: 'https://www.example.com/story',
      text: 'I agree',
      references: ['Xy3kP2abQ0eD1fG2hI3jKl'],
      target: [{ source: 'https://www.example.com/story' }],
    },
  ],
};

describe('Hypothesis import', () => {
  it('reads highlights and page notes, skips replies, files each under Gloss’s URL with a stable id', () => {
    const { format, notes, skipped } = parseImport(JSON.stringify(hypothesisExport));
    expect(format).toBe('hypothesis');
    expect(skipped).toBe(1);
    expect(notes).toEqual([
      {
        id: 'hypothesis-Xy3kP2abQ0eD1fG2hI3jKl',
        url: 'https://www.example.com/story',
        urls: pageUrls('https://www.example.com/story', null, null),
        title: 'AI spending — Example News',
        target: {
          source: 'https://www.example.com/story',
          selector: [
            { type: 'TextQuoteSelector', exact: '$80 billion', prefix: 'Microsoft will spend ', suffix: ' on AI data centers' },
            { type: 'TextPositionSelector', start: 1210, end: 1221 },
          ],
        },
        text: 'Check the **capex** figure',
        tags: ['capex', 'ai-policy'],
        entities: [],
        created: Date.parse('2026-11-19T08:30:00.123Z'),
        modified: Date.parse('2026-11-19T09:00:00.654Z'),
      },
      expect.objectContaining({
        id: 'hypothesis-PageNote0000000000000a',
        target: { source: 'https://www.example.com/story', selector: null },
      }),
    ]);
    // The same file read twice gives the same notes (so the store adds nothing the second time).
    expect(parseImport(JSON.stringify(hypothesisExport)).notes).toEqual(notes);
  });

  it('reads the API’s search result and a bare list too', () => {
    expect(parseImport(JSON.stringify({ total: 3, rows: hypothesisExport.annotations })).notes).toHaveLength(2);
    expect(parseImport(JSON.stringify(hypothesisExport.annotations)).notes).toHaveLength(2);
  });
});

describe('a malformed or foreign file is refused with what is wrong', () => {
  it('names the line and column of a JSON syntax error', () => {
    const message = refusal('{\n  "@context": "http://www.w3.org/ns/anno.jsonld",\n  "type": "AnnotationCollection",\n}');
    expect(message).toMatch(/^line 4, column 1: this file is not valid JSON/);
  });

  it('says a foreign file is not a Gloss or Hypothesis export', () => {
    expect(refusal('{"name": "my-package", "version": "1.0.0"}')).toBe(NOT_AN_EXPORT);
    expect(refusal('[1, 2, 3]')).toBe(NOT_AN_EXPORT);
    expect(refusal('"just a string"')).toBe(NOT_AN_EXPORT);
    expect(NOT_AN_EXPORT).toMatch(/not a Gloss or Hypothesis export/);
  });

  it('names the field and what was expected', () => {
    const doc = JSON.parse(toJsonLd([note('$80 billion', 'a'), note('Microsoft', 'b')]));
    doc.first.items[1].created = 'yesterday';
    expect(refusal(JSON.stringify(doc))).toBe(
      'first.items[1].created: expected an ISO 8601 date such as 2024-05-01T12:00:00Z. Nothing was imported.',
    );
    doc.first.items[1].created = '2026-01-01T00:00:00Z';
    doc.first.items[0].target.selector[1].start = -4;
    expect(refusal(JSON.stringify(doc))).toBe(
      'first.items[0].target.selector[1].start: expected a whole number ≥ 0. Nothing was imported.',
    );
    doc.first.items[0].target.selector[1].start = 21;
    doc.first.items[0].body[0].value = 42;
    expect(refusal(JSON.stringify(doc))).toMatch(/^first\.items\[0\]\.body\[0\]\.value: expected a string/);
    const h = structuredClone(hypothesisExport);
    delete (h.annotations[1] as { uri?: string }).uri;
    expect(refusal(JSON.stringify(h))).toMatch(/^annotations\[1\]\.uri: expected a string/);
  });

  it('refuses a file that uses one id twice', () => {
    const n = note('$80 billion', 'a');
    const doc = JSON.parse(toJsonLd([n, { ...n, url: 'https://example.com/z', target: { ...n.target, source: 'https://example.com/z' } }]));
    expect(refusal(JSON.stringify(doc))).toMatch(/first\.items\[1\]\.id: expected an id not used earlier/);
  });

  it('refuses a file too large, before parsing it, and too many notes, before reading them', () => {
    const huge = ' '.repeat(MAX_IMPORT_CHARS + 1);
    const t = performance.now();
    expect(refusal(huge)).toMatch(/too large to import \(50 MB; at most 50 MB\)/);
    const many = JSON.stringify({
      '@context': ANNO_CONTEXT,
      type: 'AnnotationPage',
      items: Array.from({ length: MAX_IMPORT_NOTES + 1 }, () => 0),
    });
    expect(refusal(many)).toMatch(/holds 50,001 annotations; Gloss imports at most 50,000/);
    // Linear work only: generous bound for a slow shared machine (measured well under a second).
    expect(performance.now() - t).toBeLessThan(20_000);
  });
});

describe('Markdown', () => {
  const quoteNote = note('$80 billion', 'Is *that* 2024’s figure?\n1. check\n# not a heading\n- not a list', {
    tags: ['capex', 'ai-policy'],
  });
  const pageNote = note(null, 'Sponsored <b>content</b> [link](x)', { created: T0 - 1 });

  it('writes per article: title, URL, quotes as > blocks, the note, #tags, with Markdown syntax escaped', () => {
    expect(toMarkdown([quoteNote, pageNote])).toBe(
      [
        '# AI spending',
        '',
        '<https://example.com/story>',
        '',
        '*On the whole page*',
        '',
        'Sponsored \\<b\\>content\\</b\\> \\[link\\]\\(x\\)',
        '',
        '> \\$80 billion',
        '',
        'Is \\*that\\* 2024’s figure?',
        '1\\. check',
        '\\# not a heading',
        '\\- not a list',
        '',
        '#capex #ai-policy',
        '',
      ].join('\n'),
    );
  });

  it('separates articles and gives each file front matter and a stable, safe name', () => {
    const other = note('on Friday', 'when?', { url: 'https://example.com/b', title: 'Éléphant: a / b?' });
    expect(toMarkdown([quoteNote, other]).split('\n---\n')).toHaveLength(2);
    const files = toMarkdownFiles([quoteNote, other]);
    expect(files.map((f) => f.fileName)).toEqual([
      fileNameFor('https://example.com/b', 'Éléphant: a / b?'),
      fileNameFor('https://example.com/story', 'AI spending'),
    ]);
    expect(files[0]!.fileName).toMatch(/^elephant-a-b-[0-9a-f]{8}\.md$/);
    expect(
      files[1]!.text.startsWith(
        '---\nurl: "https://example.com/story"\ntitle: "AI spending"\ntags: ["capex", "ai-policy"]\n---\n\n# AI spending\n',
      ),
    ).toBe(true);
    expect(fileNameFor('https://example.com/a', 'Same')).not.toBe(fileNameFor('https://example.com/b', 'Same'));
  });
});
