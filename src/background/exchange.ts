// The panel's export and import. Files are built and read by pure code (src/core/exchange); here
// they meet the notes store.
import { ImportRefused, parseImport } from '../core/exchange/import';
import { toJsonLd } from '../core/exchange/jsonld';
import { toMarkdown } from '../core/exchange/markdown';
import type { Handlers } from '../core/messaging';
import type { PanelToBackground } from '../core/protocol';
import { err, ok } from '../core/result';
import type { Note } from '../core/types';
import type { NotesStore } from './notes-db';

type ExchangeMessages = Pick<PanelToBackground, 'notes.export' | 'notes.import'>;

/**
 * @param imported told of the notes an import stored (added or newer), so open pages can show them.
 */
export function exchangeHandlers(notes: NotesStore, imported: (stored: Note[]) => void): Handlers<ExchangeMessages, undefined> {
  return {
    async 'notes.export'({ format }) {
      const all = await notes.all();
      const day = new Date().toISOString().slice(0, 10);
      return format === 'jsonld'
        ? ok({ text: toJsonLd(all), fileName: `gloss-notes-${day}.jsonld`, count: all.length })
        : ok({ text: toMarkdown(all), fileName: `gloss-notes-${day}.md`, count: all.length });
    },

    async 'notes.import'({ text }) {
      let parsed;
      try {
        parsed = parseImport(text);
      } catch (e) {
        if (e instanceof ImportRefused) return err('bad-request', e.message);
        throw e;
      }
      // Every note was checked above; the store writes them all in one transaction or none.
      const counts = await notes.importNotes(parsed.notes);
      if (counts.added + counts.updated > 0) imported(parsed.notes);
      return ok({ format: parsed.format, skipped: parsed.skipped, ...counts });
    },
  };
}
