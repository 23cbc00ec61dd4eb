// Hypothesis's JSON export (the client's "Export annotations": `{export_date, export_userid,
// client_version, annotations: [...]}`), its API's search result (`{rows: [...]}`) or a bare list of
// its annotations, read as Gloss notes. Fields: `id`, `created`, `updated`, `uri`, `text`, `tags`,
// `target[0].source`, `target[0].selector` (TextQuoteSelector, TextPositionSelector, RangeSelector),
// `document.title` (a list), `references` (set on replies).

import { CheckFailure } from '../protocol';
import type { Note } from '../types';
import { canonicalUrl, pageUrls } from '../urls';
import { field, isoDate, optionalList, text, validNote } from './fields';
import { selectorsOf } from './jsonld';

/** A Hypothesis annotation becomes the Gloss note of this id, so importing the file again finds it. */
export const HYPOTHESIS_ID_PREFIX = 'hypothesis-';

/** The annotation list of a Hypothesis export, or null when the file is not shaped like one. */
export function hypothesisItems(doc: unknown): { items: unknown[]; path: string } | null {
  if (Array.isArray(doc)) return doc.every(looksLikeHypothesis) ? { items: doc, path: '' } : null;
  if (typeof doc !== 'object' || doc === null) return null;
  const { annotations, rows } = doc as { annotations?: unknown; rows?: unknown };
  if (Array.isArray(annotations)) return { items: annotations, path: 'annotations' };
  if (Array.isArray(rows)) return { items: rows, path: 'rows' };
  return null;
}

function looksLikeHypothesis(x: unknown): boolean {
  return typeof x === 'object' && x !== null && 'uri' in x && 'target' in x;
}

/** A reply answers another annotation: it is a conversation, not the reader's note on the page. */
export function isReply(raw: unknown): boolean {
  const refs = (raw as { references?: unknown } | null)?.references;
  return Array.isArray(refs) && refs.length > 0;
}

/** One Hypothesis annotation as a note, or what is wrong with it. */
export function noteFromHypothesis(raw: unknown, path: string): Note | CheckFailure {
  const a = field.object(raw, path);
  if (a instanceof CheckFailure) return a;
  const id = field.string(a.id, `${path}.id`, 100 - HYPOTHESIS_ID_PREFIX.length);
  if (id instanceof CheckFailure) return id;
  const created = isoDate(a.created, `${path}.created`);
  if (created instanceof CheckFailure) return created;
  const modified = a.updated === undefined ? created : isoDate(a.updated, `${path}.updated`);
  if (modified instanceof CheckFailure) return modified;
  const uri = field.string(a.uri, `${path}.uri`, 8192);
  if (uri instanceof CheckFailure) return uri;
  const body = a.text === undefined ? '' : text(a.text, `${path}.text`);
  if (body instanceof CheckFailure) return body;
  const tags = optionalList(a.tags, `${path}.tags`, 500);
  if (tags instanceof CheckFailure) return tags;

  let title = '';
  if (a.document !== undefined) {
    const doc = field.object(a.document, `${path}.document`);
    if (doc instanceof CheckFailure) return doc;
    const titles = optionalList(doc.title, `${path}.document.title`, 2000);
    if (titles instanceof CheckFailure) return titles;
    title = titles[0] ?? '';
  }

  let selector = null;
  if (a.target !== undefined) {
    const targets = Array.isArray(a.target) ? a.target : [a.target];
    const first = targets.length ? field.object(targets[0], Array.isArray(a.target) ? `${path}.target[0]` : `${path}.target`) : {};
    if (first instanceof CheckFailure) return first;
    const found = selectorsOf(first.selector, `${path}.target[0].selector`);
    if (found instanceof CheckFailure) return found;
    selector = found;
  }

  // Filed under the URL Gloss would file the page under (no tracking parameters, no fragment), and
  // found under every key Gloss gives that page (its http, www. and mobile copies).
  const url = canonicalUrl(uri);
  return validNote(
    {
      id: `${HYPOTHESIS_ID_PREFIX}${id}`,
      url,
      urls: pageUrls(uri, null, null),
      title,
      target: { source: url, selector },
      text: body,
      tags,
      entities: [],
      created,
      modified,
    },
    path,
  );
}
