// The backup's settings: set up once, then it keeps itself current. Choosing a folder and allowing
// downloads need the reader's click, so they happen here; the worker does the writing.
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { receiver } from '../core/messaging';
import { MAX_BACKUP_PERIOD_HOURS, panelMessages, type BackgroundToPanel, type BackupMode, type BackupState } from '../core/protocol';
import { ok, type Result } from '../core/result';
import { pickFolder, storedFolder, storeFolder } from './backup-folder';
import { send } from './connection';

const PERIODS: { hours: number; label: string }[] = [
  { hours: 1, label: 'every hour' },
  { hours: 24, label: 'every day' },
  { hours: MAX_BACKUP_PERIOD_HOURS, label: 'every week' },
];

export function BackupSettings() {
  const [state, setState] = useState<BackupState | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [period, setPeriod] = useState(24);

  const take = (r: Result<BackupState>) => {
    if (r.ok) {
      setState(r.value);
      setError(null);
    } else setError(r.error.message);
  };
  useEffect(() => {
    const refresh = () => void send('backup.state', {}).then(take);
    refresh();
    // The worker broadcasts a change after each backup it writes (or fails to).
    const fromWorker = receiver<BackgroundToPanel, undefined>(panelMessages, {
      'panel.changed': () => {
        refresh();
        return ok(null);
      },
    });
    const onMessage = (msg: unknown, sender: { id?: string }) => {
      if (sender.id === browser.runtime.id) void fromWorker(msg, undefined);
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, []);

  const configure = async (mode: BackupMode) => take(await send('backup.configure', { mode, periodHours: period }));

  const chooseFolder = async () => {
    if (!pickFolder) return;
    let dir: FileSystemDirectoryHandle;
    try {
      dir = await pickFolder();
    } catch (e) {
      if ((e as { name?: unknown }).name !== 'AbortError') setError(`No folder was chosen (${String(e)}).`);
      return; // the reader closed the picker
    }
    await storeFolder(dir);
    await configure('folder');
  };

  const allowDownloads = async () => {
    let granted: boolean;
    try {
      // Asked inside the click: the browser shows its prompt only for a user action.
      granted = await browser.permissions.request({ permissions: ['downloads'] });
    } catch (e) {
      return setError(`The browser did not ask for the downloads permission (${e instanceof Error ? e.message : String(e)}).`);
    }
    if (!granted) return setError('Without the downloads permission Gloss cannot save a backup file.');
    await configure('download');
  };

  const allowFolderAgain = async () => {
    const dir = await storedFolder();
    if (!dir) return chooseFolder();
    if ((await dir.requestPermission({ mode: 'readwrite' })) !== 'granted') return setError(`Gloss still may not write to “${dir.name}”.`);
    take(await send('backup.run', {}));
  };

  if (!state) return <p class="muted small">{error ?? ''}</p>;
  return (
    <div class="backup" role="group" aria-labelledby="backup-title">
      <h3 id="backup-title">Backup</h3>
      <p class="small">{describe(state)}</p>
      {(state.problem || error) && (
        <p class="error small" role="alert">
          {error ?? state.problem}
        </p>
      )}
      <div class="row wrap">
        {state.needsPermission && (
          <button class="primary" onClick={() => void allowFolderAgain()}>
            Allow writing to “{state.folderName}”
          </button>
        )}
        {pickFolder && (
          <button onClick={() => void chooseFolder()}>{state.mode === 'folder' ? 'Choose another folder…' : 'Back up to a folder…'}</button>
        )}
        <label class="small">
          Download{' '}
          <select
            value={period}
            onChange={(e) => setPeriod(Number((e.target as HTMLSelectElement).value))}
            aria-label="How often to download"
          >
            {PERIODS.map((p) => (
              <option key={p.hours} value={p.hours}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
        <button onClick={() => void allowDownloads()}>
          {state.mode === 'download' ? 'Change period' : 'Download a backup periodically'}
        </button>
        {state.mode !== 'off' && (
          <>
            <button onClick={async () => take(await send('backup.run', {}))}>Back up now</button>
            <button onClick={() => void configure('off')}>Turn backup off</button>
          </>
        )}
      </div>
    </div>
  );
}

function describe(s: BackupState): string {
  const last = s.lastWritten ? ` Last written ${new Date(s.lastWritten).toLocaleString()}.` : '';
  if (s.mode === 'folder') {
    return `Your notes are written to the folder “${s.folderName ?? '?'}” after every change: gloss-notes.jsonld (import it to restore) and one Markdown file per article in “articles”.${last}`;
  }
  if (s.mode === 'download') {
    return `A copy of your notes (Gloss backup/gloss-notes.jsonld in your downloads) is saved every ${s.periodHours === 1 ? 'hour' : s.periodHours === 24 ? 'day' : `${s.periodHours} hours`} when they changed.${last}`;
  }
  return 'Off. Removing Gloss from the browser deletes its notes: set up a backup to keep them.';
}
