// The backup that outlives the extension: a folder the reader chose once, rewritten after every
// change (File System Access; Chromium), or a periodic download of the JSON-LD (every browser).
// Settings and "changed since the last backup" live in storage.local, so a restarted worker
// finishes a backup it had pending.
import { openDB } from 'idb';
import { BACKUP_DB, writeBackup, type BackupDirectory } from '../core/exchange/backup-files';
import { toJsonLd } from '../core/exchange/jsonld';
import type { Handlers } from '../core/messaging';
import type { BackupState, PanelToBackground } from '../core/protocol';
import { ok } from '../core/result';
import type { NotesStore } from './notes-db';
import { browser } from './platform';

type BackupMessages = Pick<PanelToBackground, 'backup.state' | 'backup.configure' | 'backup.run'>;

const SETTINGS_KEY = 'backup';
const ALARM = 'gloss-backup';
/** Changes within this long of each other are written once (typing then saving, an import). */
const SETTLE_MS = 1500;
/** Where periodic downloads go, inside the browser's download folder. */
const DOWNLOAD_NAME = 'Gloss backup/gloss-notes.jsonld';

interface Stored extends Omit<BackupState, 'folderName'> {
  /** Notes changed since the backup was last written. */
  dirty: boolean;
}
const DEFAULT: Stored = { mode: 'off', periodHours: 24, lastWritten: null, problem: null, needsPermission: false, dirty: true };

async function load(): Promise<Stored> {
  const got = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY] as Partial<Stored> | undefined;
  return { ...DEFAULT, ...got };
}
async function save(change: Partial<Stored>): Promise<Stored> {
  const next = { ...(await load()), ...change };
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}

/** FileSystemDirectoryHandle's permission calls, not yet in TypeScript's DOM types. */
type FolderHandle = BackupDirectory & { queryPermission?(d: { mode: 'readwrite' }): Promise<PermissionState> };

/** The folder the panel stored after the reader chose it; undefined when none. */
async function folder(): Promise<FolderHandle | undefined> {
  const db = await openDB(BACKUP_DB.name, BACKUP_DB.version, { upgrade: (d) => void d.createObjectStore(BACKUP_DB.store) });
  try {
    return (await db.get(BACKUP_DB.store, BACKUP_DB.key)) as FolderHandle | undefined;
  } finally {
    db.close();
  }
}

async function publicState(s: Stored): Promise<BackupState> {
  const { dirty: _dirty, ...rest } = s;
  return { ...rest, folderName: s.mode === 'folder' ? ((await folder().catch(() => undefined))?.name ?? null) : null };
}

export interface Backup {
  handlers: Handlers<BackupMessages, undefined>;
  /** A store that schedules a backup after each change it makes (every method that writes is wrapped). */
  watch(store: NotesStore): NotesStore;
}

/**
 * @param notes the store to back up (a function: the watched store is made from this backup).
 * @param written told after each attempt, so an open panel shows when it last wrote or what went wrong.
 */
export function backup(notes: () => NotesStore, written: () => void): Backup {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<Stored> | null = null;

  /** Writes the backup now in the current mode; the result (or the problem) is stored for the panel. */
  function run(): Promise<Stored> {
    // One at a time: a second request waits for the first and then writes what changed meanwhile.
    const next = (running ?? Promise.resolve()).then(runOnce, runOnce);
    running = next;
    void next.finally(() => {
      if (running === next) running = null;
      written();
    });
    return next;
  }

  async function runOnce(): Promise<Stored> {
    const s = await load();
    if (s.mode === 'off') return s;
    const all = await notes().all();
    try {
      if (s.mode === 'folder') {
        const dir = await folder();
        if (!dir) return save({ problem: 'No backup folder is chosen: choose one in the Gloss panel.' });
        // Chromium grants the folder to the extension while it stays allowed; when it lapses only
        // a click in the panel can ask again.
        if (dir.queryPermission && (await dir.queryPermission({ mode: 'readwrite' })) !== 'granted') {
          return save({ needsPermission: true, problem: `Gloss may no longer write to “${dir.name}”: allow it again in the Gloss panel.` });
        }
        await writeBackup(dir, all);
      } else {
        if (!(await browser.permissions.contains({ permissions: ['downloads'] }))) {
          return save({ problem: 'Gloss is not allowed to download the backup: turn the backup on again in the Gloss panel.' });
        }
        await download(toJsonLd(all));
      }
      return save({ lastWritten: Date.now(), problem: null, needsPermission: false, dirty: false });
    } catch (e) {
      const name = (e as { name?: unknown } | null)?.name;
      const problem =
        name === 'NotFoundError'
          ? 'The backup folder was moved or deleted: choose it again in the Gloss panel.'
          : `The backup could not be written (${e instanceof Error ? e.message : String(e)}).`;
      return save({ problem });
    }
  }

  async function changed(): Promise<void> {
    const s = await save({ dirty: true });
    // A folder is rewritten after every change; downloads wait for their alarm.
    if (s.mode !== 'folder') return;
    clearTimeout(timer);
    timer = setTimeout(() => void run(), SETTLE_MS);
  }

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== ALARM) return;
    void load().then((s) => (s.dirty ? run() : s));
  });
  // A worker stopped before its pending folder write finishes it when it wakes.
  void load().then((s) => (s.mode === 'folder' && s.dirty ? run() : s));

  return {
    handlers: {
      async 'backup.state'() {
        return ok(await publicState(await load()));
      },
      async 'backup.configure'({ mode, periodHours }) {
        await browser.alarms.clear(ALARM);
        await save({ mode, periodHours, problem: null, needsPermission: false, dirty: true });
        if (mode === 'download') await browser.alarms.create(ALARM, { periodInMinutes: periodHours * 60 });
        return ok(await publicState(mode === 'off' ? await load() : await run()));
      },
      async 'backup.run'() {
        return ok(await publicState(await run()));
      },
    },
    watch(store) {
      const after =
        <A extends unknown[], R>(f: (...args: A) => Promise<R>) =>
        async (...args: A): Promise<R> => {
          const result = await f(...args);
          void changed().catch((e: unknown) => console.error('Gloss: could not schedule the backup', e));
          return result;
        };
      return {
        ...store,
        create: after(store.create),
        update: after(store.update),
        remove: after(store.remove),
        restore: after(store.restore),
        moveTo: after(store.moveTo),
        importNotes: after(store.importNotes),
        addUrls: after(store.addUrls),
      };
    },
  };
}

/**
 * Saves the JSON-LD in the download folder, replacing the previous backup. A blob: URL where the
 * context has one (Firefox's background page); Chromium's service worker has none, so a data: URL.
 */
async function download(text: string): Promise<void> {
  const blob = new Blob([text], { type: 'application/ld+json' });
  const url =
    typeof URL.createObjectURL === 'function'
      ? URL.createObjectURL(blob)
      : `data:application/ld+json;charset=utf-8,${encodeURIComponent(text)}`;
  try {
    await browser.downloads.download({ url, filename: DOWNLOAD_NAME, conflictAction: 'overwrite', saveAs: false });
  } finally {
    // The download has its own copy once started.
    if (url.startsWith('blob:')) setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
