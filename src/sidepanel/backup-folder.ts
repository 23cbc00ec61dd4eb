// The backup folder's handle, kept where the worker finds it: a directory handle cannot cross
// extension messaging, but IndexedDB of the extension's origin stores it (structured clone) and
// the worker reads it from there.
import { openDB } from 'idb';
import { BACKUP_DB, type BackupDirectory } from '../core/exchange/backup-files';

/** FileSystemDirectoryHandle with the permission calls TypeScript's DOM types do not have yet. */
export type FolderHandle = BackupDirectory & {
  queryPermission(d: { mode: 'readwrite' }): Promise<PermissionState>;
  requestPermission(d: { mode: 'readwrite' }): Promise<PermissionState>;
};

const open = () => openDB(BACKUP_DB.name, BACKUP_DB.version, { upgrade: (d) => void d.createObjectStore(BACKUP_DB.store) });

export async function storeFolder(dir: FileSystemDirectoryHandle): Promise<void> {
  const db = await open();
  try {
    await db.put(BACKUP_DB.store, dir, BACKUP_DB.key);
  } finally {
    db.close();
  }
}

export async function storedFolder(): Promise<FolderHandle | undefined> {
  const db = await open();
  try {
    return (await db.get(BACKUP_DB.store, BACKUP_DB.key)) as FolderHandle | undefined;
  } finally {
    db.close();
  }
}

/** The browser's folder picker, where there is one (Chromium; not Firefox). */
export const pickFolder: (() => Promise<FileSystemDirectoryHandle>) | null =
  __BROWSER__ === 'chrome' && 'showDirectoryPicker' in window
    ? () =>
        (window as unknown as { showDirectoryPicker(o: object): Promise<FileSystemDirectoryHandle> }).showDirectoryPicker({
          id: 'gloss-backup',
          mode: 'readwrite',
          startIn: 'documents',
        })
    : null;
