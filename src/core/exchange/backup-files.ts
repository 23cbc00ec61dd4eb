// What the backup folder holds, and how it is brought up to date through a directory handle (the
// File System Access API's FileSystemDirectoryHandle, or the origin-private file system's, which
// has the same interface). The handle is passed in, so this runs in the worker, the panel or Node.

import type { Note } from '../types';
import { toJsonLd } from './jsonld';
import { toMarkdownFiles } from './markdown';

/** The file a restore imports: every note, as W3C Web Annotation JSON-LD. */
export const BACKUP_JSONLD = 'gloss-notes.jsonld';
/** One Markdown file per article, for reading (Obsidian and the like), in this subfolder. */
export const BACKUP_ARTICLES = 'articles';
/** Names of the Markdown files Gloss writes ("<slug>-<8 hex>.md"): only these are ever removed. */
const ARTICLE_FILE = /-[0-9a-f]{8}\.md$/;

/** Where the folder handle is kept: its own database, so the notes schema is not touched. */
export const BACKUP_DB = { name: 'gloss-backup', version: 1, store: 'folder', key: 'folder' } as const;

/** The parts of FileSystemDirectoryHandle the writer uses. */
export interface BackupDirectory {
  readonly name: string;
  getFileHandle(name: string, options?: { create?: boolean }): Promise<BackupFileHandle>;
  getDirectoryHandle(name: string, options?: { create?: boolean }): Promise<BackupDirectory>;
  removeEntry(name: string): Promise<void>;
  keys(): AsyncIterable<string>;
}
interface BackupFileHandle {
  getFile(): Promise<{ text(): Promise<string> }>;
  createWritable(): Promise<{ write(data: string): Promise<void>; close(): Promise<void> }>;
}

export interface BackupReport {
  /** Files rewritten because their content changed. */
  written: number;
  /** Markdown files of articles that no longer have notes, removed. */
  removed: number;
}

/**
 * Writes the JSON-LD and each article's Markdown, skipping files whose content is already right (a
 * notes app watching the folder then sees only real changes), and removes the Markdown of articles
 * left without notes. Each file is replaced whole on close (the browser writes a swap file first).
 */
export async function writeBackup(dir: BackupDirectory, notes: readonly Note[]): Promise<BackupReport> {
  const report: BackupReport = { written: 0, removed: 0 };
  if (await writeIfChanged(dir, BACKUP_JSONLD, toJsonLd(notes))) report.written++;
  const articles = await dir.getDirectoryHandle(BACKUP_ARTICLES, { create: true });
  const keep = new Set<string>();
  for (const file of toMarkdownFiles(notes)) {
    keep.add(file.fileName);
    if (await writeIfChanged(articles, file.fileName, file.text)) report.written++;
  }
  const stale: string[] = [];
  for await (const name of articles.keys()) if (ARTICLE_FILE.test(name) && !keep.has(name)) stale.push(name);
  for (const name of stale) {
    await articles.removeEntry(name);
    report.removed++;
  }
  return report;
}

async function writeIfChanged(dir: BackupDirectory, name: string, text: string): Promise<boolean> {
  const handle = await dir.getFileHandle(name, { create: true });
  if ((await (await handle.getFile()).text()) === text) return false;
  const out = await handle.createWritable();
  await out.write(text);
  await out.close();
  return true;
}
