import { describe, expect, test } from 'vitest';
import {
  CheckFailure,
  contentMessages,
  contentRequests,
  MAX_FIGURE_TEXT,
  MAX_NOTE_IDS,
  MAX_TEXT,
  panelRequests,
  parseMessage,
} from '../../src/core/protocol';
import { unsupportedReason } from '../../src/core/pages';
import { MAX_PREVIEW_CHARS } from '../../src/core/preview';
import { highlightCss, KIND_STYLE } from '../../src/core/palette';
import { MARK_KINDS } from '../../src/core/types';

describe('message validation', () => {
  test('accepts a well-formed request and drops unknown keys', () => {
    const m = parseMessage(contentRequests, { type: 'card.get', payload: { markId: 3, evil: '<script>' } });
    expect(m).toEqual({ type: 'card.get', payload: { markId: 3 } });
  });

  test.each([
    ['not an object', 'hello'],
    ['unknown type', { type: 'notes.dumpAll', payload: {} }],
    ['inherited key as type', { type: 'toString', payload: {} }],
    ['wrong payload type', { type: 'card.get', payload: { markId: '3' } }],
    ['negative id', { type: 'card.get', payload: { markId: -1 } }],
    ['missing payload', { type: 'page.analyze' }],
    ['bad status', { type: 'page.status', payload: { state: 'pwned', message: '' } }],
    ['text too long', { type: 'page.analyze', payload: { canonical: null, og: null, title: '', text: 'x'.repeat(MAX_TEXT + 1) } }],
    ['no og:url field', { type: 'page.analyze', payload: { canonical: null, title: '', text: 'x' } }],
    ['an og:url that is not a string', { type: 'page.analyze', payload: { canonical: null, og: 7, title: '', text: 'x' } }],
    ['an og:url too long', { type: 'page.analyze', payload: { canonical: null, og: 'x'.repeat(8193), title: '', text: 'x' } }],
    ['a preview window too long', { type: 'page.preview', payload: { text: 'x'.repeat(MAX_PREVIEW_CHARS + 1), offset: 0 } }],
    ['a preview offset past any article', { type: 'page.preview', payload: { text: 'x', offset: MAX_TEXT + 1 } }],
    ['a preview without its offset', { type: 'page.preview', payload: { text: 'x' } }],
    ['too many note ids', { type: 'notes.open', payload: { ids: Array.from({ length: MAX_NOTE_IDS + 1 }, (_, i) => `n${i}`) } }],
    ['a note id that is not a string', { type: 'notes.open', payload: { ids: ['a', 7] } }],
  ])('refuses %s', (_why, raw) => {
    expect(parseMessage(contentRequests, raw)).toBeInstanceOf(CheckFailure);
  });

  test('a content script cannot send panel messages and vice versa', () => {
    expect(parseMessage(contentRequests, { type: 'notes.search', payload: { query: '' } })).toBeInstanceOf(CheckFailure);
    expect(parseMessage(panelRequests, { type: 'card.get', payload: { markId: 1 } })).toBeInstanceOf(CheckFailure);
  });

  test('note.create checks the draft selector pair', () => {
    const draft = {
      id: 'd1',
      tabId: 4,
      url: 'https://news.example/a',
      title: 'A',
      created: 1,
      selector: [
        { type: 'TextQuoteSelector', exact: 'Ada', prefix: '', suffix: '' },
        { type: 'TextPositionSelector', start: 0, end: 3 },
      ],
    };
    expect(parseMessage(panelRequests, { type: 'note.create', payload: { draft, text: 'hi' } })).not.toBeInstanceOf(CheckFailure);
    const broken = { ...draft, selector: [draft.selector[1], draft.selector[0]] };
    expect(parseMessage(panelRequests, { type: 'note.create', payload: { draft: broken, text: 'hi' } })).toBeInstanceOf(CheckFailure);
    const empty = { ...draft, selector: [draft.selector[0], { type: 'TextPositionSelector', start: 3, end: 3 }] };
    expect(parseMessage(panelRequests, { type: 'note.create', payload: { draft: empty, text: 'hi' } })).toBeInstanceOf(CheckFailure);
  });

  test('worker-to-page anchors carry positions only: not a word of the note reaches the page', () => {
    const m = parseMessage(contentMessages, {
      type: 'note.added',
      payload: { anchor: { id: 'n', start: 1, end: 5, excerpt: 'short', text: 'the whole private body' }, fromDraft: true },
    });
    expect(m).toEqual({ type: 'note.added', payload: { anchor: { id: 'n', start: 1, end: 5 }, fromDraft: true } });
  });

  test('page.analyze takes the page’s og:url beside its canonical link', () => {
    const payload = { canonical: null, og: 'https://news.example/a', title: 'A', text: 'x' };
    expect(parseMessage(contentRequests, { type: 'page.analyze', payload })).toEqual({ type: 'page.analyze', payload });
  });

  test('an anchor may carry the figures that changed in its quote (the page’s own old text), checked', () => {
    const anchor = { id: 'n', start: 1, end: 5, changes: [{ was: '$10 billion', now: '$12 billion', note: 'private' }] };
    expect(parseMessage(contentMessages, { type: 'note.added', payload: { anchor, fromDraft: false } })).toEqual({
      type: 'note.added',
      payload: { anchor: { id: 'n', start: 1, end: 5, changes: [{ was: '$10 billion', now: '$12 billion' }] }, fromDraft: false },
    });
    for (const changes of [[{ was: 10, now: 12 }], [{ was: 'x'.repeat(MAX_FIGURE_TEXT + 1), now: '1' }], 'changed', null]) {
      const bad = { type: 'note.added', payload: { anchor: { id: 'n', start: 1, end: 5, changes }, fromDraft: false } };
      expect(parseMessage(contentMessages, bad)).toBeInstanceOf(CheckFailure);
    }
  });
});

describe('pages Gloss cannot run on', () => {
  test.each([
    'chrome://extensions/',
    'about:addons',
    'chrome-extension://abc/page.html',
    'https://chromewebstore.google.com/detail/x',
    'https://addons.mozilla.org/en-US/firefox/',
    'https://example.org/report.pdf',
    undefined,
    'not a url',
  ])('%s is refused with a reason', (url) => {
    expect(unsupportedReason(url)).toMatch(/\w{4,}/);
  });
  test.each(['https://www.example.com/news/2026/story', 'http://localhost:8080/article.html', 'https://chrome.google.com/intl/'])(
    '%s is allowed',
    (url) => expect(unsupportedReason(url)).toBeNull(),
  );
});

describe('palette', () => {
  test('every mark kind has a distinct style and a highlight rule', () => {
    const css = highlightCss();
    const colours = new Set(MARK_KINDS.map((k) => KIND_STYLE[k].rgba.join(',')));
    expect(colours.size).toBe(MARK_KINDS.length);
    for (const k of MARK_KINDS) expect(css).toContain(`::highlight(gloss-${k})`);
    expect(css).toContain('::highlight(gloss-note)');
  });

  test('the quiet style underlines only; the fill rule carries the background', () => {
    const css = highlightCss();
    for (const k of MARK_KINDS) {
      const line = new RegExp(`::highlight\\(gloss-${k}\\) \\{([^}]*)\\}`).exec(css)![1]!;
      const fill = new RegExp(`::highlight\\(gloss-fill-${k}\\) \\{([^}]*)\\}`).exec(css)![1]!;
      expect(line).toContain(`underline`);
      expect(line).toContain(KIND_STYLE[k].line);
      expect(line).not.toContain('background');
      expect(fill).toContain('background-color');
    }
  });
});

describe('display preferences', () => {
  test('the worker takes a known style and known kinds only', () => {
    const ok = parseMessage(contentRequests, { type: 'prefs.set', payload: { style: 'full', hidden: ['person', 'money'] } });
    expect(ok).toEqual({ type: 'prefs.set', payload: { style: 'full', hidden: ['person', 'money'] } });
    for (const payload of [
      { style: 'loud', hidden: [] },
      { style: 'quiet', hidden: ['person', '<img src=x>'] },
      { style: 'quiet', hidden: new Array(MARK_KINDS.length + 1).fill('person') },
      { style: 'quiet' },
    ])
      expect(parseMessage(contentRequests, { type: 'prefs.set', payload })).toBeInstanceOf(CheckFailure);
  });
});
