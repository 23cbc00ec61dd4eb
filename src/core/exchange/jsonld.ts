// Gloss's notes as a W3C Web Annotation collection (https://www.w3.org/TR/annotation-model/),
// and back. The export is deterministic (keys in a fixed order, notes in a fixed order, no export
// date), so export → import → export gives the same bytes, and a backup file only changes when a
// note does.
//
// What is Gloss's own, kept with terms the Web Annotation context already defines, so the file needs
// no second context:
//   target["dc:title"]   the page title (Dublin Core title, of the page the note is on);
//   target.scope         the other URLs the same page was seen under (`Note.urls` after `url`);
//   target["dc:subject"] the names of the article's entities the quote mentions (`Note.entities`).
// A note on the whole page has a target with its source and no selector.

import { CheckFailure } from '../protocol';
import type { Note, TextPositionSelector, TextQuoteSelector } from '../types';
import { field, isoDate, isoTime, optionalList, text, validNote, type Json } from './fields';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const COLLECTION_ID = 'urn:gloss:notes';
const PAGE_ID = 'urn:gloss:notes:page1';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids Gloss did not choose itself (an imported Hypothesis note's, a foreign annotation's). */
const NOTE_URN = 'urn:gloss:note:';

/** `urn:uuid:` for Gloss's own ids (random UUIDs), a Gloss URN for the others; `noteId` reverses it. */
export function annotationId(id: string): string {
  return UUID.test(id) ? `urn:uuid:${id}` : `${NOTE_URN}${encodeURIComponent(id)}`;
}

/** The note id of an annotation id; a foreign IRI is kept whole as the id, so a second import finds it. */
export function noteId(iri: string): string {
  if (iri.startsWith('urn:uuid:') && UUID.test(iri.slice(9))) return iri.slice(9);
  if (iri.startsWith(NOTE_URN)) {
    try {
      return decodeURIComponent(iri.slice(NOTE_URN.length));
    } catch {
      return iri;
    }
  }
  return iri;
}

/** Notes in the order every export uses: by page, then place in the article (page notes first), then age. */
export function exportOrder(notes: readonly Note[]): Note[] {
  const at = (n: Note) => n.target.selector?.[1].start ?? -1;
  return [...notes].sort((a, b) => compare(a.url, b.url) || at(a) - at(b) || a.created - b.created || compare(a.id, b.id));
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The notes as a JSON-LD AnnotationCollection, one embedded AnnotationPage holding every annotation. */
export function toJsonLd(notes: readonly Note[]): string {
  const items = exportOrder(notes).map(annotation);
  const collection: Record<string, unknown> = {
    '@context': ANNO_CONTEXT,
    id: COLLECTION_ID,
    type: 'AnnotationCollection',
    label: 'Gloss notes',
    total: items.length,
  };
  // The model forbids a first page for an empty collection.
  if (items.length) collection.first = { id: PAGE_ID, type: 'AnnotationPage', startIndex: 0, items };
  return `${JSON.stringify(collection, null, 2)}\n`;
}

function annotation(n: Note): Record<string, unknown> {
  const body: Record<string, string>[] = [
    { type: 'TextualBody', value: n.text, format: 'text/plain', purpose: 'commenting' },
    ...n.tags.map((tag) => ({ type: 'TextualBody', value: tag, purpose: 'tagging' })),
  ];
  const target: Record<string, unknown> = { source: n.target.source };
  if (n.target.selector) {
    const [q, p] = n.target.selector;
    target.selector = [
      { type: 'TextQuoteSelector', exact: q.exact, prefix: q.prefix, suffix: q.suffix },
      { type: 'TextPositionSelector', start: p.start, end: p.end },
    ];
  }
  target['dc:title'] = n.title;
  const others = n.urls.filter((u) => u !== n.url);
  if (others.length) target.scope = others;
  if (n.entities.length) target['dc:subject'] = n.entities;
  return {
    id: annotationId(n.id),
    type: 'Annotation',
    motivation: 'commenting',
    created: isoTime(n.created),
    modified: isoTime(n.modified),
    body,
    target,
  };
}

// ---------------------------------------------------------------------------------------------
// Reading: any Web Annotation collection or page shaped as the model says, Gloss's or another tool's.

/** Whether a parsed file says it is Web Annotation JSON-LD. */
export function isWebAnnotation(doc: Json): boolean {
  const context = (doc as { '@context'?: unknown })['@context'];
  return context === ANNO_CONTEXT || (Array.isArray(context) && context.includes(ANNO_CONTEXT));
}

/** The annotations of a collection (its embedded first page) or of a page, with the path each was found at. */
export function webAnnotationItems(doc: Record<string, unknown>): { items: unknown[]; path: string } | CheckFailure {
  const type = doc.type;
  if (type === 'AnnotationPage') return itemsOf(doc, 'items');
  if (type === 'AnnotationCollection') {
    if (doc.first === undefined) {
      return doc.total === 0 || doc.total === undefined
        ? { items: [], path: 'first.items' }
        : new CheckFailure('first: expected the AnnotationPage holding the annotations');
    }
    if (typeof doc.first !== 'object' || doc.first === null) {
      return new CheckFailure('first: expected an embedded AnnotationPage (a link to another page cannot be followed from a file)');
    }
    return itemsOf(doc.first as Record<string, unknown>, 'first.items');
  }
  if (type === 'Annotation') return { items: [doc], path: '' };
  return new CheckFailure('type: expected AnnotationCollection, AnnotationPage or Annotation');
}

function itemsOf(page: Record<string, unknown>, path: string): { items: unknown[]; path: string } | CheckFailure {
  return Array.isArray(page.items) ? { items: page.items, path } : new CheckFailure(`${path}: expected a list of annotations`);
}

/** One annotation as a note, or what is wrong with it (the path names the field). */
export function noteFromAnnotation(raw: unknown, path: string): Note | CheckFailure {
  const a = field.object(raw, path);
  if (a instanceof CheckFailure) return a;
  const iri = field.string(a.id, `${path}.id`, 1000);
  if (iri instanceof CheckFailure) return iri;
  const created = isoDate(a.created, `${path}.created`);
  if (created instanceof CheckFailure) return created;
  const modified = a.modified === undefined ? created : isoDate(a.modified, `${path}.modified`);
  if (modified instanceof CheckFailure) return modified;

  let comment = '';
  const tags: string[] = [];
  const bodies = a.body === undefined ? [] : Array.isArray(a.body) ? a.body : [a.body];
  for (let i = 0; i < bodies.length; i++) {
    const bodyPath = Array.isArray(a.body) ? `${path}.body[${i}]` : `${path}.body`;
    const b = field.object(bodies[i], bodyPath);
    if (b instanceof CheckFailure) return b;
    if (b.type !== 'TextualBody') continue; // a linked resource as body: nothing Gloss can show
    const value = text(b.value, `${bodyPath}.value`);
    if (value instanceof CheckFailure) return value;
    if (b.purpose === 'tagging') tags.push(value);
    else if (!comment) comment = value;
  }

  const t =
    typeof a.target === 'string' ? { source: a.target } : field.object(Array.isArray(a.target) ? a.target[0] : a.target, `${path}.target`);
  if (t instanceof CheckFailure) return t;
  const source = field.string(t.source, `${path}.target.source`, 8192);
  if (source instanceof CheckFailure) return source;
  const title = t['dc:title'] === undefined ? '' : field.string(t['dc:title'], `${path}.target.dc:title`, 2000);
  if (title instanceof CheckFailure) return title;
  const scope = optionalList(t.scope, `${path}.target.scope`, 8192);
  if (scope instanceof CheckFailure) return scope;
  const entities = optionalList(t['dc:subject'], `${path}.target.dc:subject`, 500);
  if (entities instanceof CheckFailure) return entities;
  const selector = selectorsOf(t.selector, `${path}.target.selector`);
  if (selector instanceof CheckFailure) return selector;

  return validNote(
    {
      id: noteId(iri),
      url: source,
      urls: [source, ...scope.filter((u) => u !== source)],
      title,
      target: { source, selector },
      text: comment,
      tags,
      entities,
      created,
      modified,
    },
    path,
  );
}

/**
 * The quote and position selectors of a target, or null when it has no quote (a note on the whole
 * page). A quote without a position (another tool's) is placed by its quote and context alone.
 */
export function selectorsOf(raw: unknown, path: string): [TextQuoteSelector, TextPositionSelector] | null | CheckFailure {
  if (raw === undefined) return null;
  const list = Array.isArray(raw) ? raw : [raw];
  let quote: TextQuoteSelector | null = null;
  let position: TextPositionSelector | null = null;
  for (let i = 0; i < list.length; i++) {
    const at = Array.isArray(raw) ? `${path}[${i}]` : path;
    const s = field.object(list[i], at);
    if (s instanceof CheckFailure) return s;
    if (s.type === 'TextQuoteSelector' && !quote) {
      const exact = text(s.exact, `${at}.exact`);
      if (exact instanceof CheckFailure) return exact;
      const prefix = s.prefix === undefined ? '' : field.string(s.prefix, `${at}.prefix`, 200);
      if (prefix instanceof CheckFailure) return prefix;
      const suffix = s.suffix === undefined ? '' : field.string(s.suffix, `${at}.suffix`, 200);
      if (suffix instanceof CheckFailure) return suffix;
      quote = { type: 'TextQuoteSelector', exact, prefix, suffix };
    } else if (s.type === 'TextPositionSelector' && !position) {
      const start = field.offset(s.start, `${at}.start`);
      if (start instanceof CheckFailure) return start;
      const end = field.offset(s.end, `${at}.end`);
      if (end instanceof CheckFailure) return end;
      position = { type: 'TextPositionSelector', start, end };
    }
  }
  if (!quote || quote.exact === '') return null;
  // Without a usable position the quote is searched for; anchoring prefers the occurrence nearest 0.
  if (!position || position.end - position.start !== quote.exact.length) {
    const start = position?.start ?? 0;
    position = { type: 'TextPositionSelector', start, end: start + quote.exact.length };
  }
  return [quote, position];
}
