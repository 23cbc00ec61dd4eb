// The backup folder's writer, against an in-memory directory with FileSystemDirectoryHandle's shape;
// and the checkers of the export, import and backup messages.
import { describe, expect, it } from 'vitest';
import { describe as select } from '../../src/core/anchor';
import { BACKUP_ARTICLES, BACKUP_JSONLD, writeBackup, type BackupDirectory } from '../../src/core/exchange/backup-files';
import { MAX_IMPORT_CHARS } from '../../src/core/exchange/limits';
import { toJsonLd } from '../../src/core/exchange/jsonld';
import { CheckFailure, parseMessage, panelRequests } from '../../src/core/protocol';
import type { Note } from '../../src/core/types';

/** A folder in memory; counts writes so a test sees which files were rewritten. */
class MemoryDir implements BackupDirectory {
  files = new Map<string, string>();
  dirs = new Map<string, MemoryDir>();
  writes: string[] = [];
  constructor(readonly name: string) {}
  async getFileHandle(name: string, options?: { create?: boolean }) {
    if (!this.files.has(name)) {
      if (!options?.create) throw Object.assign(new Error(name), { name: 'NotFoundError' });
      this.files.set(name, '');
    }
    return {
      getFile: async () => ({ text: async () => this.files.get(name) ?? '' }),
      createWritable: async () => {
        let buffer = '';
        return {
          write: async (data: string) => void (buffer += data),
          close: async () => {
            this.files.set(name, buffer);
            this.writes.push(name);
          },
        };
      },
    };
  }
  async getDirectoryHandle(name: string, options?: { create?: boolean }) {
    let d = this.dirs.get(name);
    if (!d) {
      if (!options?.create) throw Object.assign(new Error(name), { name: 'NotFoundError' });
      d = new MemoryDir(name);
      this.dirs.set(name, d);
    }
    return d;
  }
  async removeEntry(name: string) {
    this.files.delete(name);
  }
  async *keys() {
    yield* this.files.keys();
    yield* this.dirs.keys();
  }
}

const article = 'Microsoft will spend $80 billion on AI data centers this year, its president said on Friday.';
function note(quote: string, url: string, title: string): Note {
  const start = article.indexOf(quote);
  return {
    id: crypto.randomUUID(),
    url,
    urls: [url],
    title,
    target: { source: url, selector: select(article, start, start + quote.length) },
    text: `about ${quote}`,
    tags: [],
    entities: [],
    created: 1,
    modified: 1,
  };
}

describe('writeBackup', () => {
  it('writes the JSON-LD and a Markdown file per article, rewrites only what changed, removes articles left without notes', async () => {
    const dir = new MemoryDir('Backups');
    const a = note('$80 billion', 'https://example.com/a', 'Story A');
    const b = note('on Friday', 'https://example.com/b', 'Story B');
    expect(await writeBackup(dir, [a, b])).toEqual({ written: 3, removed: 0 });
    expect(dir.files.get(BACKUP_JSONLD)).toBe(toJsonLd([a, b]));
    const articles = dir.dirs.get(BACKUP_ARTICLES)!;
    expect([...articles.files.keys()].sort()).toEqual([
      expect.stringMatching(/^story-a-[0-9a-f]{8}\.md$/),
      expect.stringMatching(/^story-b-[0-9a-f]{8}\.md$/),
    ]);

    // Nothing changed: nothing rewritten (a notes app watching the folder sees no churn).
    expect(await writeBackup(dir, [a, b])).toEqual({ written: 0, removed: 0 });

    // B's note deleted, A's edited: the JSON-LD and A's file rewritten, B's file removed; the reader's own file kept.
    articles.files.set('my-own-notes.md', 'mine');
    expect(await writeBackup(dir, [{ ...a, text: 'edited', modified: 2 }])).toEqual({ written: 2, removed: 1 });
    expect([...articles.files.keys()].sort()).toEqual(['my-own-notes.md', expect.stringMatching(/^story-a-/)]);
  });
});

describe('export, import and backup messages are checked', () => {
  const ok = (type: string, payload: unknown) => expect(parseMessage(panelRequests, { type, payload })).not.toBeInstanceOf(CheckFailure);
  const refused = (type: string, payload: unknown) => expect(parseMessage(panelRequests, { type, payload })).toBeInstanceOf(CheckFailure);
  it('accepts what the panel sends and refuses the rest', () => {
    ok('notes.export', { format: 'jsonld' });
    ok('notes.export', { format: 'markdown' });
    refused('notes.export', { format: 'pdf' });
    ok('notes.import', { text: '{}' });
    refused('notes.import', { text: 42 });
    refused('notes.import', { text: ' '.repeat(MAX_IMPORT_CHARS + 1) });
    ok('backup.state', {});
    ok('backup.configure', { mode: 'folder', periodHours: 24 });
    refused('backup.configure', { mode: 'cloud', periodHours: 24 });
    refused('backup.configure', { mode: 'download', periodHours: 0 });
    refused('backup.configure', { mode: 'download', periodHours: 10_000 });
    ok('backup.run', {});
  });
});
