// Reading an import file: Gloss's own JSON-LD, any Web Annotation collection, or Hypothesis's JSON
// export. Everything is checked before anything is written, so a file that is wrong anywhere
// changes nothing, and the reader is told where it is wrong.

import { CheckFailure } from '../protocol';
import type { Note } from '../types';
import { hypothesisItems, isReply, noteFromHypothesis } from './hypothesis';
import { isWebAnnotation, noteFromAnnotation, webAnnotationItems } from './jsonld';

import { MAX_IMPORT_CHARS, MAX_IMPORT_NOTES } from './limits';

export { MAX_IMPORT_CHARS, MAX_IMPORT_NOTES };

export const NOT_AN_EXPORT =
  'This is not a Gloss or Hypothesis export: expected W3C Web Annotation JSON-LD (an AnnotationCollection, "@context": "http://www.w3.org/ns/anno.jsonld") or Hypothesis’s JSON export (an "annotations" list).';

export type ImportFormat = 'web-annotation' | 'hypothesis';

export interface ParsedImport {
  format: ImportFormat;
  notes: Note[];
  /** Annotations that are not notes on a page (Hypothesis replies), left out. */
  skipped: number;
}

export class ImportRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportRefused';
  }
}

/** The notes of an import file, every one checked; throws ImportRefused saying what is wrong. */
export function parseImport(fileText: string): ParsedImport {
  if (fileText.length > MAX_IMPORT_CHARS) {
    throw new ImportRefused(
      `This file is too large to import (${megabytes(fileText.length)}; at most ${megabytes(MAX_IMPORT_CHARS)}). Nothing was imported.`,
    );
  }
  const doc = parseJson(fileText);
  let found: { items: unknown[]; path: string } | CheckFailure;
  let format: ImportFormat;
  if (typeof doc === 'object' && doc !== null && !Array.isArray(doc) && isWebAnnotation(doc)) {
    format = 'web-annotation';
    found = webAnnotationItems(doc as Record<string, unknown>);
  } else {
    const h = hypothesisItems(doc);
    if (!h) throw new ImportRefused(NOT_AN_EXPORT);
    format = 'hypothesis';
    found = h;
  }
  if (found instanceof CheckFailure) throw refused(found);
  const { items, path } = found;
  if (items.length > MAX_IMPORT_NOTES) {
    throw new ImportRefused(
      `This file holds ${items.length.toLocaleString('en-US')} annotations; Gloss imports at most ${MAX_IMPORT_NOTES.toLocaleString('en-US')} at once. Nothing was imported.`,
    );
  }
  const notes: Note[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  for (let i = 0; i < items.length; i++) {
    const at = path ? `${path}[${i}]` : `[${i}]`;
    if (format === 'hypothesis' && isReply(items[i])) {
      skipped++;
      continue;
    }
    const note = format === 'hypothesis' ? noteFromHypothesis(items[i], at) : noteFromAnnotation(items[i], at);
    if (note instanceof CheckFailure) throw refused(note);
    if (seen.has(note.id)) throw new ImportRefused(`${at}.id: expected an id not used earlier in the file. Nothing was imported.`);
    seen.add(note.id);
    notes.push(note);
  }
  return { format, notes, skipped };
}

const refused = (f: CheckFailure) => new ImportRefused(`${f.message}. Nothing was imported.`);

const megabytes = (chars: number) => `${(chars / 1_000_000).toLocaleString('en-US', { maximumFractionDigits: 1 })} MB`;

/** JSON.parse, with a syntax error given as the line and column a reader can look at. */
function parseJson(fileText: string): unknown {
  try {
    return JSON.parse(fileText);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const at = /position (\d+)/.exec(message);
    const where = at ? lineAndColumn(fileText, Number(at[1])) : null;
    const what = message.replace(/\s*in JSON at position \d+.*$/, '').replace(/^JSON\.parse: /, '');
    throw new ImportRefused(
      `${where ? `line ${where.line}, column ${where.column}: ` : ''}this file is not valid JSON (${what}). ${NOT_AN_EXPORT.replace(/^This is/, 'It must be')}`,
    );
  }
}

function lineAndColumn(s: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = s.indexOf('\n'); i !== -1 && i < offset; i = s.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
